"""AGE: an elder's age said without 歳, as speech gives it (made-up text),
beside a count of people written the same way."""
import pytest

from conftest import found
from redactor.recognizers.age import AgeRecognizer


@pytest.mark.parametrize("text, value, years", [
    ("八十過ぎのおばあさんが一人で住んでいる。", "八十過ぎ", 80),
    ("もう九十近いご主人を奥さんが介護している。", "九十近い", 89),
    ("七十を超えた男性が運転していた。", "七十", 70),
    ("九十一になる方ですが、夜中に家を出られた。", "九十一", 91),
])
def test_an_elders_age_said_without_sai(text, value, years):
    ages = {t: a["years"] for t, a in found(AgeRecognizer, text)}
    assert ages.get(value) == years


@pytest.mark.parametrize("text", [
    "八十近くの方が説明会に参加した。",      # some eighty people
    "百を超える人が集まった。",
    "五十近くの世帯が対象となる。",
])
def test_a_count_of_people_is_no_age(text):
    assert not found(AgeRecognizer, text)
