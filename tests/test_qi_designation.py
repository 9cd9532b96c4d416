"""A kin word that designates the person just described (made-up text):
``６０代のご夫婦が``, ``ひとり親のお母さんで`` name who the subject is; the
word counts in the judgement, but only the words describing the person are
raised for review. A kin word with an owner (相談者のお母さん) is a relative
and is raised as before."""
import pytest

from redactor.pipeline import Redactor
from redactor.recognizers._not_subject import designation


def _family_actions(text):
    result = Redactor().check(text)
    return {f.text: f.action for f in result.findings if f.label == "FAMILY"}, \
        [s for s in result.risk if s.level == "high"]


@pytest.mark.parametrize("text, word", [
    ("相談に来られた方は、外国籍のひとり親のお母さんで、１歳の双子を育てながら、駅前の工場で夜勤をしておられます。", "お母さん"),
    ("近所の北原町字上野でりんご農家をしている60代のご夫婦が、借金があると話しておりました。", "ご夫婦"),
    ("北原町字上野で双子を育てているお母さんが、駅前の工場で夜勤をしている。", "お母さん"),
])
def test_a_designating_kin_word_is_weighed_but_not_raised(text, word):
    actions, highs = _family_actions(text)
    assert highs and any(word in [f.text for f in s.findings] for s in highs)  # still counted
    assert actions[word] == "KEEP"


@pytest.mark.parametrize("text, word", [
    ("相談者は北原町字上野に住む６０代の女性で、相談者のお母さんが認知症で、りんご農家をしている。", "お母さん"),
    ("北原町字上野の60代のご夫婦の長男が、先月事故に遭った。", "ご夫婦"),
])
def test_a_kin_word_with_an_owner_is_still_raised(text, word):
    actions, highs = _family_actions(text)
    assert highs and actions[word] == "REVIEW"


def test_designation_reads_the_words_before():
    text = "６０代のご夫婦が来られた。相談者のご夫婦が来られた。"
    first = text.index("ご夫婦")
    second = text.index("ご夫婦", first + 1)
    assert designation(text, first, first + 3)
    assert not designation(text, second, second + 3)
