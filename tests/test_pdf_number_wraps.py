"""A number the layout broke after a hyphen is read whole, even when its
line stops short of the right edge (Latin line breaking breaks there)."""
from pathlib import Path

import pytest

pytest.importorskip("fpdf")
import pdf_factory as F  # noqa: E402

from redactor.documents.pdf import PdfFormat  # noqa: E402
from redactor.pipeline import Redactor  # noqa: E402

LINES = [
    "本件について委員会で審議を行った結果を次のとおり報告する。以上。",  # the widest line
    "相手方は本町に住む山田太郎さんで、電話は090-3321-",                  # breaks after a hyphen
    "7788である。",
]


def test_a_phone_number_broken_after_a_hyphen_is_found_whole(tmp_path: Path):
    path = F.write_pdf(tmp_path, F.identity_h_pdf([LINES]))
    extracted = PdfFormat().read(path)
    assert "090-3321-7788" in extracted.text
    phones = [f for f in Redactor().check(extracted.text).findings if f.label == "PHONE"]
    assert [f.text for f in phones] == ["090-3321-7788"]


def test_an_ordinary_short_line_is_not_joined(tmp_path: Path):
    path = F.write_pdf(tmp_path, F.identity_h_pdf([[LINES[0], "議案第12号", "3件を可決した。"]]))
    assert "議案第12号\n3件" in PdfFormat().read(path).text
