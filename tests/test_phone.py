"""PHONE: the Japanese numbering plan, extensions, and whose line it is."""
import pytest

from conftest import found, texts
from redactor.recognizers.phone import PhoneRecognizer as R


@pytest.mark.parametrize("text, number, kind", [
    ("問い合わせ先 市民課 電話 0463-55-2101（内線2215）", "0463-55-2101（内線2215）", "office"),
    ("総務課　０４２－５８３－２１１１（内線２４５）", "０４２－５８３－２１１１（内線２４５）", "office"),
    ("自宅の電話は03-3456-7890です。", "03-3456-7890", "private"),
    ("携帯 090-1234-5678 に連絡", "090-1234-5678", "private"),
    ("連絡先は06(6123)4567で", "06(6123)4567", "private"),
    ("番号06(6123)4567を", "06(6123)4567", "unknown"),
    ("(0463)22-8870", "(0463)22-8870", "unknown"),
    ("内線3142までご連絡ください", "内線3142", "office"),
])
def test_numbers_and_kind(text, number, kind):
    assert (number, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "受付番号 0123456789",            # 10 digits with no phone word
    "090-1234-567",                   # a mobile needs 11 digits
    "03-1234-56789-1",                # part of a longer number
    "令和6年5月14日",
])
def test_not_phone_numbers(text):
    assert found(R, text) == []


def test_a_number_marked_as_the_switchboard_is_an_office_line():
    (hit,) = found(R, "電話：042-555-8111（代表）")
    assert hit[1]["kind"] == "office"


@pytest.mark.parametrize("text", [
    "電話 090−1234−5678",        # minus sign (U+2212), as typeset documents write it
    "電話 ０９０‐１２３４‐５６７８",  # hyphen (U+2010)
    "電話 090ー1234ー5678",        # the prolonged-sound mark typed for a hyphen
])
def test_numbers_written_with_other_dashes(text):
    assert texts(R, text) == [text[3:]]


def test_the_context_word_nearest_the_number_decides_whose_line_it_is():
    line = "福祉課　電話042-555-8111　相談者　山田花子　電話042-555-9876"
    assert [a["kind"] for _, a in found(R, line)] == ["office", "private"]  # the resident's was kept
    assert [a["kind"] for _, a in found(R, "利用者支援課　042-555-8113")] == ["office"]
    assert [a["kind"] for _, a in found(R, "総務課から相手方の自宅（042-555-1234）に電話した。")] == ["private"]
    # a word for the line's kind is not its owner
    assert [a["kind"] for _, a in found(R, "相談者の電話番号 042-555-1234")] == ["private"]


@pytest.mark.parametrize("text, kind", [
    # a fixed line is an office's only with office evidence on its line
    ("山田花子 TEL 042-555-1234", "unknown"),              # a kind word is no evidence
    ("申込者 連絡先 電話番号 0422-55-1234", "unknown"),
    ("資料の一部 042-555-1234", "unknown"),                # 一部 holds 部 but names no office
    ("FAX 042-555-8199 福祉課", "office"),                 # the department just after it
    ("北浜市役所 代表 042-555-8111", "office"),
    ("市民部 地域振興課 042-555-8120", "office"),
    ("電話 050-1234-5678", "unknown"),                     # an IP phone: a fixed line's rule
    ("保健センター 050-1234-5678", "office"),
    # a mobile is private unless evidence is attached to that very number
    ("当日連絡 080-2222-3333", "private"),
    ("福祉課 担当 090-1234-5678 の田中", "private"),       # 担当 stands between: not attached
    ("福祉課 090-1234-5678", "office"),
    ("防災係 電話 090-1234-5678", "office"),
    ("緊急時 090-1234-5678（公用携帯）", "office"),
])
def test_office_needs_positive_evidence(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text, number", [
    ("北浜一郎 連絡先 +81-90-1234-5678", "+81-90-1234-5678"),
    ("北浜一郎 +81 (0)42 555 1234", "+81 (0)42 555 1234"),
    ("北浜一郎 090.1234.5678", "090.1234.5678"),
    ("北浜一郎 電話 042-555-1234・1235", "042-555-1234・1235"),   # two lines sharing the exchange
])
def test_international_dotted_and_paired_numbers(text, number):
    assert texts(R, text) == [number]


@pytest.mark.parametrize("text, numbers", [
    ("+81-90-1234-567", []),                     # a mobile needs 11 digits
    ("v01.02.0003", []),                         # a version number
    ("2024.04.01", []),                          # a date
    ("042-555-1234~56789", ["042-555-1234"]),    # not a second line: too many digits
])
def test_international_dotted_near_misses(text, numbers):
    assert texts(R, text) == numbers


@pytest.mark.parametrize("text, kind", [
    ("北浜市立図書館 042-555-1234", "office"),
    ("北浜市立図書館（電話 042-555-1234）", "office"),
    ("自宅は図書館の近く 042-555-1234", "private"),     # a landmark, and 自宅 nearer
    ("図書館で会った北浜さん 042-555-1234", "private"),
    ("図書館の利用について 042-555-1234", "unknown"),   # not attached to the number
])
def test_a_public_institution_named_right_before_its_number(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text, kinds", [
    # in a table row only the number's own cell and the cell before it speak for it
    ("山田太郎\t042-555-1234\t福祉課", ["unknown"]),
    ("042-555-1234\t福祉課", ["unknown"]),
    ("福祉課\t042-555-8100", ["office"]),
    ("| 福祉課 | 042-555-8100 |", ["office"]),
    ("北浜市\t福祉課\t山田\t042-555-1234", ["unknown"]),
])
def test_a_table_row_is_read_cell_by_cell(text, kinds):
    assert [a["kind"] for _, a in found(R, text)] == kinds


@pytest.mark.parametrize("text, kind", [
    ("西浜市立西小学校 西浜市西町3-3-3 TEL 0463-55-7777", "office"),   # the line is the school's entry
    ("自宅は小学校の近く 西町3-3-3 TEL 0463-55-7777", "unknown"),   # a landmark heads it: no evidence
    ("北浜一郎 西浜市西町3-3-3 TEL 0463-55-7777", "unknown"),
])
def test_a_public_institution_heading_the_line(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text, kind", [
    ("市民課に北浜一郎から苦情 042-555-1234", "unknown"),     # a clause between: reported to the office
    ("お問い合わせは市民課まで（電話 042-555-8100）", "office"),
    ("担当は市民課です。電話042-555-8100", "office"),
    ("市民課の電話 042-555-8100", "office"),
])
def test_no_clause_between_the_office_and_its_number(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


def test_an_office_after_the_number_is_a_units_whole_name():
    from redactor import Redactor
    [f] = [f for f in Redactor().check("山田花子 042-555-1234 係争中").findings if f.label == "PHONE"]
    assert f.action == "MASK"  # 係争中 holds 係 but names no unit
    [g] = [f for f in Redactor().check("問合せ先：042-555-8199（福祉課）").findings if f.label == "PHONE"]
    assert g.action == "KEEP"


@pytest.mark.parametrize("text, kind", [
    # an office word as the topic of the number: 「ＦＡＸは…」
    ("市民課、電話042-555-3100、ＦＡＸは042-555-3199まで。", "office"),
    ("福祉課は昨日、苦情の電話 042-555-1239 を受けた。", "not office"),   # a clause between: no
    # a published service line and a public agency named right before the number
    ("子育て相談ダイヤル 042-555-7788 をご利用ください。", "office"),
    ("県の児童相談所 042-555-9021 に通告した。", "office"),
    ("北浜市福祉事務所（電話 042-555-4410）に相談した。", "office"),
    ("自宅は児童相談所の近くで、電話は042-555-9022です。", "not office"),  # a landmark, not the owner
])
def test_office_topic_service_lines_and_agencies(text, kind):
    got = [a["kind"] for _, a in found(R, text)][-1]
    assert got == kind if kind != "not office" else got in ("private", "unknown")


@pytest.mark.parametrize("text, kind", [
    # the owner named before a bracket holding its address and number
    ("市の給食センター（北浜市緑町三丁目4番5号、042-555-6611）で調理している。", "office"),
    ("株式会社北浜建設（北浜市港町一丁目2番3号、電話042-555-7002）が落札した。", "corporate"),
    ("山田花子さん（北浜市緑町3-4-5、042-555-6612）から苦情があった。", "not kept"),
    ("相談者（北浜市緑町三丁目4番5号、042-555-6613）の話では", "not kept"),
    ("給食センターに勤める山田（北浜市緑町三丁目4番5号、042-555-6614）は", "not kept"),
])
def test_the_owner_before_a_bracket_with_its_address(text, kind):
    got = [a["kind"] for _, a in found(R, text)]
    assert got == [kind] if kind != "not kept" else got[0] in ("private", "unknown")


def test_an_address_line_under_a_contact_heading_is_the_offices():
    block = "【問い合わせ先】北浜市健康福祉部　健康推進課\n北浜市緑町二丁目3番1号　電話 042-555-3101"
    assert [a["kind"] for _, a in found(R, block)] == ["office"]
    # the heading names a person, or the line below is a resident's: no
    assert [a["kind"] for _, a in found(R, "【問い合わせ先】相談者 山田花子さん\n北浜市緑町二丁目3番1号　電話 042-555-3102")] == ["private"]
    assert [a["kind"] for _, a in found(R, "【問い合わせ先】健康推進課\n申出人 北浜市緑町二丁目3番1号　電話 042-555-3103")] == ["private"]
    assert [a["kind"] for _, a in found(R, "健康推進課\n北浜市緑町二丁目3番1号　電話 042-555-3104")] == ["private"]  # no heading


def test_a_company_row_of_a_table_is_the_companys_line():
    row = "3\t有限会社北浜運送（代表取締役 山川 一郎）\t北浜市港町1番2号\t042-555-7001\t200,000円"
    assert [a["kind"] for _, a in found(R, row)] == ["corporate"]
    # a resident's row with an employer in it, and a person's row
    assert [a["kind"] for _, a in found(R, "4\t山川 一郎\t株式会社北浜運送勤務\t042-555-7003")] != ["corporate"]
    assert [a["kind"] for _, a in found(R, "5\t山川 一郎さん\t北浜市港町1番2号\t042-555-7004")] != ["corporate"]


def test_a_company_in_a_later_cell_is_no_evidence_for_the_row():
    row = "8\t山田 花子\t株式会社北浜運送\t北浜市港町3番2号\t042-555-7005"
    assert [a["kind"] for _, a in found(R, row)] != ["corporate"]  # the row's party is the person


@pytest.mark.parametrize("text, kind", [
    ("担当：道路管理課　佐々\n木　042-555-2231", "office"),        # a wrapped line: the unit is on the line above
    ("相談者　山田\n花子　042-555-2232", "private"),               # the resident's, read across the wrap too
    ("道路管理課が対応した。\n山田　042-555-2233", "unknown"),      # a sentence ended above: not the unit's
])
def test_a_short_wrapped_line_is_read_with_the_line_above(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


def test_a_table_row_is_not_read_with_the_row_above():
    rows = "福祉課\t窓口\t042-555-2234\n3\t042-555-2235"
    assert [a["kind"] for _, a in found(R, rows)][1] != "office"


@pytest.mark.parametrize("text, kind", [
    ("電話 042-555-1111（福祉課直通）", "office"),                  # the unit's direct line, named after it
    ("福祉課へお電話ください（042-555-1112）。", "office"),           # the unit asks to be called
    ("子ども家庭支援センター「すくすく」042-555-1117", "office"),      # a nickname in quotes between
    ("休日夜間急患診療所　042-555-1115", "office"),
    ("福祉課に苦情を寄せた山田さんへお電話ください（042-555-1130）", "private"),  # the resident is asked for
    ("福祉課の職員が山田「仮名」 042-555-1131", "unknown"),           # a clause before the quotes
])
def test_more_ways_a_unit_gives_its_number(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


def test_a_field_line_under_an_address_is_not_a_wrapped_line():
    block = "北浜市緑町1-2-3　市営朝日住宅６号棟９０７号室\nTEL ０２９－８１７－１７３２"
    assert [a["kind"] for _, a in found(R, block)] != ["office"]  # 号室 holds 室, but it ends an address


@pytest.mark.parametrize("text, kind", [
    ("北浜市緑町1-2-3 緑ハイツ205号室 042-555-1234", "not office"),   # 号室 holds 室 but is a dwelling's room
    ("緑ハイツ205号室　電話 042-555-1235", "not office"),
    ("福祉課相談室 042-555-1236", "office"),                          # a unit's room is still the unit's
])
def test_a_dwellings_room_number_is_no_office_word(text, kind):
    (got,) = [a["kind"] for _, a in found(R, text)]
    assert got == kind if kind == "office" else got != "office"


def test_a_school_club_is_no_office_for_the_number_after_a_member_s_name():
    from redactor import Redactor
    club = Redactor().check("陸上部　山田花子　042-555-1234").findings
    assert [f.action for f in club if f.label == "PHONE"] == ["MASK"]
    office = Redactor().check("福祉部 山田 042-555-1001").findings  # a unit of the city: its staff's line
    assert [f.action for f in office if f.label == "PHONE"] == ["KEEP"]


@pytest.mark.parametrize("text, kind", [
    # a resident's workplace or daytime number: an extension is no office evidence
    ("申出人　北浜花子⏎勤務先電話　03-5555-6666 内線123", "private"),
    ("日中の連絡先　03-5555-6666（内線4567）", "private"),
    ("緊急連絡先　06-5555-1212 ext.55", "private"),
    # near miss: the office's own number with an extension, the unit on its line
    ("福祉課　電話 042-555-8111（内線2317）", "office"),
    ("担当：福祉課　北浜（内線2317）", "office"),          # a bare extension under the unit
])
def test_an_extension_is_an_office_line_only_with_office_evidence(text, kind):
    text = text.replace("⏎", "\n")
    assert [a["kind"] for _, a in found(R, text)][-1] == kind


def test_latin_extension_is_part_of_the_number():
    assert texts(R, "勤務先　03-5555-6666 ext.123") == ["03-5555-6666 ext.123"]
    assert texts(R, "勤務先　03-5555-6666（Ext 45）") == ["03-5555-6666（Ext 45）"]


@pytest.mark.parametrize("text, kinds", [
    # a FAX number is whose the number listed before it is
    ("申出人　北浜花子⏎電話　042-555-1234⏎FAX　042-555-1235", ["private", "private"]),
    ("相談者　南町一郎　TEL 042-555-1234　ファクス 042-555-1299", ["private", "private"]),
    # near misses: an office's contact block keeps both lines
    ("北浜市役所　福祉課　TEL 042-555-8111　FAX 042-555-8112", ["office", "office"]),
    ("北浜市　福祉課⏎TEL 042-555-8111⏎FAX 042-555-8112", ["office", "office"]),
])
def test_a_fax_line_belongs_to_the_number_before_it(text, kinds):
    assert [a["kind"] for _, a in found(R, text.replace("⏎", "\n"))] == kinds


def test_a_fax_number_alone_is_no_office_line():
    assert [a["kind"] for _, a in found(R, "ＦＡＸ　０４２－５５５－８１１２")] == ["unknown"]


def test_public_schools_and_associations_named_before_their_number():
    assert [a["kind"] for _, a in found(R, "北浜市立東中学校　電話 042-555-3333")] == ["office"]
    assert [a["kind"] for _, a in found(R, "北浜市観光協会（電話 042-555-7777）")] == ["office"]
    # near miss: a resident in the same sentence as an association is no office
    assert [a["kind"] for _, a in found(R, "観光協会の会員の山田さん 042-555-7778")] == ["private"]


def test_bare_digits_under_a_phone_column_of_a_table():
    table = "番号\t氏名\t住所\t連絡先\n1\t北浜 花子\t北浜市緑町1-2-3\t0425551234\n"
    assert "0425551234" in texts(R, table)
    # near miss: the same digits under a column that is no phone's
    other = "番号\t氏名\t受付番号\n1\t北浜 花子\t0425551234\n"
    assert texts(R, other) == []


def test_a_wrapped_row_lines_up_with_the_headings_from_the_right():
    table = "番号\t氏名\t役職\t住所\t連絡先\n2\t北浜\n花子\t自治会長\t緑町1-2-3\t0425551234\n"
    assert "0425551234" in texts(R, table)


@pytest.mark.parametrize("text", [
    # a public body's number in its contact block or its row of a facility table
    "北浜市教育委員会　学校教育課　北浜市緑町一丁目1番地　電話 042-555-1111",
    "問い合わせ先\n北浜市教育委員会　学校教育課\n〒123-4567　北浜市緑町一丁目1番地\n電話　042-555-1111",
    "1\t北浜市立東小学校\t北浜市東町三丁目4番5号\t042-555-1111",
    "施設名\t所在地\t電話\n中央公民館\t北浜市本町2-3-1\t042-555-2222",
])
def test_a_public_bodys_number_with_its_name_on_the_block_or_row(text):
    assert [a["kind"] for _, a in found(R, text)] == ["office"]


@pytest.mark.parametrize("text", [
    # near misses: a resident's row and a resident's address line before a number
    "1\t北浜 花子\t北浜市東町三丁目4番5号\t042-555-1111",
    "相談者　北浜花子\n北浜市緑町一丁目1番地\n電話　042-555-1111",
])
def test_a_residents_number_in_a_row_or_block_stays_masked(text):
    assert [a["kind"] for _, a in found(R, text)] != ["office"]


def test_an_unseparated_mobile_with_a_phone_word_farther_on_its_line():
    assert texts(R, "緊急連絡先　北浜　美穂（妻）　０９０１２３４５６７８") == ["０９０１２３４５６７８"]
    # near miss: the same digits with no phone word on the line are a reference number
    assert texts(R, "受付　北浜　美穂（妻）　09012345678") == []


@pytest.mark.parametrize("text, kind", [
    ("担当 阿部 042-555-1234", "unknown"),          # a surname ending in 部 names no unit
    ("氏　名　渡 部 和 子\n電話　013(213)4968", "unknown"),  # a spaced-out name's last character
    ("市民部 042-555-1234", "office"),             # near miss: the unit itself
    ("こども課 042-555-1234", "office"),           # a unit's name in kana
])
def test_a_surname_ending_in_an_office_word_is_no_office(text, kind):
    assert [a["kind"] for _, a in found(R, text)][-1] == kind


@pytest.mark.parametrize("text", [
    "東小学校の電話番号は042-555-1111です。",
    "申込先：北浜市体育協会（北浜市総合体育館内）TEL 042-555-1212",
    "FAX送信先：042-555-8112（北浜市福祉課あて）",
    "北浜市地域包括支援センターみなみ　電話042-555-1414",
])
def test_a_public_bodys_number_in_more_forms(text):
    assert [a["kind"] for _, a in found(R, text)] == ["office"]


@pytest.mark.parametrize("text", [
    "公民館から電話 042-555-1234 があった",          # a call from somewhere: no owner named
    "センターから 042-555-1234 に折り返した",
])
def test_a_kana_word_after_a_facility_is_no_nickname(text):
    assert [a["kind"] for _, a in found(R, text)] != ["office"]


@pytest.mark.parametrize("text, number", [
    ("電話：〇九〇―一二三四―五六七八", "〇九〇―一二三四―五六七八"),   # kanji digits, vertical writing
    ("電話番号は〇八〇の四三二一の八七六五と聞いた", "〇八〇の四三二一の八七六五"),  # read out, set down in minutes
    ("連絡先は〇四五、六七八、九〇一二です", "〇四五、六七八、九〇一二"),
    ("緊急連絡先：090・1234・5678", "090・1234・5678"),                 # 中黒 as separators
])
def test_numbers_in_kanji_digits_or_with_nakaguro(text, number):
    assert texts(R, text) == [number]


@pytest.mark.parametrize("text", ["平成〇一―〇二―〇三", "資料番号 0・1・234", "区分 090・1234・5678 の順",
                                  "二〇二三、二〇二四、二〇二五年度の三年間", "〇の一の二"])
def test_kanji_digits_and_nakaguro_near_misses(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text, kind", [
    # a municipality written in kana heads the unit's address line
    ("問い合わせ先\nさくら川市役所　福祉部　高齢福祉課\n〒123-4567　さくら川市本町一丁目２番３号\n電話　０４５－１２３－４５６７", "office"),
    # a company's contact block: its name by legal form on the line above
    ("申込先：株式会社ミナトシステム　営業部\nTEL 03-5555-1234", "corporate"),
    # free dial: a business or public body pays for the calls
    ("相談窓口（平日９時～１７時）\n電話番号：0120-123-456", "toll_free"),
    ("0800-123-4567 までお電話ください", "toll_free"),
])
def test_whose_line_by_block_company_or_number_class(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text", [
    # near misses: a resident's address in kana before a number, someone's employer
    "相談者　北浜花子\nさくら川市本町一丁目２番３号\n電話　０４５－１２３－４５６７",
    "勤務先　株式会社ミナトシステム\nTEL 03-5555-1234",
    "申出人　北浜花子\nTEL 03-5555-1234",
])
def test_a_private_block_is_not_a_company_or_office(text):
    assert [a["kind"] for _, a in found(R, text)][0] not in ("office", "corporate", "toll_free")
