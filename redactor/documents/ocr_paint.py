"""Masking on the image of a page read by OCR (``--ocr``).

The boxes are painted into the pixels of the deskewed rendering the OCR
read (``ocr.OcrPage.image``), and the page's content is replaced by that
one new image: the scan's own image object is no longer referenced and is
dropped with the other orphans, so nothing under a box survives in the
file (a box drawn over the old image would leave it extractable).
"""
from __future__ import annotations

import unicodedata
from typing import Any, Iterable, Sequence

from redactor.documents.ocr import Box, OcrPage

MARGIN = 0.1       # of a line's height, added around each painted box (ink_follow widens along the line)
INK = 0            # black


def char_groups(page: OcrPage, chars: Iterable[int]) -> list[list[int]]:
    """Character indexes grouped into runs on one line (consecutive, or
    with only spaces between): each run becomes one box, so the gaps
    between the characters of a name are painted too."""
    groups: list[list[int]] = []
    for i in sorted(set(chars)):
        if page.boxes[i] is None:
            continue
        if groups and all(page.text[j] in " \u3000" for j in range(groups[-1][-1] + 1, i)) \
                and _same_line(page, groups[-1][-1], i):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _same_line(page: OcrPage, a: int, b: int) -> bool:
    """Do characters ``a`` and ``b`` overlap across the line (a wrapped line
    runs on in the text without a break, but is painted line by line)?"""
    ba, bb = page.boxes[a], page.boxes[b]
    if ba is None or bb is None:
        return False
    lo, hi = (0, 2) if page.vertical else (1, 3)
    overlap = min(ba[hi], bb[hi]) - max(ba[lo], bb[lo])
    return overlap > 0.3 * min(ba[hi] - ba[lo], bb[hi] - bb[lo])


def widen_uncertain(page: OcrPage, chars: set[int], threshold: float) -> set[int]:
    """``chars`` grown over neighbouring characters OCR was unsure of (on
    the same line): a misread last character of a name is part of it."""
    out = set(chars)
    for i in sorted(chars):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(page.text) and page.text[j] != "\n" and page.boxes[j] is not None \
                    and page.conf[j] < threshold and j not in out:
                out.add(j)
                j += step
    return out


def mask_boxes(page: OcrPage, chars: Iterable[int]) -> list[Box]:
    """One box per run of characters: the union of their boxes, with a
    margin of ``MARGIN`` of the run's height on every side, in the image."""
    out: list[Box] = []
    w, h = page.image.size
    for group in char_groups(page, chars):
        boxes = [_full_glyph(page, i) for i in group]
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        m = max(4, int(MARGIN * max(y1 - y0 if not page.vertical else x1 - x0, 10)))
        box = (max(0, x0 - m), max(0, y0 - m), min(w, x1 + m), min(h, y1 + m))
        out.append(follow_ink(page.image, box, page.vertical))
    return out


def _full_glyph(page: OcrPage, i: int) -> Box:
    """The box of character ``i``, a full-width character's widened to a
    square: Tesseract often boxes only one part of a kanji (召 of 昭),
    and the other part would stay readable beside the paint."""
    x0, y0, x1, y1 = page.boxes[i]  # type: ignore[misc]
    if unicodedata.east_asian_width(page.text[i]) in ("W", "F"):
        if page.vertical and (y1 - y0) < (x1 - x0):
            grow = ((x1 - x0) - (y1 - y0) + 1) // 2
            y0, y1 = y0 - grow, y1 + grow
        elif not page.vertical and (x1 - x0) < (y1 - y0):
            grow = ((y1 - y0) - (x1 - x0) + 1) // 2
            x0, x1 = x0 - grow, x1 + grow
    return x0, y0, x1, y1


def follow_ink(image: Any, box: Box, vertical: bool, dark: int = 160) -> Box:
    """``box`` grown along the line while the strip just outside it still
    has ink (a stroke of a character OCR boxed too tightly), by at most
    half the line's height on each end: a remnant beside the paint could
    still be read."""
    import numpy as np

    ink = np.asarray(image) < dark
    h, w = ink.shape
    x0, y0, x1, y1 = box
    limit = max(4, ((x1 - x0) if vertical else (y1 - y0)) // 2)
    if vertical:
        for _ in range(limit):
            if y0 > 0 and ink[y0 - 1, x0:x1].any():
                y0 -= 1
        for _ in range(limit):
            if y1 < h and ink[y1, x0:x1].any():
                y1 += 1
    else:
        for _ in range(limit):
            if x0 > 0 and ink[y0:y1, x0 - 1].any():
                x0 -= 1
        for _ in range(limit):
            if x1 < w and ink[y0:y1, x1].any():
                x1 += 1
    return x0, y0, x1, y1


def paint(image: Any, boxes: Sequence[Box]) -> Any:
    """A copy of ``image`` with ``boxes`` filled opaque black."""
    from PIL import ImageDraw

    out = image.copy()
    draw = ImageDraw.Draw(out)
    for x0, y0, x1, y1 in boxes:
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=INK)
    return out


def replace_page_with_image(writer: Any, index: int, image: Any, scale: float) -> None:
    """Page ``index`` of ``writer`` becomes ``image`` (grey, Flate) and
    nothing else: new resources, new content, the page's own metadata,
    thumbnail and piece info removed (a thumbnail is a small copy of the
    scan)."""
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject)
    from pypdf.generic import ContentStream

    grey = image.convert("L")
    width, height = grey.size
    stream = DecodedStreamObject()
    stream.set_data(grey.tobytes())
    for key, value in (("/Type", NameObject("/XObject")), ("/Subtype", NameObject("/Image")),
                       ("/Width", NumberObject(width)), ("/Height", NumberObject(height)),
                       ("/ColorSpace", NameObject("/DeviceGray")), ("/BitsPerComponent", NumberObject(8))):
        stream[NameObject(key)] = value
    image_ref = writer._add_object(stream.flate_encode())
    w, h = round(width / scale, 3), round(height / scale, 3)
    target = writer.pages[index]
    for key in ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/Rotate", "/Group", "/StructParents",
                "/Thumb", "/PieceInfo", "/Metadata", "/B", "/AA", "/UserUnit"):
        if key in target:
            del target[NameObject(key)]
    target[NameObject("/MediaBox")] = ArrayObject([NumberObject(0), NumberObject(0), FloatObject(w), FloatObject(h)])
    target[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/RdOcr"): image_ref})})
    content = ContentStream(None, writer)
    content.operations = [([], b"q"), ([FloatObject(w), NumberObject(0), NumberObject(0), FloatObject(h),
                                        NumberObject(0), NumberObject(0)], b"cm"),
                          ([NameObject("/RdOcr")], b"Do"), ([], b"Q")]
    target[NameObject("/Contents")] = writer._add_object(content)
