"""PDFs whose pages share one content stream object (a template page
repeated, as some generators write a letterhead or a form used twice).
Masking a value on one page must not change what the other page's stream
was read as, and must remove the value from every page that shows it."""
import io
import re

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

import pdf_factory as F
from redactor.documents.pdf import PdfFormat
from redactor.finding import MASK, Finding
from redactor.masking import Replacement

NAME = "山田太郎"


def _shared_pdf(lines) -> bytes:
    """Two pages whose /Contents is one and the same indirect stream."""
    reader = PdfReader(io.BytesIO(F.simple_truetype_pdf([lines, lines])))
    writer = PdfWriter(clone_from=reader)
    first = writer.pages[0].raw_get("/Contents")
    writer.pages[1][NameObject("/Contents")] = first
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _replacements(text, value):
    return [Replacement(Finding("PERSON", m.start(), m.end(), value, 1.0, "test", MASK, "test"),
                        m.start(), m.end(), "［氏名］") for m in re.finditer(value, text)]


def test_the_factory_pdf_really_shares_one_stream(tmp_path):
    reader = PdfReader(io.BytesIO(_shared_pdf(["相手方 山田太郎"])))
    a, b = (p.raw_get("/Contents") for p in reader.pages)
    assert a.idnum == b.idnum


def test_a_value_on_pages_sharing_one_stream_is_masked_on_both(tmp_path):
    src = F.write_pdf(tmp_path, _shared_pdf(["相手方 山田太郎 から申出", "以上"]), "in.pdf")
    fmt = PdfFormat()
    ex = fmt.read(src)
    assert ex.text.count(NAME) == 2
    out = tmp_path / "out.pdf"
    fmt.write(src, ex, _replacements(ex.text, NAME), out)
    texts = [p.extract_text() for p in PdfReader(str(out)).pages]
    assert all("山田" not in "".join(t.split()) for t in texts)
    assert all("相手方" in t and "以上" in t for t in texts)


def test_masking_only_one_page_of_a_shared_stream_leaves_the_other_page_as_it_was(tmp_path):
    src = F.write_pdf(tmp_path, _shared_pdf(["相手方 山田太郎 から申出"]), "in.pdf")
    fmt = PdfFormat()
    ex = fmt.read(src)
    first = _replacements(ex.text, NAME)[:1]
    out = tmp_path / "out.pdf"
    fmt.write(src, ex, first, out)
    texts = ["".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    assert NAME not in texts[0] and NAME in texts[1]
