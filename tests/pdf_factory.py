"""Builders of real test PDFs, shaped like the files officers publish.

Every builder returns the bytes of a complete PDF; ``write_pdf`` puts them
in a test's ``tmp_path``. No system font is assumed (CI has DejaVu only,
users may have none): ``make_font`` generates a small TrueType font with
``glyf`` outlines (a box per glyph, its height derived from the code point
so glyphs differ) covering exactly the characters a test needs, cached per
character set.

The shapes follow what a feasibility study found in exported files:

- ``identity_h_pdf``: Type0/CIDFontType2, Identity-H, ToUnicode and
  CIDToGIDMap, as Word exports (fpdf2 writes exactly this).
- ``simple_truetype_pdf``: simple /TrueType fonts with 1-byte codes,
  /Widths and ToUnicode, split into subsets of at most 255 characters with
  disjoint characters (so ``<01>`` means a different character in each),
  as LibreOffice exports; content stream written here.
- ``winansi_truetype_pdf``: Latin in a /WinAnsiEncoding TrueType font
  (Word's Latin fonts); ``cff_pdf``: CFF outlines in /FontFile3 (OpenType,
  Type1C, CID-keyed CIDFontType0C); ``type3_pdf``; ``vertical_pdf``
  (Identity-V); ``no_tounicode_pdf`` (text that cannot be decoded);
- ``scanned_pdf`` (image-only pages, optionally after text pages),
  ``encrypted_pdf``, ``incremental_pdf`` (+ ``first_revision``);
- ``decorated_pdf``: outlines, annotations, /ActualText, /Alt and /E in a
  structure tree, XMP, PieceInfo, attachment, JavaScript, a form field;
- ``overlay_leaky_pdf`` (a black box over intact text, + ``box_of``),
  ``wrapped_name_pdf``, ``shared_form_pdf``;
- ``content_pdf`` with ``SimpleFonts``/``simple_text_ops`` for content
  streams a test writes itself (Tc, Tz, rotation, split operators).

Full-width forms (U+FF01..FF5E) are composite glyphs that reuse the glyph of
their ASCII counterpart, as real fonts do, so font pruning must keep
components that kept glyphs use.
"""
from __future__ import annotations

import copy
import io
import tempfile
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import cmap_classes
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    RectangleObject,
    TextStringObject,
)

FONT_NAME = "RedactorTestSans"
UNITS = 1000
ASCENT, DESCENT = 880, -120
PAGE_W, PAGE_H = 595.28, 841.89          # A4 in points
MARGIN_X, TOP_Y = 56.0, 780.0
FONT_SIZE, LEADING = 12.0, 18.0

# Metadata keys of the builders' ``metadata`` argument and their /Info names.
INFO_KEYS = {"author": "/Author", "title": "/Title", "subject": "/Subject",
             "keywords": "/Keywords", "creator": "/Creator", "producer": "/Producer"}

Pages = Sequence[Sequence[str]]


# --------------------------------------------------------------------------
# The generated font
# --------------------------------------------------------------------------

def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def glyph_name(ch: str) -> str:
    """The glyph name used for ``ch`` (``uni5C71``, ``u1F600``)."""
    cp = ord(ch)
    return f"uni{cp:04X}" if cp <= 0xFFFF else f"u{cp:05X}"


def advance(ch: str) -> int:
    """Advance width of ``ch`` in font units (1000 per em): full-width
    characters one em, others half an em, the space a quarter."""
    if ch == " ":
        return 250
    return UNITS if _is_wide(ch) else UNITS // 2


def _ascii_of_fullwidth(ch: str) -> str | None:
    cp = ord(ch)
    if 0xFF01 <= cp <= 0xFF5E:
        return chr(cp - 0xFEE0)
    return None


def _box(ch: str):
    """A filled box (with a counter) whose height depends on the code point,
    so that two characters never share an outline."""
    adv = advance(ch)
    pen = TTGlyphPen(None)
    top = 300 + (ord(ch) * 37) % 500
    x0, x1 = adv // 10, adv - adv // 10
    pen.moveTo((x0, 0)); pen.lineTo((x0, top)); pen.lineTo((x1, top)); pen.lineTo((x1, 0))
    pen.closePath()
    inner = (x1 - x0) // 4
    pen.moveTo((x0 + inner, top // 4)); pen.lineTo((x1 - inner, top // 4))
    pen.lineTo((x1 - inner, top * 3 // 4)); pen.lineTo((x0 + inner, top * 3 // 4))
    pen.closePath()
    return pen.glyph()


def _charset(chars: Iterable[str]) -> frozenset[str]:
    out = {c for c in chars if c not in "\n\r\t"}
    out.add(" ")
    return frozenset(out)


@lru_cache(maxsize=None)
def _font_bytes(chars: frozenset[str]) -> bytes:
    # Components: full-width forms reuse the ASCII glyph (added if missing).
    base = set(chars)
    for ch in chars:
        a = _ascii_of_fullwidth(ch)
        if a:
            base.add(a)
    ordered = sorted(base, key=ord)
    names = [".notdef"] + [glyph_name(c) for c in ordered]
    fb = FontBuilder(UNITS, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): glyph_name(c) for c in ordered if c in chars})
    glyphs = {".notdef": _box("\u25a1")}
    metrics = {".notdef": (UNITS // 2, 0)}
    for ch in ordered:
        a = _ascii_of_fullwidth(ch)
        if ch == " ":
            glyphs[glyph_name(ch)] = TTGlyphPen(None).glyph()
        elif a is not None:
            g = Glyph()
            g.numberOfContours = -1
            comp = GlyphComponent()
            comp.glyphName = glyph_name(a)
            comp.x, comp.y = UNITS // 4, 0
            comp.flags = 0x4  # ROUND_XY_TO_GRID; ARGS_ARE_XY_VALUES set on compile
            g.components = [comp]
            glyphs[glyph_name(ch)] = g
        else:
            glyphs[glyph_name(ch)] = _box(ch)
        metrics[glyph_name(ch)] = (advance(ch), 0)
    fb.setupGlyf(glyphs)
    glyf = fb.font["glyf"]
    hmtx = {}
    for n in names:   # left side bearings from the compiled bounds
        glyf[n].recalcBounds(glyf)
        hmtx[n] = (metrics[n][0], getattr(glyf[n], "xMin", 0))
    fb.setupHorizontalMetrics(hmtx)
    fb.setupHorizontalHeader(ascent=ASCENT, descent=DESCENT)
    fb.setupNameTable({"familyName": FONT_NAME, "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=ASCENT, sTypoDescender=DESCENT, usWinAscent=ASCENT,
                usWinDescent=-DESCENT, sCapHeight=700, fsType=0)
    fb.setupPost()
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


def make_font(chars: Iterable[str]) -> bytes:
    """TrueType bytes covering ``chars`` (and the space). Cached per set."""
    return _font_bytes(_charset(chars))


_FONT_DIR = tempfile.TemporaryDirectory(prefix="redactor-test-fonts-")


def font_path(chars: Iterable[str]) -> Path:
    """The generated font as a file (fpdf2 only loads fonts from paths)."""
    data = make_font(chars)
    path = Path(_FONT_DIR.name) / f"{FONT_NAME}-{zlib.crc32(data):08x}.ttf"
    if not path.exists():
        path.write_bytes(data)
    return path


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------

def write_pdf(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    """Write ``data`` into ``tmp_path`` and return the file's path."""
    path = Path(tmp_path) / name
    path.write_bytes(data)
    return path


def _all_chars(*texts: object) -> str:
    out: list[str] = []

    def walk(x: object) -> None:
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, Mapping):
            for v in x.values():
                walk(v)
        elif isinstance(x, Iterable):
            for v in x:
                walk(v)
    for t in texts:
        walk(t)
    return "".join(out)


def _set_info(writer: PdfWriter, metadata: Mapping[str, str] | None) -> None:
    if not metadata:
        return
    writer.add_metadata({INFO_KEYS.get(k, k if k.startswith("/") else "/" + k.title()): v
                         for k, v in metadata.items()})


def _to_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stream(writer: PdfWriter, data: bytes, extra: Mapping[str, object] | None = None,
            compress: bool = True):
    """An indirect stream object holding ``data`` (Flate-compressed)."""
    s = DecodedStreamObject()
    s.set_data(data)
    for k, v in (extra or {}).items():
        s[NameObject(k)] = v
    if compress:
        s = s.flate_encode()
    return writer._add_object(s)


# --------------------------------------------------------------------------
# Identity-H (Word style) through fpdf2
# --------------------------------------------------------------------------

def _fpdf(chars: str, metadata: Mapping[str, str] | None = None):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_compression(True)
    pdf.add_font(FONT_NAME, "", str(font_path(chars)))
    pdf.set_font(FONT_NAME, size=FONT_SIZE)
    pdf.set_auto_page_break(False)
    pdf.set_creator("Microsoft Word for Test")
    meta = dict(metadata or {})
    setters = {"author": pdf.set_author, "title": pdf.set_title,
               "subject": pdf.set_subject, "keywords": pdf.set_keywords,
               "creator": pdf.set_creator, "producer": getattr(pdf, "set_producer", None)}
    for k, v in meta.items():
        if setters.get(k):
            setters[k](v)
    return pdf


def fpdf_bytes(pdf) -> bytes:
    """``pdf.output()`` as bytes, with the font files fpdf2 opened closed.

    fpdf2 reads a font file lazily (fontTools ``TTFont(path, lazy=True)``)
    and never closes it; the open file would be reported as a
    ``ResourceWarning`` in whichever later test collects it, and pytest
    turns warnings into errors (pyproject's ``filterwarnings``)."""
    data = bytes(pdf.output())
    close_fonts(pdf)
    return data


def close_fonts(pdf) -> None:
    """Close the font files an fpdf2 document opened (see ``fpdf_bytes``),
    for one used only to measure text."""
    for font in pdf.fonts.values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()


def _fpdf_lines(pdf, lines: Sequence[str], y: float = TOP_Y) -> None:
    for i, line in enumerate(lines):
        if line:
            pdf.text(MARGIN_X, PAGE_H - (y - i * LEADING), line)


def identity_h_pdf(pages: Pages, metadata: Mapping[str, str] | None = None) -> bytes:
    """Lines per page in a Type0/CIDFontType2 Identity-H font with ToUnicode
    (Word's export). ``metadata`` keys: author, title, subject, keywords,
    creator, producer. fpdf2 subsets the font to the drawn characters (for
    a font holding undrawn ones, draw them on a page and remove it)."""
    pdf = _fpdf(_all_chars(pages), metadata)
    for lines in pages:
        pdf.add_page()
        _fpdf_lines(pdf, lines)
    data = fpdf_bytes(pdf)
    if metadata and "producer" in metadata:
        # fpdf2 always stamps its own /Producer; honour the caller's.
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        w.add_metadata({"/Producer": metadata["producer"]})
        data = _to_bytes(w)
    return data


# --------------------------------------------------------------------------
# Simple TrueType (LibreOffice style), written with pypdf generic objects
# --------------------------------------------------------------------------

def _subset_font(chars: Sequence[str], tag: str) -> bytes:
    """A LibreOffice-style subset: code ``i`` (1-based) draws glyph ``i``,
    reached through a (1,0) and a symbolic (3,0) cmap (Flags 4). Composite
    glyphs stay composite; their components follow the coded glyphs,
    without a code of their own."""
    full = TTFont(io.BytesIO(make_font(chars)))
    glyf = full["glyf"]
    hmtx = full["hmtx"]
    names = [".notdef"] + [f"g{i}" for i in range(1, len(chars) + 1)]
    rename = {glyph_name(ch): f"g{i}" for i, ch in enumerate(chars, start=1)}
    glyphs = {".notdef": glyf[".notdef"]}
    metrics = {".notdef": hmtx[".notdef"]}
    pending = [(glyph_name(ch), f"g{i}") for i, ch in enumerate(chars, start=1)]
    while pending:
        src, dst = pending.pop(0)
        g = copy.deepcopy(glyf[src])
        if g.isComposite():
            for comp in g.components:
                if comp.glyphName not in rename:
                    rename[comp.glyphName] = f"c{len(rename)}"
                    names.append(rename[comp.glyphName])
                    pending.append((comp.glyphName, rename[comp.glyphName]))
                comp.glyphName = rename[comp.glyphName]
        glyphs[dst] = g
        metrics[dst] = hmtx[src]
    fb = FontBuilder(UNITS, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics(metrics)
    fb.setupHorizontalHeader(ascent=ASCENT, descent=DESCENT)
    fb.setupNameTable({"familyName": f"{tag}+{FONT_NAME}", "styleName": "Regular"})
    cmap = newTable("cmap")
    cmap.tableVersion = 0
    mac = cmap_classes[0](0)
    mac.platformID, mac.platEncID, mac.language = 1, 0, 0
    mac.cmap = {i: names[i] for i in range(1, len(chars) + 1)}
    sym = cmap_classes[4](4)
    sym.platformID, sym.platEncID, sym.language = 3, 0, 0
    sym.cmap = {0xF000 + i: names[i] for i in range(1, len(chars) + 1)}
    cmap.tables = [mac, sym]
    fb.font["cmap"] = cmap
    fb.setupOS2(sTypoAscender=ASCENT, sTypoDescender=DESCENT, usWinAscent=ASCENT,
                usWinDescent=-DESCENT, fsType=0)
    fb.setupPost()
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


def _tounicode(mapping: Mapping[int, str], code_bytes: int) -> bytes:
    """A ToUnicode CMap (bfchar entries) for ``code -> text``."""
    width = code_bytes * 2
    lo, hi = "0" * width, "F" * width
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", f"<{lo}> <{hi}>", "endcodespacerange"]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for code, text in chunk:
            lines.append(f"<{code:0{width}X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("ascii")


class SimpleFonts:
    """Characters of a document assigned to simple TrueType subsets in order
    of first appearance, at most ``max_codes`` per subset (codes 1..n)."""

    def __init__(self, writer: PdfWriter, chars: Iterable[str], max_codes: int = 255,
                 tounicode: bool = True, *, zero_metrics: bool = False):
        self.zero_metrics = zero_metrics
        order: list[str] = []
        seen: set[str] = set()
        for ch in chars:
            if ch not in seen and ch not in "\n\r\t":
                seen.add(ch)
                order.append(ch)
        self.code: dict[str, tuple[int, int]] = {}   # char -> (subset index, code)
        self.subsets: list[list[str]] = []
        for ch in order:
            if not self.subsets or len(self.subsets[-1]) >= max_codes:
                self.subsets.append([])
            self.subsets[-1].append(ch)
            self.code[ch] = (len(self.subsets) - 1, len(self.subsets[-1]))
        self.refs = [self._font_dict(writer, i, chars, tounicode)
                     for i, chars in enumerate(self.subsets)]

    @staticmethod
    def resource_name(i: int) -> str:
        return f"/F{i + 1}"

    def _font_dict(self, writer: PdfWriter, i: int, chars: list[str], tounicode: bool):
        tag = "".join(chr(ord("A") + (i + k) % 26) for k in range(6))
        base = f"/{tag}+{FONT_NAME}"
        ff = _stream(writer, _subset_font(chars, tag))
        descriptor = DictionaryObject({
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): NameObject(base),
            NameObject("/Flags"): NumberObject(4),
            NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (0, DESCENT, UNITS, ASCENT)]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): NumberObject(0 if self.zero_metrics else ASCENT),
            NameObject("/Descent"): NumberObject(0 if self.zero_metrics else DESCENT),
            NameObject("/CapHeight"): NumberObject(700),
            NameObject("/StemV"): NumberObject(80),
            NameObject("/FontFile2"): ff,
        })
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/TrueType"),
            NameObject("/BaseFont"): NameObject(base),
            NameObject("/FirstChar"): NumberObject(0),
            NameObject("/LastChar"): NumberObject(len(chars)),
            NameObject("/Widths"): ArrayObject(
                [NumberObject(UNITS // 2)] + [NumberObject(advance(c)) for c in chars]),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
        })
        if tounicode:
            font[NameObject("/ToUnicode")] = _stream(
                writer, _tounicode({k: c for k, c in enumerate(chars, start=1)}, 1))
        return writer._add_object(font)

    def resources(self) -> DictionaryObject:
        return DictionaryObject({NameObject("/Font"): DictionaryObject(
            {NameObject(self.resource_name(i)): ref for i, ref in enumerate(self.refs)})})

    def runs(self, text: str) -> list[tuple[int, bytes]]:
        """``text`` cut into (subset, codes) runs: a font switch wherever the
        subset changes, as LibreOffice writes mixed kanji/Latin lines."""
        out: list[tuple[int, bytearray]] = []
        for ch in text:
            sub, code = self.code[ch]
            if not out or out[-1][0] != sub:
                out.append((sub, bytearray()))
            out[-1][1].append(code)
        return [(s, bytes(b)) for s, b in out]

    def width(self, text: str, size: float = FONT_SIZE) -> float:
        return sum(advance(c) for c in text) * size / UNITS


def _hex(b: bytes) -> str:
    return "<" + b.hex().upper() + ">"


def simple_text_ops(fonts: SimpleFonts, lines: Sequence[str | Sequence[str]],
                    x: float = MARGIN_X, y: float = TOP_Y, size: float = FONT_SIZE,
                    leading: float = LEADING, kern: bool = False) -> bytes:
    """A BT..ET block drawing ``lines``. A line given as a list of fragments
    is shown with one text operator per fragment (a name split over two
    ``TJ``). ``kern`` puts a small adjustment between every second glyph
    pair inside the TJ arrays, as LibreOffice does for kerned text."""
    ops = ["BT", f"{x:.2f} {y:.2f} Td", f"{leading:.2f} TL"]
    current: int | None = None
    for n, line in enumerate(lines):
        if n:
            ops.append("T*")
        frags = [line] if isinstance(line, str) else list(line)
        for frag in frags:
            for sub, codes in fonts.runs(frag):
                if sub != current:
                    ops.append(f"{SimpleFonts.resource_name(sub)} {size:g} Tf")
                    current = sub
                if kern and len(codes) > 1:
                    parts = []
                    for i in range(0, len(codes), 2):
                        parts.append(_hex(codes[i:i + 2]))
                    ops.append("[" + " -12 ".join(parts) + "] TJ")
                else:
                    ops.append(f"[{_hex(codes)}] TJ")
    ops.append("ET")
    return ("\n".join(ops) + "\n").encode("ascii")


def _new_page(writer: PdfWriter, content: bytes, resources: DictionaryObject):
    page = writer.add_blank_page(PAGE_W, PAGE_H)
    page[NameObject("/Resources")] = resources
    page[NameObject("/Contents")] = _stream(writer, content)
    return page


def simple_truetype_pdf(pages: Sequence[Sequence[str | Sequence[str]]],
                        metadata: Mapping[str, str] | None = None,
                        max_codes: int = 255, kern: bool = False,
                        tounicode: bool = True, *, zero_metrics: bool = False,
                        extra_chars: str = "") -> bytes:
    """Lines per page in simple /TrueType subsets with 1-byte codes, /Widths
    and ToUnicode (LibreOffice's export). ``max_codes`` below 255 forces the
    split into several subsets with few characters. ``zero_metrics`` writes
    /Ascent 0 /Descent 0 as LibreOffice does (the real values are only in
    the font's hhea). ``extra_chars`` are in the subsets without being
    drawn (a redaction that left its characters in the font)."""
    writer = PdfWriter()
    fonts = SimpleFonts(writer, _all_chars(pages, extra_chars), max_codes, tounicode,
                        zero_metrics=zero_metrics)
    res = fonts.resources()
    for lines in pages:
        _new_page(writer, simple_text_ops(fonts, lines, kern=kern), res)
    _set_info(writer, {"producer": "LibreOffice 7.4 (test)", **dict(metadata or {})})
    return _to_bytes(writer)


# --------------------------------------------------------------------------
# Scans
# --------------------------------------------------------------------------

def _image_xobject(writer: PdfWriter, w: int = 200, h: int = 280):
    """A grey-scale 'scan': stripes, no text layer."""
    rows = bytearray()
    for yy in range(h):
        rows += bytes((255 if (yy // 7) % 3 else 40) for _ in range(w))
    return _stream(writer, bytes(rows), {
        "/Type": NameObject("/XObject"), "/Subtype": NameObject("/Image"),
        "/Width": NumberObject(w), "/Height": NumberObject(h),
        "/ColorSpace": NameObject("/DeviceGray"), "/BitsPerComponent": NumberObject(8)})


def _image_page(writer: PdfWriter) -> None:
    img = _image_xobject(writer)
    res = DictionaryObject({NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): img})})
    _new_page(writer, f"q {PAGE_W:.2f} 0 0 {PAGE_H:.2f} 0 0 cm /Im0 Do Q\n".encode(), res)


def scanned_pdf(text_pages: Pages = (), image_pages: int = 1) -> bytes:
    """``text_pages`` (simple TrueType text) followed by ``image_pages``
    image-only pages. ``scanned_pdf()`` is one scanned page;
    ``scanned_pdf([["本文"]])`` is page 1 text, page 2 image only."""
    writer = PdfWriter()
    if text_pages:
        fonts = SimpleFonts(writer, _all_chars(text_pages))
        for lines in text_pages:
            _new_page(writer, simple_text_ops(fonts, lines), fonts.resources())
    for _ in range(image_pages):
        _image_page(writer)
    return _to_bytes(writer)


# --------------------------------------------------------------------------
# Encryption
# --------------------------------------------------------------------------

def encrypted_pdf(password: str, pages: Pages = (("相手方 山田太郎",),),
                  algorithm: str = "AES-256") -> bytes:
    """``identity_h_pdf(pages)`` encrypted with user password ``password``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(identity_h_pdf(pages))))
    writer.encrypt(user_password=password, owner_password=password + "-owner",
                   algorithm=algorithm)
    return _to_bytes(writer)


# --------------------------------------------------------------------------
# Custom content on simple fonts
# --------------------------------------------------------------------------

def content_pdf(chars: str, pages: Sequence, metadata: Mapping[str, str] | None = None,
                max_codes: int = 255) -> bytes:
    """Pages whose content streams the caller writes: each item of ``pages``
    is a function ``SimpleFonts -> bytes`` (use ``simple_text_ops`` and
    ``SimpleFonts.runs`` for the codes), for Tc/Tz/rotation cases."""
    writer = PdfWriter()
    fonts = SimpleFonts(writer, chars, max_codes)
    for make in pages:
        _new_page(writer, make(fonts), fonts.resources())
    _set_info(writer, metadata)
    return _to_bytes(writer)


# --------------------------------------------------------------------------
# Incremental update
# --------------------------------------------------------------------------

def incremental_pdf(before: Pages, after: Pages,
                    metadata_before: Mapping[str, str] | None = None,
                    metadata_after: Mapping[str, str] | None = None) -> bytes:
    """A file with two revisions: the first draws ``before``, an incremental
    update (appended objects, a second xref and ``%%EOF``) replaces each
    page's content with ``after``. Readers show ``after``; the bytes up to
    the first ``%%EOF`` still hold ``before``. Both have as many pages."""
    if len(before) != len(after):
        raise ValueError("before and after need the same number of pages")
    writer = PdfWriter()
    fonts = SimpleFonts(writer, _all_chars(before, after))
    for lines in before:
        _new_page(writer, simple_text_ops(fonts, lines), fonts.resources())
    _set_info(writer, metadata_before)
    first = _to_bytes(writer)
    update = PdfWriter(io.BytesIO(first), incremental=True)
    for page, lines in zip(update.pages, after):
        page[NameObject("/Contents")] = _stream(update, simple_text_ops(fonts, lines))
    _set_info(update, metadata_after)
    return _to_bytes(update)


def first_revision(data: bytes) -> bytes:
    """The bytes of a file up to and including its first ``%%EOF``."""
    end = data.index(b"%%EOF") + len(b"%%EOF")
    return data[:end] + b"\n"


# --------------------------------------------------------------------------
# Outlines, annotations, ActualText/Alt/E, XMP, PieceInfo, attachments, JS
# --------------------------------------------------------------------------

def _utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def xmp_packet(creator: str = "", title: str = "", description: str = "") -> bytes:
    """A minimal XMP packet (dc:creator, dc:title, dc:description)."""
    from xml.sax.saxutils import escape
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:creator><rdf:Seq><rdf:li>{escape(creator)}</rdf:li></rdf:Seq></dc:creator>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(description)}</rdf:li></rdf:Alt></dc:description>
<xmp:CreatorTool>Redactor test factory</xmp:CreatorTool>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode("utf-8")


def decorated_pdf(pages: Pages, *, metadata: Mapping[str, str] | None = None,
                  outline: Sequence[str] = (), annotation: str | None = None,
                  annotation_author: str | None = None, actual_text: str | None = None,
                  alt_text: str | None = None, expansion: str | None = None,
                  xmp_creator: str | None = None, piece_info: str | None = None,
                  attachment: tuple[str, bytes] | None = None,
                  javascript: str | None = None, field_value: str | None = None,
                  max_codes: int = 255) -> bytes:
    """Simple-TrueType text (as ``simple_truetype_pdf``) plus the places
    besides page text where a name hides, each planted only when asked:

    - ``outline``: one outline item per title, pointing at page 1;
    - ``annotation`` / ``annotation_author``: a /Text note's /Contents and /T;
    - ``actual_text``: a ``/Span <</ActualText ...>> BDC`` around a drawn
      space at the end of page 1 (pdftotext prints it, pypdf does not);
    - ``alt_text`` / ``expansion``: a structure tree with a /Figure element
      carrying /Alt (and /ActualText, /E) that marks the last line of page 1
      (``/Figure <</MCID 0 /Alt ... /E ...>> BDC`` in the content too);
    - ``xmp_creator``: an XMP stream whose dc:creator is that string;
    - ``piece_info``: a page /PieceInfo private-data string;
    - ``attachment``: an embedded file (name, bytes);
    - ``javascript``: a document-level JavaScript action;
    - ``field_value``: a text form field (AcroForm) on page 1 holding that
      value, with an appearance stream that draws it.
    """
    writer = PdfWriter()
    fonts = SimpleFonts(writer, _all_chars(pages, " ", field_value or ""), max_codes)
    for n, lines in enumerate(pages):
        ops = simple_text_ops(fonts, lines[:-1] if (n == 0 and (alt_text or expansion)) else lines)
        if n == 0 and (alt_text or expansion) and lines:
            props = "/MCID 0"
            if alt_text:
                props += f" /Alt {_utf16(alt_text)}"
            if expansion:
                props += f" /E {_utf16(expansion)}"
            y = TOP_Y - (len(lines) - 1) * LEADING
            ops += (f"/Figure <<{props}>> BDC\n".encode()
                    + simple_text_ops(fonts, [lines[-1]], y=y) + b"EMC\n")
        if n == 0 and actual_text:
            y = TOP_Y - len(lines) * LEADING
            ops += (f"/Span <</ActualText {_utf16(actual_text)}>> BDC\n".encode()
                    + simple_text_ops(fonts, [" "], y=y) + b"EMC\n")
        page = _new_page(writer, ops, fonts.resources())
        if n == 0 and piece_info:
            page[NameObject("/PieceInfo")] = DictionaryObject({
                NameObject("/RedactorTest"): DictionaryObject({
                    NameObject("/LastModified"): TextStringObject("D:20260101000000Z"),
                    NameObject("/Private"): TextStringObject(piece_info)})})
    first = writer.pages[0] if writer.pages else None
    if (alt_text or expansion) and first is not None:
        elem = DictionaryObject({
            NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Figure"),
            NameObject("/Pg"): first.indirect_reference, NameObject("/K"): NumberObject(0)})
        if alt_text:
            elem[NameObject("/Alt")] = TextStringObject(alt_text)
            elem[NameObject("/ActualText")] = TextStringObject(alt_text)
        if expansion:
            elem[NameObject("/E")] = TextStringObject(expansion)
        elem_ref = writer._add_object(elem)
        doc = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"),
                                NameObject("/S"): NameObject("/Document"),
                                NameObject("/K"): ArrayObject([elem_ref])})
        doc_ref = writer._add_object(doc)
        root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot"),
                                 NameObject("/K"): doc_ref})
        root_ref = writer._add_object(root)
        elem[NameObject("/P")] = doc_ref
        doc[NameObject("/P")] = root_ref
        first[NameObject("/StructParents")] = NumberObject(0)
        root[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({
            NameObject("/Nums"): ArrayObject([NumberObject(0), ArrayObject([elem_ref])])}))
        writer._root_object[NameObject("/StructTreeRoot")] = root_ref
        writer._root_object[NameObject("/MarkInfo")] = DictionaryObject(
            {NameObject("/Marked"): BooleanObject(True)})
    for title in outline:
        writer.add_outline_item(title=title, page_number=0)
    if annotation is not None or annotation_author is not None:
        from pypdf.annotations import Text
        note = Text(rect=(MARGIN_X, 100, MARGIN_X + 20, 120), text=annotation or "")
        if annotation_author is not None:
            note[NameObject("/T")] = TextStringObject(annotation_author)
        writer.add_annotation(0, note)
    if field_value is not None:
        _text_field(writer, fonts, field_value)
    if xmp_creator is not None:
        writer._root_object[NameObject("/Metadata")] = _stream(
            writer, xmp_packet(creator=xmp_creator),
            {"/Type": NameObject("/Metadata"), "/Subtype": NameObject("/XML")}, compress=False)
    if attachment is not None:
        writer.add_attachment(attachment[0], attachment[1])
    if javascript is not None:
        action = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Action"), NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject(javascript)}))
        names = writer._root_object.setdefault(NameObject("/Names"), DictionaryObject()).get_object()
        names[NameObject("/JavaScript")] = DictionaryObject({NameObject("/Names"): ArrayObject(
            [TextStringObject("test-script"), action])})
    _set_info(writer, metadata)
    return _to_bytes(writer)


def _text_field(writer: PdfWriter, fonts: "SimpleFonts", value: str) -> None:
    """A text field (merged field and widget) on page 1, drawn by its /AP."""
    rect = [MARGIN_X, 200, MARGIN_X + fonts.width(value) + 8, 220]
    ap = _stream(writer, b"/Tx BMC\n" + simple_text_ops(fonts, [value], x=4, y=5) + b"EMC\n", {
        "/Type": NameObject("/XObject"), "/Subtype": NameObject("/Form"),
        "/BBox": RectangleObject([0, 0, rect[2] - rect[0], rect[3] - rect[1]]),
        "/Resources": fonts.resources()})
    field = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("applicant"),
        NameObject("/V"): TextStringObject(value), NameObject("/Rect"): RectangleObject(rect),
        NameObject("/P"): writer.pages[0].indirect_reference,
        NameObject("/DA"): TextStringObject("/F1 12 Tf 0 g"),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): ap})}))
    page = writer.pages[0]
    page[NameObject("/Annots")] = ArrayObject(list(page.get("/Annots", ArrayObject())) + [field])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject([field]),
        NameObject("/DR"): fonts.resources(), NameObject("/DA"): TextStringObject("/F1 12 Tf 0 g")})


# --------------------------------------------------------------------------
# Undecodable text, vertical writing
# --------------------------------------------------------------------------

def _edit_fonts(data: bytes, edit) -> bytes:
    """Apply ``edit(font_dict)`` to every font of every page; the result is
    written, read back and cloned, which leaves out the objects nothing
    references any more (so the removed parts are gone)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            edit(ref.get_object())
    return _to_bytes(PdfWriter(clone_from=PdfReader(io.BytesIO(_to_bytes(writer)))))


def no_tounicode_pdf(pages: Pages, kind: str = "identity_h") -> bytes:
    """Text whose glyphs cannot be decoded: ``identity_h`` is a Type0
    Identity-H font without /ToUnicode (codes are glyph ids of a subset);
    ``simple`` is a symbolic simple TrueType subset without ToUnicode or
    /Encoding (codes 1..n mean nothing outside the font)."""
    if kind == "simple":
        return simple_truetype_pdf(pages, tounicode=False)
    if kind != "identity_h":
        raise ValueError(kind)

    def drop(font: DictionaryObject) -> None:
        if "/ToUnicode" in font:
            del font[NameObject("/ToUnicode")]
    return _edit_fonts(identity_h_pdf(pages), drop)


def vertical_pdf(pages: Pages) -> bytes:
    """The Identity-H file with its fonts switched to /Identity-V (vertical
    writing): text still extracts through ToUnicode, but its geometry is
    vertical, which in-place redaction refuses."""
    def vert(font: DictionaryObject) -> None:
        font[NameObject("/Encoding")] = NameObject("/Identity-V")
    return _edit_fonts(identity_h_pdf(pages), vert)


# --------------------------------------------------------------------------
# Layout cases: the overlay "redaction", a wrapped name, a shared form
# --------------------------------------------------------------------------

def _box_of(lines: Sequence[str], hidden: str, size: float = FONT_SIZE):
    """(x, y, w, h) in PDF points of the first ``hidden`` in ``lines``,
    laid out from (MARGIN_X, TOP_Y) with LEADING, ascent to descent."""
    for i, line in enumerate(lines):
        at = line.find(hidden)
        if at >= 0:
            x = MARGIN_X + sum(advance(c) for c in line[:at]) * size / UNITS
            w = sum(advance(c) for c in hidden) * size / UNITS
            base = TOP_Y - i * LEADING
            return x, base + DESCENT * size / UNITS, w, (ASCENT - DESCENT) * size / UNITS
    raise ValueError(f"{hidden!r} is not in the text")


def overlay_leaky_pdf(text: str, hidden: str, kind: str = "simple") -> bytes:
    """The classic failed redaction: ``text`` (lines split at "\\n") drawn
    intact, then a black rectangle filled over ``hidden``. Looks redacted,
    still extracts. ``kind``: "simple" (LibreOffice-like) or "identity_h"."""
    lines = text.split("\n")
    x, y, w, h = _box_of(lines, hidden)
    if kind == "identity_h":
        pdf = _fpdf(text)
        pdf.add_page()
        _fpdf_lines(pdf, lines)
        pdf.set_fill_color(0, 0, 0)
        pdf.rect(x, PAGE_H - (y + h), w, h, style="F")
        return fpdf_bytes(pdf)
    if kind != "simple":
        raise ValueError(kind)
    box = f"q 0 g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f Q\n".encode()
    return content_pdf(text, [lambda fonts: simple_text_ops(fonts, lines) + box])


def box_of(text: str, hidden: str) -> tuple[float, float, float, float]:
    """Where ``overlay_leaky_pdf(text, hidden)`` puts its box (x, y, w, h),
    for tests that check that a real redaction box covers the same place."""
    return _box_of(text.split("\n"), hidden)


def wrapped_name_pdf(name: str = "山田太郎", split: int = 2, before: str = "申立人 ",
                     after: str = " の代理人として出席した。", kind: str = "simple") -> bytes:
    """A name broken by the layout: line 1 ends with ``name[:split]``, line 2
    starts with ``name[split:]``."""
    lines = [before + name[:split], name[split:] + after]
    if kind == "identity_h":
        return identity_h_pdf([lines])
    return simple_truetype_pdf([lines])


def shared_form_pdf(form_lines: Sequence[str], pages: Pages) -> bytes:
    """One form XObject (a letterhead with ``form_lines`` near the top) drawn
    by every page with ``/Fm0 Do``, then each page's own lines below it.
    Redacting the form for one page must not leave the original reachable
    from another."""
    writer = PdfWriter()
    fonts = SimpleFonts(writer, _all_chars(form_lines, pages))
    form = _stream(writer, simple_text_ops(fonts, form_lines, y=PAGE_H - 40), {
        "/Type": NameObject("/XObject"), "/Subtype": NameObject("/Form"),
        "/BBox": RectangleObject([0, 0, PAGE_W, PAGE_H]),
        "/Resources": fonts.resources()})
    for lines in pages:
        res = fonts.resources()
        res[NameObject("/XObject")] = DictionaryObject({NameObject("/Fm0"): form})
        _new_page(writer, b"q /Fm0 Do Q\n" + simple_text_ops(fonts, lines, y=TOP_Y - 40), res)
    return _to_bytes(writer)


def type3_pdf(pages: Pages, tounicode: bool = False) -> bytes:
    """Text in a Type3 font (boxes as CharProcs, 1-byte codes through
    /Differences with meaningless glyph names), with or without ToUnicode:
    without it the text cannot be decoded."""
    writer = PdfWriter()
    chars = list(dict.fromkeys(c for c in _all_chars(pages) if c not in "\n"))
    if len(chars) > 255:
        raise ValueError("type3_pdf draws at most 255 distinct characters")
    procs = DictionaryObject()
    for i, ch in enumerate(chars, start=1):
        adv = advance(ch)
        body = f"{adv} 0 0 0 {adv} {ASCENT} d1\n" + (
            "" if ch == " " else f"{adv // 10} 0 {adv * 8 // 10} {300 + ord(ch) % 500} re f\n")
        procs[NameObject(f"/g{i}")] = _stream(writer, body.encode())
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type3"),
        NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (0, DESCENT, UNITS, ASCENT)]),
        NameObject("/FontMatrix"): ArrayObject([FloatObject(0.001), NumberObject(0), NumberObject(0),
                                                FloatObject(0.001), NumberObject(0), NumberObject(0)]),
        NameObject("/CharProcs"): procs,
        NameObject("/Encoding"): DictionaryObject({
            NameObject("/Type"): NameObject("/Encoding"),
            NameObject("/Differences"): ArrayObject(
                [NumberObject(1)] + [NameObject(f"/g{i}") for i in range(1, len(chars) + 1)])}),
        NameObject("/FirstChar"): NumberObject(1),
        NameObject("/LastChar"): NumberObject(len(chars)),
        NameObject("/Widths"): ArrayObject([NumberObject(advance(c)) for c in chars]),
        NameObject("/Resources"): DictionaryObject(),
    })
    if tounicode:
        font[NameObject("/ToUnicode")] = _stream(
            writer, _tounicode({i: c for i, c in enumerate(chars, start=1)}, 1))
    ref = writer._add_object(font)
    res = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/T1"): ref})})
    code = {c: i for i, c in enumerate(chars, start=1)}
    for lines in pages:
        ops = ["BT", "/T1 12 Tf", f"{MARGIN_X:.2f} {TOP_Y:.2f} Td", f"{LEADING:.2f} TL"]
        for n, line in enumerate(lines):
            if n:
                ops.append("T*")
            ops.append(_hex(bytes(code[c] for c in line)) + " Tj")
        ops.append("ET")
        _new_page(writer, ("\n".join(ops) + "\n").encode(), res)
    return _to_bytes(writer)


# --------------------------------------------------------------------------
# CFF outlines (FontFile3), as Acrobat-made files embed OpenType fonts
# --------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _otf_bytes(chars: frozenset[str]) -> bytes:
    """An OpenType (CFF outlines) font: box glyphs as in ``make_font``."""
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    ordered = sorted(chars, key=ord)
    names = [".notdef"] + [glyph_name(c) for c in ordered]
    fb = FontBuilder(UNITS, isTTF=False)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): glyph_name(c) for c in ordered})
    strings, metrics = {}, {}
    for name, ch in zip(names, ["\u25a1"] + ordered):
        pen = T2CharStringPen(advance(ch), None)
        if ch != " ":
            _box(ch).draw(pen, None)
        strings[name] = pen.getCharString()
        metrics[name] = (advance(ch), 0)
    fb.setupCFF(FONT_NAME, {"FullName": FONT_NAME}, strings, {})
    fb.setupHorizontalMetrics(metrics)
    fb.setupHorizontalHeader(ascent=ASCENT, descent=DESCENT)
    fb.setupNameTable({"familyName": FONT_NAME, "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=ASCENT, sTypoDescender=DESCENT, usWinAscent=ASCENT,
                usWinDescent=-DESCENT, fsType=0)
    fb.setupPost()
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


def _cid_keyed_cff(otf: TTFont) -> bytes:
    """The font's CFF made CID-keyed (Adobe-Identity-0, CID = glyph id),
    the bare program Acrobat embeds as /FontFile3 /CIDFontType0C."""
    from fontTools.cffLib import FDArrayIndex, FDSelect, FontDict

    cff = otf["CFF "].cff
    top = cff.topDictIndex[0]
    count = len(top.charset)
    fd = FontDict()
    fd.Private, fd.strings, fd.FontName = top.Private, cff.strings, f"{FONT_NAME}-0"
    fdarray = FDArrayIndex()
    fdarray.append(fd)
    fdarray.strings = cff.strings
    select = FDSelect(format=3)
    select.gidArray = [0] * count
    top.FDArray, top.FDSelect = fdarray, select
    top.ROS, top.CIDCount = ("Adobe", "Identity", 0), count
    top.rawDict.pop("Private", None)
    del top.Private
    names = [".notdef"] + [f"cid{i:05d}" for i in range(1, count)]
    strings = top.CharStrings
    strings.charStrings = {name: i for i, name in enumerate(names)}
    strings.fdSelect, strings.fdArray = select, fdarray
    top.charset = names
    out = io.BytesIO()
    cff.compile(out, otf)
    return out.getvalue()


def _draw_lines(codes_of, lines: Sequence[str], resource: str) -> bytes:
    ops = ["BT", f"{resource} {FONT_SIZE:g} Tf", f"{MARGIN_X:.2f} {TOP_Y:.2f} Td", f"{LEADING:.2f} TL"]
    for n, line in enumerate(lines):
        if n:
            ops.append("T*")
        ops.append(_hex(codes_of(line)) + " Tj")
    ops.append("ET")
    return ("\n".join(ops) + "\n").encode("ascii")


def cff_pdf(pages: Pages, kind: str = "opentype") -> bytes:
    """Text in a font with CFF outlines in /FontFile3:

    - ``opentype``: Type0/CIDFontType0, Identity-H, the whole OpenType font
      as /FontFile3 /OpenType (CIDs are glyph ids), /W and ToUnicode;
    - ``cid``: the same with a bare CID-keyed CFF (/FontFile3
      /CIDFontType0C, glyphs named by CID), as Acrobat embeds Japanese
      OpenType fonts;
    - ``type1c``: a simple /Type1 font, 1-byte codes through /Differences,
      a bare CFF program (/FontFile3 /Type1C), /Widths and ToUnicode.
    """
    chars = _charset(_all_chars(pages))
    otf = _otf_bytes(chars)
    font = TTFont(io.BytesIO(otf))
    order = font.getGlyphOrder()
    cmap = font.getBestCmap()
    writer = PdfWriter()
    base = f"/ABCDEF+{FONT_NAME}"
    descriptor = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject(base),
        NameObject("/Flags"): NumberObject(4), NameObject("/ItalicAngle"): NumberObject(0),
        NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (0, DESCENT, UNITS, ASCENT)]),
        NameObject("/Ascent"): NumberObject(ASCENT), NameObject("/Descent"): NumberObject(DESCENT),
        NameObject("/CapHeight"): NumberObject(700), NameObject("/StemV"): NumberObject(80)})
    if kind in ("opentype", "cid"):
        program, subtype = (otf, "/OpenType") if kind == "opentype" else (_cid_keyed_cff(font), "/CIDFontType0C")
        descriptor[NameObject("/FontFile3")] = _stream(writer, program, {"/Subtype": NameObject(subtype)})
        gid = {c: order.index(cmap[ord(c)]) for c in chars}
        cid_font = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType0"),
            NameObject("/BaseFont"): NameObject(base),
            NameObject("/CIDSystemInfo"): DictionaryObject({
                NameObject("/Registry"): TextStringObject("Adobe"),
                NameObject("/Ordering"): TextStringObject("Identity"),  # CID = glyph id
                NameObject("/Supplement"): NumberObject(0)}),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
            NameObject("/W"): ArrayObject([x for c in sorted(chars, key=lambda c: gid[c]) for x in (
                NumberObject(gid[c]), ArrayObject([NumberObject(advance(c))]))])}))
        ref = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
            NameObject("/BaseFont"): NameObject(base), NameObject("/Encoding"): NameObject("/Identity-H"),
            NameObject("/DescendantFonts"): ArrayObject([cid_font]),
            NameObject("/ToUnicode"): _stream(writer, _tounicode({gid[c]: c for c in chars}, 2))}))
        codes_of = lambda line: b"".join(gid[c].to_bytes(2, "big") for c in line)  # noqa: E731
    elif kind == "type1c":
        cff = io.BytesIO()
        font["CFF "].cff.compile(cff, font)
        descriptor[NameObject("/FontFile3")] = _stream(writer, cff.getvalue(), {"/Subtype": NameObject("/Type1C")})
        seq = sorted(chars, key=ord)
        if len(seq) > 255:
            raise ValueError("type1c draws at most 255 distinct characters")
        code = {c: i for i, c in enumerate(seq, start=1)}
        ref = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
            NameObject("/Encoding"): DictionaryObject({NameObject("/Differences"): ArrayObject(
                [NumberObject(1)] + [NameObject("/" + cmap[ord(c)]) for c in seq])}),
            NameObject("/FirstChar"): NumberObject(1), NameObject("/LastChar"): NumberObject(len(seq)),
            NameObject("/Widths"): ArrayObject([NumberObject(advance(c)) for c in seq]),
            NameObject("/ToUnicode"): _stream(writer, _tounicode({code[c]: c for c in seq}, 1))}))
        codes_of = lambda line: bytes(code[c] for c in line)  # noqa: E731
    else:
        raise ValueError(kind)
    res = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/C1"): ref})})
    for lines in pages:
        _new_page(writer, _draw_lines(codes_of, lines, "/C1"), res)
    return _to_bytes(writer)


def winansi_truetype_pdf(pages: Pages) -> bytes:
    """Latin text in a simple /TrueType font with /WinAnsiEncoding
    (Nonsymbolic, read through the font's Unicode cmap), as Word exports
    Latin fonts such as Century; codes are cp1252 bytes, ToUnicode too."""
    text = _all_chars(pages)
    try:
        text.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise ValueError("winansi_truetype_pdf draws cp1252 characters only") from exc
    chars = sorted(_charset(text), key=ord)
    writer = PdfWriter()
    base = f"/BCDEFG+{FONT_NAME}"
    codes = {c: c.encode("cp1252")[0] for c in chars}
    first, last = min(codes.values()), max(codes.values())
    widths = {codes[c]: advance(c) for c in chars}
    descriptor = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject(base),
        NameObject("/Flags"): NumberObject(32), NameObject("/ItalicAngle"): NumberObject(0),
        NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (0, DESCENT, UNITS, ASCENT)]),
        NameObject("/Ascent"): NumberObject(ASCENT), NameObject("/Descent"): NumberObject(DESCENT),
        NameObject("/CapHeight"): NumberObject(700), NameObject("/StemV"): NumberObject(80),
        NameObject("/FontFile2"): _stream(writer, make_font(chars))})
    ref = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/TrueType"),
        NameObject("/BaseFont"): NameObject(base), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        NameObject("/FirstChar"): NumberObject(first), NameObject("/LastChar"): NumberObject(last),
        NameObject("/Widths"): ArrayObject([NumberObject(widths.get(c, 0)) for c in range(first, last + 1)]),
        NameObject("/FontDescriptor"): writer._add_object(descriptor),
        NameObject("/ToUnicode"): _stream(writer, _tounicode({codes[c]: c for c in chars}, 1))}))
    res = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/W1"): ref})})
    for lines in pages:
        _new_page(writer, _draw_lines(lambda line: line.encode("cp1252"), lines, "/W1"), res)
    return _to_bytes(writer)
