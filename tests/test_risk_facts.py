"""A sensitive fact told of a person (made-up text): the person's group
holds it, and a combination a small circle shares is high when it is told
(情報公開法第5条第1号後段); the near misses stay low -- a fact with one
broad attribute, a combination of the same attributes with no fact, an
accident on a road with the victim's job, policy text about the fact."""
from redactor.finding import Finding
from redactor.pipeline import Redactor
from redactor.risk import judge
from redactor.risk_facts import FactIndex, fact_term


def qi(label, text, **attrs):
    return Finding(label, 0, len(text), text, 0.8, "T", action="KEEP", attributes=attrs)


def risk(text):
    return Redactor().check(text).risk


def highs(text):
    return [s for s in risk(text) if s.level == "high"]


def test_a_support_measure_told_of_a_person_in_a_town_with_age_and_sex_is_high():
    text = "閲覧された記録の対象者は若葉町に住む３０代の女性で、ＤＶ等支援措置の対象者であった。\n"
    found = highs(text)
    assert found and "要配慮の事実" in found[0].why
    # the same person without the fact: some hundred women of that age in the town, low
    assert not highs("閲覧された記録の対象者は若葉町に住む３０代の女性であった。\n")


def test_the_group_holds_the_fact_it_tells():
    text = "相談者は若葉町に住む５０代の男性で、うつ病の治療中である。\n"
    subject = highs(text)[0]
    spans = [tuple(s) for s in subject.to_prediction()["spans"]]
    assert any("うつ病" in text[a:b] for a, b in spans)
    assert all(f.label != "SENSITIVE" for f in subject.findings)  # the fact is shown, not generalised


def test_a_fact_with_one_broad_attribute_or_two_of_a_whole_city_stays_low():
    assert not highs("相談者は５０代の男性で、うつ病の治療中である。\n")
    assert not highs("市内在住の８０代の女性が自宅で転倒し、骨折した。\n")


def test_an_accident_on_a_road_with_the_victims_job_stays_low():
    # a road places the accident, not the household: with a job word, still hundreds
    members = [qi("PLACE", "市道北浜３号線"), qi("OCCUPATION", "看護師")]
    assert judge(members, 50000, None, sensitive="打撲").k >= 10
    members = [qi("PLACE", "北浜町"), qi("OCCUPATION", "看護師")]
    assert judge(members, 50000, None, sensitive="打撲").k < 10


def test_the_circle_is_said_in_the_reason():
    members = [qi("PLACE", "北浜町"), qi("AGE", "４０代", kind="band", years=40), qi("GENDER", "女性")]
    j = judge(members, 50000, None, sensitive="生活保護")
    assert j.k < 10 and "人の範囲" in j.why and "生活保護" in j.why
    assert judge(members, 50000, None).k >= 10


def test_policy_text_about_a_fact_is_no_ones():
    facts = FactIndex([Finding("SENSITIVE", 5, 9, "生活保護", 0.8, "T", action="KEEP", attributes={"kind": "welfare"})])
    assert facts.told([(0, 20)]) == []
    told = FactIndex([Finding("SENSITIVE", 5, 9, "生活保護", 0.8, "T", action="MASK",
                              attributes={"kind": "welfare", "term": "生活保護"})]).told([(0, 20), (0, 20)])
    assert len(told) == 1 and fact_term(told) == "生活保護"
    assert fact_term([]) is None


def test_a_fact_that_is_no_sensitive_kind_is_not_read():
    # arrears and a trouble with the neighbours are no 要配慮個人情報: the usual judgement holds
    arrears = Finding("SENSITIVE", 5, 9, "滞納", 0.8, "T", action="MASK", attributes={"kind": "arrears", "term": "滞納"})
    assert FactIndex([arrears]).told([(0, 20)]) == [arrears]  # listed with the person ...
    assert fact_term([arrears]) is None  # ... but judged as usual
    text = "私の隣家に住む６０代の男性は、深夜に大声を出している。\n"
    assert not any("要配慮" in s.why for s in risk(text))


def test_an_attribute_the_policy_masks_is_listed_with_the_person_not_weighed():
    age = Finding("AGE", 3, 6, "８４歳", 0.8, "T", action="MASK", attributes={"kind": "exact", "years": 84})
    shown = Finding("AGE", 13, 16, "８４歳", 0.8, "T", action="REVIEW", attributes={"kind": "exact", "years": 84})
    assert FactIndex([age, shown]).told([(0, 20)]) == [age]


def test_a_named_origin_with_a_crime_suffered_is_high_alone():
    text = "私のところに相談に来られた方は、フィリピン国籍の方で、夫から暴力を受けておられます。\n"
    assert any("要配慮の事実" in s.why for s in highs(text))
    # a foreign nationality of any country: some thousand residents, low
    assert not highs("私のところに相談に来られた方は、外国籍の方で、夫から暴力を受けておられます。\n")


def test_a_body_named_beside_an_illness_is_no_attribute_of_the_person():
    # the hospital one attends is where one is treated: alone it narrows no one here
    members = [qi("AFFILIATION", "南浜大学", pattern="大学")]
    assert judge(members, 50000, None, sensitive="難病").k >= 10
    members.append(qi("AGE", "９３歳", kind="exact", years=93))
    assert judge(members, 50000, None, sensitive="難病").k < 10


def test_one_age_sex_or_relation_beside_a_fact_leaves_no_small_circle():
    # an exact age is shared by some hundred residents of a city: with the fact, still low;
    # an origin few residents share is the kind one attribute can narrow (see above)
    assert judge([qi("AGE", "９３歳", kind="exact", years=93)], 50000, None, sensitive="難病").k >= 10
    assert judge([qi("NATIONALITY", "ペルー国籍")], 50000, None, sensitive="難病").k < 10


def test_the_circle_is_a_policy_setting(tmp_path):
    from redactor.policy import load_policy

    text = "閲覧された記録の対象者は若葉町に住む３０代の女性で、ＤＶ等支援措置の対象者であった。\n"
    assert highs(text)  # the default circle (population.toml)
    path = tmp_path / "policy.toml"
    path.write_text('name = "test"\nextends = "default"\n[risk]\nsensitive_circle = 10\n', encoding="utf-8")
    off = Redactor(policy=load_policy(str(path)))
    assert not [s for s in off.check(text).risk if s.level == "high"]  # at the k threshold the rule is off
    assert highs(text)  # and the setting does not leak into the next document's check


def test_a_sensitive_fact_of_one_resident_on_a_day_in_a_small_area_is_high():
    # one resident counted as one (住民１名), a day and a 地区: the 地区 knows who had that day's trouble
    text = "・２月１４日、西浜地区で給水管の破損があり、人工透析を受けている住民１名から問合せがあった。\n"
    found = highs(text)
    assert found and "小さな地域での特定の日" in found[0].why
    # near misses: the same day and 地区 with no fact told, or many residents counted
    assert not highs("・２月１４日、西浜地区で給水管の破損があり、住民１名から問合せがあった。\n")
    assert not highs("・２月１４日、西浜地区で給水管の破損があり、人工透析を受けている住民１５名に連絡した。\n")
