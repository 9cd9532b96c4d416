"""A kanji name fused before a person's title in prose
(recognizers/_person_prose_titled.py): found when the name lexicons split
the run into a surname and a given name; a body's name or an ordinary word
before the title is left alone. All names and bodies are made up."""
import pytest
from redactor.recognizers.person import PersonRecognizer


def _names(found, text):
    return [t for t, _ in found(PersonRecognizer, text, "PERSON")]


@pytest.mark.parametrize("text, name", [
    ("雲雀丘結衣選手が移籍した。", "雲雀丘結衣"),   # a rare surname the dictionary reads as a place
    ("警察は閑谷颯真容疑者を逮捕した。", "閑谷颯真"),
    ("同社の一ノ瀬颯社長は述べた。", "一ノ瀬颯"),
])
def test_a_name_fused_before_a_title(found, text, name):
    assert name in _names(found, text)


@pytest.mark.parametrize("text, word", [
    ("北浜商事社長は会見で述べた。", "北浜商事"),     # a company's ending
    ("北浜市長は会見で述べた。", "北浜市"),           # a municipality's
    ("北浜大学教授が講演した。", "北浜大学"),         # a university's
    ("雲雀丘結衣の記録が残る。", "雲雀丘結衣"),       # no title right after the run (…は歌手である is a definition: _person_prose_defined)
])
def test_no_name_before_a_title_without_a_split_or_with_a_bodys_ending(found, text, word):
    assert word not in _names(found, text)


@pytest.mark.parametrize("text, surname", [
    # minutes: staff named by a surname the dictionary reads as a word, and the title
    ("四十物課長から説明があった。", "四十物"),
    ("嘉納館長が出席した。", "嘉納"),
    # the section first, then the person
    ("総務課四十物主査が説明した。", "四十物"),
])
def test_surname_alone_before_a_title(found, text, surname):
    assert surname in _names(found, text)


@pytest.mark.parametrize("text, word", [
    ("総務課長から説明があった。", "総務"),       # a section, no surname of the lexicons
    ("森林課長が説明した。", "森林"),             # a section's word the lexicons also hold as a surname
    ("大村知事が発表した。", "大村"),             # a place before the head of a place
])
def test_no_surname_before_a_title(found, text, word):
    assert word not in _names(found, text)
