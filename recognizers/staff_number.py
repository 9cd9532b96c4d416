"""GOV_ID (kind staff): a public employee's 職員番号 (職員コード, 職員ID), which
the municipality issues to one person and which its personnel, payroll and
access-card records are keyed on: 職員番号 S-10482, 職員番号：204531.
Its shape (a letter or two, then digits) is everywhere, so only the label
decides, and a count or an amount is no number."""
from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer

_END = r"(?![A-Za-z0-9-]|[ ]?(?:千|万|億)?円|[ ]?(?:人|件|名|号|年|月|日|歳|桁|枚))"


class StaffNumberRecognizer(LabelledIdRecognizer):
    KIND = "staff"
    DESCRIPTION = "職員番号"
    PATTERNS = (
        JaPattern("番号", r"(?<![A-Za-z0-9-])[A-Za-z]{0,3}-?\d{3,8}" + _END, 0.6, needs_context=True),
    )
    CONTEXT = ("職員番号", "職員コード", "職員ID", "職員ＩＤ")
    CONTEXT_BEFORE = 8
