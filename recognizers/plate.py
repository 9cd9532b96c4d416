"""PLATE: vehicle registration plates (自動車登録番号標).

Place name of the 運輸支局 (1-4 kanji, or kana such as つくば) + 分類番号
(1-3 digits or letters) + one hiragana + 一連指定番号 (up to four digits,
written 12-34, ・・12 or 1234), with spaces or none: 多摩 500 あ 12-34.
A 公用車 (the municipality's own vehicle) is ``official`` (kept by the
default profile); others are ``private``.
"""
from __future__ import annotations

from typing import Any

from redactor.recognizers import context as ctx
from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_OFFICIAL = ("公用車", "公用", "庁用車", "市有車", "市の車両", "町の車両", "公用自動車")


class PlateRecognizer(JaPatternRecognizer):
    ENTITY = "PLATE"
    DESCRIPTION = "自動車登録番号"
    PATTERNS = (
        JaPattern("標板", r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{1,4}|[ぁ-ん]{3,4})[ ]?[0-9A-Z]{1,3}[ ]?[あ-ん][ ]?(?:\d{1,2}-\d{2}|[・.]{1,3}\d{1,3}|\d{1,4})(?![\d-])", 0.8,
                  anchor=r"[0-9A-Z][ ]?[あ-ん][ ]?[\d・.]"),
    )

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "official" if ctx.find_word(ctx.before(text, start, 20), _OFFICIAL) else "private"}
