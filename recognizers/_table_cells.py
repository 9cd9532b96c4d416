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
"""
from __future__ import annotations

from typing import Iterable


def cells_under(text: str, headings: frozenset[str],
                needs: frozenset[str] = frozenset()) -> Iterable[tuple[int, int, str]]:
    """(start, end, heading) of every non-empty cell under one of ``headings``.

    A heading row is a row with a cell that is one of ``headings`` (spaces
    inside it ignored: 住　所), and with one of ``needs`` too when given (a
    支店 column is an account's only in a table with a 口座番号 column); a
    line without a TAB ends the table."""
    if "\t" not in text:
        return
    header: list[str] | None = None
    prev: list[str] | None = None
    line_start = 0
    for line in text.split("\n"):
        start_of_next = line_start + len(line) + 1
        if "\t" not in line:
            header = prev = None
            line_start = start_of_next
            continue
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
