"""A surname standing alone in prose, known from its clause
(recognizers/_person_prose_clause.py): each rule once where it fires and once
on a near miss it must leave alone. The surnames are common ones the
dictionary reads as a place or a proper noun that is no name; the sentences
are made up."""
from redactor.recognizers._person_prose_clause import _credit_before
from redactor.recognizers.person import PersonRecognizer


def _names(found, text):
    return [t for t, _ in found(PersonRecognizer, text, "PERSON")]


def test_subject_of_a_life_event(found):
    assert "安田" in _names(found, "安田は同年に現役を引退した。")


def test_subject_without_a_life_event_is_no_name(found):
    # a company or a place does this as well: no evidence of a person
    assert "安田" not in _names(found, "安田は同年に新工場を建てた。")


def test_taking_up_a_post_is_a_life_event_here(found):
    assert "越智" in _names(found, "その後、越智が第三代の理事長に就任した。")


def test_partner_of_a_persons_act(found):
    assert "津田" in _names(found, "交響曲は津田の指揮で初演された。")
    assert "大坂" in _names(found, "翌年、大坂と結婚した。")


def test_partner_word_that_goes_on_into_a_longer_word_is_no_evidence(found):
    # 指揮者: the word after の is not 指揮 but a longer word
    assert "津田" not in _names(found, "津田の町並みは古い。")
    assert "津田" not in _names(found, "津田の指揮所跡が残る。")


def test_value_of_a_credit(found):
    assert "大坂" in _names(found, "主演は大坂。")
    assert "越智" in _names(found, "当時の社長は越智であった。")


def test_value_after_a_word_that_is_no_credit(found):
    assert "大坂" not in _names(found, "本社は大坂。")


def test_credit_role_ending_a_longer_word_is_not_the_role():
    text = "子会社社長は"
    assert _credit_before(text, len(text)) is None
    text = "当時の社長は"
    assert _credit_before(text, len(text)) == "社長"


def test_place_word_after_the_surname_vetoes(found):
    # 越智郡: a district, whatever happens in the sentence
    assert "越智" not in _names(found, "越智郡は1897年に生まれた。")


def test_surname_read_as_an_ordinary_word_opening_a_clause(found):
    assert "岩川" in _names(found, "岩川は翌年に渡米した。")


def test_ordinary_word_inside_a_phrase_is_no_name(found):
    # modified by the word before it (森の…): a phrase, not a person
    assert not any("小川" in n for n in _names(found, "森の小川は澄んでいる。"))


def test_katakana_given_name_before_a_surname_read_as_a_word(found):
    names = _names(found, "ジョセフ岩川が司会を務めた。")
    assert "ジョセフ岩川" in names


def test_katakana_given_name_before_a_word_that_is_no_surname(found):
    assert "ジョセフ工業" not in _names(found, "ジョセフ工業が司会を務めた。")


def test_value_of_a_name_only_a_person_bears(found):
    assert "竹若丸" in _names(found, "幼名は竹若丸。")
    assert "岩川" in _names(found, "柳沢花子（旧姓：岩川）は歌手である。")


def test_value_of_a_name_a_thing_bears_too_is_not_taken(found):
    # 書名: a book's title, not a person's name
    assert "竹若丸" not in _names(found, "書名は竹若丸。")


def test_field_word_ending_a_longer_word_is_no_field(found):
    # 同幼名: the field word is the end of a longer word here
    assert "竹若丸" not in _names(found, "同幼名は竹若丸。")
