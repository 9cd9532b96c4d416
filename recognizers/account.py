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

Forms and letters write the same parts in any order and with labels
(支店名：緑町支店　種別：普通　口座番号：1234567; 普通 1234567 北浜銀行本町支店;
口座番号 1234567（普通） 北浜銀行緑町支店): a bank account found by the
number is widened over the bank, branch and type written next to it on its
line, before or after, so that none of them is left beside the mask. In a
transfer form with one field a line (金融機関名 ⏎ 支店名 ⏎ 預金種目 ⏎ 口座番号),
the values of the fields right above the number's line are the account's
too.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._check_digits import luhn_valid
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import KANJI

# Banks and the co-operatives that hold savings (銀行法, 信用金庫法, 農業協同組合法 …);
# a JA is named by its brand before its name (JAきたはま). A particle is no part of
# a bank's name (振込先は|北浜銀行).
_BANK_NAME = (rf"(?:(?:(?![はをにでへが])[{KANJI}ァ-ヶーぁ-んA-Za-z]){{1,12}}(?:銀行|信用金庫|信金|信用組合|労働金庫|農業協同組合|農協|漁業協同組合|漁協)"
              rf"|JA[{KANJI}ァ-ヶーぁ-ん]{{1,10}})[ ]?")
_BANK = rf"(?:{_BANK_NAME})?"
# A bank named wholly in hiragana may hold a particle's kana (はなみずき信用金庫),
# which _BANK_NAME stops at: the rest of the name back to a label's colon, a
# space or the line's start is the name too.
_KANA_NAME_BEFORE = re.compile(r"(?:^|(?<=[:：\s「（(]))(?P<name>[ぁ-ゖー]{1,10})$", re.M)
# Branch names may hold kana (自由が丘支店, ひばりが丘支店), but not a particle
# (振込先は|中央支店: the label is not part of the branch).
_BRANCH_NAME = rf"(?:(?![はをにでへもとの])[{KANJI}ァ-ヶーぁ-ん]){{0,10}}(?:支店|営業部|出張所|本店|本所|支所)[ ]?"
_BRANCH = rf"(?:{_BRANCH_NAME})?"


# Labels of the parts of an account in a form (支店名：, 預金種目：).
_PART_LABEL = r"(?:(?:金融機関名?|銀行名|支店名|店名|取扱店|預金種目|預金種別|口座種別|種別|種目|科目)[ ]?[:：]?[ ]?)"
# One part: a bank, a branch (with its number), or the type, as written beside the number.
# ゆうちょ銀行's branches for transfers are named by three kanji digits (〇一八店).
# A bank's or branch's code may follow it in brackets (北浜銀行（0123）緑町支店（456））; a
# labelled branch may be written without 支店 (支店名：緑町).
_PART = (rf"(?:(?:{_BANK_NAME}|{_BRANCH_NAME})(?:[(（]\d{{3,4}}[)）][ ]?)?"
         r"|[(（]?(?:支店番号|店番号?)[ ]?[:：]?[ ]?\d{3}[)）]?[ ]?"
         r"|(?:支店名|店名)[ ]?[:：]?[ ]?[^\s、,()（）:：]{1,10}[ ]?"
         r"|[〇一二三四五六七八九]{3}店?(?:[ ]?[(（][ァ-ヶー]{2,12}店[)）])?[ ]?"
         r"|[(（]?(?:普通|当座|貯蓄|総合)(?:預金|貯金)?(?:口座)?[)）]?[ ]?|[(（][普当][)）][ ]?)")
# Parts right before the number's span, each with its label, separated by spaces,
# 、 or の (北浜銀行緑町支店の普通預金口座（口座番号…）).
_PARTS_BEFORE = re.compile(rf"(?:{_PART_LABEL}?{_PART}[ 、,の(（]*)+$")
# Parts right after it, on its line: 1234567（普通） 北浜銀行緑町支店; not over a 、 into
# the next account of a list.
_PARTS_AFTER = re.compile(rf"[ ]*(?:{_PART_LABEL}?{_PART}[ ]*)+")
# A form's field line of an account part (金融機関名　北浜銀行): its value.
_FIELD_LINE = re.compile(r"[ \t]*(?:金融機関名?|銀行名|支店名|店名|取扱店|預金種目|預金種別|口座種別|種別|種目|科目)[ \t]*[:：]?[ \t]*"
                         r"(?P<v>\S[^\n]*?)[ \t]*")
_WIDTH = 40
# A table of accounts (a transfer list, a recipients' list): every cell under these
# headings is a part of an account, in a table that has a number column.
_ACCOUNT_HEADINGS = frozenset(["口座番号", "口座", "金融機関名", "金融機関", "銀行名", "支店名", "支店", "店名", "取扱店",
                               "種別", "預金種目", "預金種別", "口座種別", "種目"])
_NUMBER_HEADINGS = frozenset(["口座番号", "口座"])
# A row with no heading: a type cell, then a cell of the number (…<TAB>普通<TAB>1234567).
_TYPE_CELL = re.compile(r"(?:普通|当座|貯蓄|総合)(?:預金|貯金)?|[(（][普当][)）]")
_NUMBER_CELL = re.compile(r"\d{7,8}")
_BANK_CELL = re.compile(rf"(?:{_BANK_NAME}|{_BRANCH_NAME})+")


class AccountRecognizer(JaPatternRecognizer):
    ENTITY = "ACCOUNT"
    DESCRIPTION = "口座番号"
    PATTERNS = (
        JaPattern("銀行口座", _BANK + _BRANCH + r"\(?(?:普通|当座|貯蓄|総合)(?:預金|貯金)?\)?[ ・]?(?:口座)?(?:番号)?[ ]?[:：]?[ ]?(?:No\.?[ ]?|第)?\d{7,8}(?![\d,]|[ ]?(?:千|万|百万)?円)", 0.85, anchor='普通|当座|貯蓄|総合'),
        # the type abbreviated in brackets after bank and branch (北浜銀行 緑町支店 (普) 1234567)
        JaPattern("種別略記", _BANK_NAME + _BRANCH_NAME + r"\([普当]\)[ ]?\d{7,8}(?![\d,]|[ ]?(?:千|万|百万)?円)", 0.8,
                  anchor=r"\([普当]\)"),
        JaPattern("口座番号", r"口座番号[ ]?[:：]?[ ]?\d{7,8}(?!\d)", 0.8),
        # the account told in a sentence, its type and number joined by particles
        # (口座番号は|当座の1234567, 普通預金の口座番号は1234567です)
        JaPattern("口座（文）", r"(?:(?:(?<=口座は)|(?<=口座が)|(?<=口座番号は)|(?<=口座番号が))[ ]?(?:普通|当座|貯蓄|総合)(?:預金|貯金)?(?:口座)?の?"
                  r"|(?:普通|当座|貯蓄|総合)(?:預金|貯金)?(?:口座)?の(?:口座)?番号[はがを][ ]?)"
                  r"\d{7,8}(?![\d,]|[ ]?(?:千|万|百万)?円)", 0.8, anchor="普通|当座|貯蓄|総合"),
        JaPattern("ゆうちょ", r"ゆうちょ(?:銀行)?[ ]?(?:記号[ ]?)?\d{5}[ ]?[-ー]?[ ]?(?:番号[ ]?)?\d{6,8}(?!\d)", 0.9, anchor='ゆうちょ'),
        # a bank and a branch written before a 7-digit number, the type left out (北浜銀行 北浜支店 1234567)
        JaPattern("銀行支店", _BANK_NAME + _BRANCH_NAME + r"(?:口座番号|口座|No\.?)?[ ]?[:：]?[ ]?\d{7}(?![\d,]|[ ]?(?:千|万|百万)?円)", 0.8,
                  anchor="銀行|信用金庫|信金|信用組合|労働金庫|農業協同組合|農協|漁協|JA"),
        # ゆうちょ's 記号-番号 written as one value after an account label, the bank
        # left out (口座番号　12345-12345678, 記号番号 12340-12345671), and a
        # 振替口座 (00120-1-123456: 記号, a check digit, 番号): the label says what
        # the digits are, so the passbook's digit pattern is not required
        JaPattern("口座記号番号", r"(?:口座番号|記号番号|口座記号番号|振替口座(?:番号)?|口座)[ ]?[:：]?[ ]?"
                  r"\d{5}[ ]?[-ー－‐][ ]?(?:\d[ ]?[-ー－‐][ ]?\d{1,7}|\d{6,8})(?!\d)", 0.8, anchor="口座|記号番号"),
        # 記号 and 番号 as two fields: a 5-digit 記号 then a 6-8 digit 番号, on one line or the next
        JaPattern("記号番号", r"記号[ ]?[:：]?[ ]?\d{5}[ ]?(?:[-、,]|\n)?[ ]?番号[ ]?[:：]?[ ]?\d{6,8}(?!\d)", 0.85),
        # part of the number, told to identify the account (口座番号の下４桁は5678, 末尾３桁 456)
        JaPattern("口座番号の一部", r"口座(?:番号)?の?(?:下|末尾|最後の)[0-9一二三四五]桁(?:は|が|[:：])?[ ]?[「（(]?(?P<value>\d{3,5})(?!\d)",
                  0.6, anchor="桁"),
        JaPattern("カード", r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}(?!\d)", 0.3, needs_context=True),
    )
    CONTEXT = ("カード", "クレジット", "口座")
    CONTEXT_BOOST = 0.5

    def find(self, text: str, tokens: list) -> Iterable[RecognizerResult]:
        results = list(super().find(text, tokens))
        extra = []
        ends = sorted(r.end for r in results)
        for r in results:
            if r.entity_type != "ACCOUNT" or text[r.start:r.end][:1].isdigit():
                continue  # a card number stands alone
            line_start = text.rfind("\n", 0, r.start) + 1
            floor = max([line_start, r.start - _WIDTH] + [e for e in ends if e <= r.start])
            before = _PARTS_BEFORE.search(text, floor, r.start)
            if before and before.start() < r.start:
                r.start = before.start()  # 支店名：緑町支店　種別：普通　|口座番号：1234567
            kana = _KANA_NAME_BEFORE.search(text, floor, r.start)
            if kana:
                r.start = kana.start("name")  # 支払先：はなみずき|信用金庫…: a bank's name in hiragana, particles and all
            after = _PARTS_AFTER.match(text, r.end)
            if after and after.end() > r.end and "\n" not in after.group(0):
                r.end = len(after.group(0).rstrip(" 、,")) + r.end  # 1234567（普通） 北浜銀行緑町支店
            extra.extend(self._fields_above(text, r.start))
        results += extra
        if "\t" in text:
            results += self._table_cells(text, results)
        # two patterns may read the same account (普通　口座番号：…, 口座番号：…): once widened,
        # the one inside the other is the same finding
        results = list({(r.start, r.end): r for r in reversed(results)}.values())
        return [r for r in results if not any(o is not r and o.start <= r.start and r.end <= o.end for o in results)]

    def _table_cells(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """The cells of an account table (under 金融機関名, 支店名, 種別, 口座番号
        headings), and in a row with no heading a type cell and the number cell
        after it with the bank and branch cells before them."""
        taken = {i for r in found for i in range(r.start, r.end)}
        out = []

        def add(start: int, end: int, why: str) -> None:
            if start not in taken and end - 1 not in taken:
                taken.update(range(start, end))
                out.append(self.result("ACCOUNT", start, end, 0.8, why, kind="bank"))

        for start, end, _ in cells_under(text, _ACCOUNT_HEADINGS, _NUMBER_HEADINGS):
            add(start, end, "口座の表の欄（金融機関・支店・種別・口座番号）")
        pos = 0
        for line in text.split("\n"):
            if "\t" in line:
                cells, at = [], pos  # (start of the cell's text, its text), spaces stripped
                for cell in line.split("\t"):
                    cells.append((at + len(cell) - len(cell.lstrip(" ")), cell.strip(" ")))
                    at += len(cell) + 1
                for i in range(len(cells) - 1):
                    if _TYPE_CELL.fullmatch(cells[i][1]) and _NUMBER_CELL.fullmatch(cells[i + 1][1]):
                        j = i
                        while j > 0 and cells[j - 1][1] and _BANK_CELL.fullmatch(cells[j - 1][1]):
                            j -= 1  # the bank and branch cells before the type
                        for cell_start, cell in cells[j:i + 2]:
                            add(cell_start, cell_start + len(cell), "口座の表の行（種別＋口座番号）")
            pos += len(line) + 1
        return out

    def _fields_above(self, text: str, start: int) -> list[RecognizerResult]:
        """The values of the account's field lines right above the number's
        line (金融機関名 ⏎ 支店名 ⏎ 預金種目 ⏎ 口座番号 …), when the number starts its line's value."""
        out = []
        line_start = text.rfind("\n", 0, start) + 1
        for _ in range(4):
            if line_start == 0:
                break
            above = text.rfind("\n", 0, line_start - 1) + 1
            m = _FIELD_LINE.fullmatch(text, above, line_start - 1)
            if not m:
                break
            out.append(self.result("ACCOUNT", m.start("v"), m.end("v"), 0.8, "口座の欄（口座番号の上の金融機関・支店・種目）",
                                   kind="bank"))
            line_start = above
        return out

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if pattern_text[:1].isdigit() and len(digits) >= 12:
            return luhn_valid(digits) or False  # a card number (a part of an account, 5678, is read by its words)
        return None

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        value = text[start:end]
        if "ゆうちょ" in value or value.startswith("記号"):
            kind = "postal"
        else:
            kind = "card" if value[:1].isdigit() else "bank"
        if kind != "card" and _municipality_account(text, start):
            return {"kind": "official"}
        return {"kind": kind}


# Words that name the municipality's own holder of an account that receives
# public money (地方自治法第168条 会計管理者, 第235条 指定金融機関): the account
# a notice or a form gives residents to pay into is published. (Not 公金 or
# 歳入: a resident's 公金受取口座 and a refund of 歳入 are a person's account.)
_OFFICIAL_WORDS = ("会計管理者", "指定金融機関", "指定代理金融機関", "収納代理金融機関")
# Words that name a private holder or payee on the same lines (申請者の口座, 様).
_PRIVATE_WORDS = ("様", "さん", "氏", "申請者", "請求者", "請求人", "受給者", "受取人", "本人", "世帯", "相談者", "債務者",
                  "滞納者", "個人")


def _municipality_account(text: str, start: int) -> bool:
    """Whether the account at ``start`` is the municipality's own: one of
    ``_OFFICIAL_WORDS`` on its line or the two lines after it (a form's
    口座名義 line: 口座名義　北浜市会計管理者), up to a blank line, and no word
    of a private holder there. Fail closed: without the word the account
    stays a private one."""
    line_start = text.rfind("\n", 0, start) + 1
    end = line_start
    for _ in range(3):
        nxt = text.find("\n", end)
        if nxt == -1:
            end = len(text)
            break
        if not text[end:nxt].strip():
            break
        end = nxt + 1
    lines = text[line_start:end]
    return any(w in lines for w in _OFFICIAL_WORDS) and not any(w in lines for w in _PRIVATE_WORDS)
