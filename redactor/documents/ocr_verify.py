"""Checking the output of a page masked on its image (``--ocr``).

The text checks of ``verify`` see nothing on an image, so each page that
was read by OCR is checked on its pixels before the file is written:

- every painted box is opaque in the output as PDFium renders it;
- a second OCR of the output page finds none of the values masked on it
  (fuzzily: a value read again with an OCR error is still a leak);
- the scan's own image data is nowhere in the output file;
- with ``--ocr-text-layer``, the invisible text extracted from the page
  holds none of the masked values.

Any failure is a leak: the file is refused (``UnsafeOutput``), never
written with a warning.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Sequence

from redactor.documents.ocr import Box, OcrPage, build_page, run_tesseract

DARK = 64            # a painted pixel renders at most this light (0 black, 255 white)
OPAQUE = 0.995       # share of a box's inner pixels that must be dark


@dataclass
class PageCheck:
    """What was done to one OCR page, for the checks."""

    page: OcrPage
    boxes: list[Box]
    values: list[str]            # the masked values on this page, as OCR read them
    kept_text: str               # the page's OCR text with the masked stretches taken out
    text_layer: bool = False     # --ocr-text-layer: the page carries the masked text, invisible
    problems: list[str] = field(default_factory=list)


def key(text: str) -> str:
    """How a value is compared: NFKC, no spaces (OCR drops and adds them)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def allowed_errors(value: str) -> int:
    """Edits tolerated when looking for ``value``: none for short values
    (a fuzzy 3-character match is found everywhere), one per five characters."""
    return len(value) // 5


def fuzzy_find(needle: str, haystack: str, k: int) -> bool:
    """Does ``needle`` occur in ``haystack`` with at most ``k`` edits?
    (Sellers' approximate substring match, one row at a time.)"""
    if not needle:
        return False
    if k == 0:
        return needle in haystack
    prev = list(range(len(needle) + 1))
    for ch in haystack:
        cur = [0]
        for j, n in enumerate(needle, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (n != ch)))
        if cur[-1] <= k:
            return True
        prev = cur
    return False


def check_pages(data: bytes, checks: Sequence[PageCheck], original_images: Sequence[bytes]) -> list[str]:
    """Problems found in ``data`` (the output file), one line each; empty: safe."""
    import pypdfium2 as pdfium

    problems: list[str] = []
    for chunk in original_images:
        if chunk and chunk in data:
            problems.append("元のスキャン画像のデータが出力に残っています")
            break
    doc = pdfium.PdfDocument(data)
    try:
        for c in checks:
            number = c.page.index + 1
            rendered = doc[c.page.index].render(scale=c.page.scale, grayscale=True, draw_annots=True).to_pil().convert("L")
            (w, h), (iw, ih) = rendered.size, c.page.image.size
            if (w, h) != (iw, ih) and abs(w - iw) <= 2 and abs(h - ih) <= 2:  # PDFium's rounding of the page size
                rendered = rendered.crop((0, 0, iw, ih))   # a missing edge column reads as black: never hides a leak
            if rendered.size != c.page.image.size:   # the boxes would not line up: cannot be checked
                problems.append(f"page {number}: 出力ページの大きさが違い黒塗りを確認できません")
                continue
            clear = [b for b in c.boxes if not opaque(rendered, b)]
            if clear:
                problems.append(f"page {number}: 黒塗りが不透明になっていない箇所が {len(clear)}件あります")
            problems += [f"page {number}: {p}" for p in reread_leaks(rendered, c)]
            if c.text_layer:
                problems += [f"page {number}: {p}" for p in text_layer_leaks(data, c)]
    finally:
        doc.close()
    return problems


def opaque(image: Any, box: Box) -> bool:
    import numpy as np

    x0, y0, x1, y1 = box
    inner = np.asarray(image)[y0 + 1:y1 - 1, x0 + 1:x1 - 1]
    return inner.size == 0 or float((inner <= DARK).mean()) >= OPAQUE


def reread_leaks(rendered: Any, c: PageCheck) -> list[str]:
    """Masked values a second OCR of the output page still reads (places
    and lengths only, never the values)."""
    words = run_tesseract(rendered, "jpn_vert" if c.page.vertical else "jpn", psm=5 if c.page.vertical else 6)
    again = key(build_page(c.page.index, rendered, words, vertical=c.page.vertical).text)
    kept = key(c.kept_text)
    found = 0
    for value in {key(v) for v in c.values}:
        if len(value) < 2:
            continue
        k = allowed_errors(value)
        if fuzzy_find(value, again, k) and not fuzzy_find(value, kept, k):
            found += 1
    return [f"再 OCR で黒塗りした値が {found}件読めます"] if found else []


def text_layer_leaks(data: bytes, c: PageCheck) -> list[str]:
    """Masked values the page's invisible text layer holds, as a reader
    extracts it (exact: the layer is text, not a reading of pixels)."""
    from redactor.documents.ocr_text_layer import layer_text

    layer = key(layer_text(data, c.page.index))
    kept = key(c.kept_text)
    found = sum(1 for value in {key(v) for v in c.values} if value and value in layer and value not in kept)
    return [f"見えないテキスト層に黒塗りした値が {found}件あります"] if found else []


def reread_text(image: Any, vertical: bool = False) -> str:
    """The text a second OCR reads from ``image`` (for tests and measurements)."""
    words = run_tesseract(image, "jpn_vert" if vertical else "jpn", psm=5 if vertical else 6)
    return build_page(0, image, words, vertical=vertical).text
