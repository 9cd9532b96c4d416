"""GOV_ID (kind resident_code): 住民票コード, 11 digits assigned by the
住民基本台帳ネットワーク (住民基本台帳法第7条第13号). Its check digit
algorithm is not published, so the label before it decides."""
from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer


class ResidentCodeRecognizer(LabelledIdRecognizer):
    KIND = "resident_code"
    DESCRIPTION = "住民票コード"
    PATTERNS = (JaPattern("11桁", r"(?<![\d-])\d{4}[ -]?\d{4}[ -]?\d{3}(?![\d-])|(?<![\d-])\d{11}(?![\d-])", 0.6,
                          needs_context=True),)
    CONTEXT = ("住民票コード",)
    COLUMN_HEADINGS = frozenset({"住民票コード"})
