"""FAMILY: the residence and the honorific said with a kin word are part of
the relation (made-up text), a one-character relation made one by its
residence or by a record's brackets, and the near misses that stay out."""
import pytest

from conftest import texts
from redactor.recognizers.family import FamilyRecognizer


@pytest.mark.parametrize("text, value", [
    ("同居の祖母が救急車を呼んだ。", "同居の祖母"),
    ("隣町に住む息子さんが毎週来ている。", "隣町に住む息子さん"),
    ("一緒に暮らしているお父さんも心配している。", "一緒に暮らしているお父さん"),
    ("次男さんは東京の大学に進んだ。", "次男さん"),
    ("娘夫婦が面倒を見るという。", "娘夫婦"),
    ("同じ町内に住む姪の方から連絡があった。", "同じ町内に住む姪の方"),
])
def test_the_residence_and_the_honorific_are_the_relations(text, value):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text, value", [
    ("申請者は同居の父の介護をしている。", "同居の父"),
    ("近所に住む兄が見回っている。", "近所に住む兄"),
    ("保証人（父、六十八歳）に通知した。", "父"),
    ("同乗者　山川　みね（７９歳、妻）", "妻"),
    ("申立人の亡母が購入した土地。", "亡母"),
    ("第３子の出産に伴う休業。", "第３子"),
    ("相手方の妹が来所した。", "妹"),
])
def test_a_one_character_relation_made_one_by_what_is_around_it(text, value):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text, absent", [
    ("大阪に住む娘が帰省した。", "大阪に住む娘"),      # a named place is a PLACE of its own
    ("母の方針で進学先を決めた。", "母の方"),           # の方針 is no honorific
    ("第２子以降の保育料を軽減する。", "第２子"),        # a programme's rule
    ("役員（会長、副会長）を選んだ。", "会長"),
])
def test_near_misses_stay_out(text, absent):
    assert absent not in texts(FamilyRecognizer, text)


def test_a_compound_in_brackets_is_no_relation():
    assert texts(FamilyRecognizer, "父母の会（会長・副会長）の名簿") == []


@pytest.mark.parametrize("text, value", [
    ("隣の部屋は若い夫婦と乳児１人の世帯です。", "若い夫婦と乳児１人"),
    ("母親と小学生２人の母子世帯。", "母親と小学生２人"),
])
def test_a_household_told_by_its_head_and_its_children_counted(text, value):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text, absent", [("夫婦と乳児１人に対し月額を加算する。", "夫婦と乳児１人"),
                                          ("母と子の料理教室を開く。", "母と子")])
def test_a_programmes_household_is_no_ones(text, absent):
    assert absent not in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text, value", [
    ("私の弟も同じ病気で入院しておりました。", "弟"),
    ("煙に気付き、夫が通報した。", "夫"),
    ("団地の３階にお一人でお住まいの方です。", "お一人でお住まい"),
    ("同居されているお父様が介助している。", "同居されているお父様"),
    ("交際相手と同居していたことが分かった。", "交際相手と同居していた"),
    ("配偶者なし、子はいない。", "配偶者なし"),
    ("帰省には祖父母・妹が同行した。", "祖父母・妹"),
])
def test_a_household_said_in_the_ways_a_meeting_or_a_record_says_it(text, value):
    assert any(t.startswith(value) for t in texts(FamilyRecognizer, text))


def test_a_forms_fields_of_the_parents_are_no_household():
    assert texts(FamilyRecognizer, "父・母の氏名を記入してください。") == []
