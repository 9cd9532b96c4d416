"""A name alone in a TAB table cell under a staff field's column header
(対応者, 担当者, 受付者) is the office's staff member, kept; a party's column,
a name with an honorific, a header across a blank line or a table of another
width is not evidence."""
from __future__ import annotations

import pytest

from conftest import person_action

from redactor.finding import Finding
from redactor.staff_columns import mark_staff_columns

_LOG = "日時\t対応者\t内容\n10月5日\t山本\t電話で相談を受けた。\n10月6日\t佐々木\t訪問した。\n"


@pytest.mark.parametrize("name", ["山本", "佐々木"])
def test_a_name_under_a_staff_column_is_kept(name: str) -> None:
    assert person_action(_LOG, name) == "KEEP"


def test_a_full_name_under_a_staff_column_beside_a_party_column() -> None:
    text = "日時\t担当者\t相談者\t内容\n10月5日\t高田　美香\t山本　一郎\t電話で相談を受けた。\n"
    assert person_action(text, "高田　美香") == "KEEP"
    assert person_action(text, "山本　一郎") == "MASK"


@pytest.mark.parametrize("text", [
    "日時\t相談者\t内容\n10月5日\t山本\t電話で相談を受けた。\n",      # a party's column
    "日時\t対応者\t内容\n10月5日\t山本様\t電話で相談を受けた。\n",    # a name with an honorific
])
def test_no_staff_column_no_keep(text: str) -> None:
    assert person_action(text, "山本") != "KEEP"


def _person(text: str, name: str) -> Finding:
    start = text.rindex(name)
    return Finding("PERSON", start, start + len(name), name, 0.8, "t", reason="姓",
                   attributes={"role": "unclear", "role_source": "none"})


@pytest.mark.parametrize("text", [
    "日時\t対応者\t内容\n\n10月5日\t山本\t電話で相談を受けた。\n",     # a blank line ends the table
    "日時\t対応者\n10月5日\t内容\t山本\n",                            # another width, another column
    "対応者\n山本\n",                                                  # no table at all
])
def test_the_header_must_head_the_same_column_of_the_same_table(text: str) -> None:
    f = _person(text, "山本")
    mark_staff_columns(text, [f])
    assert f.attributes["role"] == "unclear"


def test_a_mention_with_a_role_of_its_own_keeps_it() -> None:
    text = "日時\t対応者\t内容\n10月5日\t山本\t電話\n"
    f = _person(text, "山本")
    f.attributes = {"role": "private", "role_source": "role_before", "role_word": "相談者"}
    mark_staff_columns(text, [f])
    assert f.attributes["role"] == "private"


def test_a_unit_before_the_name_in_a_staff_cell() -> None:
    text = "時刻\t内容\t対応者\n10:15\t不審な通信を検知\t情報政策課 北浜\n10:30\tネットワークを遮断\t北浜\n"
    assert person_action(text, "北浜", 0) == "KEEP"


_ROOM_LOG = ("日時\t入室者\t所属\t用務\n5月1日 10:00\t北浜 一郎\t情報政策課\t保守立会い\n"
             "5月1日 13:00\t南浦 誠\t株式会社ミドリ情報\t定期保守\n")


def test_a_row_whose_affiliation_is_a_unit_of_the_office_names_staff() -> None:
    assert person_action(_ROOM_LOG, "北浜 一郎") == "KEEP"


def test_a_row_whose_affiliation_is_a_company_stays_for_review() -> None:
    assert person_action(_ROOM_LOG, "南浦 誠") != "KEEP"


@pytest.mark.parametrize("text, name", [
    ("氏名\t所属\t備考\n北浜 一郎\t本町町内会\t会長\n", "北浜 一郎"),      # a residents' association
    ("氏名\t所属\t備考\n南浦 誠\t料理教室\t講師\n", "南浦 誠"),          # 教室 is no unit
    ("時刻\t内容\t対応者\n10:15\t苦情を受けた\t相談者 北浜\n", "北浜"),   # a party word, not a unit
])
def test_no_unit_of_the_office_in_the_row_no_keep(text: str, name: str) -> None:
    assert person_action(text, name) != "KEEP"
