"""Scans made from text PDFs, for the OCR tests and measurements.

A page is rendered with PDFium (as a scanner would see the printed page),
turned by a small angle, sprinkled with noise, and saved as an image-only
PDF (PIL's PDF writer: one image per page, no text layer), the shape of a
bill scanned at the records office.
"""
from __future__ import annotations

import io
import random
from pathlib import Path

from pdf_factory import fpdf_bytes

SCAN_DPI = 200


def scan_pages(pdf: bytes | Path, *, dpi: int = SCAN_DPI, angle: float = 1.0, noise: float = 0.002,
               seed: int = 7) -> list:
    """Each page of ``pdf`` as a grey PIL image, turned by ``angle`` degrees,
    with ``noise`` of its pixels flipped to dark or light specks."""
    import pypdfium2 as pdfium
    from PIL import Image

    data = Path(pdf).read_bytes() if isinstance(pdf, Path) else pdf
    doc = pdfium.PdfDocument(data)
    rng = random.Random(seed)
    pages = []
    try:
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if angle:
                image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
            pixels = image.load()
            w, h = image.size
            for _ in range(int(w * h * noise)):
                pixels[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 200, 255))
            pages.append(image)
    finally:
        doc.close()
    return pages


def scanned_pdf_bytes(pages: list, dpi: int = SCAN_DPI) -> bytes:
    """An image-only PDF of ``pages`` (no text layer)."""
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def scan_of(pdf: bytes | Path, **kwargs) -> bytes:
    return scanned_pdf_bytes(scan_pages(pdf, **kwargs), kwargs.get("dpi", SCAN_DPI))


def text_pdf(text: str) -> bytes:
    """A text PDF of plain ``text`` in a real Japanese font (Noto Sans CJK,
    which CI installs for the review page's browser), so that OCR can read
    it; None-like empty bytes when the font is missing."""
    from fpdf import FPDF

    font = _cjk_font()
    if font is None:
        return b""
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.add_font("cjk", "", str(font))
    pdf.set_font("cjk", size=11)
    pdf.add_page()
    for line in text.splitlines():
        pdf.multi_cell(0, 7, line or " ", new_x="LMARGIN", new_y="NEXT")
    return fpdf_bytes(pdf)


def _cjk_font() -> Path | None:
    for p in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
              "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"):
        if Path(p).exists():
            return Path(p)
    return None
