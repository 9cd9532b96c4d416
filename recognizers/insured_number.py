"""GOV_ID (kind insured): 被保険者番号 of 国民健康保険, 後期高齢者医療 and
介護保険 (usually 8 or 10 digits) and the 受給者証番号 of a medical-aid card.
Digits of this length are everywhere, so only the label decides, and a count
or an amount (…12345678円, …人) is no number. The 記号・番号 of a card are
``health_card.py``.

When the label and the number fill a bracket on their own (…を申請
（被保険者番号 １２３４５６７８）), the bracket is an aside that names one
insured person's number: the label is masked with the number, as the whole
aside is the identifier."""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer

# The label right after an opening bracket and right before the number.
_BRACKET_LABEL = re.compile(r"(?<=[(（])(?:被保険者証番号|被保険者番号|受給者証番号|受給者番号)[ :：]*$")

_NOT_COUNT = r"(?![\d,-]|[ ]?(?:千|万|億)?円|[ ]?(?:人|件|世帯|名))"


class InsuredNumberRecognizer(LabelledIdRecognizer):
    KIND = "insured"
    DESCRIPTION = "被保険者番号"
    PATTERNS = (
        # with the two-digit 枝番 of cards issued since 2021 (12345678・01, 12345678 枝番01)
        JaPattern("番号", r"(?<![\d-])\d{6,10}(?:[ ]?・[ ]?\d{2}(?!\d)|[ 、,]?[ ]?[(（]?枝番[)）]?[ ]?[:：]?[ ]?\d{2}(?!\d))?" + _NOT_COUNT,
                  0.6, needs_context=True),
    )
    CONTEXT = ("被保険者番号", "被保険者証番号", "保険者番号", "記号・番号", "記号番号", "受給者番号", "受給者証番号",
               "被保険者証")

    def find(self, text: str, tokens: list) -> Iterable[RecognizerResult]:
        for r in super().find(text, tokens):
            m = _BRACKET_LABEL.search(text, max(0, r.start - 12), r.start)
            if m and text.startswith((")", "）"), r.end):
                r.start = m.start()  # （被保険者番号 １２３４５６７８）: the aside as a whole
            yield r
