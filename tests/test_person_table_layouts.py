"""PERSON in tables laid out as offices lay them out (issue 11): rule lines
drawn with + and -, a name split over 姓/名 columns, a heading naming a kind
of person, comma-separated rows, space-aligned rows read by position, one
field per line, honorifics and notes in a name cell, and a row's role read
from its own cells. Each rule has a case that fires and a near miss that
must not. All names, places and offices are made up."""
import pytest

from redactor.pipeline import Redactor
from redactor.recognizers._person_table import csv_as_tabs, header_cell_at, name_part


def findings(text, profile="default"):
    """PERSON findings as {text: (action, reason)}."""
    return {f.text: (f.action, f.reason) for f in Redactor(profile).check(text).findings if f.label == "PERSON"}


def masked(text, profile="default"):
    return {t for t, (a, _) in findings(text, profile).items() if a in ("MASK", "REVIEW")}


def from_table(text, name):
    """Whether ``name`` was found as a table cell (the table rule fired)."""
    return "欄の値" in findings(text).get(name, ("", ""))[1] or "行の次の行" in findings(text).get(name, ("", ""))[1]


# -- rule lines drawn with + - ー do not end the table ----------------------------------

def test_a_table_ruled_with_plus_and_minus_goes_on_past_its_rule_lines():
    text = ("+----+----------+------+\n| No | 氏名     | 年齢 |\n+----+----------+------+\n"
            "| 1  | 岬野 こはる | 88   |\n| 2  | 汐入 とめ | 79   |\n+----+----------+------+\n")
    assert from_table(text, "岬野 こはる") and from_table(text, "汐入 とめ")


def test_a_rule_line_without_a_name_heading_makes_no_table():
    text = "+----+--------+\n| No | 件名   |\n+----+--------+\n| 1  | 側溝清掃 |\n"
    assert not from_table(text, "側溝清掃")


# -- a name split over two columns ---------------------------------------------------------

def test_surname_and_given_name_columns_and_their_readings():
    text = "No.\t姓\t名\tセイ\tメイ\t地区\n1\t汐入\tとめ\tシオイリ\tトメ\t東谷\n"
    for part in ("汐入", "とめ", "シオイリ", "トメ"):
        assert from_table(text, part), part


def test_a_given_name_heading_alone_heads_no_name_column():
    # 名 without 姓 in the row: a column of something else
    assert not from_table("番号\t名\t数量\n1\t紅玉\t3\n", "紅玉")


# -- a heading naming a kind of person -------------------------------------------------------

def test_a_heading_naming_a_kind_of_person_heads_names():
    text = "番号\t奨学生\t学校名\t学年\n1\t岬野 こはる\t北浦見高校\t2年\n"
    assert from_table(text, "岬野 こはる")


def test_the_offices_own_people_and_businesses_are_not_such_a_heading():
    text = "番号\t受注者\t件名\n1\t北浦見設備\t側溝清掃\n"
    assert "北浦見設備" not in masked(text)


# -- comma-separated rows ------------------------------------------------------------------------

def test_comma_separated_rows_are_read_as_cells():
    text = '"No","氏名","地区","金額"\n1,岬野 こはる,東谷,"1,500,000"\n'
    assert from_table(text, "岬野 こはる")


def test_a_thousands_separator_is_no_cell_boundary():
    assert csv_as_tabs("1,岬野,1,500,000円") == "1\t岬野\t1,500,000円"
    # prose with 、 is no comma-separated row
    assert csv_as_tabs("費用は1,500,000円と2,000円、計2件") == "費用は1,500,000円と2,000円、計2件"


# -- space-aligned rows read by position ----------------------------------------------------------

ROSTER = ("令和7年度  北浦見三丁目自治会  役員名簿\n\n"
          "役職          氏名              班     電話\n"
          "会計          汐  とめ          1班    0266-27-8832\n"
          "書記          岬野  誠          3班    080-9921-0467\n")


def test_a_space_aligned_roster_with_the_post_first_and_wide_gaps_in_names():
    f = findings(ROSTER)
    assert from_table(ROSTER, "汐  とめ") and f["汐  とめ"][0] == "MASK"
    # 書記 is a post of the residents' body named in the caption: private, not an office
    assert f["岬野  誠"][0] == "MASK"


def test_the_same_post_without_a_residents_body_in_the_caption_is_not_made_private():
    text = ROSTER.replace("北浦見三丁目自治会  役員名簿", "職員名簿")
    # 書記 may be the council's clerk: the caption no longer says whose post it is
    assert findings(text)["岬野  誠"][0] != "MASK"


def test_a_form_label_with_a_name_of_unknown_words_is_no_header_row():
    assert header_cell_at("役職  氏名  班  電話\n", 6)
    assert not header_cell_at("申立人  鬼灯  蒼  住所\n", 0)


# -- one field per line ----------------------------------------------------------------------------

def test_a_name_on_the_line_after_its_label():
    text = "【１】\n氏　名\n岬野　こはる\n住所\n北浦見市東谷町1-2\n"
    assert from_table(text, "岬野　こはる")


def test_a_list_of_labels_one_per_line_names_nobody():
    assert masked("記入事項\n氏名\n住所\n電話\n") == set()


# -- what a name cell carries besides the name ---------------------------------------------------

def test_an_honorific_and_a_note_are_cut_from_a_name_cell():
    assert name_part("岬野 こはる 様(故人)") == "岬野 こはる"
    assert name_part("汐入 とめ 殿") == "汐入 とめ"
    # near miss: a name ending in a character an honorific also uses stays whole
    assert name_part("岬野 源氏丸") == "岬野 源氏丸"


# -- a row's role from its own cells ------------------------------------------------------------

def test_a_council_seat_under_the_affiliation_column_keeps_the_name():
    text = "番号\t氏名\t役職等\t功績\n1\t岬野 誠\t北浦見市議会議員\t在職20年\n2\t汐入 とめ\t緑町自治会長\t在任15年\n"
    f = findings(text)
    assert f["岬野 誠"][0] == "KEEP"
    assert f["汐入 とめ"][0] == "MASK"


def test_a_section_in_the_handling_column_says_nothing_of_the_person():
    text = "受付番号\t受付日\t請求者\t内容\t担当課\n6-10\t5月2日\t岬野 誠\t側溝清掃\t市民課\n"
    assert findings(text)["岬野 誠"][0] == "MASK"


# -- a name with its community post in brackets after it -------------------------------------

def test_a_community_post_in_brackets_after_a_name_makes_the_person_private():
    text = "説明のため出席した者\n　　汐入 常夫（下河原町内会長）、岬野 こはる（北町老人クラブ会長）\n"
    f = findings(text)
    assert f["汐入 常夫"][0] == "MASK" and f["岬野 こはる"][0] == "MASK"


def test_a_bracketed_post_after_a_word_that_is_no_name():
    assert "各地区" not in masked("会議には各地区（町内会長）が出席した。\n")


def test_a_givers_list_names_persons_but_not_the_anonymous_or_a_bank():
    text = ("寄附日\t寄附者\t所在地\t金額\n4月1日\t岬野　こはる\t市内\t10,000円\n"
            "5月2日\t匿名\t市内\t5,000円\n6月3日\t北浦見信用金庫\t市内\t50,000円\n")
    got = masked(text)
    assert "岬野　こはる" in got
    assert "匿名" not in got and "北浦見信用金庫" not in got


@pytest.mark.parametrize("given", ["直人", "優生", "和人"])
def test_a_given_name_ending_like_a_kind_of_person_is_no_heading(given):
    # 「氏　名　北浜　直人」 is a form's label and its value, not a heading row
    text = f"１　相手方\n　　住　所　北浜市緑町一丁目２番３号\n　　氏　名　鬼灯　{given}\n２　損害賠償の額\n"
    found = [f.text for f in Redactor().check(text).findings if f.label == "PERSON" and f.action == "MASK"]
    assert any(given in t for t in found), found


@pytest.mark.parametrize("text", [
    "　届出人　桑原雅人\n　電話　090-1111-2222\n",      # a spaced form line: no heading row
    "届出人\t桑原雅人\n電話\t090-1111-2222\n",           # a two-cell TAB row: a label and its value
])
def test_a_full_name_ending_like_a_kind_of_person_is_no_heading(text):
    found = [f.text for f in Redactor().check(text).findings if f.label == "PERSON" and f.action == "MASK"]
    assert "桑原雅人" in found, found
