"""Occupations from the JSOC major groups and households from the census
household types and the register's kin terms (made-up text): each kind
found, with the near miss that must stay out, and whole sentences the
re-identification check must call high or leave low (a statistic about
many people, an official at work)."""
import pytest

from redactor.pipeline import Redactor
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.occupation import OccupationRecognizer


@pytest.mark.parametrize("text, value, group", [
    ("相談者は水産加工会社の工員で、", "工員", "H"),
    ("その方は漁業従事者で、", "漁業従事者", "G"),
    ("相手方は保険外交員である。", "保険外交員", "D"),
    ("長男は調理人として働いている。", "調理人", "E"),
    ("本人は清掃作業員である。", "清掃作業員", "K"),
])
def test_a_job_noun_of_a_jsoc_major_group(text, value, group, found):
    hits = dict(found(OccupationRecognizer, text))
    assert any(value in t and a.get("jsoc") == group for t, a in hits.items())


@pytest.mark.parametrize("text, value", [
    ("その方は不動産業を営んでおり、", "不動産業を営んでおり"),
    ("父親は漁業に従事している。", "漁業に従事している"),
    ("長女は看護学校に通っている。", "看護学校に通って"),
    ("ご主人は福祉施設の職員で、", "福祉施設の職員"),
    ("本人は駅前の弁当工場のパートで、", "駅前の弁当工場のパート"),
    ("その方はコールセンターで働いている。", "コールセンターで働いている"),
    ("夫は青果市場で働いている。", "青果市場で働いている"),
])
def test_work_stated_without_a_job_noun(text, value, texts):
    assert value in texts(OccupationRecognizer, text)


@pytest.mark.parametrize("text", [
    "介護施設の職員の処遇改善を図る。", "保育所の職員等の配置基準を見直す。", "専門学校に通う学生向けの奨学金を創設する。",
    "獣医師会から要望があった。", "介護職員の確保が課題である。", "代表取締役　山田 太郎", "町役場に勤めている職員が対応した。",
])
def test_work_words_of_a_group_or_a_title(text, texts):
    assert texts(OccupationRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("四男が県外に就職した。", "四男"), ("ひ孫が生まれたそうです。", "ひ孫"), ("義理の母と暮らしている。", "義理の母"),
    ("高齢の母と同居している。", "母と同居している"), ("孫と暮らしている。", "孫と暮らしている"),
    ("実家の母を介護しており、", "母を介護しており"), ("夫が単身赴任中で、", "単身赴任"), ("ご夫婦のみの世帯で、", "ご夫婦のみ"),
    ("長男は県外在住で、", "長男は県外在住"),
])
def test_households_and_kin_said_in_words(text, value, texts):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text", ["工夫と暮らしている人の知恵を集める。", "保護者の世帯を対象に補助する。",
                                  "介護保険の事業計画を策定する。", "仕事と家族の介護の両立を支援する。"])
def test_relation_characters_inside_other_words_stay_out(text, texts):
    assert texts(FamilyRecognizer, text) == []


def _levels(text):
    return [s.level for s in Redactor().check(text).risk]


@pytest.mark.parametrize("text", [
    "その方は水産加工会社の工員で、母を介護しており、先月３日に北原団地の自宅で倒れた。\n",
    "相談者は７８歳の男性で、看護学校に通う孫と二人で暮らしており、昨年１２月に自宅で転倒した。\n",
])
def test_a_resident_described_by_work_and_household_is_high(text):
    assert "high" in _levels(text)


@pytest.mark.parametrize("text", [
    "単独世帯は市全体で1,234世帯となっており、前回調査から増加した。\n",
    "担当の保健師が７月２日に訪問し、状況を確認した。\n",
])
def test_a_statistic_and_an_official_at_work_stay_low(text):
    assert "high" not in _levels(text)


@pytest.mark.parametrize("text, value", [
    ("３人の子どもを育てている。", "３人の子ども"), ("四人きょうだいの末っ子で、", "四人きょうだい"),
    ("祖父が仕事を辞めて面倒を見ている。", "祖父が仕事を辞めて面倒を見ている"), ("父親が一人で育てている。", "父親が一人で育てている"),
])
def test_children_and_who_looks_after_them(text, value, texts):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text", ["1人の子どもに対し5万円を支給する。", "2人の子のうち1人が対象となる。",
                                  "母が見ている前で転んだ。", "職員が面倒を見ている。"])
def test_a_rate_per_child_and_a_glance_are_no_household(text, texts):
    assert [t for t in texts(FamilyRecognizer, text) if "人の" in t or "面倒" in t or "見て" in t] == []
