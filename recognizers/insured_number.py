"""GOV_ID (kind insured): 被保険者番号 of 国民健康保険, 後期高齢者医療 and
介護保険 (usually 8 or 10 digits), and the 記号・番号 of a health insurance
card. Digits of this length are everywhere, so only the label decides."""
from redactor.recognizers.base import JaPattern
from redactor.recognizers.gov_id_context import LabelledIdRecognizer


class InsuredNumberRecognizer(LabelledIdRecognizer):
    ENABLED = True
    KIND = "insured"
    DESCRIPTION = "被保険者番号"
    PATTERNS = (JaPattern("番号", r"(?<![\d-])\d{6,10}(?![\d-])", 0.6, needs_context=True),)
    CONTEXT = ("被保険者番号", "被保険者証番号", "保険者番号", "記号・番号", "記号番号", "受給者番号")
