"""PHONE: the Japanese numbering plan, extensions, and whose line it is."""
import pytest

from conftest import found, texts
from redactor.recognizers.phone import PhoneRecognizer as R


@pytest.mark.parametrize("text, number, kind", [
    ("問い合わせ先 市民課 電話 0463-55-2101（内線2215）", "0463-55-2101（内線2215）", "office"),
    ("総務課　０４２－５８３－２１１１（内線２４５）", "０４２－５８３－２１１１（内線２４５）", "office"),
    ("自宅の電話は03-3456-7890です。", "03-3456-7890", "private"),
    ("携帯 090-1234-5678 に連絡", "090-1234-5678", "private"),
    ("連絡先は06(6123)4567で", "06(6123)4567", "private"),
    ("番号06(6123)4567を", "06(6123)4567", "unknown"),
    ("(0463)22-8870", "(0463)22-8870", "unknown"),
    ("内線3142までご連絡ください", "内線3142", "office"),
])
def test_numbers_and_kind(text, number, kind):
    assert (number, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "受付番号 0123456789",            # 10 digits with no phone word
    "090-1234-567",                   # a mobile needs 11 digits
    "03-1234-56789-1",                # part of a longer number
    "令和6年5月14日",
])
def test_not_phone_numbers(text):
    assert found(R, text) == []


def test_a_number_marked_as_the_switchboard_is_an_office_line():
    (hit,) = found(R, "電話：042-555-8111（代表）")
    assert hit[1]["kind"] == "office"


@pytest.mark.parametrize("text", [
    "電話 090−1234−5678",        # minus sign (U+2212), as typeset documents write it
    "電話 ０９０‐１２３４‐５６７８",  # hyphen (U+2010)
    "電話 090ー1234ー5678",        # the prolonged-sound mark typed for a hyphen
])
def test_numbers_written_with_other_dashes(text):
    assert texts(R, text) == [text[3:]]


def test_the_context_word_nearest_the_number_decides_whose_line_it_is():
    line = "福祉課　電話042-555-8111　相談者　山田花子　電話042-555-9876"
    assert [a["kind"] for _, a in found(R, line)] == ["office", "private"]  # the resident's was kept
    assert [a["kind"] for _, a in found(R, "利用者支援課　042-555-8113")] == ["office"]
    assert [a["kind"] for _, a in found(R, "総務課から相手方の自宅（042-555-1234）に電話した。")] == ["private"]
    # a word for the line's kind is not its owner
    assert [a["kind"] for _, a in found(R, "相談者の電話番号 042-555-1234")] == ["private"]
