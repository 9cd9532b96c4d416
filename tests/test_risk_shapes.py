"""The shapes the mosaic check and its harmless reasons both read (redactor/risk_shapes.py)."""
import re

import pytest

from redactor.risk_shapes import PRIVATE_SPEAKERS, SPEAKER_MARK, many_count


@pytest.mark.parametrize("text, many", [
    ("約３０人が参加した", True),
    ("約五十世帯が暮らす", True),
    ("120名の回答", True),
    ("子ども３人を育てる", False),  # one household's own count
    ("１名が入院した", False),
])
def test_a_count_of_many_is_about_a_number_or_two_digits(text: str, many: bool) -> None:
    assert (re.search(many_count("人|名|世帯"), text) is not None) is many


def test_a_bar_after_the_digits_keeps_a_household_out() -> None:
    rx = re.compile(many_count("人|名|世帯", after="(?!家族)"))
    assert rx.search("１２人家族") is None
    assert rx.search("１２人が参加") is not None


@pytest.mark.parametrize("line, private", [
    ("○公述人（山田太郎君）　私は", True),
    ("　◯参考人（佐藤花子君）", True),
    ("〇山田委員　私にも", False),
    ("公述人の意見", False),  # no speaker mark: not a turn
])
def test_a_private_person_given_the_floor_is_read_after_the_mark(line: str, private: bool) -> None:
    assert (re.match("%s(?:%s)" % (SPEAKER_MARK, PRIVATE_SPEAKERS), line) is not None) is private
