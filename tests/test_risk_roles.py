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
