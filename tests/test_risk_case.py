"""One private subject carried through the passage about their case
(redactor/risk_case.py): what a report's later sections tell with no person
word joins the subject the case introduced, until another subject, another
case or another matter. Made-up papers, none copied from a document."""
import re
from dataclasses import dataclass, field

import pytest

from redactor import risk
from redactor.finding import Finding
from redactor.pipeline import Redactor
from redactor.risk_case import one_subject_runs

_R = Redactor()

ACCIDENT = ("事故報告書\n\n"
            "１　事故の概要\n　利用者は、送迎車両から降りる際に転倒し、右手首を骨折した。\n\n"
            "２　発生日時\n　令和６年２月８日　午前９時頃\n\n"
            "３　発生場所\n　字上野原の自宅前\n\n"
            "４　対応\n　運転手は、５０代の男性職員で、勤務歴は３年である。\n")


def carried(text: str) -> list[risk.RiskSubject]:
    return [s for s in _R.check(text).risk if s.level == "high" and "出てきてから" in s.why]


def test_the_sections_of_a_report_join_the_one_subject_it_introduced() -> None:
    found = carried(ACCIDENT)
    assert found and {"字上野原"} <= {f.text for f in found[0].findings}
    assert "「利用者」" in found[0].why  # the reason names the subject the attributes were joined to


def test_without_the_run_the_sections_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(risk, "_case_subjects", lambda *a: [])
    assert not [s for s in _R.check(ACCIDENT).risk if s.level == "high"]


def test_near_miss_the_staff_member_of_the_report_is_not_joined() -> None:
    # the driver is staff at work: his age and sex are no attribute of the person the report is about
    assert all("５０代" not in {f.text for f in s.findings} for s in carried(ACCIDENT))


def test_near_miss_another_subject_ends_the_run() -> None:
    # a second party introduced before the sections: whose the place is cannot be told, so it joins no one
    text = ACCIDENT.replace("２　発生日時", "１－２　相手方\n　相手方は、隣家の所有者である。\n\n２　発生日時")
    assert not carried(text)


def test_near_miss_a_question_of_its_own_ends_the_run() -> None:
    text = ("○３番（森田議員）　申出人の件です。申出人は、昨年まで漁協に勤めていた方です。\n"
            "○３番（森田議員）　次に、字北河原の排水路について伺います。８０代の住民が多い地区です。\n")
    assert not carried(text)


# -- the runs alone, on groups written by hand -------------------------------------------------


@dataclass
class _G:
    key: str | None
    start: int
    texts: list[str] = field(default_factory=list)
    word: str = "記述"
    official: bool = False
    row: bool = False
    passage: bool = False
    party: bool = False
    distinct: bool = False
    another: bool = False
    members: list[Finding] = field(default_factory=list)
    extent: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.word = self.key or self.word
        self.members = [Finding("AGE", self.start + i, self.start + i + 1, t, 0.9, "test") for i, t in enumerate(self.texts)]
        self.extent = [(self.start, self.start + 5)]


_HEAD = re.compile(r"^事例[0-9]", re.M)
_SECTION = re.compile(r"^■", re.M)
_ME = re.compile("私は")


def runs(text: str, groups: list[_G], loose: list[Finding] = (), backref: bool = False):  # type: ignore[assignment]
    return one_subject_runs(text, list(loose), groups, set(), (_SECTION,), (_HEAD,), lambda g: g.key,
                            lambda g: backref, lambda f: True, (_ME,))


TEXT = "事例1" + "あ" * 30 + "\n■" + "い" * 30 + "\n事例2" + "う" * 30 + "\n" + "私は" + "え" * 30


def test_a_description_after_a_section_heading_joins_the_one_subject() -> None:
    subject, later = _G("申出人", 4, ["７０代"]), _G(None, TEXT.index("■") + 2, ["ひとり暮らし"])
    found = runs(TEXT, [subject, later])
    assert [(s.word, [f.text for f in s.members]) for s in found] == [("申出人", ["７０代", "ひとり暮らし"])]


def test_near_miss_two_subjects_before_a_section_heading_join_nothing_after_it() -> None:
    groups = [_G("申出人", 4, ["７０代"]), _G("相手方", 10, ["男性"]), _G(None, TEXT.index("■") + 2, ["ひとり暮らし"])]
    assert not runs(TEXT, groups)


def test_near_miss_a_case_heading_starts_another_case() -> None:
    groups = [_G("申出人", 4, ["７０代"]), _G(None, TEXT.index("事例2") + 4, ["ひとり暮らし"])]
    assert not runs(TEXT, groups)


def test_near_miss_someone_telling_of_themselves_is_not_the_subject() -> None:
    at = TEXT.index("私は") + 4
    groups = [_G("申出人", TEXT.index("事例2") + 4, ["７０代"])]
    assert not runs(TEXT, groups, [Finding("AGE", at, at + 3, "８３歳", 0.9, "test")])


def test_a_loose_attribute_joins_but_a_loose_date_does_not() -> None:
    at = TEXT.index("■") + 2
    loose = [Finding("OCCUPATION", at, at + 2, "漁師", 0.9, "test"), Finding("DATE", at + 3, at + 6, "５月", 0.9, "test")]
    found = runs(TEXT, [_G("申出人", 4, ["７０代"])], loose)
    assert [f.text for f in found[0].members] == ["７０代", "漁師"]


def test_a_paper_that_opens_with_the_back_reference_introduces_its_subject_by_it() -> None:
    # 「１　本人」 with no one before: 本人 names the subject, and 本人は… in a later section is them
    text = "１本人" + "あ" * 10 + "\n■" + "い" * 10 + "\n" + "う" * 10
    first, other = _G(None, 0, ["８０代"], word="本人"), _G("山田", 8, ["男性"])
    later = _G(None, text.index("■") + 2, ["ひとり暮らし"], word="本人")
    found = one_subject_runs(text, [], [first, other, later], set(), (_SECTION,), (_HEAD,),
                             lambda g: g.key or ("本人" if g.word == "本人" else None), lambda g: False, lambda f: True)
    assert [(s.word, [f.text for f in s.members]) for s in found] == [("本人", ["８０代", "ひとり暮らし"])]


def test_near_miss_a_back_reference_with_two_subjects_joins_neither() -> None:
    text = "１本人" + "あ" * 10 + "\n■" + "い" * 10 + "\n" + "う" * 10
    first, other = _G("申出人", 0, ["８０代"]), _G("山田", 8, ["男性"])
    later = _G(None, text.index("■") + 2, ["ひとり暮らし"], word="同人")
    found = one_subject_runs(text, [], [first, other, later], set(), (_SECTION,), (_HEAD,), lambda g: g.key,
                             lambda g: g.word == "同人", lambda f: True)
    assert not found
