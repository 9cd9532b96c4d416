"""ADDRESS: a residence or site address down to the house (番地/号), with
building and room when written.

Shape (after NFKC; kanji or Arabic numerals):
  [都道府県] [郡] 市区町村 [区] [大字/字] 町名 [N丁目] 番地・号 [建物名 部屋番号]
  東京都北多摩市本町二丁目3番地の4, 多摩市関戸1-2-3 〇〇ハイツ205号室,
  大字砂田1204番地, 北1条西2丁目3番地 (北海道), 烏丸通四条上ル (京都).
A partial address that still points at a household (本町二丁目3番地) counts;
a 町丁目 with no house number is a PLACE (quasi-identifier), not this.
A road location 「…12番地先」 is an event site, not an address.

``kind`` for the policy: ``corporate`` (a company's registered office,
published in bills), ``public_facility`` (市役所, 公民館), ``residence``,
else ``unknown``.
"""
from __future__ import annotations

import re
from typing import Any

from redactor.data_files import load_toml
from redactor.recognizers import context as ctx
from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_WORDS = load_toml("address_context.toml", "redactor.recognizers.data")

_K = r"\u4e00-\u9fff々ヶ"
_PREF = r"(?:東京都|北海道|(?:京都|大阪)府|[%s]{2,3}県)" % _K
_CITY = r"(?:[%sァ-ヶー]{1,6}郡)?[%sァ-ヶーぁ-ん]{1,7}?[市区町村](?:[%s]{1,4}区)?" % (_K, _K, _K)
_TOWN = r"(?:大字|字)?[%sァ-ヶーぁ-ん]{0,10}?(?:[東西南北]?\d{1,2}条[東西南北]?)?" % _K
_KYOTO = r"(?:[%s]{1,8}通[%s]{1,6}(?:上ル|下ル|西入ル?|東入ル?|上る|下る))?" % (_K, _K)
_CHOME = r"(?:[一二三四五六七八九十\d]{1,3}丁目)"
_NUM = r"(?:\d{1,5}(?:番地?(?:の?\d{1,5})?(?:号)?(?:の\d{1,4})?(?:-\d{1,5})?|(?:-\d{1,5}){1,3}))(?!\d)"
_BUILDING = r"(?:[ ]?(?:[%sァ-ヶーぁ-んA-Za-z][%sァ-ヶーぁ-んA-Za-z\d]{1,20}?)(?:\d{1,3}号棟)?\d{2,4}(?:号室|号)?)?" % (_K, _K)
_NOT_AFTER = r"(?!先|付近|地先|周辺|番目)"

_PREF_RE = re.compile(_PREF)


class AddressRecognizer(JaPatternRecognizer):
    ENTITY = "ADDRESS"
    DESCRIPTION = "住所"
    PATTERNS = (
        JaPattern("市区町村+番地", rf"{_PREF}?{_CITY}{_KYOTO}{_TOWN}{_CHOME}?{_NUM}{_NOT_AFTER}{_BUILDING}", 0.8, anchor='丁目|番地|[0-9]-[0-9]|[0-9]番'),
        JaPattern("町名+丁目+番地", rf"[{_K}ァ-ヶー]{{1,8}}{_CHOME}{_NUM}{_NOT_AFTER}{_BUILDING}", 0.75, anchor='丁目|番地|[0-9]-[0-9]|[0-9]番'),
        JaPattern("大字+番地", rf"大字[{_K}]{{1,6}}{_NUM}{_NOT_AFTER}{_BUILDING}", 0.7, anchor='丁目|番地|[0-9]-[0-9]|[0-9]番'),
    )
    CONTEXT = tuple(_WORDS["labels"])

    def span_of(self, match: re.Match) -> tuple[int, int]:
        start, end = match.span()
        value = match.group(0)
        # 「住所東京都…」: the regex may start inside a label or the word
        # before the prefecture; the address starts at the prefecture.
        label = ctx.starts_with_word(value, _WORDS["labels"])
        if label:
            start += len(label)
            value = value[len(label):]
        m = _PREF_RE.search(value[:8])
        if m and m.start() > 0:
            start += m.start()
        # A building part that is really the next field (電話, 氏名) is not part of it.
        tail = re.search(r"[ ](?:電話|TEL|氏名|名称|FAX)", match.group(0))
        if tail:
            end = match.start() + tail.start()
        return start, end

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        before = ctx.before(text, start, 30)
        after = text[end:end + 30]
        if ctx.find_word(after, _WORDS["corporate"]) or ctx.find_word(before[-12:], _WORDS["corporate"]):
            if not ctx.find_word(after.split("\n")[1] if "\n" in after else "", ("氏名",)):
                return {"kind": "corporate"}
        if ctx.find_word(after[:12], _WORDS["public_facility"]):
            return {"kind": "public_facility"}
        if ctx.find_word(before, _WORDS["residence"]):
            return {"kind": "residence"}
        return {"kind": "unknown"}
