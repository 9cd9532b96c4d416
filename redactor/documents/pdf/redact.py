"""Removing glyphs from PDF content streams, keeping everything else in place.

A box drawn over text is not redaction: the text stays extractable (the
incident that started issue 5). Here the bytes of each removed glyph leave
the string that drew it, and a ``TJ`` number equal to the glyph's advance
takes their place (``[<kept> -2000 <kept>] TJ``), so every glyph after it is
drawn exactly where it was; a filled box is then drawn where the removed
glyphs were.

Form XObjects are shared (one form on many pages, or used twice on one),
so a form with removed glyphs is never edited in place: the use on this
page gets a private copy under a new name, and the old name leaves this
page's resources when nothing here draws it any more, so that the
unredacted form is not reachable from the page.

Marked content that encloses a removed glyph loses its ``/ActualText``,
``/Alt`` and ``/E``: some extractors (pdftotext) print those instead of the
glyphs.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Sequence, cast

from pypdf import PdfWriter
from pypdf.generic import (ArrayObject, ByteStringObject, ContentStream, DecodedStreamObject,
                           DictionaryObject, FloatObject, NameObject)

from redactor.documents.pdf.glyphs import Glyph, digest, is_string, operations, string_bytes, xobject

Op = tuple[list[Any], bytes]
_HIDDEN_KEYS = ("/ActualText", "/Alt", "/E")
_SHOW = (b"Tj", b"TJ", b"'", b'"')


from redactor.errors import StreamChanged  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


@dataclass(frozen=True)
class Cut:
    """Bytes ``[start, end)`` of element ``element`` of a showing operator, removed."""

    element: int
    start: int
    end: int
    advance: float


def redact_page(writer: PdfWriter, page_index: int, removed: Sequence[Glyph],
                digests: dict[tuple[int, ...], str]) -> list[tuple[float, ...]]:
    """Remove ``removed`` from page ``page_index`` of ``writer`` and draw their boxes.

    Returns the box quads drawn (page space). Raises ``StreamChanged`` when
    a stream's operations differ from the fingerprint taken when reading.
    """
    page = writer.pages[page_index]
    cuts: dict[tuple[int, ...], dict[int, list[Cut]]] = defaultdict(lambda: defaultdict(list))
    for g in removed:
        cuts[g.path][g.op].append(Cut(g.element, g.start, g.end, float(g.advance or 0.0)))
    ops = operations(page.get_contents(), writer)
    rewriter = _Rewriter(writer, cuts, digests)
    resources = page.get("/Resources")
    new_ops, new_resources = rewriter.rewrite(ops, resources, ())
    if new_resources is not None:
        page[NameObject("/Resources")] = new_resources
    quads = box_quads(removed)
    content = ContentStream(None, writer)
    content.operations = [([], b"q"), *new_ops, ([], b"Q"), *box_ops(quads)]
    # A new stream object, never the old one rewritten in place: pages may
    # share one content stream (a template page repeated), and rewriting it
    # would change what the other pages were read as (and their digests).
    page[NameObject("/Contents")] = writer._add_object(content)
    return quads


class _Rewriter:
    def __init__(self, writer: PdfWriter, cuts: dict[tuple[int, ...], dict[int, list[Cut]]],
                 digests: dict[tuple[int, ...], str]) -> None:
        self.writer = writer
        self.cuts = cuts
        self.digests = digests
        self.paths = set(cuts)

    def _touches(self, path: tuple[int, ...]) -> bool:
        """Does any removal lie in this stream or a form it draws?"""
        return any(p[:len(path)] == path for p in self.paths)

    def rewrite(self, ops: list[Op], resources: Any, path: tuple[int, ...]) -> tuple[list[Op], Any]:
        """New operations for one stream and, when forms were copied, its new resources."""
        if self.digests.get(path) != digest(ops):
            raise StreamChanged(path)
        resources = resources.get_object() if resources is not None else DictionaryObject()
        own = self.cuts.get(path, {})
        new_res: DictionaryObject | None = None
        renamed: set[str] = set()
        out: list[Op] = []
        open_marks: list[list[Any]] = []   # [index in out, encloses a removal]
        for i, (operands, op) in enumerate(ops):
            changed = False
            if op in _SHOW and i in own:
                out.extend(_edit_show(operands, op, own[i]))
                changed = True
            elif op == b"Do" and operands and self._touches(path + (i,)):
                form_ref = xobject(resources, operands[0])
                if form_ref is not None and form_ref.get_object().get("/Subtype") == "/Form":
                    if new_res is None:
                        new_res = _private_resources(resources)
                    name = self._copy_form(form_ref.get_object(), resources, path + (i,), new_res)
                    renamed.add(str(operands[0]))
                    out.append(([NameObject(name)], b"Do"))
                    changed = True
                else:
                    out.append((operands, op))
            elif op in (b"BDC", b"BMC"):
                open_marks.append([len(out), False])
                out.append((operands, op))
            elif op == b"EMC":
                if open_marks:
                    index, encloses = open_marks.pop()
                    if encloses:
                        out[index] = _without_hidden_text(out[index])
                out.append((operands, op))
            else:
                out.append((operands, op))
            if changed:
                for mark in open_marks:
                    mark[1] = True
        for index, encloses in open_marks:  # unclosed marked content
            if encloses:
                out[index] = _without_hidden_text(out[index])
        if new_res is not None:
            still_drawn = {str(o[0]) for o, op in out if op == b"Do" and o}
            xobjects = cast(DictionaryObject, new_res["/XObject"])
            for name in renamed - still_drawn:
                del xobjects[NameObject(name)]
        return out, new_res

    def _copy_form(self, form: Any, parent_resources: Any, path: tuple[int, ...],
                   new_res: DictionaryObject) -> str:
        """A private, redacted copy of ``form`` registered in ``new_res``; returns its name."""
        inner_res = form.get("/Resources", parent_resources)
        form_ops, changed_res = self.rewrite(operations(form, self.writer), inner_res, path)
        content = ContentStream(None, self.writer)
        content.operations = form_ops
        copy = DecodedStreamObject()
        for key, value in form.items():
            if key not in ("/Length", "/Filter", "/DecodeParms"):
                copy[NameObject(key)] = value
        if changed_res is not None:
            copy[NameObject("/Resources")] = changed_res
        elif "/Resources" not in form and parent_resources is not None:
            copy[NameObject("/Resources")] = parent_resources
        copy.set_data(content.get_data())
        ref = self.writer._add_object(copy.flate_encode())
        xobjects = cast(DictionaryObject, new_res["/XObject"])
        n = 1
        while NameObject(f"/RdForm{n}") in xobjects:
            n += 1
        name = f"/RdForm{n}"
        xobjects[NameObject(name)] = ref
        return name


def _private_resources(resources: Any) -> DictionaryObject:
    """A copy of a resource dictionary (and its /XObject map) safe to change:
    resources are often one object shared by every page."""
    res = DictionaryObject(resources.get_object()) if resources is not None else DictionaryObject()
    xobjects = res.get("/XObject")
    res[NameObject("/XObject")] = DictionaryObject(xobjects.get_object()) if xobjects is not None else DictionaryObject()
    return res


def _edit_show(operands: list[Any], op: bytes, cuts: list[Cut]) -> list[Op]:
    """A showing operator with its cut bytes replaced by TJ numbers."""
    if op == b"TJ":
        items = list(operands[0]) if operands else []
    else:
        items = [operands[-1]] if operands else []
    by_element: dict[int, list[Cut]] = defaultdict(list)
    for c in cuts:
        by_element[c.element].append(c)
    array: list[Any] = []

    def push_number(value: float) -> None:
        if array and isinstance(array[-1], FloatObject):
            array[-1] = FloatObject(round(float(array[-1]) + value, 3))
        else:
            array.append(FloatObject(round(value, 3)))

    for index, item in enumerate(items):
        if not is_string(item):
            push_number(float(item))
            continue
        data = string_bytes(item)
        pos = 0
        for c in sorted(by_element.get(index, []), key=lambda c: c.start):
            if c.start > pos:
                array.append(ByteStringObject(data[pos:c.start]))
            push_number(-c.advance)
            pos = max(pos, c.end)
        if pos < len(data):
            array.append(ByteStringObject(data[pos:]))
    show: Op = ([ArrayObject(array)], b"TJ")
    if op == b"'":
        return [([], b"T*"), show]
    if op == b'"':
        return [([operands[0]], b"Tw"), ([operands[1]], b"Tc"), ([], b"T*"), show]
    return [show]


def _without_hidden_text(op: Op) -> Op:
    """The BDC with inline properties minus ActualText/Alt/E."""
    operands, name = op
    if name == b"BDC" and len(operands) == 2 and isinstance(operands[1], DictionaryObject):
        props = DictionaryObject({k: v for k, v in operands[1].items() if k not in _HIDDEN_KEYS})
        return [operands[0], props], name
    return op


def box_quads(glyphs: Iterable[Glyph]) -> list[tuple[float, ...]]:
    """One quad per run of removed glyphs that sit next to each other on a line."""
    quads: list[tuple[float, ...]] = []
    run: list[Glyph] = []

    def flush() -> None:
        if run:
            a, b = run[0].quad, run[-1].quad
            quads.append((a[0], a[1], b[2], b[3], b[4], b[5], a[6], a[7]))
            run.clear()

    for g in glyphs:
        if run and not _adjacent(run[-1], g):
            flush()
        run.append(g)
    flush()
    return quads


def _adjacent(a: Glyph, b: Glyph) -> bool:
    """``b`` starts where ``a`` ends, on the same line and in the same direction."""
    if a.direction != b.direction or abs(a.size - b.size) > 0.05 * a.size:
        return False
    ex, ey = a.quad[2], a.quad[3]
    return abs(b.quad[0] - ex) + abs(b.quad[1] - ey) <= 0.3 * a.size


def box_ops(quads: Iterable[tuple[float, ...]]) -> list[Op]:
    """Filled black quads, drawn after (over) the page content."""
    ops: list[Op] = []
    for q in quads:
        f = [FloatObject(round(v, 3)) for v in q]
        ops += [([f[0], f[1]], b"m"), ([f[2], f[3]], b"l"), ([f[4], f[5]], b"l"),
                ([f[6], f[7]], b"l"), ([], b"h")]
    if ops:
        return [([], b"q"), ([FloatObject(0)], b"g"), *ops, ([], b"f"), ([], b"Q")]
    return []
