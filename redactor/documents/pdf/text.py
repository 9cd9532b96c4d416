"""The text a reader sees on PDF pages, built from located glyphs.

Detection needs the text in reading order and whole words: a PDF page is
only glyphs at positions, drawn in whatever order the producer liked. So:

- glyphs are grouped into lines by baseline (per writing direction, so a
  rotated label still reads as one line), each line sorted along the text;
  a glyph drawn twice at the same place (fake bold) counts once;
- a gap wider than a character becomes a space, and a spaced-out heading
  (「会 議 経 過」) loses its spaces so that it reads 「会議経過」;
- a line that runs to the right edge of the text block and ends inside a
  word continues on the next line without a break (「東村山市本町二丁」 +
  「目3番4号」 -> one address), so a name or address the layout wrapped
  is found as one string (Latin words: with a space, where the layout
  dropped one); the character tests are ``redactor/line_joins.py``'s,
  which plain text uses for its hard line breaks;
- a table is read row by row, the cells of a row a tab apart
  (「氏名\t山田太郎」), and a value wrapped inside a narrow cell is joined
  like a wrapped line (「山田太」⏎「郎」), but labels stacked in a column
  (氏名 / 住所) are not (see ``_chains``);
- every character of the text keeps the glyphs it came from
  (``PageText.char_glyphs``), which is all ``write`` needs to remove it.

Page parts say ``page N`` with the visual line number of their first line,
so a finding is located as ``page 3, line 12`` even after joins.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from redactor.documents.pdf.glyphs import Glyph
from redactor.line_joins import continues_word, hyphen_wrap, latin_break as _latin_break

_SPACES = " \u3000\t"
# A spaced-out line: single characters separated by spaces, at least three.
_SPACED = re.compile(r"^\S(?:[ \u3000]+\S){2,}$")


@dataclass
class PageText:
    """One page's text and, per character, the page's glyph indexes it came from."""

    text: str = ""
    chars: list[str] = field(default_factory=list)
    char_glyphs: list[tuple[int, ...]] = field(default_factory=list)
    line_starts: list[tuple[int, int]] = field(default_factory=list)  # (offset, visual line number)


@dataclass
class _Line:
    glyphs: list[int]            # indexes into the page's glyph list, in reading order
    v: float                     # baseline across the text direction
    u0: float                    # start and end along the text direction
    u1: float
    size: float


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def page_text(glyphs: list[Glyph]) -> PageText:
    """The reading-order text of one page's glyphs."""
    usable = [i for i, g in enumerate(glyphs) if g.unicode]
    groups: dict[int, list[int]] = {}
    for i in usable:
        dx, dy = glyphs[i].direction
        groups.setdefault(round(math.degrees(math.atan2(dy, dx)) / 90) % 4, []).append(i)
    frames = [_frame(g) for g in glyphs]
    out = PageText()
    line_no = 0
    after_table = False
    for key in sorted(groups):  # upright text first, then rotated labels
        lines = _lines(glyphs, groups[key], frames)
        right = max((ln.u1 for ln in lines), default=0.0)
        texts = [_line_chars(line, glyphs, frames) for line in lines]
        tables = {t.first: t for t in _tables(lines, glyphs, frames)}
        n = 0
        while n < len(lines):
            line = lines[n]
            table = tables.get(n)
            if table is not None:
                if out.chars:
                    _append(out, "\n", ())
                _append_table(out, table, glyphs, frames, line_no + 1)
                line_no += table.last - table.first + 1
                n = table.last + 1
                after_table = True
                continue
            line_no += 1
            if n and not after_table and not texts[n - 1][1] \
                    and _continues(lines[n - 1], line, right, glyphs):
                if _latin_break(out.chars[-1], texts[n][0][0][0]):
                    _append(out, " ", ())  # Latin words wrap at a space the layout dropped
                out.line_starts.append((len(out.chars), line_no))
            else:
                if out.chars:
                    _append(out, "\n", ())
                out.line_starts.append((len(out.chars), line_no))
            for c, gl in texts[n][0]:
                _append(out, c, gl)
            after_table = False
            n += 1
    out.text = "".join(out.chars)
    out.chars = []
    return out


def _frame(g: Glyph) -> tuple[float, float]:
    """(along, across) coordinates of a glyph's origin in its own direction."""
    dx, dy = g.direction
    x, y = g.origin
    return x * dx + y * dy, -x * dy + y * dx


def _lines(glyphs: list[Glyph], indexes: list[int], frames: list[tuple[float, float]]) -> list[_Line]:
    """Cluster glyphs into lines by baseline, top line first, each sorted along the text."""
    placed = sorted(indexes, key=lambda i: (-frames[i][1], frames[i][0]))
    lines: list[_Line] = []
    for i in placed:
        g = glyphs[i]
        u, v = frames[i]
        if lines and abs(lines[-1].v - v) <= 0.4 * max(lines[-1].size, g.size):
            lines[-1].glyphs.append(i)
        else:
            lines.append(_Line([i], v, u, u, g.size))
    for line in lines:
        line.glyphs.sort(key=lambda i: frames[i][0])
        line.u0 = frames[line.glyphs[0]][0]
        line.u1 = max(frames[i][0] + _extent(glyphs[i]) for i in line.glyphs)
        line.size = max(glyphs[i].size for i in line.glyphs)
    return lines


def _extent(g: Glyph) -> float:
    """Length of a glyph along its direction (from its quad)."""
    x0, y0, x1, y1 = g.quad[0], g.quad[1], g.quad[2], g.quad[3]
    return math.hypot(x1 - x0, y1 - y0)


def _continues(prev: _Line, line: _Line, right: float, glyphs: list[Glyph]) -> bool:
    """Is ``line`` the layout's continuation of ``prev`` inside one word?

    Only when ``prev`` reaches the right edge of the text block (so the
    break was the layout's, not the author's), both sides of the break are
    word characters (or a comma or bracket inside the sentence), the lines are adjacent and ``line`` is not indented
    more than ``prev`` nor starts far left of it (a right-aligned sender
    line above the addressee, 「福祉課長」⏎「山田太郎 様」, is two lines: joined,
    the name read as the official's).
    """
    last = glyphs[prev.glyphs[-1]].unicode or ""
    first = glyphs[line.glyphs[0]].unicode or ""
    size = max(prev.size, line.size)
    # A number broken after a hyphen (090-3321-⏎7788): Latin line breaking
    # may break there and leave the rest of the line empty, so the line
    # need not reach the edge; a number must never be read in two pieces.
    return (continues_word(last[-1:], first[:1])
            and prev.u1 >= right - (8.0 if hyphen_wrap(last, first) else 1.5) * size
            and prev.u0 - 2.5 * size <= line.u0 <= prev.u0 + 0.5 * size
            and 0 < prev.v - line.v <= 2.2 * size
            and abs(prev.size - line.size) <= 0.2 * size)


def _line_chars(line: _Line, glyphs: list[Glyph], frames: list[tuple[float, float]]) -> tuple[list[tuple[str, tuple[int, ...]]], bool]:
    """One line's characters with their glyphs (overprints merged, gaps as
    spaces, a spaced-out heading closed up) and whether it was spaced out
    (a heading: never continued on the next line)."""
    chars: list[tuple[str, tuple[int, ...]]] = []
    prev: Glyph | None = None
    prev_u = prev_end = 0.0
    for i in line.glyphs:
        g = glyphs[i]
        u = frames[i][0]
        if prev is not None and g.unicode == prev.unicode and abs(u - prev_u) < 0.15 * g.size:
            # the same character drawn again over itself (fake bold, shadow): one character
            n = len(g.unicode or "")
            chars[-n:] = [(c, gl + (i,)) for c, gl in chars[-n:]]
            continue
        if prev is not None:
            gap = u - prev_end
            wide = _is_wide((prev.unicode or " ")[-1]) and _is_wide((g.unicode or " ")[0])
            if gap > (1.0 if wide else 0.3) * g.size and chars and chars[-1][0] not in _SPACES \
                    and (g.unicode or " ")[0] not in _SPACES:
                chars.append((" ", ()))
        for c in g.unicode or "":
            chars.append((c, (i,)))
        prev, prev_u, prev_end = g, u, u + _extent(g)
    text = "".join(c for c, _ in chars)
    if _SPACED.match(text.strip(_SPACES)) and all(_is_wide(c) for c in text if c not in _SPACES):
        return [(c, gl) for c, gl in chars if c not in _SPACES], True
    return chars, False


def _append(out: PageText, text: str, glyph_indexes: tuple[int, ...]) -> None:
    out.chars.extend(text)
    out.char_glyphs.extend([glyph_indexes] * len(text))


# -- tables -------------------------------------------------------------------
# A table puts the cells of one row on one baseline, so a line of the page
# holds several cells and a value wrapped inside a narrow cell
# (「山田太」⏎「郎」) never reaches the right edge of the text block. Cells are
# found from the runs of a line (glyphs separated by a gap): runs of nearby
# lines that leave the same horizontal gutters free are the columns of one
# table. Inside a column, a run continues on the column's next run by the
# same test as body text, with the column's widest run as its right edge,
# and only when the other columns show the two runs are in one row.

# A gap (in ems) between two glyphs on one baseline that may separate two
# cells (LibreOffice leaves a quarter to half an em between cells packed
# tight), by the kind of glyph on each side: kanji and kana are set solid,
# a quarter em (2.4 pt at 12 pt) sets Latin apart from them, and Latin
# words are a space apart.
_CELL_GAP = {(True, True): 0.2, (True, False): 0.3, (False, True): 0.3, (False, False): 0.4}
# What is left of a gutter after a run reaches into it (ems): less, no gutter.
_MIN_GUTTER = 0.2
# Baseline to baseline (ems) between lines of one table: a row with padding
# and a label centred beside a two-line value is about three ems tall.
_ROW_REACH = 4.0

_Span = tuple[float, float]      # (start, end) along the text direction


@dataclass
class _Cell:
    """The glyphs of one line that fall in one column of a table."""

    frag: _Line
    line: int                    # index of the line it is on
    col: int
    spaced: bool = False         # a spaced-out label: never continued


@dataclass
class _Table:
    first: int                   # first and last line indexes (inclusive)
    last: int
    cells: list[_Cell]
    chains: list[list[_Cell]] = field(default_factory=list)   # a cell's lines, joined


def _runs(line: _Line, glyphs: list[Glyph], frames: list[tuple[float, float]]) -> list[_Line]:
    """The line cut where a gap of at least ``_CELL_GAP`` ems separates two
    glyphs (a space glyph fills the gap it is drawn in: 「委員 山田太郎」 is
    one run; it never starts a run)."""
    runs: list[_Line] = []
    end: float | None = None
    last = ""
    for i in line.glyphs:
        g = glyphs[i]
        u = frames[i][0]
        text = (g.unicode or "").strip()
        gap = _CELL_GAP[_is_wide(last[-1:] or " "), _is_wide(text[:1] or " ")] * line.size
        if runs and (not text or end is None or u - end < gap or line.size <= 0):
            runs[-1].glyphs.append(i)
        else:
            runs.append(_Line([i], line.v, u, u, g.size))
        end = u + _extent(g) if end is None else max(end, u + _extent(g))
        last = text or last
    for run in runs:
        inked = [i for i in run.glyphs if (glyphs[i].unicode or "").strip()] or run.glyphs
        run.u0 = min(frames[i][0] for i in inked)
        run.u1 = max(frames[i][0] + _extent(glyphs[i]) for i in inked)
        run.size = max(glyphs[i].size for i in run.glyphs)
    return runs


def _gaps(cover: list[_Span], runs: list[_Line]) -> tuple[list[_Span], list[_Span]]:
    """The x-extents covered by ``cover`` and ``runs`` together (merged) and
    the gutters between them that are at least ``_MIN_GUTTER`` ems wide."""
    size = max((r.size for r in runs), default=0.0)
    spans = sorted(cover + [(r.u0, r.u1) for r in runs])
    merged: list[_Span] = []
    for u0, u1 in spans:
        if merged and u0 < merged[-1][1] + _MIN_GUTTER * size:
            merged[-1] = (merged[-1][0], max(merged[-1][1], u1))
        else:
            merged.append((u0, u1))
    return merged, [(a[1], b[0]) for a, b in zip(merged, merged[1:])]


def _keeps(old: list[_Span], new: list[_Span]) -> bool:
    """Does every old gutter still hold a gutter? (A line that fills one is
    body text or a cell spanning two columns: not part of this table.)"""
    return all(any(g0 <= n0 and n1 <= g1 for n0, n1 in new) for g0, g1 in old)


def _tables(lines: list[_Line], glyphs: list[Glyph], frames: list[tuple[float, float]]) -> list[_Table]:
    """Blocks of adjacent lines whose runs leave common gutters free.

    Lines holding several cells come first, most cells first: their
    gutters are the table's columns, and growing from them stops at a
    line that fills a gutter (body text, the addressee above a table), so
    it cannot blur the columns. Then, among the lines left, a block starts
    where the runs of two nearby lines leave a gutter (a value cell's line
    next to a label centred beside it, with no line holding both). A block
    is a table when at least two of its columns have runs on two lines
    starting at one x, as cells do (a letter's right-aligned date beside
    its addressee is no table).
    """
    runs = [_runs(line, glyphs, frames) for line in lines]
    free = [True] * len(lines)
    tables: list[_Table] = []

    def accept(first: int, last: int, gutters: list[_Span]) -> bool:
        table = _table(first, last, gutters, runs, glyphs, frames) if gutters else None
        if table is not None:
            tables.append(table)
            free[first:last + 1] = [False] * (last - first + 1)
        return table is not None

    for seed in sorted(range(len(lines)), key=lambda n: (-len(runs[n]), n)):
        if len(runs[seed]) < 2:
            break
        if free[seed]:
            accept(*_grow(seed, lines, runs, free, upward=True))
    a = 0
    while a < len(lines):
        if free[a] and accept(*_grow(a, lines, runs, free, upward=False)):
            a = next(n for n in range(a, len(lines) + 1) if n == len(lines) or free[n])
        else:
            a += 1
    return sorted(tables, key=lambda t: t.first)


def _grow(seed: int, lines: list[_Line], runs: list[list[_Line]], free: list[bool],
          *, upward: bool) -> tuple[int, int, list[_Span]]:
    """The block grown from line ``seed`` over free, nearby lines that keep
    its gutters and leave at least one (down only, unless ``upward``): its
    first and last line and its gutters."""
    first = last = seed
    cover, gutters = _gaps([], runs[seed])
    grown = True
    while grown:
        grown = False
        for step in ((-1, 1) if upward else (1,)):
            near = first if step < 0 else last
            cand = near + step
            if not (0 <= cand < len(lines)) or not free[cand] \
                    or abs(lines[near].v - lines[cand].v) > _ROW_REACH * max(lines[near].size, lines[cand].size):
                continue
            wider_cover, wider = _gaps(cover, runs[cand])
            if wider and _keeps(gutters, wider):
                cover, gutters, grown = wider_cover, wider, True
                first, last = min(first, cand), max(last, cand)
    return first, last, gutters


def _table(first: int, last: int, gutters: list[_Span], runs: list[list[_Line]],
           glyphs: list[Glyph], frames: list[tuple[float, float]]) -> _Table | None:
    """The block's cells (a line's runs in one column merged) and their
    chains, or None when fewer than two columns have two cells starting at
    one x."""
    gutters = _without_letter_spacing(gutters, [r for n in range(first, last + 1) for r in runs[n]], glyphs)
    cells: list[_Cell] = []
    for n in range(first, last + 1):
        by_col: dict[int, list[int]] = {}
        for run in runs[n]:
            by_col.setdefault(_column(run, gutters), []).extend(run.glyphs)
        for col, indexes in sorted(by_col.items()):
            indexes.sort(key=lambda i: frames[i][0])
            frag = _Line(indexes, runs[n][0].v, 0.0, 0.0, 0.0)
            inked = [i for i in indexes if (glyphs[i].unicode or "").strip()] or indexes
            frag.u0 = min(frames[i][0] for i in inked)
            frag.u1 = max(frames[i][0] + _extent(glyphs[i]) for i in inked)
            frag.size = max(glyphs[i].size for i in indexes)
            cells.append(_Cell(frag, n, col))
    aligned = 0
    for col in range(len(gutters) + 1):
        lefts = sorted(c.frag.u0 for c in cells if c.col == col)
        aligned += any(y - x <= 0.1 * max(c.frag.size for c in cells) for x, y in zip(lefts, lefts[1:]))
    if aligned < 2:
        return None
    for cell in cells:
        cell.spaced = _line_chars(cell.frag, glyphs, frames)[1]
    table = _Table(first, last, cells)
    table.chains = _chains(table, glyphs)
    return table


def _column(run: _Line, gutters: list[_Span]) -> int:
    mid = (run.u0 + run.u1) / 2
    return sum(1 for g0, g1 in gutters if (g0 + g1) / 2 < mid)


def _without_letter_spacing(gutters: list[_Span], runs: list[_Line],
                            glyphs: list[Glyph]) -> list[_Span]:
    """The gutters less those between two columns of single wide characters:
    labels spread over their cell (「氏　　名」「住　　所」 drawn apart, with no
    space glyphs) are one column, not 氏 | 名."""
    def single(run: _Line) -> bool:
        inked = [i for i in run.glyphs if (glyphs[i].unicode or "").strip()]
        return len(inked) == 1 and all(_is_wide(c) for c in glyphs[inked[0]].unicode or "")

    lone = [True] * (len(gutters) + 1)
    for run in runs:
        if not single(run):
            lone[_column(run, gutters)] = False
    return [g for k, g in enumerate(gutters) if not (lone[k] and lone[k + 1])]


def _chains(table: _Table, glyphs: list[Glyph]) -> list[list[_Cell]]:
    """Each column's cells joined where a value wrapped inside its cell.

    A run that reaches its column's right edge and breaks inside a word
    (the body-text test) continues on the column's next run only if the
    rows agree: in the lines from the chain's start to the next run, no
    other column starts a new cell (its runs there all continue one
    another), and not every other column there has a cell on both the
    first and the last line (a label sits beside the first line or centred
    between, or further down). Labels stacked in a column (氏名 / 住所)
    fail this: the value column beside them starts a new cell in every
    row; rows whose cells all fill their columns (電話番号 | 090-… /
    携帯番号 | 080-…) have every column on both lines.
    """
    cols: dict[int, list[_Cell]] = {}
    for cell in table.cells:
        cols.setdefault(cell.col, []).append(cell)
    right = {col: max(c.frag.u1 for c in cells) for col, cells in cols.items()}

    def wraps(a: _Cell, b: _Cell) -> bool:
        return not a.spaced and _continues(a.frag, b.frag, right[a.col], glyphs)

    chains: list[list[_Cell]] = []
    for col, cells in sorted(cols.items()):
        chain = [cells[0]]
        for nxt in cells[1:]:
            start, stop = chain[0].line, nxt.line
            beside: dict[int, list[_Cell]] = {}
            for c in table.cells:
                if c.col != col and start <= c.line <= stop:
                    beside.setdefault(c.col, []).append(c)
            new_row = bool(beside) and all(run[0].line == start and run[-1].line == stop
                                           for run in beside.values())
            row_agrees = not new_row and all(wraps(c, d) for run in beside.values() for c, d in zip(run, run[1:]))
            if row_agrees and wraps(chain[-1], nxt):
                chain.append(nxt)
            else:
                chains.append(chain)
                chain = [nxt]
        chains.append(chain)
    lines_of = {col: {c.line for c in cells} for col, cells in cols.items()}
    return [part for chain in chains
            for part in ([chain] if len(chain) == 1 or _in_a_row(chain, lines_of) else [[c] for c in chain])]


def _in_a_row(chain: list[_Cell], lines_of: dict[int, set[int]]) -> bool:
    """Does another column have a cell beside the chain's lines? Without
    one nothing shows that the lines share a row (two lines alone in a
    column are more likely two rows, or no table at all)."""
    top, bottom = chain[0].line, chain[-1].line
    return any(col != chain[0].col and any(top <= n <= bottom for n in used) for col, used in lines_of.items())


def _append_table(out: PageText, table: _Table, glyphs: list[Glyph], frames: list[tuple[float, float]],
                  first_line_no: int) -> None:
    """The table row by row, the cells of a row a tab apart (氏名\t山田太郎):
    chains whose lines overlap are one row; a row with two chains in one
    column (a cell the author broke) is written as one line per baseline."""
    chains = sorted(table.chains, key=lambda ch: (ch[0].line, ch[0].col))
    rows: list[list[list[_Cell]]] = []
    bottom = -1
    for chain in chains:
        if rows and chain[0].line <= bottom:
            rows[-1].append(chain)
            bottom = max(bottom, chain[-1].line)
        else:
            rows.append([chain])
            bottom = chain[-1].line
    written = False
    for row in rows:
        cols = [ch[0].col for ch in row]
        if len(set(cols)) == len(cols):
            sublines = [sorted(row, key=lambda ch: ch[0].col)]
        else:
            starts = sorted({ch[0].line for ch in row})
            sublines = [sorted((ch for ch in row if ch[0].line == s), key=lambda ch: ch[0].col) for s in starts]
        for subline in sublines:
            if written:
                _append(out, "\n", ())
            written = True
            for k, chain in enumerate(subline):
                if k:
                    _append(out, "\t", ())
                for m, cell in enumerate(chain):
                    chars = _line_chars(cell.frag, glyphs, frames)[0]
                    if m and _latin_break(out.chars[-1], chars[0][0][0]):
                        _append(out, " ", ())
                    out.line_starts.append((len(out.chars), first_line_no + cell.line - table.first))
                    for c, gl in chars:
                        _append(out, c, gl)


# Document information fields a reader's "Properties" dialog shows; an
# Author field often holds a staff member's name.
INFO_FIELDS = ("Title", "Author", "Subject", "Keywords", "Creator", "Producer")


def metadata_pieces(reader) -> list[tuple[str, str]]:
    """``(where, text)`` for the document information, XMP, outline titles
    and annotation texts: all of it is published with the file."""
    pieces: list[tuple[str, str]] = []
    info = _info_dict(reader)
    for key in INFO_FIELDS:
        value = _text(info.get(f"/{key}"))
        if value:
            pieces.append((f"metadata {key}", value))
    xmp = xmp_text(reader)
    if xmp:
        pieces.append(("metadata XMP", xmp))
    titles = outline_titles(reader.outline)
    if titles:
        pieces.append(("outline", "\n".join(titles)))
    fields = form_field_values(reader)
    if fields:
        pieces.append(("form fields", "\n".join(fields)))
    for n, page in enumerate(reader.pages, start=1):
        notes = annotation_texts(page)
        if notes:
            pieces.append((f"page {n} annotation", "\n".join(notes)))
    return pieces


def _info_dict(reader) -> dict:
    trailer_info = reader.trailer.get("/Info")
    return dict(trailer_info.get_object()) if trailer_info is not None else {}


def xmp_text(reader) -> str:
    """Every text value and attribute value of the XMP packet, one per line."""
    from lxml import etree

    from pypdf.errors import LimitReachedError

    root = reader.trailer["/Root"].get_object()
    stream = root.get("/Metadata")
    if stream is None:
        return ""
    try:
        data = stream.get_object().get_data()
        tree = etree.fromstring(data.strip(), parser=etree.XMLParser(recover=True, resolve_entities=False,
                                                                        no_network=True))
    except LimitReachedError:
        raise   # too large: refused, never read as "no XMP"
    except Exception:
        return ""
    if tree is None:
        return ""
    values: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            if "rdf-syntax" not in name and not name.endswith("}lang") and value.strip():
                values.append(" ".join(value.split()))
        if el.text and el.text.strip():
            values.append(" ".join(el.text.split()))
    seen: dict[str, None] = dict.fromkeys(values)
    return "\n".join(seen)


def outline_titles(outline) -> list[str]:
    out: list[str] = []
    for item in outline or []:
        if isinstance(item, list):
            out.extend(outline_titles(item))
        else:
            title = _text(getattr(item, "title", None))
            if title:
                out.append(title)
    return out


def form_field_values(reader) -> list[str]:
    """Values and tooltips of interactive form fields: a reader shows them
    although they are not page text."""
    root = reader.trailer["/Root"].get_object()
    form = root.get("/AcroForm")
    out: list[str] = []
    stack = list(form.get_object().get("/Fields", [])) if form is not None else []
    seen: set[int] = set()
    while stack:
        ref = stack.pop()
        key = getattr(ref, "idnum", None)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        field = ref.get_object()
        for name in ("/V", "/TU"):
            value = _text(field.get(name))
            if value and not value.startswith("/"):   # a check box's state name is not text
                out.append(value)
        stack.extend(field.get("/Kids", []))
    return out


def annotation_texts(page) -> list[str]:
    """Comment texts and their authors (``/Contents``, ``/T``, ``/RC``)."""
    out: list[str] = []
    annots = page.get("/Annots")
    for ref in (annots.get_object() if annots is not None else []):
        annot = ref.get_object()
        for key in ("/Contents", "/T", "/Subj"):
            value = _text(annot.get(key))
            if value:
                out.append(value)
    return out


def _text(value) -> str:
    """A text entry's value on one line ("" when absent or not text);
    entries may be indirect, and undecodable strings stay as Latin-1 bytes."""
    if value is None:
        return ""
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return " ".join(value.split()) if isinstance(value, str) else ""
