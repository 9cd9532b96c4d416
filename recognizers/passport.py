"""GOV_ID (kind passport): 旅券番号, two letters and seven digits (TK1234567)."""
from redactor.recognizers.base import JaPattern
from redactor.recognizers.gov_id_context import LabelledIdRecognizer


class PassportRecognizer(LabelledIdRecognizer):
    ENABLED = True
    KIND = "passport"
    DESCRIPTION = "旅券番号"
    PATTERNS = (JaPattern("2文字+7桁", r"(?<![A-Za-z0-9])[A-Z]{2}\d{7}(?![A-Za-z0-9])", 0.6, needs_context=True),)
    CONTEXT = ("旅券番号", "旅券", "パスポート")
