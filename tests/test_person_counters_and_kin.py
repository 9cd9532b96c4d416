"""Runs of name characters before an honorific that hold more than a name:
a numeral's counter written solid before it (the chair's 「１２番中嶋美穂君」),
a relative named by the relation (長男さん, 一度娘さん), a name field whose
value says the name is withheld (非公表). Made-up names; each rule has a
case that fires and a near miss that must stay a name."""
import pytest

from conftest import person_action
from redactor import Redactor


def _persons(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.action) for f in Redactor().check(text).findings if f.label == "PERSON"]


_CALL = ("○議長（田村一郎君）　次に、１２番中嶋美穂君の質問を許します。１２番中嶋美穂君。\n"
         "○１２番（中嶋美穂君）　おはようございます。\n")


def test_the_chairs_call_by_seat_number_names_the_member_without_the_counter():
    spans = _persons(_CALL)
    assert not any(t.startswith("番") for t, _ in spans), spans
    assert person_action(_CALL, "中嶋美穂", 0) == "KEEP"
    assert person_action(_CALL, "中嶋美穂", 1) == "KEEP"


@pytest.mark.parametrize("text, name", [
    ("２組田中さんが手を挙げた。", "田中"),
    ("３丁目山田さんのお宅です。", "山田"),
    ("２０５号室佐伯様より連絡があった。", "佐伯"),
])
def test_a_counter_after_a_numeral_is_cut_off_and_the_name_is_still_masked(text, name):
    spans = _persons(text)
    assert (name, "MASK") in spans, spans


@pytest.mark.parametrize("text, name", [
    ("二階堂さんから相談があった。", "二階堂"),     # 二 + 階: a surname that starts like a counted floor
    ("一番ヶ瀬さんの畑です。", "一番ヶ瀬"),
])
def test_a_surname_that_starts_like_a_numeral_and_counter_stays_whole(text, name):
    assert (name, "MASK") in _persons(text)


@pytest.mark.parametrize("text", [
    "事務局長　娘さんとは電話でお話しできております。",
    "長男さんは県外に住んでいる。",
])
def test_a_relative_named_by_the_relation_and_its_honorific_is_no_name(text):
    assert _persons(text) == []


@pytest.mark.parametrize("text, name", [
    ("昨日、耿夫さんが来庁した。", "耿夫"),   # a given name ending in a relation's character stays a name
    ("二階様の申請書を受け付けた。", "二階"),  # a numeral and a counter may be a whole surname
    ("四階さんと面談した。", "四階"),
])
def test_a_run_that_only_ends_or_starts_like_a_relation_or_a_count_stays_a_name(text, name):
    assert person_action(text, name) in ("MASK", "REVIEW")


def test_a_given_name_after_a_relation_is_still_found():
    text = "相談者の長女、さくらは小学生である。"
    assert ("さくら", "MASK") in _persons(text)


@pytest.mark.parametrize("value", ["非公表", "非開示", "匿名希望"])
def test_a_name_field_that_says_the_name_is_withheld_holds_no_name(value):
    text = f"　氏　名　　{value}（公表基準により）\n　年　齢　　４４歳\n"
    assert _persons(text) == []


def test_a_name_field_with_a_name_is_still_masked():
    text = "　氏　名　　柚木　蒼（公表基準により）\n　年　齢　　４４歳\n"
    assert any(t.replace("　", "").startswith("柚木") and a == "MASK" for t, a in _persons(text))


@pytest.mark.parametrize("text, name", [
    ("訪問（中村民生委員）の際、玄関先で話をした。", "中村"),   # a bracket after an act: its surname is the person
    ("聞き取り（森田相談支援専門員）によれば、", "森田"),
])
def test_a_surname_fused_with_a_post_in_a_bracket_after_an_act_is_still_a_person(text, name):
    assert person_action(text, name) in ("MASK", "REVIEW")


def test_a_district_in_a_bracket_after_a_name_stays_a_district():
    text = "小島千尋（新開班長）が出席した。"
    assert "新開" not in [t for t, _ in _persons(text)]
