"""A surname and a given name set apart by one space inside a sentence are a name even with no
honorific or role word (recognizers/_person_spaced_pair.py). Made-up names."""
import pytest

from redactor import Redactor

_R = Redactor()


def _persons(text):
    return {text[f.start:f.end]: f.action for f in _R.check(text).findings if f.label == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("申出の内容は、南　真理が所有する土地の境界に関するものである。", "南　真理"),
    ("同日、西　真理から電話で苦情があった。", "西　真理"),
    ("南　誠は当日欠席した。", "南　誠"),
])
def test_a_spaced_surname_and_given_name_in_a_sentence_is_a_name(text, name):
    assert _persons(text).get(name) in ("MASK", "REVIEW"), _persons(text)


@pytest.mark.parametrize("text", [
    "北浜　市長が出席した。",      # a title after the space
    "会場は東　町の公民館である。",   # a unit of local government
    "第１章　総則について説明した。",  # no name of the lexicons
])
def test_two_words_a_writer_set_apart_are_no_name(text):
    assert not [n for n, a in _persons(text).items() if a != "KEEP"], _persons(text)
