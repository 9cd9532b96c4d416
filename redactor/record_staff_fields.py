"""A name that is the whole value of a record's own staff field: the member of
staff who did that step, positive evidence for KEEP.

A municipality's record (相談受付票, 対応記録, 起案用紙, 報告書) says who did
each step in fields of its own: 「受付：森田　記録：小池」, 「起案者　総務課　森田」,
「（記録担当　議事課　小池 玲）」. The field's label is the evidence: 受付, 記録,
起案, 決裁 … (``recognizers/data/record_staff.toml``) are steps the office's
staff take, as 担当 is (read by the recognizer itself).

Fail closed:
- the label must open the field (at the line's start or after a separator
  or a bracket) and be followed by a colon or a space: 「相談記録　森田」 (a
  record about a resident) and 「受付日」 are no such field;
- the name must be the whole value: only a unit of the office may stand
  before it, only a bracketed note and the field's end after it, and a note
  that names a party or a community post (（相談者）, （自治会長）) is no evidence;
- the label alone is not enough (a company's log has a 受付者 too): the
  field's line must also name a unit of the office (福祉課　記録：森田) or hold
  another field whose name a title made an official (受付：森田　決裁：小池部長),
  and name no company;
- only a mention the recognizer left unclear with no context of its own is
  changed: a party's field (申請者：森田) or an honorific keeps its role.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers._person_roles import place_unit
from redactor.row_posts import _UNIT as ROW_UNIT

_DATA = load_toml("record_staff.toml", "redactor.recognizers.data")
_LABELS = "|".join(sorted(map(re.escape, _DATA["fields"]["words"]), key=len, reverse=True))
_SPACE = r"[ \t\u3000]"
# a unit of the office between the label and the name (起案者　総務課　森田); rooms are told
# apart by place_unit (相談室, 会議室, ２０１号室)
_UNIT = ROW_UNIT
# (a lookbehind: the search starts at the line, and ^ would match only at the text's start)
_FIELD_BEFORE = re.compile(rf"(?<![^\s、,，（(【［\[/／|｜])(?P<label>{_LABELS})"
                           rf"(?:{_SPACE}*[:：]{_SPACE}*|{_SPACE}+)(?:(?P<unit>{_UNIT}){_SPACE}+)?$")
_FIELD_END = re.compile(rf"{_SPACE}*(?:[（(](?P<note>[^()（）\n]{{1,16}})[)）])?(?:{_SPACE}|$|\n|[、,，)）】］\]])")
_NOT_STAFF = re.compile(r"相談者|申請者|申出人|請求人|申立人|届出人|対象者|本人|住民|市民|利用者|自治会|町内会|"
                        r"町会|消防団|PTA|ＰＴＡ|老人クラブ|子ども会|民生委員|会社|株式|有限")
_TAKES = frozenset({"none", "mention", "list"})
_OFFICE_UNIT = re.compile(rf"{_UNIT}(?![\u4e00-\u9fff])")
_COMPANY = re.compile(r"株式会社|有限会社|合同会社|\(株\)|（株）|\(有\)|（有）|法人|組合|事務所|商店")
_TITLED = frozenset({"title_after", "role_before"})


def _office_unit(unit: str | None) -> bool:
    """A unit of the office, not a room in a building (相談室, 会議室, ２０１号室: ``place_unit``)."""
    return unit is not None and unit != "" and not place_unit(unit)


# A place's field on the line (面談場所：相談室, 会場：第２会議室): what follows is where, not who.
_PLACE_FIELD = re.compile(r"(?:場所|会場|面談室|実施場所)[ \t\u3000]*[:：]?[ \t\u3000]*$")


def _office_unit_on(line: str) -> bool:
    """Whether the line names a unit of the office: not a room (``place_unit``) nor the value
    of a place's field."""
    return any(not place_unit(m.group(0)) and not _PLACE_FIELD.search(line, 0, m.start())
               for m in _OFFICE_UNIT.finditer(line))


def mark_record_staff_fields(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the PERSON findings that are the
    whole value of a record's staff field (see the module)."""
    findings = list(findings)
    titled = [f.start for f in findings if f.label == "PERSON" and f.attributes.get("role") == "official"
              and f.attributes.get("role_source") in _TITLED]
    for f in findings:
        if f.label != "PERSON" or f.attributes.get("role") != "unclear" \
                or f.attributes.get("role_source", "none") not in _TAKES:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        field = _FIELD_BEFORE.search(text, line_start, f.start)
        if field is None:
            continue
        end = _FIELD_END.match(text, f.end)
        if end is None or (end.group("note") and _NOT_STAFF.search(end.group("note"))):
            continue
        line_end = text.find("\n", f.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if _COMPANY.search(line) or not (_office_unit(field.group("unit")) or _office_unit_on(line) or any(
                line_start <= s < line_start + len(line) for s in titled)):
            continue  # no office named on the field's line (受付者　砂田 alone; a company's 受付者)
        label = field.group("label")
        f.attributes = {**f.attributes, "role": "official", "role_source": "record_field", "role_word": label}
        f.reason = f"{f.reason}、記録の職員欄「{label}」の値"
