"""A name whose row gives the person's post in the municipality: positive
evidence for KEEP.

Lists and tables write the post in its own cell beside the name, not before
it as a title:

    ｜自治功労｜佐伯 敏夫 殿　｜青葉野市議会議員　｜在職20年
    出席者 ⏎ 名前　　　所属・役職 ⏎ 堀内美香　　長寿介護課 保健師
    総務課 岩井一郎、税務課 松永遼、保健センター 紺野聡美、以上3名

- the cell right after the name (after an honorific of the list's form, 殿
  or 様, and the cell's separator) is a post of the municipality: a member
  of its council (…議会議員, …議会議長, also a former one), or a unit of the
  office with a staff title (市民課 主査, 長寿介護課 保健師);
- a line that lists two or more people, each after a unit of the office
  (総務課 岩井一郎、税務課 松永遼): a list of the office's staff.

Fail closed: the post cell must end with the post (「福祉課 主査 鈴木」
names the handler, another person); a unit alone is no post (a 担当課
column says who handles a resident's row); a row or a line that names a
party (相談者, 申請者, 対象者) is no evidence; a community post (自治会長,
消防団 分団長) is not the municipality's; a name another context gave a
party's role is left as it was.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers._person_roles import place_unit

_DATA = load_toml("body_rosters.toml", "redactor.recognizers.data")
_KANJI = r"\u4e00-\u9fff々ヶ"
# (not 部 or 事務所 alone: 北部, 南部 are districts and 法律事務所 a business; not 教室, 号室;
# not センター: a centre is often run by a contractor, whose staff are private persons)
_UNIT = rf"[{_KANJI}ァ-ヶー]{{1,16}}?(?:課|係|(?<!教)(?<!号)(?<!和)(?<!洋)室|局|支所|出張所|事務局)"
_TITLE = "|".join(sorted(map(re.escape, _DATA["staff_titles"]), key=len, reverse=True))
_COUNCIL = r"(?:元|前)?[" + _KANJI + r"]{0,10}(?:議会議員|議会議長|議会副議長)"
# The cell holding the post, ending the cell (a bracketed note may follow).
_POST_CELL = re.compile(rf"(?:{_COUNCIL}|{_UNIT}[ \u3000]?(?:{_TITLE}))(?:[（(][^（()）\n]{{0,24}}[）)])?[ \u3000]*")
# In a personnel list (人事異動, 退職者, 新任 …) every post is the office's, so a
# 部 or 局 of the organisation counts too (市民部長, 総務部次長): the heading says whose.
_PERSONNEL_POST_CELL = re.compile(rf"[{_KANJI}ァ-ヶー]{{1,16}}?(?:(?:部|局|課|係|室|所|事務局)[ \u3000]?)?(?:{_TITLE})"
                                  r"(?:[（(][^（()）\n]{0,24}[）)])?[ \u3000]*")
_PERSONNEL_HEADING = re.compile(r"人事異動|異動者|(?:定年)?退職者?|新任|昇任|昇格|転任|転出者|転入者|採用者|配置換|辞職")
_COMPANY = re.compile(r"会社|法人|組合|協会|事務所|商店")
# After the name: the list's honorific, then the cell separator.
_TO_NEXT_CELL = re.compile(r"[ \u3000]*(?:殿|様)?(?:[ \u3000]*[\t｜|┃│][ \u3000]*|[ \u3000]{2,})")
_CELL_END = re.compile(r"[\t｜|┃│\n]|[ \u3000]{2,}|$")
_PARTY = re.compile(r"相談者|申請者|申出者|申出人|対象者|請求人|申立人|受給|被害者|加害者|相手方|当事者|陳述人|参考人|利用者|入居者|世帯主|本人")
_COMMUNITY = re.compile(r"自治会|町内会|町会|消防団|分団|子ども会|子供会|老人クラブ|PTA|ＰＴＡ|民生委員|区長")
# One item of a staff list: a unit of the office, a space, a name (総務課 岩井一郎).
_UNIT_ITEM = re.compile(rf"(?:^|[、,，・\s])({_UNIT})[ \u3000]+(?=[{_KANJI}ァ-ヶー])")
_TAKES = frozenset({"none", "list", "person", "mention", "role_before", "field", "column", "honorific", "doubt",
                    "person_word", "office_block"})
_FORM_HONORIFICS = frozenset({"", "殿", "様", "氏名", "名前", "氏", "さん"})


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _takes(f: Finding) -> bool:
    if f.attributes.get("role") == "official":
        return False
    word = str(f.attributes.get("role_word", ""))
    return (f.attributes.get("role_source", "none") in _TAKES
            and (word in _FORM_HONORIFICS or (bool(re.fullmatch(_UNIT, word)) and not place_unit(word)))
            and not _PARTY.search(word) and not _COMMUNITY.search(word))


def _post_beside(text: str, f: Finding) -> str | None:
    gap = _TO_NEXT_CELL.match(text, f.end)
    if not gap:
        return None
    end = _CELL_END.search(text, gap.end())
    cell_end = end.start() if end else len(text)
    cell = text[gap.end():cell_end]
    if not (_POST_CELL.fullmatch(cell) or (_PERSONNEL_POST_CELL.fullmatch(cell) and not _COMPANY.search(cell)
                                          and _in_personnel_list(text, f.start))) \
            or _COMMUNITY.search(cell) or "委託" in cell:
        return None
    return cell.strip(" \u3000")


def _in_personnel_list(text: str, pos: int) -> bool:
    """Whether a short heading of a personnel list (（退職）令和6年3月31日付け,
    人事異動) stands above the line, with no blank line between (eight lines at most)."""
    end = text.rfind("\n", 0, pos)
    for _ in range(8):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip(" \t\u3000"):
            return False
        if len(line) <= 40 and _PERSONNEL_HEADING.search(line):
            return True
        end = start - 1
    return False


def mark_row_posts(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the PERSON findings whose row or
    list gives their post in the municipality (see the module)."""
    persons = [f for f in findings if f.label == "PERSON"]
    for f in persons:
        if not _takes(f):
            continue
        start, end = _line(text, f.start)
        line = text[start:end]
        if _PARTY.search(line):
            continue
        post = _post_beside(text, f)
        why = f"行の役職欄「{post}」" if post else None
        if why is None and "、" in line and not _COMMUNITY.search(line):
            items = [u for u in _UNIT_ITEM.findall(line) if not place_unit(u)]
            before = text[start:f.start]
            units = list(_UNIT_ITEM.finditer(text, max(start - 1, 0, f.start - 24), f.start + 1))  # (from the line's break, with the name's first character)
            unit = units[-1].group(1) if units else ""
            if unit and place_unit(unit):
                unit = ""  # 第一会議室 佐藤、第二会議室 田中: rooms of a building, not the office's units
            # (町長 神田義孝、総務課長 鶴見隆、総務課 赤羽智美: the others listed are officials;
            # asked last, as it looks at every name of the document)
            if unit and before.rstrip(" \u3000").endswith(unit) and (len(items) >= 2 or any(
                    p is not f and p.attributes.get("role") == "official" and start <= p.start < end
                    for p in persons)):
                why = f"市の課等とともに列挙された職員（「{unit}」）"
        if why is None:
            continue
        f.attributes = {**f.attributes, "role": "official", "role_source": "row_post"}
        f.reason = f"{f.reason.split('、文脈')[0]}、{why}"
