"""The command line with real documents: PDF, Word and HTML in, the same
format out (or plain text), verified before it is written; scans and
corrupt files are errors naming what failed; batches of mixed formats."""
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import pdf_factory as F
from redactor.cli.main import cli
from redactor.documents import available_formats

FORMATS = {f.name for f in available_formats()}
needs = {name: pytest.mark.skipif(name not in FORMATS, reason=f"{name} format not available")
         for name in ("pdf", "docx", "html")}

PHONE = "090-1234-5678"
LINES = ["議案第52号 審議の記録", f"相手方 山田太郎（電話 {PHONE}）", "担当 鈴木一郎が説明した。"]
KEY = b"test-key-for-documents"


def run(args, **kw):
    return CliRunner().invoke(cli, args, **kw)


def one_line_error(result) -> str:
    """The error a command printed: one line, never a traceback."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    """A minimal Word document: content types, relationships, one body."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   "</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   "</Relationships>")
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>')
    return path


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "audit.key"
    path.write_bytes(KEY)
    return path


# -- PDF -----------------------------------------------------------------------

@needs["pdf"]
@pytest.mark.parametrize("build", [F.identity_h_pdf, F.simple_truetype_pdf], ids=["word", "libreoffice"])
def test_pdf_in_pdf_out_verified_by_original_and_by_hashes(tmp_path, key_file, build):
    src = F.write_pdf(tmp_path, build([LINES]), "bill.pdf")
    out = tmp_path / "public" / "bill.pdf"
    result = run(["mask", str(src), "-o", str(out), "--audit-key-file", str(key_file)])
    assert result.exit_code == 0, result.output
    text = pdf_text(out)
    assert PHONE not in text and "山田太郎" not in text
    assert "議案第52号" in text and "鈴木一郎" in text  # the official and the rest stay
    audit = f"{out}.audit.jsonl"
    assert run(["verify", str(out), "--audit", audit, "--original", str(src),
                "--audit-key-file", str(key_file)]).exit_code == 0
    by_hash = run(["verify", str(out), "--audit", audit, "--audit-key-file", str(key_file), "--format", "json"])
    assert by_hash.exit_code == 0 and json.loads(by_hash.output)["method"] == "hmac"


@needs["pdf"]
def test_verify_catches_an_overlay_box_over_intact_text(tmp_path, key_file):
    src = F.write_pdf(tmp_path, F.simple_truetype_pdf([LINES]), "bill.pdf")
    out = tmp_path / "bill.masked.pdf"
    assert run(["mask", str(src), "-o", str(out), "--audit-key-file", str(key_file)]).exit_code == 0
    leaky = F.write_pdf(tmp_path, F.overlay_leaky_pdf("\n".join(LINES), PHONE), "leaky.pdf")
    audit = f"{out}.audit.jsonl"
    for extra in (["--original", str(src)], []):
        result = run(["verify", str(leaky), "--audit", audit, "--audit-key-file", str(key_file), *extra])
        assert result.exit_code == 1, result.output
        assert "PHONE" in result.output and PHONE not in result.output


@needs["pdf"]
def test_scanned_page_is_named_and_never_clean(tmp_path):
    src = F.write_pdf(tmp_path, F.scanned_pdf([["本日の会議は午後二時に開会した。"]]), "scan.pdf")
    out = tmp_path / "out.pdf"
    error = one_line_error(run(["mask", str(src), "-o", str(out)]))
    assert "page 2" in error and "page 1" not in error
    assert not out.exists() and not Path(f"{out}.audit.jsonl").exists()
    check = run(["check", str(src)])
    assert check.exit_code == 2 and "page 2" in check.output
    assert "未確認" in check.output          # the counts are of the readable part only
    report = json.loads(run(["check", "--format", "json", str(src)]).output)
    assert report["exit_code"] == 2 and report["files"][0]["unreadable"][0].startswith("page 2")


@needs["pdf"]
def test_encrypted_pdf_takes_a_password_and_corrupt_pdf_is_one_line(tmp_path):
    src = F.write_pdf(tmp_path, F.encrypted_pdf("pw-1234", [LINES]), "locked.pdf")
    out = tmp_path / "open.pdf"
    one_line_error(run(["mask", str(src), "-o", str(out)]))
    assert not out.exists()
    result = run(["mask", str(src), "-o", str(out), "--password", "pw-1234"])
    assert result.exit_code == 0, result.output
    assert PHONE not in pdf_text(out) and "議案第52号" in pdf_text(out)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    one_line_error(run(["mask", str(broken), "-o", str(tmp_path / "b.pdf")]))


@needs["pdf"]
def test_pdf_as_plain_text_and_the_output_name_must_match_the_format(tmp_path):
    src = F.write_pdf(tmp_path, F.identity_h_pdf([LINES]), "bill.pdf")
    wrong = one_line_error(run(["mask", str(src), "-o", str(tmp_path / "bill.txt")]))
    assert "--output-format text" in wrong
    out = tmp_path / "bill.txt"
    result = run(["mask", str(src), "-o", str(out), "--output-format", "text"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "［電話番号］" in text and PHONE not in text and "議案第52号" in text
    assert run(["verify", str(out), "--audit", f"{out}.audit.jsonl", "--original", str(src)]).exit_code == 0


@needs["pdf"]
def test_check_shows_page_and_line(tmp_path):
    src = F.write_pdf(tmp_path, F.identity_h_pdf([["表紙"], LINES]), "bill.pdf")
    result = run(["check", str(src)])
    assert result.exit_code == 1
    assert "page 2, line 2\tPHONE\tMASK" in result.output
    data = json.loads(run(["check", "--format", "json", str(src)]).output)
    phone = next(f for f in data["files"][0]["findings"] if f["label"] == "PHONE")
    assert phone["location"] == "page 2, line 2" and "text" not in phone
    assert data["files"][0]["pages"] == 2


@needs["pdf"]
def test_rasterize_fallback_is_passed_to_the_format(tmp_path):
    pytest.importorskip("pypdfium2")
    src = F.write_pdf(tmp_path, F.vertical_pdf([["相手方 山田太郎 です"]]), "vertical.pdf")
    one_line_error(run(["mask", str(src), "-o", str(tmp_path / "refused.pdf")]))
    out = tmp_path / "raster.pdf"
    result = run(["mask", str(src), "-o", str(out), "--rasterize-fallback"])
    assert result.exit_code == 0, result.output
    assert "テキスト層" in result.output  # the user is told the page lost its text layer
    assert "山田" not in pdf_text(out)


# -- Word and HTML -------------------------------------------------------------

@needs["docx"]
def test_docx_in_docx_out_and_a_leaky_copy_is_caught(tmp_path):
    src = make_docx(tmp_path / "minutes.docx", LINES)
    out = tmp_path / "public.docx"
    result = run(["mask", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    xml = docx_text(out)
    assert PHONE not in xml and "山田太郎" not in xml and "鈴木一郎" in xml
    audit = f"{out}.audit.jsonl"
    assert run(["verify", str(out), "--audit", audit, "--original", str(src)]).exit_code == 0
    leaky = tmp_path / "leaky.docx"
    leaky.write_bytes(src.read_bytes())  # "masked" by hand: nothing changed
    assert run(["verify", str(leaky), "--audit", audit, "--original", str(src)]).exit_code == 1


@needs["html"]
def test_html_in_html_out_markup_intact(tmp_path):
    src = tmp_path / "page.html"
    src.write_text("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>会議録</title></head><body>"
                   + "".join(f"<p class=\"x\">{l}</p>" for l in LINES) + "</body></html>", encoding="utf-8")
    out = tmp_path / "public.html"
    result = run(["mask", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert PHONE not in html and "山田太郎" not in html
    assert html.count('<p class="x">') == len(LINES) and "鈴木一郎" in html


# -- single-file behaviour that batch mode must not change ----------------------

def test_single_text_file_review_exits_1_and_unknown_suffix_is_text(tmp_path):
    src = tmp_path / "minutes.log"  # no format claims .log: read as text, as mask always did
    src.write_text("山田太郎が出席した。\n", encoding="utf-8")
    out = tmp_path / "out.log"
    result = run(["mask", str(src), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "要確認" in result.output and "山田太郎" not in out.read_text(encoding="utf-8")


def test_standard_input_still_masks(tmp_path):
    out = tmp_path / "out.txt"
    result = run(["mask", "-", "-o", str(out)], input=f"連絡先 {PHONE} 相手方 山田太郎\n".encode("cp932"))
    assert result.exit_code == 0, result.output
    assert PHONE not in out.read_bytes().decode("cp932")


# -- batch with mixed formats ----------------------------------------------------

@needs["pdf"]
def test_batch_of_mixed_formats_reports_the_scan_and_writes_the_rest(tmp_path):
    src = tmp_path / "in"
    (src / "pdf").mkdir(parents=True)
    F.write_pdf(src / "pdf", F.identity_h_pdf([LINES]), "bill.pdf")
    F.write_pdf(src / "pdf", F.scanned_pdf([["本文"]]), "scan.pdf")
    (src / "minutes.txt").write_text("\n".join(LINES) + "\n", encoding="cp932")
    if "docx" in FORMATS:
        make_docx(src / "minutes.docx", LINES)
    out = tmp_path / "out"
    result = run(["mask", str(src), "-o", str(out), "-j", "1", "--output-format", "text", "--format", "json"])
    data = json.loads(result.stdout)
    assert data["exit_code"] == 2 == result.exit_code
    by_rel = {f["relative"]: f for f in data["files"]}
    assert by_rel["pdf/scan.pdf.txt"]["status"] == "failed" and "page 2" in by_rel["pdf/scan.pdf.txt"]["message"]
    assert by_rel["pdf/bill.pdf.txt"]["status"] == "ok" and by_rel["pdf/bill.pdf.txt"]["pages"] == 1
    assert by_rel["minutes.txt"]["status"] == "ok"
    for rel, row in by_rel.items():
        if row["status"] == "ok":
            text = (out / rel).read_bytes().decode(row["encoding"] if row["format"] == "text" else "utf-8")
            assert PHONE not in text and "議案第52号" in text
    assert not (out / "pdf" / "scan.pdf.txt").exists()
    assert data["summary"]["pages"] == 1


def test_every_new_command_has_help_with_examples():
    for cmd in (["verify"], ["mask"], ["check"], ["bench"]):
        result = run([*cmd, "--help"])
        assert result.exit_code == 0 and "Examples" in result.output and "redactor" in result.output


@pytest.mark.slow  # a benchmark run, start-up timed in a child process
@needs["pdf"]
def test_bench_with_pdf_reports_pages_and_documents_per_second(tmp_path):
    src = F.write_pdf(tmp_path, F.simple_truetype_pdf([LINES, LINES[1:]]), "bill.pdf")
    result = run(["bench", str(src), "--json", "--runs", "1", "--min-chars", "2000"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["documents"] == 1 and data["pages"] == 2
    assert data["documents_per_s"] > 0 and data["pages_per_s"] == pytest.approx(2 * data["documents_per_s"], rel=0.05)
    scan = F.write_pdf(tmp_path, F.scanned_pdf(), "scan.pdf")
    assert "page 1" in one_line_error(run(["bench", str(scan), "--runs", "1"]))


def test_reviewer_decisions_are_masked_and_verified(tmp_path, key_file):
    """A word a reviewer added by hand is masked, audited with its leak hash, and verified."""
    from redactor.audit import sha256_text

    text = "相手方は青葉荘に住む。\n議案第52号について審議した。\n"
    src = tmp_path / "minutes.txt"
    src.write_text(text, encoding="utf-8")
    start = text.index("青葉荘")
    decisions = {"format": "redactor-decisions", "version": 1,
                 "document": {"sha256": sha256_text(text), "name": "minutes.txt", "length": len(text)},
                 "reviewer": "総務課 試験", "time": "2026-12-01T00:00:00Z", "findings": [], "generalisations": [],
                 "manual": [{"id": "M1", "start": start, "end": start + 3, "label": "MANUAL",
                             "text_sha256": sha256_text("青葉荘")}]}
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "public.txt"
    result = run(["mask", str(src), "-o", str(out), "--decisions", str(path), "--audit-key-file", str(key_file)])
    assert result.exit_code in (0, 1), result.output
    assert "青葉荘" not in out.read_text(encoding="utf-8")
    audit = f"{out}.audit.jsonl"
    assert run(["verify", str(out), "--audit", audit, "--audit-key-file", str(key_file)]).exit_code == 0
    leaky = tmp_path / "leaky.txt"
    leaky.write_text(text, encoding="utf-8")
    assert run(["verify", str(leaky), "--audit", audit, "--audit-key-file", str(key_file)]).exit_code == 1


def test_check_takes_folders_and_an_empty_folder_is_an_error(tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "clean.txt").write_text("本日の会議は午後二時に開会した。\n", encoding="utf-8")
    (docs / "sub" / "private.txt").write_text(f"連絡先 {PHONE}\n", encoding="cp932")
    (docs / "sub" / "image.png").write_bytes(b"\x89PNG\r\n")  # not a document type: left out
    result = run(["check", "--format", "json", str(docs)])
    assert result.exit_code == 1
    reports = {Path(r["path"]).name: r for r in json.loads(result.output)["files"]}
    assert set(reports) == {"clean.txt", "private.txt"}
    assert reports["private.txt"]["encoding"] == "cp932" and reports["private.txt"]["findings"][0]["line"] == 1
    assert not reports["clean.txt"]["needs_attention"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "見つかりません" in one_line_error(run(["check", str(empty)]))


def test_check_in_parallel_keeps_the_order_and_the_cross_document_check(tmp_path):
    a = tmp_path / "b_private.txt"
    a.write_text("鈴木一郎さんが発言した。\n", encoding="utf-8")
    b = tmp_path / "a_minutes.txt"
    b.write_text("出席委員 鈴木一郎\n", encoding="utf-8")
    broken = tmp_path / "c_broken.txt"
    broken.write_bytes(b"\xff\xfe\xfd\xfc" * 10)
    result = run(["check", "--format", "json", "-j", "2", str(a), str(b), str(broken)])
    data = json.loads(result.output)
    assert [Path(r["path"]).name for r in data["files"]] == [a.name, b.name, broken.name]
    assert "error" in data["files"][2] and result.exit_code == 2
    (cross,) = data["cross_document"]
    assert cross["masked_in"] == str(a) and cross["visible_in"] == str(b) and cross["value_label"] == "PERSON"
    text = run(["check", "-j", "2", str(a), str(b)])
    assert text.exit_code == 1 and "文書間" in text.output


def test_single_file_json_outcome(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(f"連絡先 {PHONE}\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    result = run(["mask", str(src), "-o", str(out), "--format", "json"])
    data = json.loads(result.stdout)
    assert result.exit_code == data["exit_code"] == 0
    assert data["status"] == "ok" and data["counts"]["MASK"] == 1 and data["output"] == str(out)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\xfd\xfc" * 10)
    failed = run(["mask", str(broken), "-o", str(tmp_path / "b.txt"), "--format", "json"])
    assert failed.exit_code == 2 and json.loads(failed.stdout.splitlines()[0])["status"] == "failed"


@pytest.mark.parametrize("name", ["report.xlsx", "scan.png", "old.doc"])
def test_office_and_image_files_are_refused_by_name_not_read_as_text(tmp_path, name):
    src = tmp_path / name
    src.write_bytes(b"PK\x03\x04 looks like text to a decoder")   # no NUL in the first block
    for args in (["mask", str(src), "-o", str(tmp_path / ("out-" + name))], ["check", str(src)]):
        result = run(args)
        assert result.exit_code == 2 and "扱えません" in result.output
    assert not (tmp_path / ("out-" + name)).exists()
