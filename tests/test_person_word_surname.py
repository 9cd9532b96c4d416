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


@pytest.mark.parametrize("text, name", [
    # parties of succession and suits, a compound label, the mark of the deceased before the value
    ("被相続人　亡　薬袋　一二三", "薬袋　一二三"),
    ("異議申立人　五百旗頭　真", "五百旗頭　真"),
    ("相続人　薬袋　美和（長女）", "薬袋　美和"),
])
def test_party_fields_give_their_value_as_a_name(text, name):
    assert person_action(text, name) == "MASK"


def test_an_agents_profession_as_its_field_is_for_review():
    assert person_action("申出人代理人弁護士　四月一日　朔", "四月一日　朔") == "REVIEW"


@pytest.mark.parametrize("text", ["原告　株式会社北浜商事", "施設利用者　満足度調査"])
def test_a_party_field_holding_a_body_or_a_heading_gives_no_name(text):
    assert not _person_texts(text)


@pytest.mark.parametrize("text", ["・審査請求人　退室", "（申立人　入室）"])
def test_a_stage_direction_after_a_party_is_no_name(text):
    assert not _person_texts(text)
