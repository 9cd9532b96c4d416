"""Whose entry a line of a contact list or a facility list is, from the name
that opens it: positive evidence for an address or a number on that line.

Notices, guides and minutes list public facilities and offices one to a
line, the name first and then its particulars in any order:

    北浜市立図書館　TEL 042-555-2233　所在地　北浜市中央二丁目3番1号
    北浜市休日急患診療所　北浜市本町5-6-7　042-555-7119
    北浜市民会館（北浜市緑町4丁目5番6号）　電話042-555-8800

The facility's name opening the line says the address and the number are
the facility's. A line may also end with the office the address belongs to
(〒123-4567　北浜市本町一丁目1番1号　北浜市役所福祉課).

Fail closed: only a name that ends with a public facility's or an office's
word (図書館, 診療所, 役所, …課) opens the entry; between it and the value
there may be only other particulars of the entry (labels, an address in
brackets, numbers, a postal code), never a word of a person or a household
(様, さん, 宅, 自宅, 氏名): 「北浜市立図書館　利用者　山田様　緑町1-2-3」 is a
person's. A unit word inside a longer word (教室, 号室, 会議室) names no office.
"""
from __future__ import annotations

import re

from redactor.recognizers import _context as ctx
from redactor.recognizers._text import KANJI

# List marks and indentation that may open the line (・, ○, 1., (1)).
_OPEN = re.compile(r"[ \t\u3000]*(?:[・○◯●■□◆◇▼▽※\-－]|[0-9０-９]{1,2}[.．、)）]|[(（][0-9０-９]{1,2}[)）])?[ \t\u3000]*")
# A bracketed note right after the name: its address or a short name (（北浜市緑町…）, （愛称）),
# or its nickname in quotes (子育て支援センター「すくすく」).
_BRACKET_END = re.compile(r"[(（][^()（）\n]{0,40}[)）]$|「[^「」\n]{1,20}」$")
# Particulars of the entry between its name and the value.
_PARTICULARS = re.compile(
    r"(?:[ \t\u3000:：、,/／・]"
    r"|[(（][^()（）\n]{0,40}[)）]|「[^「」\n]{1,20}」"
    r"|〒?[0-9]{3}-?[0-9]{4}"
    r"|\+?[0-9][0-9()\-]{8,15}[0-9]"
    r"|(?:電話|TEL|Tel|tel|℡|FAX|Fax|fax|ファクス|ファックス|代表|直通|内線[0-9]{1,5})(?:番号)?"
    r"|所在地|所在|住所|場所|位置"
    # (an 字 name may hold katakana: 字館ノ内, 霞ヶ丘)
    rf"|[{KANJI}ァ-ヶー0-9一二三四五六七八九十]{{1,16}}(?:丁目|番地|番|号)[0-9\-]*"
    r")*")
# An office's unit ending the name (福祉課, 国保係, 事務局), not a room (教室, 号室).
_UNIT_END = re.compile(rf"[{KANJI}ァ-ヶー]{{1,16}}(?:課|係|室|事務局|事務所)$")
_NOT_UNIT_END = re.compile(r"(?:教室|号室|会議室|研究室|病室|居室|和室|洋室|待合室|控室|寝室|浴室|"
                           r"法律事務所|会計事務所|税理士事務所|司法書士事務所|設計事務所|事務所)$")
# Words of a person or a household that make the line a person's entry.
_PERSONAL = re.compile(r"様|さん|氏名|宅|[様ん]方|自宅|携帯|世帯|本人|利用者|申請者|相談者|申出人|請求人|入居者|居住")
# A clause after the value (…を訪問, …に住む): hiragana other than の.
_CLAUSE = re.compile(r"[ぁ-ゔ](?<!の)")
# The office named after the value, ending the line (… 北浜市役所福祉課).
_OFFICE_AFTER = re.compile(rf"[ \t\u3000]+[{KANJI}ァ-ヶー]{{0,16}}(?:役所|役場|庁舎)[{KANJI}ァ-ヶー0-9]{{0,16}}[ \t\u3000]*$")


def _name_owner(name: str, facility_words: list[str]) -> bool:
    """Whether ``name`` (a line's first chunk, its bracket removed) is a public
    facility's or an office's name."""
    if not name or _PERSONAL.search(name):
        return False
    if ctx.ends_with_word(name, facility_words):
        return True
    return bool(_UNIT_END.search(name)) and not _NOT_UNIT_END.search(name)


def heads_the_line(text: str, start: int, end: int, facility_words: list[str]) -> str | None:
    """The public facility's or office's name that opens the line of the
    value ``text[start:end]`` when only the entry's particulars stand
    between, and the rest of the line says nothing of a person (「…1-2-3
    山田宅を訪問」), or None (see the module)."""
    line_end = text.find("\n", end)
    after = text[end:len(text) if line_end < 0 else line_end]
    if _PERSONAL.search(after) or _CLAUSE.search(after):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    opened = _OPEN.match(before)
    rest = before[opened.end() if opened else 0:]
    head = re.split(r"[ \t\u3000]", rest, maxsplit=1)
    name = head[0]
    tail = head[1] if len(head) > 1 else ""
    bracket = _BRACKET_END.search(name)
    if bracket and bracket.start() > 0:
        tail = name[bracket.start():] + " " + tail
        name = name[:bracket.start()]
    if not tail and rest == name:
        return None  # the value follows the name with no separator: a compound, not an entry
    if not _name_owner(name, facility_words) or _PERSONAL.search(tail) or not _PARTICULARS.fullmatch(tail):
        return None
    return name


# A line that is the municipality's office alone (北浜市総務部情報政策課, 北浜町役場 総務課):
# the municipality's name, then its units; no company (会社, 法人, 組合) or person.
_OFFICE_LINE = re.compile(rf"[ \t\u3000]*[{KANJI}]{{1,6}}[都道府県市町村区](?:役所|役場|庁)?[ \t\u3000]?"
                          rf"(?:[{KANJI}ァ-ヶー]{{1,14}}(?:部|局|課|係|室|事務局|委員会)[ \t\u3000]?){{1,3}}[ \t\u3000]*")
_NOT_OFFICE_LINE = re.compile(r"会社|法人|組合|事務所|営業")


def office_below(text: str, end: int) -> bool:
    """Whether the value ends its line and the line below is the
    municipality's office (a letter's sender block: 〒… 北浜市本町一丁目1番1号 ⏎
    北浜市総務部情報政策課 ⏎ 電話 …)."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t\u3000"):
        return False
    next_end = text.find("\n", line_end + 1)
    below = text[line_end + 1:len(text) if next_end < 0 else next_end]
    return bool(_OFFICE_LINE.fullmatch(below)) and not _NOT_OFFICE_LINE.search(below) and not _PERSONAL.search(below)


def office_ends_the_line(text: str, end: int) -> bool:
    """Whether the rest of the value's line is the municipality's office
    (… 北浜市役所福祉課, … 北浜町役場 2階)."""
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end]
    return bool(_OFFICE_AFTER.fullmatch(rest)) and not _PERSONAL.search(rest)
