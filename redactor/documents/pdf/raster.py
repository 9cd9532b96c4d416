"""The rasterised fallback: a page that cannot be redacted glyph by glyph
becomes an image of itself with the boxes painted in.

Only when the user asks for it (--rasterize-fallback): a page whose glyphs
cannot be located or decoded here (vertical writing, unknown CMaps) is read
with PDFium, and if anything on it is masked the whole page becomes a
rendered image with the boxes painted in. Its text layer is gone.
"""
from __future__ import annotations

from typing import Sequence

from pypdf import PdfWriter
from pypdf.generic import (ArrayObject, ContentStream, DecodedStreamObject, DictionaryObject, FloatObject,
                           NameObject, NumberObject)

from redactor.documents.pdf.glyphs import operations
from redactor.documents.pdf.redact import box_ops

RASTER_SCALE = 200 / 72   # 200 dpi: small print stays legible


def pdfium_available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def pdfium_page_text(data: bytes, password: str | None, index: int,
                     expected: int) -> tuple[str, list[tuple[float, ...]]] | None:
    """PDFium's text of one page, one box (quad) per character, or None when
    PDFium cannot decode it either (control characters, private use, U+FFFD,
    far fewer characters than glyphs): then the page stays unreadable."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data, password=password)
    try:
        textpage = doc[index].get_textpage()
        chars: list[str] = []
        boxes: list[tuple[float, ...]] = []
        for i in range(textpage.count_chars()):
            ch = textpage.get_text_range(i, 1)
            if ch in ("\r", "\n", "\r\n"):
                if chars and chars[-1] != "\n":
                    chars.append("\n")
                    boxes.append(())
                continue
            if len(ch) != 1 or not _plain_char(ch):
                return None
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            chars.append(ch)
            boxes.append((left, bottom, right, bottom, right, top, left, top))
        if sum(1 for c in chars if not c.isspace()) < 0.8 * expected:  # spaces may be glyphs too
            return None
        return "".join(chars).strip("\n"), boxes
    finally:
        doc.close()


def _plain_char(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch) not in ("Cc", "Co", "Cn", "Cs") and ch != "\ufffd"


def rasterize_page(writer: PdfWriter, index: int, quads: Sequence[tuple[float, ...]]) -> None:
    """Replace page ``index`` of ``writer`` by an image of itself with ``quads`` filled black.

    The boxes are drawn into the page first and the page rendered from a
    scratch copy, so box and text coordinates never need converting.
    """
    import io

    import pypdfium2 as pdfium

    scratch = PdfWriter()
    scratch.add_page(writer.pages[index])
    page = scratch.pages[0]
    content = ContentStream(None, scratch)
    content.operations = [([], b"q"), *operations(page.get_contents(), scratch), ([], b"Q"), *box_ops(quads)]
    page.replace_contents(content)
    buf = io.BytesIO()
    scratch.write(buf)
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        pw, ph = doc[0].get_size()
        bitmap = doc[0].render(scale=RASTER_SCALE, rev_byteorder=True, draw_annots=False)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        raw = bytes(bitmap.buffer)
        channels = bitmap.n_channels
    finally:
        doc.close()
    rows = b"".join(_rgb_row(raw[y * stride:y * stride + width * channels], channels) for y in range(height))
    image = DecodedStreamObject()
    image.set_data(rows)
    for key, value in (("/Type", NameObject("/XObject")), ("/Subtype", NameObject("/Image")),
                       ("/Width", NumberObject(width)), ("/Height", NumberObject(height)),
                       ("/ColorSpace", NameObject("/DeviceRGB")), ("/BitsPerComponent", NumberObject(8))):
        image[NameObject(key)] = value
    image_ref = writer._add_object(image.flate_encode())
    w, h = (pw, ph) if (width >= height) == (pw >= ph) else (ph, pw)  # rotated pages render turned
    target = writer.pages[index]
    for key in ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/Rotate", "/Group", "/StructParents"):
        if key in target:
            del target[NameObject(key)]
    target[NameObject("/MediaBox")] = ArrayObject([NumberObject(0), NumberObject(0), FloatObject(round(w, 3)),
                                                   FloatObject(round(h, 3))])
    target[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/RdPage"): image_ref})})
    page_content = ContentStream(None, writer)
    page_content.operations = [([], b"q"), ([FloatObject(round(w, 3)), NumberObject(0), NumberObject(0),
                                             FloatObject(round(h, 3)), NumberObject(0), NumberObject(0)], b"cm"),
                               ([NameObject("/RdPage")], b"Do"), ([], b"Q")]
    target[NameObject("/Contents")] = writer._add_object(page_content)  # never a stream other pages share


def _rgb_row(row: bytes, channels: int) -> bytes:
    if channels == 3:
        return row
    return b"".join(row[i:i + 3] for i in range(0, len(row), channels))
