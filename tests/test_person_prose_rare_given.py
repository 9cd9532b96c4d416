"""A surname fused with a given name no list holds, known by its form
(recognizers/_person_prose_rare_given.py). The given names are made up from
name kanji and are in none of the bundled lists."""
from redactor.recognizers._name_lexicon import is_given_name
from redactor.recognizers._person_prose_rare_given import name_kanji
from redactor.recognizers.person import PersonRecognizer


def _names(found, text):
    return [t for t, _ in found(PersonRecognizer, text, "PERSON")]


def test_the_made_up_given_names_are_in_no_list():
    for given in ("颯葉", "暖汰", "汐彦"):
        assert not is_given_name(given)


def test_name_kanji_sets_hold_opening_and_closing_characters():
    first, last = name_kanji()
    assert "陽" in first and "汰" in last
    assert "工" not in last and "駅" not in last


def test_surname_and_unlisted_given_name_in_prose(found):
    assert "田辺颯葉" in _names(found, "田辺颯葉は愛知県出身の俳優である。")
    assert "宮沢暖汰" in _names(found, "宮沢暖汰の長男として生まれる。")


def test_surname_before_a_word_is_no_name(found):
    names = _names(found, "宮沢工業は1960年に設立された。")
    assert "宮沢工業" not in names
    names = _names(found, "宮沢政権は翌年に退陣した。")
    assert "宮沢政権" not in names


def test_surname_before_a_place_suffix_is_no_name(found):
    assert not any(n.startswith("宮沢") and len(n) == 4 for n in _names(found, "宮沢汐町の公民館。"))


def test_run_going_on_past_two_kanji_is_no_name(found):
    # 田辺颯葉苑: a longer word (a facility), not a name of two kanji
    assert "田辺颯葉" not in _names(found, "田辺颯葉苑は1990年に開所した。")
