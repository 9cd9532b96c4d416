"""Rows of lists of private persons, the money one person received or owes,
and household size and arrival said in words (made-up text): each rule
with the near miss that must stay out or stay low."""
import pytest

from conftest import found, texts
from redactor.pipeline import Redactor
from redactor.recognizers.amount import AmountRecognizer
from redactor.recognizers.family import FamilyRecognizer
from redactor.recognizers.nationality import NationalityRecognizer
from redactor.recognizers.place import PlaceRecognizer

_RECIPIENTS = ("給付金の支給状況（個人）\n"
               "番号\t地区\t年齢\t世帯構成\t支給額\n"
               "1\t桐ヶ谷\t81\t単身\t30,000円\n"
               "2\t小松原\t77\t夫婦\t30,000円\n")


def highs(text):
    return [[f.text for f in s.findings] for s in Redactor().check(text).risk if s.level == "high"]


def kinds(text):
    return [(t, a.get("kind")) for t, a in found(AmountRecognizer, text)]


def test_a_cell_under_a_district_heading_is_a_place():
    assert "桐ヶ谷" in texts(PlaceRecognizer, _RECIPIENTS)
    assert "小松原" in texts(PlaceRecognizer, _RECIPIENTS)


def test_a_town_named_like_this_town_is_a_place_in_a_district_column():
    # 本町 is "this town" in prose, a common 町名 in a 地区 cell; 市内 stays no place
    text = "氏名\t地区\t年齢\n北浜　一郎\t本町\t88\n南浦　花子\t市内\t91\n"
    assert texts(PlaceRecognizer, text) == ["本町"]


def test_a_total_or_a_number_under_a_district_heading_is_no_place():
    text = "地区\t世帯数\t人数\n合計\t1,204\t2,830\n市外\t12\t20\n"
    assert texts(PlaceRecognizer, text) == []


def test_a_cell_under_a_household_heading_is_a_household():
    assert "夫婦" in texts(FamilyRecognizer, _RECIPIENTS)
    assert texts(FamilyRecognizer, "区分\t件数\n夫婦\t12\n") == []  # no household column: a count's label


def test_each_row_of_a_list_of_recipients_is_a_person_and_reads_high():
    rows = highs(_RECIPIENTS)
    assert any("桐ヶ谷" in r and "30,000円" in r for r in rows)
    assert any("小松原" in r for r in rows)


def test_a_row_of_a_list_of_donors_with_the_district_and_the_sum_reads_high():
    text = "寄附の受入状況\n地区\t寄附者\t金額\n上郷\t個人\t50,000円\n"
    assert highs(text) == [["上郷", "50,000円"]]


def test_a_budget_by_district_is_no_one():
    text = "地区別の事業費\n地区\t事業名\t金額\n上郷\t水路改修\t5,000,000円\n下郷\t側溝整備\t3,200,000円\n"
    assert highs(text) == []
    assert all(kind is None for _, kind in kinds(text))


def test_a_company_row_of_a_donor_list_is_no_private_money():
    text = "地区\t寄附者\t金額\n上郷\t株式会社上郷建設\t1,000,000円\n"
    assert all(kind is None for _, kind in kinds(text))


@pytest.mark.parametrize("text, value", [
    ("お尋ねの方の滞納額は約320万円になっております。", "320万円"),
    ("同氏の年収は180万円ほどである。", "180万円"),
])
def test_money_one_person_owes_or_earns_is_personal(text, value):
    assert (value, "personal") in kinds(text)


@pytest.mark.parametrize("text", ["本事業の予算額は500万円である。",
                                  "損害賠償の額は金38万円とする。",
                                  "1人当たりの単価は3,000円です。"])
def test_a_budget_or_a_settlement_of_a_bill_is_no_one_money(text):
    assert all(kind is None for _, kind in kinds(text))


@pytest.mark.parametrize("text, value", [("申出人は三人暮らしである。", "三人暮らし"),
                                         ("同世帯は4人で暮らしている。", "4人で暮らし")])
def test_household_size_said_as_how_they_live(text, value):
    assert value in texts(FamilyRecognizer, text)


def test_a_share_of_people_is_no_household_size():
    assert texts(FamilyRecognizer, "高齢者の3人に1人が該当する。") == []


@pytest.mark.parametrize("text, value", [("相談者は平成30年に来日した。", "平成30年に来日"),
                                         ("同氏は5年前に来日し、", "5年前に来日")])
def test_the_year_someone_came_to_japan(text, value):
    assert value in texts(NationalityRecognizer, text)


def test_a_visit_to_japan_of_no_resident_is_no_origin():
    assert texts(NationalityRecognizer, "来日する観光客が増えている。") == []


def test_a_named_origin_with_language_arrival_and_household_reads_high():
    text = "申出人はフィリピン国籍で、日本語がほとんど話せない。平成30年に来日し、三人暮らしである。\n"
    assert any("三人暮らし" in s for s in highs(text))


def test_foreign_residents_as_a_group_stay_low():
    text = "市内の外国籍の住民は約600人で、三人暮らしの世帯が多い傾向にあります。\n"
    assert highs(text) == []


def test_a_private_givers_gift_is_personal_and_a_companys_is_not():
    assert ("100,000円", "personal") in kinds("北町にお住まいの山田様より100,000円のご寄附をいただきました。")
    assert all(k is None for _, k in kinds("株式会社北町商事様より1,000,000円のご寄附をいただきました。"))


def test_the_station_front_where_someone_works_or_lives_is_a_small_area():
    assert "駅前" in texts(PlaceRecognizer, "同氏は駅前で理髪店を営んでいる。")
    assert texts(PlaceRecognizer, "駅前で清掃活動を行った。") == []


def test_a_shopkeeper_by_the_station_who_owes_tax_reads_high():
    text = ("○３番（北川議員）　固定資産税を長期に滞納している方がいると聞いています。\n"
            "○税務課長　お尋ねの方は、駅前で飲食店を経営されており、滞納額は約３２０万円になっております。\n")
    assert any("駅前" in s and "３２０万円" in " ".join(s) for s in highs(text))


def test_an_incident_on_a_told_day_with_two_narrowing_traits_reads_high():
    text = "相談者は、６月２０日の午後、自宅近くの道で転倒した。相談者は８０代で、ひとり暮らしである。\n"
    assert any(t.startswith("６月２０日") for s in highs(text) for t in s)  # the day, with its time of day


def test_the_same_incident_in_a_month_only_stays_low():
    text = "相談者は、６月に自宅近くの道で転倒した。相談者は８０代で、ひとり暮らしである。\n"
    assert highs(text) == []


def test_a_child_living_with_a_grandparent_alone_is_a_rare_household():
    assert any(t.startswith("祖母と二人") for s in highs("対象児童は小学２年生の男子で、祖母と二人で暮らしている。\n") for t in s)
    assert highs("対象児童は小学２年生の男子で、母と二人で暮らしている。\n") == []


def test_a_member_of_staff_at_work_is_no_resident():
    assert highs("保健師（３０代・女性）が、週に１回、北浦地区の高齢者宅を訪問している。\n") == []


def test_a_resident_who_is_a_nurse_by_trade_stays_a_resident():
    text = "相談者は北浦地区に住む保健師（３０代・女性）で、夫と二人暮らしである。\n"
    assert highs(text)


def test_a_disciplined_member_of_staff_is_singled_out_by_unit_post_and_age():
    text = ("１　処分の内容\n（１）被処分者　　環境部ごみ対策課　主任　（４０代・男性）\n（２）処分の種類　停職１か月\n")
    assert any("ごみ対策課" in " ".join(s) and "４０代" in s for s in highs(text))
    assert any("主事" in s for s in highs("当該職員は、総務部会計課の主事（２０代）であり、公金を着服した。\n"))


def test_staff_at_work_with_their_unit_and_post_describe_no_resident():
    text = "本件は、建設部道路課の主任が現地を確認し、相手方（６０代・男性）と協議した。\n"
    assert highs(text) == []


def test_a_disciplined_member_of_staff_in_a_form_of_fields():
    text = "１　被処分者\n　所属　市民生活部市民課\n　職名　主任\n　年齢　４０代\n　性別　男性\n２　処分内容　減給\n"
    assert any("市民生活部市民課" in s and "主任" in s for s in highs(text))


def test_the_manager_of_a_disciplined_member_of_staff_stays_an_official():
    text = "被処分者である市民課の主任（４０代・男性）の上司である市民課長（５０代・男性）を訓告とした。\n"
    assert all("５０代" not in s for s in highs(text))


def test_the_staff_member_who_handled_a_matter_is_an_official():
    text = "当該職員は、市民課の主事（３０代・女性）であり、通知書を誤って別の世帯に送付した。\n"
    assert highs(text) == []


def test_a_member_of_staff_whose_own_leave_is_told_is_a_person_of_the_case():
    assert highs("市民課に所属する４０代の女性職員が、体調不良のため昨年１０月から休職している。\n")


@pytest.mark.parametrize("text", ["市民課の職員（４０代・女性）が窓口で対応した。\n",
                                  "相談者（７０代・女性）は、体調不良のため、市民課の職員に電話で相談した。\n"])
def test_staff_at_work_or_a_resident_who_called_them_single_out_no_staff(text):
    assert all("市民課" not in s for s in highs(text))
