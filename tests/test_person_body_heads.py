"""会長 heads any body, public or private: a name with it is kept only on
positive evidence that the body is a public one (fail closed)."""
import pytest

from redactor.pipeline import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _actions(redactor, text):
    return {f.text: f.action for f in redactor.check(text).findings if f.label == "PERSON"}


@pytest.mark.parametrize("text, name, action", [
    # a public body named on the line, in the title, or above a members' roster: its chair, in office
    ("北浜市環境審議会の会長　岩城 達也から答申が提出された。", "岩城 達也", "KEEP"),
    ("第２回北浜市都市計画審議会　会議録\n\n岩城会長から説明があった。", "岩城", "KEEP"),
    ("北浜市環境審議会\n出席委員\n会長　岩城 達也\n副会長　戸川 美咲", "戸川 美咲", "KEEP"),
    ("○会長（岩城）　ただいまから開会します。", "岩城", "KEEP"),
    # no body named: whose head is this? a person decides
    ("会長　岩城 達也から報告があった。", "岩城 達也", "REVIEW"),
    ("副会長　戸川 美咲", "戸川 美咲", "REVIEW"),
    ("岩城会長から要望書を受け取った。", "岩城", "REVIEW"),
    # a residents' body before the post: a private person
    ("北町自治会の岩城会長から要望があった。", "岩城", "MASK"),
])
def test_a_chair_is_kept_only_with_a_public_body(redactor, text, name, action):
    assert _actions(redactor, text).get(name) == action


def test_a_residents_bodys_title_does_not_make_its_chair_official(redactor):
    # the document is about a residents' body: its 会長 is never kept
    text = "北町自治会役員会　記録\n会長　岩城 達也\n副会長　戸川 美咲\n"
    assert set(_actions(redactor, text).values()) <= {"MASK", "REVIEW"}


@pytest.mark.parametrize("text, name", [
    ("母の話では、そうたくんの様子が変わった。", "そうた"),   # read そう|たくん: the token swallows くん
    ("近所のこうたくんが見つけた。", "こうた"),
])
def test_a_hiragana_name_before_kun_is_found_when_a_token_swallows_the_honorific(redactor, text, name):
    assert _actions(redactor, text).get(name) == "MASK"


@pytest.mark.parametrize("text", [
    "おかあさんがちゃんと見ていた。",   # ちゃんと: properly
    "もうちゃんとした。",
    "たくさんの方が来た。",
    "おばあちゃんの家に行った。",
])
def test_kana_words_with_the_honorifics_inside_are_no_names(redactor, text):
    assert _actions(redactor, text) == {}


@pytest.mark.parametrize("text, reading, action", [
    ("申請者　林 仁（Hayashi Jin）", "Hayashi Jin", "MASK"),
    ("申請者　林 仁（HAYASHI JIN）", "HAYASHI JIN", "MASK"),
    ("市長　山田 太郎（YAMADA Taro）", "YAMADA Taro", "KEEP"),   # the reading takes the name's action
])
def test_a_romaji_reading_in_brackets_after_a_name_is_the_same_person(redactor, text, reading, action):
    assert _actions(redactor, text).get(reading) == action


@pytest.mark.parametrize("text", ["相談者　林 仁（PDF）で提出", "北浜市（Kitahama City）"])
def test_an_abbreviation_or_a_place_in_brackets_is_no_reading(redactor, text):
    assert not [t for t in _actions(redactor, text) if t.isascii()]
