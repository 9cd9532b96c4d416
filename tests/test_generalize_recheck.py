"""``mask --generalize`` leaves nothing high: the output is checked again and
what still reads high is made coarser or masked (``generalize_recheck``).
All names, places, ages and amounts are made up."""
import pytest

from redactor import generalize_recheck
from redactor.finding import KEEP, MASK, Finding
from redactor.masking import Replacement, apply_masks
from redactor.pipeline import Redactor
from redactor.risk import RiskSubject


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _high(r: Redactor, text: str) -> list:
    return [s for s in r.check(text).risk if s.level == "high"]


# one text per attribute kind (and table rows with amounts): high to begin with
KINDS = [
    # PLACE 字, AGE exact, GENDER, FAMILY household form
    "相談者は字東谷にお住まいの８２歳の女性で、ひとり暮らしです。",
    # DATE without a year, PLACE 丁目, an incident
    "先月１２日の夕方、桜ヶ丘三丁目の交差点で、下校中の児童が自転車と接触して転倒し、足を骨折した。",
    # FAMILY, PLACE 団地の号棟, OCCUPATION described work, AGE
    "申出人は三世代同居の世帯で、梅園団地５号棟に住み、町内の製材所に勤めている４６歳の男性です。",
    # NATIONALITY, FAMILY, PLACE
    "当該世帯は、スリランカ国籍の夫婦と子ども３人の世帯で、字小松に住んでいる。",
    # AFFILIATION school and class, DATE, PLACE, across a question and its answer
    "○５番（森川議員）　先週の土曜日、栗林地区の公園で、市立東小学校４年２組の男児がけがをした件について伺います。\n"
    "○教育部長　当該児童は９歳で、遊具から転落し、腕を骨折しました。",
    # OCCUPATION former post, FAMILY bereaved and away
    "相談者は大字北川にお住まいで、元郵便局長の７８歳の男性です。奥様に先立たれ、長男は県外に在住とのことです。",
    # table rows of a list of recipients with amounts
    "見舞金の支給状況\n地区　性別　年齢　支給額\n東谷地区　女性　84歳　30,000円\n西浜地区1班　男性　77歳　50,000円",
    "補助金交付先\n団地　世帯　金額\n柳沢団地8号棟　ひとり親世帯　120,000円",
    # a place named with its 班 after it, in a row
    "補助金交付先一覧\n地区　年齢　性別　品目　金額\n錦が丘団地　45歳　男性　緊急通報装置　145,000円\n"
    "桐生台町内会1班　20代　女性　合併浄化槽設置費　35,000円",
]

# read whole from the start (the answer's 「この方」, 当該世帯 carry the place the question or the heading told),
# so the first proposals already cover them
KINDS += [
    "○７番（森委員）　深山地区に住む申出人から申出があった。\n"
    "○子育て支援課長　お答えします。この方について申し上げますと、生後2か月の乳児がいるとのことです。\n"
    "○７番（森委員）　ほかに把握していることはありますか。\n○子育て支援課長　トンガ出身です。",
    "字堀ノ内の世帯について報告します。\n"
    "当該世帯について申し上げますと、生後6か月の乳児がいるとのことです。その世帯主は60代です。",
]

# the proposals made on the original text leave these high when the output is read again:
# 「10歳未満の［世帯構成］とのことです」 no longer ends the turn's subjectless answer, so the 地区 of the
# question joins the person the answer describes
NEEDS_RECHECK = [
    "○７番（森委員）　深山地区に住む申出人から申出があった。\n"
    "○子育て支援課長　お答えします。生後2か月の乳児がいるとのことです。\n",
]


@pytest.mark.parametrize("text", KINDS + NEEDS_RECHECK)
def test_nothing_high_is_left_after_generalising(redactor, text):
    assert _high(redactor, text), "the made-up subject must be high to begin with"
    out = redactor.redact(text, generalize=True).text
    assert not _high(redactor, out)


@pytest.mark.parametrize("text", NEEDS_RECHECK)
def test_the_first_proposals_alone_leave_these_high(redactor, text, monkeypatch):
    # near miss: without the re-check rounds the output still reads high (the case is real)
    monkeypatch.setattr(generalize_recheck, "_MAX_ROUNDS", 0)
    out = redactor.redact(text, generalize=True).text
    assert _high(redactor, out)


def test_a_text_with_nothing_high_is_written_as_without_generalize(redactor):
    text = "窓口に７０代の男性が来られ、ごみの出し方について説明しました。"
    assert not _high(redactor, text)
    assert redactor.redact(text, generalize=True).text == redactor.redact(text).text


def test_the_review_of_a_generalised_value_names_the_recheck(redactor):
    text = NEEDS_RECHECK[0]
    result = redactor.redact(text, generalize=True)
    rechecked = [f for f in result.findings if "再チェック" in f.reason]
    assert rechecked and all(f.action == MASK for f in rechecked)
    assert all(r.text != f.text for f in rechecked for r in result.replacements if (r.start, r.end) == f.span)


# -- the mapping from the output back to the original ---------------------------

def _rep(start: int, end: int, text: str, label: str = "PLACE") -> Replacement:
    return Replacement(Finding(label, start, end, "x" * (end - start), 1.0, "t", action=MASK), start, end, text)


def test_output_offsets_map_back_through_replacements():
    # original: 「桐生台町内会1班　20代」, 桐生台町内会 (0..6) written as 市内
    index = generalize_recheck._OutputIndex([_rep(0, 6, "市内")])
    # 「市内1班」 in the output (0..4): the replaced value and the 1班 after it
    assert index.original(0, 4) == (0, 8, "", "")
    # 「20代」 after it (5..8 in the output) is plain text, shifted by 4
    assert index.original(5, 8) == (9, 12, "", "")


def test_a_value_found_inside_a_generalised_one_keeps_the_rest_of_it():
    # 長男（52歳） (0..7) written as 家族（50代）: the re-check finds 50代 at 3..6 of the output
    index = generalize_recheck._OutputIndex([_rep(0, 7, "家族（50代）", "FAMILY")])
    assert index.original(3, 6) == (0, 7, "家族（", "）")


def test_close_escalates_to_the_mask_word_when_the_proposals_do_not_lift_the_subject():
    text = "字東谷の８２歳"
    findings = [Finding("PLACE", 0, 3, "字東谷", 0.9, "t", action=KEEP),
                Finding("AGE", 4, 7, "８２歳", 0.9, "t", action=KEEP)]
    calls = []

    def recheck(out: str) -> list[RiskSubject]:
        calls.append(out)
        if "８２歳" in out and "字東谷" in out:
            age = Finding("AGE", out.index("８２歳"), out.index("８２歳") + 3, "８２歳", 0.9, "t")
            place = Finding("PLACE", 0, 3, "字東谷", 0.9, "t")
            return [RiskSubject("high", [place, age], 1.0, "AGE", None, k_after=1.0)]  # nothing lifts it
        return []

    def render(fs, ov):
        return apply_masks(text, fs, "label", "mask", ov)

    fs, ov, left = generalize_recheck.close(text, findings, {}, render, recheck, 10.0)
    assert left == 0
    assert ov == {(0, 3): "［場所］", (4, 7): "［年齢］"}
    assert render(fs, ov)[0] == "［場所］の［年齢］"
    assert len(calls) == 2  # one round escalated, the next re-check found nothing


def test_close_changes_nothing_when_the_output_reads_low():
    text = "市内の７０代"
    findings = [Finding("AGE", 3, 6, "７０代", 0.9, "t", action=KEEP)]
    fs, ov, left = generalize_recheck.close(text, findings, {}, lambda f, o: apply_masks(text, f, "label", "mask", o),
                                            lambda out: [], 10.0)
    assert (fs, ov, left) == (findings, {}, 0)
