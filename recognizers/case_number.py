"""CASE_NUMBER: numbers of court cases and administrative proceedings, and
the reference numbers that look like them but name no one.

- court (MASK): [裁判所 (支部)] + 和暦年 + (事件記号) + 第N号, e.g.
  令和2年(ワ)第1234号; the 事件記号 (ワ, ロ, 行ウ, 家イ ...) is one to three
  kana or kanji in brackets (最高裁判所 民事事件記号規程);
- appeal (REVIEW): 審査請求 / 異議申立 numbers, which may point at the
  requester;
- bill / consultation (KEEP): 議案第52号, 報告第4号, 陳情第3号, 諮問第3号;
- legal_reference (KEEP): 条例第6条第1項第2号 and the like;
- receipt (MASK): the number after 受理番号, 受付番号, 事件番号 or 届出番号, given to
  one party's report or request (遺失届の受理番号 第2026-123号), which the
  police or the office can trace to the person; 陳情受付番号 is the council's
  public number (bill).
The KEEP kinds are reported on purpose: their spans protect the digits from
being taken for an identifier by other recognizers (the longer span wins).
"""
from __future__ import annotations

import re
from typing import Any

from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_YEAR = r"(?:令和|平成|昭和)(?:元|\d{1,2})年度?"
_COURT = r"(?:(?:[\u4e00-\u9fff]{1,10}|[ぁ-ん]{2,5})(?:最高裁判所|高等裁判所|地方裁判所|家庭裁判所|簡易裁判所)(?:[\u4e00-\u9fff]{1,6}支部)?[ ]?)?"
_ARTICLE = r"第\d+条(?:の\d+)*(?:第\d+項)?(?:第\d+号)?"
_MORE = r"(?:(?:及び|並びに|又は|若しくは|、|・)第\d+(?:条(?:の\d+)*|項|号))*"


# Labels of a number given to one party's report or request. 陳情・請願 receipt
# numbers are the council's public bill numbers instead (checked in attributes_for).
_RECEIPT_LABELS = "(?:受理番号|受付番号|事件番号|届出番号)"
_BILL_WORDS = "(?:議案|報告|陳情|請願|発議|認定|承認|同意|選任|諮問|審査請求|異議申立|再調査)"


class CaseNumberRecognizer(JaPatternRecognizer):
    ENTITY = "CASE_NUMBER"
    DESCRIPTION = "事件番号"
    PATTERNS = (
        JaPattern("court", _COURT + _YEAR + r"[ ]?\([\u4e00-\u9fffァ-ヶ]{1,3}\)[ ]?第?\d+号", 0.9, anchor=r"\)[ ]?第?\d+号"),
        JaPattern("appeal", r"(?:" + _YEAR + r")?(?:審査請求|異議申立て?|再調査の請求)第\d+号", 0.8, anchor='審査請求|異議申立|再調査'),
        JaPattern("consultation", r"(?:" + _YEAR + r")?諮問第\d+号", 0.8, anchor='諮問'),
        JaPattern("bill", r"(?:議案|報告|陳情|請願|発議|認定|承認|同意|選任|諮問案)第\d+号", 0.8, anchor='議案|報告|陳情|請願|発議|認定|承認|同意|選任|諮問案'),
        JaPattern("legal_reference", _ARTICLE + _MORE, 0.7, anchor='第[0-9]+条'),
        # the number a police station or an office gives a party's report or
        # request (遺失届の受理番号, 被害届の受理番号, 事件番号): the value after the label
        JaPattern("receipt", r"(?:(?<=" + _RECEIPT_LABELS + r")|(?<=" + _RECEIPT_LABELS + r"[ :：]))(?:" + _YEAR + r"[ ]?)?(?:第[ ]?)?\d{1,6}(?:[-ー－]\d{1,6})?号?(?![\d-])",
                  0.7, anchor=_RECEIPT_LABELS),
    )

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        value = text[start:end]
        label = re.search(_RECEIPT_LABELS + r"[ ]?[:：]?[ ]?$", text[max(0, start - 12):start])
        if label and "(" not in value and not re.match(_BILL_WORDS, value):
            if re.search(r"(?:陳情|請願|議案|発議)$", text[max(0, start - 16):start - len(label.group(0))]):
                return {"kind": "bill"}  # 陳情受付番号 第3号: the council's public number
            return {"kind": "receipt"}
        if "(" in value and "号" in value and "条" not in value:
            return {"kind": "court"}
        for word, kind in (("審査請求", "appeal"), ("異議申立", "appeal"), ("再調査", "appeal"),
                           ("諮問", "consultation")):
            if word in value:
                return {"kind": kind}
        if "条" in value:
            return {"kind": "legal_reference"}
        return {"kind": "bill"}
