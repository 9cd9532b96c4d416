"""Shared shape of the government identifiers that are only recognisable by
the word written before them (住民票コード, 基礎年金番号, 被保険者番号 ...):
their digits carry no public check digit, so a bare number is never enough.
"""
from __future__ import annotations

from typing import Any

from redactor.recognizers._base import JaPatternRecognizer


class LabelledIdRecognizer(JaPatternRecognizer):
    """An identifier that counts only with one of ``CONTEXT`` just before it.

    A base class, not a recognizer of its own: it is not registered in
    ``recognizer_classes``; its subclasses are."""

    ENTITY = "GOV_ID"
    KIND = "unknown"
    CONTEXT_BEFORE = 14
    CONTEXT_AFTER = 0

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": self.KIND}
