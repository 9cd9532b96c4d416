import pytest

from conftest import texts
from redactor.recognizers.birth_date import BirthDateRecognizer as R


@pytest.mark.parametrize("text, value", [
    ("山田 花子（昭和31年9月17日生）", "昭和31年9月17日生"),
    ("1986年11月30日生まれ", "1986年11月30日生まれ"),
    ("（S45.3.21生）", "S45.3.21生"),
    ("生年月日：平成元年2月3日", "平成元年2月3日"),
    ("令和２年１月５日生", "令和２年１月５日生"),
])
def test_birth_dates(text, value):
    assert texts(R, text) == [value]


@pytest.mark.parametrize("text", [
    "令和6年6月3日提出", "平成40年1月1日生", "昭和31年13月1日生", "会議は1986年11月30日に開いた",
])
def test_not_birth_dates(text):
    assert texts(R, text) == []
