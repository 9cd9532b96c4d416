"""PERSON: a household's surname before 方 after an address."""
import pytest

from redactor import Redactor
from redactor.recognizers._person_named_as import find_named_as
from redactor.recognizers.person import PersonRecognizer


def _names(text: str) -> list[str]:
    rec = PersonRecognizer()
    return [text[r.start:r.end] for r in find_named_as(rec, text)]


@pytest.mark.parametrize("text, name", [
    ("送付先 北浜市本町一丁目2番3号 雲雀 方", "雲雀"),
    ("北浜市本町1-2-3 ハイツ北浜201号室 轟方", "轟"),
])
def test_a_name_the_address_or_the_sentence_says_is_one(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "当方で対応します。",                 # 方 with no address before it
    "先方に連絡した。",
    "１ 相手方\n 住所 北浜市",             # a list item's number, then a party's label
])
def test_no_name_is_stated(text):
    assert _names(text) == []


def test_the_care_of_surname_never_reaches_the_output():
    out = Redactor().redact("送付先は 北浜市本町1-2-3 ハイツ北浜201号室 轟方 です。").text
    assert "轟" not in out
