"""Shared shape of the government identifiers that are only recognisable by
the word written before them (住民票コード, 基礎年金番号, 被保険者番号 ...):
their digits carry no public check digit, so a bare number is never enough.

In a table the label is the column's heading (氏名<TAB>被保険者番号<TAB>住所),
written once above every row: a cell under such a heading that has the form
of a number (digits, with letters or hyphens) is the identifier too, in a
TAB table and in one laid out with spaces (全角空白 columns of plain text),
because the cell's own form is checked.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers._base import JaPatternRecognizer
from redactor.recognizers._table_cells import any_heading, cells_under
from redactor.tokens import Token

# A cell that is a number of a card: at least four digits, letters and hyphens
# between them allowed (A-1234, 1234-567890-1, 記号 12 番号 3456 is no cell).
_ID_CELL = re.compile(r"(?:第[ ]?)?[A-Za-z]{0,2}[ -]?\d[\d -・]{2,18}\d(?:[ ]?号)?")


class LabelledIdRecognizer(JaPatternRecognizer):
    """An identifier that counts only with one of ``CONTEXT`` just before it,
    or in a table column headed by one of ``COLUMN_HEADINGS``.

    A base class, not a recognizer of its own: it is not registered in
    ``recognizer_classes``; its subclasses are."""

    ENTITY = "GOV_ID"
    KIND = "unknown"
    CONTEXT_BEFORE = 14
    CONTEXT_AFTER = 0
    COLUMN_HEADINGS: frozenset[str] = frozenset()

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": self.KIND}

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        results = list(super().find(text, tokens))
        results += column_cells(self, text, self.COLUMN_HEADINGS, _ID_CELL, results)
        return results


def column_cells(recognizer: JaPatternRecognizer, text: str, headings: frozenset[str], form: re.Pattern,
                 found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Cells of a column headed by one of ``headings`` whose whole value has
    ``form``, as findings of ``recognizer`` (the ones ``found`` already
    overlaps left out). One search of the text for any heading first: a
    document without one has no such column."""
    if not headings or not any_heading(headings).search(text):
        return []
    taken = [(r.start, r.end) for r in found]
    kind = getattr(recognizer, "KIND", "unknown")
    out = []
    for start, end, heading in cells_under(text, headings, spaced=True):
        if form.fullmatch(text, start, end) and not any(s < end and start < e for s, e in taken):
            out.append(recognizer.result(recognizer.ENTITY, start, end, 0.8,
                                         f"{recognizer.DESCRIPTION}の列（見出し「{heading}」）の欄", kind=kind))
    return out
