"""Subjects named by their role in the case and referred back to (made-up
text): a former post is the resident's past work, not an official at work."""
from redactor.pipeline import Redactor


def subjects(text):
    return [(s.level, [f.text for f in s.findings]) for s in Redactor().check(text).risk]


def test_a_former_teacher_is_the_residents_past_work():
    text = "本件の申出人は、元中学校教諭の女性である。\n　申出人は、字坂口に住んでおり、８８歳である。\n"
    highs = [values for level, values in subjects(text) if level == "high"]
    assert any({"元中学校教諭", "女性", "字坂口"} <= set(values) for values in highs)


def test_a_teacher_in_office_stays_an_official():
    # the teacher who took the class out is staff at work: their age and sex are no resident's
    text = "引率した中学校教諭（３０代・女性）は、字坂口の公園で児童を見守っていた。\n"
    assert not any("３０代" in values and level == "high" for level, values in subjects(text))


def test_a_party_of_the_case_referred_back_in_a_later_paragraph():
    text = "　申出人は、令和６年４月に本市に転入した。\n\n　同申出人は、字上原に住む女性で、ネパール国籍である。\n"
    highs = [values for level, values in subjects(text) if level == "high"]
    assert any({"字上原", "女性"} <= set(values) for values in highs)


def test_a_household_referred_back_in_the_answer():
    text = ("○４番（西田議員）　字東原にお住まいの方から相談がありました。\n\n"
            "○福祉課長　そのご家庭は、夫に先立たれた８０代の女性の一人暮らしと伺っております。\n")
    highs = [values for level, values in subjects(text) if level == "high"]
    assert any("字東原" in values and "８０代" in values for values in highs)


def test_another_party_is_not_referred_back():
    # 別の相談者: someone else; the first caller's 字 is not theirs
    text = "　相談者は、字川北に住んでいる。\n\n　別の相談者は、７０代の男性で、一人暮らしである。\n"
    assert not any("字川北" in values and "７０代" in values for _, values in subjects(text))


def test_the_next_turn_states_what_the_person_of_the_turn_before_is():
    text = ("○２番（上田議員）　字南谷の方の件です。\n"
            "○２番（上田議員）　９０代の男性で、奥様と二人暮らしです。\n")
    highs = [values for level, values in subjects(text) if level == "high"]
    assert any({"字南谷", "９０代"} <= set(values) for values in highs)


def test_the_next_turn_about_someone_else_stays_apart():
    text = ("○２番（上田議員）　字南谷の方の件です。\n"
            "○２番（上田議員）　別の方で、９０代の男性が窓口に来られました。\n")
    assert not any({"字南谷", "９０代"} <= set(values) for _, values in subjects(text))


def test_a_place_before_the_one_who_called_describes_them():
    text = "○５番（北野議員）　字南谷の方から相談がありました。８０代で、一人暮らしをされています。\n"
    highs = [values for level, values in subjects(text) if level == "high"]
    assert any({"字南谷", "８０代"} <= set(values) for values in highs)
