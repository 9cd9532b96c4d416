"""SECURITY_DETAIL in tables and forms: the cells whose column says they
state a security detail.

The prose reader (``security_detail.py``) reads sentences; a row of a table
has none. A device register or 情報資産台帳 (品名 / 型番 / OS / 設置場所),
a 別表 of the equipment bought, a backup schedule (取得周期 / 世代 /
保管媒体 / 保管場所), an account table (認証方式 / 権限 / 利用者範囲), an
end-of-support column (サポート期限), an audit's findings (指摘事項 /
対応状況) and a drill's results by section (所属 / 開封者数) say what each
cell is in their heading row instead. The same labels written as fields
(型番　AB-1234, 機種：XY-100, ・保管場所：別棟の書庫) are read the same.

How a table is laid out in text: one row a line, cells apart by a TAB, a
ruled bar (┃ │ |) or a run of two or more spaces (one 全角空白 is one
space after NFKC, so a heading row written ``品名　型番　数量`` is split at
every space, and a data row under it keeps a Latin name written with
spaces, ``Windows Server 2019``, as one cell). A line of rules (┣━━╋━━┫,
|---|---|) stands between rows; a line with one cell ends the table.

What fires (columns and labels in ``data/security_cells.toml``):
- a cell of a model or a name column that holds a model (letters and digits,
  XG-430, C9300-48P) or of a version column that holds a version;
- a place, backup, access, end-of-support or finding cell with any value,
  an audit's status cell that leaves the item open (未対応, 調査中) beside a
  finding of its row that fires (an incident list's 調査中 alone says nothing);
- a section's row in a drill's results table (所属 / 対象者数 / 開封者数);
- a model in a row with no heading row, tied to a device word in another
  cell of the same row (コアスイッチ	C9300-48P	2台).

Each kind needs the table (its caption, headings and rows) or the field's
paragraph to be about information systems or, for 保存期間 and 世代, about
backups and logs: the same columns list AEDs (設置場所), public cars
(型式) and the retention of paper files (保存期間). A table with a money
column (金額, 単価, 予算額) is a budget or a price list: its models and
names are what was bought, and only the columns of where and how a device
runs fire there. A number column (文書番号, 発注番号) is never a model.

Span: the cell, not the row or the table, so that the masked table keeps its
columns; a drill's row is the one span of a row (the section with its figures).
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from redactor.data_files import load_toml
from redactor.recognizers._drops import drop
from redactor.recognizers._text import factored_words_regex

_DATA = load_toml("security_cells.toml", "redactor.recognizers.data")
_COLUMNS: dict[str, dict] = _DATA["columns"]
_KIND_OF: dict[str, str] = {h: kind for kind, e in _COLUMNS.items() for h in e["headings"]}
_PREFIXES = tuple(_DATA["tables"]["heading_prefixes"])
# every heading word: a line without one is neither a heading row nor a field (one search a line;
# factored by common beginnings, a line is read once instead of once per word at each kana)
_ANY_HEADING = re.compile(factored_words_regex(_KIND_OF))
_SUFFIXES = frozenset(_DATA["tables"]["heading_suffixes"])
_MONEY = tuple(_DATA["tables"]["money"])
_BEYOND_MONEY = frozenset(_DATA["tables"]["beyond_money"])
_NUMBERS = frozenset(_DATA["tables"]["numbers"])
_CUSTODIAN_HEADINGS = frozenset(_COLUMNS["access"].get("custodian_headings", ()))
_CUSTODIAN_POST = re.compile(_COLUMNS["access"].get("custodian_post", "(?!)"))
_PUBLIC = re.compile("|".join(map(re.escape, _DATA["tables"]["public"])))
_OPEN = re.compile("|".join(map(re.escape, sorted(_DATA["context"]["open"], key=len, reverse=True))))
_OPEN_ALONE = frozenset(_DATA["context"]["open_alone"])
_REMEDY_SPECIFIC = re.compile(r"[0-9A-Za-z]|" + "|".join(map(re.escape, _DATA["context"]["remedy_specifics"])))
_EMPTY = frozenset(_DATA["context"]["empty"])
# a status that states the gap itself (施錠保管していない, 記録がない): it needs no finding beside it
_ADMITS = re.compile(r"(?:てい|てお)(?:ない|らず|りません)|(?:が|は)(?:ない|無い|なく)|未(?:実施|設定|導入|適用|作成|整備)|不十分|不備")
# a checklist's result that fails the item (不適合, ×, 要改善)
_FAILED = re.compile(r"^(?:×|✕|✖|NG|否|不可)$|不適合|不適切|要改善|要是正|要対応|不備あり|不十分")
# end of support said in a cell (サポート終了, サポート切れ, EOL済み)
_END_OF_SUPPORT = re.compile(r"サポート(?:が)?(?:終了|切れ)|保守(?:が)?(?:終了|切れ)|EOL|EOSL")
_NONE = frozenset(_DATA["context"]["none"])
_NONE_IS_A_GAP = frozenset(_DATA["context"]["none_is_a_gap"])


def _words(key: str) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(_DATA["context"][key], key=len, reverse=True))))


_SYSTEM_WORDS = load_toml("security_detail.toml", "redactor.recognizers.data")["context"]["it_words"]
_IT = re.compile("|".join(map(re.escape, sorted(
    set(_DATA["context"]["devices"]) | set(_DATA["context"]["systems"]) | set(_SYSTEM_WORDS), key=len, reverse=True))))
_BACKUP = _words("backup")
# the devices themselves, for a row with no heading row (コアスイッチ	C9300-48P)
_DEVICE = _words("devices")

# cells of a row: a TAB, a ruled bar (｜ is | after NFKC) or two spaces or more
_SEP = re.compile(r"\t|[┃│|]| {2,}")
# a line of rules between rows (┣━━╋━━┫, +----+, |---|:--|)
_RULES = re.compile(r"^[\s┃│|┣┫╋━─┼├┤┌┐└┘┬┴+\-=:＝]+$")
# what a heading cell may hold: a short label, no figure, no sentence
# (a figure after a Latin letter names a column: IPv4アドレス, L3SW)
_NOT_A_HEADING = re.compile(r"(?<![A-Za-z0-9])[0-9]|[。、,]|[ぁ-ゖ]{3}")
# A model: letters and digits with hyphens, 4 to 16 characters (XG-430,
# C9300-48P, FX-60E); not a year's code (R5-14, H30-2), not a date.
_MODEL = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9\-_./]*[A-Za-z])(?=[A-Za-z0-9\-_./]*[0-9])"
                    r"[A-Za-z0-9][A-Za-z0-9\-_./]{3,15}(?![A-Za-z0-9])")
# (a date opens with a year, 19xx or 20xx: 2024-10-01; a model's number may open with any four
# digits and a hyphen, 9300-48T)
_NOT_MODEL = re.compile(r"^(?:[RHSrhs][0-9]{1,2}[-./]|(?:19|20)[0-9]{2}[-./][0-9]|No\.?[0-9]|[0-9]+(?:GB|TB|MB|Gbps|Mbps|kVA|W|V|mm)$)")
# a Latin product named with a model (FortiGate 60F): the whole cell
# a word of a product's name in Latin script, for a product column ([columns.product])
_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?:-[A-Za-z]+)?(?![A-Za-z])")
_PRODUCT_KINDS = frozenset(_DATA["context"]["product_kinds"])
_LATIN_NAMED = re.compile(r"^[A-Za-z][A-Za-z0-9\-.]*(?: [A-Za-z0-9][A-Za-z0-9\-.]*){0,3}$")
# a version: dotted figures, Ver./v and a figure, or a Latin name with a
# figure (7.2.1, Ver.10, Windows 11, iOS 17); not an edition (第2版) or a count
_VERSION = re.compile(r"[0-9]\.[0-9]|(?<![A-Za-z])[Vv](?:er)?\.? ?[0-9]|[A-Za-z]{2,}[ -]?[A-Za-z0-9 .\-]*[0-9]|[0-9][A-Za-z0-9.\-]* ?[A-Z][A-Za-z]")
# A version in a field must say which build (7.2.1, Ver.10) or name a
# server's system (Windows Server 2019): a client's system alone (OS：
# Windows 11) is what every office and school runs.
_EXACT_VERSION = re.compile(r"[0-9]\.[0-9]|(?<![A-Za-z])[Vv](?:er)?\.? ?[0-9]|Server|ESXi|RHEL|Linux [0-9]")
# a field: a label, a colon or a space, a value (・型番：AB-1234, (2) 保管場所 別棟の書庫)
_FIELD = re.compile(r"^[ ]*(?:[・\-*※●○■□◆◇]|\(?[0-9]{1,2}[.)]|[(（][0-9一二三四五六七八九十]{1,2}[)）])?[ ]*"
                    r"(?P<label>[^\s:：=]{1,14})[ ]*(?:(?P<colon>[:：=])[ ]*|[ ]+)(?P<value>\S.*?)[ ]*$")
# A value after a space alone (保管場所　別棟の書庫) is a value, not the rest of
# a sentence that starts with the word (サポート　体制を強化します。)
# (型番 TK1234567 の機器 is a phrase of prose: a particle after the value goes on with it)
_SENTENCE_REST = re.compile(r"(?:^| )[のをはがにでともへや]")
# A value that is a sentence (保存期間：アクセスログは3年間保存する。) is the
# prose reader's: it reads a labelled line as a statement
_A_SENTENCE = re.compile(r"。|(?:ます|です|する|した|ません|ている|でした|である)$")
_PARAGRAPH_REACH = 6  # lines either side of a field that make its paragraph
# a label as the heading of an item, its value indented on the lines under it
# (３　対象範囲⏎　　本庁舎1階から4階まで, 【保管場所】⏎　東出張所の金庫)
_ITEM_HEADING = re.compile(r"^[ ]*(?:[0-9]{1,2}[ .)]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十][、. ]|[・●■□◆])?"
                           r"[ ]*[【\[]?(?P<label>[^\s【】\[\]:：]{2,12})[】\]]?[ ]*$")
_ITEM_LINES = 3  # value lines under an item heading
_ITEM_LABELS = frozenset(_DATA["tables"]["item_labels"])


class Cell(NamedTuple):
    start: int
    end: int
    text: str


class CellFinding(NamedTuple):
    start: int
    end: int
    kind: str
    heading: str
    category: str


def heading_kind(cell: str) -> str | None:
    """The column kind a heading cell names (型番, 機器型番, サポート終了日),
    or None. A heading word with other words around it names another
    column (広報媒体, 利用者数, 対応方針)."""
    name = re.sub(r"[ 　]|[(（][^)）]*[)）]", "", cell)
    if name in _KIND_OF:
        return _KIND_OF[name]
    if "/" in name or "・" in name or "／" in name:
        # two headings in one cell (OS/ファームウェア, 機種・型番): the first that is ours
        return next((k for k in map(heading_kind, re.split(r"[/・／]", name)) if k), None) if len(name) <= 16 else None
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and name[:-len(suffix)] in _KIND_OF:
            return _KIND_OF[name[:-len(suffix)]]
    for prefix in _PREFIXES:
        if name.startswith(prefix) and name[len(prefix):] in _KIND_OF:
            return _KIND_OF[name[len(prefix):]]
    return None


def _split(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the line [start, end): a leading indent is none, a bar
    at either edge of a ruled row opens or closes it (│品名│型番│)."""
    while start < end and text[start] == " ":
        start += 1
    cells = []
    pos = start
    for m in _SEP.finditer(text, start, end):
        cells.append(_cell(text, pos, m.start()))
        pos = m.end()
    cells.append(_cell(text, pos, end))
    if text[start:start + 1] in "┃│|" and cells and not cells[0].text:
        cells = cells[1:]
    if text[start:end].rstrip()[-1:] in ("┃", "│", "|") and cells and not cells[-1].text:
        cells = cells[:-1]
    return cells


def _cell(text: str, start: int, end: int) -> Cell:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" "))
    s, e = start + lead, start + len(piece.rstrip(" "))
    return Cell(s, max(s, e), text[s:max(s, e)])


def _single_spaced(text: str, start: int, end: int, columns: int = 0) -> list[Cell]:
    """A row split at every space, a Latin name written with spaces kept
    whole (Windows Server 2019, FortiGate 60F): a word of letters joins the
    Latin word after it, and while the row has more cells than ``columns``
    any two Latin words side by side join (Windows Server 2012 R2)."""
    cells: list[Cell] = []
    for m in re.finditer(r"[^ ]+", text[start:end]):
        c = Cell(start + m.start(), start + m.end(), m.group(0))
        if cells and c.text.isascii() and cells[-1].text.isascii() and cells[-1].text.isalpha():
            prev = cells.pop()
            c = Cell(prev.start, c.end, text[prev.start:c.end])
        cells.append(c)
    n = 1
    while columns and len(cells) > columns and n < len(cells):
        a, b = cells[n - 1], cells[n]
        if a.text.isascii() and b.text.isascii() and any(ch.isalpha() for ch in a.text + b.text):
            cells[n - 1:n + 1] = [Cell(a.start, b.end, text[a.start:b.end])]
        else:
            n += 1
    return cells


_QUALIFIER = re.compile(r"[(（][^()（）]{1,16}[)）]")


def _header(cells: list[Cell]) -> list[str | None] | None:
    """The kinds of a heading row's columns, or None when the row is no
    heading row: two cells or more, all short labels, one of them ours (a
    label's bracketed qualifier aside: 措置状況（３月15日現在）, 金額（円）)."""
    bare = [_QUALIFIER.sub("", c.text) for c in cells]
    if len(cells) < 2 or any(len(b) > 16 or _NOT_A_HEADING.search(b) for b in bare):
        return None
    kinds = [heading_kind(c.text) for c in cells]
    return kinds if any(kinds) else None


# a place column's value spread over every floor or office (庁舎各階, 本庁舎及び各支所)
_SPREAD = re.compile("(?:" + "|".join(map(re.escape, sorted(_DATA["context"]["spread_places"], key=len, reverse=True)))
                     + ")$")
_SPREAD_FACILITY = re.compile("(?:" + "|".join(map(re.escape, sorted(_DATA["context"]["spread_facilities"], key=len,
                                                                     reverse=True)))
                              + r")(?:[0-9]+(?:か所|カ所|ヶ所|箇所|所|館|校))?$")
_PLACE_PARTS = re.compile(r"[、，,・]|及び|および|並びに|ならびに|又は|または")


def _spread(cell: str) -> bool:
    """A place spread over every floor or office names no room: 庁舎各階,
    本庁舎及び各支所 (one part says 各/全, the others are kinds of public
    building); 本館3階 サーバ室 or 各階の配線室 (a room) is a place."""
    parts = [p.strip(" 　") for p in _PLACE_PARTS.split(cell) if p.strip(" 　")]
    return any(_SPREAD.search(p) and len(p) <= 8 and (_SPREAD.fullmatch(p) or _SPREAD_FACILITY.fullmatch(_SPREAD.sub("", p)))
               for p in parts) \
        and all(_SPREAD.fullmatch(p) or _SPREAD_FACILITY.fullmatch(p)
                or _SPREAD_FACILITY.fullmatch(_SPREAD.sub("", p).rstrip("の")) for p in parts)


def _model_in(cell: str) -> bool:
    return any(not _NOT_MODEL.match(m.group(0)) for m in _MODEL.finditer(cell))


def _value_fires(kind: str, cell: str) -> bool:
    value = _COLUMNS[kind]["value"]
    if not cell or cell in _EMPTY or (cell in _NONE and kind not in _NONE_IS_A_GAP):
        return False
    if value == "model":
        return _model_in(cell)
    if value == "version":
        return bool(_VERSION.search(cell))
    if value == "product":
        # a product's name in Latin script (letters with or without a model number), not a bare kind
        return _model_in(cell) or any(w.group(0) not in _PRODUCT_KINDS for w in _LATIN_WORD.finditer(cell))
    if value == "open":
        return cell in _OPEN_ALONE or bool(_OPEN.search(cell) or _ADMITS.search(cell))
    if value == "place":
        return not _spread(cell)
    if value == "specific":
        return bool(_REMEDY_SPECIFIC.search(cell))
    return True


def _needs_met(kind: str, context: str) -> bool:
    needs = _COLUMNS[kind]["needs"]
    if needs == "backup":
        return bool(_BACKUP.search(context))
    if needs == "it":
        return bool(_IT.search(context))
    return True


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def security_cells(text: str) -> Iterable[CellFinding]:
    """Every cell of a table or value of a field that states a security
    detail."""
    lines = _lines(text)
    i = 0
    fields_seen: set[int] = set()
    while i < len(lines):
        s, e = lines[i]
        if not _ANY_HEADING.search(text, s, e):
            i += 1
            continue
        cells = _split(text, s, e)
        spaced = False
        if len(cells) < 2 and " " in text[s:e].strip(" "):
            cells, spaced = _single_spaced(text, s, e), True
        kinds = _header(cells)
        if kinds is None:
            i += 1
            continue
        # a table: the heading row, the rows under it, the caption before it
        j = i + 1
        rows: list[list[Cell]] = []
        while j < len(lines):
            rs, re_ = lines[j]
            line = text[rs:re_]
            if line.strip() and _RULES.match(line):
                j += 1
                continue
            row = _single_spaced(text, rs, re_, len(cells)) if spaced else _split(text, rs, re_)
            if len(row) < 2 or _header(row) is not None:
                break
            rows.append(row)
            j += 1
        if len(cells) == 2 and sum(heading_kind(r[0].text) is not None for r in rows) * 2 >= len(rows) > 0:
            i += 1  # items and their values, one a row (機器	…⏎型番	…): read as fields
            continue
        if rows:
            caption_start = lines[max(0, i - 2)][0]
            yield from _table(text, caption_start, [c.text for c in cells], kinds, rows, lines[j - 1][1])
            fields_seen.update(range(i, j))
        i = max(j, i + 1)
    yield from _fields(text, lines, fields_seen)
    yield from _items(text, lines, fields_seen)
    yield from _tied_models(text, lines, fields_seen)


def _table(text: str, caption_start: int, heads: list[str], kinds: list[str | None],
           rows: list[list[Cell]], end: int) -> Iterable[CellFinding]:
    context = text[caption_start:end]
    money = any(w in h for h in heads for w in _MONEY)
    if _PUBLIC.search(context):
        return  # a list of public Wi-Fi spots or street cameras: published on purpose
    for row in rows:
        offset = len(kinds) - len(row) if len(row) > len(kinds) else 0
        flagged: list[tuple[int, Cell, str, str]] = []
        for column, cell in enumerate(row):
            k = column + offset
            if 0 <= k < len(kinds) and kinds[k] is None and heads[k] not in _NUMBERS and not money \
                    and _tied(row, column):
                flagged.append((column, cell, "model", heads[k]))  # a model under a heading of another name
                continue
            if not 0 <= k < len(kinds) or kinds[k] is None:
                continue
            kind = kinds[k]
            assert kind is not None
            if money and kind not in _BEYOND_MONEY:
                continue
            if _COLUMNS[kind]["value"] == "place" and _spread(cell.text.strip(" 　")):
                drop("SECURITY_DETAIL", text, cell.start, cell.end, f"「{heads[k]}」列の値が庁舎各階・各支所（部屋を名指さない）")
                continue
            if heads[k] in _NUMBERS or not _value_fires(kind, cell.text) or not _needs_met(kind, context):
                continue
            if heads[k] in _CUSTODIAN_HEADINGS and _CUSTODIAN_POST.fullmatch(cell.text.strip()):
                continue  # 管理者｜税務課長 山田: who answers for the asset, not who may get in
            if _COLUMNS[kind].get("row"):
                if any(ch.isdigit() for ch in cell.text):
                    yield CellFinding(row[0].start, row[-1].end, kind, heads[k], _COLUMNS[kind]["category"])
                    break
                continue
            flagged.append((column, cell, kind, heads[k]))
        if flagged and all(kind == "remedy" for _, _, kind, _ in flagged):
            continue  # what was done says a control only beside the finding it answers
        if flagged and all(kind in ("status", "remedy") for _, _, kind, _ in flagged):
            failed = [f for f in flagged if _FAILED.search(f[1].text)]
            if failed:
                # a checklist's failed item (サーバ室の施錠	不適合): the item and its result
                item = next(((n, c) for n, c in enumerate(row) if c.text and n + offset < len(heads)
                             and heads[n + offset] not in _NUMBERS and not c.text.isdigit()), None)
                if item is not None and item[0] < failed[0][0]:
                    flagged.append((item[0], item[1], "status", heads[item[0] + offset]))
                    flagged.sort(key=lambda f: f[0])
            elif not any(_ADMITS.search(f[1].text) for f in flagged):
                continue  # an open status says what is open only beside the finding it is the status of
        if _IT.search(context):
            # a device past its support, said in any cell of the row (備考: サポート終了済み)
            flagged += [(n, c, "support", heads[n + offset] if 0 <= n + offset < len(heads) else "")
                        for n, c in enumerate(row) if _END_OF_SUPPORT.search(c.text)
                        and all(n != f[0] for f in flagged)]
            flagged.sort(key=lambda f: f[0])
        for _, cell, kind, heading in flagged:
            yield CellFinding(cell.start, cell.end, kind, heading, _COLUMNS[kind]["category"])


def _paragraph(text: str, lines: list[tuple[int, int]], i: int) -> str:
    """The lines around a field up to a blank line, a few either side."""
    a = i
    while a > 0 and i - a < _PARAGRAPH_REACH and text[lines[a - 1][0]:lines[a - 1][1]].strip():
        a -= 1
    b = i
    while b + 1 < len(lines) and b - i < _PARAGRAPH_REACH and text[lines[b + 1][0]:lines[b + 1][1]].strip():
        b += 1
    return text[lines[a][0]:lines[b][1]]


def _fields(text: str, lines: list[tuple[int, int]], skip: set[int]) -> Iterable[CellFinding]:
    """Values of fields (型番：AB-1234, ・保管場所　別棟の書庫), one or more a
    line (機種:XY-100  設置場所:3階)."""
    for i, (s, e) in enumerate(lines):
        if i in skip or s == e or not _ANY_HEADING.search(text, s, e):
            continue
        chunks = _split(text, s, e)
        yield from _pairs(text, lines, i, chunks)
        for chunk in chunks:
            m = _FIELD.match(chunk.text)
            if not m:
                continue
            kind = heading_kind(m.group("label"))
            if kind is None or _COLUMNS[kind].get("row") or kind == "status":
                continue
            value = m.group("value")
            if len(value) > 60 or not _value_fires(kind, value) or _A_SENTENCE.search(value) \
                    or (not m.group("colon") and _SENTENCE_REST.search(value)):
                continue  # (a sentence that starts with the word, not a field)
            if not _needs_met(kind, _paragraph(text, lines, i)):
                continue
            if kind == "version" and not _EXACT_VERSION.search(value):
                continue  # OS：Windows 11 in a notice on the pupils' tablets: what every school runs
            vs = chunk.start + m.start("value")
            yield CellFinding(vs, vs + len(value), kind, m.group("label"), _COLUMNS[kind]["category"])


def _pairs(text: str, lines: list[tuple[int, int]], i: int, cells: list[Cell]) -> Iterable[CellFinding]:
    """A table of items and their values, one item a row (項目	内容⏎型番	QX-100⏎
    設置場所	本館3階): the cell after a label is its value."""
    for n in range(len(cells) - 1):
        kind = heading_kind(cells[n].text)
        value = cells[n + 1]
        if kind is None or _COLUMNS[kind].get("row") or kind == "status":
            continue
        if _header(cells) is not None and not any(ch.isdigit() for c in cells for ch in c.text):
            return  # a heading row with no rows under it (設置場所	台数), not an item and its value
        if not _value_fires(kind, value.text) or not _needs_met(kind, _paragraph(text, lines, i)):
            continue
        if kind == "version" and not _EXACT_VERSION.search(value.text):
            continue
        yield CellFinding(value.start, value.end, kind, cells[n].text, _COLUMNS[kind]["category"])


def _tied_models(text: str, lines: list[tuple[int, int]], skip: set[int]) -> Iterable[CellFinding]:
    """A model alone in a cell of a row with no heading row, a device named
    in another cell of the same row (コアスイッチ	C9300-48P	2台)."""
    for i, (s, e) in enumerate(lines):
        if i in skip or not _SEP.search(text, s, e) or not _MODEL.search(text, s, e):
            continue  # (a row of cells first: most lines are prose)
        cells = _split(text, s, e)
        if len(cells) < 2:
            continue
        for n, c in enumerate(cells):
            before = cells[n - 1].text if n else ""
            if heading_kind(before) is None and before.rstrip(":：") in _NUMBERS:
                continue  # 文書番号	R6-112
            if _tied(cells, n):
                yield CellFinding(c.start, c.end, "model", "", "product_version")


def _tied(cells: list[Cell], n: int) -> bool:
    """Cell ``n`` is a model alone (a Latin name with a model: C9300-48P,
    FortiGate 60F) and another cell of the row names a device."""
    c = cells[n]
    return bool(_LATIN_NAMED.match(c.text) and _model_in(c.text)) \
        and any(_DEVICE.search(o.text) for m, o in enumerate(cells) if m != n)


def _items(text: str, lines: list[tuple[int, int]], skip: set[int]) -> Iterable[CellFinding]:
    """The value of an item whose heading is a label (３　対象範囲), written
    indented on the lines under it: each line of the value, up to a blank
    line, a line that is not indented or a few lines."""
    for i, (s, e) in enumerate(lines):
        if i in skip or not _ANY_HEADING.search(text, s, e):
            continue
        m = _ITEM_HEADING.match(text[s:e])
        if m is None or m.group("label") not in _ITEM_LABELS:
            continue
        kind = heading_kind(m.group("label"))
        assert kind is not None
        context = _paragraph(text, lines, i)
        for j in range(i + 1, min(len(lines), i + 1 + _ITEM_LINES)):
            vs, ve = lines[j]
            value = text[vs:ve]
            if not value.startswith((" ", "\t")) or not value.strip() or len(_split(text, vs, ve)) > 1:
                break  # (a row of fields under the heading is a record, not the item's value)
            cell = _cell(text, vs, ve)
            if _value_fires(kind, cell.text.strip("\t")) and _needs_met(kind, context + text[vs:ve]):
                yield CellFinding(cell.start, cell.end, kind, m.group("label"), _COLUMNS[kind]["category"])
