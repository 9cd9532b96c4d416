"""GOV_ID (kind residence_card): 在留カード番号 / 特別永住者証明書番号, two
letters, eight digits, two letters (AB12345678CD; 出入国管理及び難民認定法
第19条の4). The shape is distinctive enough to count without a label."""
from typing import Any

from redactor.recognizers._base import JaPattern, JaPatternRecognizer


class ResidenceCardRecognizer(JaPatternRecognizer):
    ENTITY = "GOV_ID"
    DESCRIPTION = "在留カード番号"
    PATTERNS = (JaPattern("2+8+2", r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{8}[A-Z]{2}(?![A-Za-z0-9])", 0.8),)
    CONTEXT = ("在留カード", "特別永住者証明書")

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "residence_card"}
