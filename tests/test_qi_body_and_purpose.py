"""Place and body words that say where no private person lives or belongs
(made-up text): a residents' association named as the body that acts (its
own step; its officer is a private person, whose association's area is
theirs), and a school or facility a gift goes to; each with
the near miss that stays weighed."""
import pytest

from conftest import found
from redactor.recognizers.affiliation import AffiliationRecognizer
from redactor.recognizers.place import PlaceRecognizer


def _reasons(cls, text):
    return {t: a.get("not_subject") for t, a in found(cls, text)}


@pytest.mark.parametrize("text, value", [
    ("南台自治会主催の夏祭りでは、字南台の８０代の男性が熱中症で倒れた。", "南台自治会"),
    ("東浜町内会として、防犯灯の増設を要望した。", "東浜町内会"),
])
def test_a_residents_association_named_as_the_body_that_acts(text, value):
    assert _reasons(PlaceRecognizer, text)[value] == "body"


@pytest.mark.parametrize("text, value", [
    ("南台自治会の会員である７０代の男性が、昨年１１月に転倒した。", "南台自治会"),   # a member's belonging
    ("北原第二町内会に住む８０代の女性が、先月自宅で倒れた。", "北原第二町内会"),    # where she lives
    ("南台自治会長年の課題である。", "南台自治会"),                                  # 長年: no post
    # the officer is a community post holder, a private person: the area is theirs
    ("北原第二町内会の役員の方が、字北原で８２歳の女性が倒れているのを発見した。", "北原第二町内会"),
    ("南台自治会長から、字南台の８０代の男性が困っていると連絡があった。", "南台自治会"),
])
def test_a_residents_association_as_someones_place_is_still_weighed(text, value):
    assert _reasons(PlaceRecognizer, text)[value] is None


@pytest.mark.parametrize("text, value", [
    ("寄附者　北浜　一郎様（字北原）　寄附金額　１００万円　寄附の目的　北原小学校の図書購入\n", "北原小学校"),
    ("寄附日\t寄附者\t金額\t使途指定\n5月1日\t北浜　一郎\t300,000円\t市立南台中学校\n", "市立南台中学校"),
    ("北浜様から、南台保育所への寄贈として遊具の申出があった。", "南台保育所"),
])
def test_a_body_a_gift_goes_to(text, value):
    assert _reasons(AffiliationRecognizer, text)[value] == "purpose"


@pytest.mark.parametrize("text, value", [
    ("寄附者の勤務先　北原小学校\n", "北原小学校"),                        # the giver's own workplace
    ("申出人の長男は北原小学校の４年生で、図書委員をしている。", "北原小学校"),  # the child's school
    ("氏名\t学校名\t使途\n北浜　太郎\t北原小学校\t学用品\n", "北原小学校"),    # a column of schools, not of uses
])
def test_a_body_someone_belongs_to_is_still_weighed(text, value):
    assert _reasons(AffiliationRecognizer, text)[value] is None


def test_a_count_of_many_buildings_is_a_statistic():
    assert _reasons(PlaceRecognizer, "下河原地区では床上浸水18棟、床下浸水41棟でした。")["下河原地区"] == "statistic"


def test_one_house_counted_is_no_statistic():
    # 1棟: one house, whose people the district knows
    assert _reasons(PlaceRecognizer, "下河原地区では床上浸水が1棟あり、８０代の女性が転倒した。")["下河原地区"] is None
