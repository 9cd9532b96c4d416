"""Positive evidence for KEEP read from a document's structure (issue 11,
point 2): the capacity an auditor's assistant is appointed in, a staff label
before a unit of the office after an item's number, a record's own staff
fields, a personnel list, an office title told right before a name. Each
positive case sits beside the same structure holding a private person, which
must stay MASK or REVIEW."""
from __future__ import annotations

import pytest

from conftest import person_action

# -- an auditor's appointed assistants (地方自治法 第252条の32) ----------------


@pytest.mark.parametrize(("text", "name"), [
    ("２　補助者　　公認会計士　北野　沙織、弁護士　真壁　大輔\n", "北野　沙織"),
    ("２　補助者　　公認会計士　北野　沙織、弁護士　真壁　大輔\n", "真壁　大輔"),
    ("監査補助者　情報処理安全確保支援士　真壁　大輔\n", "真壁　大輔"),
])
def test_an_auditors_assistant_named_with_a_profession_is_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize(("text", "name"), [
    ("２　補助者　　北野　沙織\n", "北野　沙織"),                       # no profession: no capacity told
    ("成年後見人　司法書士　北野　沙織、申立人　真壁　大輔\n", "真壁　大輔"),  # a party after the list
])
def test_the_same_list_without_the_evidence_is_not_kept(text: str, name: str) -> None:
    assert person_action(text, name) in ("MASK", "REVIEW")


# -- a staff label, then a unit of the office, after an item's number ---------


@pytest.mark.parametrize(("text", "name"), [
    ("（４）監査人　　情報管理課　北野　沙織、真壁　大輔\n", "北野　沙織"),
    ("３　調査員　資産税課　真壁　大輔\n", "真壁　大輔"),
    ("２．担当　道路維持課　北野　沙織\n", "北野　沙織"),
])
def test_a_numbered_staff_label_before_a_unit_names_staff(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize("text", [
    "３　調査員　北野　沙織\n",                 # no unit of the office
    "３　申請者　資産税課　北野　沙織\n",        # a party's field, whatever follows
])
def test_a_numbered_label_without_a_staff_unit_is_not_kept(text: str) -> None:
    assert person_action(text, "北野　沙織") in ("MASK", "REVIEW")


# -- a record's own staff fields ------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("電話相談票\n受付：江口　記録：梶田　決裁：浜中部長\n", "江口"),
    ("電話相談票\n受付：江口　記録：梶田　決裁：浜中部長\n", "梶田"),
    ("起案用紙\n起案者　　道路課　梶田　光太郎\n", "梶田　光太郎"),
    ("（記録担当　議会事務局　梶田 光太郎）\n", "梶田 光太郎"),
    ("相談受付票\n受付日　６月３日\n受付者　江口　　記録者　保護課　梶田\n", "江口"),
])
def test_a_name_in_a_records_staff_field_is_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize(("text", "name"), [
    ("相談受付票\n受付日　６月３日\n受付者　江口\n相談者　梶田　光太郎\n", "梶田　光太郎"),  # the party's field
    ("面接記録　梶田　光太郎\n", "梶田　光太郎"),                # a record about a resident, not its field
    ("記録：梶田　光太郎（相談者）\n", "梶田　光太郎"),         # the note names a party
    ("申請者：梶田　光太郎\n", "梶田　光太郎"),
    ("受付者　江口\n", "江口"),                                 # no office on the line (a company has one too)
    ("株式会社みなと商会　受付：江口　記録：梶田\n", "江口"),      # a company's record
])
def test_the_same_fields_holding_a_private_person_are_not_kept(text: str, name: str) -> None:
    assert person_action(text, name) in ("MASK", "REVIEW")


# -- a personnel list's post cell ------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("（退職）令和６年３月３１日付け\n　江口　直人　　市民生活部長　　（定年）\n", "江口　直人"),
    ("人事異動（４月１日付け）\n　梶田　光太郎　　都市整備部次長\n", "梶田　光太郎"),
])
def test_a_name_beside_a_post_in_a_personnel_list_is_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize("text", [
    "応募者一覧\n　江口　直人　　営業部長\n",                     # no personnel heading: a company's post
    "（退職者）\n　江口　直人　　会社員\n",                       # no post of the office
    "人事異動\n　江口　直人　　株式会社北浜物産営業部長\n",       # a company's post under the heading
])
def test_a_private_person_in_a_list_is_not_kept(text: str) -> None:
    assert person_action(text, "江口　直人") in ("MASK", "REVIEW")


# -- an office title told before its holder in a sentence ------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("新設の地域交通推進室の初代室長は江口　直人（企画課主幹から昇任）とする。\n", "江口　直人"),
    ("後任の資産税課長には梶田　光太郎を充てる。\n", "梶田　光太郎"),
    ("第２投票所の投票管理者は江口　直人、梶田　光太郎の両氏とします。\n", "梶田　光太郎"),
])
def test_a_name_a_sentence_gives_an_office_is_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize(("text", "name"), [
    ("福祉課長は江口　直人に経緯を説明した。\n", "江口　直人"),          # someone the holder spoke to
    ("北町自治会の防犯部長は江口　直人です。\n", "江口　直人"),          # a residents' body's post
    ("株式会社北浜建設の工事課長は梶田　光太郎である。\n", "梶田　光太郎"),  # a company's post
    ("申請者は江口　直人である。\n", "江口　直人"),
])
def test_the_same_sentence_about_a_private_person_is_not_kept(text: str, name: str) -> None:
    assert person_action(text, name) in ("MASK", "REVIEW")


# -- an office title opening the cell of a 氏名 column -----------------------------

_CONTACTS = ("非常時連絡体制\n"
             "　役割　　　　　　　　氏名　　　　　　　　　　連絡先\n"
             "　統括責任者　　　　　防災安全課長　岩瀬　典子　　0299-11-2233（内線410）\n"
             "　連絡担当　　　　　　主査　的場　洋平　　　　　　0299-11-2233（内線412）\n"
             "　保守業者　　　　　　株式会社北浜電設　主任　岡　茂樹　　0299-44-5566\n")


@pytest.mark.parametrize("name", ["岩瀬　典子", "的場　洋平"])
def test_an_office_title_opening_a_name_cell_keeps_its_holder(name: str) -> None:
    assert person_action(_CONTACTS, name) == "KEEP"


def test_the_title_is_no_part_of_the_name_found() -> None:
    from conftest import _redactor  # the pipeline the other helpers use
    persons = [f.text for f in _redactor().check(_CONTACTS).findings if f.label == "PERSON"]
    assert "岩瀬　典子" in persons and not any("課長" in p for p in persons)


def test_the_same_title_on_a_companys_row_is_not_kept() -> None:
    assert person_action(_CONTACTS, "岡　茂樹") in ("MASK", "REVIEW")


# -- the secretariat's line of an attendance list; posts the municipality appoints --

_ATTENDANCE = ("３　出席者\n"
               "　　南浜警察署　地域課　大森巡査部長\n"
               "　　ＪＡ南浜支店、南浜郵便局\n"
               "　　（事務局）村保健福祉課長　三浦　早苗、同主事　片桐　陸\n")


def test_the_secretariats_line_under_agencies_names_the_office_staff() -> None:
    assert person_action(_ATTENDANCE, "三浦　早苗") == "KEEP"


def test_a_staff_title_under_a_companys_line_stays_the_companys() -> None:
    assert person_action("北辰設備株式会社\n　技術部長　三浦　早苗\n", "三浦　早苗") in ("MASK", "REVIEW")


@pytest.mark.parametrize(("text", "name"), [
    ("第２合議体（合議体長　片桐　陸）で二次判定を行った。\n", "片桐　陸"),
    ("見回りには地域おこし協力隊の片桐　陸が加わっている。\n", "片桐　陸"),
])
def test_posts_the_municipality_appoints_are_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize("text", [
    "申込先：北浜第二町内会長　片桐　陸\n",       # a community post stays a private person's
    "第２分団長　片桐　陸（消防団）\n",
])
def test_community_posts_are_not_kept(text: str) -> None:
    assert person_action(text, "片桐　陸") in ("MASK", "REVIEW")


# -- a given name ending in a family word is no family word ------------------------


def test_a_previous_items_given_name_is_not_read_as_husband() -> None:
    text = "４．出席した推進委員\n　　百瀬　和夫（東地区）　六車　幸恵（西地区）\n"
    assert person_action(text, "六車　幸恵") == "REVIEW"  # was MASK: 和夫 read as 夫 (husband)


def test_the_family_word_standing_alone_still_makes_a_private_person() -> None:
    assert person_action("世帯員　夫（同居）　六車　一郎\n", "六車　一郎") == "MASK"


@pytest.mark.parametrize("text, name", [
    # a club's heads told before their names: a bare 部長 names the head of the body the sentence
    # is about, and no unit of the office is named
    ("野球部の部長は森田 翔、副部長は小池 玲とする。", "森田 翔"),
    ("野球部の部長は森田 翔、副部長は小池 玲とする。", "小池 玲"),
    # a title before the name and a comma after it, with no word that says the post is held
    ("会議では、課長は森田 翔、あとは住民が出席した。", "森田 翔"),
    # a record's field with a room on its line, not a unit of the office
    ("受付：森田 花子　面談場所：相談室", "森田 花子"),
    ("受付：森田 花子　場所：第２会議室", "森田 花子"),
])
def test_titles_before_and_record_fields_need_the_office(person_action, text: str, name: str) -> None:
    assert person_action(text, name) != "KEEP"


@pytest.mark.parametrize("text, name", [
    ("総務課の課長は森田 翔とする。", "森田 翔"),
    ("受付：森田 花子　福祉課", "森田 花子"),
])
def test_titles_before_and_record_fields_with_the_office_are_kept(person_action, text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


def test_a_post_opening_a_name_cell_of_a_residents_roster_is_no_office(person_action) -> None:
    text = ("緑町自治会　役員名簿\n役職\t氏名\t住所\n会長\t防犯部長 森田 太郎\t緑町1-2-3\n"
            "\t所長 小池 玲\t緑町2-3-4\n")
    assert person_action(text, "森田 太郎") == "MASK"
    assert person_action(text, "小池 玲") == "MASK"
