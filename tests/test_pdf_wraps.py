"""Layout wraps are read as one line: a number broken after a hyphen even
when its line stops short of the right edge (Latin line breaking breaks
there), and a sentence wrapped next to a bracket or comma, so a context
word stays with what it describes."""
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


def test_a_wrap_before_a_bracket_keeps_the_context_word_with_its_value(tmp_path: Path):
    lines = ["本市職員が運転する公用車と相手方の自家用車が接触した事故について、公用車",
             "（さくら 300 す 41-07）の修理費を計上する。"]
    path = F.write_pdf(tmp_path, F.identity_h_pdf([lines]))
    extracted = PdfFormat().read(path)
    assert "公用車（さくら" in extracted.text
    plates = [f for f in Redactor().check(extracted.text).findings if f.label == "PLATE"]
    assert [f.action for f in plates] == ["KEEP"]        # an official car's plate
