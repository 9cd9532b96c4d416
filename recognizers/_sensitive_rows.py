"""SENSITIVE: a table row about one person is that person's record.

Case lists, evacuation rosters and support reports lay their cases out as a
table, one person a row, under headings that describe a person (年齢, 性別,
続柄, ケース番号 …). A cell's note (「腰椎ヘルニア術後、軽作業可。」) then has
no subject: the row is its subject, as a record's field is. This module says
whether a position stands in such a row, so that the sentence reading
(sensitive.py ``_anchor``) takes the row as the person word it asks for.

Rows are read as written in plain text: cells set apart by TABs or by the
rules of a ruled table (│ ┃ |). The heading row is the nearest line above
with the same kind of separator, read across the rule lines between; it
must hold one of the person headings (data [person] row_headings). A table
of counts (年齢 and 人数 columns) is no one's row: its numbers are caught
before this test (sensitive.py: a count of 10 or more, aggregate words).

The heading row itself states nothing (号　相手方　滞納月数　滞納額): a term
there names a column, so ``in_heading_row`` tells the sentence reading to
pass it by.
"""
from __future__ import annotations

import re
from functools import lru_cache

from redactor.data_files import load_toml

_HEADINGS = tuple(load_toml("sensitive_terms.toml", "redactor.recognizers.data")["person"]["row_headings"])
_SEPARATORS = ("\t", "│", "┃", "|")
# A rule line of a ruled table (┌───┬───┐, ├───┼───┤, |---|---|): no cells of its own.
_RULE_LINE = re.compile(r"^[ 　]*[─━┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋|:\-+ 　]*$")
# How far above a row its heading row may stand (rows of one table).
_MAX_ROWS = 40


def _separator(line: str) -> str | None:
    """The separator a table row's cells are set apart with, if the line has two or more of them."""
    return next((s for s in _SEPARATORS if line.count(s) >= 2), None)


def in_person_row(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a table row under a heading row that
    describes a person (氏名, 年齢, 性別, 続柄 …), not in the heading row itself."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _row_has_person_heading(text, start, end if end != -1 else len(text))


@lru_cache(maxsize=64)
def _row_has_person_heading(text: str, start: int, end: int) -> bool:
    sep = _separator(text[start:end])
    if sep is None:
        return False
    line_end = start - 1
    for _ in range(_MAX_ROWS):
        if line_end < 0:
            return False
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        line_end = line_start - 1
        if _RULE_LINE.match(line):
            continue
        if _separator(line) != sep:
            return False  # the table ended above: no heading row over this one
        cells = [c.strip(" 　") for c in line.split(sep)]
        if any(c.replace("　", "").replace(" ", "") in _HEADINGS for c in cells):
            return True
    return False


# A heading cell: a short name of a column, no digits and no sentence in it.
_HEADING_CELL = re.compile(r"[^0-9０-９。、,，:：]{1,12}")


def in_heading_row(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a table's heading row: a row of three or more
    short cells without digits or punctuation, with a row of the same kind of
    separator below it that holds a digit (the rows the headings name)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = end if end != -1 else len(text)
    line = text[start:end]
    sep = _separator(line)
    if sep is None:
        return False
    cells = [c.strip(" 　") for c in line.split(sep)]
    cells = [c for c in cells if c]
    if len(cells) < 3 or not all(_HEADING_CELL.fullmatch(c) for c in cells):
        return False
    below = end + 1
    for _ in range(3):  # (across a rule line: ├──┼──┤)
        if below >= len(text):
            return False
        nxt = text.find("\n", below)
        row = text[below:nxt if nxt != -1 else len(text)]
        if not _RULE_LINE.match(row):
            return _separator(row) == sep and re.search(r"[0-9０-９]", row) is not None
        below = (nxt if nxt != -1 else len(text)) + 1
    return False
