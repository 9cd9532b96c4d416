"""GOV_ID (kind corporate_number): 法人番号, published by the National Tax
Agency for every company, so the default profile keeps it.

13 digits whose first digit is a check digit over the other twelve
(``_check_digits.corporate_number_check_digit``: 法人番号の指定等に関する
省令 第2条). Reporting it matters even though it is kept: by the overlap
rule its longer span stops the My Number recognizer from masking twelve of
its digits.
"""
from __future__ import annotations

from typing import Any

from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._check_digits import is_corporate_number


class CorporateNumberRecognizer(JaPatternRecognizer):
    ENTITY = "GOV_ID"
    DESCRIPTION = "法人番号"
    PATTERNS = (JaPattern("13桁", r"\d(?<![\d-]\d)\d{12}(?![\d-])", 0.5),)
    CONTEXT = ("法人番号",)

    def validate_result(self, pattern_text: str) -> bool | None:
        return is_corporate_number(pattern_text) or False

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "corporate_number"}
