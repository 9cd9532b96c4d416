"""Members of a council or of one of the municipality's bodies, named by
their seat or their place at the table: positive evidence for KEEP.

Council minutes call a member by the seat number the chamber gave them
(議席番号, 地方自治法 第104条 and the 会議規則): 「7番、森川さくら君。」 when the
chair gives the floor, 「○7番（森川さくら君）」 as the speaker's header. A
number of seats before a name with 君 or 議員 names a member in office. The
same name told elsewhere with 君 alone (「以上で森川さくら君の一般質問を
終わります」) was read as a private person's honorific and the two readings
met as a conflict, so each mention went to review. With a seat for the name
in the same document the person is one member of the chamber, and the
mentions that carry no other role (an honorific, nothing, the conflict
itself) take the member's role.

A committee's speaker header gives the member's constituency before the
name (「〇委員（被保険者代表・大橋ミツ子）」, 「○副会長（学識経験者　大橋　光）」):
the body's title is the evidence, the constituency only says for whom the
member sits (国民健康保険法施行令 第3条: 被保険者代表・保険医代表・公益代表).

What this never does (fail closed): seat anyone in a document that names an
assembly staged for residents (子ども議会, 模擬議会: their seats are the participants'); a mention whose own context makes the
person a party (相談者　森川さくら, an incident's 運転者) keeps its role; a
name with no seat or header anywhere in the document is left as the
recognizer decided it.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.finding import Finding
from redactor.recognizers._person_roles import staged_assembly, staged_assembly_role

_DIGITS = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
# A seat number right before the name: 「7番、」「○7番（」「７番　」; the number
# opens the line, a turn or a clause (not 出席番号7番 of a class list, 第7番).
_SEAT_BEFORE = re.compile(rf"(?:^|[、。 　\t○◯〇◆◎◇●（(])({_DIGITS})番[、，,]?[ 　]?[（(]?$")
# ...and a member's honorific or title right after it (君, 議員) or the header's bracket closing.
_SEAT_AFTER = re.compile(r"[ 　]?(?:君|議員|[）)])")
# A roster line of members by seat (欠席議員　7番　森川さくら, 出席委員　3番　…): the
# label says the seats are the chamber's, so the name may end its cell.
# (matched at the line's start with ``match(text, pos)``: a ``^`` there would
# only ever match on the document's first line)
_ROSTER_LABEL = re.compile(r"[ \t　]*(?:出席|欠席|署名|遅刻|早退|会議録署名)?(?:議員|委員)(?:[（(][^）)\n]{0,8}[）)])?[ \t　:：]")
_CELL_END = re.compile(r"[ 　\t]|$", re.M)
# A body's title in a speaker's header, its bracket holding the member's
# constituency and then the name: 「〇委員（被保険者代表・」「◎会長（学識経験者　」.
_BODY_TITLES = ("委員", "委員長", "副委員長", "会長", "副会長", "会長職務代理者", "部会長", "座長", "議長", "副議長")
_HEADER_BEFORE = re.compile(
    r"^[ \t\u3000]*[○◯〇◆◎◇●](?:" + "|".join(sorted(_BODY_TITLES, key=len, reverse=True))
    + r")[（(][^（()）\n、。0-9０-９]{1,16}[・･　 ]$")
_HEADER_AFTER = re.compile(r"[ 　]?[）)]")

# Mentions whose role may be taken from the seat: nothing said of the person
# there, only an honorific, or the conflict of an honorific with the seat.
_TAKES_THE_SEAT = frozenset({"none", "honorific", "conflict", "person", "list", "mention"})
# The words by which such a mention was read (an honorific, or none at all):
# a conflict read from any other word (相談者, 本人) is a party's and stays.
_HONORIFICS = frozenset({"", "君", "さん", "氏", "様", "殿", "議員"})

_WHY = {"seat": "議席番号とともに記載された議員（同じ氏名の他の記載も同じ立場）",
        "body_header": "会議体の発言者欄に職名とともに記載された委員（同じ氏名の他の記載も同じ立場）"}


def _key(f: Finding) -> str:
    return f.text.replace(" ", "").replace("\u3000", "").replace("\n", "")


def _evidence(text: str, f: Finding) -> str | None:
    """``seat`` or ``body_header`` when the mention itself is so placed."""
    line_start = text.rfind("\n", 0, f.start) + 1
    before = text[max(line_start, f.start - 24):f.start]
    if _SEAT_BEFORE.search(before) and (_SEAT_AFTER.match(text, f.end) or (
            _CELL_END.match(text, f.end) and _ROSTER_LABEL.match(text, line_start))):
        return "seat"
    if _HEADER_BEFORE.match(text[line_start:f.start]) and _HEADER_AFTER.match(text, f.end):
        return "body_header"
    return None


def mark_council_seats(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the PERSON findings of a person
    the document seats on its council or one of its bodies (see the module)."""
    if staged_assembly(text):
        # a children's or mock assembly's seats are its participants', not the council's
        _unseat_staged_assembly(text, findings)
        return
    persons = [f for f in findings if f.label == "PERSON"]
    seated: dict[str, str] = {}
    for f in persons:
        if f.attributes.get("role_source") == "incident":
            continue
        why = _evidence(text, f)
        if why and len(_key(f)) >= 2:
            seated.setdefault(_key(f), why)
    if not seated:
        return
    # a person the document also names as a party (相談者　森川さくら) keeps every
    # decision as it is: the conflict is real, and a person makes it
    for f in persons:
        if _key(f) in seated and f.attributes.get("role") != "official" and (
                f.attributes.get("role_source") not in _TAKES_THE_SEAT
                or f.attributes.get("role_word", "") not in _HONORIFICS) and _evidence(text, f) is None:
            del seated[_key(f)]
    for f in persons:
        why = seated.get(_key(f))
        if why is None or f.attributes.get("role") == "official":
            continue
        own = _evidence(text, f)
        f.attributes = {**f.attributes, "role": "official", "role_source": own or why}
        base = f.reason.split("、同じ氏名が公務と私人")[0].split("、文脈")[0]
        f.reason = f"{base}、{_WHY[own or why]}"


def _unseat_staged_assembly(text: str, findings: Iterable[Finding]) -> None:
    """In a document that names an assembly staged for residents (子ども議会), take back the office
    that a council title gave (``staged_assembly_role``), over the whole document: the recognizers
    judge a long record chunk by chunk, and a chunk far below the heading does not see it. Every
    other official mention of the same person follows (the same name told again by its role)."""
    persons = [f for f in findings if f.label == "PERSON"]
    taken: dict[str, tuple[str, str]] = {}
    for f in persons:
        if f.attributes.get("role") != "official":
            continue
        mock = staged_assembly_role(text, f.start, f.attributes.get("role_word", ""))
        if mock:
            taken.setdefault(_key(f), (mock[0], mock[2]))
    for f in persons:
        role = taken.get(_key(f))
        if role is None or f.attributes.get("role") != "official":
            continue
        own = staged_assembly_role(text, f.start, f.attributes.get("role_word", ""))
        if own is None and f.attributes.get("role_word", "") not in ("", "君", "議員", "議長", "副議長"):
            continue  # told elsewhere with an executive's title: that mention stands
        role = (own[0], own[2]) if own else role
        f.attributes = {**f.attributes, "role": role[0], "role_word": role[1]}
        f.reason = f"{f.reason.split('、役職')[0]}、文脈「{role[1]}」"

