"""A small area where residents know one another (made-up text): a 字, 集落
or 団地 with two attributes of the person is high; a city's 丁目, a
landmark, or a 字 with attributes that do not narrow stay low; an incident
of a household (a fire) dated in a 字 is high, a fire-prevention notice is not."""
from redactor.pipeline import Redactor


def levels(text):
    return [s.level for s in Redactor().check(text).risk]


def whys(text):
    return [s.why for s in Redactor().check(text).risk if s.level == "high"]


def test_a_village_with_age_and_sex_is_high():
    assert any("小さな地域＋属性2つ" in w for w in whys("開示請求者は、字北浦に住む７０代の男性である。\n"))
    assert "high" in levels("申請者は、上川集落に住む６０代の女性である。\n")


def test_a_city_block_or_a_landmark_with_age_and_sex_stays_low():
    assert "high" not in levels("開示請求者は、桜町二丁目に住む７０代の男性である。\n")
    assert "high" not in levels("駅北口のロータリーで７０代の男性が待っていた。\n")


def test_a_village_with_attributes_that_do_not_narrow_stays_low():
    # 会社員 is a third of working residents, the sex a half: some hundred people
    assert "high" not in levels("申出人は、字北浦に住む会社員の女性である。\n")


def test_a_fire_of_a_household_dated_in_a_village_is_high():
    text = "○３番（森議員）　先週、字西谷で火事がありました。焼けたのは高齢のご夫婦のお宅です。\n"
    assert any("火事" in w for w in whys(text))


def test_a_fire_prevention_notice_is_no_ones():
    text = "先週、字西谷の公民館で火事を防ぐための講習会を開き、高齢の方が多く参加しました。\n"
    assert "high" not in levels(text)


def test_a_rare_origin_with_another_trait_of_the_person_is_high():
    text = "○議員　ペルー人の方からお話を伺いました。ご主人は建設現場で働いています。\n"
    assert any("まれな属性" in w for w in whys(text))


def test_a_common_origin_with_another_trait_stays_low():
    # any foreign nationality: about a thousand residents of a 市, half of them women
    assert "high" not in levels("○議員　外国籍の女性の方からお話を伺いました。\n")


def test_a_complaint_about_a_neighbouring_business_places_the_complainant_next_to_it():
    # the factory complained about knows who lives next to it in the 丁目
    high = [s for s in Redactor().check(
        "うち１件は、北原町三丁目在住の６０代男性から、近隣の工場の騒音についての苦情であった。\n").risk if s.level == "high"]
    assert high and "隣家" in high[0].why
    # near miss: the same resident with a request about a park, no neighbour: one of some dozens
    assert not [s for s in Redactor().check(
        "うち１件は、北原町三丁目在住の６０代男性から、公園の遊具についての要望であった。\n").risk if s.level == "high"]


def test_an_incident_of_a_person_of_an_age_band_in_a_village_is_high():
    # the 地区's few hundred residents hear of what happened to the teenager
    assert any("小さな地域での出来事" in w for w in whys("○委員　西浦地区に住む１０代の若者がバイクで転倒し、けがをした。\n"))


def test_an_office_procedure_or_a_count_in_a_village_stays_low():
    # a procedure (差押え) is no event of a day in the 集落; a count is many people
    assert "high" not in levels("上川集落の７０代の方の家屋について差押えの手続を進めている。\n")
    assert "high" not in levels("西浦地区では、７０代の方の転倒事故が昨年度１２件ありました。\n")
