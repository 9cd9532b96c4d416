"""ADDRESS on text nobody tuned to (issue 11, item 6): each kind of miss or
over-masking seen on unseen minutes and bills, fixed from how Japanese
writes addresses and how bills name whose address it is.

Every rule has a case that fires and a near miss that must not. All
places, names and numbers are made up (北浜市 and its towns do not exist).
"""
from functools import lru_cache

import pytest

from conftest import found
from redactor.recognizers.address import AddressRecognizer as R
from redactor.recognizers.address_abroad import AddressAbroadRecognizer as Abroad


@lru_cache(maxsize=1)
def _redactor():
    from redactor import Redactor
    return Redactor()


def _address_actions(text: str) -> list[tuple[str, str]]:
    """(text, action) of each ADDRESS finding, whole pipeline, default profile."""
    return [(f.text, f.action) for f in _redactor().check(text).findings if f.label == "ADDRESS"]


def _action_on(text: str, value: str) -> str | None:
    """The action of the ADDRESS finding covering ``value`` (None if none does)."""
    start = text.index(value)
    for f in _redactor().check(text).findings:
        if f.label == "ADDRESS" and f.start <= start and start + len(value) <= f.end:
            return f.action
    return None


# -- a dwelling's block and room written without the building's name ------------

@pytest.mark.parametrize("text, value", [
    # a housing list: the 団地 on one line, the unit (住戸) on the next
    ("団地名　市営みなと団地\n住戸　　Ｄ－２号棟３０１号室\n構造　鉄筋コンクリート造", "Ｄ－２号棟３０１号室"),
    ("住戸　Ｂ－３号棟２０１号室", "Ｂ－３号棟２０１号室"),
    # 号棟 and 号室 together are a unit of a housing estate, whoever writes them
    ("１２号棟３０５号室の住民から苦情があった。", "１２号棟３０５号室"),
    ("部屋番号　４号棟１０２号室", "４号棟１０２号室"),
    ("１４棟２０３号室の入居者", "１４棟２０３号室"),
    # block and room in kanji numerals
    ("北浜団地三号棟二〇一号室に住む", "北浜団地三号棟二〇一号室"),
    # 第 before a kanji numeral starts a building's name, not a rule's item
    ("第二北浜ハイツ２０１号室の住人", "第二北浜ハイツ２０１号室"),
])
def test_a_block_and_room_alone_is_a_household(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "３号棟の外壁改修工事を行う。",            # a block with no room: a building
    "市営住宅１０棟３０戸の建替えを計画する。",  # counts of blocks and dwellings
    "住戸　全３０戸（２ＤＫ）",                   # a housing field holding a count
    "市営住宅条例第３号の規定による。",            # a rule's item
])
def test_a_block_without_a_room_or_a_count_is_no_household(text):
    assert found(R, text) == []


# -- the house number right after a place name with no municipal suffix ---------

@pytest.mark.parametrize("text, value", [
    # 番地 is written only in addresses: a place name before it points at a household
    ("避難できなかったのは下河原４５６番地の森野さんです。", "下河原４５６番地"),
    ("古川１２３番地１に住む田中さんから相談があった。", "古川１２３番地１"),
    # a 地番 after 字 needs no 番地: 字 says it is land numbering
    ("申請者は字西原４５６番に住んでいる。", "字西原４５６番"),
    # a 地番 written without 番地 after a town, then の and a household
    ("苦情は緑町２３４の田中さん宅からだった。", "緑町２３４"),
])
def test_a_house_number_after_a_bare_place_name(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text", [
    "会議は第３会議室で１２番目の議題を扱った。",
    "議席番号１２番の議員が発言した。",
    "整理番号４５６番の方は窓口へ。",
    "本町１２の会議で決まった。",                # の and no household after the number
])
def test_numbers_after_other_nouns_are_no_house_numbers(text):
    assert found(R, text) == []


# -- a care home or dwelling named after the address, to the end of the cell ----

@pytest.mark.parametrize("text, value", [
    ("氏名　　生年月日　　住所\n北浜　花子　　昭和３年４月５日　　北浜市本町五丁目３番２号　特別養護老人ホームみどり荘\n",
     "北浜市本町五丁目３番２号　特別養護老人ホームみどり荘"),
    ("入所先　北浜市本町五丁目３番２号　グループホームさくら\n", "北浜市本町五丁目３番２号　グループホームさくら"),
])
def test_a_residential_facility_after_the_address_is_part_of_it(text, value):
    assert value in [t for t, _ in found(R, text)]


def test_a_person_after_the_address_is_not_part_of_it():
    assert [t for t, _ in found(R, "陳情者　北浜市本町五丁目３番２号　北浜　花子\n")] == ["北浜市本町五丁目３番２号"]


# -- a list of signers: one row's address without its house number ---------------

def test_a_row_of_an_address_list_with_only_the_chome_is_the_signer_address():
    text = ("署名者（抜粋）\n"
            "　北区緑ヶ丘３条４丁目５－６　北浜　一郎\n"
            "　南区港２５条東７丁目　南野　二葉\n"
            "　北浜市桜台２条３丁目１２５　西田　三郎\n")
    assert "南区港２５条東７丁目" in [t for t, _ in found(R, text)]


def test_a_chome_in_prose_stays_a_place():
    text = "南区港２５条東７丁目で説明会を開いた。\n北区緑ヶ丘３条４丁目５－６の空き家について"
    assert "南区港２５条東７丁目" not in [t for t, _ in found(R, text)]


# -- addresses abroad ------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # a Chinese address in kanji: province, city, district, then the number (no road word)
    ("長女の住所は広東省深圳市南山区科技園１２号です。", "広東省深圳市南山区科技園１２号"),
    ("送付先　江蘇省南京市玄武区梅園新村５６号", "江蘇省南京市玄武区梅園新村５６号"),
    # a numbered district inside the place names (Vietnam's quận)
    ("兄はベトナム・ホーチミン市１区レタントン通り１２番に住む。", "ベトナム・ホーチミン市１区レタントン通り１２番"),
    # Taiwan's special municipality, and a Korean lot-number address (洞 + 地番)
    ("姉は台北市大安区忠孝東路四段１２３号に住む。", "台北市大安区忠孝東路四段１２３号"),
    ("送付先　釜山広域市海雲台区佑洞１２３－４", "釜山広域市海雲台区佑洞１２３－４"),
    # a municipality directly under the state stands where a province would
    ("弟は北京市朝陽区望京花園３号に住む。", "北京市朝陽区望京花園３号"),
    # a room after the number
    ("本国住所　浙江省杭州市西湖区文三路４５６号１２０３室", "浙江省杭州市西湖区文三路４５６号１２０３室"),
])
def test_a_chinese_address_in_kanji(text, value):
    assert value in [t for t, _ in found(Abroad, text)]


def test_a_chinese_district_as_a_table_cell():
    text = "番号\t氏名\t本国の住所\n1\t王　小明\t江蘇省蘇州市姑蘇区\t扶養"
    assert "江蘇省蘇州市姑蘇区" in [t for t, _ in found(Abroad, text)]


def test_a_ministry_as_a_table_cell_is_no_province():
    assert found(Abroad, "1\t照会先\t厚生労働省北浜労働局\t回答済") == []


@pytest.mark.parametrize("text", [
    "厚生労働省北浜労働局に照会した（第１２号）。",
    "総務省の通知（令和６年第３号）による。",
])
def test_a_ministry_is_no_province(text):
    assert found(Abroad, text) == []


def test_a_value_after_a_label_and_ha_leaves_the_particle_out():
    text = "送付先は江蘇省南京市玄武区梅園新村５６号です。"
    values = [t for t, _ in found(R, text)] + [t for t, _ in found(Abroad, text)]
    assert values and all(not v.startswith("は") and not v.endswith("です。") for v in values)


# -- KEEP: a public facility's or a company's address, with its name attached ---

@pytest.mark.parametrize("text, value", [
    # the name field on the same line as the location field (設置条例の別表)
    ("名称　北浜市立東図書館　位置　北浜市東町三丁目２番１号", "北浜市東町三丁目２番１号"),
    # the label inside the bracket after the facility's name
    ("東公民館（所在地：北浜市東町三丁目２番１号）で開催する。", "北浜市東町三丁目２番１号"),
    # a numbered name field above the 所在地 field
    ("第２　施設名　北浜市民プール\n　所在地　北浜市東町三丁目２番１号", "北浜市東町三丁目２番１号"),
    # a facility's outline under its heading
    ("３　施設の概要\n　所在地　北浜市東町三丁目２番１号\n　構造　鉄筋コンクリート造２階建て", "北浜市東町三丁目２番１号"),
    # the facility as the subject, then its location word (所在地, 場所, 位置) and は
    ("学校の所在地は北浜市東町四丁目５番６号です。", "北浜市東町四丁目５番６号"),
    ("東町公民館の場所は、北浜市中央一丁目２番３号です。", "北浜市中央一丁目２番３号"),
    # spaced labels, and 住所 as a facility's field
    ("名　称　北浜市立東公民館\n所 在 地　北浜市東町三丁目２番１号", "北浜市東町三丁目２番１号"),
    ("施設名　　北浜市立中央図書館\n住　所　　北浜市中央一丁目２番３号\n電　話　　012-345-6789", "北浜市中央一丁目２番３号"),
    # a facility named by the municipality's own name and a kana name
    ("北浜市ふれあいセンター（北浜市中央一丁目２番３号）で開催", "北浜市中央一丁目２番３号"),
    # a public building after the address is no dwelling of it
    ("開催場所　北浜市中央一丁目２番３号　北浜市役所本庁舎３階", "北浜市中央一丁目２番３号"),
    # the planned site of a public facility
    ("新設する学校給食センターの建設予定地は北浜市大字東浜字西原１２３番１です。", "北浜市大字東浜字西原１２３番１"),
    # a table of shelters: the facility's name in the row under its column heading
    ("番号\t避難所名\t種別\t所在地\n1\t東小学校\t指定避難所\t北浜市東町４－５－６\n"
     "2\t北浜ふれあいセンター\t福祉避難所\t北浜市西町１－２－３", "北浜市西町１－２－３"),
    # a public facility to be built or opened at the address
    ("図書館の分館を北浜市東町三丁目２番１号に開設する。", "北浜市東町三丁目２番１号"),
    ("北浜市東町三丁目２番１号に新しい図書館を建設する計画です。", "北浜市東町三丁目２番１号"),
    # the parcels of a park, and a site whose use field names a facility
    ("北浜市東町三丁目２番１号ほか２筆（公園用地）", "北浜市東町三丁目２番１号"),
    ("所在地　北浜市東町三丁目２番１号\n用途　公民館用地", "北浜市東町三丁目２番１号"),
    # the facility's name on the line above, the address alone below it
    ("会場：北浜市立東公民館\n　　　（北浜市東町三丁目２番１号）", "北浜市東町三丁目２番１号"),
    ("北浜市立東公民館\n〒123-4567　北浜市東町三丁目２番１号", "北浜市東町三丁目２番１号"),
    ("東町ふれあい広場（北浜市東町四丁目５番６号）", "北浜市東町四丁目５番６号"),
    # the works site of a public building named in the contract's title
    ("工事名　北浜市立東小学校屋内運動場改修工事\n工事場所　北浜市東町四丁目５番６号\n契約金額　金１億円",
     "北浜市東町四丁目５番６号"),
])
def test_a_public_facility_named_with_its_address_is_kept(text, value):
    assert _action_on(text, value) == "KEEP"


@pytest.mark.parametrize("text, value", [
    # the contract party's name field on the same line, a company with kana in its name
    ("契約の相手方　住所又は所在地　北浜市港町三丁目１番２号　氏名又は名称　さくらの森建設株式会社　代表取締役　川田二郎",
     "北浜市港町三丁目１番２号"),
    ("契約の相手方　所在地　北浜市本町三丁目４番５号　名称　株式会社みなと建設　代表取締役　山田一郎",
     "北浜市本町三丁目４番５号"),
    # the party on the line below the address, the heading on the address's line
    ("契約の相手方　北浜市港町三丁目１番２号\n　　　　　　　株式会社北浜建設\n　　　　　　　代表取締役　北浜　一郎",
     "北浜市港町三丁目１番２号"),
    # the party written right after its address on the same line
    ("契約の相手方　北浜市港町三丁目１番２号　みなと電機株式会社　代表取締役　川田二郎", "北浜市港町三丁目１番２号"),
    ("契約の相手方\n　住所　北浜市港町１丁目２番３号\n　氏名　みなと電機株式会社　代表取締役　川田二郎",
     "北浜市港町１丁目２番３号"),
])
def test_a_company_party_address_is_kept(text, value):
    assert _action_on(text, value) == "KEEP"


@pytest.mark.parametrize("text, value", [
    # a parcel the municipality acquires or disposes of: public property, published with the bill
    ("財産の取得について\n１　取得する財産　土地\n２　所在　北浜市大字東浜字西原１２３番１\n３　地目　宅地\n４　面積　５００㎡",
     "北浜市大字東浜字西原１２３番１"),
    ("議案第５号　財産の取得について\n１　取得する土地\n　　北浜市大字上野字中原４５６番　山林　１，２００㎡\n２　取得価格　金１，０００万円",
     "北浜市大字上野字中原４５６番"),
])
def test_a_parcel_of_a_property_bill_is_kept(text, value):
    assert _action_on(text, value) == "KEEP"


@pytest.mark.parametrize("text, value", [
    # a project's land bought from its owners: each parcel is read beside its owner
    ("市道東原線道路用地の取得について\n１　所在　北浜市大字上野字中原４５６番　畑　３２０㎡\n２　権利者　北浜　一郎\n",
     "北浜市大字上野字中原４５６番"),
    # the seller's own address in the same bill stays masked
    ("財産の取得について\n１　取得する土地　北浜市大字上野字中原４５６番　山林　１，２００㎡\n"
     "２　契約の相手方　北浜市大字上野１２３番地　北浜　一郎", "北浜市大字上野１２３番地"),
    # a private person's row in a table with a company's row
    ("番号\t氏名\t住所\n1\t山田太郎\t北浜市本町２－３－５\n2\t株式会社みなと\t北浜市港町１－２－３", "北浜市本町２－３－５"),
    # a person's address with a facility as a landmark
    ("山田太郎方（北浜市東町四丁目５番６号、東公民館の隣）", "北浜市東町四丁目５番６号"),
    # a person after a party word, with the employer in brackets
    ("申出者　北浜花子（北浜市港町三丁目１番２号　株式会社みなと電機）", "北浜市港町三丁目１番２号"),
    # a person's place, with a location word and は
    ("山田さんの自宅の場所は、北浜市中央一丁目２番３号です。", "北浜市中央一丁目２番３号"),
    # a petition's title naming a school, then the petitioner's address
    ("件名　東小学校の通学路に関する陳情\n陳情者\n住所　北浜市東町四丁目５番６号\n氏名　北浜　一郎", "北浜市東町四丁目５番６号"),
    ("件名　東小学校の通学路に関する陳情\n住所　北浜市東町四丁目５番６号", "北浜市東町四丁目５番６号"),
    # a person's name on the line above the address
    ("申請者　北浜一郎\n　　　（北浜市東町三丁目２番１号）", "北浜市東町三丁目２番１号"),
    ("東公民館の利用者\n北浜市東町三丁目２番１号　北浜一郎", "北浜市東町三丁目２番１号"),
    # a home built at the address
    ("北浜市東町三丁目２番１号に新しい家を建てた山田さん", "北浜市東町三丁目２番１号"),
    ("所在地　北浜市東町三丁目２番１号\n用途　住宅", "北浜市東町三丁目２番１号"),
    # a works site with no public building named
    ("工事名　北浜市東町四丁目地内配水管布設工事\n工事場所　北浜市東町四丁目５番６号　山田方前", "北浜市東町四丁目５番６号"),
])
def test_private_addresses_next_to_keep_evidence_stay_masked(text, value):
    assert _action_on(text, value) == "MASK"


@pytest.mark.parametrize("text, value", [
    # a roster with a name column: the name is a person's
    ("番号\t氏名\t所在地\n1\t北浜一郎\t北浜市西町１－２－３", "北浜市西町１－２－３"),
    # under a facility heading, a person's name in the cell is no facility
    ("番号\t施設名\t所在地\n1\t北浜一郎\t北浜市西町１－２－３", "北浜市西町１－２－３"),
    # a private residence before a planned-site word
    ("山田さんの自宅の建設予定地は北浜市大字東浜字西原１２３番１です。", "北浜市大字東浜字西原１２３番１"),
])
def test_rows_and_sites_without_a_facility_stay_masked(text, value):
    assert _action_on(text, value) == "MASK"


# -- addresses abroad in Latin script, in a table row with no address heading ---

@pytest.mark.parametrize("text, value", [
    # a Philippine subdivision's block and lot, then the barangay (its name follows the word)
    ("1\tMaria Santos\tBlk 3 Lot 7 Sampaguita, Brgy. Malinis, Quezon City\t扶養親族",
     "Blk 3 Lot 7 Sampaguita, Brgy. Malinis, Quezon City"),
    ("4\tLiza Tan\tLot 12 Block 4 Camella Homes, Bacoor, Cavite 4102\t扶養親族",
     "Lot 12 Block 4 Camella Homes, Bacoor, Cavite 4102"),
    # a Vietnamese address: số (number), ngõ (lane), phố (street) before their names
    ("6\tNguyen Van An\tSo 12 Ngo 34 Pho Hue, Hai Ba Trung, Ha Noi\t扶養親族", "So 12 Ngo 34 Pho Hue, Hai Ba Trung, Ha Noi"),
    # a Brazilian address: the district, city and state after spaced dashes
    ("1\tJoao Silva\tRua das Flores, 123 - Centro, São Paulo - SP, 01000-000\t扶養親族",
     "Rua das Flores, 123 - Centro, São Paulo - SP, 01000-000"),
    # a Peruvian jirón and its number
    ("3\tJose Quispe\tJr. Huancavelica 456, Cercado de Lima, Lima, Peru\t扶養親族",
     "Jr. Huancavelica 456, Cercado de Lima, Lima, Peru"),
    # a town-level address abroad that ends with its country
    ("2\tPedro Cruz\tSan Isidro, Tarlac City, Tarlac, Philippines\t扶養親族", "San Isidro, Tarlac City, Tarlac, Philippines"),
])
def test_an_address_abroad_in_a_table_row(text, value):
    assert value in [t for t, _ in found(Abroad, text)]


@pytest.mark.parametrize("text", [
    "1\tWindows Server 2019, Microsoft 365\t導入済み",
    "2\t2024 Plaza Festival, Main Hall\t参加",
    "Tom Brown was born in 1975 in Leeds, West Yorkshire.",
    "3\tMaria Santos\tPhilippines\t扶養親族",           # a country alone is a nationality
    "4\tTokyo, Osaka, Kyoto\t出張先",                    # cities with no country and no number
    "5\tWindows 10 - Pro, 64bit\t導入済み",             # a spaced dash in a product name
])
def test_latin_runs_that_are_no_address(text):
    assert found(Abroad, text) == []


# -- an address broken over a line break in plain text ---------------------------

@pytest.mark.parametrize("text, value", [
    # inside a 字 name, right before the 番地 and what follows it
    ("相談者は北浜市大字上野字中\n原４５６番地の佐藤さんです。", "北浜市大字上野字中\n原４５６番地"),
    # between the 大字 and the 字
    ("相談者は北浜市大字上野\n字中原４５６番地の佐藤さんです。", "北浜市大字上野\n字中原４５６番地"),
    # between the 字 name and its 地番
    ("相談者は北浜市大字上野字中原\n４５６番地の佐藤さんです。", "北浜市大字上野字中原\n４５６番地"),
    # a form's value wrapped inside the 大字 name
    ("住所　北浜郡みどり町大字東\n浜１２３番地", "北浜郡みどり町大字東\n浜１２３番地"),
])
def test_an_address_broken_inside_its_aza(text, value):
    assert (value, "MASK") in _address_actions(text)


@pytest.mark.parametrize("text, value", [
    # a Latin-script address broken after a comma: the city on the next line
    ("長男の住所は123 Rizal Street,\nQuezon City, Metro Manila です。", "123 Rizal Street,\nQuezon City, Metro Manila"),
    # a Chinese address broken after the city or the district
    ("長女の住所は広東省深圳市\n南山区科技園１２号です。", "広東省深圳市\n南山区科技園１２号"),
    ("送付先　中国江蘇省蘇州市姑蘇区\n人民路１２３号", "中国江蘇省蘇州市姑蘇区\n人民路１２３号"),
])
def test_an_address_abroad_broken_over_a_line(text, value):
    assert (value, "MASK") in _address_actions(text)


@pytest.mark.parametrize("text", [
    "会場は北浜市大字上野\n字幕付きで放映します。",       # 字 starting a word, not a 字 name
    "北浜市大字上野字中原\n３番目の議題に移ります。",   # an ordinal, not a 地番
])
def test_a_line_after_an_aza_that_is_no_lot_is_not_joined(text):
    assert all("\n" not in t for t, _ in _address_actions(text))


@pytest.mark.parametrize("text", [
    "会場は北浜市\n議案第１２号の審議",                    # a bill number after the city
    "123 Rizal Street,\nquestions were raised.",            # a lower-case word goes on the sentence
])
def test_lines_after_an_address_abroad_that_are_not_joined(text):
    assert all("\n" not in t for t, _ in _address_actions(text))


# -- a public housing estate: its site is public, a unit in it is a household -----

def test_a_public_housing_estate_site_is_kept_and_its_unit_masked():
    text = "別表\n団地名　　市営みなと団地（北浜市港町二丁目３番）\n住戸　　　Ｃ－２号棟４０１号室\n構造　鉄筋コンクリート造"
    assert _action_on(text, "北浜市港町二丁目３番") == "KEEP"
    assert _action_on(text, "Ｃ－２号棟４０１号室") == "MASK"


@pytest.mark.parametrize("text", [
    "団地名　市営緑が丘団地（北浜市緑が丘二丁目３番）",     # が inside the estate's name
    "会場　市立桜の森公園（北浜市桜台一丁目５番）",         # の inside the park's name
])
def test_a_public_site_named_with_a_kana_inside_is_kept(text):
    assert [a for _, a in _address_actions(text)] == ["KEEP"]


def test_a_particle_before_a_public_word_is_no_name():
    text = "市営住宅に入居したいが北浜市緑が丘二丁目３番の自宅を売る"
    assert [a for _, a in _address_actions(text)] == ["MASK"]


def test_a_unit_of_a_public_housing_estate_in_prose_is_masked():
    text = "相手方は市営みなと団地２号棟４０１号室に居住している。"
    assert _action_on(text, "市営みなと団地２号棟４０１号室") == "MASK"


# -- an address broken between lines indented alike (a block under 相手方, 陳情者) ---

@pytest.mark.parametrize("text, value", [
    ("１　損害賠償の相手方\n　　北浜市緑町二丁目３番\n　　４号　北浜一郎", "北浜市緑町二丁目３番\n　　４号"),
    ("陳情者\n　北浜市大字上野字中原\n　４５６番地　北浜一郎", "北浜市大字上野字中原\n　４５６番地"),
])
def test_an_address_broken_inside_an_indented_block(text, value):
    assert (value, "MASK") in _address_actions(text)


@pytest.mark.parametrize("text", [
    "出席議員\n　北浜市議会\n　１番　北浜一郎",           # a seat number under a heading
    "　　北浜市大字上野字中原\n　　　４５６番地",            # the next line indented further: another item
])
def test_lines_indented_alike_that_are_no_address(text):
    assert all("\n" not in t for t, _ in _address_actions(text))
