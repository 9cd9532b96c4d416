"""Officials whose title stands in the block around the name, not beside it
(``recognizers/_person_office_blocks.py``): a title line over names alone on
their lines, a title and a colon before a list of names, a members' roster
table under its heading. Each kind has a case that fires and a near miss
where a private party's block stays masked. Names and bodies are made up."""
from conftest import person_action
import pytest

_TITLE_OVER_NAMES = "出席者\n　教育委員\n　　　高畑　由美\n　　　荻原　修二\n　　　真壁　千春\n"


@pytest.mark.parametrize("name", ["高畑　由美", "荻原　修二", "真壁　千春"])
def test_every_name_under_a_title_line_is_named_in_office(name):
    assert person_action(_TITLE_OVER_NAMES, name) == "KEEP"


def test_names_under_a_title_with_the_first_name_beside_it():
    text = "◎出席者\n　委員長　坂巻 陽子\n　委員　　谷村 勝\n　　　　　吉岡 恵美\n　　　　　中垣 直樹\n"
    assert person_action(text, "中垣 直樹") == "KEEP"


def test_a_surname_with_an_iteration_mark_under_a_title_line():
    assert person_action("出席者\n　教育長\n　　　佐々野　啓介\n", "佐々野　啓介") == "KEEP"


def test_names_under_a_private_partys_heading_are_not_officials():
    # near miss: the title over the first block does not reach past 申請者
    text = "担当\n　山際 太一\n申請者\n　小暮 花江\n　大江 紀子\n"
    assert person_action(text, "山際 太一") == "KEEP"
    assert person_action(text, "大江 紀子") == "MASK"


def test_names_under_a_bare_attendance_heading_stay_for_review():
    # near miss: 出席者 alone names no office (residents attend meetings too)
    assert person_action("出席者\n　小暮 花江\n　大江 紀子\n", "大江 紀子") == "REVIEW"


def test_a_title_and_a_colon_before_a_list_of_names():
    text = "【出席者】\n委員：沢渡健太郎、梅沢早苗、杉山隆\n事務局：宇野聡美（福祉課長）\n"
    assert person_action(text, "梅沢早苗") == "KEEP"
    assert person_action(text, "杉山隆") == "KEEP"


def test_a_title_and_a_colon_before_a_sentence_is_a_speaker():
    # near miss: 委員：… opening a remark about a resident does not make the resident an official
    text = "○委員長（坂巻陽子君）\n委員：山際さんから苦情があったと聞いています。\n"
    assert person_action(text, "山際") != "KEEP"


def test_a_councils_members_roster_table():
    text = "北浜市介護保険運営協議会委員名簿\n氏名\t所属\n柏原 亮\t学識経験者\n新田 沙織\t公募委員\n"
    assert person_action(text, "新田 沙織") == "KEEP"


@pytest.mark.parametrize("heading", ["北町自治会役員名簿", "住宅改修助成金受給者一覧"])
def test_a_residents_roster_table_stays_masked(heading):
    # near miss: a residents' body's officers and a list of recipients are private persons
    text = f"{heading}\n氏名\t地区\n柏原 亮\t北町\n新田 沙織\t南町\n"
    assert person_action(text, "新田 沙織") in ("MASK", "REVIEW")
