"""One private subject carried through the passage about their case.

A case report, an 答申, a 弁明書 or a 事故報告 is usually about ONE private
person (or a few, each introduced by a role noun or a case number), and what
its sections tell (経過, 理由, 事実の概要) is told of that person until the
text introduces someone else. The sentence-by-sentence reading in
``risk._group_subjects`` gives an attribute to the person of its sentence; an
attribute told several lines, sections or speaker turns after the person was
last named (令和５年４月に転居した。; 日中は娘さんが付き添っている。) stays with no one, or with
a description the reading could not name, and the person's attributes end up
split over groups each too small to read high.

This module reads the groups the sentence reading made, in the order they
were written, as runs: a run opens where a private subject is introduced (a
role of the case such as 申出人 or 審査請求人 -- the short form 請求人 is the
same -- or a name, or a person introduced by their own attributes, 30代の男性から…)
and takes every later description with no person word and every attribute
nobody was given, until another subject is introduced, someone tells of
themselves (私は…), or another case or matter begins (事例２, 受付番号１２,
【…】, a rule line, …について伺います). A section heading or a note of the
proceedings ends the run too, but when the case has told of one subject
only, what the later sections tell is still theirs; the same subject named
again later (申出人は…) reopens their run. What was
said of staff at work, of a table row, of many people (a statistic), or of
another party of a clause is never joined.

It only proposes: like the other passage readings, a run counts only when
it reads high and no person found in it already does (``risk._assess_risk``),
and its reason names the subject it was joined to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence, cast

from redactor.finding import Finding


class TellsOfSomeone(Protocol):
    """What this module reads of a group of the sentence reading (``risk._Group``)."""

    key: str | None
    word: str
    official: bool
    row: bool
    passage: bool
    party: bool
    distinct: bool
    another: bool
    members: list[Finding]
    extent: list[tuple[int, int]]


@dataclass
class CaseSubject:
    """The attributes gathered for one subject over the runs about them."""

    word: str  # the role or name that introduced them, for the reason
    members: list[Finding]
    extent: list[tuple[int, int]]
    parts: int = 0  # the descriptions and loose attributes joined beside their own groups


def one_subject_runs(text: str, qis: Sequence[Finding], groups: Sequence[TellsOfSomeone], excluded: set[int],
                     closes: Sequence[re.Pattern], resets: Sequence[re.Pattern],
                     identity: Callable[[TellsOfSomeone], str | None],
                     refers_back: Callable[[TellsOfSomeone], bool],
                     joinable: Callable[[Finding], bool],
                     openers: Sequence[re.Pattern] = (), turns: Sequence[int] = ()) -> list[CaseSubject]:
    """The subjects whose runs joined something their own groups did not hold.

    ``closes``: line patterns that end the current run (a heading of a
    section, 申出書, 第３　経過): what follows joins a subject named again, or
    the case's subject when the case has told of one only; ``resets``: where
    another case or matter begins (事例２, 【…】, a rule line, …について伺います),
    which also forgets every subject (the same role there is another person).
    ``joinable``: an attribute nobody was given may join (not a form's
    field of the office that handled the matter). A date nobody was given
    never does: told alone it dates the meeting (（午後２時１０分　休憩）) or
    a step of the procedure as often as the subject's own event. ``openers``:
    where someone else starts telling of themselves (私は…, a speaker's own
    turn): a run of its own that takes what follows, never output (the
    sentence reading judges what a speaker says of themselves). ``turns``: where
    the sentence reading saw the text turn to another matter (次に、道路の補修に
    ついて伺います, even within a line): a reset. ``identity``: who a
    group names (the role in its short form, a name), or None when it names
    no one (a description: it joins the run it stands in). ``refers_back``:
    the description refers to someone told before (当該生徒は, 同人, 当該世帯): it
    joins the case's subject when the case has told of one only, and with
    two or more it could be either's -- it joins no one and ends the run
    (the other party introduced last is not who 当該生徒 refers to)."""
    not_joined = {id(f) for g in groups if g.official or g.row or g.party for f in g.members}
    # a subject named with nothing told of them yet (審査請求人は、…) still opens a run of their own
    residents = [g for g in groups if g.extent and not (g.official or g.row or g.passage or g.party)]
    held = {id(f) for g in residents for f in g.members}
    loose = [f for f in qis if id(f) not in held and id(f) not in excluded and id(f) not in not_joined
             and f.label != "DATE" and joinable(f)]
    events: list[tuple[int, int, object]] = []  # (where, order, what): a group, a loose attribute or a boundary
    for g in residents:
        if identity(g) is None and not (g.distinct or g.another):
            # a description: each attribute joins the run open where it is told (a note of the
            # proceedings between two of its sentences ends the run as it does for anyone)
            if refers_back(g):
                events.append((min(a for a, _ in g.extent), 1, "refers"))
            for f in g.members:
                events.append((f.start, 2, (f, [(a, b) for a, b in g.extent if a <= f.start < b] or [(f.start, f.end)])))
        else:
            events.append((min(a for a, _ in g.extent), 1, g))
    for f in loose:
        events.append((f.start, 2, (f, [(f.start, f.end)])))
    for pattern in closes:
        for m in pattern.finditer(text):
            events.append((m.start(), 0, "close"))
    for pattern in openers:
        for m in pattern.finditer(text):
            events.append((m.start(), 0, "opener"))
    for pattern in resets:
        for m in pattern.finditer(text):
            events.append((m.start(), 0, "reset"))
    for at in turns:
        events.append((at, 0, "reset"))
    events.sort(key=lambda e: (e[0], e[1]))

    subjects: dict[str, CaseSubject] = {}
    out: list[CaseSubject] = []
    current: CaseSubject | None = None
    for _, _, what in events:
        if what == "reset":
            out.extend(subjects.values())
            subjects, current = {}, None
        elif what == "close":
            current = None
        elif what == "opener":
            current = CaseSubject("", [], [])  # someone telling of themselves: theirs, and no one's run
        elif what == "refers":
            # 当該生徒は…, その児童の母は: the case's subject when it has told of one only; of two, either's
            current = next(iter(subjects.values())) if len(subjects) == 1 else None
        elif isinstance(what, tuple):
            f, where = what
            if current is None and len(subjects) == 1:
                current = next(iter(subjects.values()))  # a later section of a case about one person
            if current is not None:
                # told while the subject's run is open, of no one else
                current.members.append(f)
                current.extent.extend(where)
                current.parts += 1
        else:
            g = cast(TellsOfSomeone, what)
            who = identity(g)
            name = who if who is not None and not g.another else f"#{id(g)}"
            if name not in subjects:
                subjects[name] = CaseSubject(g.word, [], [])
            elif g.members:
                subjects[name].parts += 1  # the subject named again, in a later section: theirs too
            current = subjects[name]
            current.members.extend(g.members)
            current.extent.extend(g.extent)
    out.extend(subjects.values())
    return [s for s in out if s.parts and s.members]


__all__ = ["CaseSubject", "one_subject_runs"]
