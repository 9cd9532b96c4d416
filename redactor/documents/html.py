"""HTML pages: read what a reader sees, write the masked page with its markup intact.

**Read.** Text nodes a reader sees (``template`` contents too, not tag
names or markup), with entities decoded for detection (``&amp;``,
``&#x5C71;``); text in nested inline tags is one string
(``山<b>田</b>太郎``), block tags and ``<br>`` end a line. Then, in their
own sections so that they never split the body's sentences: **every**
attribute value (``title``, ``alt``, link targets, ``meta`` contents, but
also ``data-*``, ``value``, ``onclick`` …: anything in the published bytes
can be read by anyone who views the source), JSON-LD structured data, the
whole source of every other ``script`` and ``style`` element (string
literals, comments and code alike; ``\u5c71``-style escapes decoded) and
HTML comments, declarations and processing instructions. Each part's line number is the line in the HTML source.
Text a script *builds* (``"山" + "田"``, fetched data) cannot be read: a
page whose body is empty and has scripts is refused.

**Comments** ``<!-- -->`` are not shown by a browser but are published with
the page (view source): they are read like text and **masked in place**, not
removed, so the page's bytes outside the masked spans stay as they were.

**Write.** The source is edited, not re-serialised: only the characters of
each masked span change, the replacement goes into the first text node of
the span and the rest of the span is removed from the following ones, so
tags, attributes, whitespace and the doctype are untouched. Replacements
are escaped for where they go (text, attribute, comment). The page keeps
its encoding (``meta charset``, BOM, or detected UTF-8 / Shift_JIS / EUC-JP):
bytes outside the edits are copied from the input, and a replacement
character the encoding lacks is written as a character reference. The
output is re-read and any masked value it still shows fails the write.

Line breaks in the source are read as the browser shows them: a space, or
nothing between two full-width characters, so ``山田\\n太郎`` is one name
(inside ``pre`` and ``textarea`` they stay line breaks).
"""
from __future__ import annotations

import codecs
import html
import html.parser
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from redactor.documents.base import DocumentError, Extracted, UnsafeOutput
from redactor.documents.limits import check_input_file
from redactor.documents.pieces import Assembler, Edit, edits_for, leaked_values
from redactor.masking import Replacement
from redactor.textio import ALIASES, InputError, decode

# Tags that start a new line for the reader.
CELL_TAGS = frozenset(("td", "th"))
BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option "
    "p pre section summary table tbody td textarea tfoot th thead title tr ul".split())
# Contents whose line breaks are shown as they are.
PRE_TAGS = frozenset({"pre", "textarea"})
# A line break in the source, with the blanks around it: rendered as a space,
# or as nothing between two full-width characters (山田\n太郎 reads 山田太郎).
_SOURCE_BREAK = re.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")
# Contents never shown to a reader, read as code in sections of their own.
CODE_TAGS = {"script": ("js", "スクリプト"), "style": ("css", "スタイルシート")}
# Escapes inside scripts and styles that stand for one character
# (\u5c71, \u{5c71}, \x41 in JavaScript; \5c71 in CSS), decoded for detection.
_CODE_ESCAPE = {"js": re.compile(r"\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})"),
                "css": re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\n\f]?")}
# Structured data (schema.org) that search engines show: read and masked,
# unlike other scripts.
JSON_LD = "application/ld+json"
# Attribute -> place shown to people.
READABLE_ATTRS = {"title": "title属性", "alt": "alt属性", "aria-label": "aria-label属性",
                  "placeholder": "placeholder属性"}
LINK_TAGS = frozenset({"a", "area"})
META_NAMES = frozenset({"description", "author", "keywords", "og:title", "og:description",
                        "twitter:title", "twitter:description"})
# The regexes html.parser itself uses, so attribute spans match its attribute values.
_TAGFIND = getattr(html.parser, "tagfind_tolerant", re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*"))
_ATTRFIND = getattr(html.parser, "attrfind_tolerant", re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*'))
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# Encodings whose characters cannot be re-encoded one stretch at a time
# (escape sequences, byte order marks): the page is re-encoded whole.
_STATEFUL = ("iso2022", "utf-16", "utf-32", "utf-7", "hz")
_CHARSET_ALIASES = {**ALIASES, "windows-31j": "cp932", "x-sjis": "cp932", "ms932": "cp932",
                    "ms_kanji": "cp932", "csshiftjis": "cp932", "x-euc-jp": "euc_jp"}
UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class _Src:
    """Characters ``[start, end)`` of the decoded source. ``atomic``: an
    entity or escape, replaced whole; ``kind``: text, attr, comment, json, js or css (for escaping)."""

    start: int
    end: int
    kind: str
    atomic: bool = False


def _escape(text: str, kind: str) -> str:
    if kind == "attr":
        return html.escape(text, quote=True).replace(" ", "&#32;")
    if kind == "json":   # inside a JSON string in a script element
        return text.replace("\\", "\\\\").replace('"', '\\"').replace("</", "<\\/")
    if kind in ("js", "css"):   # anywhere in a script or style: a string, a comment or code
        return (text.replace("\\", "\\\\").replace('"', '\\"').replace("'", "\\'").replace("`", "\\`")
                .replace("\n", " ").replace("</", "<\\/").replace("*/", "* /"))
    if kind == "comment":
        return text.replace("--", "- -").replace(">", "＞")
    return html.escape(text, quote=False)


@dataclass
class _Page:
    source: str      # decoded, without BOM
    raw: bytes       # the bytes ``source`` was decoded from
    bom: bytes
    encoding: str


def _load(path: Path, encoding: str | None) -> _Page:
    try:
        check_input_file(Path(path).name, path)
        raw = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError(f"{path}: ファイルがありません") from exc
    except OSError as exc:
        raise DocumentError(f"{path}: 読めません（{exc.strerror}）") from exc
    bom = UTF8_BOM if raw.startswith(UTF8_BOM) else b""
    body = raw[len(bom):]
    declared = None if (encoding or bom) else (
        _META_CHARSET.search(body[:4096]) or _XML_ENCODING.search(body[:1024]))
    enc = encoding or ("utf-8" if bom else None)
    if declared:
        label = declared.group(1).decode("ascii").lower()
        enc = _CHARSET_ALIASES.get(label, label)
        try:
            codecs.lookup(enc)
        except LookupError as exc:
            raise DocumentError(f"{path}: 文字コード {label} の HTML は扱えません") from exc
    try:
        ti = decode(body, enc, str(path))
    except InputError as exc:
        raise DocumentError(str(exc)) from exc
    return _Page(ti.text, body, bom, ti.encoding)


class _Reader(html.parser.HTMLParser):
    """Feeds the page's pieces into an ``Assembler`` with source positions."""

    def __init__(self, source: str, path: Path) -> None:
        super().__init__(convert_charrefs=False)
        self.src = source
        self.path = path
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.asm = Assembler()
        self.code: tuple[str, str] | None = None   # (kind, place) inside a script or style
        self.pre = 0
        self.in_title = False
        self.in_json_ld = False
        self.scripts = 0
        self.body_text = False          # any visible character in the body
        self.pending: tuple[int, int] | None = None   # a source break waiting for the next character
        # (where, source line, pieces) shown after the body, each on its own line
        self.sections: list[tuple[str, int, list[tuple[str, _Src]]]] = []

    # positions ------------------------------------------------------------
    def _here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _line(self, pos: int) -> int:
        return bisect_right(self.line_starts, pos)

    def _expect(self, pos: int, raw: str) -> None:
        """Fail closed if the parser's positions and the source disagree."""
        if self.src[pos:pos + len(raw)] != raw:
            raise DocumentError(f"{self.path}: HTML の位置を特定できません（{self._line(pos)} 行目付近）")

    # text -----------------------------------------------------------------
    def _text(self, text: str, target: _Src) -> None:
        if self.pending:
            start, end = self.pending
            self.pending = None
            last = self.asm.last_char()
            if last not in ("", "\n") and not (_wide(last) and _wide(text[0])):
                self._piece(" ", _Src(start, end, "text", atomic=True))
        self._piece(text, target)

    def _piece(self, text: str, target: _Src) -> None:
        self.body_text = self.body_text or (not self.in_title and bool(text.strip()))
        self.asm.place("<title>" if self.in_title else "本文", self._line(target.start))
        self.asm.piece(text, target)

    def _next_cell(self) -> None:
        """Cells of one table row stay on one line, a tab apart, so that a
        label and its value (氏名 | 山田太郎) are read together as a reader
        reads them; a row ends the line (``tr`` is a block)."""
        self.pending = None
        if not self.asm.ends_with("\n") and not self.asm.ends_with("\t"):
            self.asm.sep("\t")

    def _newline(self) -> None:
        self.pending = None
        if not self.asm.ends_with("\n"):
            self.asm.sep("\n")

    def handle_data(self, data: str) -> None:
        pos = self._here()
        self._expect(pos, data)
        if self.in_json_ld:
            self.sections.append(("構造化データ", self._line(pos), [(data, _Src(pos, pos + len(data), "json"))]))
            return
        if self.code:
            kind, where = self.code
            if data.strip():
                self.sections.append((where, self._line(pos), _code_pieces(data, pos, kind)))
            return
        if self.pre:
            self._text(data, _Src(pos, pos + len(data), "text"))
            return
        last = 0
        for m in _SOURCE_BREAK.finditer(data):
            if m.start() > last:
                self._text(data[last:m.start()], _Src(pos + last, pos + m.start(), "text"))
            self.pending = (pos + m.start(), pos + m.end())
            last = m.end()
        if last < len(data):
            self._text(data[last:], _Src(pos + last, pos + len(data), "text"))

    def _ref(self, raw: str) -> None:
        pos = self._here()
        if self.src.startswith(raw + ";", pos):
            raw += ";"
        self._expect(pos, raw)
        decoded = html.unescape(raw)
        self._text(decoded, _Src(pos, pos + len(raw), "text", atomic=decoded != raw))

    def handle_entityref(self, name: str) -> None:
        self._ref("&" + name)

    def handle_charref(self, name: str) -> None:
        self._ref("&#" + name)

    def handle_comment(self, data: str) -> None:
        pos = self._here() + 4  # after "<!--"
        self._expect(pos, data)
        if data.strip():
            self.sections.append(("HTMLコメント", self._line(pos), [(data, _Src(pos, pos + len(data), "comment"))]))

    def _declaration(self, where: str, prefix: str, data: str) -> None:
        pos = self._here() + len(prefix)
        self._expect(pos, data)
        if data.strip():
            self.sections.append((where, self._line(pos), [(data, _Src(pos, pos + len(data), "comment"))]))

    def handle_decl(self, decl: str) -> None:      # <!DOCTYPE …>: in the bytes, so read
        self._declaration("宣言", "<!", decl)

    def handle_pi(self, data: str) -> None:        # <?…>
        self._declaration("処理命令", "<?", data)

    def unknown_decl(self, data: str) -> None:     # <![CDATA[…]]>
        self._declaration("宣言", "<![", data)

    # tags -----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in CELL_TAGS:
            self._next_cell()
        elif tag in BLOCK_TAGS:
            self._newline()
        if tag in CODE_TAGS:
            self.scripts += tag == "script"
            self.in_json_ld = tag == "script" and (dict(attrs).get("type") or "").strip().lower() == JSON_LD
            self.code = None if self.in_json_ld else CODE_TAGS[tag]
        elif tag in PRE_TAGS:
            self.pre += 1
        elif tag == "title":
            self.in_title = True
        self._attributes(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in CODE_TAGS:
            self.code = None
            self.in_json_ld = False
        elif tag in PRE_TAGS:
            self.pre = max(0, self.pre - 1)
        elif tag == "title":
            self.in_title = False
        if tag in BLOCK_TAGS and tag not in CELL_TAGS:
            self._newline()

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Every attribute value, each in its own section: those people are
        shown get the place people know (alt属性, リンク先, meta author),
        the others their name (data-owner属性)."""
        values = dict(attrs)
        meta = (values.get("name") or values.get("property") or "").lower() if tag == "meta" else ""
        wanted = {}
        for name, value in attrs:
            if not value or not value.strip():
                continue
            if name in READABLE_ATTRS:
                wanted[name] = READABLE_ATTRS[name]
            elif name == "value" and tag == "input":
                wanted[name] = "value属性"
            elif name == "href" and tag in LINK_TAGS:
                wanted[name] = "リンク先"
            elif name == "content" and tag == "meta":
                wanted[name] = f"meta {meta}" if meta in META_NAMES else "meta content"
            else:
                wanted[name] = f"{name}属性"
        if not wanted:
            return
        pos = self._here()
        raw = self.get_starttag_text() or ""
        self._expect(pos, raw)
        spans = _attribute_spans(raw)
        if [(n, v or None) for n, v, _ in spans] != [(n, v or None) for n, v in attrs]:
            raise DocumentError(f"{self.path}: HTML の属性を解析できません（{self._line(pos)} 行目）")
        for name, value, span in spans:
            if name in wanted and value and span:
                start = pos + span[0]
                self.sections.append((wanted[name], self._line(start), _value_pieces(raw[span[0]:span[1]], start)))

    def pieces_after_body(self) -> None:
        for where, line, pieces in self.sections:
            self._newline()
            self.asm.part(where, line)
            for text, target in pieces:
                self.asm.piece(text, target)
            self.asm.sep("\n")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _attribute_spans(raw: str) -> list[tuple[str, str | None, tuple[int, int] | None]]:
    """(name, decoded value, value span in ``raw``) of a start tag, the way
    html.parser reads them."""
    m = _TAGFIND.match(raw, 1)
    k = m.end() if m else len(raw)
    out = []
    while k < len(raw):
        m = _ATTRFIND.match(raw, k)
        if not m or m.end() == k:
            break
        name, rest, value = m.group(1, 2, 3)
        span = None
        if rest and value is not None:
            span = (m.start(3), m.end(3))
            if value[:1] == value[-1:] and value[:1] in ("'", '"') and len(value) >= 2:
                span = (m.start(3) + 1, m.end(3) - 1)
            value = html.unescape(raw[span[0]:span[1]])
        else:
            value = None
        out.append((name.lower(), value, span))
        k = m.end()
    return out


def _code_pieces(raw: str, start: int, kind: str) -> list[tuple[str, _Src]]:
    """A script's or style's source cut at its character escapes: plain
    stretches map one to one, each escape is replaced whole."""
    pieces = []
    pos = 0
    for m in _CODE_ESCAPE[kind].finditer(raw):
        code = int(next(g for g in m.groups() if g is not None), 16)
        if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            continue   # not one character: left as written
        if m.start() > pos:
            pieces.append((raw[pos:m.start()], _Src(start + pos, start + m.start(), kind)))
        pieces.append((chr(code), _Src(start + m.start(), start + m.end(), kind, atomic=True)))
        pos = m.end()
    if pos < len(raw):
        pieces.append((raw[pos:], _Src(start + pos, start + len(raw), kind)))
    return pieces


def _value_pieces(raw: str, start: int) -> list[tuple[str, _Src]]:
    """An attribute value cut at its entities: plain stretches map one to
    one, each entity is replaced whole."""
    pieces = []
    pos = 0
    for m in _CHARREF.finditer(raw):
        decoded = html.unescape(m.group())
        if decoded == m.group():
            continue
        if m.start() > pos:
            pieces.append((raw[pos:m.start()], _Src(start + pos, start + m.start(), "attr")))
        pieces.append((decoded, _Src(start + m.start(), start + m.end(), "attr", atomic=True)))
        pos = m.end()
    if pos < len(raw):
        pieces.append((raw[pos:], _Src(start + pos, start + len(raw), "attr")))
    return pieces


def _assemble(page: _Page, path: Path) -> _Reader:
    reader = _Reader(page.source, path)
    try:
        reader.feed(page.source)
        reader.close()
    except (AssertionError, ValueError) as exc:  # html.parser's own failures
        if isinstance(exc, DocumentError):
            raise
        raise DocumentError(f"{path}: HTML を解析できません") from exc
    reader.pieces_after_body()
    return reader


def _encode_edited(page: _Page, edits: list[tuple[int, int, str]]) -> bytes:
    """The page's bytes with ``edits`` (decoded offsets) applied; bytes
    between edits are copied from the input when the encoding allows it."""
    edited = []
    pos = 0
    for s, e, text in sorted(edits):
        edited.append(page.source[pos:s])
        edited.append(text)
        pos = e
    edited.append(page.source[pos:])
    whole = "".join(edited).encode(page.encoding, errors="xmlcharrefreplace")
    if (codecs.lookup(page.encoding).name.startswith(_STATEFUL)
            or len(page.source.encode(page.encoding)) != len(page.raw)):
        return page.bom + whole              # no byte-for-byte map: re-encode the whole page
    out = [page.bom]
    char = byte = 0
    for s, e, text in sorted(edits):
        n = len(page.source[char:s].encode(page.encoding))
        out.append(page.raw[byte:byte + n])
        out.append(text.encode(page.encoding, errors="xmlcharrefreplace"))
        byte += n + len(page.source[s:e].encode(page.encoding))
        char = e
    out.append(page.raw[byte:])
    return b"".join(out)


class HtmlFormat:
    name = "html"
    suffixes = (".html", ".htm")

    def read(self, path: Path, *, password: str | None = None,
             encoding: str | None = None) -> Extracted:
        page = _load(Path(path), encoding)
        reader = _assemble(page, Path(path))
        unreadable = []
        if reader.scripts and not reader.body_text:
            # the text is made by scripts when the page runs: nothing here to check
            unreadable.append("本文がなくスクリプトで生成されるページは検査できません")
        return reader.asm.extracted(self.name, encoding=page.encoding, unreadable=unreadable)

    def write(self, path: Path, extracted: Extracted, replacements: Sequence[Replacement],
              out: Path, *, password: str | None = None) -> None:
        page = _load(Path(path), extracted.encoding)
        asm = _assemble(page, Path(path)).asm
        if asm.text() != extracted.text:
            raise UnsafeOutput(f"{path}: 読み取った後にページが変わったため書き出しません")
        source_edits: list[tuple[int, int, str]] = []
        for i, edits in edits_for(asm.pieces, replacements).items():
            target: _Src = asm.pieces[i].target
            source_edits += _source_edits(target, edits)
        Path(out).write_bytes(_encode_edited(page, source_edits))
        leaks = leaked_values(extracted, replacements, self.reader_view(Path(out), encoding=page.encoding))
        if leaks:
            Path(out).unlink(missing_ok=True)
            raise UnsafeOutput(f"{path}: 非公開にした値 {len(leaks)} 件が出力に残るため書き出しません")

    def reader_view(self, path: Path, *, password: str | None = None, encoding: str | None = None) -> str:
        """Visible text, the title, the readable attributes and the comments."""
        return self.read(Path(path), encoding=encoding).text


def _source_edits(target: _Src, edits: Sequence[Edit]) -> list[tuple[int, int, str]]:
    if target.atomic:
        return [(target.start, target.end, _escape("".join(e.text for e in edits), target.kind))]
    return [(target.start + e.start, target.start + e.end, _escape(e.text, target.kind)) for e in edits]
