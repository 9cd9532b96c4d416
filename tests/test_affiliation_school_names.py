"""AFFILIATION: a school's founder before a name in kana, a school shortened
before the grade and a class lettered (made-up text), beside a period and
the schools of a whole town."""
import pytest

from conftest import texts
from redactor.recognizers.affiliation import AffiliationRecognizer


@pytest.mark.parametrize("text, value", [
    ("長女は村立つくし保育園に通っている。", "村立つくし保育園"),
    ("児童はわかば市立さくら小学校の４年生。", "わかば市立さくら小学校"),
    ("氏名　川口 陽向　東浜中１年　男", "東浜中１年"),
    ("該当生徒　３年Ｃ組　女子", "３年Ｃ組"),
])
def test_a_school_as_its_sign_or_a_record_writes_it(text, value):
    assert value in texts(AffiliationRecognizer, text)


@pytest.mark.parametrize("text", [
    "期間中2年間は工事を続ける。",
    "町内小６年の全児童を対象とする。",
])
def test_a_period_or_the_whole_towns_schools_is_no_school(text):
    assert not [t for t in texts(AffiliationRecognizer, text) if "小" in t or "中" in t]


def test_a_founder_needs_a_name_before_it_not_any_kana():
    assert texts(AffiliationRecognizer, "子どもは市立ひばり小学校に通う。") == ["市立ひばり小学校"]


@pytest.mark.parametrize("text", ["在職中3年の職員", "治療中2年になる", "入院中3年目"])
def test_a_state_ending_in_naka_is_no_school(text):
    assert texts(AffiliationRecognizer, text) == []
