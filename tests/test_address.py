import pytest

from conftest import found, texts
from redactor.recognizers.address import PREFECTURES, AddressRecognizer as R


def test_prefecture_table_is_complete():
    assert len(PREFECTURES) == 47 and len(set(PREFECTURES)) == 47
    assert {"北海道", "東京都", "京都府", "大阪府", "沖縄県"} <= set(PREFECTURES)


@pytest.mark.parametrize("text, value", [
    # kanji 丁目, 番地の
    ("住所東京都さくら市本町二丁目3番地の4", "東京都さくら市本町二丁目3番地の4"),
    ("請求人の住所は北浜市緑町二丁目3番地の4である。", "北浜市緑町二丁目3番地の4"),
    # 番 + 号, kanji throughout
    ("中町三丁目4番12号に住む", "中町三丁目4番12号"),
    ("住所 さくら市緑町一丁目十二番五号", "さくら市緑町一丁目十二番五号"),
    # hyphens, full-width digits, building + room in one span
    ("多摩市関戸1-2-3 さくらハイツ205号室", "多摩市関戸1-2-3 さくらハイツ205号室"),
    ("住所　神奈川県横浜市戸塚区汲沢３－２１－８", "神奈川県横浜市戸塚区汲沢３－２１－８"),
    ("現住所：東京都北浜市旭が丘１－２－３　ﾒｿﾞﾝ旭２０１\n", "東京都北浜市旭が丘１－２－３　ﾒｿﾞﾝ旭２０１"),
    ("住所 さくら市中央三丁目5番地の2 市営中央住宅2号棟304号室", "さくら市中央三丁目5番地の2 市営中央住宅2号棟304号室"),
    ("住所 〇〇市〇〇町1丁目2番3号 ○○ハイツ101号室", "〇〇市〇〇町1丁目2番3号 ○○ハイツ101号室"),
    ("浜辺市港町3丁目2番12-503", "浜辺市港町3丁目2番12-503"),
    # 大字 / 字, 郡
    ("川辺町大字砂田1204番地", "川辺町大字砂田1204番地"),
    ("住所 桜町市大字上野字中原123番地", "桜町市大字上野字中原123番地"),
    ("住所 山梨県南巨摩郡身延町大野1234番地", "山梨県南巨摩郡身延町大野1234番地"),
    # 北海道 条丁目, Kyoto street directions
    ("札幌市中央区北1条西2丁目3番地", "札幌市中央区北1条西2丁目3番地"),
    ("自宅は京都市中京区烏丸通四条上ル笋町123番地にある。", "京都市中京区烏丸通四条上ル笋町123番地"),
    ("京都市上京区河原町通今出川下る梶井町448番地", "京都市上京区河原町通今出川下る梶井町448番地"),
    # a partial address that still points at one household
    ("相手方は本町二丁目3番地に居住している。", "本町二丁目3番地"),
    ("同市中央3-7-11に住む", "同市中央3-7-11"),
    # the party word before it is not part of it
    ("請求人宅は中央区本町3-2-1", "中央区本町3-2-1"),
    ("申請者方さくら市中央1-2-3", "さくら市中央1-2-3"),
    # the next field is not a building
    ("住所 さくら市緑町2丁目5番地 電話 042-123-4567", "さくら市緑町2丁目5番地"),
])
def test_addresses(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text, kind", [
    ("本店所在地 大阪府大阪市北区中之島三丁目6番18号 株式会社テスト", "corporate"),
    ("株式会社あさひは、東京都港区芝公園4丁目2番8号に本社を置く。", "corporate"),
    ("受注者 株式会社さくら建設 代表取締役 山田太郎 所在地 さくら市本町1丁目2番3号", "corporate"),
    ("契約の相手方\n  さくら市本町二丁目4番1号\n  さくら設備工業株式会社\n  代表取締役 川村 一郎", "corporate"),
    ("さくら市役所（さくら市本町1-1-1）で開催する。", "public_facility"),
    ("所在地 さくら市本町二丁目1番1号（さくら市中央公民館）", "public_facility"),
    ("相手方の住所 さくら市本町1-2-3", "residence"),
    ("陳情者 さくら市緑町3-4-5 山田太郎", "residence"),
    ("事務所 大阪市北区梅田1-1-3 大阪駅前第3ビル17階", "unknown"),
    ("損害賠償の相手方\n  住　所　さくら市緑町二丁目5番地の1\n  氏　名　川村 一郎", "residence"),
    ("書類は緑町二丁目5番地の1あてに送った。", "unknown"),
    # a public building named as a landmark, or after a household word, is not the owner
    ("相談者の自宅（さくら市東町1-2-3、市民体育館の隣）を訪問した。", "residence"),
    ("申請者　さくら市東町一丁目2番3号（東町公民館前）　山田太郎", "residence"),
    ("会場　さくら市東町1-2-3　東町公民館", "public_facility"),
    # a company named in a later paragraph is another party's, not this address's
    ("請求人　さくら市本町五丁目6番7号　梶田　恵理子\n第1　請求の内容\n　市が株式会社みどり造園と締結した契約", "residence"),
])
def test_kind(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text, kind", [
    # KEEP kinds need evidence attached to the address
    ("北浜市緑町1-2-3の自宅から緑町公民館へ向かう途中", "unknown"),     # a destination, not the owner
    ("北浜市緑町1-2-3に住む児童が中学校で", "residence"),
    ("北浜市緑町1-2-3（駅から徒歩5分）の空き家", "unknown"),          # a landmark
    ("北浜市緑町1-2-3 北浜病院", "public_facility"),
    ("株式会社北浜建設の従業員 北浜一郎（北浜市緑町1-2-3）", "unknown"),  # an employer
    ("北浜一郎 北浜市緑町1-2-3 株式会社北浜建設勤務", "unknown"),
    ("申請者 北浜一郎\n住所 北浜市緑町1-2-3\n勤務先 株式会社北浜建設", "residence"),
    ("代表者 北浜一郎 北浜市緑町1-2-3", "unknown"),                  # the representative's own home
    ("株式会社北浜建設（北浜市港町1-2-3）", "corporate"),
    ("北浜建設株式会社 港工場 北浜市港町1-2-3", "corporate"),
])
def test_keep_kinds_need_attached_evidence(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text", [
    "市道三丁目12番地先で事故があった",            # a road location, not a residence
    "事故は桜町三丁目12番地先の市道で発生した。",
    "本町二丁目地内の市道第2-315号線の歩道上で転倒した。",
    "第3番目の議題",
    "本町二丁目の住民",                             # no house number: a PLACE, not an ADDRESS
    "旭川市4条通8丁目",                             # 町丁目 only
    "令和6年3月1日から3月31日まで",
    "第1-2-3号議案",
    "資料1-2-3を参照",
    "国道16号線沿いで、1-2-3番の順に",
    "平成30年度の実績は1,234件で、前年比3-4%増となった。",
    "UEFAヨーロッパリーグ2019-20で初得点",
    "一番多いのは3丁目だった",
])
def test_not_addresses(text):
    assert found(R, text) == []


def test_a_postal_code_right_before_the_address_is_part_of_it():
    (hit,) = found(R, "住所 〒144-0052 東京都大田区蒲田五丁目13番2号")
    assert hit[0].startswith("〒144-0052") and hit[1]["kind"] == "residence"


@pytest.mark.parametrize("text, value", [
    ("相手方は東町一丁目の12番地に住んでいる。", "東町一丁目の12番地"),        # 丁目の + house number
    ("南町二丁目5の3に住む男性", "南町二丁目5の3"),                          # N の M after 丁目
    ("住所 さくら市南町二丁目5番3-201号", "さくら市南町二丁目5番3-201号"),    # room after a hyphen
    ("住所 さくら市東町一丁目8番12号 第2東町ハイツ(201号室)", "さくら市東町一丁目8番12号 第2東町ハイツ(201号室)"),
    ("住所 さくら市東町一丁目8番12号（東町ハイツ201）", "さくら市東町一丁目8番12号（東町ハイツ201）"),
])
def test_house_numbers_and_rooms_as_written_in_minutes_and_bills(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text, value", [
    ("さくら市東町一丁目8番12の一部を譲渡する", "さくら市東町一丁目8番12"),   # の一部 is not 番の一
    ("東町一丁目8番12号(令和6年3月1日取得)", "東町一丁目8番12号"),            # a note in brackets, not a room
])
def test_words_after_the_number_stay_outside(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text", ["東町一丁目の住民から要望があった。", "二丁目の5名が参加した。"])
def test_a_chome_with_no_house_number_is_not_an_address(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("相手方は桜町二丁目のコーポ桜201号室に住む。", "桜町二丁目のコーポ桜201号室"),
    ("請求人の住居である市営桜町団地3号棟205号室を訪問した。", "市営桜町団地3号棟205号室"),
    ("本人はコーポ桜201号室に住む。", "コーポ桜201号室"),             # the subject stays out
    ("桜町の123番地にお住まいの方", "桜町の123番地"),                   # 町の + house number
])
def test_a_room_in_a_dwelling_or_a_house_number_after_the_town_points_at_a_household(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text", ["市役所本庁舎3階301号室で開催する。", "第2会議室の201号室", "令和6年の123番地"])
def test_rooms_outside_dwellings_are_not_addresses(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, values", [
    # land-register fields one per line, a field between them
    ("1 取得する財産\n所在 北多摩市東町一丁目\n地番 12番3\n地目 宅地\n", ["北多摩市東町一丁目", "12番3"]),
    ("所在 北多摩市東町一丁目\n地目 宅地\n地番 12番3、12番4\n", ["北多摩市東町一丁目", "12番3", "12番4"]),
    ("(1)所在 北多摩市大字上野字中原\n  地番 123番地\n", ["北多摩市大字上野字中原", "123番地"]),
    # a building: 家屋番号 under its 所在
    ("所在 北多摩市本町四丁目5番地6\n種類 居宅\n家屋番号 5番6の2\n", ["北多摩市本町四丁目5番地6", "5番6の2"]),
    # a table row read with tabs
    ("所在\t北多摩市東町一丁目\t地番\t12番3\n", ["北多摩市東町一丁目", "12番3"]),
])
def test_a_lot_number_in_a_register_field_is_found_with_the_place_above_it(text, values):
    assert [t for t, _ in found(R, text)] == values


@pytest.mark.parametrize("text", [
    "地番 12番3\n地目 宅地\n",                              # no 所在 field: a number alone
    "地番の変更については、別途報告する。\n地番 12番3\n",    # 地番 in a sentence, then no place
    "所在 未定\n地番 12番3\n",                              # the place field holds no place
])
def test_a_lot_number_without_a_place_field_is_not_an_address(text):
    assert found(R, text) == []


def test_a_public_facilitys_land_is_still_found_and_the_policy_decides():
    text = "所在 北多摩市東町一丁目\n地番 12番3\n用途 東町公民館用地\n"
    assert [(t, a["kind"]) for t, a in found(R, text)] == [
        ("北多摩市東町一丁目", "public_facility"), ("12番3", "public_facility")]
    text = "所在 北多摩市東町一丁目\n地番 12番3\n地目 宅地\n"
    assert {a["kind"] for _, a in found(R, text)} == {"property"}


def test_a_facility_named_in_prose_near_the_fields_does_not_make_the_land_public():
    text = "公園で説明会を開いた。\n所在 北多摩市東町一丁目\n地番 12番3\n"
    assert {a["kind"] for _, a in found(R, text)} == {"property"}


def test_only_numbers_that_stand_alone_in_a_lot_field_are_lots():
    text = "所在 北多摩市東町一丁目\n地番 12番3外2筆\n所在地 北多摩市南町三丁目\n地番 1024\n"
    assert [t for t, _ in found(R, text)] == ["北多摩市東町一丁目", "12番3", "北多摩市南町三丁目", "1024"]
    assert found(R, "所在 北多摩市東町一丁目地内\n地番 第3号\n") == []


@pytest.mark.parametrize("text, kinds", [
    # each row of a mixed list is judged on its own: a company in another row is not this one's
    ("山田太郎\t北浜市緑町4-5-6\t200,000円\n株式会社北浜建設\t北浜市港町1-2-3\t500,000円", ["unknown", "corporate"]),
    ("| 山田太郎 | 北浜市緑町4-5-6 |\n| 株式会社北浜建設 | 北浜市港町1-2-3 |", ["unknown", "corporate"]),
    ("山田太郎　北浜市緑町4-5-6　200,000円\n株式会社北浜建設　北浜市港町1-2-3　500,000円", ["unknown", "corporate"]),
    ("北浜市緑町4-5-6 山田太郎\n北浜市港町1-2-3 株式会社北浜建設", ["unknown", "corporate"]),
    # in a row the company must stand in the next cell, not two cells on
    ("補助対象者　北浜市緑町4-5-6　山田太郎　株式会社北浜建設施工", ["unknown"]),
    # the representative's name stands between: it may be his home (fail closed)
    ("株式会社北浜建設\t代表取締役 北浜一郎\t北浜市港町1-2-3", ["unknown"]),
    ("株式会社北浜建設\t北浜市港町1-2-3\t代表取締役 北浜一郎", ["corporate"]),
])
def test_rows_of_a_mixed_list_are_judged_one_by_one(text, kinds):
    assert [a["kind"] for _, a in found(R, text)] == kinds


@pytest.mark.parametrize("text, value", [
    # a room in a dwelling: 棟 + room with or without 号, a bare room or 1-A after the name
    ("被災者は復興公営住宅Ｂ棟１０２号に入居した", "復興公営住宅Ｂ棟１０２号"),
    ("申請者の住所は桜ハイツ２０５である", "桜ハイツ２０５"),
    ("コーポ緑 1-A に居住", "コーポ緑 1-A"),
    ("メゾン北浜A-101に住む", "メゾン北浜A-101"),
    # a bare 地番 after a district: 長崎の郷・免, a Kyoto direction
    ("住所 長崎県北浜郡川棚町白石郷１２３", "長崎県北浜郡川棚町白石郷１２３"),
    ("住所 長崎県北浜郡波佐見町岳辺田免４５６", "長崎県北浜郡波佐見町岳辺田免４５６"),
    ("京都市中京区烏丸通四条上る笋町１２３に住む", "京都市中京区烏丸通四条上る笋町１２３"),
    # partial addresses that still point at a household
    ("緑町３丁目１２の自宅で転倒した", "緑町３丁目１２"),
    ("桜町内の１２番地に住む男性", "桜町内の１２番地"),
])
def test_more_household_forms(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "市営住宅120戸を整備", "市営住宅条例第3号", "県営住宅3棟の建替え", "団地再生計画2025に基づく",
    "住宅200の", "川棚町白石郷の人口1234人", "保険料の減免1234、", "緑町３丁目１２の地区", "町内の3番目",
])
def test_near_misses_of_those_forms(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("Address: 1234 Main Street, Springfield, IL 62701", "1234 Main Street, Springfield, IL 62701"),
    ("住所 1234 Ｍａｉｎ Ｓｔ．, Apt 5, Springfield, IL 62701 に転居", "1234 Ｍａｉｎ Ｓｔ．, Apt 5, Springfield, IL 62701"),
    ("10 High Road, London SW1A 2AA", "10 High Road, London SW1A 2AA"),
])
def test_addresses_abroad_in_latin_script(text, value):
    assert texts(R, text) == [value]


@pytest.mark.parametrize("text", ["The 2024 Annual Street Festival", "Main Street の店", "Route 66"])
def test_latin_near_misses(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, values", [
    ("住所 北浜市緑町２の１５の１０", ["北浜市緑町２の１５の１０"]),
    ("住所 北浜市緑町１２３の４", ["北浜市緑町１２３の４"]),
    ("住所 北浜市緑町2の15番地", ["北浜市緑町2の15番地"]),
    # の between numbers elsewhere is no house number
    ("計画1の2", []), ("北浜市の1の2", []), ("資料3の1", []), ("北浜市長期計画の2の3", []), ("第2の1", []),
])
def test_house_numbers_written_with_no(text, values):
    assert texts(R, text) == values


@pytest.mark.parametrize("text, value", [
    # the whole household, not a piece of it: floor and room, 棟-room with a hyphen, 号 after hyphens
    ("住所 北浜市緑町1-2-3 北浜ビル３階３０１号室", "北浜市緑町1-2-3 北浜ビル３階３０１号室"),
    ("住所 北浜市緑町1丁目2番3号 北浜コーポ2F", "北浜市緑町1丁目2番3号 北浜コーポ2F"),
    ("住所 北浜町１２３番地　北浜団地５－２０３", "北浜町１２３番地　北浜団地５－２０３"),
    ("住所 北浜市緑町１丁目２－３－２０１号", "北浜市緑町１丁目２－３－２０１号"),
    # spaces between prefecture, city and town; kana inside a 字 name
    ("住所 東京都 北浜市 緑町1-2-3", "東京都 北浜市 緑町1-2-3"),
    ("住所 北浜市大字北浜字東ノ原１２３番地", "北浜市大字北浜字東ノ原１２３番地"),
])
def test_whole_span_of_the_household(text, value):
    assert texts(R, text) == [value]


@pytest.mark.parametrize("text, values", [
    ("北浜市緑町1-2-3号機", []),
    ("北浜市緑町1-2-3 2F会議室で", ["北浜市緑町1-2-3"]),   # 2F followed by a word is no room of a dwelling
    ("東京都 新宿区の人口", []),
])
def test_whole_span_near_misses(text, values):
    assert texts(R, text) == values


@pytest.mark.parametrize("text, kind", [
    # the owner's field below the address names a company: it is the company's address
    ("契約の相手方 住所 北浜市港町1-2-3\n氏名 株式会社北浜建設 代表取締役 北浜一郎", "corporate"),
    ("相手方 住所 北浜市港町1-2-3\n氏名又は名称 北浜建設株式会社", "corporate"),
    ("住所 北浜市港町1-2-3\n名　称　株式会社北浜建設", "corporate"),
    # a person in the owner's field, whatever company follows
    ("住所 北浜市緑町1-2-3\n氏名 北浜一郎 株式会社北浜建設", "residence"),
    ("住所 北浜市緑町1-2-3\n氏名 北浜一郎（株式会社北浜建設勤務）", "residence"),
])
def test_the_owner_field_below_the_address(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text, values", [
    # in an address field a place name Sudachi does not know is one all the same
    ("住所 北浜ニュータウン2-3-4", ["北浜ニュータウン2-3-4"]),
    ("住所 新北浜５－６－７", ["新北浜５－６－７"]),
    ("住所 西浜市南浜町１２番", ["西浜市南浜町１２番"]),
    # near misses: no field label, or too short a number to be a house
    ("北浜ニュータウン2-3-4", []),
    ("所在地 別紙1-2のとおり", []),
    ("議席 本町１２番", []),
])
def test_an_address_field_vouches_for_the_place_name(text, values):
    assert texts(R, text) == values


@pytest.mark.parametrize("text, kind", [
    ("西浜市役所 〒259-1234 西浜市本町1-1-1", "public_facility"),   # the postal code between
    ("西浜土木株式会社 〒259-1234 西浜市港町5-6-7", "corporate"),
    ("北浜一郎 〒259-1234 西浜市港町5-6-7", "unknown"),
])
def test_a_postal_code_between_the_owner_and_the_address(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text, values", [
    ("県営住宅３－２０５に住む", ["県営住宅３－２０５"]),          # 棟-room with a hyphen
    ("雇用促進住宅若松宿舎２－３０３", ["雇用促進住宅若松宿舎２－３０３"]),
    ("若松町営住宅１２号に住む", ["若松町営住宅１２号"]),          # a house in public housing
    ("住宅2号", []),                                               # a generic word and a number
    ("市営住宅 1-10号", []),
    ("住宅1-100に", []),
])
def test_rooms_of_public_housing(text, values):
    assert texts(R, text) == values


@pytest.mark.parametrize("text, values", [
    ("住所 北浜郡北浜町緑123", ["北浜郡北浜町緑123"]),   # a 地番 without 番地, in an address field
    ("北浜町緑１２３に住む", ["北浜町緑１２３"]),
    ("北浜市緑町123の男性", []),                        # neither a field nor 住む
    ("住所 北浜市緑町 2024年", []),
])
def test_a_bare_lot_number_after_a_town_in_an_address_field(text, values):
    assert texts(R, text) == values


def test_a_public_facility_named_by_its_type_keeps_its_address():
    # 公の施設 (地方自治法 第244条) named right before the address
    from redactor import Redactor
    r = Redactor()
    [f] = [f for f in r.check("会場　朝凪市立子育て支援センター（朝凪市花園2丁目6番28号）").findings if f.label == "ADDRESS"]
    assert f.action == "KEEP"
    # a data centre is no public facility, and a home stays private
    assert all(f.action == "MASK" for f in r.check(
        "北浦見データセンター（北浦見市港町3丁目5番2号）に設置している。").findings)
    [home] = [f for f in r.check("申請者の自宅（北浦見市港町3丁目5番2号）から市民ホールまで").findings if f.label == "ADDRESS"]
    assert home.action == "MASK"


def test_every_cell_under_an_address_heading_is_an_address_whole():
    from redactor import Redactor
    text = ("番号\t氏名\t住所\t生年月日\n"
            "1\t柴田　美咲\t南台４丁目１３番３２号　レジデンス柏木　12-708\t1934/9/1\n"
            "2\t新垣　ハナ\t西ノ沢村字仲泊602\tS49.8.4\n")
    addresses = [f.text for f in Redactor().check(text).findings if f.label == "ADDRESS"]
    # widened to the whole cell (building and room), and a regional form no pattern knows
    assert addresses == ["南台４丁目１３番３２号　レジデンス柏木　12-708", "西ノ沢村字仲泊602"]
    # a column that is not an address column is left to the other recognizers
    assert not [f for f in Redactor().check("番号\t課名\t内線\n1\t総務課\t2101\n").findings if f.label == "ADDRESS"]


def test_no_keep_for_an_employer_in_brackets_or_a_bare_facility_word_after_an_address():
    from redactor import Redactor
    r = Redactor()

    def action(text):
        return [f.action for f in r.check(text).findings if f.label == "ADDRESS"]
    assert action("紹介者 東町1-2-3 山田太郎（株式会社さくら建設）") == ["MASK"]  # his home may be meant
    assert action("山田太郎 東町1-2-3 ホール") == ["MASK"]  # no facility is named
    assert action("北浦見市本町1-1 株式会社さくら建設") == ["KEEP"]


def _kind(text):
    (hit,) = [a for _, a in found(R, text)]
    return hit["kind"]


@pytest.mark.parametrize("text, kind", [
    # a company's row of a table, its representative in brackets
    ("3\t有限会社北浜運送（代表取締役 山川 一郎）\t北浜市港町1番2号\t042-555-7001", "corporate"),
    ("7\t株式会社みなと冷凍（代表取締役 川上 仁）\t北浜市港町3番1号", "corporate"),
    # a lawyer acting as agent, the office named after the address
    ("相手方訴訟代理人　弁護士　川村　一郎（北浜市中央一丁目2番3号 みどり法律事務所）", "corporate"),
    # a facility named on the field above the 所在地 field
    ("名称　北浜市立みなと児童センター\n所在地　北浜市港町三丁目４番５号", "public_facility"),
    # a report form's header: the reporting body's name field, a note on where it is housed
    ("クラブ名　みどり児童クラブ（南小学校内）\n所在地　北浜市港町三丁目４番５号", "public_facility"),
    ("事業所名　株式会社みなと介護サービス\n所在地　北浜市港町三丁目４番５号", "corporate"),
    # a company by its legal form on the party's line, its seat in the 所在地 field below
    ("申請人（譲受人）　株式会社みなと物流　代表取締役　森下　道夫\n　　　　所在地　北浜町大字上野３０１番地の２", "corporate"),
    # a shelter the municipality designates, its address in brackets after it
    ("福祉避難所（みどり台二丁目３番４号　特別養護老人ホームみどり苑）への直接避難", "public_facility"),
    ("指定避難所（北浜市みどり台二丁目３番４号）を開設した。", "public_facility"),
    # the counterparty of a bill: the company at one of its branches on the line below
    ("４　取得の相手方　　北浜市港町三丁目４番５号\n　　　　　　　　　　みなとシステム株式会社　東日本支社", "corporate"),
    ("契約の相手方\n北浜市港町三丁目４番５号\nみなと通信株式会社北浜営業所", "corporate"),
    # a joint venture on the line below the address (契約の相手方)
    ("契約の相手方\n北浜市本郷二丁目８番１号\n北浜・緑川建設共同企業体", "corporate"),
    # a facility's name joined to the label, a facility by its public owner's prefix,
    # a facility with the wing, floor and room in it
    ("給食センター所在地（工事場所）　北浜市大字上野１２４番地", "public_facility"),
    ("ごみ処理施設所在地　北浜市大字寺田５６番地", "public_facility"),
    ("市の除雪ステーション（北浜市上野町四区１２３番地、042-555-6611）と調整した。", "public_facility"),
    ("会場　北浜市役所 第二庁舎３階 大会議室（北浜市本町2-1-1）", "public_facility"),
    # the address line under a contact heading that names the unit
    ("【問い合わせ先】北浜市健康福祉部　健康推進課\n　北浜市緑町二丁目3番1号　電話 042-555-3101", "public_facility"),
])
def test_public_and_company_addresses_by_their_owner(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "申出者　山田花子（北浜市緑町三丁目4番5号 株式会社北浜運送）",     # a person with an employer
    "申出者　山田花子（北浜市緑町三丁目4番5号 みどり法律事務所）",     # a party, not the agent
    "名称　山田商店\n所在地　北浜市港町三丁目４番５号",                 # no public or company name
    "避難所で会った相談者（みどり台二丁目３番４号）",                   # a party met at a shelter
    "申請人　山田　花子（株式会社みなと物流勤務）\n　　所在地　北浜町大字上野３０１番地の２",  # an employer
    "申請人　株式会社みなと物流\n譲渡人　山田　花子\n所在地　北浜町大字上野３０１番地の２",  # another party between
    "相手方　北浜市港町三丁目４番５号\n　　みなとシステム株式会社東日本支社勤務　山田花子",  # an employee
    "事業所名　みなと商店（山田方）\n所在地　北浜市港町三丁目４番５号",     # a shop: no public or company name
    "市の職員山田（北浜市上野町四区１２３番地）",                       # a person, not a facility
    "【問い合わせ先】相談者 山田花子\n　北浜市緑町二丁目3番1号　電話 042-555-3102",
    "健康推進課\n　北浜市緑町二丁目3番1号",                              # no heading
    "8\t山田 花子\t北浜市港町3番2号\t株式会社北浜運送",                  # the row's party is a person
])
def test_owner_near_misses(text):
    assert _kind(text) not in ("corporate", "public_facility")


@pytest.mark.parametrize("text, value", [
    ("2\tJane DOE\t北浜市緑町5番14号 コーポ緑川102\t090-1111-2222", "北浜市緑町5番14号 コーポ緑川102"),
    ("山川一郎　北浜市上野２３地割５５番地　上野職員住宅Ｃ－３　床上浸水", "北浜市上野２３地割５５番地　上野職員住宅Ｃ－３"),
    ("北浜市緑町5番14号 資料A-1のとおり", "北浜市緑町5番14号"),  # a lettered number outside a dwelling
])
def test_rooms_before_a_tab_and_lettered_rooms_of_dwellings(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text, value", [
    # a 小字 name ending in 前 (字池ノ前, 字堂前): 前 does not end the place name after 字
    ("(1) 北浜町大字坂上字池ノ前１５２番１　田　８２１．３３㎡", "北浜町大字坂上字池ノ前１５２番１"),
    ("北浜町大字坂上字堂前１５２番地１", "北浜町大字坂上字堂前１５２番地１"),
    # a lot number with a 地目 after it in a land list
    ("(2) 北浜町大字坂上字池ノ前１５３番　宅地　３０４．１０㎡", "北浜町大字坂上字池ノ前１５３番"),
])
def test_parcels_of_a_land_list(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "北浜町12番　畑の近くで",        # 畑 as a word of the sentence, not a 地目 column
    "本町12番 田中議員",             # a seat, not a lot
])
def test_parcel_near_misses(text):
    assert texts(R, text) == []


def test_a_place_name_still_ends_at_mae_outside_a_koaza():
    assert all(not v.startswith("自宅前") for v in texts(R, "相談者の自宅前北浜町大字坂上１５２番地"))


@pytest.mark.parametrize("text, value", [
    # a 字 name that Sudachi reads as an action word (鍛冶, 紅葉) or joins to the 字 (原字)
    ("青葉原市大字鍛冶屋敷855番地", "青葉原市大字鍛冶屋敷855番地"),
    ("緑川郡柊町大字下川原字宮ノ前2678番地9", "緑川郡柊町大字下川原字宮ノ前2678番地9"),
    # a street of a Kyoto-style address named with such a word
    ("住所：鶴見野市北区錦小路通紅葉西入鍵屋町585番地", "鶴見野市北区錦小路通紅葉西入鍵屋町585番地"),
    ("白鷺市東区紅葉通白梅下ル下丸太町318番地の9", "白鷺市東区紅葉通白梅下ル下丸太町318番地の9"),
])
def test_action_words_inside_koaza_and_street_names(text, value):
    assert value in texts(R, text)


def test_an_action_word_outside_a_koaza_still_ends_the_place_name():
    assert all(not v.startswith("移転") for v in texts(R, "事務所を移転北浜市緑町3番地"))


@pytest.mark.parametrize("text, kind", [
    ("所在地：北浜市緑町1-2-3（北浜市役所第二庁舎内）", "public_facility"),   # a wing of the city hall, 内
    ("設置場所　北浜市緑町三丁目２番地（緑町公園内）", "public_facility"),
    ("北浜市社会福祉協議会（北浜市緑町5-6-9）", "public_facility"),
    ("山田さん宅　北浜市緑町1-2-4（公民館内）", "residence"),                # a household word before wins
    ("相談者の自宅　北浜市緑町1-2-3（市役所の近く）", "residence"),          # a landmark
])
def test_a_facility_in_brackets_after_the_address(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text, value", [
    ("緑町の山田さん方（３丁目１５）", "３丁目１５"),        # the town's name left out
    ("２丁目１０番の空き家", "２丁目１０番"),
])
def test_a_lot_within_a_chome_is_an_address_without_the_town(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", ["３丁目の交差点", "３丁目１０番地先の市道"])
def test_a_chome_alone_or_a_point_on_a_road_is_not(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text, value", [
    # the value of an address field, whatever its form
    ("住所　グリーンヒル北浜３０９号", "グリーンヒル北浜３０９号"),
    ("住所　あさひ団地４０５号", "あさひ団地４０５号"),
    ("住所　中央31-3", "中央31-3"),
    ("住所　みどりが丘団地12-305", "みどりが丘団地12-305"),
    ("陳情者\n　現住所　中央\n2-27-1\n　氏名　北浜花子", "中央\n2-27-1"),           # the numbers wrapped to the next line
    ("番号\t氏名\t住所\n1\t北浜花子\tサンハイツ南６０４号\n", "サンハイツ南６０４号"),
])
def test_an_address_field_value_is_an_address(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "住所　別紙1のとおり",          # a reference, not an address
    "住所 北浜市緑町 2024年",        # a date after the town
    "住所　北浜市緑町",             # a town without a number: a PLACE
    "本件の住所変更は3件あった。",     # prose, not a field
])
def test_an_address_field_without_an_address(text):
    assert texts(R, text) == []


def test_a_dwelling_named_in_kana_is_whole():
    assert texts(R, "本人はひまわり団地３号棟２０１号室に住む。") == ["ひまわり団地３号棟２０１号室"]
    # near miss: a clause before a public housing name stays out
    assert texts(R, "請求人の住居である市営桜町団地3号棟205号室") == ["市営桜町団地3号棟205号室"]


def test_a_wrapped_table_row_keeps_its_address_column():
    table = "番号\t氏名\t役職\t住所\t電話\n3\t北浜\n湊\t老人クラブ会長\t中央31-3\t0586(33)3807\n"
    assert "中央31-3" in texts(R, table)
    # near miss: the row number of the next row is no address
    table2 = table + "4\t南\n一郎\t区長\t東町5-6\t0586(33)3808\n"
    assert "4" not in texts(R, table2)


@pytest.mark.parametrize("text", [
    # a public building or site named with the address: its address is published
    "学校名　北浜市立東小学校\n所在地　北浜市東町三丁目4番5号",
    "新設する放課後児童クラブは、北浜市西町5丁目6番地7の西小学校敷地内に設置する。",
    "防災倉庫を北浜市南町3-4-5の南公園内に設置した。",
    "旧東町保育所跡地（北浜市東町二丁目10番地）を売却する。",
    "建設予定地は北浜市本町5丁目1番地（旧市民プール跡地）です。",
    "市有地（北浜市緑町二丁目1234番地）を売り払う。",
    "地域包括支援センターみなみ（北浜市緑町4-5-6）",
    "当該施設の所在地は北浜市東町1-2-3である。",
    "北浜市北町一丁目2番3号にある北公民館で開催した。",
    "北浜市教育委員会　学校教育課　北浜市緑町一丁目1番地　電話 042-555-1111",
    "問い合わせ先\n北浜市教育委員会　学校教育課\n〒123-4567　北浜市緑町一丁目1番地\n電話　042-555-1111",
    "市有地の売払い\n所在　北浜市緑町二丁目\n地番　1234番5\n地目　宅地",
])
def test_a_public_facilitys_address_with_its_name_attached(text):
    kinds = {a["kind"] for _, a in found(R, text)}
    assert kinds == {"public_facility"}


@pytest.mark.parametrize("text", [
    # near misses: a household named with a facility, or a facility as a destination or landmark
    "相談者は北浜市西町5丁目6番地7の自宅から西小学校に通う。",
    "申請者（北浜市東町二丁目10番地）は保育所跡地の隣に住む。",
    "北浜市北町一丁目2番3号に住む男性が北公民館を訪れた。",
    "福祉課は相談者宅（北浜市緑町1-2-3）を訪問した。",
])
def test_a_household_near_a_facility_stays_masked(text):
    kinds = {a["kind"] for _, a in found(R, text)}
    assert kinds and "public_facility" not in kinds


@pytest.mark.parametrize("text, value", [
    ("相談者は雇用促進住宅東町宿舎2-301に住む。", "雇用促進住宅東町宿舎2-301"),   # the dwelling's whole name
    ("相談者はアパート「グリーンハイツ」の２０５号室に住む。", "アパート「グリーンハイツ」の２０５号室"),
])
def test_dwelling_names_written_in_full_or_in_quotes(text, value):
    assert texts(R, text) == [value]


def test_a_quoted_name_without_a_room_is_no_address():
    assert texts(R, "アパート「グリーンハイツ」の建設について") == []
    assert texts(R, "住宅「みどりの家」の2026年度計画") == []


@pytest.mark.parametrize("text, value", [
    ("陳情者\n　住　所　長野県北浜市旭が丘\n4-12-6\n　氏名　北浜花子", "長野県北浜市旭が丘\n4-12-6"),   # a spaced-out label
    ("陳情者\n　所在地（住所）　中央\n1-30-17\n　申請者　北浜花子", "中央\n1-30-17"),
    ("　住所：北浜市南台６丁目27番地17　サンライズ栄　11-7\n08\n　氏　名　北浜一郎",
     "北浜市南台６丁目27番地17　サンライズ栄　11-7\n08"),                                     # a room wrapped
])
def test_address_fields_wrapped_or_spaced_out(text, value):
    assert value in texts(R, text)


def test_a_name_under_a_recipient_label_is_no_address():
    assert "四方田紀子" not in texts(R, "送付先　四方田紀子\n住所　北浜市緑町1-2-3")


@pytest.mark.parametrize("text", [
    "Ｂ地区集会所（北浜市緑町1-2-3）",                        # a community hall
    "北浜市緑町1-2-3の旧緑保育所",                             # the facility ends the sentence
    "土地の所在地：北浜市緑町字中原123番（公園用地）",           # a parcel's public use in brackets
])
def test_more_public_sites(text):
    assert {a["kind"] for _, a in found(R, text)} == {"public_facility"}


def test_a_parcel_with_a_private_owner_in_brackets_stays_unknown():
    assert {a["kind"] for _, a in found(R, "所在地：北浜市緑町字中原123番（北浜太郎所有）")} == {"unknown"}


def test_a_particle_after_a_facility_is_no_nickname():
    assert {a["kind"] for _, a in found(R, "緑町公民館で北浜市緑町1-2-3在住の男性が転倒")} == {"unknown"}
    assert {a["kind"] for _, a in found(R, "公民館から北浜市緑町1-2-3の自宅まで")} == {"unknown"}


def test_a_dwelling_and_its_room_across_a_line_break():
    assert texts(R, "相談者はみどり団地\n3号棟201号室に住む。") == ["みどり団地\n3号棟201号室"]
    # near miss: a block with no room after the break is no household
    assert texts(R, "市営住宅\n3号棟の建替え") == []


@pytest.mark.parametrize("text", [
    # a meeting room with its number after the building and floor
    "場　所：北杜辺市役所　本庁舎５階　５０１会議室（北杜辺市中央町１丁目１番１号）",
    # a counter area inside the building, the facility word more than 16 characters back
    "開示の場所　桑名原市役所本庁舎２階　情報公開コーナー（桑名原市本町一丁目１番地）",
])
def test_a_venue_room_in_a_public_building_owns_the_address(text):
    assert _kind(text) == "public_facility"


@pytest.mark.parametrize("text", [
    "場所　申請人宅２階（北杜辺市中央町１丁目１番１号）",          # a home's floor is no public room
    "現地調査の場所　山田様方の２階（北杜辺市中央町１丁目１番１号）",
])
def test_a_homes_floor_is_not_a_public_room(text):
    assert _kind(text) not in ("corporate", "public_facility")
