"""BIRTH_DATE: the full date in a person's row of a roster with no 生年月日 heading.

Lists of recipients and members (敬老祝金 支給対象者, 見舞金 支給者名簿) are often
printed without a heading row, or carried over to a page that does not repeat
it (（前頁からの続き）). A row there holds a person's name, the person's district
or address, and one full date decades back (昭和32年9月27日, S54.2.11,
昭和六年三月二十日): in a person's row that is the date of birth, as an event
of the person's file (申請日, 交付日) is recent. So a date is a birth date when

- it fills a cell of a table row (cells set apart by TABs, rules │┃| or wide
  gaps; three cells at least),
- another cell of the same row holds a word Sudachi tags 人名,
- it lies fifteen years or more before today (no event of a current file is
  that old), and
- no heading row above, in the same block of lines, names the column's dates
  as something else (交付日, 申請年月日).

A row with no name (an asset's 取得年月日 in a register of facilities) or a
recent date is left to the DATE recognizer.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Iterable

from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._context import lines_above
from redactor.recognizers._dates import date_of
from redactor.recognizers._ruled_rows import as_tab_rows
from redactor.tokens import Token

_RULES = "|│┃｜"
_EDGE_BEFORE = re.compile(rf"(?:^|\t| {{2,}}|[{_RULES}])[ ]*$", re.M)
_EDGE_AFTER = re.compile(rf"[ ]*(?:$|\t| {{2,}}|[{_RULES}])")
_SPLIT = re.compile(rf"\t| {{2,}}|[{_RULES}]")
# A heading of a column of dates other than birth (交付日, 申請年月日, 日付).
_DATE_HEADING = re.compile(r"(?<!生)(?:年月日|日付|日)$")
_YEARS_BACK = 15
_BLOCK_LINES = 40


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _SPLIT.split(line) if c.strip()]


_KANA_GIVEN = re.compile(r"[ \u3000]+[ァ-ヺーぁ-ゖ]{1,4}$")


def _named_row(text: str, tokens: list[Token], starts: list[int], line: tuple[int, int],
               date: tuple[int, int]) -> bool:
    """Whether a cell of the row other than the date's is a full name: two words
    or more ending with one Sudachi tags as a given name (神田大輔, 今日　亜希子),
    or a surname and a given name in kana (大森　トキ). A cell that only opens
    with a surname (北原公民館, 緑川町3丁目) or is one (a district: 北原) is not."""
    for cm in re.finditer(r"[^\t|│┃｜]+", text[line[0]:line[1]]):
        for part in re.finditer(r"\S+(?: \S+)?", cm.group(0)):
            start = line[0] + cm.start() + part.start()
            end = start + len(part.group(0))
            if date[0] < end and start < date[1]:
                continue
            i = bisect_left(starts, start)
            cell = [t for t in tokens[i:i + 12] if t.start < end and t.surface.strip()]
            if not cell or cell[-1].end > end:
                continue
            if len(cell) >= 2 and cell[-1].pos[2:4] == ("人名", "名"):
                return True
            if len(cell) >= 2 and (cell[0].pos[2:4] == ("人名", "姓") or lex.is_surname(cell[0].surface)) \
                    and lex.is_given_name(cell[-1].surface):
                return True  # 神田　勝利: a given name that is also a word (勝利), known to the name lexicon
            if cell[0].pos[2:3] == ("人名",) and _KANA_GIVEN.search(text, start, end):
                return True
    return False


def _other_date_heading(text: str, line_start: int) -> bool:
    """Whether a heading row above in the block heads a column of other dates."""
    for _, above in lines_above(text, line_start, _BLOCK_LINES):
        if not above.strip():
            return False
        cells = _cells(above)
        if len(cells) >= 3 and not any(ch.isdigit() for ch in above) \
                and any(_DATE_HEADING.search(c.replace(" ", "")) for c in cells):
            return True
    return False


def roster_row_dates(text: str, tokens: list[Token], dates: Iterable[re.Match[str]],
                     today: dt.date | None = None) -> Iterable[re.Match[str]]:
    """The matches of ``dates`` (full dates found in ``text``) that are birth
    dates in a person's row of a roster (see the module docstring)."""
    ruled = as_tab_rows(text)
    limit = (today or dt.date.today()).year - _YEARS_BACK
    starts: list[int] | None = None
    for m in dates:
        date, precision = date_of(m)
        if date is None or precision != "day" or date.year > limit:
            continue
        line_start = ruled.rfind("\n", 0, m.start()) + 1
        line_end = ruled.find("\n", m.end())
        line_end = len(ruled) if line_end == -1 else line_end
        if not (_EDGE_BEFORE.search(ruled, line_start, m.start()) and _EDGE_AFTER.match(ruled, m.end(), line_end)):
            continue
        if len(_cells(ruled[line_start:line_end])) < 3:
            continue
        if starts is None:
            starts = [t.start for t in tokens]
        if not _named_row(ruled, tokens, starts, (line_start, line_end), m.span()):
            continue
        if _other_date_heading(ruled, line_start):
            continue
        yield m
