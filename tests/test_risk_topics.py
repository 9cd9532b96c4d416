"""A subject ends where the passage turns to another matter (次に、…について
伺います), and an activity the office held (防災訓練が実施された) is no one's;
例えば… that tells what happened is a real case, not an imagined person.
Each rule with a near miss. All names, places and dates are made up."""
import pytest

from redactor.pipeline import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _high(r: Redactor, text: str) -> list:
    return [s for s in r.check(text).risk if s.level == "high"]


LOW = [
    # the question turns to roads: the 字 and the day are the road's
    "○５番（森議員）　相談者は80代の女性で、ひとり暮らしです。次に、道路の補修について伺います。"
    "字北原の市道で、6月12日に陥没が見つかりました。",
    "○５番（森議員）　相談者は80代の女性で、ひとり暮らしです。２点目は、字北原の市道で6月12日に見つかった陥没です。",
    # an activity held in the 地区 on a day
    "申出人は70代の男性である。\nなお、字北原地区では、6月12日に防災訓練が実施された。",
    # an imagined pupil
    "例えば、東小学校4年2組の男子児童がほかの児童のIDで書き込んだ場合、どう対応しますか。",
]

HIGH = [
    # no turn: the road sentence is still about the person's fall
    "○５番（森議員）　相談者は80代の女性で、ひとり暮らしです。字北原の市道で、6月12日に転倒されました。",
    # the next matter asked about is the same person (その方)
    "○５番（森議員）　相談者は字北原の80代の女性です。次に、その方はひとり暮らしと聞いていますが、見守りについて伺います。",
    # 例えば… that happened
    "例えば、東小学校4年2組の男子児童が、先月、ほかの児童のIDで書き込んだ件がありましたね。",
]


@pytest.mark.parametrize("text", LOW)
def test_another_matter_joins_no_subject(redactor, text):
    assert not _high(redactor, text)


@pytest.mark.parametrize("text", HIGH)
def test_near_miss_stays_about_the_person(redactor, text):
    assert _high(redactor, text)


# a person named by a clause, asked about in one turn and answered about in the next
ACROSS_TURNS = [
    "○７番（小林議員）　字東谷でひとり暮らしをしている方から相談がありました。\n"
    "○福祉課長　その方については承知しております。８０代の女性と伺っております。",
    "○７番（小林議員）　字東谷でひとり暮らしをしている方と、先日お話ししました。\n"
    "○福祉課長　その方は８０代の女性と伺っております。",
]


@pytest.mark.parametrize("text", ACROSS_TURNS)
def test_the_answer_about_the_person_asked_after_joins_them(redactor, text):
    assert _high(redactor, text)


def test_a_new_person_introduced_in_the_answer_stays_apart(redactor):
    # near miss: the answer introduces someone else with an attribute (「別の方」 as the subject)
    text = ("○７番（小林議員）　字東谷でひとり暮らしをしている方から相談がありました。\n"
            "○福祉課長　別の方で、８０代の女性が窓口に来られたと聞いております。")
    assert not _high(redactor, text)
