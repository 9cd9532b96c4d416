"""Attributes as minutes and forms describe them (made-up text): a 町名 before
a person or a landmark, a landmark named in hiragana, a month of last year,
a former spouse, a duty someone was on, an origin before a job, a nursery
named in hiragana and a grade in a form's cell; each with the near miss that
must stay out."""
import pytest

from conftest import found
from redactor.recognizers.affiliation import AffiliationRecognizer
from redactor.recognizers.date import DateRecognizer
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.nationality import NationalityRecognizer
from redactor.recognizers.occupation import OccupationRecognizer
from redactor.recognizers.place import PlaceRecognizer


@pytest.mark.parametrize("cls, text, value", [
    (PlaceRecognizer, "若葉町の５年生の男子児童が声をかけられた。", "若葉町"),
    (PlaceRecognizer, "梅ヶ丘の８０代の男性から相談があった。", "梅ヶ丘"),
    (PlaceRecognizer, "浜町の旧魚市場の裏に住む夫婦。", "浜町の旧魚市場の裏"),
    (PlaceRecognizer, "東町のコンビニの駐車場で接触した。", "東町のコンビニの駐車場"),
    (PlaceRecognizer, "みどり公園の遊具で児童が負傷した。", "みどり公園"),
    (DateRecognizer, "昨年の11月、男性が倒れた。", "昨年の11月"),
    (DateRecognizer, "今月初めに事故があった。", "今月初め"),
    (DateRecognizer, "３日前の深夜に搬送された。", "３日前の深夜"),
    (FamilyRecognizer, "元夫を名乗る男性が来庁した。", "元夫"),
    (FamilyRecognizer, "ご主人と死別し、一人で暮らす。", "ご主人と死別"),
    (FamilyRecognizer, "娘夫婦と同居している。", "娘夫婦と同居している"),
    (FamilyRecognizer, "長男（２歳）と妻", "長男"),
    (OccupationRecognizer, "配達業務中であった相手方の車両。", "配達業務中"),
    (OccupationRecognizer, "市内の中華料理店を経営されています。", "市内の中華料理店を経営されています"),
    (OccupationRecognizer, "水産加工場の仕事を辞めてから", "水産加工場の仕事を辞めて"),
    (OccupationRecognizer, "ネパール国籍の留学生が事故に遭った。", "留学生"),
    (NationalityRecognizer, "ネパール国籍の留学生が事故に遭った。", "ネパール国籍"),
    (AffiliationRecognizer, "ひまわり保育園に申し込んだ。", "ひまわり保育園"),
    (AffiliationRecognizer, "学校名　本郷小学校　４年　９歳", "４年"),
])
def test_described_attributes(cls, text, value):
    assert value in [t for t, _ in found(cls, text)]


@pytest.mark.parametrize("cls, text", [
    (PlaceRecognizer, "本町の男性から電話があった。"),  # 本町: the town hall's own word, no place
    (PlaceRecognizer, "同町の住民から要望があった。"),
    (PlaceRecognizer, "この公園の遊具で児童が負傷した。"),
    (PlaceRecognizer, "近くの公園で遊んでいた。"),
    (DateRecognizer, "今年３月末までに申請してください。"),
    (DateRecognizer, "昨年12月定例会で質問した。"),
    (DateRecognizer, "10日前までに提出すること。"),
    (DateRecognizer, "今月末まで受け付けます。"),
    (FamilyRecognizer, "夫婦で参加された。"),
    (OccupationRecognizer, "ネパール国籍の方が多い。"),
    (AffiliationRecognizer, "申し込んだ保育園に入れない。"),
    (AffiliationRecognizer, "近くの保育園に通う。"),
    (AffiliationRecognizer, "小学校　４年間で学ぶ内容"),
])
def test_the_same_words_used_otherwise_are_no_attribute(cls, text):
    assert found(cls, text) == []


def test_a_form_date_field_dates_the_paper_not_an_event():
    ((_, attrs),) = found(DateRecognizer, "申請日　令和6年4月12日")
    assert attrs["kind"] == "administrative"
    ((_, attrs),) = found(DateRecognizer, "令和6年4月12日、自宅で転倒した。")
    assert attrs["kind"] == "event"
