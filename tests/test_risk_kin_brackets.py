"""A name whose brackets open with the person's relation (今野 和子さん（妻、…）)
is a member of the household written just before: what is said of both
narrows one household. Made-up minutes; near misses: brackets that open with
an attribute of their own (another person), and the relation of someone after
an official (the official is no household)."""
from redactor.masking import resolve_overlaps
from redactor.pipeline import Redactor
from redactor.risk import _group_subjects, _visible_qis


def groups(text):
    return [(s.level, {f.text for f in s.findings}) for s in Redactor().check(text).risk]


COUPLE = "〇５番（森議員）　字北沢に移住された今野 誠さん（７０代）・今野 和子さん（{}、染色作家）から話を伺いました。\n"


def persons(text):
    """The people the sentence-by-sentence reading forms (not the passage read whole)."""
    r = Redactor()
    decided = resolve_overlaps(r.policy.apply(r.detector.detect(text, [])))
    qis = sorted(_visible_qis(decided), key=lambda f: f.start)
    return [{f.text for f in g.members} for g in _group_subjects(text, qis, decided) if not g.passage]


def test_a_spouse_in_brackets_joins_the_household():
    text = COUPLE.format("妻")
    assert any({"７０代", "染色作家"} <= g for g in persons(text))
    assert any({"字北沢", "７０代", "染色作家"} <= g for level, g in groups(text) if level == "high")


def test_near_miss_brackets_of_an_attribute_are_another_person():
    # 今野 和子さん（６０代、…）: a person of her own, not a relation of the man before
    # (the passage read whole as a fallback still holds both: that reading fails closed)
    found = persons(COUPLE.replace("{}", "６０代"))
    assert any({"６０代", "染色作家"} <= g and "７０代" not in g for g in found)


def test_near_miss_a_relation_after_an_official_joins_no_household():
    text = ("〇市民部長（今野 誠）　お答えします。字北沢の今野 和子さん（妻、染色作家）からの相談は、"
            "担当課で伺っております。\n")
    assert not any("市民部長" in g for _, g in groups(text))
