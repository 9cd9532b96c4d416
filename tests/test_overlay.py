"""PDFs "masked" by others: text under a box drawn over it is still there.

``check`` reports it (COVERED_TEXT, MASK, with page and box) and ``verify``
without an audit log finds it. The near misses are the ordinary drawings
of real documents: an underline, a coloured highlight under the text, a
box beside the text, white text on a dark heading bar. Made-up names and
numbers only; the PDFs are written with fpdf2 (text, then a filled rect).
"""
import json

import pytest
from click.testing import CliRunner

import pdf_factory as F
from redactor.cli.main import cli

LINES = ["令和6年度 第2回 審査会 会議録", "相手方 北浜一郎 の電話は 090-5555-0101 です", "以上で閉会した。"]
SECRET = "090-5555-0101"
X, TOP = 72.0, 120.0          # first baseline, from the top of the page (fpdf2's y)
LEADING = 24.0


def run(args):
    return CliRunner().invoke(cli, args, env={"REDACTOR_AUDIT_KEY": "made-up key"})


def _span(pdf, line: int, part: str) -> tuple[float, float, float]:
    """x, width and baseline (fpdf2 y) of ``part`` on line ``line``."""
    text = LINES[line]
    x = X + pdf.get_string_width(text[:text.index(part)])
    return x, pdf.get_string_width(part), TOP + line * LEADING


def make_pdf(tmp_path, draw, name="doc.pdf", before=None, text_colour=(0, 0, 0)):
    """The three lines, with ``before(pdf)`` drawn under the text and
    ``draw(pdf)`` over it."""
    pdf = F._fpdf("".join(LINES))
    pdf.add_page()
    if before:
        before(pdf)
    pdf.set_text_color(*text_colour)
    for i, line in enumerate(LINES):
        pdf.text(X, TOP + i * LEADING, line)
    if draw:
        draw(pdf)
    path = tmp_path / name
    path.write_bytes(F.fpdf_bytes(pdf))
    return path


def box_over(part, colour=(0, 0, 0), line=1, height=None, shift=0.0):
    def draw(pdf):
        x, w, base = _span(pdf, line, part)
        size = F.FONT_SIZE
        h = height if height is not None else size * 1.2
        pdf.set_fill_color(*colour)
        top = base - size if height is None else base + 1
        pdf.rect(x + shift, top, w, h, style="F")
    return draw


def covered(report):
    return [f for f in report["files"][0]["findings"] if f["label"] == "COVERED_TEXT"]


def check_json(path, *extra):
    result = run(["check", str(path), "--format", "json", *extra])
    return result, json.loads(result.stdout)


def test_a_black_box_drawn_over_text_is_reported_as_only_covered(tmp_path):
    path = make_pdf(tmp_path, box_over(SECRET))
    result, report = check_json(path)
    assert result.exit_code == 1
    (finding,) = covered(report)
    assert finding["action"] == "MASK" and finding["location"] == "page 1, line 2"
    assert "黒い図形で覆われているだけ" in finding["reason"] and "page 1 の (" in finding["reason"]
    assert SECRET not in result.stdout  # a MASK finding's text is not printed without --show-text
    _, shown = check_json(path, "--show-text")
    assert covered(shown)[0]["text"] == SECRET


def test_a_white_box_hides_text_as_well_as_a_black_one(tmp_path):
    _, report = check_json(make_pdf(tmp_path, box_over("北浜一郎", colour=(255, 255, 255))))
    (finding,) = covered(report)
    assert "塗りつぶした図形" in finding["reason"]


def test_black_text_on_a_black_highlight_is_only_covered(tmp_path):
    path = make_pdf(tmp_path, None, before=box_over("北浜一郎"))
    _, report = check_json(path, "--show-text")
    assert [f["text"] for f in covered(report)] == ["北浜一郎"]


@pytest.mark.parametrize("draw, before, text_colour", [
    (box_over(SECRET, height=0.8), None, (0, 0, 0)),                      # an underline drawn after the text
    (None, box_over(SECRET, colour=(255, 255, 0)), (0, 0, 0)),           # a yellow highlight under the text
    (box_over(SECRET, shift=400.0), None, (0, 0, 0)),                    # a black box beside the text
    (None, box_over(SECRET), (255, 255, 255)),                           # white text on a dark bar
], ids=["underline", "yellow-highlight", "box-beside", "white-on-black"])
def test_ordinary_drawings_are_not_covering(tmp_path, draw, before, text_colour):
    _, report = check_json(make_pdf(tmp_path, draw, before=before, text_colour=text_colour))
    assert covered(report) == []


def _annotate(path, colour, subtype="highlight"):
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight
    from pypdf.generic import ArrayObject, FloatObject

    reader = PdfReader(str(path))
    writer = PdfWriter(clone_from=reader)
    pdf = F._fpdf("".join(LINES))
    pdf.add_page()
    x, w, base = _span(pdf, 1, SECRET)
    F.close_fonts(pdf)  # measured only, never written
    height = F.PAGE_H
    y0, y1 = height - base - 3, height - base + F.FONT_SIZE
    quad = ArrayObject([FloatObject(v) for v in (x, y1, x + w, y1, x, y0, x + w, y0)])
    writer.add_annotation(0, Highlight(rect=(x, y0, x + w, y1), quad_points=quad, highlight_color=colour))
    out = path.with_name("annotated.pdf")
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


def test_a_black_highlight_annotation_covers_and_a_yellow_one_does_not(tmp_path):
    plain = make_pdf(tmp_path, None)
    _, black = check_json(_annotate(plain, "000000"))
    assert len(covered(black)) == 1 and "黒いハイライト注釈" in covered(black)[0]["reason"]
    _, yellow = check_json(_annotate(plain, "ffff00"))
    assert covered(yellow) == []


def test_verify_without_an_audit_log_finds_what_another_office_only_covered(tmp_path):
    original = make_pdf(tmp_path, None, name="original.pdf")
    received = make_pdf(tmp_path, box_over(SECRET), name="received.pdf")
    result = run(["verify", str(received), "--original", str(original), "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert not data["ok"] and data["method"] == "detected"
    labels = {(l["label"], l["action"]) for l in data["leaks"]}
    assert ("PHONE", "MASK") in labels and ("COVERED_TEXT", "COVERED") in labels
    assert SECRET not in result.stdout and "北浜一郎" not in result.stdout


def test_verify_without_an_audit_log_passes_a_truly_masked_output(tmp_path):
    original = make_pdf(tmp_path, None, name="original.pdf")
    masked = tmp_path / "public.pdf"
    assert run(["mask", str(original), "-o", str(masked)]).exit_code in (0, 1)
    result = run(["verify", str(masked), "--original", str(original)])
    assert result.exit_code == 0, result.output
    assert "漏えいなし" in result.output and "監査ログなし" in result.output


def test_verify_needs_an_audit_log_or_the_original(tmp_path):
    masked = make_pdf(tmp_path, None)
    result = run(["verify", str(masked)])
    assert result.exit_code == 2 and "--original" in result.output


def test_mask_removes_text_that_was_only_covered_even_when_nothing_detects_it(tmp_path):
    from redactor.documents.pdf import PdfFormat

    received = make_pdf(tmp_path, box_over("閉会", line=2), name="received.pdf")
    out = tmp_path / "public.pdf"
    result = run(["mask", str(received), "-o", str(out)])
    assert result.exit_code in (0, 1), result.output
    assert "図形で覆われているだけの文字" in result.output
    text = PdfFormat().read(out).text
    assert "閉会" not in text and "以上で" in text and "審査会" in text
    audit = [json.loads(line) for line in (tmp_path / "public.pdf.audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(r.get("label") == "COVERED_TEXT" and r.get("action") == "MASK" for r in audit)


def test_mask_leaves_uncovered_plain_text_alone(tmp_path):
    from redactor.documents.pdf import PdfFormat

    plain = make_pdf(tmp_path, box_over("閉会", line=2, height=0.8), name="underlined.pdf")
    out = tmp_path / "public.pdf"
    assert run(["mask", str(plain), "-o", str(out)]).exit_code in (0, 1)
    assert "以上で閉会した" in PdfFormat().read(out).text


def _png(tmp_path, colour, alpha=None):
    from PIL import Image

    mode, fill = ("RGBA", (*colour, alpha)) if alpha is not None else ("RGB", colour)
    path = tmp_path / f"img{len(list(tmp_path.iterdir()))}.png"
    Image.new(mode, (40, 10), fill).save(path)
    return path


def image_over(tmp_path, part, alpha=None, line=1):
    def draw(pdf):
        x, w, base = _span(pdf, line, part)
        pdf.image(str(_png(tmp_path, (0, 0, 0), alpha)), x=x, y=base - F.FONT_SIZE, w=w, h=F.FONT_SIZE * 1.2)
    return draw


def test_a_black_picture_pasted_over_a_name_covers_it_and_a_translucent_stamp_does_not(tmp_path):
    _, report = check_json(make_pdf(tmp_path, image_over(tmp_path, "北浜一郎"), name="pasted.pdf"), "--show-text")
    assert [f["text"] for f in covered(report)] == ["北浜一郎"] and "画像" in covered(report)[0]["reason"]
    _, stamp = check_json(make_pdf(tmp_path, image_over(tmp_path, "北浜一郎", alpha=90), name="stamp.pdf"))
    assert covered(stamp) == []


def test_a_page_sized_picture_is_a_scan_or_background_not_a_box_over_words(tmp_path):
    def draw(pdf):
        pdf.image(str(_png(tmp_path, (250, 250, 250))), x=0, y=0, w=pdf.w, h=pdf.h)
    _, report = check_json(make_pdf(tmp_path, draw, name="scan.pdf"))
    assert covered(report) == []
