"""OCCUPATION: the operator of a trade named by it (…業者) and a former
workplace told by its unit (元…課にいた), made-up text, with the office's
contractors and the trade as a whole side by side (no one's work)."""
import pytest

from conftest import texts
from redactor.recognizers.occupation import OccupationRecognizer


@pytest.mark.parametrize("text, value", [
    ("滞納者は港地区の冷凍食品業者の方です。", "冷凍食品業者"),
    ("苦情の相手は隣の塗装業者だった。", "塗装業者"),
    ("陳情者は元県庁の河川課にいた方です。", "元県庁の河川課にいた"),
    ("その方は元信用金庫の融資係に勤めていた。", "元信用金庫の融資係に勤めていた"),
])
def test_a_trade_operator_or_a_former_unit_is_an_occupation(text, value):
    assert value in texts(OccupationRecognizer, text)


@pytest.mark.parametrize("text", [
    "委託業者が年２回点検を行う。",
    "市内建設業者の受注機会の確保を図る。",
    "関係業者に説明会の日程を通知した。",
    "産業廃棄物処理業者向けの講習会を開いた。",
    "指定業者の一覧は別紙のとおり。",
    "清掃業者が庁舎の床を清掃した。",        # a firm the office deals with, no one's trade
])
def test_a_contractor_or_a_trade_as_a_whole_is_no_ones_work(text):
    assert not [t for t in texts(OccupationRecognizer, text) if t.endswith("業者")]


@pytest.mark.parametrize("text, value", [
    ("被害者　佐藤 恵（３９歳、市内の歯科医院に勤務）", "市内の歯科医院に勤務"),
    ("申出人は村内の保育所で働いているとのこと。", "村内の保育所で働いている"),
    ("職業欄には「県内ＩＴ企業勤務」とあった。", "県内ＩＴ企業勤務"),
    ("長男は食品工場の夜勤で留守だった。", "食品工場の夜勤"),
])
def test_a_workplace_said_in_a_bracket_a_field_or_as_a_noun(text, value):
    assert value in texts(OccupationRecognizer, text)


@pytest.mark.parametrize("text", [
    "職員の在宅勤務を推進する。",
    "本庁勤務の職員を増員する。",
    "工場勤務の経験は問いません。",
])
def test_the_offices_staff_or_a_posting_is_no_ones_workplace(text):
    assert not texts(OccupationRecognizer, text)


@pytest.mark.parametrize("text, value", [
    ("申請者は町内の中学校で外国語指導助手をしている。", "外国語指導助手"),
    ("譲受人は村の地域おこし協力隊員として着任した。", "村の地域おこし協力隊員"),
])
def test_a_programme_post_held_by_a_resident_is_an_occupation(text, value):
    assert value in texts(OccupationRecognizer, text)
