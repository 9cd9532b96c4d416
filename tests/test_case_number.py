import pytest

from conftest import found
from redactor.recognizers.case_number import CaseNumberRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("東京地方裁判所令和5年(ワ)第123号", "東京地方裁判所令和5年(ワ)第123号", "court"),
    ("平成31年（行ウ）第5号", "平成31年（行ウ）第5号", "court"),
    ("令和4年度審査請求第3号について", "令和4年度審査請求第3号", "appeal"),
    ("諮問第24号", "諮問第24号", "consultation"),
    ("議案第18号", "議案第18号", "bill"),
    ("地方自治法第96条第1項第13号の規定", "第96条第1項第13号", "legal_reference"),
    ("条例第7条第2号及び第5号に該当", "第7条第2号及び第5号", "legal_reference"),
])
def test_case_numbers_and_kinds(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


def test_plain_numbers_are_not_case_numbers():
    assert found(R, "第3回の会議で3号館を使った") == []


@pytest.mark.parametrize("text, value, kind", [
    ("北浜警察署に遺失届（受理番号 第２０２５－１２３号）を提出した。", "第２０２５－１２３号", "receipt"),
    ("受付番号：令和7年第45号", "令和7年第45号", "receipt"),
    ("陳情受付番号 第３号", "第３号", "bill"),       # the council's public number
])
def test_receipt_numbers_of_a_partys_report(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", ["受付番号の順に並べる", "受理番号を控える"])
def test_receipt_label_without_a_number(text):
    assert found(R, text) == []


def test_a_petition_number_after_a_receipt_label_stays_a_bill():
    assert [(t, a["kind"]) for t, a in found(R, "受理番号 請願第３号")] == [("請願第３号", "bill")]


def test_the_receipt_span_starts_at_the_number():
    assert [t for t, _ in found(R, "受付番号 12345 の申請者")] == ["12345"]


@pytest.mark.parametrize("text, value, kind", [
    # court numbers in the forms records use: an abbreviated court, kanji
    # digits, a criminal case's hiragana symbol, a family court's 家イ
    ("北浜地裁令和5年(ワ)第123号", "北浜地裁令和5年(ワ)第123号", "court"),
    ("令和二年（ワ）第千二百三十四号", "令和二年（ワ）第千二百三十四号", "court"),
    ("令和5年(わ)第45号", "令和5年(わ)第45号", "court"),
    ("令和6年（家イ）第456号", "令和6年（家イ）第456号", "court"),
    # appeals written with the number in brackets
    ("審査請求（令和6年第2号）", "審査請求（令和6年第2号）", "appeal"),
    ("不服申立第4号", "不服申立第4号", "appeal"),
])
def test_more_forms_of_court_and_appeal_numbers(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text, value", [
    ("相談番号　第１２３号", "第１２３号"),
    ("相談番号：2024-0123", "2024-0123"),
    ("苦情受付番号　R6-015", "R6-015"),
    ("事案番号 R6-0123", "R6-0123"),
    ("通報番号 45-12", "45-12"),
    ("苦情第３号について、申出人に回答した。", "苦情第３号"),
    ("相談第１２号の相談者から連絡があった。", "相談第１２号"),
])
def test_a_number_given_to_one_partys_matter(text, value):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, "receipt")]


def test_a_register_number_is_a_partys_only_with_a_party_on_its_line():
    assert [(t, a["kind"]) for t, a in found(R, "整理番号 12345 の相談者")] == [("12345", "receipt")]
    assert [t for t, _ in found(R, "相談者　北浜一郎\n管理番号 A-1234")] == ["A-1234"]   # the line before
    assert found(R, "物品管理番号 12345 のパソコン") == []
    assert found(R, "管理番号 A-1234") == []


def test_an_era_letter_number_is_a_case_files_only_in_a_case_heading():
    assert [(t, a["kind"]) for t, a in found(R, "相談記録（R6-0123）")] == [("R6-0123", "case_file")]
    assert found(R, "R6-0123") == []
    assert found(R, "型式 R6-0123 の部品を交換した") == []


@pytest.mark.parametrize("text, value, kind", [
    # the council's and the executive's own numbers are not a party's
    ("議案第５号", "議案第５号", "bill"),
    ("報告第３号", "報告第３号", "bill"),
    ("北浜市条例第１２号", "条例第１２号", "bill"),
    ("議員提出議案第２号", "議員提出議案第２号", "bill"),
    ("答申第２号", "答申第２号", "consultation"),
    ("陳情受付第３号", "受付第３号", "bill"),
])
def test_bills_and_ordinances_are_not_a_partys_case(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text, value, kind", [
    ("令和６年度第２号審査請求事件", "令和６年度第２号審査請求", "appeal"),      # number first
    ("審査請求事件（令和６年第３号）", "審査請求事件（令和６年第３号）", "appeal"),
    ("令和５年度開示請求第１２号", "令和５年度開示請求第１２号", "receipt"),    # one requester's request
    ("相談No.45について", "45", "receipt"),                  # two digits, no list counting them: that matter's number
    ("相談No.2024-045について", "2024-045", "receipt"),
    ("お問い合わせ番号：20240512-003", "20240512-003", "receipt"),
    ("第５号議案　北浜市税条例の一部改正について", "第５号議案", "bill"),     # a bill, number first
    ("第３号報告", "第３号報告", "bill"),
])
def test_numbers_written_number_first_and_other_labels(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


def test_a_register_no_needs_a_party():
    assert [t for t, _ in found(R, "受付No.123　相談者　北浜一郎")] == ["123"]
    assert found(R, "受付No.123　コピー用紙　５箱") == []


@pytest.mark.parametrize("text, value, kind", [
    ("審査請求　令和６年第５号", "審査請求　令和６年第５号", "appeal"),
    ("審査請求：令和６年度第２号について", "審査請求：令和６年度第２号", "appeal"),
    ("受付番号は１２３番です。", "１２３番", "receipt"),
    ("被害届の受理番号は第４５６号である。", "第４５６号", "receipt"),
])
def test_a_number_stated_in_a_sentence_or_after_a_space(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["審査請求　令和６年度に３件あった", "受付番号は申請書の右上に記載されている。"])
def test_a_label_without_a_number_in_a_sentence(text):
    assert found(R, text) == []


# An office's record ID for one party's matter: letters or kanji and digits
# in hyphenated groups. Made-up numbers throughout.
@pytest.mark.parametrize("text, value", [
    ("受付番号：R6-福-0123", "R6-福-0123"),                    # era letter + year, section, serial
    ("相談番号 CS-2024-0012 の件", "CS-2024-0012"),             # Latin prefix, year, serial
    ("事案番号は、生福-06-00123です。", "生福-06-00123"),       # kanji section, year, serial
    ("相談番号が CS-2024-0012 の相談者", "CS-2024-0012"),
    ("ケース番号　Ｋ－Ｒ６－０４５６", "Ｋ－Ｒ６－０４５６"),      # full-width
    ("申請番号 R6ー住ー0456", "R6ー住ー0456"),                  # 長音 as the dash
    ("整理番号 福-R6-0456 の相談者", "福-R6-0456"),             # a register label with a party
    ("申出人からの文書（文書番号 R6-0012）", "R6-0012"),        # a party's letter
])
def test_a_record_id_after_a_record_label(text, value):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, "receipt")]


def test_a_partys_series_number_with_a_hyphen():
    assert [(t, a["kind"]) for t, a in found(R, "苦情第2024－0015号について")] == [("苦情第2024－0015号", "receipt")]


@pytest.mark.parametrize("text, value", [
    ("相談者（R6-福-0123）から電話があった。", "R6-福-0123"),
    ("申出人（北浜2024-0015号）", "北浜2024-0015号"),
    ("北浜一郎様（受付番号 CS-2024-0012）", "CS-2024-0012"),
])
def test_a_record_id_in_brackets_after_a_party(text, value):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, "receipt")]


@pytest.mark.parametrize("text", [
    "氏名    ケース番号    内容\n北浜 一郎    R6-福-0123    騒音",  # a case file's column, aligned with spaces (PDF)
    "事件番号\t氏名\t内容\nR6-福-0123\t北浜一郎\t騒音",        # a column of case numbers
    "氏名\t記録番号\t内容\n北浜一郎\tR6-福-0123\t騒音",        # a later column
])
def test_a_record_id_in_a_table_column(text):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [("R6-福-0123", "receipt")]


@pytest.mark.parametrize("text", [
    "受付No.\t氏名\t相談内容\nR6-福-0123\t北浜一郎\t騒音",     # a list's receipt column
    "番号\t氏名\t内容\nR6-福-0123\t北浜一郎\t騒音",            # 番号 in a table of parties: the row's number
    "氏名\t受付番号\t内容\n北浜一郎\tR6-福-0123\t騒音",        # a later column
])
def test_a_record_id_in_a_receipt_or_row_column_of_parties_is_their_case_number(text):
    """A record ID (R6-福-0123) under 受付No./番号 in a table of parties is the
    office's number of that party's matter: only a column that counts its
    rows 1, 2, 3 is the list's own order (next test)."""
    assert [(t, a["kind"]) for t, a in found(R, text)] == [("R6-福-0123", "receipt")]


@pytest.mark.parametrize("text, kinds", [
    # a column counting its rows: the list's order, kept
    ("受付番号\t氏名\t内容\n1\t北浜一郎\t騒音\n2\t南浦花子\tごみ\n3\t西野三郎\t街灯", ["serial"] * 3),
    ("│相談番号│相談者│内容│\n├──┼──┼──┤\n│1│北浜一郎│騒音│\n│2│南浦花子│ごみ│", ["serial"] * 2),
    # numbers that do not count the rows: the register's receipt numbers
    ("受付番号\t氏名\t内容\n15\t北浜一郎\t騒音\n23\t南浦花子\tごみ", ["receipt"] * 2),
    ("| 相談番号 | 相談者 | 内容 |\n|---|---|---|\n| 2024-0087 | 北浜一郎 | 騒音 |", ["receipt"]),
])
def test_a_receipt_column_is_the_lists_order_only_when_it_counts_the_rows(text, kinds):
    assert [a["kind"] for _, a in found(R, text)] == kinds


@pytest.mark.parametrize("text", [
    "番号\t氏名\t内容\n15\t北浜一郎\t騒音\n23\t南浦花子\tごみ",   # generic 番号: an excerpt's row numbers
    "受付番号\t品名\n",
])
def test_bare_numbers_under_a_generic_heading_are_no_finding(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "番号\t品名\t数量\nAB-1234-5\tパソコン\t3",                # an item's code, no party in the table
    "番号  品名  数量\nAB-1234-5  パソコン  3",
    "品名\t内容\t番号\nパソコン\tPC-2024-0123\t3",             # no party in the table, not under a number heading
    "受付No.\t氏名\n2024-05-01\t北浜一郎",                     # a date in the column
    "AB-2024-0123\t北浜一郎",                                  # no heading above, no case's shape
])
def test_a_table_cell_that_is_no_partys_record(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "電話 03-1234-5678",
    "〒123-4567 北浜市",
    "2024-05-01に受け付けた",
    "製品 AB-1234 を購入した",
    "法人番号 1234567890123",
    "文書番号 北浜総第123号",                                  # the city's own outgoing letter
    "相談者に通知した（文書番号 北浜総第123号）",
    "入札番号 R6-契-0012",                                     # a public contract
    "契約番号 2024-0012",
    "相談者（03-1234-5678）",                                  # a phone, not a record
    "相談者（2024-05-01受付）",
    "北浜市役所（AB-1234-5）",
    "相談番号を 2024-0001 から順に付ける",                      # the label as an object: how numbers are given
])
def test_near_misses_of_a_record_id(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value, kind", [
    ("個人情報保護審査会 諮問第12号", "諮問第12号", "appeal"),              # one requester's appeal
    ("令和5年度諮問第3号（審査請求人 北浜一郎）", "令和5年度諮問第3号", "appeal"),
    ("答申第7号（行政不服審査会）", "答申第7号", "consultation"),        # the board's published opinion
    ("諮問第1号 人権擁護委員候補者の推薦について", "諮問第1号", "consultation"),  # the council's
    ("諮問第2号 使用料の処分に係る審査請求について", "諮問第2号", "consultation"),  # 地方自治法 第229条
])
def test_a_consultation_number_is_an_appeal_only_where_it_names_the_body_or_the_requester(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


def _case_actions(text):
    from conftest import _redactor
    return [(f.text, f.action) for f in _redactor().check(text).findings if f.label == "CASE_NUMBER"]


def test_the_policy_masks_a_record_id_and_reviews_an_appeal_hearing():
    assert _case_actions("相談者（R6-福-0123）から苦情があった。") == [("R6-福-0123", "MASK")]
    assert _case_actions("個人情報保護審査会 諮問第12号") == [("諮問第12号", "REVIEW")]
    assert _case_actions("諮問第1号 人権擁護委員候補者の推薦について") == [("諮問第1号", "KEEP")]


def test_a_record_id_in_brackets_after_a_name_found_by_the_person_recognizers():
    assert _case_actions("北浜一郎（R6-福-0123）から苦情があった。") == [("R6-福-0123", "MASK")]
    assert _case_actions("北浜市役所（AB-1234-5）") == []


def test_a_register_number_in_a_one_record_forms_head_is_the_records():
    form = "事故報告書\n報告者　管財課長　北浜一郎\n管理番号　管財ジコ第2031-045号\n１　発生日時"
    assert [(t, a["kind"]) for t, a in found(R, form)] == [("管財ジコ第2031-045号", "receipt")]
    # near miss: the same label in a form about goods, no incident or party
    assert found(R, "備品台帳\n担当　管財課長　北浜一郎\n管理番号　管財ジコ第2031-045号\n１　品名") == []


def test_an_era_letter_number_heading_a_row_of_a_list_of_cases():
    table = ("令和9年度　事故一覧\n\n番号\t発生日\t内容\t関係者\n"
             "R9-02\t4月3日\t通知の誤送付\t北浜一郎（受取人）\n")
    assert [(t, a["kind"]) for t, a in found(R, table)] == [("R9-02", "case_file")]
    heading_only = "番号\t発生日\t内容\t関係者\nR9-02\t4月3日\t通知の誤送付\t北浜一郎\n"
    assert [t for t, _ in found(R, heading_only)] == ["R9-02"]
    # near miss: a programme list (no case word in its head) numbers programmes
    plan = "令和9年度　事業一覧\n\n番号\t事業名\t所管課\nR9-02\t道路の補修\t土木課\n"
    assert found(R, plan) == []


@pytest.mark.parametrize("text, value", [
    ("令和9年度住民監査請求第2号について", "令和9年度住民監査請求第2号"),   # the resident who asked
    ("苦情 第12号の対応状況", "苦情 第12号"),                             # a space before 第
    ("事故報告第3号のとおり", "事故報告第3号"),
])
def test_a_partys_matter_numbered_per_case(text, value):
    assert (value, "receipt") in [(t, a["kind"]) for t, a in found(R, text)]


def test_the_councils_report_number_stays_a_bill():
    # near miss: 報告第3号 alone is the executive's report to the council
    assert [(t, a["kind"]) for t, a in found(R, "報告第3号 専決処分の報告について")] == [("報告第3号", "bill")]


def test_an_incident_report_numbers_from_one():
    assert [(t, a["kind"]) for t, a in found(R, "事故報告No.12 公用車の接触")] == [("12", "receipt")]
    # near miss: a receipt label with one or two digits orders a list when
    # the list counts on with the same label (positive evidence)
    assert [(t, a["kind"]) for t, a in found(R, "受付No.12 北浜一郎\n受付No.13 南浦花子")] == [("12", "serial"),
                                                                                        ("13", "serial")]
    assert [(t, a["kind"]) for t, a in found(R, "受付No.12 北浜一郎")] == [("12", "receipt")]


@pytest.mark.parametrize("text, value, kind", [
    # a board's answer citing the 諮問 it answers, in a document that names the board
    ("行政不服審査会\n\n令和6年4月2日付けで諮問のあった件（諮問第8号）について、次のとおり答申します。",
     "諮問第8号", "appeal"),
    ("答申書\n第1　結論\n令和5年度に諮問のあった事案（諮問第15号）について、次のとおり答申する。\n第2　審査請求人の主張",
     "諮問第15号", "appeal"),
    # a planning board's answer names no board that hears appeals nor a requester
    ("都市計画審議会\n令和6年4月2日付けで諮問のあった件（諮問第3号）について、次のとおり答申します。",
     "諮問第3号", "consultation"),
])
def test_the_consultation_an_appeal_boards_answer_cites(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text) if t == value] == [(value, kind)]


def test_an_appeals_letter_number_in_two_parts():
    text = "請求人は、令和6年1月9日付けで審査請求（北総情第4－27号）を行った。"
    assert [(t, a["kind"]) for t, a in found(R, text)] == [("審査請求（北総情第4－27号）", "appeal")]


@pytest.mark.parametrize("text, value, kind", [
    # a board's own bracketed symbol after the year, before the appeal word
    ("議題　令和6年（保）審査請求第4号（保険料賦課処分）", "令和6年（保）審査請求第4号", "appeal"),
    ("令和7年（情）第12号審査請求事件の裁決", "令和7年（情）第12号審査請求", "appeal"),
    # an appeal to the 固定資産評価審査委員会
    ("令和5年審査申出第7号（土地の登録価格）", "令和5年審査申出第7号", "appeal"),
    ("固定資産評価審査委員会への審査の申出第3号", "審査の申出第3号", "appeal"),
    # 地方自治法第242条's request, with the municipality that numbers it
    ("令和5年北浜町職員措置請求第1号の監査結果", "令和5年北浜町職員措置請求第1号", "receipt"),
    # the decision on an appeal, numbered per appeal
    ("令和6年裁決第9号", "令和6年裁決第9号", "receipt"),
    # the copy of the paper that carries a receipt number, named between the label and the value
    ("被害届の受理番号の控え（第4471号）を添付する。", "第4471号", "receipt"),
    ("裁決番号　北総第2025-3号", "北総第2025-3号", "receipt"),
    ("証明書番号 R7-00451", "R7-00451", "receipt"),
])
def test_more_kinds_of_a_partys_case(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


def test_a_council_petitions_small_receipt_number_stays_the_councils():
    # a one- or two-digit receipt number on a petition's line: the council's
    # public series, read before the small number's own evidence
    assert [(t, a["kind"]) for t, a in found(R, "請願文書表　受理番号 7　議会事務局") if t == "7"] == [("7", "bill")]
    # near miss: the same number with no petition on its line is a party's
    assert [(t, a["kind"]) for t, a in found(R, "受理番号 7　北浜警察署") if t == "7"] == [("7", "receipt")]


def test_a_firms_small_register_number_is_the_firms():
    text = "整理番号3は、開発行為（北浜不動産株式会社施行）の許可である。"
    assert [(t, a["kind"]) for t, a in found(R, text)] == [("3", "corporate")]


def test_a_round_of_applications_numbered_from_one_is_its_order():
    text = ("選考対象\n申込番号04　北浜 花子（借家）\n申込番号09　南浦 一郎（高齢）\n申込番号13　東 次郎\n"
            "結果　A棟101号室：申込番号09")
    assert {a["kind"] for t, a in found(R, text)} == {"serial"}
    # near miss: two such numbers do not show a round; a register's longer number stays a party's
    assert {a["kind"] for t, a in found(R, "申込番号04　北浜 花子\n申込番号09　南浦 一郎")} == {"receipt"}
    assert ("2024-0913", "receipt") in [(t, a["kind"]) for t, a in found(R, text + "\n申込番号 2024-0913")]


def test_an_office_number_in_a_receipt_column_of_a_ruled_table():
    text = ("番号｜受付番号｜申請者｜金額\n"
            "１｜北支給第7-21号｜北浜　花子｜50,000\n"
            "２｜北支給第7-30号｜南浦　一郎｜80,000\n")
    assert [(t, a["kind"]) for t, a in found(R, text)] == [("北支給第7-21号", "receipt"), ("北支給第7-30号", "receipt")]


@pytest.mark.parametrize("text, value, kind", [
    # the form a party fills in, one for all parties
    ("事故の報告は事案第4号様式による。", "事案第4号", "form"),
    ("相談第1号様式（第3条関係）", "相談第1号", "form"),
    # near miss: the same words without 様式 number one party's matter
    ("事案第4号の経過を報告する。", "事案第4号", "receipt"),
])
def test_a_forms_number_is_no_partys(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text, value, kind", [
    # a precedent cited in reasoning: a bench, a law report, or the judgement's date with 同
    ("最高裁判所令和2年（行ヒ）第45号同3年6月4日第一小法廷判決の趣旨に照らし", "最高裁判所令和2年（行ヒ）第45号", "precedent"),
    ("大阪高裁平成21年（行コ）第8号（判例地方自治330号17頁）参照", "大阪高裁平成21年（行コ）第8号", "precedent"),
    ("平成27年（受）第1010号同28年3月1日判決", "平成27年（受）第1010号", "precedent"),
    # near miss: the municipality's own lawsuit, its judgement told without a citation
    ("令和5年（ワ）第318号事件について令和6年2月9日に判決が言い渡された。", "令和5年（ワ）第318号", "court"),
])
def test_a_cited_precedent_is_no_partys_case(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


def test_a_years_short_serial_in_a_receipt_column_is_no_office_number():
    # near miss of the ruled table above: 6-2, 6-48 without 第 are a year and a
    # row's serial, read only as record IDs (four digits at least)
    text = "受付番号｜受付日｜請求者\n6-2｜2月28日｜北浜　花子\n6-48｜8月5日｜南浦　一郎\n"
    assert found(R, text) == []
