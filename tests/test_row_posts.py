"""A name whose row gives the person's post in the municipality (a council
member's or a staff member's cell beside it), and a list of people each
after a unit of the office, are kept; a handler named in the post cell, a
unit alone, a community post, a party's row and a list of districts or
classes are not."""
from __future__ import annotations

import pytest

from conftest import person_action

_AWARDS = ("表彰者一覧\n"
           "｜区分　　｜氏名　　　　　　　｜役職等　　　　　　　｜功績\n"
           "｜自治功労｜瀬古 敏夫 殿　　　｜北杜台市議会議員　　｜在職20年\n"
           "｜消防功労｜石嶺 正 殿　　　　｜北杜台市消防団 第3分団長｜団員歴25年\n"
           "｜職員表彰｜柳沼 誠　　　　　｜市民課 主査（勤続30年）｜\n")


@pytest.mark.parametrize("name", ["瀬古 敏夫", "柳沼 誠"])
def test_a_name_beside_its_post_in_the_municipality_is_kept(name: str) -> None:
    assert person_action(_AWARDS, name) == "KEEP"


def test_a_community_post_beside_a_name_is_no_officials() -> None:
    assert person_action(_AWARDS, "石嶺 正") != "KEEP"


def test_a_staff_member_beside_the_post_column_of_an_attendance_list_is_kept() -> None:
    text = "出席者\n　名前　　　　　　所属・役職\n　堀米美香　　　　長寿介護課 保健師\n"
    assert person_action(text, "堀米美香") == "KEEP"


@pytest.mark.parametrize("text", [
    "｜瀬古 花子 様｜福祉課 主査 鈴木｜\n",
    # (under 担当課 the unit is the one handling the person's case, not theirs; under
    # 所属 it is the person's own unit, which makes them staff: test_person_table_layouts)
    "相談記録\n　名前　　　　　　担当課\n　瀬古　花子　　　福祉課\n",
    "　相談者　瀬古　花子　　福祉課 主査\n",
    "出席者\n　名前　　　　　　所属・役職\n　瀬古花子　　　　南部地域包括支援センター 社会福祉士（市委託）\n",
])
def test_a_residents_row_is_not_kept(text: str) -> None:
    assert person_action(text, "瀬古") != "KEEP"


def test_a_list_of_staff_each_after_a_unit_is_kept() -> None:
    text = "永年勤続職員\n　総務課 岩城一郎、税務課 松浦遼、以上2名。\n"
    assert person_action(text, "松浦遼") == "KEEP"


@pytest.mark.parametrize("text", [
    "　北部 岩城一郎、南部 松浦遼の両名が出席した。\n",
    "　書道教室 岩城一郎、茶道教室 松浦遼が講師を務めた。\n",
])
def test_a_list_of_districts_or_classes_is_no_staff_list(text: str) -> None:
    assert person_action(text, "松浦遼") != "KEEP"


def test_the_first_staff_member_of_an_unindented_list_line_is_kept_too() -> None:
    text = "永年勤続職員\n総務課 岩城一郎、税務課 松浦遼、以上2名。\n"
    assert person_action(text, "岩城一郎") == "KEEP"


@pytest.mark.parametrize("name", ["岩城一郎", "松浦遼"])
def test_rooms_of_a_building_listed_before_names_are_no_units(name: str) -> None:
    text = "面談の割当て\n第一会議室 岩城一郎、研修室 松浦遼、応接室 瀬古花子\n"
    assert person_action(text, name) != "KEEP"
