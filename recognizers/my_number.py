"""GOV_ID (kind my_number): 個人番号 (My Number).

12 digits, often written in groups of four (1234 5678 9012); the last digit
is a check digit (see ``check_digits.my_number_check_digit``: 番号法施行令
第8条). A number whose check digit fails is not a My Number. One in eleven
random 12-digit numbers passes by chance, so a valid number next to
個人番号 / マイナンバー is certain, and a valid one without such a word
still counts, with a lower score.
"""
from __future__ import annotations

import re
from typing import Any

from redactor.recognizers import context as ctx
from redactor.recognizers.base import JaPattern, JaPatternRecognizer
from redactor.recognizers.check_digits import is_my_number


class MyNumberRecognizer(JaPatternRecognizer):
    ENTITY = "GOV_ID"
    DESCRIPTION = "個人番号"
    PATTERNS = (JaPattern("12桁", r"\d(?<![\d-]\d)\d{3}[ -]?\d{4}[ -]?\d{4}(?![\d-])", 0.35),)
    CONTEXT = ("個人番号", "マイナンバー", "番号カード", "通知カード")
    CONTEXT_BEFORE = 20
    CONTEXT_BOOST = 0.65

    def validate_result(self, pattern_text: str) -> bool | None:
        return is_my_number(re.sub(r"\D", "", pattern_text)) or False

    def find(self, text, tokens):
        for r in super().find(text, tokens):
            word = ctx.context_word(text, r.start, r.end, self.CONTEXT, self.CONTEXT_BEFORE, self.CONTEXT_AFTER)
            r.score = 1.0 if word else 0.6  # a passing check digit alone is a strong hint, not proof
            yield r

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "my_number"}
