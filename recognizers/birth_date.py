"""BIRTH_DATE: a date of birth, 和暦 or 西暦.

A date counts as a birth date when 生 / 生まれ / 出生 follows it (昭和23年4月5日生,
1948年4月5日生まれ; these words are part of the span, as in the labels spec),
or when it stands in a 生年月日 field (生年月日：昭和23年4月5日; the date only).
Other dates are event dates, which are quasi-identifiers, not this label.
"""
from __future__ import annotations

import re

from redactor.recognizers.base import JaPattern, JaPatternRecognizer
from redactor.recognizers.dates import DATE, valid_date


class BirthDateRecognizer(JaPatternRecognizer):
    ENTITY = "BIRTH_DATE"
    DESCRIPTION = "生年月日"
    PATTERNS = (
        JaPattern("日付+生", DATE + r"[ ]?(?:生まれ|生|出生)", 0.9, anchor='生|出生'),
        JaPattern("生年月日欄", r"生年月日[ ]?[:：]?[ ]?(?P<value>" + DATE + ")", 0.9, anchor='生年月日'),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if valid_date(pattern_text) else False
