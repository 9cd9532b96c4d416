"""Scanned pages with --ocr: read by Tesseract, masked on the image, checked
on pixels, always "needs review"; without --ocr still refused.

The OCR tests build one scan from the bundled text PDF (examples/
agenda_bill.pdf: rendered at 200 dpi, turned 1°, with specks), mask it once
(module fixture: each OCR takes seconds) and look at the result's pixels
and at a second OCR of it. They skip with the reason when Tesseract or its
Japanese model is missing. The other tests need no Tesseract.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import pdf_factory as F
from redactor.cli.main import cli
from redactor.documents import ocr
from redactor.documents.ocr import OcrPage, parse_hocr, uncertain_spans
from redactor.documents.ocr_paint import mask_boxes, paint, widen_uncertain
from redactor.documents.ocr_verify import fuzzy_find, opaque

ROOT = Path(__file__).resolve().parent.parent
BILL = ROOT / "examples" / "agenda_bill.pdf"
KEY = b"test-key-for-ocr"
needs_ocr = pytest.mark.skipif(not ocr.available(), reason=f"OCR not available: {ocr.missing()}")


def run(args):
    return CliRunner().invoke(cli, args)


def _page(text: str, conf: dict[int, float] | None = None) -> OcrPage:
    """An OcrPage with one 40-px box per character on 60-px lines."""
    from PIL import Image

    boxes, x, y = [], 10, 10
    for ch in text:
        if ch == "\n":
            boxes.append(None)
            x, y = 10, y + 60
            continue
        boxes.append((x, y, x + 40, y + 40))
        x += 44
    confs = [(conf or {}).get(i, 96.0) for i in range(len(text))]
    return OcrPage(0, text, boxes, confs, Image.new("L", (x + 400, y + 80), 255))


# -- no Tesseract needed ----------------------------------------------------------

def test_scan_without_ocr_is_refused_with_the_hint(tmp_path):
    src = F.write_pdf(tmp_path, F.scanned_pdf(), "scan.pdf")
    result = run(["mask", str(src), "-o", str(tmp_path / "out.pdf")])
    assert result.exit_code == 2
    assert "画像だけのページ" in result.output and "--ocr" in result.output
    assert not (tmp_path / "out.pdf").exists()


def test_uncertain_character_on_a_name_line_is_masked_with_its_neighbours():
    text = "氏名　宮坂俊介\n本日は晴天なり"
    page = _page(text, {5: 41.0})              # 俊 read with low confidence
    assert [(a, b) for a, b, _ in uncertain_spans(page)] == [(4, 7)]


def test_uncertain_character_in_prose_is_not_masked():
    text = "氏名　宮坂俊介\n本日は晴天なり"
    page = _page(text, {11: 41.0})             # 晴: no field, no address, no number
    assert uncertain_spans(page) == []


def test_law_citation_is_no_address_line_but_a_lot_number_is():
    law = _page("地方自治法第96条第1項第13号の規定により", {20: 50.0})
    assert uncertain_spans(law) == []          # 第13号 of a law: no unit before it
    home = _page("さくら台市東町一丁目8番3号の自宅", {15: 50.0})
    assert uncertain_spans(home)               # 市 and 8番: an address line


def test_paint_covers_masked_run_and_its_uncertain_neighbour():
    page = _page("電話　0463-22-8870　担当", {15: 30.0})
    chars = widen_uncertain(page, set(range(3, 15)), 80.0)
    assert 15 in chars and 16 not in chars     # the low-confidence neighbour joins, the rest not
    boxes = mask_boxes(page, chars)
    assert len(boxes) == 1
    painted = paint(page.image, boxes)
    assert opaque(painted, boxes[0])
    assert not opaque(page.image, boxes[0])    # near miss: the unpainted image is not


def test_fuzzy_find_allows_one_error_in_five_but_not_in_short_values():
    assert fuzzy_find("0463228870", "電話0468228870", 2)
    assert not fuzzy_find("宮坂", "宮阪さん", 0)
    assert not fuzzy_find("宮坂俊介", "宮阪俊夫", 0)


def test_parse_hocr_keeps_characters_boxes_and_confidences():
    hocr = ("<span class='ocr_line' id='l1' title=\"bbox 0 0 100 40\">"
            "<span class='ocrx_word' id='w1' title='bbox 0 0 80 40; x_wconf 90'>"
            "<span class='ocrx_cinfo' title='x_bboxes 0 0 40 40; x_conf 97.5'>氏</span>"
            "<span class='ocrx_cinfo' title='x_bboxes 40 0 80 40; x_conf 55.0'>名</span></span></span>")
    words = parse_hocr(hocr)
    assert [c for c, _, _ in words[0].chars] == ["氏", "名"]
    assert words[0].chars[1][1] == (40, 0, 80, 40) and words[0].chars[1][2] == 55.0


# -- with Tesseract --------------------------------------------------------------

@pytest.fixture(scope="module")
def masked_scan(tmp_path_factory):
    from scan_factory import scan_of

    tmp = tmp_path_factory.mktemp("ocr")
    key = tmp / "key"
    key.write_bytes(KEY)
    src = tmp / "bill_scan.pdf"
    src.write_bytes(scan_of(BILL, dpi=200, angle=1.0))
    out = tmp / "out.pdf"
    result = run(["mask", "--ocr", str(src), "-o", str(out), "--audit-key-file", str(key),
                  "--format", "json"])
    page = ocr.read_page(src.read_bytes(), None, 0)   # where the values are, as the tool saw them
    return src, out, result, page


def _rendered(out: Path):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(out.read_bytes())
    try:
        return doc[0].render(scale=ocr.OCR_SCALE, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()


@needs_ocr
def test_ocr_mask_needs_review_with_the_page_note(masked_scan):
    _, out, result, _ = masked_scan
    assert result.exit_code == 1, result.output
    outcome = next(json.loads(line) for line in result.output.splitlines() if line.startswith("{"))
    assert outcome["status"] == "review"
    assert any(ocr.PAGE_NOTE in n for n in outcome["notes"])
    assert out.exists()


@needs_ocr
@pytest.mark.parametrize("value", ["宮坂", "0463-22-8870"])
def test_masked_values_are_painted_dark(masked_scan, value):
    _, out, _, page = masked_scan
    at = page.text.find(value)
    assert at >= 0, page.text                   # the scan was read well enough to find it
    image = _rendered(out)
    for i in range(at, at + len(value)):
        x0, y0, x1, y1 = page.boxes[i]
        assert opaque(image, (x0 + 2, y0 + 2, x1 - 2, y1 - 2)), (value, i)


@needs_ocr
def test_reocr_keeps_unmasked_text_and_finds_no_masked_value(masked_scan):
    from redactor.documents.ocr_verify import key, reread_text

    _, out, _, _ = masked_scan
    again = key(reread_text(_rendered(out)))
    for kept in ("損害賠償の額を定めることについて", "地方自治法", "長谷川"):
        # as the leak check reads: one OCR error in five characters (a speck read as 人 between two)
        assert fuzzy_find(key(kept), again, len(key(kept)) // 5), again
    for masked in ("宮坂俊介", "0463-22-8870", "東町一丁目8番3号", "昭和31年9月17日"):
        assert not fuzzy_find(key(masked), again, len(key(masked)) // 5), masked


@needs_ocr
def test_original_scan_image_is_not_in_the_output(masked_scan):
    src, out, _, _ = masked_scan
    from pypdf import PdfReader

    page = PdfReader(str(src)).pages[0]
    images = [page["/Resources"]["/XObject"][k].get_object() for k in page["/Resources"]["/XObject"]]
    data = out.read_bytes()
    for img in images:
        raw = img._data
        assert raw[len(raw) // 2:len(raw) // 2 + 64] not in data


def test_dash_and_letters_between_digits_get_their_number_shape_back():
    from redactor.documents.ocr import fold_confusables

    assert fold_confusables("電話0240一44ー2790") == "電話0240-44-2790"
    assert fold_confusables("2O5号室") == "205号室"
    assert fold_confusables("第一回　十一月") == "第一回　十一月"   # near miss: kanji numerals stay
    assert fold_confusables("A一B") == "A一B"


def _word(text: str, line: int, x: int, y: int, size: int = 40):
    from redactor.documents.ocr import Word

    chars = [(ch, (x + k * size, y, x + (k + 1) * size, y + size), 95.0) for k, ch in enumerate(text)]
    return Word(chars, (line,), (x, y, x + len(text) * size, y + size))


def test_a_line_wrapped_at_the_margin_runs_on_and_is_painted_line_by_line():
    from PIL import Image

    from redactor.documents.ocr import build_page

    words = [_word("自家用車（湘南500な12-", 1, 100, 100), _word("58）に接触した", 2, 100, 160),
             _word("以上", 3, 100, 220)]
    page = build_page(0, Image.new("L", (1200, 400), 255), words, vertical=False)
    assert "12-58）" in page.text and "した\n以上" in page.text   # a short line still ends
    start = page.text.index("12-58")
    boxes = mask_boxes(page, range(start, start + 5))
    assert len(boxes) == 2                      # one box per printed line, not one over both


@needs_ocr
def test_vertical_page_is_read_with_the_vertical_model_and_the_name_painted(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    from scan_factory import _cjk_font, scanned_pdf_bytes

    if _cjk_font() is None:
        pytest.skip("no Japanese font to draw a vertical page")
    font = ImageFont.truetype(str(_cjk_font()), 34)
    image = Image.new("L", (1654, 2339), 255)
    draw, x = ImageDraw.Draw(image), 1400
    for column in ("議案第二十号", "相手方　氏名　宮坂俊介", "令和六年六月三日提出"):
        for k, ch in enumerate(column):
            draw.text((x, 200 + 40 * k), ch, font=font, fill=0)
        x -= 80
    src = tmp_path / "vertical.pdf"
    src.write_bytes(scanned_pdf_bytes([image]))
    page = ocr.read_page(src.read_bytes(), None, 0)
    assert page.vertical and "宮坂" in page.text
    out = tmp_path / "out.pdf"
    result = run(["mask", "--ocr", str(src), "-o", str(out)])
    assert result.exit_code == 1, result.output
    at = page.text.index("宮坂")
    rendered = _rendered(out)
    for i in (at, at + 1):
        x0, y0, x1, y1 = page.boxes[i]
        assert opaque(rendered, (x0 + 2, y0 + 2, x1 - 2, y1 - 2))
    x0, y0, x1, y1 = page.boxes[page.text.index("議")]
    assert not opaque(rendered, (x0 + 2, y0 + 2, x1 - 2, y1 - 2))   # the bill's number stays


def test_a_gap_inside_a_number_is_no_space_but_one_after_a_label_is():
    from PIL import Image

    from redactor.documents.ocr import build_page

    words = [_word("電話", 1, 100, 100), _word("07", 1, 240, 100), _word("0-4919", 1, 360, 100)]
    page = build_page(0, Image.new("L", (1000, 300), 255), words, vertical=False)
    assert page.text == "電話\u300007" + "0-4919"


def test_a_dash_read_twice_in_a_number_becomes_one_with_both_boxes():
    from PIL import Image

    from redactor.documents.ocr import build_page

    page = build_page(0, Image.new("L", (1000, 300), 255), [_word("44-ー2790", 1, 100, 100)], vertical=False)
    assert page.text == "44-2790" and page.boxes[2] == (180, 100, 260, 140)
    near = build_page(0, Image.new("L", (1000, 300), 255), [_word("第-ー号", 1, 100, 100)], vertical=False)
    assert near.text == "第-ー号"                  # not between digits: as read


# -- the invisible text layer (--ocr-text-layer) ---------------------------------------

def _layered_pdf(page: OcrPage, masked: set[int], reps=()) -> bytes:
    """A one-page PDF: ``page``'s image as the page, its text layer over it."""
    import io

    from pypdf import PdfWriter

    from redactor.documents.ocr_paint import replace_page_with_image
    from redactor.documents.ocr_text_layer import add_text_layer, layer_runs

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    replace_page_with_image(writer, 0, page.image, page.scale)
    add_text_layer(writer, 0, layer_runs(page, 0, masked, reps), page.scale, page.vertical)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_text_layer_writes_the_token_for_a_masked_run_and_never_the_value():
    from redactor.documents.ocr_text_layer import block_token, layer_text
    from redactor.documents.ocr_verify import PageCheck, key, text_layer_leaks

    text = "氏名　宮坂俊介\n本日は晴天なり"
    page = _page(text)
    masked = set(range(3, 7))
    data = _layered_pdf(page, masked)
    layer = key(layer_text(data, 0))
    assert key("本日は晴天なり") in layer and "氏名" in layer     # the kept text is searchable
    assert "宮坂" not in layer and block_token() in layer
    kept = "".join("\x00" if i in masked else ch for i, ch in enumerate(text))
    assert text_layer_leaks(data, PageCheck(page, [], ["宮坂俊介"], kept, text_layer=True)) == []
    # near miss: a layer written without the mask holds the value, and the check says so
    leaky = _layered_pdf(page, set())
    assert text_layer_leaks(leaky, PageCheck(page, [], ["宮坂俊介"], kept, text_layer=True))


def test_text_layer_uses_the_replacement_token_once_for_a_wrapped_value():
    from redactor.documents.ocr_text_layer import layer_runs
    from redactor.finding import MASK, Finding
    from redactor.masking import Replacement

    text = "電話　0463-22-\n8870まで"
    page = _page(text)
    f = Finding("PHONE", 3, 16, text[3:16], 0.9, "test", action=MASK)
    runs = layer_runs(page, 0, set(range(3, 16)), [Replacement(f, 3, 16, "［電話番号］")])
    assert [t for t, _ in runs] == ["電話", "［電話番号］", "まで"]


def test_text_layer_needs_ocr(tmp_path):
    src = F.write_pdf(tmp_path, F.scanned_pdf(), "scan.pdf")
    result = run(["mask", str(src), "--ocr-text-layer", "-o", str(tmp_path / "out.pdf")])
    assert result.exit_code == 2 and "--ocr" in result.output
    assert not (tmp_path / "out.pdf").exists()


@needs_ocr
def test_ocr_text_layer_makes_the_page_searchable_without_masked_values(masked_scan, tmp_path):
    from pypdf import PdfReader

    from redactor.documents.ocr_text_layer import layer_text
    from redactor.documents.ocr_verify import key

    src, plain_out, _, _ = masked_scan
    out = tmp_path / "layer.pdf"
    result = run(["mask", "--ocr", "--ocr-text-layer", str(src), "-o", str(out)])
    assert result.exit_code == 1, result.output
    for text in (layer_text(out.read_bytes(), 0), PdfReader(str(out)).pages[0].extract_text()):
        layer = key(text)
        assert key("損害賠償の額を定めることについて") in layer and key("［氏名］") in layer
        for masked in ("宮坂俊介", "0463-22-8870", "東町一丁目8番3号", "昭和31年9月17日"):
            assert key(masked) not in layer, masked
    assert key(PdfReader(str(plain_out)).pages[0].extract_text()) == ""      # near miss: no layer asked for
    assert _rendered(out).tobytes() == _rendered(plain_out).tobytes()   # invisible: the same pixels


def test_a_lone_katakana_beside_kanji_is_read_as_its_kanji_look_alike():
    from redactor.documents.ocr import fold_confusables

    assert fold_confusables("氏名　森田昭ニ\n") == "氏名　森田昭二\n"     # a name's last kanji
    assert fold_confusables("エ藤さん、人ロ減少、第ー回") == "工藤さん、人口減少、第一回"
    # near misses: katakana words, the counter カ, the item marks of a law
    assert fold_confusables("ニュースとハナミズキ") == "ニュースとハナミズキ"
    assert fold_confusables("3カ月と2カ所") == "3カ月と2カ所"
    assert fold_confusables("同条第2号ロに規定") == "同条第2号ロに規定"


def test_a_small_tsu_ending_a_katakana_word_and_an_at_read_as_no_are_given_back():
    from redactor.documents.ocr import fold_confusables

    assert fold_confusables("氏名　小松ミッ\n") == "氏名　小松ミツ\n"
    assert fold_confusables("mori.kenta77のexample.jp まで") == "mori.kenta77@example.jp まで"
    assert fold_confusables("キャッチャーとミット") == "キャッチャーとミット"   # near miss: ッ inside a word
    assert fold_confusables("ABCの報告、東京の会議") == "ABCの報告、東京の会議"   # near miss: no domain after


def test_a_tilted_scan_is_rendered_level_by_pdfium_in_one_resampling():
    from scan_factory import scan_of

    scan = scan_of(BILL, dpi=200, angle=-2.5)
    straight, _ = ocr.render_page(scan, None, 0)
    skew = ocr.estimate_skew(ocr.despeckle(straight))
    assert abs(skew - 2.5) <= 0.15                      # the tilt is measured (near miss: the plain rendering)
    level = ocr.deskewed(scan, None, 0, ocr.despeckle(straight), skew)
    assert level.size == straight.size
    assert abs(ocr.estimate_skew(level)) <= 0.15
    turned, _ = ocr.render_page(scan, None, 0, turn=skew)
    assert turned.size == straight.size and abs(ocr.estimate_skew(ocr.despeckle(turned))) <= 0.15


@needs_ocr
def test_a_scan_tilted_the_other_way_is_read_and_masked(tmp_path):
    from scan_factory import scan_of

    src = tmp_path / "tilted.pdf"
    src.write_bytes(scan_of(BILL, dpi=200, angle=-2.5))
    page = ocr.read_page(src.read_bytes(), None, 0)
    assert abs(page.skew - 2.5) <= 0.15 and "宮坂俊介" in page.text
    out = tmp_path / "out.pdf"
    assert run(["mask", "--ocr", str(src), "-o", str(out)]).exit_code == 1
    at = page.text.index("宮坂俊介")
    image = _rendered(out)
    for i in range(at, at + 4):
        x0, y0, x1, y1 = page.boxes[i]
        assert opaque(image, (x0 + 2, y0 + 2, x1 - 2, y1 - 2))


def test_a_long_vowel_mark_is_a_kanji_one_only_between_kanji():
    from redactor.documents.ocr import fold_confusables

    assert fold_confusables("第ー回定例会") == "第一回定例会"
    assert fold_confusables("すごーい話") == "すごーい話"          # near miss: a long vowel after hiragana
