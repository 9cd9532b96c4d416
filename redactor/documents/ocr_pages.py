"""Where OCR meets the PDF format (``--ocr``): the few hooks ``pdf.py`` calls.

- ``read_ocr_page``: a page the text reader cannot check (a scan, an
  unusable text layer) read by OCR instead, as a ``PageMap`` whose
  ``char_glyphs`` index the OCR character boxes;
- ``mask_ocr_page``: the page replaced by its image with the masked
  characters (and any ink OCR read nothing from) painted out;
- ``check_ocr_output``: the written file checked on its pixels
  (``ocr_verify``); a leak refuses the file;
- ``uncertain_findings`` and ``ocr_page_count``: what the pipeline adds
  (uncertain characters masked, the file marked "needs review").
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Sequence

from redactor.documents import ocr
from redactor.documents.base import Extracted, UnsafeOutput

_BYTES: dict[tuple[str, int, int], bytes] = {}


def _file_bytes(path: Path) -> bytes:
    """The PDF's bytes, read once per document (not once per page)."""
    st = path.stat()
    k = (str(path), st.st_mtime_ns, st.st_size)
    if k not in _BYTES:
        _BYTES.clear()
        _BYTES[k] = path.read_bytes()
    return _BYTES[k]


def read_ocr_page(path: Path, password: str | None, index: int, image_fraction: float,
                  add: Callable[..., int], notes: list[str], unreadable: list[str]) -> Any:
    """Read page ``index`` by OCR and add its text (``add``); a ``PageMap``,
    or None (with the reason in ``unreadable``) when OCR cannot read it."""
    from redactor.documents.pdf import PageMap

    number = index + 1
    try:
        page = ocr.read_page(_file_bytes(Path(path)), password, index)
    except (ocr.OcrUnavailable, ValueError) as exc:
        unreadable.append(f"page {number}: OCR で読めません: {exc}")
        return None
    lines, offset = [], 0
    for k, line in enumerate(page.text.split("\n")):
        lines.append((offset, k + 1))
        offset += len(line) + 1
    start = add(page.text, f"page {number}", lines)
    page.uncertain = [(start + a, start + b, why) for a, b, why in ocr.uncertain_spans(page)]
    extra = "".join(f"。{n}" for n in page.notes)
    skew = f"。傾き {page.skew:+.1f}° を補正" if abs(page.skew) >= 0.1 else ""
    notes.append(f"page {number}: {ocr.PAGE_NOTE}（画像として出力し、黒塗りは画像に描き込みます{skew}{extra}）")
    char_glyphs: list[tuple[int, ...]] = [(i,) if b is not None else () for i, b in enumerate(page.boxes)]
    return PageMap(index, start, [], char_glyphs, {}, image_fraction, None, None, page.text, ocr=page)


def mask_ocr_page(writer: Any, pm: Any, gone: set[int], extracted: Extracted, reps: Sequence[Any]) -> Any:
    """Paint the page's masked characters (grown over uncertain neighbours)
    and its unread ink, and make the painted image the whole page."""
    from redactor.documents.ocr_paint import mask_boxes, paint, replace_page_with_image, widen_uncertain
    from redactor.documents.ocr_verify import PageCheck

    page = pm.ocr
    chars = widen_uncertain(page, set(gone) | drawn_chars(page), ocr.UNCERTAIN_CONF)
    boxes = mask_boxes(page, chars) + list(page.unread_ink) + list(page.drawn)
    replace_page_with_image(writer, pm.index, paint(page.image, boxes), page.scale)
    if page.unread_ink:
        extracted.info.setdefault("notes", []).append(
            f"page {pm.index + 1}: OCR で文字として読めなかった部分（印影・手書き・かすれた行など）"
            f"{len(page.unread_ink)}箇所も黒塗りしました（必要なら原本から確認してください）")
    end = pm.start + len(page.text)
    values = [extracted.text[max(r.start, pm.start):min(r.end, end)] for r in reps
              if r.start < end and r.end > pm.start]
    values += drawn_values(page)   # what a reviewer boxed by hand must not be read again either
    kept = "".join("\x00" if i in chars else ch for i, ch in enumerate(page.text))
    layer = bool(extracted.info.get("ocr_text_layer"))
    if layer:  # --ocr-text-layer: the masked text, invisible, so that the page can be searched
        from redactor.documents.ocr_text_layer import add_text_layer, layer_runs

        add_text_layer(writer, pm.index, layer_runs(page, pm.start, chars, reps), page.scale, page.vertical)
    return PageCheck(page, boxes, values, kept, text_layer=layer)


def drawn_chars(page: ocr.OcrPage) -> set[int]:
    """Characters whose box is mostly inside a box the reviewer drew: they
    are masked like the recognizers' finds (widened over uncertain
    neighbours, left out of the text layer, looked for again)."""
    out: set[int] = set()
    for i, b in enumerate(page.boxes):
        if b is None:
            continue
        area = max(1, (b[2] - b[0]) * (b[3] - b[1]))
        for d in page.drawn:
            w, h = min(b[2], d[2]) - max(b[0], d[0]), min(b[3], d[3]) - max(b[1], d[1])
            if w > 0 and h > 0 and w * h >= 0.5 * area:
                out.add(i)
                break
    return out


def drawn_values(page: ocr.OcrPage) -> list[str]:
    """The runs of text under the drawn boxes, as OCR read them."""
    from redactor.documents.ocr_paint import char_groups

    return ["".join(page.text[i] for i in group) for group in char_groups(page, drawn_chars(page))]


def attach_drawn(extracted: Extracted | None, decisions: Any) -> None:
    """Give each OCR'd page the boxes a reviewer drew on it (``decisions.regions``).

    Fail closed: a box for a page that was not read by OCR in this run, or
    drawn on another image than the one read now (another scan, another
    version of the tool's deskew), stops the file with the reason; a box
    that cannot be painted is never dropped."""
    from redactor.decisions import DecisionsError

    regions = list(getattr(decisions, "regions", []) or [])
    if not regions:
        return
    pdf_map = extracted.info.get("pdf") if extracted is not None else None
    pages = {pm.index + 1: pm.ocr for pm in getattr(pdf_map, "pages", []) if getattr(pm, "ocr", None) is not None}
    for r in regions:
        page = pages.get(r.page)
        if page is None:
            raise DecisionsError(f"画像に描いた黒塗り {r.id} は {r.page}ページにありますが、このページは OCR で"
                                 "読んでいません（--ocr を付けて実行してください）")
        if page.image_sha256() != r.image_sha256:
            raise DecisionsError(f"画像に描いた黒塗り {r.id} の {r.page}ページの画像が確認したときと違います"
                                 "（別のスキャンか別の版の redactor）。確認用レポートを作り直してください")
        w, h = page.image.size
        x0, y0, x1, y1 = r.box
        box = (max(0, x0), max(0, y0), min(w, x1), min(h, y1))
        if box[0] >= box[2] or box[1] >= box[3]:
            raise DecisionsError(f"画像に描いた黒塗り {r.id} が {r.page}ページの画像の外にあります")
        if box not in page.drawn:
            page.drawn.append(box)


def review_pages(extracted: Extracted | None, findings: Sequence[Any], display_width: int = 1240) -> list[dict]:
    """What the review page shows of each OCR'd page: the ORIGINAL image
    (unpainted: the reviewer must see what is under each box; the review
    page is the one internal file allowed to hold it), scaled down for
    display as a data: URI, and the box of each finding on it in pixels of
    the OCR image (``width`` x ``height``), where a drawn box is given back."""
    import base64
    import io

    from redactor.decisions import finding_id
    from redactor.documents.ocr_paint import mask_boxes

    pdf_map = extracted.info.get("pdf") if extracted is not None else None
    out: list[dict] = []
    for pm in getattr(pdf_map, "pages", []):
        page = getattr(pm, "ocr", None)
        if page is None:
            continue
        end = pm.start + len(page.text)
        boxes = []
        for f in findings:
            a, b = max(f.start, pm.start), min(f.end, end)
            if a < b:
                for box in mask_boxes(page, range(a - pm.start, b - pm.start)):
                    boxes.append({"id": finding_id(f), "box": list(box)})
        w, h = page.image.size
        shown = page.image.copy()
        if w > display_width:
            shown = shown.resize((display_width, round(h * display_width / w)))
        buf = io.BytesIO()
        shown.convert("L").save(buf, format="PNG", optimize=True)
        out.append({"page": pm.index + 1, "width": w, "height": h, "sha256": page.image_sha256(),
                    "vertical": page.vertical, "boxes": boxes,
                    "image": "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")})
    return out


def check_ocr_output(data: bytes, checks: Sequence[Any], reader: Any, name: str) -> None:
    """Refuse (``UnsafeOutput``) an output whose OCR pages leak."""
    from redactor.documents.ocr_verify import check_pages

    problems = check_pages(data, checks, _original_images(reader, [c.page.index for c in checks]))
    if problems:
        raise UnsafeOutput(f"{name}: OCR で読んだページの検証で問題が見つかりました: {'、'.join(problems[:5])}")


def _original_images(reader: Any, indexes: Sequence[int]) -> list[bytes]:
    """A piece of the stored data of each image on the OCR'd pages (for the
    check that none is left in the output)."""
    out: list[bytes] = []
    for i in indexes:
        try:
            xobjects = reader.pages[i]["/Resources"]["/XObject"]
            items = [xobjects[k].get_object() for k in xobjects]
        except Exception:
            continue
        for obj in items:
            raw = getattr(obj, "_data", b"") or b""
            if obj.get("/Subtype") == "/Image" and len(raw) >= 64:
                mid = len(raw) // 2
                out.append(raw[mid - 32:mid + 32])
    return out


def ocr_page_count(extracted: Extracted | None) -> int:
    pdf_map = extracted.info.get("pdf") if extracted is not None else None
    return sum(1 for pm in getattr(pdf_map, "pages", []) if getattr(pm, "ocr", None) is not None)


def uncertain_findings(extracted: Extracted | None) -> list[Any]:
    """Characters OCR was unsure of next to a personal field, as MASK
    findings (label ``OCR_UNCERTAIN``): a misread name or number escapes
    the recognizers, so the uncertainty itself is masked."""
    from redactor.finding import MASK, Finding

    if extracted is None:
        return []
    pdf_map = extracted.info.get("pdf")
    out = []
    for pm in getattr(pdf_map, "pages", []):
        page = getattr(pm, "ocr", None)
        for a, b, why in getattr(page, "uncertain", []) if page is not None else []:
            out.append(Finding("OCR_UNCERTAIN", a, b, extracted.text[a:b], 0.4, "ocr", action=MASK, reason=why,
                               attributes={"page": pm.index + 1}))
    return out
