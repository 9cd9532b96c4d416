"""Normalised view of a text with a map back to the original offsets.

Recognizers match on NFKC text (full-width digits and letters become ASCII,
全角空白 becomes a space, half-width katakana becomes full-width) plus a few
異体字 folds (髙→高, 﨑→崎) so that one pattern covers every way a clerk
typed a number or a name. Findings must still point into the original, so
every normalised character remembers the original character range it came
from.

Plain text may also be read across hard line breaks that fall inside a
value (``join_lines``: 080-1234-⏎5678, see ``line_joins``): the break is
left out of the normalised text only, so a finding across it maps back to
an original span that holds both pieces and the break between them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from array import array
from bisect import bisect_left
from typing import Sequence

from redactor.data_files import load_tsv_pairs
# Tables typed with ASCII or full-width bars (｜氏名｜住所｜, Markdown): after
# NFKC their bars are "|"; a line with two bars or more is a ruled row and
# reads as TAB cells, as the box-drawing rules above do (one character for one)
from redactor.recognizers._ruled_rows import as_tab_rows

# Characters NFKC leaves alone but that people use interchangeably in names
# and numbers. Kept in a data file so that a new fold is a one-line change.
_EXTRA_FOLDS: dict[str, str] = dict(load_tsv_pairs("char_folds.tsv"))


@dataclass(frozen=True)
class NormalizedText:
    """``text`` is the normalised string; ``starts[i]``/``ends[i]`` give the
    original range that normalised character ``i`` came from. The maps are
    compact integer arrays (4 bytes a character) so a 10 MB document does
    not need gigabytes, and ``None`` when the map is the identity (the
    common case: no character changed length)."""

    original: str
    text: str
    starts: Sequence[int] | None
    ends: Sequence[int] | None
    joins: tuple[int, ...] = ()   # original offsets of the line breaks read across

    def joined_at(self, start: int, end: int) -> bool:
        """Does the original span [start, end) run across a joined line break?"""
        i = bisect_left(self.joins, start)
        return i < len(self.joins) and self.joins[i] < end

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) back to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _invisible(ch: str) -> bool:
    """A character that shows nothing but splits a word for every matcher:
    format characters (zero-width space, soft hyphen, BOM, joiners,
    direction marks; Word and web pages carry them) and variation selectors
    (葛󠄀: an ideographic variant). 山\u200b田太郎 reads as 山田太郎 and must be
    found as such, or half the name and all of a phone number stay visible."""
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


# The vertical bars and crossings of ruled tables typed with box-drawing
# characters (┃氏名┃住所┃, │１│山田　花子│): cell separators, read as the tab
# that Word, HTML and PDF tables give, one character for one. Sudachi reads
# a bar as a noun, which changes how it tags the name beside it (│林 is a
# word, 林 after a tab a surname); as a tab, every table rule applies.
# The horizontal rules (─━═…) go the same way, so a drawn line between rows
# (├──┼──┤) is an empty row, not a row of "──" cells under the heading.
_RULE_BARS = frozenset("│┃┆┇┊┋║├┣┤┫┼╋┬┳┴┻┌┏┐┓└┗┘┛╠╣╬╦╩╔╗╚╝─━═┄┅┈┉╌╍")


def _fold_char(ch: str) -> str:
    if _invisible(ch):
        return ""
    if ch in _RULE_BARS:
        return "\t"
    if ch in _EXTRA_FOLDS:
        return _EXTRA_FOLDS[ch]
    out = unicodedata.normalize("NFKC", ch)
    return "".join(_EXTRA_FOLDS.get(c, c) for c in out)


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character.

    Characters that do not fold to exactly one character (㈱ -> (株), ﾞ)
    are remembered in ``irregular``: only lines containing one of them need
    the slow, character-by-character offset map.
    """

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = _fold_char(ch)
        if len(folded) != 1 or unicodedata.combining(folded):
            self.irregular.add(ch)
        self[code] = folded
        return folded


_TABLE = _FoldTable()


# A dash or the prolonged-sound mark between two digits is a hyphen typed
# with the wrong key (090ー1234ー5678, 1丁目2―3); elsewhere ー belongs to a
# katakana word and a long dash to prose. One character for one: no offsets move.
_DIGIT_DASH = re.compile(r"(?<=[0-9])[ー—―](?=[0-9])")


def _digit_dashes(folded: str) -> str:
    return _DIGIT_DASH.sub("-", folded) if ("ー" in folded or "—" in folded or "―" in folded) else folded


def normalize(original: str, *, join_lines: bool = False) -> NormalizedText:
    """Return the normalised view of ``original`` with its offset map.

    With ``join_lines`` (plain text), the line breaks that fall inside a
    value (``line_joins.value_breaks``) are left out of the normalised text.

    Where every character folds to exactly one character (nearly all
    prose) the map is the identity; lines with an irregular character are
    folded one character at a time so each output character has a known
    source. The one multi-character case NFKC handles (a half-width kana
    followed by ﾞ/ﾟ) is composed and mapped to both sources.
    """
    norm = _fold_text(original)
    if join_lines:
        from redactor.line_joins import value_breaks  # line_joins reads data files; normalize is imported early

        breaks = value_breaks(original)
        if breaks:
            norm = _without(norm, breaks)
    return norm


def _without(norm: NormalizedText, breaks: list[tuple[int, int]]) -> NormalizedText:
    """``norm`` without the normalised characters that came from ``breaks``
    (original spans; a line break folds to itself, one character for one)."""
    n = len(norm.text)
    starts = norm.starts if norm.starts is not None else array("I", range(n))
    ends = norm.ends if norm.ends is not None else array("I", range(1, n + 1))
    parts: list[str] = []
    new_starts, new_ends = array("I"), array("I")
    pos = 0
    for b_start, b_end in breaks:
        i, j = bisect_left(starts, b_start, pos), bisect_left(starts, b_end, pos)
        parts.append(norm.text[pos:i])
        new_starts.extend(starts[pos:i])
        new_ends.extend(ends[pos:i])
        pos = j
    parts.append(norm.text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    # 090ー1234ー⏎5678: the dash before the break now stands between digits
    return NormalizedText(norm.original, _digit_dashes("".join(parts)), new_starts, new_ends,
                          tuple(s for s, _ in breaks))


def _regular(text: str) -> bool:
    """No character of ``text`` is irregular: ``irregular.isdisjoint(text)``,
    asked the other way round while the set is small, since a substring test
    per irregular character runs in C over the text instead of making a
    string object of each of its characters (an empty set answers at once)."""
    irregular = _TABLE.irregular
    if len(irregular) <= 32:
        return not any(ch in text for ch in irregular)
    return irregular.isdisjoint(text)


def _fold_text(original: str) -> NormalizedText:
    folded = original.translate(_TABLE)
    if _regular(original):
        return NormalizedText(original, as_tab_rows(_digit_dashes(folded)), None, None)
    parts: list[str] = []
    starts = array("I")
    ends = array("I")
    pos = 0
    for line in original.splitlines(keepends=True):
        if _TABLE.irregular.isdisjoint(line):
            parts.append(line.translate(_TABLE))
            starts.extend(range(pos, pos + len(line)))
            ends.extend(range(pos + 1, pos + len(line) + 1))
        else:
            _fold_line(line, pos, parts, starts, ends)
        pos += len(line)
    return NormalizedText(original, as_tab_rows(_digit_dashes("".join(parts))), starts, ends)


def _fold_line(line: str, pos: int, parts: list[str], starts: array, ends: array) -> None:
    chars: list[str] = []
    for i, ch in enumerate(line, start=pos):
        folded = _fold_char(ch)
        if folded and unicodedata.combining(folded[0]) and chars:
            composed = unicodedata.normalize("NFC", chars[-1] + folded)
            if len(composed) == 1:
                chars[-1] = composed
                ends[-1] = i + 1
                folded = folded[1:]
        for c in folded:
            chars.append(c)
            starts.append(i)
            ends.append(i + 1)
    parts.append("".join(chars))
