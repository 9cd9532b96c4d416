"""The review page reads PDFs (and Word, HTML) as `mask` does, so the
decisions exported from it apply to the document: review -> decisions -> mask."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("fpdf")
import pdf_factory as F  # noqa: E402

from redactor.audit import sha256_text  # noqa: E402
from redactor.cli.main import cli  # noqa: E402
from redactor.documents.pdf import PdfFormat  # noqa: E402
from pypdf import PdfReader  # noqa: E402

LINES = ["議案第12号 損害賠償の額の決定について", "相手方 山田太郎（電話 090-1234-5678）", "事故現場は桜台公園の北側入口である。"]


def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def test_review_a_pdf_then_mask_it_with_the_reviewers_decisions(tmp_path: Path):
    src = F.write_pdf(tmp_path, F.identity_h_pdf([LINES]), "bill.pdf")
    page = tmp_path / "bill.review.html"
    reviewed = run(["review", str(src), "-o", str(page)])
    assert reviewed.exit_code == 1 and "山田太郎" in page.read_text(encoding="utf-8")
    # the reviewer adds a stretch the tool did not flag: the park's name
    text = PdfFormat().read(src).text
    start = text.index("桜台公園")
    decisions = {"format": "redactor-decisions", "version": 1,
                 "document": {"sha256": sha256_text(text), "name": "bill.pdf", "length": len(text)},
                 "reviewer": "試験", "time": "2026-12-01T00:00:00Z", "findings": [], "generalisations": [],
                 "manual": [{"id": "M1", "start": start, "end": start + 4, "label": "MANUAL",
                             "text_sha256": sha256_text("桜台公園")}]}
    dec = tmp_path / "decisions.json"
    dec.write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "public.pdf"
    masked = run(["mask", str(src), "-o", str(out), "--decisions", str(dec)])
    assert masked.exit_code in (0, 1), masked.output
    published = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "桜台公園" not in published and "山田太郎" not in published and "議案第12号" in published


def test_review_refuses_a_scanned_pdf(tmp_path: Path):
    src = F.write_pdf(tmp_path, F.scanned_pdf(), "scan.pdf")
    result = run(["review", str(src), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and not (tmp_path / "r.html").exists()
