"""Ruled tables (box-drawing bars read as tabs) and one-kanji surnames that a
register cell or a party's bracket names. Made-up names; each rule has a case
that fires and a near miss."""
import pytest

from redactor.normalize import normalize


def test_box_drawing_bars_normalise_to_tabs_one_for_one():
    text = "┃氏名┃住所┃\n│林　由美│北町│"
    norm = normalize(text)
    assert norm.text == "\t氏名\t住所\t\n\t林 由美\t北町\t"
    assert norm.to_original(5, 10) == (5, 10)  # offsets do not move


@pytest.mark.parametrize("text,name", [
    ("┃請求者┃林（はやし）┃", "林"),
    ("│請求者氏名│林　　　　　　│\n│住所　　　│北町１－２　　│", "林"),
    ("｜番号｜請求者｜内容｜\n｜１｜林　由美｜台帳｜", "林　由美"),
])
def test_names_in_ruled_tables_are_masked(person_action, text, name):
    assert person_action(text, name) == "MASK"


def test_ruled_table_heading_is_not_a_name(person_action):
    assert person_action("┃氏名┃住所┃\n┃林　由美┃北町┃", "住所") is None


@pytest.mark.parametrize("text,name", [
    ("│１│林　　由美　│北町│", "林　　由美"),
    ("１　林　　由美　北町", "林　　由美"),
])
def test_one_kanji_surname_and_given_name_in_a_register_cell(person_action, text, name):
    assert person_action(text, name) in ("MASK", "REVIEW")


def test_one_kanji_and_a_word_in_a_cell_is_not_a_name(person_action):
    # 東 is a surname but 口 no given name: an exit, not a person
    assert person_action("北町\t東 口\t改札", "東 口") is None


@pytest.mark.parametrize("text,name", [
    ("請求者（林）は、再度の開示を求めた。", "林"),
    ("住民Ａ（東）　説明が足りない。", "東"),
])
def test_one_kanji_surname_in_brackets_after_a_party(person_action, text, name):
    assert person_action(text, name) == "MASK"


def test_one_kanji_word_in_brackets_after_a_party_is_not_a_name(person_action):
    # 済 is no surname: a status in brackets, not a person
    assert person_action("申請者（済）の一覧", "済") is None


@pytest.mark.parametrize("text,name", [
    ("申請人　林\n住所　北町１－２", "林"),
    ("請求者である林は、再度の開示を求めた。", "林"),
])
def test_one_kanji_surname_as_a_partys_value(person_action, text, name):
    assert person_action(text, name) == "MASK"


def test_one_kanji_word_after_a_party_that_goes_on_is_not_a_name(person_action):
    # 東京都: the one kanji opens a longer word
    assert person_action("相手方　東京都の会社", "東") is None


def test_name_before_an_era_or_a_place_joined_by_a_space_is_kept_apart(person_action):
    # 和代　昭和３０年生: the run 和代 昭和 read as a place before a number lost the name
    assert person_action("世帯員　妻　和代　昭和３０年生", "和代") == "MASK"
    assert person_action("世帯員　妻　和代　昭和３０年生", "妻") is None
    assert person_action("妻　和代　北町", "和代") == "MASK"


@pytest.mark.parametrize("text,name", [
    ("長女、さくら（１０歳）と二人で暮らす。", "さくら"),
    ("孫・ひかりと散歩に出た。", "ひかり"),
])
def test_given_name_after_a_relation_word(person_action, text, name):
    assert person_action(text, name) == "MASK"


@pytest.mark.parametrize("text,word", [
    ("長女、中学生（１４歳）", "中学生"),
    ("父、母と同居している。", "母"),
    # の before a word that is no given name, or before prose in kana
    ("長男の学校が遠い。", "学校"),
    ("母の実家に戻った。", "実家"),
])
def test_a_word_after_a_relation_word_is_not_a_name(person_action, text, word):
    assert person_action(text, word) is None


# -- a one-kanji surname the lexicon lacks, in a ruled cell (issue 11, s15) ---------------

def test_a_rare_one_kanji_surname_before_a_given_name_in_a_ruled_cell_is_reviewed():
    from redactor.pipeline import Redactor
    got = {f.text: f.action for f in Redactor("default").check(
        "| 5 | 高砂 | 北浦見市若葉町3丁目２０番５号 | 床下浸水 | 蔵 修 |\n").findings if f.label == "PERSON"}
    assert got.get("蔵 修") == "REVIEW"


def test_one_kanji_before_a_word_that_is_also_a_name_is_no_person_in_a_ruled_cell():
    from redactor.pipeline import Redactor
    got = {f.text for f in Redactor("default").check("| 1 | 小 中 | 済 |\n").findings if f.label == "PERSON"}
    assert "小 中" not in got
