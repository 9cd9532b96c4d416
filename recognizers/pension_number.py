"""GOV_ID (kind pension): 基礎年金番号, 10 digits written 4-6 (1234-567890),
printed on the 年金手帳 / 基礎年金番号通知書. No public check digit: the
label decides."""
from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer


class PensionNumberRecognizer(LabelledIdRecognizer):
    KIND = "pension"
    DESCRIPTION = "基礎年金番号"
    PATTERNS = (JaPattern("4-6桁", r"(?<![\d-])\d{4}[ -]?\d{6}(?![\d-])", 0.6, needs_context=True),)
    CONTEXT = ("基礎年金番号", "年金番号", "年金手帳")
    COLUMN_HEADINGS = frozenset({"基礎年金番号", "年金番号"})
