"""The outline of a plan or a procedure: numbered headings and the lines
under them, for SECURITY_DETAIL.

Plans and procedures (実施計画, 運用手順, 要領) name the control once, in a
heading (第３　標的型攻撃メール訓練, ２　バックアップ), and state its
schedule, scope or channel in the lines under it without naming it again
(１　実施時期 ⏎ 年２回、６月第３週と12月第１週に予告なしで実施する). Read
alone, such a line has no control word; read in its section it says when the
drill takes place. This module finds only the structure (which lines a
heading governs); which headings name a control is the recognizer's call.

Heading levels follow how Japanese official documents number an outline
(公用文の項目番号: 第１ → １ → （１） → ア → （ア）): a heading's section runs
until the next heading of the same or a higher level, so a sibling heading
(３　結果の取扱い) never inherits the control of the one before it
(２　方法). A heading is a short line with no sentence end (。). A line
drawn across the page, or a blank line before unnumbered text, ends every
section: the annex or the minutes after it are another part.
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple

_NUM = "0-9０-９一二三四五六七八九十"
# (rank, shape) from the highest level down; the marker is followed by a space or a full stop
_LEVELS = (
    (0, re.compile(rf"第[{_NUM}]{{1,3}}(?:章|節|部)?[ 　]")),
    (1, re.compile(rf"[{_NUM}]{{1,2}}[ 　．.](?![0-9０-９])")),
    (2, re.compile(rf"[(（][{_NUM}]{{1,2}}[)）]")),
    (3, re.compile(r"[ア-ン][ 　]")),
    (4, re.compile(r"[(（][ア-ン][)）]")),
)
# a line drawn across the page between parts of a document (────, ━━━, ＝＝＝, ---)
_RULE_LINE = re.compile(r"[ 　\t]*(?:[─━＝=\-―－_＿*＊]{3,})[ 　\t]*$")
# the longest heading title: a heading names a topic, a line longer than this states something
_TITLE_MAX = 30
# how many lines a section may run before it is read as ended (a signature block, an annex)
_SECTION_LINES = 40


class Section(NamedTuple):
    heading_start: int
    heading_end: int
    rank: int
    body_start: int
    body_end: int


def _rank(line: str) -> tuple[int, bool] | None:
    """The outline level of a numbered line, and whether the line is a
    heading (a short title, no sentence) rather than a numbered statement."""
    body = line.lstrip(" 　\t")
    for rank, shape in _LEVELS:
        m = shape.match(body)
        if m:
            title = body[m.end():].strip(" 　")
            return rank, bool(title) and "。" not in title and len(title) <= _TITLE_MAX
    return None


def sections(text: str) -> Iterable[Section]:
    """Each numbered heading of the text with the span of the lines it
    governs (up to the next heading of its level or above)."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    ranks = [_rank(text[s:e]) for s, e in lines]  # (once per line: each is read under up to 40 headings)
    for i, (start, end) in enumerate(lines):
        ranked = ranks[i]
        if ranked is None or not ranked[1]:
            continue
        rank = ranked[0]
        last = i
        for j in range(i + 1, min(len(lines), i + 1 + _SECTION_LINES)):
            line = text[lines[j][0]:lines[j][1]]
            other = ranks[j]
            if other is not None and other[0] <= rank:
                break
            if _RULE_LINE.match(line):
                break  # ──────: the document's next part (an annex, the minutes' summary)
            if not line.strip(" 　\t") and j + 1 < len(lines) and ranks[j + 1] is None \
                    and text[lines[j + 1][0]:lines[j + 1][1]].strip(" 　\t"):
                break  # a blank line, then unnumbered text: a passage of its own
            last = j
        if last > i:
            yield Section(start, end, rank, lines[i + 1][0], lines[last][1])
