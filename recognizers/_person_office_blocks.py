"""PERSON: officials whose title is written in the block around the name.

Minutes and council papers list the people present in blocks whose title
is not on the name's own line:

    教育委員                      委員　　中森 健吾        委員：中森健吾、北川望
    　　中森 健吾                 　　　　北川 望
    　　北川 望

    審議会委員名簿
    氏名      所属
    中森 健吾  北浜大学教授

The role reader (``_person_roles``) reads the words right around one name,
so it finds the title only for the first name under it (or none, before a
colon, where a title usually marks a speaker). Here the block is read as a
whole, and a name gets the official role only with positive evidence that
the block is one of officials:

- *a title block*: the name is alone on its line, and the lines between it
  and an official title (a line that is only the title, or the title with
  the first name beside it) are all names alone on their lines;
- *a titled list*: an official title, a colon, then nothing but names
  (each a finding) set apart by 、 or spaces, each perhaps with a bracketed
  title after it;
- *a members' roster table*: a table whose heading names the members of
  the municipality's own body (…審議会委員名簿, 委員一覧); the 氏名 column
  there names members, not private parties. A residents' body's list
  (自治会役員名簿) is no such heading.

Only names whose role came from nothing (``role_source`` none) or, in a
roster table, from the 氏名 column header alone are changed; a role word at
the name itself (さん, 相談者, 氏名：) always wins.
"""
from __future__ import annotations

import re
from dataclasses import replace

from redactor.finding import Finding
from redactor.recognizers import _context as ctx
from redactor.recognizers._person_roles import BEFORE, ROLES, STAFF_TEAM
from redactor.recognizers._text import KANJI, line_span, words_regex

_OFFICIAL_TITLES = tuple(BEFORE["official"])
_UNITS = words_regex(ROLES["department_title"]["units"])
_UNIT_TITLES = words_regex(ROLES["department_title"]["unit_titles"])
_DEPT_TITLE = re.compile(rf"[{KANJI}ヶ]{{1,12}}?(?:{_UNITS})(?:{_UNIT_TITLES})$")
_SPACE = " \t\u3000"
# A name alone on its line: one or two words of name characters.
_NAME_CHARS = rf"[{KANJI}々〆ヶァ-ヺーぁ-ゖA-Za-zＡ-Ｚａ-ｚ'’.]"
_NAME_ALONE = re.compile(rf"[{_SPACE}]*{_NAME_CHARS}{{1,8}}(?:[{_SPACE}]{{1,2}}{_NAME_CHARS}{{1,8}})?[{_SPACE}]*")
# The cell after a name in a roster's row: a gap, then a short phrase (no sentence).
# (The text is read normalised: a full-width gap is one space by then.)
_ROW_CELL = re.compile(r"[ \t\u3000]+[^\s。、「」:：]{1,24}[ \t\u3000]*")
# ... or a bracket after the name (中森 健吾（北浜大学教授）).
_ROW_BRACKET = re.compile(r"[ \t\u3000]*[(（][^()（）\n]{1,24}[)）][ \t\u3000]*")
# The sentence over a list of the persons a decision appoints to the
# municipality's posts (次の者を北浜市環境審議会委員に委嘱する).
_APPOINTS = re.compile(r"(?:次の|下記の|以下の)(?:者|方|とおり)[^。\n]{0,40}(?:委員|委員長|会長|参与|専門員|監査委員|相談員)"
                       r"[^。\n]{0,6}(?:に|として)(?:委嘱|任命|選任)")
# A bracketed note closing a heading (（五十音順）, （敬称略）).
_NOTE = re.compile(r"[(（][^()（）\n]{1,10}[)）][ \t\u3000]*$")
# A bullet or a number opening a heading line (１　, (2), ◎, ・).
_LEAD = re.compile(r"^(?:[0-9０-９]+[.．、)）]?|[(（][0-9０-９]+[)）]|[○◯〇◎●■□◆◇・])[ \t\u3000]*")
# A title, then the first name beside it (委員　　中森 健吾).
_TITLE_THEN_NAME = re.compile(rf"(?P<title>[^\s:：、。]{{1,16}})[{_SPACE}]+(?P<name>{_NAME_CHARS}{{1,8}}"
                              rf"(?:[{_SPACE}]{{1,2}}{_NAME_CHARS}{{1,8}})?)[{_SPACE}]*")
# A title and a colon opening a line (委員：, 【事務局】：).
_TITLED_LIST = re.compile(r"[ \t\u3000]*[【［\[]?(?P<title>[^\s:：、。【】［］\[\]]{1,16})[】］\]]?[ \t\u3000]*[:：][ \t\u3000]*")
# What may stand between the names of a titled list: separators and bracketed titles.
_LIST_FILLER = re.compile(r"(?:[、,・ \t\u3000]|[(（][^()（）\n]{1,20}[)）])*")
# The heading of a members' roster: …委員名簿, 委員一覧, 構成員名簿, 議員名簿.
_ROSTER_TABLE_HEADING = re.compile(r"(?:委員|構成員|議員)(?:名簿|一覧)(?:[(（][^()（）\n]{0,12}[)）])?[ \t\u3000]*$")
_COMMUNITY_BODY = re.compile(words_regex(ROLES["community"]["community_bodies"]))
_TABLE_LINES = 60
# 会長 heads any body: a list under "X会長：" is of officials only when X is one of the
# municipality's bodies (…審議会会長：); a residents' or any other body's head
# (北町体育振興会長：, 南町三組副会長：) is no such evidence (see [community] body_heads).
_BODY_HEADS = frozenset(ROLES["community"]["body_heads"])
_PUBLIC_BODY_END = re.compile("(?:%s)$" % words_regex(ROLES["community"]["public_bodies"]))


def _official_title(words: str) -> str | None:
    """The official title ``words`` is or ends with (委員, 教育長, 財政課長), else None."""
    words = _NOTE.sub("", _LEAD.sub("", words.strip(_SPACE))).strip(_SPACE)
    if not words or len(words) > 16:
        return None
    title = ctx.ends_with_word(words, _OFFICIAL_TITLES)
    dept = _DEPT_TITLE.search(words)
    best = max(title or "", dept.group(0) if dept else "", key=len)
    if not best:
        return None
    lead = words[:len(words) - len(best)][-1:]
    if "ぁ" <= lead <= "ゖ":
        return None  # …と担当, 出席した委員: a clause running on, not a heading
    body = words[:len(words) - len(best)].rstrip(_SPACE)
    if _COMMUNITY_BODY.search(body) or (best in _BODY_HEADS and body and not _PUBLIC_BODY_END.search(body)):
        return None  # 北町自治会会長, 北町体育振興会長: the head of a body that is not the municipality's
    if best.endswith("班長") and not STAFF_TEAM.search(words):
        return None  # 北原班長: a neighbourhood's 班 as much as a section's (see _person_roles)
    if best in ("区長", "副区長") and body:
        return None  # 北原区長: a ward's head or a neighbourhood's (行政区), the list does not tell
    return best


def _roster_row(text: str, line: tuple[int, int], f: Finding) -> bool:
    """Whether the line holds ``f`` alone, or ``f`` opening it and one cell after
    a wide gap (中森 健吾　　北浜大学教授): a roster's row, not a sentence."""
    start, end = line
    if text[start:f.start].strip(_SPACE):
        return False
    rest = text[f.end:end]
    if not rest.strip(_SPACE):
        return bool(_NAME_ALONE.fullmatch(text, start, end))
    return bool(_ROW_CELL.fullmatch(rest) or _ROW_BRACKET.fullmatch(rest))


def _title_block(text: str, f: Finding, line: tuple[int, int], name_lines: frozenset[int]) -> str | None:
    """The title over a block of names alone on their lines, ``f`` among them
    (``name_lines``: the starts of the lines that hold one name found and nothing else)."""
    line_start = line[0]
    if line_start not in name_lines:
        return None
    # rows with a cell after the name (相沢 聡子　北町保育園連絡会) need a roster's
    # heading, bracketed or with a note (【委員】, 委員（五十音順）): a bare title
    # line over them may be a speaker's label or a section's word
    cells = not _NAME_ALONE.fullmatch(text, *line)
    for above_start, above in ctx.lines_above(text, line_start, 30):
        if not above.strip(_SPACE):
            return None
        title = _official_title(above)
        if title and (not cells or _NOTE.search(above) or above.strip(_SPACE)[:1] in "【［["):
            return title
        if title:
            return None
        appoints = _APPOINTS.search(above)
        if appoints:
            return appoints.group(0)[-2:]
        beside = _TITLE_THEN_NAME.fullmatch(_LEAD.sub("", above.strip(_SPACE)))
        if beside and (title := _official_title(beside.group("title"))):
            return title
        if above_start not in name_lines and not _unfound_row(above):
            return None
        cells = cells or not _NAME_ALONE.fullmatch(above)
    return None


# A roster's row whose name was not found: name characters, a wide gap, one cell.
_ROW = re.compile(rf"[{_SPACE}]*(?P<first>{_NAME_CHARS}{{1,8}}(?:[ \u3000]{_NAME_CHARS}{{1,8}})?)(?P<cell>.*)")
_ROLE_WORDS = tuple(BEFORE["official"]) + tuple(BEFORE["private"]) + tuple(BEFORE["unclear"])


def _unfound_row(line: str) -> bool:
    """Whether ``line`` has a roster row's shape (中森 健吾　　北浜市医師会) with no
    role word in its first cell (申請者　… opens another party's block)."""
    m = _ROW.fullmatch(line)
    return bool(m and _ROW_CELL.fullmatch(m.group("cell")) and not ctx.find_word(m.group("first"), _ROLE_WORDS))


def _titled_list(text: str, f: Finding, line: tuple[int, int], on_line: list[Finding]) -> str | None:
    """The official title before a colon opening ``f``'s line when the line
    holds only names (``on_line``: the names found on it, in order)."""
    line_start, line_end = line
    head = _TITLED_LIST.match(text, line_start, f.start)
    if head is None:
        return None
    title = _official_title(head.group("title"))
    end = _names_only(text, head.end(), on_line)
    if title is None or end is None:
        return None
    return title if _LIST_FILLER.fullmatch(text, end, line_end) else None


def _names_only(text: str, pos: int, on_line: list[Finding]) -> int | None:
    """Where the names of ``on_line`` after ``pos`` end, when only list
    punctuation and spaces stand between them; None when other words do."""
    for p in on_line:
        if p.end <= pos:
            continue
        if p.start < pos or not _LIST_FILLER.fullmatch(text, pos, p.start):
            return None
        pos = p.end
    return pos


def _roster_table(text: str, line_start: int) -> str | None:
    """The heading of a members' roster table above the row at ``line_start``."""
    for _, above in ctx.lines_above(text, line_start, _TABLE_LINES):
        if "\t" in above or not above.strip(_SPACE):
            if not above.strip(_SPACE):
                return None
            continue
        heading = above.strip(_SPACE)
        roster = _ROSTER_TABLE_HEADING.search(heading)
        if roster and not _COMMUNITY_BODY.search(heading):
            return roster.group(0).strip(_SPACE)
        return None
    return None


# A council's own bill (議員提出議案, 発議案: 地方自治法 第112条): its 提出者 and
# 賛成者 are council members.
_MEMBERS_BILL = re.compile(r"議員提出議案|発議案|発議第|議員発議|第112条|第百十二条")
_BILL_LABELS = re.compile(r"[ \t\u3000]*(?P<label>提出者|賛成者|発議者)[ \t\u3000]*[:：]?[ \t\u3000]*")
# A vote's record in minutes (賛成　A、B（２名）): the members who voted.
_VOTE_LABELS = re.compile(r"[ \t\u3000]*[(（]?(?P<label>賛成者?|反対者?)[)）]?[ \t\u3000]*[:：]?[ \t\u3000]*")
_COUNCIL = re.compile(r"議長|議員|委員長")
_COUNT = re.compile(r"[(（]?[0-9０-９一二三四五六七八九十]{1,3}(?:名|人)[)）]?[ \t\u3000]*$")
# A table column that holds members (議員名, 委員氏名) or the member who asks (質問者).
_MEMBER_COLUMNS = frozenset(["議員名", "議員氏名", "委員名", "委員氏名", "質問者", "質問議員", "発言者", "提出者", "紹介議員"])


def _labelled_list(text: str, f: Finding, line: tuple[int, int], on_line: list[Finding],
                   label_rx: re.Pattern[str]) -> str | None:
    """The label opening ``f``'s line when the rest of the line is only names
    (and a head count at its end)."""
    head = label_rx.match(text, line[0], f.start)
    if head is None:
        return None
    pos = _names_only(text, head.end(), on_line)
    if pos is None:
        return None
    rest = text[pos:line[1]]
    count = _COUNT.search(rest)
    return head.group("label") if _LIST_FILLER.fullmatch(rest[:count.start()] if count else rest) else None


def _member_column(text: str, f: Finding, line: tuple[int, int]) -> str | None:
    """The heading of ``f``'s column in a tab table when it names members (議員名)."""
    if "\t" not in text[line[0]:line[1]]:
        return None
    return ctx.column_heading(text, line[0], text.count("\t", line[0], f.start), _MEMBER_COLUMNS)


# A sign-off line of an office's record: a label, the unit, the name
# (確認　情報政策課　中森 健吾, 作成：総務課文書係　中森): the unit's staff.
_SIGN_OFF = re.compile(rf"[ \t\u3000]*(?:確認|作成|作成者|記録|起案|決裁|文責|照会先|問い合わせ先?|問合せ先?|報告者|登録者|承認|点検者?)"
                       rf"[ \t\u3000]*[:：]?[ \t\u3000]*(?P<unit>[{KANJI}ヶ]{{1,12}}(?:課|係|室|センター))"
                       rf"(?:[{KANJI}]{{1,8}}(?:係|担当))?[ \t\u3000]+$")


def _sign_off(text: str, f: Finding, line: tuple[int, int]) -> str | None:
    """The unit of a sign-off line that ``f`` closes, else None."""
    m = _SIGN_OFF.match(text, line[0], f.start)
    return m.group("unit") if m and not text[f.end:line[1]].strip(_SPACE + "（）()0-9内線") else None


def _official(f: Finding, title: str) -> Finding:
    """``f`` named in office, with the block's title as the reason."""
    attrs = {**f.attributes, "role": "official", "role_source": "office_block", "role_word": title}
    reason = f.reason.split("、役職")[0].split("、文脈")[0]
    return replace(f, attributes=attrs, reason=f"{reason}、職名「{title}」の下の名簿・列挙")


def office_blocks(text: str, persons: list[Finding]) -> list[Finding]:
    """``persons`` (in text order) with the role of names in an officials'
    block made official. One pass to group the names by line, one to judge."""
    lines: dict[int, tuple[int, int]] = {}
    by_line: dict[int, list[Finding]] = {}
    for f in persons:
        line = line_span(text, f.start)
        lines[id(f)] = line
        by_line.setdefault(line[0], []).append(f)
    name_lines = frozenset(start for start, names in by_line.items() if len(names) == 1
                           and _roster_row(text, lines[id(names[0])], names[0]))
    members_bill = bool(persons) and _MEMBERS_BILL.search(text) is not None
    council = bool(persons) and _COUNCIL.search(text) is not None
    out = []
    for f in persons:
        line = lines[id(f)]
        if f.attributes.get("role") == "unclear" and f.attributes.get("role_source") in ("none", "list"):
            title = (_title_block(text, f, line, name_lines) or _titled_list(text, f, line, by_line[line[0]])
                     or _member_column(text, f, line) or _sign_off(text, f, line)
                     or (members_bill and _labelled_list(text, f, line, by_line[line[0]], _BILL_LABELS))
                     or (council and _labelled_list(text, f, line, by_line[line[0]], _VOTE_LABELS)))
            if title:
                f = _official(f, title)
        elif f.attributes.get("role") == "private" and f.attributes.get("role_word") == "氏名" \
                and "\t" in text[slice(*line)]:
            heading = _roster_table(text, line[0])
            if heading:
                f = _official(f, heading)
        out.append(f)
    return out
