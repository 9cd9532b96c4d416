"""DATE: the day a person's state began, a numbered year's season, a
relative year's season written without の and a weekday of someone's weekly
routine (made-up text), beside a programme's period and a plan."""
import pytest

from conftest import found, texts
from redactor.recognizers.date import DateRecognizer


@pytest.mark.parametrize("text, value", [
    ("その児童は本年５月８日から登校していない。", "本年５月８日"),
    ("相談者は１０月２日以降、連絡が取れない。", "１０月２日"),
    ("一昨年冬から入院している。", "一昨年冬"),
    ("平成３１年春に自宅で転倒した。", "平成３１年春"),
    ("次女が毎週水曜日に様子を見に来る。", "毎週水曜日"),
])
def test_the_day_or_the_season_of_a_persons_event(text, value):
    assert value in texts(DateRecognizer, text)


@pytest.mark.parametrize("text", [
    "４月１日から申請を受け付けます。",      # a programme's period
    "７月１日以降に説明会を開催する。",
    "令和９年春までに整備する。",            # a plan
    "令和８年夏の完成を目指す。",
    "相談員は毎週木曜日の午後のみの配置です。",  # a service's schedule
    "図書館は毎週月曜日は休館です。",
])
def test_a_period_or_a_plan_is_no_event(text):
    assert texts(DateRecognizer, text) == []


def test_a_day_written_with_the_eras_initial():
    dates = {t: a["precision"] for t, a in found(DateRecognizer, "被害者｜本人｜傷害｜H31.4.2｜見舞金")}
    assert dates == {"H31.4.2": "day"}


def test_a_record_of_visits_by_the_eras_initial_is_a_chronology():
    kinds = {t: a["kind"] for t, a in found(DateRecognizer, "経過\n　R4.3.8　訪問。不在。\n　R4.3.15　電話連絡。\n")}
    assert kinds == {"R4.3.8": "chronology", "R4.3.15": "chronology"}


@pytest.mark.parametrize("text", ["児童　H27.5.6生", "資料 Ver.R2.1.3 を参照"])
def test_a_birth_or_a_version_is_no_event_date(text):
    assert texts(DateRecognizer, text) == []


@pytest.mark.parametrize("text", ["長男が毎週土曜日のみ面会に来る。", "本人は毎週火曜日に診療所へ通っている。"])
def test_a_persons_weekly_routine_with_only_or_a_clinic_is_still_a_date(text):
    assert any("毎週" in t for t in texts(DateRecognizer, text))


@pytest.mark.parametrize("text", ["今年の秋の完成を目指している。", "来年の春の開業に向けて準備する。"])
def test_a_relative_season_told_as_a_plan_is_no_event(text):
    assert texts(DateRecognizer, text) == []
