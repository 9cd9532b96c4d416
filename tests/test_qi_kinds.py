"""Attribute kinds people are described by (made-up text), each with the
near miss that must stay out: work named by its field or by a trade's
shop, a job only one person holds, public housing after its place, a
former village, part of a month or a season as an event's time, a
household formed around a parent's care or an infant, and returnees."""
import pytest

from conftest import found, texts
from redactor.recognizers.age import AgeRecognizer
from redactor.recognizers.date import DateRecognizer
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.nationality import NationalityRecognizer
from redactor.recognizers.occupation import OccupationRecognizer
from redactor.recognizers.place import PlaceRecognizer
from redactor.risk import attribute_shares
from redactor.finding import Finding


@pytest.mark.parametrize("text, value", [
    ("相談者は早朝に清掃の仕事をしている。", "早朝に清掃の仕事をしている"),
    ("同氏は豆腐屋を営んでいる。", "豆腐屋を営んでいる"),
    ("その方は町内で唯一の獣医師です。", "町内で唯一の獣医師"),
    ("申出人は市営バスの運転士である。", "市営バスの運転士"),
    ("御本人は腕の良い宮大工として知られる。", "宮大工"),
])
def test_work_described_or_a_job_of_the_classification(text, value):
    assert value in texts(OccupationRecognizer, text)


@pytest.mark.parametrize("text", ["仕事を探している方への支援。", "清掃の仕事の求人が増えている。",
                                  "市内で唯一の歯科医院が閉院した。", "獣医師会から要望があった。"])
def test_work_words_that_describe_no_one(text):
    assert texts(OccupationRecognizer, text) == []


def test_a_job_only_one_person_holds_is_rare():
    f = Finding("OCCUPATION", 0, 9, "町内で唯一の獣医師", 0.5, "T", action="KEEP")
    assert attribute_shares([f])["OCCUPATION"] <= 0.0002


@pytest.mark.parametrize("text, value", [
    ("住まいは川端の市営住宅です。", "川端の市営住宅"),
    ("その方は旧柳沢村にお住まいです。", "旧柳沢村"),
    ("旧柳沢村地区　ひとり親世帯　補聴器購入費", "旧柳沢村地区"),
])
def test_public_housing_after_its_place_and_a_former_village(text, value):
    assert value in texts(PlaceRecognizer, text)
    assert all(a.get("kind") == "small_area" for t, a in found(PlaceRecognizer, text) if t == value)


@pytest.mark.parametrize("text", ["市内の市営住宅の入居率は９割である。", "旧村役場を改修する。", "旧町時代の資料を整理した。",
                                  "旧姓の使用を認める。"])
def test_housing_and_old_names_that_are_no_place(text):
    assert texts(PlaceRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("９月下旬、７０代の女性が自宅で倒れていた。", "９月下旬"),
    ("昨年２月上旬に、申出人が転倒した。", "昨年２月上旬"),
    ("年末年始、北町の該当者が救急搬送された。", "年末年始"),
    ("○８番（森議員）　お盆に、川で子どもが流された。", "お盆"),
])
def test_part_of_a_month_or_a_season_as_the_time_of_an_event(text, value):
    assert value in texts(DateRecognizer, text)


@pytest.mark.parametrize("text", ["申請は３月上旬までに提出する。", "工事は９月下旬にかけて行う。", "年末年始の休館日をお知らせする。",
                                  "本年もお盆に、墓参りの方の駐車場を用意する。"])
def test_periods_and_seasons_in_a_notice(text):
    assert texts(DateRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("その方は母の介護のため県外から戻ってきた。", "母の介護のため県外から戻ってきた"),
    ("当該世帯には生後５か月の乳児がいる。", "乳児がいる"),  # 生後５か月 is an AGE of its own
    ("相談者は医療的ケア児を育てている。", "医療的ケア児を育てて"),
])
def test_a_household_formed_around_care_or_a_child(text, value):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text", ["親の介護のために休暇を取る職員が増えた。", "介護のための休業制度を周知する。"])
def test_care_in_general_is_no_household(text):
    assert texts(FamilyRecognizer, text) == []


@pytest.mark.parametrize("text, value", [("同人は中国残留邦人の家族として帰国した。", "中国残留邦人の家族として帰国"),
                                         ("相談者は日系ペルー人三世である。", "日系ペルー人三世")])
def test_returnees_and_descendants_of_emigrants(text, value):
    assert value in texts(NationalityRecognizer, text)


def test_a_programme_for_returnees_is_no_one():
    assert texts(NationalityRecognizer, "中国残留邦人等支援給付の実施について") == []


@pytest.mark.parametrize("text, value", [("報告書には「市内北部の小規模校」とある。", "市内北部の小規模校"),
                                         ("児童は山間部の小学校に通っている。", "山間部の小学校"),
                                         ("全校児童１２人の小学校である。", "全校児童１２人の小学校")])
def test_a_school_named_by_where_it_is_and_how_small(text, value):
    from redactor.recognizers.affiliation import AffiliationRecognizer
    assert value in texts(AffiliationRecognizer, text)


@pytest.mark.parametrize("text", ["市内の小学校では給食を無償化した。", "北部の地区では雪が多い。"])
def test_schools_in_general_and_areas_are_no_school_hint(text):
    from redactor.recognizers.affiliation import AffiliationRecognizer
    assert texts(AffiliationRecognizer, text) == []


@pytest.mark.parametrize("text, value", [("駐在所の元巡査の女性から相談がありました。", "駐在所の元巡査"),
                                         ("その方は元看護師です。", "元看護師")])
def test_a_former_job_with_where_it_was_held(text, value):
    assert value in texts(OccupationRecognizer, text)


def test_a_former_village_before_a_trade_is_a_place_of_its_own():
    text = "旧若葉村の民宿を営んでいる男性"
    assert texts(OccupationRecognizer, text) == ["民宿を営んでいる"]
    assert texts(PlaceRecognizer, text) == ["旧若葉村"]


@pytest.mark.parametrize("text", ["元気な高齢者が多い。", "令和元年度の決算"])
def test_gen_before_no_job_is_no_former_job(text):
    assert texts(OccupationRecognizer, text) == []


def test_the_new_kinds_generalise_to_their_own_kind_and_nothing_stays_high():
    from redactor.pipeline import Redactor
    r = Redactor()
    text = "同人は中国残留邦人の家族として帰国した。大字北原に住む８０代の方である。\n"
    assert any(s.level == "high" for s in r.check(text).risk)
    out = r.redact(text, generalize=True).text
    assert "海外から帰国した" in out and "外国籍" not in out  # a returnee is no foreign national
    assert not any(s.level == "high" for s in r.check(out).risk)
    text = "駐在所の元巡査の女性から相談がありました。住まいは北原集落です。年齢は７０代です。\n"
    out = r.redact(text, generalize=True).text
    assert "退職者の女性" in out and not any(s.level == "high" for s in r.check(out).risk)


@pytest.mark.parametrize("text, value", [("北地区の御夫婦のお宅が、先日の大雨で床上浸水した。", "先日の大雨"),
                                         ("先週の台風で屋根が飛ばされた方がいる。", "先週の台風")])
def test_a_weather_event_dated_by_when_it_was(text, value):
    assert value in texts(DateRecognizer, text)


@pytest.mark.parametrize("text", ["先日の大雨に備え、土のうを配布した。", "昨年の台風対策について伺う。"])
def test_preparing_for_weather_is_no_event(text):
    assert texts(DateRecognizer, text) == []


def test_the_speakers_own_neighbourhood_is_a_place():
    assert ("私の近所", {"kind": "town"}) in [(t, {"kind": a["kind"]}) for t, a in
                                                    found(PlaceRecognizer, "私の近所に、一人で暮らす方がいます。")]
    assert texts(PlaceRecognizer, "私の意見を申し上げます。") == []


@pytest.mark.parametrize("text, value", [("ご主人は元市職員である。", "ご主人"), ("奥様は車椅子を使っておられる。", "奥様")])
def test_a_spouse_named_politely(text, value):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text, value", [("被害者は、市内南部の集落に住む８０代の女性である。", "市内南部の集落"),
                                         ("山あいの集落で暮らしている。", "山あいの集落")])
def test_a_settlement_described_by_where_it_lies(text, value):
    assert value in texts(PlaceRecognizer, text)


def test_a_part_of_the_city_without_a_settlement_is_no_place():
    assert texts(PlaceRecognizer, "南部の地域全体で除雪を行う。") == []


@pytest.mark.parametrize("text, value", [("ベトナムから来た母親と暮らしている。", "ベトナムから来た"),
                                         ("フィリピンから嫁いでこられた方である。", "フィリピンから嫁いで")])
def test_came_from_a_country_in_plain_words(text, value):
    assert value in texts(NationalityRecognizer, text)


def test_came_from_another_town_is_no_origin():
    assert texts(NationalityRecognizer, "市外から来た方も利用できる。") == []


def test_kin_words_of_everyday_speech():
    assert "おばあさん" in texts(FamilyRecognizer, "寝たきりの９２歳のおばあさんが搬送された。")


@pytest.mark.parametrize("text, value", [
    ("申請者は高校生の息子と暮らしている。", "高校生の息子"),
    ("相談に来られた方は、大学生の娘さんが県外にいるという。", "大学生の娘さん"),
    ("同居しているのは小学生の孫３人である。", "小学生の孫３人"),
])
def test_a_child_told_by_its_school_stage_is_the_household(text, value):
    """The stage belongs to the child: the household's make-up, not the
    occupation of the one who has the child."""
    assert value in texts(FamilyRecognizer, text)
    assert texts(OccupationRecognizer, text) == []


@pytest.mark.parametrize("text, job", [
    ("申請者は高校生で、母と暮らしている。", "高校生"),
    ("小学生の登下校を見守る。", "小学生"),
])
def test_a_stage_not_said_of_a_child_stays_the_persons(text, job):
    assert job in texts(OccupationRecognizer, text)
    assert not any("生の" in t for t in texts(FamilyRecognizer, text))


@pytest.mark.parametrize("text, value", [
    ("その方は、元は隣町の小学校で音楽の先生をされていた。", "元は隣町の小学校で音楽の先生をされていた"),
    ("以前は市内の高校で英語の教師をしていたそうです。", "以前は市内の高校で英語の教師をしていた"),
    ("相談者は元は漁師だった。", "元は漁師だった"),
])
def test_a_past_job_said_with_moto_wa_or_with_the_school_taught_at(text, value):
    assert value in texts(OccupationRecognizer, text)


def test_moto_inside_a_word_is_no_past_job():
    # 地元は: 元 ends a word, no 元は of a former job
    assert not any(t.startswith("元は") for t in texts(OccupationRecognizer, "地元は漁師だった家が多い。"))


@pytest.mark.parametrize("text, value", [
    ("相談者は身寄りのない方で、一人で暮らしている。", "身寄りのない"),
    ("本人は天涯孤独で、入院の保証人がいない。", "天涯孤独"),
])
def test_no_kin_to_turn_to_is_a_household(text, value):
    assert value in texts(FamilyRecognizer, text)


@pytest.mark.parametrize("text, value", [
    ("負傷したのは、駅前の精肉店の跡継ぎの男性である。", "駅前の精肉店の跡継ぎ"),
    ("申出人は創業１２０年の酒店の四代目です。", "創業１２０年の酒店の四代目"),
])
def test_who_keeps_a_family_business(text, value):
    assert value in texts(OccupationRecognizer, text)


def test_the_heir_of_a_business_is_one_of_the_handful_who_run_one():
    f = Finding("OCCUPATION", 0, 9, "駅前の精肉店の跡継ぎ", 0.5, "T", action="KEEP")
    assert attribute_shares([f])["OCCUPATION"] <= 0.001


def test_successors_in_general_are_no_heir():
    assert not any("後継者" in t for t in texts(OccupationRecognizer, "商店の後継者不足が課題である。"))


@pytest.mark.parametrize("text, value, years", [
    ("公園の入口にいつも座っている年配の女性が見ていた。", "年配", 65),
    ("バス停で初老の男性が倒れているのが見つかった。", "初老", 65),
    ("中年の男が店の前をうろついていた。", "中年", 40),
])
def test_an_age_said_by_a_word_of_life_stage(text, value, years):
    ages = [attrs for t, attrs in found(AgeRecognizer, text) if t == value]
    assert ages and ages[0]["years"] == years and ages[0]["kind"] == "band"


@pytest.mark.parametrize("text", ["年配の方々が多く参加した。", "中年期の健康づくりを進める。", "年配者向けの講座を開く。"])
def test_life_stage_words_of_many_people_are_no_age(text):
    assert texts(AgeRecognizer, text) == []
