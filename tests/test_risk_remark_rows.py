"""A row of a table of persons whose last cell is a remark written as sentences
(入院中。市長訪問予定) is still a row: one person of their own, with the sum the
row gives them. Made-up lists; near misses: prose, a 。 before the last cell,
a row that counts people."""
from redactor.pipeline import Redactor
from redactor.risk_rows import remark_row

HEAD = ("令和６年度　長寿祝金支給者一覧\n"
        "No.\t氏名\t年齢\t地区\t祝金\t備考\n")


def highs(text):
    return [{f.text for f in s.findings} for s in Redactor().check(text).risk if s.level == "high"]


def test_a_row_with_a_remark_is_a_person_of_their_own():
    text = HEAD + "1\t（氏名）\t101\t字西沢\t50,000円\t市長が訪問予定。入院中\n"
    assert any({"101", "字西沢", "50,000円"} <= g for g in highs(text))


def test_a_row_with_a_remark_is_read_as_a_row():
    assert remark_row("1\t（氏名）\t101\t字西沢\t50,000円\t市長が訪問予定。入院中\n")
    assert remark_row("| 2 | （氏名） | 99 | 字東沢 | 入院中。家族が代理受領 |\n")


def test_near_miss_prose_is_no_row():
    # ideographic spaces indent prose and speaker marks: no table's separators
    assert not remark_row("〇３番（北野議員）　字西沢の　１０１歳の方が　入院中です。市長は訪問されますか。\n")
    # a 。 before the last cell: sentences with tabs in them, not a row with a remark
    assert not remark_row("市長が訪問した。\t字西沢\t101\t入院中。\n")
    # three cells: a label, a value and a note, no row of a table of persons
    assert not remark_row("備考\t字西沢\t入院中。\n")


def test_near_miss_a_row_that_counts_people_stays_a_statistic():
    text = ("地区別の長寿祝金の支給状況\n地区\t人数\t祝金\t備考\n"
            "字西沢\t12人\t150,000円\t前年より２人増。訪問配付\n")
    assert not any("字西沢" in g for g in highs(text))
