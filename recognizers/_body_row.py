"""Whose entry an address or a number is in a list of bodies, read from the
person named as acting for a body: positive evidence for KEEP.

Lists the municipality publishes about businesses and bodies (入札参加資格者名簿,
補助金交付先一覧, 指定工事店の一覧, 協定の締結先) give each body its entry: its
name, the person who acts for it with that person's title, then its seat and
its number. In a table the entry is one row:

    3<TAB>K-017<TAB>株式会社みなと運送<TAB>代表取締役 北浜一郎<TAB>北浜市本町1-2-3<TAB>042-…
    |5|創業支援|さくら商事合同会社|代表社員 南浦花子|北浜市緑町4-5-6|…

and in a bill or a notice a block, the name and the representative on one
line, the seat (and number) on the line below:

    　株式会社みなと運送　代表取締役　北浜　一郎
    　北浜市本町一丁目2番3号　TEL 042-…

A title of a representative (代表取締役, 代表社員, 理事長, 所長, 組合長 …; the
titles of 会社法 and the 法人 laws, or the head of a branch) says the person
acts for a body, and the body is named right before the title. When that
name carries a legal form (株式会社, 合同会社, 社会福祉法人, …協同組合), the
entry is a juridical person's and the seat and number in it are the body's
published particulars, not the representative's home.

Fail closed:
- each row is judged on its own: a company in another row, or a company
  cell that is not the one the row's representative acts for, says nothing;
- the body must carry a legal form: a trade name alone (丸高建設) may be a
  sole proprietor's, whose seat may be a home; a residents' association
  (○○町内会) is no juridical person by its name;
- a person cell with no title (山田太郎 | 北浜市…) is no evidence, and the
  title must be followed by the name alone (no 宅, 様, 自宅 …);
- the caller still checks the row or the line for private words.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._text import KANJI, words_regex

_WORDS = load_toml("address_context.toml", "redactor.recognizers.data")
_LEGAL = words_regex(_WORDS["legal_forms"])
# A branch after the legal form (株式会社みなと運送 東支店, …株式会社関西支社).
_BRANCH = rf"(?:[ ]?[{KANJI}ァ-ヶー]{{0,8}}(?:{words_regex(_WORDS['company_branches'])}))?"
# A note in brackets after the body's name: the facility it runs, a short name
# (社会福祉法人みなと会（特別養護老人ホームみなと荘））.
_NOTE = r"(?:[ ]?[(（][^()（）\n]{1,30}[)）])?"
# The body's name as a whole: a legal form at its start or at its end.
_BODY = re.compile(rf"(?:(?:{_LEGAL})[ ]?[^\s、。,()（）]{{1,30}}|[^\s、。,()（）]{{1,30}}(?:{_LEGAL})){_BRANCH}{_NOTE}")
# The title of the person acting for the body: a representative's title, or
# the head of the body or of its branch the list names (所長, 工場長, 組合長);
# not any word ending in 長 (店長, 課長, 班長: employees, not registered heads).
_HEADS = [w for w in _WORDS["acting_titles"] if w.endswith("長")]
_TITLE = rf"(?:{words_regex(_WORDS['acting_titles'])}|[{KANJI}]{{0,8}}(?:{words_regex(_HEADS)}))"  # (南浜工場長)
# The representative's name: one or two chunks of name characters, or a
# romaji name (Kevin O'Malley).
_NAME = r"(?:[^\s、。,()（）0-9０-９]{1,8}(?: [^\s、。,()（）0-9０-９]{1,8})?|[A-Za-z][A-Za-z.'\- ]{1,30})"
_REPRESENTATIVE_CELL = re.compile(rf"[ ]*{_TITLE}[ ]*{_NAME}[ ]*")
# Cells of a table row read as text: TAB, a rule (| after NFKC) or a box-drawing rule.
_CELL_SEP = re.compile(r"[\t|│┃]")
# How many cells may stand between the representative's cell and the value
# (the seat before the number, a postal code).
_CELLS_BETWEEN = 2
# The body's line of a block: an optional label (事業者, 相手方), the body, the
# title and the name, nothing else.
_LABEL = r"(?:[^\s、。,()（）]{1,10}[ :：]+)?"
_BLOCK_LINE = re.compile(rf"[ ]*(?:[・○●◯\-－]|[0-9０-９]{{1,2}}[.．、)）])?[ ]*{_LABEL}"
                         rf"(?P<body>{_BODY.pattern})[ ]+(?P<person>{_TITLE}[ ]*{_NAME})[ ]*")
# Words of a person or a household in the representative's part (自宅, 様, 宅): a person's own entry.
_PRIVATE = tuple(_WORDS["residence"]) + ("様", "さん", "宅", "様方")
# The body's line of a block with no representative: the role a contract gives
# only to a business (受注者, 施工業者, 指定管理者), then the body and nothing else.
_PARTY_LINE = re.compile(rf"[ ]*(?:[・○●◯\-－]|[0-9０-９]{{1,2}}[.．、)）])?[ ]*"
                         rf"(?:{words_regex(_WORDS['business_parties'])})[ :：]+(?P<body>{_BODY.pattern})[ ]*")


def _juridical(name: str) -> bool:
    """Whether ``name`` is a body's whole name with a legal form, not an employer's."""
    return bool(_BODY.fullmatch(name.strip(" "))) and not ctx.find_word(name, _WORDS["employment"])


# A column heading of a body's seat (所在地, 本店所在地, 事業所の名称及び所在地):
# the table lists bodies where they are established, not where a person lives.
# (事業所 only with its 所在地: 事業所名 heads the name column)
_SEAT_HEADING = re.compile(r"所在地|本店|本社|主たる事務所")
# How far up the heading row may stand (rows of the table, a few blank lines).
_TABLE_LINES = 60


def _heading_cells(text: str, line_start: int) -> list[str] | None:
    """The cells of the heading row of the table whose row starts at
    ``line_start``: the nearest row above with a seat heading in it, the
    rows between all cells of the table (blank lines skipped); None when a
    line that is no row ends the table first."""
    for _, line in ctx.lines_above(text, line_start, _TABLE_LINES):
        if not line.strip(" \t"):
            continue
        cells = _CELL_SEP.split(line)
        if len(cells) < 3:
            return None
        if any(_SEAT_HEADING.search(c.replace(" ", "")) for c in cells):
            return [c.replace(" ", "").strip() for c in cells]
    return None


def represented_body(row_head: str, text: str = "", line_start: int = -1) -> str | None:
    """The juridical person a table row is the entry of, when the row's
    cells before the value (``row_head``, the row up to the value) name a
    representative with the body right before it; else None.

    With ``text`` and ``line_start`` (the row's start in it), the table must
    also have a heading row with a seat column (所在地) above the row: a list
    of bodies where they are established. A row without a heading may be a
    person's record that names the company the person represents, with the
    person's home beside it (fail closed). The value's own column must then
    be that seat column, or lie after it (電話)."""
    cells = _CELL_SEP.split(row_head)
    if len(cells) < 3:
        return None
    if line_start >= 0:
        heading = _heading_cells(text, line_start)
        if heading is None:
            return None
        column = len(cells) - 1
        seat = next((i for i, c in enumerate(heading) if _SEAT_HEADING.search(c)), len(heading))
        if column < seat:
            return None
    before = cells[:-1]  # the value's own cell is not a party
    for i in range(len(before) - 1, max(-1, len(before) - 2 - _CELLS_BETWEEN), -1):
        if _REPRESENTATIVE_CELL.fullmatch(before[i]) and not ctx.find_word(before[i], _PRIVATE):
            body = next((c for c in reversed(before[:i]) if c.strip(" ")), "")
            return body.strip(" ") if _juridical(body) else None
    return None


def body_line_above(text: str, line_start: int) -> str | None:
    """The juridical person named with its representative on the line above
    ``line_start`` (株式会社みなと運送　代表取締役　北浜　一郎), or after the role
    a contract gives a business (受注者　株式会社みなと運送), or None."""
    if line_start == 0:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    party = _PARTY_LINE.fullmatch(text, above_start, line_start - 1)
    if party and not ctx.find_word(party.group("body"), _WORDS["employment"]):
        return party.group("body")  # 施工業者　株式会社　みなと土木 ⏎ 北浜市…
    m = _BLOCK_LINE.fullmatch(text, above_start, line_start - 1)
    # (the label is the party's role, 契約の相手方 too, and the body's name may hold
    # 宅 (住宅販売): only the representative's part may hold no private word)
    if m is None or ctx.find_word(m.group("person"), _PRIVATE) or ctx.find_word(m.group("body"), _WORDS["employment"]):
        return None
    return m.group("body")


# Before a name on its line: the body, then the title (株式会社みなと運送　代表取締役　),
# or the title in a bracket after the body (みなと漁業協同組合（代表理事組合長　).
_ACTING_BEFORE = re.compile(rf"(?:^|[ \t]){_LABEL}(?P<body>{_BODY.pattern})(?:[ ]+|[(（]){_TITLE}[ ]*$")
# Before a name in its table cell: the title alone (代表取締役　).
_TITLE_CELL = re.compile(rf"[ ]*{_TITLE}[ ]*")


def acting_for(text: str, start: int) -> str | None:
    """The juridical person the name at ``start`` acts for, when its title
    and the body stand right before it: on its line (株式会社みなと運送　代表取締役
    北浜一郎; みなと漁業協同組合（代表理事組合長　北浜一郎）), or in its table
    cell with the body in the cell before (株式会社みなと運送<TAB>代表取締役 北浜一郎)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    cells = _CELL_SEP.split(head)
    if len(cells) > 1:
        if not _TITLE_CELL.fullmatch(cells[-1]):
            return None
        body = next((c for c in reversed(cells[:-1]) if c.strip(" ")), "")
        return body.strip(" ") if _juridical(body) else None
    m = _ACTING_BEFORE.search(head)
    if m is None or ctx.find_word(m.group("body"), _WORDS["employment"]):
        return None
    return m.group("body")
