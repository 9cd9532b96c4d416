"""ACCOUNT: bank and postal savings accounts and payment card numbers.

- bank: an account type (普通 / 当座 / 貯蓄, 預金) and a 7-digit number,
  with the bank and branch names when they are written just before
  (北多摩銀行 本店営業部 普通預金 0087324): the whole stretch identifies
  the account; the type may be bracketed or set off by ・ ((普通)1234567,
  普通・1234567), as forms print it; with both bank and branch written, the
  type may be left out (北浜銀行 北浜支店 1234567);
- ゆうちょ銀行: 記号 (5 digits) and 番号 (up to 8 digits), also written as
  two labelled fields with no bank name next to them (記号12340 番号12345671,
  one per line in a form), as the passbook prints them;
- card: 13-19 digits in groups, accepted only when the Luhn check passes.
"""
from __future__ import annotations

import re
from typing import Any

from redactor.recognizers.base import JaPattern, JaPatternRecognizer
from redactor.recognizers.check_digits import luhn_valid

_BANK_NAME = r"[\u4e00-\u9fffァ-ヶーぁ-んA-Za-z]{1,12}(?:銀行|信用金庫|信金|信用組合|労働金庫|農業協同組合|農協)[ ]?"
_BANK = rf"(?:{_BANK_NAME})?"
# Branch names may hold kana (自由が丘支店, ひばりが丘支店), but not a particle
# (振込先は|中央支店: the label is not part of the branch).
_BRANCH_NAME = r"(?:(?![はをにでへもとの])[\u4e00-\u9fffァ-ヶーぁ-ん]){1,10}(?:支店|営業部|出張所)[ ]?"
_BRANCH = rf"(?:{_BRANCH_NAME})?"


class AccountRecognizer(JaPatternRecognizer):
    ENTITY = "ACCOUNT"
    DESCRIPTION = "口座番号"
    PATTERNS = (
        JaPattern("銀行口座", _BANK + _BRANCH + r"\(?(?:普通|当座|貯蓄|総合)(?:預金)?\)?[ ・]?(?:口座)?(?:番号)?[ ]?[:：]?[ ]?(?:No\.?[ ]?|第)?\d{7,8}(?![\d,]|[ ]?(?:千|万|百万)?円)", 0.85, anchor='普通|当座|貯蓄|総合'),
        JaPattern("口座番号", r"口座番号[ ]?[:：]?[ ]?\d{7,8}(?!\d)", 0.8),
        JaPattern("ゆうちょ", r"ゆうちょ(?:銀行)?[ ]?(?:記号[ ]?)?\d{5}[ ]?[-ー]?[ ]?(?:番号[ ]?)?\d{6,8}(?!\d)", 0.9, anchor='ゆうちょ'),
        # a bank and a branch written before a 7-digit number, the type left out (北浜銀行 北浜支店 1234567)
        JaPattern("銀行支店", _BANK_NAME + _BRANCH_NAME + r"(?:口座番号|No\.?)?[ ]?[:：]?[ ]?\d{7}(?![\d,]|[ ]?(?:千|万|百万)?円)", 0.8,
                  anchor="銀行|信用金庫|信金|信用組合|労働金庫|農業協同組合|農協"),
        # 記号 and 番号 as two fields: a 5-digit 記号 then a 6-8 digit 番号, on one line or the next
        JaPattern("記号番号", r"記号[ ]?[:：]?[ ]?\d{5}[ ]?(?:[-、,]|\n)?[ ]?番号[ ]?[:：]?[ ]?\d{6,8}(?!\d)", 0.85),
        JaPattern("カード", r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}(?!\d)", 0.3, needs_context=True),
    )
    CONTEXT = ("カード", "クレジット", "口座")
    CONTEXT_BOOST = 0.5

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text[:1].isdigit():
            return luhn_valid(re.sub(r"\D", "", pattern_text)) or False
        return None

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        value = text[start:end]
        if "ゆうちょ" in value or value.startswith("記号"):
            return {"kind": "postal"}
        return {"kind": "card" if value[:1].isdigit() else "bank"}
