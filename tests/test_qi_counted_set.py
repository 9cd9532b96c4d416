"""A count of people standing right at the people it counts (made-up text):
``一人暮らしの女性が３名おられ`` tells what a set of residents shares, so the
household and place words of that sentence are a statistic, not one subject's;
a child counted (子どもが３人), a sentence that tells what befell one of the
set, or a sentence that points at one person stays weighed."""
import pytest

from conftest import found
from redactor.pipeline import Redactor
from redactor.recognizers.family import FamilyRecognizer


def _highs(text):
    return [[f.text for f in s.findings] for s in Redactor().check(text).risk if s.level == "high"]


def _reasons(cls, text):
    return {t: a.get("not_subject") for t, a in found(cls, text)}


@pytest.mark.parametrize("text, value", [
    ("北町地区には８０代の一人暮らしの女性が３名おられ、見守りが課題です。", "一人暮らし"),
    ("当地区では一人暮らしの高齢者が２０名を数えます。", "一人暮らし"),
    ("南町の団地には一人暮らしの男性も５人おられる。", "一人暮らし"),
])
def test_a_household_word_of_a_counted_set_is_a_statistic(text, value):
    assert _reasons(FamilyRecognizer, text)[value] == "statistic"


@pytest.mark.parametrize("text, value", [
    ("相談者は７０代の女性で、一人暮らしをしており、子どもが３人いる。", "一人暮らし"),  # the one person's children
    ("北町地区で一人暮らしの女性が３名おられ、うち１名が先月自宅で転倒した。", "一人暮らしの"),  # what befell one
    ("一人暮らしの女性が３名おられ、田中さんはその一人です。", "一人暮らしの"),  # one of them named
    ("北町地区の一人暮らしの８０代の女性がおられます。", "一人暮らしの"),  # no count
])
def test_a_household_word_beside_one_person_is_still_weighed(text, value):
    assert _reasons(FamilyRecognizer, text)[value] is None


def test_a_counted_set_of_residents_forms_no_high_subject():
    assert not _highs("北町地区には８０代の一人暮らしの女性が３名おられ、見守りが課題です。")


def test_one_of_the_set_whom_something_befell_is_still_high():
    assert _highs("北町地区で一人暮らしをされている８０代の女性が３名おられ、うち１名が先月自宅で転倒した。")


def test_households_counted_as_what_the_sentence_amounts_to_are_a_statistic():
    assert not _highs("〇農政課長（北浜　一郎）　北町地区で酪農を営む農家は現在３戸でございます。\n")


@pytest.mark.parametrize("text", [
    "〇農政課長（北浜　一郎）　北町地区で酪農を営む農家は１戸のみでございます。\n",          # only one: unique
    "〇３番（西村　浩）　北町地区で酪農を営む７０代の男性の家は、公民館から３軒隣にあります。\n",  # a distance
])
def test_one_household_or_a_distance_in_houses_is_no_set(text):
    assert _highs(text)
