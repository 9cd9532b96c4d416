"""Attributes that belong to no unnamed subject (made-up text): a relation
that labels a relative the document names, a company that is itself the
party of a register or a clause, and a practice of one's own as a rare trade;
each with the near miss that stays weighed."""
import pytest

from conftest import found
from redactor.pipeline import Redactor
from redactor.recognizers.affiliation import AffiliationRecognizer
from redactor.recognizers.family import FamilyRecognizer


def _reasons(cls, text):
    return {t: a.get("not_subject") for t, a in found(cls, text)}


def _highs(text):
    return [[f.text for f in s.findings] for s in Redactor().check(text).risk if s.level == "high"]


@pytest.mark.parametrize("text, value", [
    ("家族構成　妻（北浜　里香）、長男（３歳）\n", "妻"),
    ("相続人である長男の北浜　健吾氏は県外にお住まいです。", "長男"),
    ("孫の北浜　美月様から連絡があった。", "孫"),
    ("法定代理人親権者　父　北浜　大吾\n", "父"),
    ("申立人の妻、北浜 里香氏が出席した。", "妻"),
])
def test_a_relation_that_labels_the_relative_named_after_it(text, value):
    assert _reasons(FamilyRecognizer, text)[value] == "named"


@pytest.mark.parametrize("text, value", [
    ("家族構成　妻（北浜　里香）、長男（３歳）\n", "長男"),    # the child's age: a household fact
    ("世帯　母（北浜 里香、３１歳）\n", "母"),                 # the bracket tells the relative's age
    ("長男の方は県外にお住まいです。", "長男の方"),             # no name follows (の方 is the relation's)
    ("長男のお嫁さんが介護している。", "長男"),                 # a relation of the relation, no name
    ("保護者　北浜 里香（母）\n", "母"),                        # whose guardian the party's is: the household
    ("続柄　妻　職業　パート\n", "妻"),                          # the next field, no name
])
def test_a_relation_without_a_name_after_it_is_still_weighed(text, value):
    assert _reasons(FamilyRecognizer, text)[value] is None


@pytest.mark.parametrize("text, value, reason", [
    ("寄附日\t寄附者\t所在地\t金額\n4月12日\t株式会社みなと工務\t市内\t500,000円\n", "株式会社みなと工務", "party"),
    ("受付番号　受付日　請求者\n７－０２１　11月 5日　株式会社港北タイムス　　議会運営費の支出\n",
     "株式会社港北タイムス", "party"),
    ("次点は港北ホーム株式会社（3,100万円）であった。", "港北ホーム株式会社", "party"),
    ("株式会社みなと工務から寄附の申出があった。", "株式会社みなと工務", "party"),
    ("二次下請（電気）　港北電設株式会社　主任技術者 北浜\n", "港北電設株式会社", "contractor"),
    ("保守委託先株式会社ミナトシステムの担当者が対応した。", "株式会社ミナトシステム", "contractor"),
])
def test_a_company_that_is_the_party_itself(text, value, reason):
    assert _reasons(AffiliationRecognizer, text)[value] == reason


@pytest.mark.parametrize("text, value", [
    ("勤務先　株式会社みなと工務\n", "株式会社みなと工務"),              # a person's workplace field
    ("北浜 太郎\t株式会社みなと工務\t会社員\n", "株式会社みなと工務"),   # a person's row: their employer
    ("夫は株式会社みなと工務に勤めている。", "株式会社みなと工務"),
])
def test_a_company_that_is_someones_workplace_is_still_weighed(text, value):
    assert _reasons(AffiliationRecognizer, text)[value] is None


def test_a_legal_form_before_a_name_opens_the_next_company():
    # 保守委託先|株式会社ミナトシステム: the words before the legal form are no company's name
    assert "保守委託先株式会社" not in _reasons(AffiliationRecognizer, "保守委託先株式会社ミナトシステムの担当者")


def test_a_donor_companys_row_is_no_ones_row():
    text = ("寄附日\t寄附者\t所在地\t金額\t使途\n"
            "4月12日\t株式会社みなと工務\t市内\t500,000円\t子育て支援\n")
    assert not any("株式会社みなと工務" in s for s in _highs(text))


def test_a_practice_of_ones_own_in_town_is_a_rare_trade():
    # 開業: like a shop the person runs, one of a handful in the town
    assert any(any("開業" in t for t in s) for s in _highs("相談者は６０代の男性で、駅前で歯科医院を開業している。"))
    assert not _highs("相談者は６０代の男性で、市内の会社に勤めている。")


def test_a_class_teachers_age_and_sex_are_not_the_childs():
    text = "本児は北小学校の３年生で、母と二人暮らし。担任は５０代の女性である。"
    [child] = _highs(text)
    assert "５０代" not in child and "女性" not in child


def test_a_teacher_whose_own_illness_is_told_is_a_person_of_the_case():
    assert any("３０代" in s for s in _highs("５年生の担任（３０代・女性）が、うつ病のため休職している。"))


def test_a_counted_set_of_people_described_together_is_a_statistic():
    # いずれも: every one of the three; the district is theirs as a set
    assert not _highs("令和５年の交通事故死者は３名で、いずれも７０代以上の男性、うち２名は南町地区の国道での事故でした。")


def test_a_couple_or_a_household_size_is_no_counted_set():
    assert _highs("昨年１１月、字北原の８０代のご夫婦の家で火事があり、２人とも救急搬送された。")
    assert _highs("字北原の３人暮らしの世帯で、８０代の女性が転倒した。")


def test_the_area_a_post_covers_is_no_ones_place():
    assert not _highs("○健康推進課長（５０代・女性）　保健師として２０年、北町地区を担当してまいりました。")
    # the same area as where a resident lives, written again: still hers
    assert _highs("字北原担当の民生委員から、字北原の８０代の女性が一人暮らしで困っていると連絡があった。")
