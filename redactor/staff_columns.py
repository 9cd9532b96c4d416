"""Names in a table column headed by a staff field: the office's own staff.

A consultation or incident log is a TAB table whose columns say who did
what (日時　対応者　内容 ⏎ 5月1日　山本　電話で相談を受けた). The column
header is the evidence: 対応者, 担当者, 受付者, 記録者 name the member of
staff who handled the entry, as the same labels do before a name on a form
(``person_roles.toml`` [unit_before] staff_labels). A cell that holds only a
name under such a header is that staff member, kept as an official.

Fail closed: only a cell that is the name alone (a name with 様 or a note
is not), only under a header on the lines above in the same column of a TAB
table with no blank line between, and only a mention no other context has
given a role (a resident named 相談者 elsewhere keeps that role).
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.finding import Finding

_LABELS = frozenset(load_toml("person_roles.toml", "redactor.recognizers.data")["unit_before"]["staff_labels"]) - {
    "事務局", "問合せ先", "問い合わせ先", "照会先", "文責"}  # a heading of a contact block, not a column
# A unit of the office written before the name in the same cell (情報政策課 山田).
_UNIT = r"[^\s\t、。（）()]{1,20}?(?:課|係|局|室|センター|事務局|支所|出張所)"
_UNIT_CELL = re.compile(_UNIT)
# Headings of a row's affiliation column (所属　情報政策課) and the names a
# room's or a system's log gives its person column (入室者, 作業者): a row whose
# affiliation is a unit of the office names a member of its staff.
_AFFILIATION_HEADS = frozenset(["所属", "所属課", "所属部署", "部署", "部署名", "担当課", "課名", "所属課名"])
# Compounds ending like a unit that name no unit of the office (教室, 号室, 会議室, 研究室, 株式会社…).
_NOT_UNIT = re.compile(r"(?:教室|号室|会議室|研究室|病室|居室|和室|洋室|待合室|法人|会社|協会|組合|町内会|自治会)$")
# Mentions that may take the column's role: the recognizer said nothing of
# the person there (or only that a list or another mention agreed).
_TAKES_THE_COLUMN = frozenset({"none", "list", "person", "mention"})
# How far above the name the header may stand (rows of one log).
_MAX_ROWS = 40


def _is_unit(value: str) -> bool:
    value = value.strip(" \u3000")
    return bool(_UNIT_CELL.fullmatch(value)) and not _NOT_UNIT.search(value)


def _headers(text: str, line_start: int, width: int) -> list[str] | None:
    """The heading cells of the TAB table whose row starts at ``line_start``:
    the nearest line above, of the same width, that holds a staff label or an
    affiliation heading, or None (a blank line or another width ends the table)."""
    end = line_start - 1
    for _ in range(_MAX_ROWS):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        cells = text[start:end].split("\t")
        if not text[start:end].strip() or len(cells) != width:
            return None
        heads = [c.strip().replace(" ", "").replace("\u3000", "") for c in cells]
        if any(h in _LABELS or h in _AFFILIATION_HEADS for h in heads):
            return heads
        end = start - 1
    return None


def _column_header(text: str, line_start: int, column: int, width: int) -> str | None:
    """The staff label heading ``column`` of the TAB table whose row starts at
    ``line_start``, or None (a blank line or a line of another width ends the table)."""
    end = line_start - 1
    for _ in range(_MAX_ROWS):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None
        cells = line.split("\t")
        if len(cells) != width:
            return None
        head = cells[column].strip().replace(" ", "").replace("\u3000", "")
        if head in _LABELS:
            return head
        end = start - 1
    return None


def mark_staff_columns(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to each PERSON finding that fills a
    cell under a staff field's column header (see the module)."""
    for f in findings:
        if f.label != "PERSON" or f.attributes.get("role") == "official" \
                or f.attributes.get("role_source") not in _TAKES_THE_COLUMN:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line = text[line_start:line_end if line_end != -1 else len(text)]
        if "\t" not in line:
            continue
        cells = line.split("\t")
        at = f.start - line_start
        column, pos = 0, 0
        while column < len(cells) and pos + len(cells[column]) < at:
            pos += len(cells[column]) + 1
            column += 1
        if column >= len(cells):
            continue
        cell = cells[column].strip(" \u3000")
        name = f.text.strip(" \u3000")
        if cell != name and not (cell.endswith(name) and _is_unit(cell[:-len(name)])):
            continue  # the cell holds more than the name (山本様, 山本（長男）); a unit before it may stand
        head = _column_header(text, line_start, column, len(cells))
        if head is not None:
            f.attributes = {**f.attributes, "role": "official", "role_source": "staff_column", "role_word": head}
            f.reason = f"{f.reason}、職員欄「{head}」の列に記載された職員"
            continue
        heads = _headers(text, line_start, len(cells))
        unit = next((cells[i].strip(" \u3000") for i, h in enumerate(heads or []) if h in _AFFILIATION_HEADS
                     and i != column and _is_unit(cells[i])), None)
        if unit:
            f.attributes = {**f.attributes, "role": "official", "role_source": "staff_column", "role_word": unit}
            f.reason = f"{f.reason}、同じ行の所属欄が市の課等（「{unit}」）"
