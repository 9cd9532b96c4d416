"""PERSON: names Sudachi's first reading hides (a surname read as a place,
a given name read as a word, Chinese and Korean names, list members), and
the overlap rule that keeps a weak KEEP guess from hiding a name."""
import pytest

from conftest import texts
from redactor.finding import Finding
from redactor.masking import resolve_overlaps
from redactor.recognizers.person import PersonRecognizer as P
from redactor.recognizers.sinitic_name import SiniticNameRecognizer as S
from redactor.tokens import dictionary_tags


def test_dictionary_tags_lists_every_reading():
    assert ("人名", "姓") in dictionary_tags("梶原")
    assert ("地名", "一般") in dictionary_tags("梶原")
    assert ("人名", "姓") not in dictionary_tags("東京")


@pytest.mark.parametrize("text, name", [
    ("親交を結んだ梶原一騎の事務所に籍を置いた。", "梶原一騎"),     # 梶原 read as a place
    ("女優の甲田真理を取材した。", "甲田真理"),                     # 真理 read as a word
    ("村山富市首相の辞任に伴い", "村山富市"),                       # given name ends in 市
    ("桃井直美高知県知事が出席した。", "桃井直美"),                 # a prefecture follows
    ("織田信忠80騎が続いた。", "織田信忠"),                         # a number follows
])
def test_full_names_behind_another_reading(text, name):
    assert name in texts(P, text)


@pytest.mark.parametrize("text", [
    "上杉三丁目の交差点で",          # place + number: no given name
    "市道清水南線の改良工事",
    "北浦見市栄町二丁目地内",
    "奈良公園を散策した。",
])
def test_places_stay_places(text):
    assert texts(P, text) == []


def test_a_name_run_stops_before_a_place():
    assert "赤間文三" in texts(P, "赤間文三大阪府知事と会談した。")


@pytest.mark.parametrize("text, name", [
    ("東風汽車の前董事長だった徐平が任命された。", "徐平"),
    ("東亜日報社長の金載昊と記念会が", "金載昊"),
    ("地元の楊秀麗に判定で敗れた。", "楊秀麗"),
])
def test_chinese_and_korean_names(text, name):
    assert name in texts(S, text)


@pytest.mark.parametrize("text", [
    "金曜日に王様が来た。林業と金額の話。",
    "全員が賛成した。方法を検討する。",
    "林委員から質問があった。",           # a title follows: PersonRecognizer's case
])
def test_words_starting_with_a_surname_character_are_not_names(text):
    assert texts(S, text) == []


def test_list_members_between_and_after_names():
    found = texts(P, "出席者は山田太郎・種量・佐藤花子・高田らである。")
    assert "種量" in found
    assert "高田" in found


def test_weak_keep_does_not_hide_a_confident_name():
    text = "令和元年に大塚守康が株式会社を設立した。"
    name = Finding("PERSON", 5, 9, text[5:9], 0.85, "P", action="MASK")
    weak = Finding("AFFILIATION", 3, 13, text[3:13], 0.5, "A", action="KEEP")
    assert resolve_overlaps([weak, name]) == [name]


def test_allow_listed_keep_still_wins():
    name = Finding("PERSON", 0, 2, "山田", 0.85, "P", action="MASK")
    shop = Finding("AFFILIATION", 0, 4, "山田商店", 0.5, "A", action="KEEP", attributes={"allow_list": True})
    assert resolve_overlaps([shop, name]) == [shop]


@pytest.mark.parametrize("text, name", [
    ("ルイ15世の時代になると", "ルイ15世"),
    ("ヨハネ・パウロ2世から祝福を受けた。", "ヨハネ・パウロ2世"),
    ("囲んだが、アメト＝ハンが攻撃に割って入った。", "アメト＝ハン"),
])
def test_foreign_names_with_regnal_numbers_and_double_hyphens(text, name):
    assert name in texts(P, text)


def test_centuries_and_generations_are_not_regnal_names():
    assert texts(P, "２１世紀の世界と次世代のシステム") == []


@pytest.mark.parametrize("text, name", [
    ("日本政府は河野大使を一時帰国させた。", "河野"),
    ("小田船長が交互に乗船していた。", "小田"),
    ("一方、進藤本人は翌年に辞任した。", "進藤"),
])
def test_a_title_or_self_word_after_a_bare_surname(text, name):
    assert name in texts(P, text)


def test_a_place_that_is_also_a_surname_as_subject_is_a_weak_guess():
    from conftest import found
    (hit,) = [a for t, a in found(P, "作者の伏見は、評価が分かれると述べた。") if t == "伏見"]
    assert hit["role_source"] == "none"
    assert texts(P, "東京は晴れた。") == []      # no surname reading: never


@pytest.mark.parametrize("text, name", [
    ("領事を務めた河北義次郎。", "河北義次郎"),     # the given name's last kanji split away
    ("除幕、板垣正貫、奏楽", "板垣正貫"),
])
def test_a_given_name_cut_short_is_widened(text, name):
    assert name in texts(P, text)


@pytest.mark.parametrize("text, name", [
    ("山田太郎氏が来た。", "山田太郎"),             # never over an honorific
    ("田中一郎市長が挨拶した。", "田中一郎"),       # nor over a title
])
def test_widening_stops_at_titles(text, name):
    assert name in texts(P, text)


def test_a_city_name_read_as_a_full_name_is_not_widened_into_its_office():
    assert texts(P, "開催場所　北浦見市役所 本庁舎") == []


@pytest.mark.parametrize("text, name", [
    ("推薦により、後にH・R・ギーガーが加わった。", "H・R・ギーガー"),
    ("イタリア共和国のデ・ガスペリ首相と会談した。", "デ・ガスペリ"),
    ("原作者のル＝グウィンは監督を希望した。", "ル＝グウィン"),
])
def test_initials_and_short_particles_of_foreign_names(text, name):
    assert name in texts(P, text)


def test_a_surname_with_a_given_name_in_hiragana():
    assert "大道寺あや子" in texts(P, "佐々木規夫と大道寺あや子は出国した。")
    found = texts(P, "田中からの連絡。山田までの道。")
    assert all(len(t) == 2 for t in found)          # 田中 and 山田 alone: から, まで are no names


def test_a_katakana_word_that_is_also_a_name_as_subject_is_a_weak_guess():
    from conftest import found
    hits = {t: a for t, a in found(P, "それに乗せられたグラントは、仲間を誘った。")}
    assert hits.get("グラント", {}).get("role_source") == "none"
    assert texts(P, "テレビは居間にある。") == []        # no name reading: never


def test_a_word_joined_by_to_a_name_is_a_name_when_the_dictionary_says_it_can_be():
    assert "大島" in texts(P, "戦力外通告を受けた大島と柴田が現役を引退した。")
    assert texts(P, "山田太郎と市役所で会談した。") == ["山田太郎"]


def test_a_family_word_right_before_an_unknown_name():
    assert "ザラチェンコ" in texts(P, "そして明かされる二人の父ザラチェンコの秘密。")


def test_a_tagged_given_name_written_in_kana_and_kanji():
    assert "お秀" in texts(P, "お延という妻がいるが、お秀はこれを嫌っている。")


def test_a_header_row_is_not_a_name_field():
    assert "住所" not in texts(P, "氏名\t住所\t電話\n山田太郎\t本町二丁目\t090-1234-5678\n")


def test_a_given_name_that_is_also_a_word_after_a_space_and_its_list():
    found = texts(P, "出席委員　委員 渡辺 健一、伊藤 真理、山本 大輔\n")
    assert "伊藤 真理" in found and "山本 大輔" in found


def test_an_account_holder_field_makes_the_name_a_private_persons():
    from conftest import found
    hits = {t: a for t, a in found(P, "振込先 普通預金 口座番号 1234567 名義 タカハシ ミサキ\n")}
    assert hits["タカハシ ミサキ"]["role"] == "private"


def test_an_honorific_after_the_reading_in_brackets_is_the_names():
    from conftest import found
    hits = {t: a for t, a in found(P, "連絡は山田太郎（やまだ たろう）様宛とする。")}
    assert hits["山田太郎"]["role"] == "private"
