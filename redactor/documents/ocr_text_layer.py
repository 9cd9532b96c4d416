"""The optional invisible text layer of a page masked on its image (``--ocr-text-layer``).

A scanned page written by ``--ocr`` is an image: the published PDF cannot
be searched. With ``--ocr-text-layer`` the page also carries the OCR text
as invisible text (render mode 3) at the words' places, as a scanner's
"searchable PDF" does, so that a reader finds 議案 or 損害賠償 in it.

The layer is the MASKED text: a masked run is written as its mask token
(［氏名］, or the style's token) over the painted box, never its value; the
characters painted only because OCR was unsure of them, or because the
reviewer drew a box over them, become the block token. The text is never
shown, so the font is a glyphless one made here (one blank glyph, every
character code drawn with it): nothing of a real font is embedded, and a
character the layer does not hold has no code at all. ``ocr_verify``
extracts the layer again and refuses the file if a masked value is in it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from redactor.documents.ocr import Box, OcrPage

Run = tuple[str, Box]     # text and the pixel box it is laid over (in OcrPage.image)


def block_token() -> str:
    from redactor.data_files import load_toml

    return str(load_toml("replacements.toml")["block"])


def layer_runs(page: OcrPage, start: int, masked: set[int], reps: Sequence[Any]) -> list[Run]:
    """The page's text as runs to lay over the image: kept words as OCR read
    them (a run ends at a space, a line end or a masked character), each
    masked stretch as ONE token over the union of its boxes on that line.

    ``start`` is the page's offset in the document text (``reps`` are in
    document offsets); ``masked`` holds page character indexes painted out."""
    rep_at: dict[int, Any] = {}
    for r in reps:
        for offset in range(max(r.start, start), min(r.end, start + len(page.text))):
            rep_at[offset - start] = r
    block = block_token()
    written: set[int] = set()       # replacements whose token is laid already (a wrapped value: once)
    runs: list[Run] = []
    text, boxes = page.text, page.boxes
    i = 0
    while i < len(text):
        box = boxes[i]
        if box is None or text[i].isspace():
            i += 1
            continue
        hidden = i in masked
        owner = rep_at.get(i) if hidden else None
        j, union = i, list(box)
        while j + 1 < len(text) and (b := boxes[j + 1]) is not None and not text[j + 1].isspace() \
                and (j + 1 in masked) == hidden and (rep_at.get(j + 1) if hidden else None) is owner \
                and _same_line(box, b, page.vertical):
            j += 1
            union = [min(union[0], b[0]), min(union[1], b[1]), max(union[2], b[2]), max(union[3], b[3])]
        if not hidden:
            runs.append((text[i:j + 1], tuple(union)))  # type: ignore[arg-type]
        elif owner is None:
            runs.append((block, tuple(union)))  # type: ignore[arg-type]
        elif id(owner) not in written:
            written.add(id(owner))
            runs.append((owner.text.replace("\r", "").replace("\n", "") or block, tuple(union)))  # type: ignore[arg-type]
        i = j + 1
    return runs


def _same_line(a: Box, b: Box, vertical: bool) -> bool:
    lo, hi = (0, 2) if vertical else (1, 3)
    return min(a[hi], b[hi]) - max(a[lo], b[lo]) > 0.3 * min(a[hi] - a[lo], b[hi] - b[lo])


@lru_cache(maxsize=1)
def glyphless_font() -> bytes:
    """A TrueType font of two empty glyphs, 1 em wide (fontTools): the
    layer's characters need codes and widths, never shapes."""
    import io

    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "blank"])
    fb.setupCharacterMap({})
    empty = TTGlyphPen(None).glyph()
    fb.setupGlyf({".notdef": empty, "blank": TTGlyphPen(None).glyph()})
    fb.setupHorizontalMetrics({".notdef": (1000, 0), "blank": (1000, 0)})
    fb.setupHorizontalHeader(ascent=1000, descent=0)
    fb.setupNameTable({"familyName": "RedactorGlyphless", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=1000, sTypoDescender=0, usWinAscent=1000, usWinDescent=0)
    fb.setupPost()
    buf = io.BytesIO()
    fb.save(buf)
    return buf.getvalue()


def _tounicode(codes: dict[str, int]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    items = sorted(codes.items(), key=lambda kv: kv[1])
    for k in range(0, len(items), 100):
        chunk = items[k:k + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for ch, code in chunk:
            lines.append(f"<{code:04X}> <{ch.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def add_text_layer(writer: Any, index: int, runs: Sequence[Run], scale: float, vertical: bool) -> None:
    """Lay ``runs`` as invisible text over page ``index`` (as written by
    ``ocr_paint.replace_page_with_image``: the image fills the page, one
    pixel is ``1/scale`` points). Codes are given per page, one per
    distinct character, in the order met."""
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject,
                               TextStringObject)

    codes: dict[str, int] = {}
    for text, _ in runs:
        for ch in text:
            codes.setdefault(ch, len(codes) + 1)
    if not codes:
        return

    def stream(data: bytes, **entries: Any) -> Any:
        s = DecodedStreamObject()
        s.set_data(data)
        for k, v in entries.items():
            s[NameObject("/" + k)] = v
        return writer._add_object(s.flate_encode())

    font_file = stream(glyphless_font(), Length1=NumberObject(len(glyphless_font())))
    cid_to_gid = stream(b"\x00\x00" + b"\x00\x01" * len(codes))   # every code is the blank glyph
    descriptor = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject("/RedactorGlyphless"),
        NameObject("/Flags"): NumberObject(5), NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (0, 0, 1000, 1000)]),
        NameObject("/ItalicAngle"): NumberObject(0), NameObject("/Ascent"): NumberObject(1000),
        NameObject("/Descent"): NumberObject(0), NameObject("/CapHeight"): NumberObject(1000),
        NameObject("/StemV"): NumberObject(80), NameObject("/FontFile2"): font_file}))
    cid_font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): NameObject("/RedactorGlyphless"),
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("Identity"),
            NameObject("/Supplement"): NumberObject(0)}),
        NameObject("/FontDescriptor"): descriptor, NameObject("/DW"): NumberObject(1000),
        NameObject("/CIDToGIDMap"): cid_to_gid}))
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/RedactorGlyphless"), NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([cid_font]), NameObject("/ToUnicode"): stream(_tounicode(codes))}))

    target = writer.pages[index]
    height = float(target.mediabox.height)
    ops = ["BT", "3 Tr", "/RdOcrText 1 Tf"]
    for text, (x0, y0, x1, y1) in runs:
        n = max(1, len(text))
        w, h = (x1 - x0) / scale, (y1 - y0) / scale
        if vertical:   # the run reads downwards: the text's x axis turned to point down the page
            matrix = (0.0, -h / n, w, 0.0, x0 / scale, height - y0 / scale)
        else:
            matrix = (w / n, 0.0, 0.0, h, x0 / scale, height - y1 / scale)
        hexcodes = "".join(f"{codes[ch]:04X}" for ch in text)
        ops.append(" ".join(f"{v:.3f}" for v in matrix) + f" Tm <{hexcodes}> Tj")
    ops.append("ET")
    resources = target["/Resources"]
    resources[NameObject("/Font")] = DictionaryObject({NameObject("/RdOcrText"): font})
    contents = target["/Contents"].get_object()
    data = contents.get_data() + b"\n" + "\n".join(ops).encode("ascii")
    layer = DecodedStreamObject()
    layer.set_data(data)
    target[NameObject("/Contents")] = writer._add_object(layer.flate_encode())


def layer_text(data: bytes, index: int) -> str:
    """The text a reader extracts from page ``index`` of ``data`` (PDFium)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        textpage = doc[index].get_textpage()
        try:
            return textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        doc.close()
