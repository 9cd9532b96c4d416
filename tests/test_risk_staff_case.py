"""A member of staff as the person of a disciplinary paper (made-up text):
the unit, post, age and sex in a field line headed by the role, or in the
fields of a form about the action, are theirs; the near misses -- an
office's unit on a form about a resident's request, a list of the
officials who explained -- describe no one."""
from redactor.pipeline import Redactor


def subjects(text):
    return [(s.level, [f.text for f in s.findings]) for s in Redactor().check(text).risk]


def test_a_field_line_headed_by_the_role_is_that_partys():
    text = ("懲戒処分について\n１　被処分者　　税務課　主事（２０代・男性）\n２　処分内容　　停職３月\n"
            "３　事案の概要\n　被処分者は、令和６年９月１日午後１１時頃、北町二丁目の路上で酒気帯び運転をした。\n")
    highs = [values for level, values in subjects(text) if level == "high"]
    assert any({"税務課", "２０代", "北町二丁目"} <= set(values) for values in highs)


def test_the_fields_of_a_disciplinary_form_are_the_staff_members():
    text = "職員の処分\n　所属　　　子育て支援課\n　職名　　　主任\n　年齢　　　３４歳\n　性別　　　女性\n　処分　　　減給１０分の１（３月）\n"
    highs = [values for level, values in subjects(text) if level == "high"]
    assert any({"子育て支援課", "３４歳"} <= set(values) for values in highs)


def test_the_office_on_a_form_about_a_residents_request_is_no_ones():
    # no disciplinary action told: the unit and post are the office that handled the request
    text = "申出書\n　所属　　　子育て支援課\n　職名　　　主任\n　受付日　　６月３日\n　内容　　　保育所の入所について\n"
    assert not any("子育て支援課" in values and level == "high" for level, values in subjects(text))


def test_a_colleague_who_reported_it_is_no_person_of_the_case():
    # the colleague's post is the office's: only the one the action is against is singled out
    text = ("職員の懲戒処分について\n　所属　　市民課\n　職名　　主事\n　年齢　　２０代\n　処分　　停職１月\n\n"
            "　不正は、同じ係の主任（３０代・女性）が気付き、上司に報告した。\n")
    found = subjects(text)
    assert any(level == "high" and {"市民課", "主事", "２０代"} <= set(values) for level, values in found)
    for level, values in found:
        if level == "high":
            assert "３０代" not in values


def test_a_household_members_heading_is_no_list_of_a_bodys_members():
    from redactor.risk import _MEMBERS_HEAD

    assert _MEMBERS_HEAD.search("世帯構成員") is None and _MEMBERS_HEAD.search("家族構成員の状況") is None
    assert _MEMBERS_HEAD.search("協議会構成員")  # near miss: a body's members


def test_the_member_of_staff_a_disciplinary_action_is_taken_against_is_the_person_of_the_case():
    # the staff member is the party 「に対し」 names, not the subject of the clause
    text = ("人事課長　市教育委員会は、本日付けで、本市の市立西ヶ原小学校に勤務する５０代の女性教諭に対し、"
            "減給１０分の１（２月）の懲戒処分を行いました。\n")
    highs = [values for level, values in subjects(text) if level == "high"]
    assert any({"市立西ヶ原小学校", "５０代"} <= set(values) for values in highs)


def test_a_class_of_people_a_programme_is_for_stays_no_one():
    # near miss: 「に対し」 with a programme after it names a class, and a statistic is no one
    text = ("福祉課長　市は、市内の７０代の一人暮らしの高齢者に対し、見守り訪問を行っております。"
            "北町地区でも同様です。\n")
    assert not any(level == "high" for level, _ in subjects(text))
