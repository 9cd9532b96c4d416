"""SENSITIVE: a sentence about many people at once (a share, a crowd, voices
heard, what a measure should make possible) is about no one person; the same
words beside one person keep the finding. Made-up sentences."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


def spans(text):
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "○福祉課長（南浜）　生活保護を受給している世帯のうち、高齢者世帯が半数を占めております。",
    "○３番（西浦君）　地元でも、生活保護を受けている方から、車を持てないので通院が大変だという声を聞きます。",
    "市営住宅には、認知症の高齢者の方が多く住んでいる。",
    "○５番（東浦花子君）　ＤＶ被害者の方が安心して相談できるよう、窓口の充実を求めます。",
])
def test_a_sentence_about_many_people_is_no_ones_fact(text):
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    # one person named in the same sentence: the fact is that person's
    "西浦さんから、生活保護を受けているので車を持てないという声があった。",
    "相談者は、生活保護を受給している世帯のうち、半数が高齢者だと話した。",
    # one person, no word of many
    "○３番（西浦君）　地元の方が生活保護を受けているが、車を持てないと聞きます。",
])
def test_one_person_beside_the_words_keeps_the_finding(text):
    assert spans(text) != []


def test_some_picked_out_of_a_group_are_not_a_crowd():
    from redactor.recognizers._sensitive_group import many_people
    assert many_people("会員の中には、通院費のために生活保護の申請を考えている方もいます。") is None
    assert many_people("受給世帯のうち、高齢者世帯が半数を占めております。") == "半数"


@pytest.mark.parametrize("text", [
    "生活保護を受給中の方が亡くなった場合、葬祭扶助が支給される。",
    "○市民部長（北浦）　ＤＶ被害を受けている方からの相談は、女性相談員が対応しております。",
])
def test_a_condition_stated_of_anyone_who_meets_it_is_no_ones_fact(text):
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    "相談者が亡くなった場合に備え、長男は生活保護を受給している。",
    "西浦さんが入院した場合、生活保護を受給している長男が一人になる。",
])
def test_one_person_in_the_conditional_sentence_keeps_the_finding(text):
    assert spans(text) != []


def test_an_unstated_number_of_people_is_a_group():
    assert spans("不登校の児童は各学校に数人ずつおります。") == []
    assert spans("西浦さんの学級には不登校の児童が数人いる。") != []  # one person named: kept


@pytest.mark.parametrize("text", [
    "○８番（西浦君）　私の地域では、認知症の親を介護している家庭が多くあります。",
    "○８番（西浦君）　精神疾患を抱える方の家族会から要望書が出ております。",
    "○市長（南浜君）　ＤＶや虐待に苦しむ方を一人でも減らしたい。",
])
def test_households_said_to_be_many_an_association_and_an_aim_are_groups(text):
    assert spans(text) == []


def test_a_named_household_among_many_keeps_the_finding():
    assert spans("西浦さんの家庭も、認知症の親を介護している家庭が多い地区にある。") != []


def test_a_count_asked_in_the_sentence_is_about_a_group():
    assert spans("○委員（西浦）　飲酒運転で処分された職員は、過去５年間で何人いますか。") == []
    # the one staff member the sentence is about keeps the finding
    assert spans("○総務部長（南浜）　当該職員は、酒気帯び運転により懲戒免職とした。処分の件数は1件である。") != []


def test_the_drop_is_logged_with_the_word_that_said_so():
    from redactor.recognizers._drops import recording
    with recording() as drops:
        spans("○福祉課長（南浜）　生活保護を受給している世帯のうち、高齢者世帯が半数を占めております。")
    assert any(d.label == "SENSITIVE" and "半数" in d.reason for d in drops)


def test_a_relative_in_the_sentence_is_one_person():
    assert spans("母は認知症で、症状が進んだ場合は施設への入所を検討している。") != []


@pytest.mark.parametrize("text, value", [
    # 数名 as whom the act came from, and 生徒数名 (a few pupils, not the count 生徒数)
    ("１年生の女子児童が、同学年の児童数名から掲示板で中傷を受けた。", "同学年の児童数名から掲示板で中傷を受けた"),
    ("当該生徒は、上級生数人により金品を要求されていた。", "上級生数人により金品を要求されていた"),
])
def test_several_people_who_did_it_are_not_a_crowd_the_sentence_is_about(text, value):
    assert spans(text) == [value]


@pytest.mark.parametrize("text", [
    "不登校の児童数名について、個別に支援している。",  # a few children, none told apart
    "中傷を受けた生徒数は１２名であった。",  # a count
])
def test_several_or_a_count_as_the_subject_stays_no_ones_fact(text):
    assert spans(text) == []
