"""A name that acts in a time-stamped log entry right after a unit of the
office is its staff member, and so is the same name opening a later entry;
a room that is no unit, a party word, a bare entry with no unit anywhere and
a unit outside a log entry are no evidence."""
from __future__ import annotations

import pytest

from conftest import person_action

_LOG = "【対応記録】\n4/10 9:30 市民課 北浜：窓口で相談受付\n4/11 14:00 北浜：本人へ電話、不在\n"


@pytest.mark.parametrize("nth", [0, 1])
def test_the_actor_of_a_log_entry_after_a_unit_is_staff(nth: int) -> None:
    assert person_action(_LOG, "北浜", nth) == "KEEP"


def test_a_time_then_a_unit_then_a_subject_particle() -> None:
    text = "10:15　情報政策課　北浜が不審な通信を検知した。\n10:30　北浜がネットワークを遮断した。\n"
    assert person_action(text, "北浜", 1) == "KEEP"


@pytest.mark.parametrize("text", [
    "4/10 9:30 料理教室 北浜：窓口で相談受付",   # 教室 is no unit of the office
    "4/10 9:30 相談者 北浜：窓口に来所",          # a party word
    "4/11 14:00 北浜：本人へ電話、不在",          # no unit anywhere in the log
    "説明者：福祉課　北浜",                       # a unit, but no log entry
])
def test_no_unit_in_a_log_entry_no_keep(text: str) -> None:
    assert person_action(text, "北浜") != "KEEP"
