"""BIRTH_DATE: a date of birth, 和暦 or 西暦.

A date counts as a birth date when
- 生 / 生まれ / 生れ / 出生 / 誕生 follows it (昭和23年4月5日生, 1948年4月5日生まれ,
  S23.4.5生, 1948/4/5生); these words are part of the span, as in the labels
  spec (「昭和23年4月5日生」); a 生 that starts another word is not one
  (…日生活保護, …日生じた);
- it stands in a 生年月日 field (生年月日：昭和23年4月5日, also 出生日, 誕生日 with a
  year, 出生 or 生まれ as a label, 生まれは…; the date only), or opens the line
  under a label that stands alone on its line (生年月日 ⏎ 昭和23年4月5日);
- に生まれ / に出生 follows it (the date only);
- it stands in the 生年月日 column of a table (a header row 「氏名<TAB>生年月日<TAB>住所」
  and the rows under it, cells split by tabs, 「|」 or spaces): the cell under
  the header when the header names another date column too (申請日), any
  full date of the row otherwise. In a table aligned with spaces, where a
  name's own space splits cells, the row's dates stand in the order of the
  header's date columns; a heading spaced out (生　年　月　日) is one cell.
Other dates are event dates, a quasi-identifier of another label (DATE).

Forms: 和暦 with the era name (元年, kanji numerals 昭和二十三年四月五日 too) or its
letter or first kanji (S23.4.5, H1.2.3, 昭23・4・5, H2年1月3日), with the spaces of a
printed form (昭和 23 年 4 月 5 日), 西暦 with 年月日 or with / . - between the parts.
A year and month without a day (昭和23年4月生まれ) is reported with a lower
score and ``precision = month``; a bare year (昭和43年生まれの男性) with
``precision = year``: it tells a person's age to the year, as 56歳 does. A
cohort in a rule (昭和43年生まれの方は…, …以前に生まれた, 昭和22年から24年生まれ)
is not reported. Dates listed after the first in a 生年月日 field
(生年月日（平成9年4月1日と平成10年1月20日）) are birth dates too.

Validation (era table in data/era.toml, start dates from the era proclamations):
the month and day must exist (2月30日 does not), the era year must exist (平成40年
does not), and the date must fall inside the era (昭和64年1月8日 is 平成元年). 明治
years 1-5 used the lunar calendar, so only the year range is checked there.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.first_chars import guarded  # guarded(re.compile(…)): same matches, found faster in long text
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._birth_date_rows import roster_row_dates
from redactor.recognizers._dates import DATE, ERA_LETTERS, ERA_NAMES, ERAS, NUM, date_of, kanji_number
from redactor.recognizers._ruled_rows import as_tab_rows
from redactor.recognizers._text import KANJI, line_span
from redactor.tokens import Token


# 生 that is a word of its own: not 生活, 生徒, 生じ, 生きる.
_BORN = rf"(?:生まれ|生れ|出生|誕生|生(?![{KANJI}ァ-ヶ]|[かきくけこさしすせそじずぜえ]))"
_AFTER = guarded(re.compile(rf"{DATE}(?P<born>[ ]?{_BORN})"))


def _spaced(word: str) -> str:
    """A field label as printed forms space it out (生　年　月　日)."""
    return "[ ]?".join(map(re.escape, word))


# (生まれは… as the topic of a sentence too)
_LABELS = '|'.join(_spaced(w) for w in ('出生年月日', '生年月日', '出生日', '誕生日'))
# (出生 or 生まれ as a form's label: 出生　昭和15年3月1日, 生まれ：…)
# (a label joined with the next field's, 生年月日・年齢, 生年月日／性別, 性別・生年月日
# 男・昭和63年1月3日: the date is the birth date all the same)
_JOINED = r"(?:年齢|年令|性別)"
_SEX_VALUE = r"(?:(?:男性|女性|男|女)[ ]?[・/、,][ ]?)?"
_FIELD = re.compile(rf"(?:(?:{_JOINED})[ ]?[・/][ ]?)?(?:{_LABELS}|(?:生まれ|生れ|出生)(?=[ ]*(?:は|[:：])|[ ]))"
                    rf"(?:[ ]?[・/][ ]?{_JOINED})?(?:欄)?[ ]*"
                    rf"(?:[:：|	(]|[はが]、?)?[ ]*(?:\(?(?:西暦|和暦)\)?[ ]*)?{_SEX_VALUE}{DATE}")
# More dates listed after the first in the same field (生年月日（平成9年4月1日と平成10年1月20日）):
# each is a birth date of one of the persons named.
_LIST_NEXT = re.compile(rf"[ ]?(?:と|、|・|,|及び|および|又は|/)[ ]?{DATE}")
# A birth year alone (昭和43年生まれ, 1968年生): a person's age to the year, as exact as 56歳.
# Not a cohort in a rule (昭和43年生まれの方, …以前, 昭和22年から24年生まれ).
# (the era by its letter too, as forms abbreviate it: S48年生まれ)
_ERA_YEAR = (rf"(?:(?P<yera>{ERA_NAMES}|(?<![A-Za-z])[{''.join(ERA_LETTERS)}])[ ]?(?P<yy>元|{NUM})"
             rf"|(?P<ysy>(?:18|19|20)\d{{2}}))")
_YEAR_BORN = guarded(re.compile(rf"(?<![\d.年]){_ERA_YEAR}[ ]?年(?P<yborn>[ ]?(?:生まれ|生れ|生(?![{KANJI}ァ-ヶ]|[かきくけこさしすせそじずぜえ])))"))
_COHORT_AFTER = re.compile(r"(?:の(?:方|者|人|皆|市民|住民|被保険者|男性|女性)?(?:は|が|を|に|で|全員|の)?(?:対象|全員|皆)|の?世代|の?層|の方|の者|の人|以前|以降|以後|まで|から|～|~|〜|-)")
# (…の生まれ too: 相談者は平成2年4月5日の生まれで)
_BORN_ON = guarded(re.compile(rf"{DATE}(?=[ ]?(?:に(?:生まれ|出生|誕生)|の生まれ))"))
_RANGE_BEFORE = re.compile(r"(?:から|～|~|〜|-)[ ]?$")
_ANCHOR = re.compile("生")  # every form has 生; only those lines are scanned
_PATTERNS = ((_AFTER, "日付＋生", 0.9), (_FIELD, "生年月日欄", 0.95), (_BORN_ON, "日付＋に生まれ", 0.85))

# A label alone on its line, the value on the next, as a form prints a field
# under its label (生年月日 ⏎ 昭和63年1月3日).
# (with a qualifier, 生年月日（和暦）; the value maybe after a blank line or in brackets)
_LABEL_LINE = re.compile(rf"^[ ]*(?:{_LABELS})(?:欄)?[ ]*(?:\([^()\n]{{1,8}}\))?[ ]*[:：]?[ ]*$", re.M)


# A label closing a line of other fields, the value wrapped onto the next
# line (氏名　北浜一郎　　生年月日 ⏎ 　　昭和63年1月3日): the label after a space,
# the date alone on the next line.
_LABEL_END = re.compile(rf"[ ](?:{_LABELS})(?:欄)?[ ]*[:：]?[ ]*$", re.M)
_DATE_ALONE = guarded(re.compile(rf"{DATE}(?=[ ]*(?:\(|$))", re.M))


def _under_label(text: str) -> Iterable[re.Match[str]]:
    """Dates that open the line right under a 生年月日 label standing alone on
    its line, or closing a line of fields when the date stands alone on the next."""
    for m in _LABEL_END.finditer(text):
        pos = m.end() + 1
        while pos < len(text) and text[pos] == " ":
            pos += 1
        d = _DATE_ALONE.match(text, pos)
        if d:
            yield d
    for m in _LABEL_LINE.finditer(text):
        pos = m.end() + 1
        while pos < len(text) and text[pos] in " \n(":
            pos += 1
        d = _CELL_DATE.match(text, pos)
        if d:
            yield d


# A table's 生年月日 column: the header cell and the rows under it.
# (spaced out as forms print headings: 生　年　月　日)
# (生年月 heads a column of years and months, 出生日 one of dates)
_HEADER = re.compile(r"(?:生[ ]?年[ ]?月(?:[ ]?日)?|出[ ]?生[ ]?(?:年[ ]?月[ ]?)?日|誕[ ]?生[ ]?日)")
# A heading spaced out character by character (氏 名, 生 年 月 日): one cell.
_SPACED_WORD = re.compile(r"(?<!\S)\S(?: \S)+(?!\S)")
_CELLS = re.compile(r"[ ]*[\t|][\t| ]*|[ ]{1,}")
_HARD_CELLS = re.compile(r"[ ]*[\t|][\t| ]*")
# Another date column in the same header (申請日, 交付年月日, 受付日): then only
# the birth date column's own cell is a birth date.
_OTHER_DATE_HEADER = re.compile(rf"(?<!生)(?:年月日|日)(?![{KANJI}])")
_CELL_DATE = guarded(re.compile(DATE))
_TABLE_ROWS = 200  # rows read under one header


def _table_cells(text: str) -> Iterable[re.Match[str]]:
    """Spans of dates in the 生年月日 column of each table in ``text``."""
    text = as_tab_rows(text)  # a ruled table (│氏名│生年月日│) read as TAB rows, offsets unchanged
    for h in _HEADER.finditer(text):
        line_start = text.rfind("\n", 0, h.start()) + 1
        line_end = text.find("\n", h.end())
        if line_end == -1:
            continue
        header = _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), text[line_start:line_end])
        hard = bool(_HARD_CELLS.search(header))
        splitter = _HARD_CELLS if hard else _CELLS
        cells = [c for c in splitter.split(header.strip()) if c]
        column = next((i for i, c in enumerate(cells) if _HEADER.search(c)), -1)
        if column < 0 or len(cells) < 2 or len(header) > (300 if hard else 120) \
                or any(len(c) > 12 or "。" in c or "、" in c for c in (cells if not hard else cells[column:column + 1])):
            continue  # a sentence that mentions 生年月日, not a header row (a TAB or ruled row's other cells may be long)
        if any(_CELL_DATE.search(c) for c in cells):
            continue  # a field and its value (生年月日　昭和14年11月3日), not a header row
        other_dates = any(_OTHER_DATE_HEADER.search(c) for i, c in enumerate(cells) if i != column)
        # Cells split by spaces cannot be told apart (a name holds a space), but the
        # dates of a row stand in the order of the header's date columns: the
        # birth date is the k-th date of a row that has one date per date column.
        date_columns = [i for i, c in enumerate(cells) if i == column or _OTHER_DATE_HEADER.search(c)]
        nth = date_columns.index(column)
        pos = line_end + 1
        for _ in range(_TABLE_ROWS):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            row = text[pos:end]
            if row and not row.strip("\t"):  # a ruled table's drawn line (├──┼──┤)
                pos = end + 1
                continue
            if not row.strip() or (hard and not _HARD_CELLS.search(row)):
                break  # the table ends at a blank line or a line with no cells
            if other_dates and not hard:
                dates = list(_CELL_DATE.finditer(text, pos, end))
                if len(dates) == len(date_columns):
                    yield dates[nth]
            elif other_dates:
                offset = pos
                parts = []
                for cm in re.finditer(r"[^\t|]+", row):
                    parts.append((cm.start() + offset, cm.end() + offset))
                parts = [p for p in parts if text[p[0]:p[1]].strip()]
                if column < len(parts):
                    dm = _CELL_DATE.search(text, *parts[column])
                    if dm:
                        yield dm
            else:
                yield from _CELL_DATE.finditer(text, pos, end)
            if end >= len(text):
                break
            pos = end + 1


def _scan_wrapped(rx: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """Matches of ``rx`` on the lines that hold 生, read together with the
    line before and the line after: a date wrapped by a hard line break
    (生年月日：昭和63年⏎1月3日, 昭和63年1月⏎3日生) has 生 on one line only.
    Each match once, in order."""
    seen: set[tuple[int, int]] = set()
    done = -1
    for a in _ANCHOR.finditer(text):
        if a.start() <= done:
            continue
        line_start, line_end = line_span(text, a.start(), a.end())
        done = line_end
        start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
        end = text.find("\n", line_end + 1) if line_end < len(text) else -1
        for m in rx.finditer(text, start, len(text) if end == -1 else end):
            if m.end() > line_start and m.start() <= line_end and m.span() not in seen:
                seen.add(m.span())
                yield m


class BirthDateRecognizer(JaRecognizer):
    ENTITIES = ("BIRTH_DATE",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        seen: list[tuple[int, int]] = []
        sources = [(_scan_wrapped(rx, text), rx, name, score) for rx, name, score in _PATTERNS]
        sources.append((_table_cells(text) if "生" in text or "誕" in text else iter(()), _CELL_DATE, "表の生年月日列", 0.9))
        sources.append((_under_label(text) if "生" in text or "誕" in text else iter(()), _CELL_DATE, "生年月日欄（次の行）", 0.9))
        # a person's row of a roster with no 生年月日 heading (_birth_date_rows.py): only text laid out in cells
        rows = "\t" in text or "  " in text or "|" in text or "┃" in text or "│" in text
        sources.append((roster_row_dates(text, tokens, _CELL_DATE.finditer(text)) if rows else iter(()), _CELL_DATE,
                        "名簿の行の古い日付（氏名と同じ行）", 0.8))
        for matches, rx, name, score in sources:
            for m in matches:
                date, precision = date_of(m)
                if date is None:
                    continue
                if rx is _FIELD:
                    start = min(m.start(g) for g in ("era", "letter", "sy", "ky", "ny") if m.start(g) != -1)
                    end = m.end()
                else:
                    start, end = m.start(), m.end()
                if any(s < end and start < e for s, e in seen):
                    continue
                if _RANGE_BEFORE.search(text, max(0, start - 4), start):
                    continue  # 「昭和32年4月2日から昭和33年4月1日生まれの方」: a cohort in a rule
                seen.append((start, end))
                attrs: dict[str, Any] = {"precision": precision, "iso": date.isoformat()[:10 if precision == "day" else 7]}
                if "\n" in text[start:end]:
                    attrs["across_line_break"] = True  # the masked copy keeps the line break after the mask
                reason = f"生年月日（{name}）"
                if precision == "month":
                    reason += "、日の記載なし"
                yield self.result("BIRTH_DATE", start, end, score if precision == "day" else score - 0.25,
                                  reason, **attrs)
                if rx is _FIELD:
                    yield from self._listed_after(text, end, seen)
        yield from self._years_of_birth(text, seen)

    def _listed_after(self, text: str, pos: int, seen: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
        """The dates listed after a 生年月日 field's first date (…4月1日と平成10年1月20日)."""
        while (m := _LIST_NEXT.match(text, pos)) is not None:
            date, precision = date_of(m)
            if date is None:
                return
            start = min(m.start(g) for g in ("era", "letter", "sy", "ky", "ny") if m.start(g) != -1)
            seen.append((start, m.end()))
            yield self.result("BIRTH_DATE", start, m.end(), 0.9 if precision == "day" else 0.65,
                              "生年月日（生年月日欄に列記された日付）", precision=precision,
                              iso=date.isoformat()[:10 if precision == "day" else 7])
            pos = m.end()

    def _years_of_birth(self, text: str, seen: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
        """A birth year with no month (昭和43年生まれ): reported with ``precision = year``."""
        for m in scan(_YEAR_BORN, _ANCHOR, text):
            if any(s < m.end() and m.start() < e for s, e in seen):
                continue
            if _COHORT_AFTER.match(text, m.end()) or _RANGE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue  # 昭和43年生まれの方は…, 昭和22年から24年生まれ: a cohort in a rule
            if m.group("yera"):
                era = m.group("yera") if m.group("yera") in ERAS else ERA_LETTERS[m.group("yera")]["name"]
                year_in_era = 1 if m.group("yy") == "元" else kanji_number(m.group("yy"))
                if not 1 <= year_in_era <= ERAS[era]["last_year"]:
                    continue
                year = ERAS[era]["start_year"] + year_in_era - 1
            else:
                year = int(m.group("ysy"))
            seen.append(m.span())
            yield self.result("BIRTH_DATE", m.start(), m.end(), 0.6, "生年月日（生まれ年のみ）",
                              precision="year", iso=f"{year:04d}")
