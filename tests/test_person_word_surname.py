"""PERSON: a surname that is also a word or a place, written before a given name with a space."""
import pytest

from conftest import person_action
from redactor.pipeline import Redactor

_R = Redactor("default")


def _person_texts(text: str) -> list[str]:
    return [f.text for f in _R.check(text).findings if f.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("監査委員　東雲　律子", "東雲　律子"),         # a plain noun as surname, after a title
    ("出席者　東雲　律子", "東雲　律子"),
    ("相談者の父　鬼灯　健", "鬼灯　健"),
    ("北町　律子", "北町　律子"),                   # a place as surname at a line's start
])
def test_a_word_before_a_space_and_a_given_name_is_the_surname(text, name):
    assert name in _person_texts(text)


@pytest.mark.parametrize("text, name", [
    # near misses: a time word or a verbal noun before the given name is no surname
    ("本日　律子さんが来た", "律子"),
    ("出席　律子", "律子"),
    # a role word stays the title (委員長), a body's name is no surname
    ("委員長　東　友里", "東　友里"),
    ("福祉課　律子", "律子"),
])
def test_a_time_word_role_or_body_before_a_given_name_stays_out(text, name):
    assert name in _person_texts(text)


def test_the_title_before_the_widened_name_still_decides_its_role():
    assert person_action("監査委員　東雲　律子", "東雲　律子") == "KEEP"
    assert person_action("相談者の父　鬼灯　健", "鬼灯　健") == "MASK"
