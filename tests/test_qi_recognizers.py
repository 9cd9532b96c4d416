"""Quasi-identifier recognizers: each finds its attribute and leaves alone
the same words used about people in general."""
import pytest

from conftest import found
from redactor.recognizers.affiliation import AffiliationRecognizer
from redactor.recognizers.amount import AmountRecognizer
from redactor.recognizers.date import DateRecognizer
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.gender import GenderRecognizer
from redactor.recognizers.nationality import NationalityRecognizer
from redactor.recognizers.occupation import OccupationRecognizer
from redactor.recognizers.place import PlaceRecognizer


@pytest.mark.parametrize("cls, text, value", [
    (GenderRecognizer, "70代の女性が転倒した", "女性"),
    (FamilyRecognizer, "夫と二人暮らしである", "夫と二人暮らし"),
    (FamilyRecognizer, "長女（6歳）と転出した", "長女（6歳）"),
    (NationalityRecognizer, "ネパール国籍の男性", "ネパール国籍"),
    (AffiliationRecognizer, "小学2年の男児が転倒した", "小学2年"),
    (AffiliationRecognizer, "中学1年生の生徒", "中学1年生"),
    (OccupationRecognizer, "個人タクシー運転手の男性", "個人タクシー運転手"),
    (AffiliationRecognizer, "さくら市立東小学校の3年2組で", "さくら市立東小学校"),
    (AffiliationRecognizer, "さくら市立東小学校の3年2組で", "3年2組"),
    (PlaceRecognizer, "桜町三丁目の住宅", "桜町三丁目"),
    (AmountRecognizer, "金183,400円を支払う", "金183,400円"),
    (DateRecognizer, "令和6年3月21日午前8時頃、", "令和6年3月21日午前8時頃"),
])
def test_quasi_identifiers(cls, text, value):
    assert value in [t for t, _ in found(cls, text)]


@pytest.mark.parametrize("cls, text", [
    (GenderRecognizer, "男性用トイレと女性活躍推進"),
    (FamilyRecognizer, "ひとり親家庭等への支援制度"),
    (PlaceRecognizer, "本町二丁目3番地4"),
    (DateRecognizer, "昭和31年9月17日生"),
    (NationalityRecognizer, "同校に在籍している児童の戸籍謄本と学籍簿"),
])
def test_general_uses_are_not_quasi_identifiers(cls, text):
    assert found(cls, text) == []


def test_meeting_dates_are_administrative():
    ((_, attrs),) = found(DateRecognizer, "令和6年6月3日提出")
    assert attrs["kind"] == "administrative"
