"""Where every glyph of a PDF page sits: a content-stream interpreter.

True redaction removes the glyphs of a masked value from the content stream
and leaves the others exactly where they were. That needs, for every glyph,
the operator and string bytes that drew it (to cut it out), its advance
(to put an equal TJ gap in its place) and its quad on the page (for the
box and for reading order). pypdf's text visitor gives none of these, so
this module interprets ``ContentStream.operations`` itself: graphics and
text state, ``Tj``/``TJ``/``'``/``"``, form XObjects through ``Do`` (each
use of a form is its own *stream path*), marked content and images.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from pypdf import PageObject
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject

from redactor.documents.pdf.fonts import FontCache, FontInfo

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_FORM_DEPTH = 12
# Forms drawn and glyphs shown on one page. A few KB can nest forms that
# each draw the next ten times: 10**7 drawings, minutes of work for a page
# nobody could read. Real pages draw a few dozen forms and some thousand
# glyphs; past these the page is refused as too large (pypdf's own text
# extraction stops at 5,000 forms too).
MAX_FORMS_PER_PAGE = 5_000
MAX_GLYPHS_PER_PAGE = 1_000_000


def mult(m: Matrix, n: Matrix) -> Matrix:
    """``m × n`` in PDF's row-vector convention (apply m, then n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


@dataclass(frozen=True)
class Glyph:
    """One character code shown on a page.

    ``path`` is the chain of ``Do`` operator indexes from the page content
    to the stream that shows the glyph (``()`` for the page itself);
    ``op`` and ``element`` find the showing operator and the string inside
    a ``TJ`` array; ``start``/``end`` are the code's bytes in that string.
    ``advance`` is the TJ number (thousandths of text space, Tc and Tw
    included) that moves the pen as far as this glyph did.
    """

    page: int
    path: tuple[int, ...]
    op: int
    element: int
    start: int
    end: int
    unicode: str | None
    advance: float | None       # None: font size 0, no TJ number can replace it
    quad: tuple[float, ...]     # x0 y0 x1 y1 x2 y2 x3 y3: bottom-left, bottom-right, top-right, top-left
    origin: tuple[float, float]
    direction: tuple[float, float]
    size: float                 # em height on the page
    mode: int                   # text render mode (3 invisible, 4-7 clip)
    font: str


@dataclass
class PageGlyphs:
    """The interpreter's result for one page."""

    glyphs: list[Glyph] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # undecodable fonts and other refusals
    image_fraction: float = 0.0                          # page area covered by images (max of any one)
    stream_digests: dict[tuple[int, ...], str] = field(default_factory=dict)
    operations: list[tuple[list[Any], bytes]] = field(default_factory=list)  # the page's, parsed once


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    font: FontInfo | None = None
    font_name: str = ""
    size: float = 0.0
    tc: float = 0.0
    tw: float = 0.0
    th: float = 1.0
    tl: float = 0.0
    rise: float = 0.0
    mode: int = 0

    def copy(self) -> "_State":
        return _State(**self.__dict__)


def operations(stream: Any, pdf: Any) -> list[tuple[list[Any], bytes]]:
    """The parsed operations of a page's or form's content."""
    if stream is None:
        return []
    if isinstance(stream, ContentStream):
        return stream.operations
    return ContentStream(stream, pdf).operations


def digest(ops: list[tuple[list[Any], bytes]]) -> str:
    """A fingerprint of parsed operations: write() checks the file is the one read."""
    h = hashlib.sha256()
    for operands, op in ops:
        h.update(op)
        h.update(repr(operands).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


def page_glyphs(page: PageObject, index: int, fonts: FontCache) -> PageGlyphs:
    """Interpret one page: every glyph with its place, plus what was seen of images."""
    result = PageGlyphs()
    box = page.mediabox
    page_area = abs(float(box.width) * float(box.height)) or 1.0
    ops = result.operations = operations(page.get_contents(), page.pdf)
    _Interpreter(index, fonts, result, page_area, page.pdf).run(ops, page.get("/Resources"), IDENTITY, (), 0)
    return result


class _Interpreter:
    def __init__(self, page: int, fonts: FontCache, result: PageGlyphs, page_area: float, pdf: Any) -> None:
        self.page = page
        self.fonts = fonts
        self.result = result
        self.page_area = page_area
        self.pdf = pdf
        self.forms = 0
        self.too_large = False

    def run(self, ops: list[tuple[list[Any], bytes]], resources: Any, ctm: Matrix,
            path: tuple[int, ...], depth: int) -> None:
        self.result.stream_digests[path] = digest(ops)
        resources = resources.get_object() if resources is not None else DictionaryObject()
        gs = _State(ctm=ctm)
        stack: list[_State] = []
        tm = tlm = IDENTITY
        for i, (operands, op) in enumerate(ops):
            if op == b"q":
                stack.append(gs.copy())
            elif op == b"Q":
                if stack:
                    gs = stack.pop()
            elif op == b"cm" and len(operands) == 6:
                gs.ctm = mult(tuple(float(x) for x in operands), gs.ctm)  # type: ignore[arg-type]
            elif op == b"BT":
                tm = tlm = IDENTITY
            elif op == b"Tf" and len(operands) == 2:
                gs.font_name = str(operands[0])
                gs.size = float(operands[1])
                gs.font = self._font(resources, gs.font_name)
            elif op == b"gs" and operands:
                self._ext_gstate(resources, operands[0], gs)
            elif op == b"Tc" and operands:
                gs.tc = float(operands[0])
            elif op == b"Tw" and operands:
                gs.tw = float(operands[0])
            elif op == b"Tz" and operands:
                gs.th = float(operands[0]) / 100
            elif op == b"TL" and operands:
                gs.tl = float(operands[0])
            elif op == b"Ts" and operands:
                gs.rise = float(operands[0])
            elif op == b"Tr" and operands:
                gs.mode = int(operands[0])
            elif op in (b"Td", b"TD") and len(operands) == 2:
                tx, ty = float(operands[0]), float(operands[1])
                if op == b"TD":
                    gs.tl = -ty
                tm = tlm = mult((1, 0, 0, 1, tx, ty), tlm)
            elif op == b"Tm" and len(operands) == 6:
                tm = tlm = tuple(float(x) for x in operands)  # type: ignore[assignment]
            elif op == b"T*":
                tm = tlm = mult((1, 0, 0, 1, 0, -gs.tl), tlm)
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                if op in (b"'", b'"'):
                    if op == b'"' and len(operands) == 3:
                        gs.tw, gs.tc = float(operands[0]), float(operands[1])
                    tm = tlm = mult((1, 0, 0, 1, 0, -gs.tl), tlm)
                tm = self._show(operands, op, gs, tm, path, i)
            elif op == b"Do" and operands:
                self._do(resources, operands[0], gs, path + (i,), depth)
            elif op == b"INLINE IMAGE":
                self._image(gs.ctm)

    # -- text -------------------------------------------------------------
    def _font(self, resources: DictionaryObject, name: str) -> FontInfo | None:
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else {}
        if not isinstance(fonts, DictionaryObject) or name not in fonts:
            self._problem(f"フォント {name} が見つかりません")
            return None
        return self.fonts.get(fonts.raw_get(name))

    def _ext_gstate(self, resources: DictionaryObject, name: Any, gs: _State) -> None:
        states = resources.get("/ExtGState")
        state = states.get_object().get(str(name)) if states is not None else None
        if state is None:
            return
        font = state.get_object().get("/Font")
        if font is not None and len(font) == 2:
            gs.font = self.fonts.get(font[0])
            gs.size = float(font[1])
            gs.font_name = f"{name}"

    def _show(self, operands: list[Any], op: bytes, gs: _State, tm: Matrix,
              path: tuple[int, ...], index: int) -> Matrix:
        items = operands[0] if op == b"TJ" and operands else operands[-1:] if operands else []
        if op == b"TJ" and not isinstance(items, ArrayObject):
            return tm
        font = gs.font
        if font is None:
            self._problem("フォント未設定のまま文字が描かれています")
            return tm
        if len(self.result.glyphs) >= MAX_GLYPHS_PER_PAGE:
            self._problem(f"1 ページの文字が {MAX_GLYPHS_PER_PAGE} 字を超えます（too large）")
            return tm
        if font.problem:
            self._problem(font.problem)
        # Tm × CTM once per operator: glyphs only move it along its x axis
        a, b, c, d, e, f = mult(tm, gs.ctm)
        fs, th, rise = gs.size, gs.th, gs.rise
        size = abs(fs) * (c * c + d * d) ** 0.5
        norm = (a * a + b * b) ** 0.5 or 1.0
        direction = (a / norm, b / norm) if fs * th >= 0 else (-a / norm, -b / norm)
        moved = 0.0

        def point(x: float, y: float) -> tuple[float, float]:
            return (a * x + c * y + e, b * x + d * y + f)

        for element, item in enumerate(items if op == b"TJ" else items[:1]):
            if not is_string(item):
                tx = -float(item) / 1000 * fs * th
                e, f, moved = e + tx * a, f + tx * b, moved + tx
                continue
            for code in font.codes(string_bytes(item)):
                space = gs.tw if (not font.two_byte and code.code == 32) else 0.0
                w = code.width / 1000 * fs * th
                lo, hi = font.descent * fs + rise, font.ascent * fs + rise
                quad = (*point(0, lo), *point(w, lo), *point(w, hi), *point(0, hi))
                advance = (code.width + (gs.tc + space) * 1000 / fs) if fs else None
                unicode = code.unicode if not font.problem else None
                if unicode is None and not font.problem:
                    self._problem(f"フォント {font.name} に Unicode のない文字があります")
                self.result.glyphs.append(Glyph(
                    self.page, path, index, element if op == b"TJ" else 0, code.start, code.end,
                    unicode, advance, quad, point(0, rise), direction, size, gs.mode, font.name))
                tx = (code.width / 1000 * fs + gs.tc + space) * th
                e, f, moved = e + tx * a, f + tx * b, moved + tx
        return mult((1, 0, 0, 1, moved, 0), tm)

    # -- XObjects -----------------------------------------------------------
    def _do(self, resources: DictionaryObject, name: Any, gs: _State, path: tuple[int, ...], depth: int) -> None:
        xobjects = resources.get("/XObject")
        xobj = xobjects.get_object().get(str(name)) if xobjects is not None else None
        if xobj is None:
            return
        xobj = xobj.get_object()
        subtype = xobj.get("/Subtype")
        if subtype == "/Image":
            self._image(gs.ctm)
        elif subtype == "/Form":
            if depth >= _MAX_FORM_DEPTH:
                self._problem("フォーム XObject の入れ子が深すぎます")
                return
            self.forms += 1
            if self.forms > MAX_FORMS_PER_PAGE or self.too_large:
                self.too_large = True
                self._problem(f"フォーム XObject の描画が {MAX_FORMS_PER_PAGE} 回を超えます（too large）")
                return
            matrix = tuple(float(x) for x in xobj.get("/Matrix", IDENTITY))
            inner = xobj.get("/Resources", resources)
            saved = (gs.font, gs.font_name, gs.size, gs.tc, gs.tw, gs.th, gs.tl, gs.rise, gs.mode)
            self.run(operations(xobj, self.pdf), inner, mult(matrix, gs.ctm), path, depth + 1)  # type: ignore[arg-type]
            gs.font, gs.font_name, gs.size, gs.tc, gs.tw, gs.th, gs.tl, gs.rise, gs.mode = saved

    def _image(self, ctm: Matrix) -> None:
        area = abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])
        self.result.image_fraction = max(self.result.image_fraction, min(1.0, area / self.page_area))

    def _problem(self, reason: str) -> None:
        if reason not in self.result.problems:
            self.result.problems.append(reason)


def is_string(item: Any) -> bool:
    """A string operand (pypdf gives str or bytes subclasses; numbers are neither)."""
    return isinstance(item, (str, bytes))


def string_bytes(item: Any) -> bytes:
    """The bytes of a string operand exactly as in the file.

    ``TextStringObject.get_original_bytes()`` re-encodes and may prepend a
    UTF-16 BOM (feasibility study: glyphs displaced); ``original_bytes``
    is what the content stream held.
    """
    if isinstance(item, bytes):
        return bytes(item)
    original = getattr(item, "original_bytes", None)
    if original is not None:
        return bytes(original)
    return str(item).encode("latin-1", "replace")


def xobject(resources: Any, name: Any) -> Any:
    """The XObject called ``name`` in a resource dictionary, or None."""
    if resources is None:
        return None
    xobjects = resources.get_object().get("/XObject")
    return xobjects.get_object().get(str(name)) if xobjects is not None else None
