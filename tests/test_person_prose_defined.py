"""A name that its sentence defines by an occupation
(recognizers/_person_prose_defined.py). Names and sentences are made up."""
import pytest

from redactor.recognizers.person import PersonRecognizer


def _names(found, text):
    return [t for t, _ in found(PersonRecognizer, text, "PERSON")]


@pytest.mark.parametrize("text, name", [
    # a rare name read as ordinary words, defined by what the person does
    ("鬼灯蒼は市内の工務店に勤める大工である。", "鬼灯蒼"),
    ("なお、鬼灯蒼は市内で果樹園を営む農家である。", "鬼灯蒼"),
    # an encyclopedic lead sentence, occupations listed with 、
    ("栗花落澄は、日本の歴史学者、翻訳家。", "栗花落澄"),
    ("五月女夕凪は、北海道出身の陶芸家です。", "五月女夕凪"),
    # minutes: a witness introduced by the committee
    ("参考人の説明に先立ち申し上げます。\n鬼灯蒼は、本件の工事を請け負った事業者の技術者であります。", "鬼灯蒼"),
])
def test_subject_defined_by_an_occupation(found, text, name):
    assert name in _names(found, text)


@pytest.mark.parametrize("text, word", [
    ("現在は市内のスポーツクラブのコーチ。", "現在"),        # one ordinary word
    ("最終学歴は専門学校で、職業は大工である。", "最終学歴"),  # not closed by an occupation
    ("同氏は元教師である。", "同氏"),                        # a pronoun
    ("会長は元教師。", "会長"),                              # a title word
    ("担当は市内の保育士である。", "担当"),                  # one ordinary word
    ("相談者は、市内の介護施設に勤める介護福祉士である。", "相談者"),
])
def test_no_name_in_the_subject(found, text, word):
    assert not any(word in n for n in _names(found, text))


def test_subject_inside_a_longer_phrase_is_not_read(found):
    # 市の鬼灯蒼は: the subject opens after の, so it is no sentence's subject standing alone
    assert "市の鬼灯蒼" not in _names(found, "市の鬼灯蒼は大工である。")


def test_occupation_not_at_the_end_is_no_definition(found):
    # the predicate goes on past the job word: the sentence does not define 鬼灯蒼 by it
    assert "鬼灯蒼" not in _names(found, "鬼灯蒼は大工道具の名前である。")


def test_ordinary_words_that_no_lexicon_splits_are_no_name(found):
    # 最終|学年, two ordinary words that no surname and given name read: a noun phrase
    assert "最終学年" not in _names(found, "最終学年は市内の保育士である。")


def test_honorific_is_not_part_of_the_subject(found):
    # 苗代さんは…農家である: the name is found with its honorific as context, never with it
    names = _names(found, "苗代さんは市内で米を作る農家である。")
    assert "苗代さん" not in names


def test_generation_before_a_handed_down_name_is_not_part_of_it(found):
    # 七代目鬼灯蒼: the generation is the subject's, the name is what follows it
    names = _names(found, "七代目鬼灯蒼は市内の宮大工である。")
    assert "鬼灯蒼" in names and "七代目鬼灯蒼" not in names
