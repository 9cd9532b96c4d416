"""Members of one of the municipality's bodies listed in its roster: positive
evidence for KEEP.

The minutes of a council, committee or board (審議会・協議会・委員会, the
附属機関 of 地方自治法 第138条の4) open with its members. Two layouts say
plainly that a name is a member's:

- a row that opens with the body's bare post, in a roster that also lists
  its 委員: 「会長　三宅俊介（港北大学教授）」 above 「委員　安西幸子」. 会長
  alone is ambiguous (a neighbourhood association's 会長 is a private
  person), so the recognizer leaves it unclear; the roster of the body's
  members beside it is what makes it the body's chair;
- a row under a heading that names the members (出席委員, 委員名簿), whose
  first cell says for whom the member sits (公益代表　古川すみれ,
  学識経験者　古川すみれ).

Both count only in a document whose first lines name a body (…審議会,
…協議会, 第3回…会議) that is not a private association's (自治会, PTA, 老人クラブ).
Later mentions of the member by surname with the same post (三宅会長) or by
the full name are the same person.

Fail closed: only a mention the recognizer left unclear or gave no role is
changed; a name another context made a party (相談者, 申出人) or private (a
community post: 自治会長) is never touched; a 会長 row with no 委員 row in its
block, or in a document headed by no body, is left for review.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers._text import words_regex

_DATA = load_toml("body_rosters.toml", "redactor.recognizers.data")



_CHAIRS = frozenset(_DATA["chair_posts"])
_INDENT = r"[ \t\u3000・]*"
# A row opened by a bare post, then a separator, then the name: 「会長　」「委員（公募）：」.
_CHAIR_ROW = re.compile(rf"{_INDENT}(?P<post>{words_regex(_DATA['chair_posts'])})[ \t\u3000:：]+$")
_MEMBER_ROW = re.compile(rf"{_INDENT}(?:{words_regex(_DATA['member_posts'])})(?:[（(][^）)\n]{{1,10}}[）)])?[ \t\u3000:：]+\S")
# (public: roster_tables.py reads a table's title with the same words)
BODY = re.compile(words_regex(_DATA["body_words"]))
PRIVATE_BODY = re.compile(words_regex(_DATA["private_bodies"]))
# A heading line of the members' list, maybe with a note (（敬称略）, （五十音順）).
# (numbered as a section of the document may be: 第７　答申に関与した委員, ５．出席委員)
_SECTION_NUMBER = r"(?:第?[0-9０-９一二三四五六七八九十]{1,3}[ \t\u3000．.、]*)?"
_MEMBER_HEADING = re.compile(rf"{_INDENT}{_SECTION_NUMBER}(?:{words_regex(_DATA['member_headings'])})"
                             r"(?:[（(][^）)\n]{1,8}[）)])?[ \t\u3000:：]*$")
# The cell before a name in a row under that heading: a constituency or a
# post (公益代表, 学識経験者, 会長), no sentence (no kana but の・ノ).
_CONSTITUENCY_CELL = re.compile(rf"{_INDENT}[^\s、。ぁ-ゖ]{{0,12}}(?:の[^\s、。ぁ-ゖ]{{1,8}})?[ \t\u3000:：]+$")
# A member heading opening a line, alone or followed by a note on whom the members
# stand for or by the first names (出席委員　（土地所有者から選挙された委員）); not a
# longer word (委員会). Minutes often mark their headings with a bullet (■出席委員).
_MEMBER_HEADING_OPENS = re.compile(rf"[■□◆◇●◎・]?(?:{words_regex(_DATA['member_headings'])})(?=$|[ \t\u3000:：（(])")
# The head of an indented row carried on under that heading: a bracketed
# constituency (（学識経験者）, （借地権者から選挙された委員）) and the names
# before this one in the row's list (森下　俊介、), never a sentence.
_CARRIED_ROW_HEAD = re.compile(r"[ \t\u3000]+(?:[（(＜<〈【][^（()）＜<〈【＞>〉】\n。]{1,24}[）)＞>〉】][ \t\u3000]*)?"
                               r"(?:[^\s、。,，（()）ぁ-ゖ]{1,6}(?:[ \u3000][^\s、。,，（()）ぁ-ゖ]{1,6})?"
                               r"(?:[（(][^（()）\n。、]{1,10}[）)])?[、,，][ \t\u3000]*)*")
# How many carried-on lines may stand between a row and its heading.
_CARRIED_LINES = 6
_ATTENDANCE_HEADING = re.compile(rf"{_INDENT}(?:{words_regex(_DATA['attendance_headings'])})"
                                 r"(?:[（(][^）)\n]{1,8}[）)])?[ \t\u3000:：]*$")
_SITS_FOR = words_regex(_DATA["member_posts_of_organisations"])
# The row's cell before the name ends with such a post: 「　港北大学教授　　」「　弁護士　」.
_POST_CELL = re.compile(rf"{_INDENT}[^\s、。ぁ-ゖ]{{0,20}}(?:{_SITS_FOR})[ \t\u3000:：]+$")
# …or the bracket right after the name holds it: 「柏木　遼（港北大学教授）」.
_POST_BRACKET = re.compile(rf"[ \t\u3000]*[（(][^（()）\n、。ぁ-ゖ]{{0,20}}(?:{_SITS_FOR})[）)]")
# A party's or a witness's word anywhere in the row: never a member's row.
_PARTY_ROW = re.compile(r"陳述|参考人|請求人|申立人|申出人|相談者|傍聴|代理人|関係人|当事者|保護者|本人|家族|証人")
# How many first lines of the document may hold its title.
_TITLE_LINES = 3
# Roles the recognizer gave without evidence either way: these may take the roster's.
_UNDECIDED = frozenset({"unclear"})
_TAKES = frozenset({"none", "list", "person", "mention", "role_before", "title_after", "honorific", "doubt", "person_word"})

_WHY = {"chair": "会議体の名簿で委員とともに記載された役職（同じ氏名の他の記載も同じ立場）",
        "member": "会議体の委員名簿に記載された委員（同じ氏名の他の記載も同じ立場）"}


def _key(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "").replace("\n", "")


def _body_document(text: str) -> bool:
    """The document's first non-blank lines name a body that is not a private
    association's, or its sender does: a letter or an answer (答申) opens with
    its number, date and addressee, then the sender set to the right
    (　　　　大杉市情報公開・個人情報保護審査会), as official letters are laid out."""
    lines = [ln for ln in text[:400].splitlines() if ln.strip()]
    if any(BODY.search(ln) and not PRIVATE_BODY.search(ln) for ln in lines[:_TITLE_LINES]):
        return True
    return any(_SENDER.fullmatch(ln) and not PRIVATE_BODY.search(ln) for ln in lines[:_LETTERHEAD_LINES])


# A sender's line of a letterhead: set far to the right, ending with a body's name.
_SENDER = re.compile(rf"[ \t\u3000]{{8,}}[^\s]{{0,30}}(?:{words_regex(_DATA['body_words'])})[ \t\u3000]*")
_LETTERHEAD_LINES = 6


def _block(text: str, pos: int) -> tuple[int, int]:
    """The run of non-blank lines holding ``pos``."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", pos)
    return start, len(text) if end < 0 else end


def _carried_under_member_heading(text: str, line_start: int, before: str) -> bool:
    """The row is an indented line carried on under a line that opens with a
    member heading (出席委員　… ⏎ 　　（学識経験者）森下　俊介、安井　奈緒子):
    the minutes wrap a long list of members over indented lines, each maybe
    opened by the constituency the members sit for. Every line between is
    indented too, so a heading further up in another list does not reach."""
    if not _CARRIED_ROW_HEAD.fullmatch(before):
        return False
    line_end = text.find("\n", line_start)
    if _PARTY_ROW.search(text[line_start:len(text) if line_end < 0 else line_end]):
        return False
    end = line_start - 1
    for _ in range(_CARRIED_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return False  # a blank line ends the list
        if not line[0] in " \t\u3000":
            return bool(_MEMBER_HEADING_OPENS.match(line))
        if _PARTY_ROW.search(line):
            return False
        end = start - 1
    return False


def _evidence(text: str, f: Finding) -> str | None:
    line_start = text.rfind("\n", 0, f.start) + 1
    before = text[line_start:f.start]
    b_start, b_end = _block(text, f.start)
    lines = text[b_start:b_end].split("\n")
    chair = _CHAIR_ROW.fullmatch(before)
    if chair and any(_MEMBER_ROW.match(ln) for ln in lines):
        return "chair"
    if (_CONSTITUENCY_CELL.fullmatch(before) or not before.strip() or _CARRIED_ROW_HEAD.fullmatch(before)) \
            and b_start < line_start and _MEMBER_HEADING.fullmatch(lines[0]):
        # the block's first line heads it: 出席委員 ⏎ 公益代表　…; or the name follows
        # others of the row's list (答申に関与した委員 ⏎ 　朝比奈　由布子（弁護士）、…)
        return "member"
    if _carried_under_member_heading(text, line_start, before):
        return "member"  # 出席委員　… ⏎ 　　（学識経験者）森下　俊介
    if b_start < line_start and _ATTENDANCE_HEADING.fullmatch(lines[0]):
        line_end = text.find("\n", f.end)
        row = text[line_start:len(text) if line_end < 0 else line_end]
        if not _PARTY_ROW.search(row) and (_POST_CELL.fullmatch(before) or (
                not before.strip(" \t\u3000・") and _POST_BRACKET.match(text, f.end))):
            return "member"  # 出席者 ⏎ 港北大学教授　柏木　遼; 出席者 ⏎ 柏木　遼（港北大学教授）
    return None


def _takes(f: Finding) -> bool:
    return (f.attributes.get("role") in _UNDECIDED and f.attributes.get("role_source", "none") in _TAKES)


def mark_body_rosters(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the PERSON findings of a member the
    document lists in its body's roster (see the module)."""
    persons = [f for f in findings if f.label == "PERSON"]
    if not persons or not _body_document(text):
        return
    members: dict[str, str] = {}  # full name -> why
    surnames: dict[str, str] = {}  # surname -> why, for 三宅会長
    for f in persons:
        if not _takes(f) and f.attributes.get("role") != "official":
            continue
        why = _evidence(text, f)
        if why and len(_key(f.text)) >= 2:
            members.setdefault(_key(f.text), why)
            surname = f.attributes.get("person_key")
            if isinstance(surname, str) and surname and f.attributes.get("full_name"):
                surnames.setdefault(surname, why)
    if not members:
        return
    # a surname another full name in the document also bears (a witness, a resident)
    # may be theirs: only full names are matched then
    for f in persons:
        key = f.attributes.get("person_key")
        if f.attributes.get("full_name") and _key(f.text) not in members and isinstance(key, str):
            surnames.pop(key, None)
    for f in persons:
        if not _takes(f):
            continue
        why = members.get(_key(f.text))
        if why is None and not f.attributes.get("full_name"):
            why = surnames.get(_key(f.text))  # 三宅会長, 柏木教授: the member by the surname
        if why is None:
            continue
        f.attributes = {**f.attributes, "role": "official", "role_source": "body_roster"}
        base = f.reason.split("、同じ氏名が公務と私人")[0].split("、文脈")[0]
        f.reason = f"{base}、{_WHY[why]}"
