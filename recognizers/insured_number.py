"""GOV_ID (kind insured): 被保険者番号 of 国民健康保険, 後期高齢者医療 and
介護保険 (usually 8 or 10 digits), the 受給者証番号 of a medical-aid card, and
the 記号・番号 of a health insurance card (記号 up to 8 letters or digits,
番号 up to 8 digits: 記号12 番号3456). Digits of this length are everywhere,
so only the label decides: a card word (保険証, 被保険者証) must stand before
the 記号・番号, and a count or an amount (…12345678円, …人) is no number."""
from redactor.recognizers.base import JaPattern
from redactor.recognizers.gov_id_context import LabelledIdRecognizer

_NOT_COUNT = r"(?![\d,-]|[ ]?(?:千|万|億)?円|[ ]?(?:人|件|世帯|名))"


class InsuredNumberRecognizer(LabelledIdRecognizer):
    ENABLED = True
    KIND = "insured"
    DESCRIPTION = "被保険者番号"
    PATTERNS = (
        JaPattern("番号", r"(?<![\d-])\d{6,10}" + _NOT_COUNT, 0.6, needs_context=True),
        JaPattern("記号・番号", r"記号[ ]?[:：]?[ ]?[0-9A-Za-z-]{1,8}[ ]?[、・,]?[ ]?番号[ ]?[:：]?[ ]?\d{1,8}(?!\d)", 0.6,
                  needs_context=True),
    )
    CONTEXT = ("被保険者番号", "被保険者証番号", "保険者番号", "記号・番号", "記号番号", "受給者番号", "受給者証番号",
               "保険証", "被保険者証", "資格確認書")
