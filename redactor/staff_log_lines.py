"""Names that open a time-stamped entry of the office's log after a unit of
the office: its staff member.

A consultation or incident log written as lines, not a table, opens each
entry with when, then who acted (「4/10 9:30 市民課 山田：窓口で相談受付」,
「10:15　情報政策課　山田が不審な通信を検知」). The unit of the office right
before the name, in the place of the entry's actor, is the evidence; a bare
unit elsewhere is not (「説明者：福祉課　森本」 is how a resident at its counter
is written too). Later entries that open with the same name alone (「4/11
14:00 山田：本人へ電話」) are the same actor.

Fail closed: only a line opened by a date or a time, only a unit that is the
office's (課, 係, 室 … but not 教室 or a company), only a mention no other
context gave a role, and the name must be followed by the entry's colon or
が/は; a party named in the entry (相談者　山田) keeps its own role.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.finding import Finding

# A date or time opening the line (4/10, 5月1日, 10:15, 2024-05-01 10:12, ・5月1日).
_STAMP = (r"^[ \t\u3000・]*(?:(?:\d{4}[-/年])?\d{1,2}[/月-]\d{1,2}日?(?:[（(][月火水木金土日][）)])?[ \t\u3000]*)?"
          r"(?:\d{1,2}[:：時]\d{2}分?)?")
_UNIT = r"[^\s、。（）()：:]{1,20}?(?:課|係|局|室|センター|事務局|支所|出張所)"
_NOT_UNIT = re.compile(r"(?:教室|号室|会議室|研究室|病室|居室|和室|洋室|待合室|会社|法人|協会|組合)$")
_UNIT_BEFORE = re.compile(_STAMP + r"[ \t\u3000]+(?P<unit>" + _UNIT + r")[ \t\u3000]*$")
_BARE_BEFORE = re.compile(_STAMP + r"[ \t\u3000]+$")
# The entry's actor is followed by a colon or a subject particle (山田：…, 山田が…).
_ACTOR_AFTER = re.compile(r"[ \t\u3000]*(?:[：:]|が|は)")
_TAKES = frozenset({"none", "list", "person", "mention"})


def _stamped(before: str) -> bool:
    """The stamp matched by ``_STAMP`` holds at least one digit (not an empty match)."""
    return any(c.isdigit() for c in before)


def mark_staff_log_lines(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the PERSON findings that act in
    a time-stamped log entry after a unit of the office (see the module)."""
    persons = [f for f in findings if f.label == "PERSON"]
    actors: set[str] = set()
    later: list[Finding] = []
    for f in persons:
        if f.attributes.get("role") == "official" or f.attributes.get("role_source") not in _TAKES:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        before = text[line_start:f.start]
        if not _ACTOR_AFTER.match(text, f.end) or not _stamped(before):
            continue
        unit = _UNIT_BEFORE.match(before)
        if unit and not _NOT_UNIT.search(unit.group("unit")):
            f.attributes = {**f.attributes, "role": "official", "role_source": "log_actor", "role_word": unit.group("unit")}
            f.reason = f"{f.reason}、記録の日時の後に市の課等（「{unit.group('unit')}」）とともに記載された職員"
            actors.add(f.text.replace(" ", "").replace("\u3000", ""))
        elif _BARE_BEFORE.match(before):
            later.append(f)
    for f in later:
        if f.text.replace(" ", "").replace("\u3000", "") in actors:
            f.attributes = {**f.attributes, "role": "official", "role_source": "log_actor"}
            f.reason = f"{f.reason}、同じ記録で市の課等とともに記載された職員"
