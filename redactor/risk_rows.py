"""A row of a table whose last cell is a remark written as a sentence.

The mosaic check reads a line of three cells or more with no 。 in it as a
row of a table: one person of their own (``risk._group_subjects``). A line
with a 。 is prose, read sentence by sentence. A list exported from a
spreadsheet often ends each row with a 備考 cell written as sentences::

    No.	氏名	年齢	地区	祝金	備考
    5	（氏名）	97	字西沢	30,000円	市長訪問予定。入院中

Read as prose, the row's values would go to whoever the remark names first
(市長, an official: dropped), and the person of the row would be lost. A line
is still a row when its cells are split by tabs or bars (what a table is
written with; not the ideographic spaces that also indent prose and speaker
marks), it has four cells or more, and every 。 is in its last cell: the
values before the remark are the row's person's.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.finding import KEEP, Finding

# the separators of a table's cells proper: a tab, a bar (| 字北原 | 82歳 |)
_HARD_SEP = re.compile(r"[ \u3000]*[\t|｜][ \u3000]*")
_MIN_CELLS = 4  # three values and the remark


def remark_row(line: str) -> bool:
    """The line is a row of a table with a remark (holding 。) in its last cell only."""
    if "\t" not in line and "|" not in line and "｜" not in line:
        return False
    cells = [c for c in _HARD_SEP.split(line.strip(" \u3000\n\t|｜"))]
    if len(cells) < _MIN_CELLS:
        return False
    return all("。" not in c for c in cells[:-1])


def remark_row_sums(findings: Sequence[Finding], members: Sequence[Finding], start: int, end: int) -> list[Finding]:
    """The kept sums in the row [start, end) not already among its members
    (a row with a remark is read here only: a scan of the findings is rare)."""
    have = {id(f) for f in members}
    return [f for f in findings if f.label == "AMOUNT" and f.action == KEEP and start <= f.start and f.end <= end
            and id(f) not in have]
