"""The cells of a tab-separated table that stand under given headings.

Tables of Word, HTML and PDF documents are read as one row per line with a
TAB between cells (番号<TAB>氏名<TAB>住所<TAB>連絡先). A column's heading says
what every cell under it holds, whatever its form: an address column holds
addresses (a building and room alone too), a phone column numbers (bare
digits too).

A row whose first cell wrapped in the source is read as two lines: the
first holds the cells up to the break (3<TAB>山田), the second the rest of
the wrapped cell and the cells after it (太郎<TAB>自治会長<TAB>緑町1-2-3<TAB>…),
or the cells after the break start with an empty one (<TAB>太郎<TAB>…) when
the first line was padded with empty cells. The second line then has fewer
cells than the heading row, and its cells line up with the headings from
the right: the last cell is the last column's.

Plain text lays tables out with spaces instead (全角空白, one space each
after NFKC): ``spaced=True`` reads those too, for callers whose cells have a
form of their own to check (an age column holds bare numbers). Cells are
split at runs of two or more spaces when the heading row is written that
way (氏 名<2 spaces>年齢<2 spaces>住 所: a heading spaced out inside stays
one), else at every space. A name written with a wide gap (米<2 spaces>花子)
then makes a row one cell longer than the heading row: such a row lines up
from the right, as a wrapped row does.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

# Cells of a space-aligned row: split at two or more spaces, or at every space.
_WIDE_CELL = re.compile(r"[^ \t]+(?: [^ \t]+)*")
_NARROW_CELL = re.compile(r"[^ \t]+")
_NOT_A_HEADING = re.compile(r"[0-9。、,]")


@lru_cache(maxsize=16)
def _any_heading(headings: frozenset[str]) -> re.Pattern:
    """One pattern for every heading, spaced out too (年　齢): a line without
    a match is no heading row, found with one search."""
    return re.compile("|".join(" *".join(map(re.escape, h)) for h in sorted(headings, key=len, reverse=True)))


# Public: callers test a whole text once for any heading before asking for cells.
any_heading = _any_heading


def _spaced_header(line: str, headings: frozenset[str], needs: frozenset[str]) -> tuple[list[str], re.Pattern] | None:
    """The headings of a space-aligned heading row and how its cells are
    split, or None: a heading row holds two or more short cells with no
    digits and no punctuation (年齢 78 and 年齢は78歳、 are a field and a
    sentence), one of them one of ``headings``."""
    if not _any_heading(headings).search(line):
        return None
    for cell_rx in (_WIDE_CELL, _NARROW_CELL):
        cells = [c.replace(" ", "") for c in cell_rx.findall(line)]
        if cell_rx is _NARROW_CELL:
            cells = _join_spaced_out(cells)
        if len(cells) < 2:
            continue  # one cell at two spaces (氏名 年齢 住所): try every space
        if any(len(c) > 16 or _NOT_A_HEADING.search(c) for c in cells):
            return None
        if any(c in headings for c in cells):
            return (cells, cell_rx) if not needs or any(c in needs for c in cells) else None
    return None


def _join_spaced_out(cells: list[str]) -> list[str]:
    """Headings spaced out letter by letter (氏 名 年齢 住 所) joined again:
    one-character cells side by side, two by two."""
    out: list[str] = []
    i = 0
    while i < len(cells):
        if len(cells[i]) == 1 and i + 1 < len(cells) and len(cells[i + 1]) == 1:
            out.append(cells[i] + cells[i + 1])
            i += 2
        else:
            out.append(cells[i])
            i += 1
    return out


def _spaced_row(line: str, line_start: int, header: list[str], cell_rx: re.Pattern,
                headings: frozenset[str]) -> Iterable[tuple[int, int, str]] | None:
    """The cells of one space-aligned row under ``headings``, or None when
    the line is no row (fewer than two cells: a note or a blank line ends
    the table)."""
    found = [(m.start(), m.group(0)) for m in cell_rx.finditer(line)]
    if len(found) < len(header) and cell_rx is _WIDE_CELL:
        # fewer cells than headings: two cells written one space apart (ファム・ティ・フォン 34);
        # split at every space when that gives a cell for each heading
        narrow = [(m.start(), m.group(0)) for m in _NARROW_CELL.finditer(line)]
        if len(narrow) >= len(header):
            found = narrow
    if len(found) < 2:
        return None
    offset = len(header) - len(found) if len(found) > len(header) else 0  # a wide gap inside a cell: line up from the right
    out = []
    for column, (at, cell) in enumerate(found):
        if 0 <= column + offset < len(header) and header[column + offset] in headings:
            out.append((line_start + at, line_start + at + len(cell), header[column + offset]))
    return out


def cells_under(text: str, headings: frozenset[str],
                needs: frozenset[str] = frozenset(), spaced: bool = False) -> Iterable[tuple[int, int, str]]:
    """(start, end, heading) of every non-empty cell under one of ``headings``.

    A heading row is a row with a cell that is one of ``headings`` (spaces
    inside it ignored: 住　所), and with one of ``needs`` too when given (a
    支店 column is an account's only in a table with a 口座番号 column); a
    line without a TAB ends the table, unless ``spaced`` (see the module
    docstring) reads it as a space-aligned row. (A table drawn with bars,
    ｜氏名｜被保険者番号｜, is TAB rows already: normalisation turns its bars.)"""
    if "\t" not in text and not spaced:
        return
    header: list[str] | None = None
    prev: list[str] | None = None
    spaced_header: tuple[list[str], re.Pattern] | None = None
    line_start = 0
    for line in text.split("\n"):
        start_of_next = line_start + len(line) + 1
        if "\t" not in line:
            header = prev = None
            if spaced:
                if spaced_header is not None:
                    row = _spaced_row(line, line_start, *spaced_header, headings)
                    if row is not None:
                        yield from row
                        line_start = start_of_next
                        continue
                # (most lines of prose hold no space after NFKC: nothing to split)
                spaced_header = _spaced_header(line, headings, needs) if " " in line else None
            line_start = start_of_next
            continue
        spaced_header = None
        cells = line.split("\t")
        names = [c.replace(" ", "").replace("\u3000", "").strip() for c in cells]
        if any(n in headings for n in names):
            header, prev = (names if not needs or any(n in needs for n in names) else None), None
            line_start = start_of_next
            continue
        if header is None:
            line_start = start_of_next
            continue
        offset = 0
        if len(cells) < len(header) and prev is not None and (len(prev) < len(header) or not prev[-1].strip()):
            offset = len(header) - len(cells)  # the rest of a wrapped row: its cells line up from the right
        pos = line_start
        for column, cell in enumerate(cells):
            heading = header[column + offset] if column + offset < len(header) else ""
            stripped = cell.strip(" ")
            if stripped and heading in headings:
                lead = len(cell) - len(cell.lstrip(" "))
                yield pos + lead, pos + lead + len(stripped), heading
            pos += len(cell) + 1
        prev = None if offset else cells  # a continued row is whole again
        line_start = start_of_next
