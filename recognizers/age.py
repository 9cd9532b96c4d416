"""AGE: a person's age, exact (72歳, 満72歳, 七十二歳) or a band (80代,
80歳代, 30代後半).

An age is a quasi-identifier: harmless alone, kept by the default profile,
and weighed by the re-identification check together with sex, place and
date. Ages in rules rather than about a person (65歳以上の方, 18歳未満,
20歳到達) are left out.
"""
from __future__ import annotations

from typing import Any

from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_KANJI_NUM = "[一二三四五六七八九十百]"


class AgeRecognizer(JaPatternRecognizer):
    ENTITY = "AGE"
    DESCRIPTION = "年齢"
    PATTERNS = (
        JaPattern("年代", r"(?<![\d.])\d0[ ]?(?:歳代|代)(?:前半|後半|半ば)?(?!以上|未満|以下|まで|から)", 0.8, anchor='代'),
        JaPattern("年齢", r"(?:満[ ]?)?(?<![\d.])\d{1,3}[ ]?(?:歳|才)(?!以上|未満|以下|到達|まで|から|児|代)", 0.8, anchor='歳|才'),
        JaPattern("漢数字", rf"(?:満)?{_KANJI_NUM}{{1,4}}(?:歳|才|代)(?!以上|未満|以下|まで|から)", 0.7, anchor='歳|才|代'),
    )

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "band" if text[start:end].endswith(("代", "前半", "後半", "半ば")) else "exact"}
