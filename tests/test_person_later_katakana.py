"""Later mentions of a foreign name in katakana by its last part, the family
name (recognizers/_person_document.py, ``_later_mentions``). Names are made up."""
import pytest

from redactor.recognizers.person import PersonRecognizer


def _names(found, text):
    return [t for t, _ in found(PersonRecognizer, text, "PERSON")]


@pytest.mark.parametrize("text, mention", [
    ("申立人のエマ・ハートリーさんから相談があった。その後、ハートリーは市の窓口を再び訪れた。", "ハートリー"),
    ("ジャン＝リュック・モローが来日し、モローの講演会が開かれた。", "モロー"),
    # ヤング alone is an ordinary word to the dictionary: found only as the family name named before
    ("相談者のリサ・ヤングさんの件で、ヤングの家族から連絡があった。", "ヤング"),
])
def test_family_name_of_a_katakana_full_name_is_found_again(found, text, mention):
    names = _names(found, text)
    assert mention in names


@pytest.mark.parametrize("text, mention", [
    # tagged by the dictionary with no role of its own: the role of the full name named before
    ("申立人のエマ・ハートリーさんから相談があった。その後、ハートリーは市の窓口を再び訪れた。", "ハートリー"),
    # not tagged: found as the family name named before, with that person's role
    ("相談者のリサ・ヤングさんの件で、ヤングの家族から連絡があった。", "ヤング"),
])
def test_later_mention_of_a_resident_is_masked(person_action, text, mention):
    assert person_action(text, mention, 1) == "MASK"


@pytest.mark.parametrize("text, word", [
    # the same word as part of another joined name, or as a company's name
    ("エマ・ハートリーさんはハートリー・ブラザーズに勤めている。", "ハートリー・ブラザーズ"),
    ("エマ・ハートリーさんはハートリー社の社員である。", "ハートリー社"),
    # a model named after the person (ハートリーP2 型)
    ("エマ・ハートリーさんが設計したハートリーP2型の整備を委託した。", "ハートリーP2"),
])
def test_the_family_name_inside_a_company_name_is_no_mention(found, text, word):
    start = text.index(word)
    found_here = [t for t, _ in found(PersonRecognizer, text, "PERSON") if t == "ハートリー"]
    # the full name's own part is not a separate finding, and the company's is not found
    assert not found_here, (text[start:], found_here)


def test_a_longer_katakana_word_is_no_mention(found):
    # ハートリーズ: the family name is the head of a longer katakana word
    assert "ハートリー" not in _names(found, "エマ・ハートリーさんがハートリーズの店長である。")
