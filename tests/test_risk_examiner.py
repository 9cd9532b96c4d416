"""Combinations an examiner calls close to unique (made-up text), each
with the near miss that must stay low: a child of a grade of a named
school with an incident, a household written with two members' ages, a
place with a statement that only one person has the attribute, a row of
a consultation table with the town in its last cell, ages written in
full-width digits, and a retired head of a local office."""
import pytest

from redactor.finding import Finding
from redactor.pipeline import Redactor
from redactor.risk import attribute_shares, estimate_k


def qi(label, text, **attrs):
    return Finding(label, 0, len(text), text, 0.8, "T", action="KEEP", attributes=attrs)


def levels(text):
    return [s.level for s in Redactor().check(text).risk]


def test_a_full_width_age_is_read_as_its_years():
    # ７９歳 is the same one year of the 70s band as 79歳, not an unknown age
    assert attribute_shares([qi("AGE", "７９歳", kind="exact", years=79)])["AGE"] == pytest.approx(0.129 * 0.1)


def test_an_incident_of_a_child_in_a_grade_of_a_named_school_with_the_childs_sex():
    text = "下校中に、市立北原小学校の４年生の男の子が不審な男に声をかけられる事案がありました。\n"
    assert "high" in levels(text)


def test_a_grade_and_sex_without_an_incident_or_a_school_stay_low():
    assert "high" not in levels("市立北原小学校の４年生の男の子が作品展で入賞しました。\n")
    assert "high" not in levels("４年生の男の子が不審な男に声をかけられる事案がありました。\n")


def test_a_household_with_two_members_relations_and_exact_ages():
    members = [qi("FAMILY", "母"), qi("AGE", "３４歳", kind="exact", years=34), qi("FAMILY", "弟"),
               qi("AGE", "５歳", kind="exact", years=5)]
    assert estimate_k(members + [qi("DATE", "８月２日")], 50000, None)[0] == 1
    # two members with their ages and nothing more: a couple of 72 and 68 is some dozens of households
    assert estimate_k(members, 50000, None)[0] > 1
    # one relation with an age band is a household form shared by many
    assert estimate_k([qi("FAMILY", "母"), qi("AGE", "30代", kind="band", years=30)], 50000, None)[0] > 10


def test_only_one_person_with_the_attribute_in_a_place():
    text = "町内の百歳以上の方は１名のみであり、広報に「北谷地区の女性」と書くだけで分かってしまう。\n"
    assert "high" in levels(text)
    assert "high" not in levels("町内の百歳以上の方は１２名で、北谷地区の女性が最も多い。\n")


def test_a_consultation_row_with_exact_age_sex_and_town():
    text = "No.3　相談者：森本ハル（７９歳・女性）　北浦町\n"
    assert levels(text) == ["high"]
    assert levels("No.3　相談者：森本ハル（７０代・女性）\n") == ["low"]


def test_a_retired_head_of_a_local_office_is_rare():
    assert "high" in levels("先日お会いした方は８７歳で、元消防署長です。\n")
    assert "high" not in levels("先日お会いした方は８７歳で、元会社員です。\n")


def test_names_masked_before_a_second_check_stay_different_people():
    # after --generalize the names read ［氏名］さん: each is a person of their own,
    # so the second resident's origin does not join the first resident's attributes
    text = ("昨年１２月、大字北沢字上野で、一人暮らしの８０代の男性が自宅で倒れているのが見つかった。\n"
            "　また、相談に来られた山辺ゆかりさんは、ベトナム国籍の方です。\n")
    r = Redactor()
    assert "high" in [s.level for s in r.check(text).risk]
    again = r.check(r.redact(text, generalize=True).text)
    assert [s.level for s in again.risk if s.level == "high"] == []
    assert not any({"ベトナム国籍", "８０代"} <= {f.text for f in s.findings} for s in again.risk)


def test_a_word_of_preventing_an_incident_is_no_incident():
    # a programme for a grade is about many children, and 事故防止 tells no accident
    text = "市立北原小学校の５年生の女子児童を対象に、交通安全教室を行い、事故防止を呼びかけました。\n"
    assert "high" not in levels(text)
    assert "high" in levels("市立北原小学校の５年生の女子児童が、下校中に車と接触する事故に遭いました。\n")


def test_a_kind_of_person_said_of_the_person_before_is_the_same_person():
    # (その方は)８０代の女性で、一人暮らしです: the subject is left out, no one new
    text = ("○３番（森議員）　先月、緑川町にお住まいの方から相談がありました。８０代の女性で、一人暮らしです。\n"
            "○福祉課長（田中）　その方は昨年、自宅で転倒し、骨折されています。\n")
    (subject,) = [s for s in Redactor().check(text).risk if s.level == "high"]
    assert {"緑川町", "８０代", "女性", "一人暮らし"} <= {f.text for f in subject.findings}
    # 女性が: a subject of its own sentence, another person
    other = "先月、緑川町にお住まいの方から相談がありました。別の日に、８０代の女性が来庁されました。\n"
    assert not any({"緑川町", "８０代"} <= {f.text for f in s.findings} for s in Redactor().check(other).risk)


def test_a_generalised_value_before_a_kind_of_person_still_introduces_them():
    # after --generalize 「４年２組の男児」 reads 「［学年・学級］の男児」: still a pupil of their own,
    # not the man of the sentence before
    text = ("40代の男性から、ごみの出し方について問合せがありました。\n"
            "4年2組の男児が休み時間に転倒し、前歯を折った。当該児童は北原小学校に通っています。\n")
    r = Redactor()
    assert "high" in [s.level for s in r.check(text).risk]
    again = r.check(r.redact(text, generalize=True).text)
    assert [s.level for s in again.risk if s.level == "high"] == []
