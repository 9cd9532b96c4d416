"""GOV_ID (kind license): 運転免許証番号, 12 digits (2 digits of the issuing
公安委員会, 2 of the year first licensed, 6 serial, 1 check digit, 1 reissue
count). The check-digit weights are not in a statute we could cite, so the
label (免許証番号, 免許番号) decides rather than the arithmetic; a
「第…号」 around the number is allowed."""
from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer


class DriversLicenseRecognizer(LabelledIdRecognizer):
    KIND = "license"
    DESCRIPTION = "運転免許証番号"
    # 「第301234567890号」 as the licence prints it: the 第 and 号 are in the span, so
    # nothing of the number's notation is left beside the mask.
    PATTERNS = (JaPattern("12桁", r"(?:第[ ]?)?\d(?<![\d-]\d)\d{11}(?:[ ]?号)?(?![\d-])", 0.6, needs_context=True),
                # typed in its fields: 公安委員会 2, year 2, serial 6, check and reissue 2 (12-34-567890-12)
                JaPattern("区切り", r"(?<![\d-])\d{2}[- ]\d{2}[- ]\d{6}[- ]?\d{2}(?![\d-])", 0.5, needs_context=True))
    CONTEXT = ("免許証番号", "免許番号", "運転免許証", "免許証")
    CONTEXT_BEFORE = 16
    COLUMN_HEADINGS = frozenset({"免許証番号", "運転免許証番号", "免許番号"})
