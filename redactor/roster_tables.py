"""Names in a roster table of a council's or a body's members: positive
evidence for KEEP.

A name column (氏名) makes each cell under it a private person's name field
by default (a recipient list, an applicants' table). A roster of members is
the same table, and what makes it one is written in it:

- a column only a council's or a body's roster has: 議席番号 (the seat,
  地方自治法 第104条 and the 会議規則), 会派, 選出区分 / 委員区分 (for whom a
  member sits), 任期 (the term of office);
- or the table's title, the nearest line above it (or the document's first
  lines), calls it a list of members: 委員名簿, 議員一覧, 審議会委員 …

The table may be laid out with spaces, as plain text keeps it (区分　　氏名
　　所属・役職等, a rule line ━━━ under it): the heading row's cells are then
set apart by two spaces or more, and a row's name is the cell that starts
under the heading's name column.

Each name in the name column is then a member, kept; a name told elsewhere
in the document in the same form takes the same role when its only other
reading was the conflict this table's name column made.

Fail closed: only a name whose private reading came from the name column
itself (氏名, 名前), from the row's own constituency cell (公募市民) or from
nothing; a row that names a party or a witness
(相談者, 陳述人) is not a member's; a title naming a private association's
list (自治会役員名簿) is no evidence; any other private mention of the same
name elsewhere keeps the conflict for a person to decide.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.body_rosters import BODY as _BODY, PRIVATE_BODY as _PRIVATE_BODY
from redactor.finding import Finding
from redactor.recognizers._text import words_regex

_DATA = load_toml("body_rosters.toml", "redactor.recognizers.data")



_NAME_HEADS = frozenset(_DATA["name_columns"])
_MEMBER_COLUMNS = frozenset(_DATA["member_columns"])
_STAFF_CHANGE_PAIRS = tuple((frozenset(pair)) for pair in _DATA["staff_change_columns"])
_ROSTER_TITLE = re.compile(rf"(?:{words_regex(_DATA['roster_titles'])})")
# A community post in a row (自治会長, 民生委員, 保護司, 見守り協力員): a volunteer's row, no member's.
_COMMUNITY_ROW = re.compile(r"自治会|町内会|町会|消防団|分団|民生委員|児童委員|保護司|見守り|協力員|推進員|老人クラブ|"
                            r"PTA|ＰＴＡ|子ども会|子供会|区長|班長|組長")
_PARTY_ROW = re.compile(r"陳述|参考人|請求人|申立人|申出人|相談者|傍聴|代理人|関係人|当事者|保護者|本人|家族|証人|受給|対象者|申請者")
# The readings of a name cell that are no evidence against a member: the column
# label taken as the role word, or nothing.
_WEAK_SOURCES = frozenset({"role_before", "field", "column", "none", "list", "person", "mention", "office_block"})
# The readings of the row's own cells after the name (弁護士, 大学教授 in the 所属 column)
# that are no evidence against a member either: the member's profession or post.
_ROW_AFTER_SOURCES = frozenset({"person_word", "doubt"})
# What each kind of table is, in the reason a kept name carries.
_MEMBERS_WHY = "議員・委員の名簿の氏名欄"
_STAFF_WHY = "人事異動の表（新職・旧職）の氏名欄: 職員"
_TITLE_LINES = 3
# What sets a table's cells apart: a TAB, or the bar of a table drawn with
# box-drawing characters (│, ┃) or a full-width bar, as Word tables pasted
# into text come out.
_SEP = re.compile("[\t│┃｜]")
# A rule line of such a table (┌──┬──┐, ├──┼──┤): part of the table, no row.
_RULE_LINE = re.compile("[ \u3000]*[─━┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋]+[ \u3000]*")
# A heading of the members' list right above the table (出席委員（敬称略・五十音順）),
# in a document whose first lines name a body: the rows are its members.
_MEMBER_HEADING = re.compile(rf"[ \u3000]*[■□◆◇●◎・]?(?:{words_regex(_DATA['member_headings'])})"
                             r"(?:[（(][^）)\n]{1,16}[）)])?[ \u3000:：]*")


def _key(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "").replace("\n", "")


def _cells(line: str) -> list[str]:
    return [c.strip(" \u3000") for c in _SEP.split(line)]


def _table_line(line: str) -> bool:
    """A row (cells set apart) or a rule line of a table."""
    return bool(_SEP.search(line) or _RULE_LINE.fullmatch(line))


def _title_names_members(lines: list[str], header: int) -> bool:
    """The nearest non-blank line above the header (within three), or the
    document's first lines, call the table a list of the members of a
    council or a body (審議会委員名簿, 議員一覧; not 地域福祉推進委員名簿, a list
    of community volunteers that names no body)."""
    above = [ln for ln in lines[max(0, header - 4):header] if ln.strip() and not _RULE_LINE.fullmatch(ln)][-1:]
    first = [ln for ln in lines[:header] if ln.strip()][:_TITLE_LINES]
    if any(_ROSTER_TITLE.search(ln) and (_BODY.search(ln) or "議員" in ln) and not _PRIVATE_BODY.search(ln)
           for ln in above + first):
        return True
    # 出席委員（敬称略）above the table, in the minutes of a body (…審議会 会議要旨)
    return any(_MEMBER_HEADING.fullmatch(ln) for ln in above) \
        and any(_BODY.search(ln) for ln in first) and not any(_PRIVATE_BODY.search(ln) for ln in first)


def _staff_change(heads: set[str]) -> bool:
    """The header row has both columns of a personnel change (新職 and 旧職):
    a list of the office's own staff in their posts."""
    return any(pair <= heads for pair in _STAFF_CHANGE_PAIRS)


def _private_title(lines: list[str], header: int) -> bool:
    """A private association's list (自治会役員名簿, PTA役員一覧) by its title above or first lines."""
    above = [ln for ln in lines[max(0, header - 4):header] if ln.strip() and not _RULE_LINE.fullmatch(ln)][-1:]
    first = [ln for ln in lines[:header] if ln.strip()][:_TITLE_LINES]
    return any(_PRIVATE_BODY.search(ln) for ln in above + first)


# Cells of a table laid out with spaces (区分　　　氏名　　　所属・役職等): runs of
# text set apart by two spaces or more (a name's own single space stays inside).
_SPACED_CELL = re.compile(r"[^ \u3000\t]+(?:[ \u3000][^ \u3000\t]+)*")
# How far (in characters) a row's name may start from its heading's column:
# marks (◎ chair, ○ vice-chair) and full-width padding shift it a little.
_COLUMN_SLACK = 3
# A heading cell: short, no digits, no sentence.
_HEADING_CELL = re.compile(r"[^0-9０-９。、]{1,12}")


def _spaced_member_cells(lines: list[str], offsets: list[int]) -> list[tuple[int, int, str]]:
    """(start, end) of the name cell of each row of a members' roster laid out
    with spaces: a heading row of short cells with a name column (区分　氏名
    所属), in a table the title calls a list of members; the rows are the
    lines below up to a blank line (rule lines ━━━ skipped), and a row's name
    cell is the one that starts under the heading's name column."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        cells = [(m.start(), m.group(0)) for m in _SPACED_CELL.finditer(line)]
        column = next((pos for pos, c in cells if c.replace(" ", "").replace("\u3000", "") in _NAME_HEADS), None)
        heads = {c.replace(" ", "").replace("\u3000", "") for _, c in cells}
        if _SEP.search(line) or column is None or len(cells) < 2 \
                or not all(_HEADING_CELL.fullmatch(c) for _, c in cells) \
                or not (_title_names_members(lines, i) or _staff_change(heads)) or _private_title(lines, i):
            i += 1
            continue
        why = _MEMBERS_WHY if _title_names_members(lines, i) else _STAFF_WHY
        j = i + 1
        # (a rule line ━━━ may have been read as a run of TABs: part of the table, no row)
        while j < len(lines) and lines[j].strip(" \u3000") and (not _SEP.search(lines[j]) or not lines[j].strip("\t")):
            row = lines[j]
            if row.strip("\t") and not _RULE_LINE.fullmatch(row) and not _PARTY_ROW.search(row) and not _COMMUNITY_ROW.search(row):
                for m in _SPACED_CELL.finditer(row):
                    if abs(m.start() - column) <= _COLUMN_SLACK:
                        out.append((offsets[j] + m.start(), offsets[j] + m.end(), why))
                        break
            j += 1
        i = j
    return out


def _member_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end) of every cell in the name column of a members' roster table."""
    lines = text.split("\n")
    if not _SEP.search(text):
        if not _ROSTER_TITLE.search(text) and not _MEMBER_HEADING.search(text):
            return []
        offsets = []
        pos = 0
        for ln in lines:
            offsets.append(pos)
            pos += len(ln) + 1
        return _spaced_member_cells(lines, offsets)
    offsets = []
    pos = 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        column = next((k for k, c in enumerate(cells) if c.replace(" ", "") in _NAME_HEADS), None)
        if not _SEP.search(lines[i]) or column is None:
            i += 1
            continue
        heads = {c.replace(" ", "") for c in cells}
        roster = (bool(heads & _MEMBER_COLUMNS) or _staff_change(heads) or _title_names_members(lines, i)) \
            and not _private_title(lines, i)
        why = _STAFF_WHY if _staff_change(heads) and not (heads & _MEMBER_COLUMNS) else _MEMBERS_WHY
        j = i + 1
        while j < len(lines) and _table_line(lines[j]):
            if roster and _SEP.search(lines[j]) and not _PARTY_ROW.search(lines[j]) \
                    and not _COMMUNITY_ROW.search(lines[j]):
                raw = _SEP.split(lines[j])
                if column < len(raw):
                    start = offsets[j] + sum(len(c) + 1 for c in raw[:column])
                    out.append((start, start + len(raw[column]), why))
            j += 1
        i = j
    return out + _spaced_member_cells(lines, offsets)


def mark_roster_tables(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the PERSON findings in the name
    column of a members' roster table (see the module)."""
    cells = _member_cells(text)
    if not cells:
        return
    persons = [f for f in findings if f.label == "PERSON"]
    # a name some other reading makes a private person (相談者　…, …さん): a person decides
    # (a reading inside the roster's own name column is what this module judges)
    contested = {_key(f.text) for f in persons if f.attributes.get("role") == "private"
                 and not any(s <= f.start and f.end <= e for s, e, _ in cells)}
    members: set[str] = set()
    for f in persons:
        if not any(s <= f.start and f.end <= e for s, e, _ in cells):
            continue
        role, source = f.attributes.get("role"), f.attributes.get("role_source", "none")
        if role == "official":
            members.add(_key(f.text))
            continue
        word = str(f.attributes.get("role_word", ""))
        cell = next(c for c in cells if c[0] <= f.start and f.end <= c[1])
        row_start = text.rfind("\n", 0, cell[0]) + 1
        # (公募市民<TAB>…: the constituency cell of the row, read as a role word before the name)
        from_row = bool(word) and source == "role_before" and word in text[row_start:cell[0]]
        # (…<TAB>弁護士（…法律事務所）: the row's own 所属・役職 cell after the name, read as a
        # person's word or a doubtful one: what the member sits for, as 公募市民 before it)
        row_end = text.find("\n", cell[1])
        from_row = from_row or (bool(word) and source in _ROW_AFTER_SOURCES
                                and word in text[cell[1]:len(text) if row_end < 0 else row_end])
        if ((source in _WEAK_SOURCES or source in _ROW_AFTER_SOURCES)
                and (not word or word.replace(" ", "") in _NAME_HEADS or from_row)
                or source == "conflict") and _key(f.text) not in contested:
            f.attributes = {**f.attributes, "role": "official", "role_source": "roster_table"}
            f.reason = f"{f.reason.split('、文脈')[0].split('、同じ氏名が公務と私人')[0]}、{cell[2]}"
            members.add(_key(f.text))
    if not members:
        return
    for f in persons:  # the same name told elsewhere, unsettled only by this table's reading
        if f.attributes.get("role_source") == "conflict" and _key(f.text) in members - contested:
            f.attributes = {**f.attributes, "role": "official", "role_source": "roster_table"}
            f.reason = f"{f.reason.split('、同じ氏名が公務と私人')[0]}、議員・委員の名簿に記載された氏名"
