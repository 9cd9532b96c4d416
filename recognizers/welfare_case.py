"""GOV_ID (kind welfare_case): the case number of a 生活保護 file (ケース番号),
which points at one household in the welfare office's records. Formats
differ between offices (K-0318, 第123号, 2023-0456), so the label decides."""
from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer


class WelfareCaseRecognizer(LabelledIdRecognizer):
    KIND = "welfare_case"
    DESCRIPTION = "ケース番号"
    PATTERNS = (JaPattern("番号", r"(?<![A-Za-z0-9-])[A-Za-z]{0,3}-?\d{2,8}(?:-\d{1,6})?(?![A-Za-z0-9-])", 0.6,
                          needs_context=True),)
    CONTEXT = ("ケース番号", "ケース記録番号", "世帯番号")
    CONTEXT_BEFORE = 10
