"""GOV_ID (kind my_number): 個人番号 (My Number).

12 digits, often written in groups of four (1234 5678 9012); the last digit
is a check digit (see ``_check_digits.my_number_check_digit``: 番号法施行令
第8条). One in eleven random 12-digit numbers passes by chance, so a valid
number next to 個人番号 / マイナンバー is certain, and a valid one without
such a word still counts, with a lower score. A number whose check digit
fails is no My Number on its own -- but right after 個人番号 or マイナンバー
it is one written down wrong, and still a person's number: fail closed, it
is found (score 0.7, the reason says the check digit does not match).

Minutes write what was said: a number read out may be set down in kanji
numerals (一二三四…, 〇 or 零 for zero) or in groups split by 、 or ・; the
same check-digit rule decides, on the digits the numerals stand for.

In a table the word is the column's heading (氏名<TAB>個人番号): every cell
of 12 digits under it is a person's number, whatever its check digit, as
after the word in a sentence.
"""
from __future__ import annotations

import re
from typing import Any

from redactor.recognizers import _context as ctx
from redactor.recognizers._base import REASON_KEY, JaPattern, JaPatternRecognizer
from redactor.recognizers._check_digits import is_my_number
from redactor.recognizers._gov_id_context import column_cells


_NUMERALS = "〇○零一二三四五六七八九"
_AS_DIGITS = str.maketrans(_NUMERALS, "000123456789")


def _digits(value: str) -> str:
    """The digits a written number stands for (kanji numerals read one by one)."""
    return re.sub(r"\D", "", value.translate(_AS_DIGITS))


class MyNumberRecognizer(JaPatternRecognizer):
    ENTITY = "GOV_ID"
    DESCRIPTION = "個人番号"
    PATTERNS = (
        JaPattern("12桁", r"\d(?<![\d-]\d)\d{3}[ -]?\d{4}[ -]?\d{4}(?![\d-])", 0.35),
        JaPattern("12桁（読点区切り）", r"\d(?<![\d-]\d)\d{3}[、，,・]\d{4}[、，,・]\d{4}(?![\d-])", 0.35),
        JaPattern("12桁（漢数字）", rf"(?<![{_NUMERALS}])[{_NUMERALS}](?:[、・ ]?[{_NUMERALS}]){{11}}(?![{_NUMERALS}])",
                  0.35, anchor=rf"[{_NUMERALS}]{{2}}"),
    )
    CONTEXT = ("個人番号", "マイナンバー", "番号カード", "通知カード")
    CONTEXT_BEFORE = 20
    CONTEXT_BOOST = 0.65

    COLUMN_HEADINGS = frozenset({"個人番号", "マイナンバー", "個人番号（マイナンバー）", "マイナンバー（個人番号）"})
    # A cell of 12 digits, in groups of four or not (in a column the digits
    # alone are the value).
    _CELL = re.compile(r"\d{4}[ -]?\d{4}[ -]?\d{4}")

    def validate_result(self, pattern_text: str) -> bool | None:
        # None (cannot tell) for a failing check digit: counted only next to a context word
        return True if is_my_number(_digits(pattern_text)) else None

    def find(self, text, tokens):
        found = list(self._in_sentences(text, tokens))
        return found + column_cells(self, text, self.COLUMN_HEADINGS, self._CELL, found)

    def _in_sentences(self, text, tokens):
        for r in super().find(text, tokens):
            value = text[r.start:r.end]
            word = ctx.context_word(text, r.start, r.end, self.CONTEXT, self.CONTEXT_BEFORE, self.CONTEXT_AFTER)
            if is_my_number(_digits(value)):
                r.score = 1.0 if word else 0.6  # a passing check digit alone is a strong hint, not proof
            elif word:
                r.score = 0.7
                r.recognition_metadata[REASON_KEY] = f"個人番号の文脈「{word}」の12桁（検査数字は一致しない）"
            else:
                continue  # 12 digits with a failing check digit and no context: an invoice number
            yield r

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "my_number"}
