"""GOV_ID (kind insured): 被保険者番号 of 国民健康保険, 後期高齢者医療 and
介護保険 (usually 8 or 10 digits), of 雇用保険 (11 digits written 4-6-1), the 受給者証番号 of a medical-aid card
and the 証書番号 of an allowance certificate (児童扶養手当証書): each names one
beneficiary to the office that issued it.
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
        # 雇用保険被保険者番号, 11 digits printed 4-6-1 (1234-567890-1)
        JaPattern("4-6-1桁", r"(?<![\d-])\d{4}-\d{6}-\d(?![\d-])", 0.6, needs_context=True),
    )
    # the card's number named by the card or the scheme (介護保険証の番号, 国保の番号は): the count and
    # amount guard keeps a scheme's statistics out (国保の加入世帯は123456世帯, 給付費は12345678円)
    CONTEXT = ("被保険者番号", "被保険者証番号", "保険者番号", "記号・番号", "記号番号", "受給者番号", "受給者証番号",
               "被保険者証", "保険証", "国保", "介護保険", "後期高齢者医療", "証書番号")
    COLUMN_HEADINGS = frozenset({"被保険者番号", "被保険者証番号", "保険証番号", "受給者番号", "受給者証番号",
                                 "介護保険番号", "国保番号", "記号番号", "記号・番号", "証書番号"})

    def find(self, text: str, tokens: list) -> Iterable[RecognizerResult]:
        for r in super().find(text, tokens):
            m = _BRACKET_LABEL.search(text, max(0, r.start - 12), r.start)
            if m and text.startswith((")", "）"), r.end):
                r.start = m.start()  # （被保険者番号 １２３４５６７８）: the aside as a whole
            yield r
