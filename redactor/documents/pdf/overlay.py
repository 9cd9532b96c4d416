"""Text that is only covered: the failed redactions of PDFs masked by others.

Officers receive PDFs that somebody "masked" by drawing black rectangles
over live text (or by highlighting it in black in Word before exporting).
The page looks redacted; the text is still in the file and any reader can
copy it out, as the x-ray tools used on court filings show. This module
finds such text on one page, from the glyph positions ``glyphs`` has
already read:

- a filled shape drawn *after* a glyph that covers most of it (any opaque
  colour: a white box hides text as well as a black one);
- a filled shape drawn *before* a glyph in (nearly) the glyph's own colour:
  black text on a black highlight;
- an image without transparency drawn over the glyph (a black picture
  pasted over a name);
- an annotation drawn over the glyph: a highlight in a dark colour, a
  square with an opaque interior, or a redaction mark never applied.

Only rectangles count as shapes (``re``, or a closed path of four corners
on two x and two y values): table rules and underlines cover a sliver of a
glyph, not most of it, and are left alone. Clipping is not followed, so a
box clipped away still counts: reporting too much is the safe side here.

Drawing order is compared as PDF draws: ``path + (op,)`` tuples, where
``path`` is the chain of ``Do`` operator indexes (as in ``Glyph.path``),
compare lexicographically in content order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from pypdf.generic import DictionaryObject

from redactor.documents.ocr_pages import uncertain_findings
from redactor.documents.pdf.glyphs import IDENTITY, MAX_FORMS_PER_PAGE, Glyph, Matrix, mult, operations, xobject
from redactor.finding import MASK, Finding

# A glyph counts as covered when this share of its box is under one shape.
COVER_SHARE = 0.6
# Luminance below this is "dark" (a black highlight or box); colours closer
# than SAME_COLOUR are the same to the eye (text on a box of its colour).
DARK = 0.25
SAME_COLOUR = 0.12
OPAQUE_ALPHA = 0.9
_MAX_DEPTH = 12
_FILLS = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
_SHOWS = {b"Tj", b"TJ", b"'", b'"'}

Box = tuple[float, float, float, float]   # x0 y0 x1 y1


@dataclass(frozen=True)
class Shape:
    """One filled rectangle (or annotation) on a page, in drawing order."""

    order: tuple[float, ...]     # content order; annotations come after all content
    box: Box
    luminance: float             # 0 black .. 1 white
    opaque: bool
    what: str                    # how it is named in a reason


@dataclass(frozen=True)
class Covered:
    """Characters of the reader's text that are only covered on the page."""

    start: int                   # offsets into Extracted.text
    end: int
    page: int                    # 1-based
    box: Box
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "page": self.page,
                "box": [round(v, 1) for v in self.box], "reason": self.reason}


def _luminance(operands: Sequence[Any]) -> float | None:
    """Gray, RGB or CMYK operands as luminance; None for a pattern or other."""
    try:
        values = [float(v) for v in operands]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        return (1 - min(1.0, c + k)) * 0.299 + (1 - min(1.0, m + k)) * 0.587 + (1 - min(1.0, y + k)) * 0.114
    return None


def _bbox(points: Sequence[tuple[float, float]]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


def _is_rectangle(points: list[tuple[float, float]]) -> bool:
    """Four corners (a fifth closing one allowed) on two x and two y values."""
    if points and len(points) == 5 and points[0] == points[-1]:
        points = points[:4]
    if len(points) != 4:
        return False
    xs = {round(p[0], 1) for p in points}
    ys = {round(p[1], 1) for p in points}
    return len(xs) == 2 and len(ys) == 2


class _Painter:
    """Follows colour, alpha, paths and fills through a page's content;
    records filled rectangles and the fill colour of each text operator."""

    def __init__(self, pdf: Any, page_area: float = float("inf")) -> None:
        self.pdf = pdf
        self.page_area = page_area
        self.shapes: list[Shape] = []
        self.text_colour: dict[tuple[tuple[int, ...], int], float | None] = {}
        # forms drawn so far: nested forms can make a few KB draw millions of
        # times; past the glyph reader's limit (which refuses the page as too
        # large) the painter stops descending
        self.forms = 0

    def run(self, ops: list[tuple[list[Any], bytes]], resources: Any, ctm: Matrix,
            path: tuple[int, ...], depth: int) -> None:
        resources = resources.get_object() if resources is not None else DictionaryObject()
        ctm0 = ctm
        fill: float | None = 0.0
        alpha = 1.0
        stack: list[tuple[Matrix, float | None, float]] = []
        rects: list[list[tuple[float, float]]] = []
        current: list[tuple[float, float]] = []
        for i, (operands, op) in enumerate(ops):
            if op == b"q":
                stack.append((ctm, fill, alpha))
            elif op == b"Q":
                if stack:
                    ctm, fill, alpha = stack.pop()
            elif op == b"cm" and len(operands) == 6:
                ctm = mult(tuple(float(x) for x in operands), ctm)  # type: ignore[arg-type]
            elif op in (b"g", b"rg", b"k", b"sc", b"scn"):
                fill = _luminance(operands)
            elif op == b"cs":
                fill = 0.0  # every colour space starts at black (or the pattern's own)
            elif op == b"gs" and operands:
                alpha = self._alpha(resources, operands[0], alpha)
            elif op == b"re" and len(operands) == 4:
                x, y, w, h = (float(v) for v in operands)
                rects.append([_apply(ctm, x, y), _apply(ctm, x + w, y), _apply(ctm, x + w, y + h),
                              _apply(ctm, x, y + h)])
            elif op == b"m" and len(operands) == 2:
                current = [_apply(ctm, float(operands[0]), float(operands[1]))]
                rects.append(current)
            elif op == b"l" and len(operands) == 2 and current:
                current.append(_apply(ctm, float(operands[0]), float(operands[1])))
            elif op in (b"c", b"v", b"y"):
                if current:
                    current.append((float("nan"), float("nan")))  # a curve: not a rectangle
            elif op in _FILLS or op in (b"n", b"S", b"s"):
                if op in _FILLS and fill is not None:
                    for pts in rects:
                        if _is_rectangle(pts):
                            self.shapes.append(Shape(path + (i,), _bbox(pts), fill, alpha >= OPAQUE_ALPHA,
                                                     "黒い図形" if fill < DARK else "塗りつぶした図形"))
                rects, current = [], []
            elif op in _SHOWS:
                self.text_colour[(path, i)] = fill
            elif op == b"Do" and operands and depth < _MAX_DEPTH:
                xobj = xobject(resources, operands[0])
                xobj = xobj.get_object() if xobj is not None else None
                if xobj is not None and xobj.get("/Subtype") == "/Image":
                    self._image(xobj, ctm, path + (i,))
                elif xobj is not None and xobj.get("/Subtype") == "/Form":
                    self.forms += 1
                    if self.forms > MAX_FORMS_PER_PAGE:
                        return
                    matrix = tuple(float(x) for x in xobj.get("/Matrix", IDENTITY))
                    self.run(operations(xobj, self.pdf), xobj.get("/Resources", resources),
                             mult(matrix, ctm), path + (i,), depth + 1)  # type: ignore[arg-type]
        del ctm0

    def _image(self, image: Any, ctm: Matrix, order: tuple[int, ...]) -> None:
        """An image pasted over text (a black picture as a "mask") hides it;
        one with transparency (a seal, a stamp) or a stencil does not count."""
        if any(k in image for k in ("/SMask", "/Mask", "/ImageMask")):
            return
        corners = [_apply(ctm, x, y) for x, y in ((0, 0), (1, 0), (1, 1), (0, 1))]
        if abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) > self.page_area / 2:
            return  # a scanned page or a background: the page, not a box over some words
        self.shapes.append(Shape(order, _bbox(corners), -1.0, True, "画像"))

    @staticmethod
    def _alpha(resources: Any, name: Any, alpha: float) -> float:
        states = resources.get("/ExtGState")
        state = states.get_object().get(str(name)) if states is not None else None
        if state is None:
            return alpha
        ca = state.get_object().get("/ca")
        return float(ca) if ca is not None else alpha


def _annotation_shapes(page: Any) -> list[Shape]:
    """Annotations a viewer draws over the page that hide what is below."""
    shapes: list[Shape] = []
    for ref in page.get("/Annots") or []:
        try:
            annot = ref.get_object()
            subtype = str(annot.get("/Subtype"))
            rect = [float(v) for v in annot.get("/Rect")]
        except (AttributeError, TypeError, ValueError):
            continue
        box = (min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3]))
        opacity = float(annot.get("/CA", 1.0))
        if subtype == "/Redact":  # a redaction marked but never applied: the text is all there
            shapes.append(Shape((float("inf"),), box, 0.0, True, "適用されていない墨消し注釈"))
            continue
        colour = annot.get("/IC") if subtype in ("/Square", "/Polygon") else \
            annot.get("/C") if subtype == "/Highlight" else None
        lum = _luminance(colour) if colour else None
        if lum is None or opacity < OPAQUE_ALPHA:
            continue
        if subtype == "/Highlight" and lum >= DARK:
            continue  # an ordinary highlight is multiplied over the text: it stays legible
        for quad in _quads(annot) if subtype == "/Highlight" else [box]:
            shapes.append(Shape((float("inf"),), quad, lum, True,
                                "黒いハイライト注釈" if subtype == "/Highlight" else "塗りつぶした注釈"))
    return shapes


def _quads(annot: Any) -> list[Box]:
    points = [float(v) for v in annot.get("/QuadPoints") or []]
    boxes = [_bbox(list(zip(points[k:k + 8:2], points[k + 1:k + 8:2]))) for k in range(0, len(points) - 7, 8)]
    return boxes or [_bbox([(0, 0)])]


def _share(glyph: Box, shape: Box) -> float:
    """The share of ``glyph``'s area under ``shape``."""
    w = min(glyph[2], shape[2]) - max(glyph[0], shape[0])
    h = min(glyph[3], shape[3]) - max(glyph[1], shape[1])
    area = (glyph[2] - glyph[0]) * (glyph[3] - glyph[1])
    return 0.0 if w <= 0 or h <= 0 or area <= 0 else w * h / area


_BAND = 24.0  # points: shapes are looked up by the horizontal bands they cross


class _Shapes:
    """The page's shapes by band, so that each glyph meets only the shapes
    around it (a table draws hundreds of rules and cells). Hairlines
    (table rules, underlines) cannot cover most of a glyph: left out."""

    def __init__(self, shapes: Sequence[Shape]) -> None:
        self.bands: dict[int, list[Shape]] = {}
        for s in shapes:
            x0, y0, x1, y1 = s.box
            if min(x1 - x0, y1 - y0) < 1.0:
                continue
            for band in range(int(y0 // _BAND), int(y1 // _BAND) + 1):
                self.bands.setdefault(band, []).append(s)

    def near(self, box: Box) -> list[Shape]:
        first, last = int(box[1] // _BAND), int(box[3] // _BAND)
        if first == last:
            return self.bands.get(first, [])
        return [s for band in range(first, last + 1) for s in self.bands.get(band, ())]


def hiding_shape(g: Glyph, box: Box, colour: float | None, shapes: Sequence[Shape]) -> Shape | None:
    """The shape that hides glyph ``g``, if any."""
    order = g.path + (g.op,)
    for s in shapes:
        if s.box[0] >= box[2] or s.box[2] <= box[0] or _share(box, s.box) < COVER_SHARE:
            continue
        if s.order > order and s.opaque:
            return s
        if s.order < order and s.opaque and colour is not None and abs(s.luminance - colour) < SAME_COLOUR:
            return s
    return None


def covered_text(page: Any, number: int, glyphs: Sequence[Glyph], char_glyphs: Sequence[tuple[int, ...]],
                 text: str, offset: int, ops: list[tuple[list[Any], bytes]] | None = None) -> list[Covered]:
    """Stretches of one page's text (``text``, at ``offset`` in the whole
    document's text) whose every glyph is hidden under a shape, one per line.
    ``ops``: the page's parsed content, when the glyph reading has it
    (parsing is most of the cost)."""
    if not glyphs:
        return []
    box = page.mediabox
    painter = _Painter(page.pdf, abs(float(box.width) * float(box.height)) or float("inf"))
    painter.run(ops if ops is not None else operations(page.get_contents(), page.pdf),
                page.get("/Resources"), IDENTITY, (), 0)
    shapes = painter.shapes + _annotation_shapes(page)
    if not shapes:
        return []
    index = _Shapes(shapes)
    if not index.bands:
        return []
    hidden: dict[int, Shape] = {}
    for k, g in enumerate(glyphs):
        if g.mode in (3, 7):
            continue  # invisible text is another matter (and not "covered")
        box = _bbox(list(zip(g.quad[0::2], g.quad[1::2])))
        s = hiding_shape(g, box, painter.text_colour.get((g.path, g.op), 0.0), index.near(box))
        if s is not None:
            hidden[k] = s
    if not hidden:
        return []
    found: list[Covered] = []
    run: list[int] = []          # character offsets of the current stretch

    def close() -> None:
        while run and not char_glyphs[run[-1]]:
            run.pop()
        if run:
            ks = [k for c in run for k in char_glyphs[c]]
            box = _bbox([p for k in ks for p in zip(glyphs[k].quad[0::2], glyphs[k].quad[1::2])])
            what = "・".join(dict.fromkeys(hidden[k].what for k in ks))
            reason = (f"page {number} の ({box[0]:.0f}, {box[1]:.0f})-({box[2]:.0f}, {box[3]:.0f}) の文字は"
                      f"{what}で覆われているだけで、テキストとして残っています（コピーや検索で読み出せます）")
            found.append(Covered(offset + run[0], offset + run[-1] + 1, number, box, reason))
        run.clear()

    for c, ch in enumerate(text):
        ks = char_glyphs[c] if c < len(char_glyphs) else ()
        if ch == "\n":
            close()
        elif not ks:
            if run:
                run.append(c)  # a space between covered characters
        elif all(k in hidden for k in ks):
            run.append(c)
        else:
            close()
    close()
    return found


def covered_findings(extracted: Any) -> list[Any]:
    """The covered stretches a PDF reading left in ``info["covered"]``, as
    MASK findings (label ``COVERED_TEXT``): the person who drew the box
    meant the text to be hidden, and it is not."""
    out = []
    for c in (extracted.info.get("covered") or []) if extracted is not None else []:
        # a low score: a detection of the same stretch (PHONE) keeps its label and wins the tie
        out.append(Finding("COVERED_TEXT", c.start, c.end, extracted.text[c.start:c.end], 0.5, "pdf_overlay",
                           action=MASK, reason=c.reason, attributes={"page": c.page}))
    if extracted is not None and extracted.info.get("pdf") is not None:  # --ocr: what OCR was unsure of
        out += uncertain_findings(extracted)
    return out


def with_covered(findings: list[Any], extracted: Any) -> list[Any]:
    """``findings`` with the covered stretches added, in text order. A
    finding inside a covered stretch stays (its label says what it is);
    the covered one says that it is only covered."""
    covered = covered_findings(extracted)
    if not covered:
        return findings
    return sorted([*findings, *covered], key=lambda f: (f.start, -f.end))
