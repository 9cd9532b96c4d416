"""The review page of a scan (redactor review --ocr): the original page image
with the findings' boxes, boxes the reviewer draws on it (decisions.json
``regions``), and ``redactor mask --ocr --decisions`` painting them.

The scan is made from the bundled bill (examples/agenda_bill.pdf, made-up
names). The chair's name (長谷川) is KEEP for the tool (an official title
before it); the reviewer boxes it by hand, so the output must paint it.
Tests that need Tesseract skip with the reason; the drawing test also
needs Playwright and chromium (as tests/test_review_browser.py).
"""
from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.decisions import DecisionsError, parse_decisions
from redactor.documents import ocr
from redactor.documents.ocr_verify import fuzzy_find, key, opaque, reread_text

ROOT = Path(__file__).resolve().parent.parent
BILL = ROOT / "examples" / "agenda_bill.pdf"
KEPT = "長谷川"          # the mayor's name: KEEP by the tool, boxed by the reviewer
MASKED = "宮坂"          # the other party: MASK by the tool
needs_ocr = pytest.mark.skipif(not ocr.available(), reason=f"OCR not available: {ocr.missing()}")
SHA = "0" * 64


def run(args):
    return CliRunner().invoke(cli, args)


def _decisions(document: dict, regions: list[dict]) -> dict:
    return {"format": "redactor-decisions", "version": 1, "document": document, "reviewer": "総務課 試験",
            "time": "2026-01-01T00:00:00Z", "findings": [], "manual": [], "regions": regions}


def _report_data(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)[1])


# -- no Tesseract needed ------------------------------------------------------------

def test_regions_are_read_and_audited_but_a_box_of_no_size_is_refused():
    doc = {"sha256": SHA}
    good = parse_decisions(_decisions(doc, [{"id": "D1", "page": 1, "box": [10, 20, 110, 60], "image_sha256": SHA}]))
    assert [(r.page, r.box) for r in good.regions] == [(1, (10, 20, 110, 60))]
    for bad in ({"page": 1, "box": [10, 20, 10, 60], "image_sha256": SHA},      # no width
                {"page": 0, "box": [10, 20, 110, 60], "image_sha256": SHA},     # pages count from 1
                {"page": 1, "box": [10, 20, 110, 60]}):                         # drawn on which image?
        with pytest.raises(DecisionsError):
            parse_decisions(_decisions(doc, [bad]))


def test_a_region_on_a_document_not_read_by_ocr_stops_the_file(tmp_path):
    from redactor.audit import sha256_text

    text = "申立人の宮坂俊介さんの電話番号は0463-22-8870である。\n"
    src = tmp_path / "minutes.txt"
    src.write_text(text, encoding="utf-8")
    dec = tmp_path / "decisions.json"
    dec.write_text(json.dumps(_decisions({"sha256": sha256_text(text)},
                                         [{"id": "D1", "page": 1, "box": [1, 1, 50, 50], "image_sha256": SHA}])),
                   encoding="utf-8")
    out = tmp_path / "public.txt"
    result = run(["mask", str(src), "--decisions", str(dec), "-o", str(out)])
    assert result.exit_code == 2 and "OCR" in result.output, result.output
    assert not out.exists()
    # near miss: the same file without the region is applied
    dec.write_text(json.dumps(_decisions({"sha256": sha256_text(text)}, [])), encoding="utf-8")
    assert run(["mask", str(src), "--decisions", str(dec), "-o", str(out)]).exit_code in (0, 1)


# -- with Tesseract -----------------------------------------------------------------

@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The scan, its review page, and the page as the tool read it."""
    from scan_factory import scan_of

    if not ocr.available():
        pytest.skip(f"OCR not available: {ocr.missing()}")
    tmp = tmp_path_factory.mktemp("ocr_review")
    src = tmp / "bill_scan.pdf"
    src.write_bytes(scan_of(BILL, dpi=200, angle=1.0))
    report = tmp / "bill.review.html"
    result = run(["review", "--ocr", str(src), "-o", str(report)])
    assert result.exit_code == 1, result.output        # OCR'd pages always need a person
    page = ocr.read_page(src.read_bytes(), None, 0)
    return tmp, src, report, page


def _run_box(page, value: str, pad: int = 3) -> list[int]:
    at = page.text.index(value)
    boxes = [page.boxes[i] for i in range(at, at + len(value))]
    return [min(b[0] for b in boxes) - pad, min(b[1] for b in boxes) - pad,
            max(b[2] for b in boxes) + pad, max(b[3] for b in boxes) + pad]


def _rendered(path: Path):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        return doc[0].render(scale=ocr.OCR_SCALE, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()


def _inside(outer, inner) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]


@needs_ocr
def test_review_page_shows_the_original_image_with_the_boxes(reviewed):
    from PIL import Image

    _, _, report, page = reviewed
    html = report.read_text(encoding="utf-8")
    sources = re.findall(r'<img\b[^>]*\ssrc="([^"]*)"', html)
    assert len(sources) == 1 and sources[0].startswith("data:image/png;base64,")   # still no external reference
    data = _report_data(html)
    (p,) = data["pages"]
    assert (p["width"], p["height"]) == page.image.size and p["sha256"] == page.image_sha256()
    assert "image" not in p                                  # the image is in the page once, not in the JSON too
    names = {f["id"] for f in data["findings"] if f["action"] == "MASK" and MASKED in
             data["text"][f["start"]:f["end"]]}
    name_box = _run_box(page, MASKED, pad=0)
    assert any(b["id"] in names and _inside(b["box"], name_box) for b in p["boxes"])
    # the image shown is the original: the masked name is still ink there, not paint
    shown = Image.open(io.BytesIO(base64.b64decode(sources[0].split(",", 1)[1]))).convert("L")
    scale = shown.size[0] / p["width"]
    x0, y0, x1, y1 = (round(v * scale) for v in name_box)
    assert not opaque(shown, (x0 + 1, y0 + 1, x1 - 1, y1 - 1))


@needs_ocr
def test_a_box_drawn_on_the_page_is_painted_by_mask(reviewed):
    tmp, src, report, page = reviewed
    data = _report_data(report.read_text(encoding="utf-8"))
    box = _run_box(page, KEPT)
    dec = tmp / "drawn.json"
    dec.write_text(json.dumps(_decisions(data["document"], [{"id": "D1", "page": 1, "box": box,
                                                             "image_sha256": data["pages"][0]["sha256"]}])),
                   encoding="utf-8")
    _check_painted(tmp, src, dec, page, box)


def _check_painted(tmp: Path, src: Path, dec: Path, page, box: list[int]) -> None:
    out = tmp / f"public_{dec.stem}.pdf"
    result = run(["mask", "--ocr", str(src), "--decisions", str(dec), "-o", str(out), "--force"])
    assert result.exit_code == 1, result.output
    image = _rendered(out)
    at = page.text.index(KEPT)
    for i in range(at, at + len(KEPT)):
        x0, y0, x1, y1 = page.boxes[i]
        assert opaque(image, (x0 + 2, y0 + 2, x1 - 2, y1 - 2)), i
    again = key(reread_text(image))
    assert not fuzzy_find(key(KEPT), again, 0)
    assert key("令和6年6月3日提出") in again        # near miss: the line above the box stays
    audit = [json.loads(line) for line in Path(f"{out}.audit.jsonl").read_text(encoding="utf-8").splitlines()]
    (region,) = [r for r in audit if r.get("kind") == "region"]
    assert region["box"] == box and region["decided_by"] == "human" and region["page"] == 1
    # only the review page holds the original image: not the output, its audit log or the decisions
    for path in (out, Path(f"{out}.audit.jsonl"), dec):
        raw = path.read_bytes()
        assert b"data:image" not in raw and b"\x89PNG" not in raw and KEPT.encode() not in raw


@needs_ocr
def test_a_box_drawn_on_another_image_is_refused(reviewed):
    tmp, src, report, page = reviewed
    data = _report_data(report.read_text(encoding="utf-8"))
    dec = tmp / "other.json"
    dec.write_text(json.dumps(_decisions(data["document"], [{"id": "D1", "page": 1, "box": _run_box(page, KEPT),
                                                             "image_sha256": "f" * 64}])), encoding="utf-8")
    out = tmp / "refused.pdf"
    result = run(["mask", "--ocr", str(src), "--decisions", str(dec), "-o", str(out)])
    assert result.exit_code == 2 and "画像が確認したときと違います" in result.output, result.output
    assert not out.exists()


# -- drawing with the mouse in a real browser ----------------------------------------

def _browser():
    try:
        from playwright import sync_api
    except ImportError:
        pytest.skip("playwright が未インストール（pip install playwright）")
    chromium = os.environ.get("REDACTOR_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium が見つからない（apt-get install chromium）")
    return sync_api, chromium


@needs_ocr
def test_the_reviewer_draws_a_box_with_the_mouse_and_mask_paints_it(reviewed):
    sync_api, chromium = _browser()
    tmp, src, report, page = reviewed
    target = _run_box(page, KEPT, pad=8)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            context = browser.new_context(accept_downloads=True, viewport={"width": 1440, "height": 900})
            view = context.new_page()
            problems = []
            view.on("pageerror", lambda e: problems.append(str(e)))
            view.goto(report.as_uri())
            view.wait_for_selector("html[data-ready]")
            assert view.locator('.obox[data-action="MASK"]').count() > 0
            canvas = view.locator(".page-canvas").first
            canvas.scroll_into_view_if_needed()
            r = canvas.bounding_box()
            sx, sy = r["width"] / page.image.size[0], r["height"] / page.image.size[1]
            view.mouse.move(r["x"] + target[0] * sx, r["y"] + target[1] * sy)
            view.mouse.down()
            view.mouse.move(r["x"] + target[2] * sx, r["y"] + target[3] * sy, steps=5)
            view.mouse.up()
            assert view.locator(".obox.drawn").count() == 1
            view.fill("#reviewer", "総務課 試験太郎")
            with view.expect_download() as dl:
                view.click("#export")
            dec = tmp / "browser.json"
            dl.value.save_as(dec)
            assert problems == []
        finally:
            browser.close()
    (region,) = json.loads(dec.read_text(encoding="utf-8"))["regions"]
    assert region["page"] == 1 and _inside(region["box"], _run_box(page, KEPT, pad=0))
    _check_painted(tmp, src, dec, page, region["box"])
