"""Zip bombs and oversized inputs: refused fast, before anything is
inflated, with "too large" (exit 2), never read for minutes and never
reported clean; a normal document under the same limits still reads."""
import contextlib
import io
import zipfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

import pdf_factory as F
from redactor.cli.main import cli
from redactor.documents import limits
from redactor.documents.base import DocumentError
from redactor.documents.docx import DocxFormat
from redactor.documents.html import HtmlFormat
from redactor.documents.limits import TooLarge
from redactor.documents.pdf import PdfFormat
from redactor.documents.text import TextFormat

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
      'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
DOC_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'
DOC_TAIL = "</w:t></w:r></w:p></w:body></w:document>"


@pytest.fixture(autouse=True)
def _default_limit():
    limits.set_max_size(None)
    yield
    limits.set_max_size(None)


def small_docx(path: Path, text: str = "相手方 山田太郎 から申出があった。") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("word/document.xml", DOC_HEAD + text + DOC_TAIL)
    return path


def bomb_docx(path: Path, megabytes: int) -> Path:
    """A .docx whose document.xml is ``megabytes`` MB of zeros inside a text
    run, compressed to a few hundred KB, written in chunks."""
    chunk = b"0" * 1_000_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CT)
        with zf.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(DOC_HEAD.encode())
            for _ in range(megabytes):
                f.write(chunk)
            f.write(DOC_TAIL.encode())
    return path


@contextlib.contextmanager
def inflation_counted():
    """Count the bytes inflated out of any zip member while the block runs.

    A bound on work instead of wall-clock time: a bomb is refused "at once"
    when almost nothing of its 300 MB was inflated, whatever the machine's
    load."""
    inflated = [0]
    real_read, real_read1 = zipfile.ZipExtFile.read, zipfile.ZipExtFile.read1

    def read(self, n=-1):
        data = real_read(self, n)
        inflated[0] += len(data)
        return data

    def read1(self, n=-1):
        data = real_read1(self, n)
        inflated[0] += len(data)
        return data

    zipfile.ZipExtFile.read, zipfile.ZipExtFile.read1 = read, read1
    try:
        yield inflated
    finally:
        zipfile.ZipExtFile.read, zipfile.ZipExtFile.read1 = real_read, real_read1


# The bomb inflates to 300 MB and is refused from its declared sizes before
# any of it is inflated; 1 MB leaves room for the small members read beside it
# (the content types, a genuine original), not for streaming the bomb.
MOST_INFLATED = 1_000_000


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    return bomb_docx(tmp_path_factory.mktemp("bomb") / "bomb.docx", 300)


def test_a_docx_bomb_is_refused_at_once_as_too_large(bomb):
    assert bomb.stat().st_size < 1_000_000          # small on disk
    with inflation_counted() as inflated, pytest.raises(TooLarge, match="too large"):
        DocxFormat().read(bomb)
    assert inflated[0] < MOST_INFLATED


def test_a_docx_member_under_the_size_limit_but_compressed_like_a_bomb_is_refused(tmp_path):
    path = bomb_docx(tmp_path / "ratio.docx", 5)     # 5 MB of zeros: ~1000:1
    with pytest.raises(TooLarge, match="圧縮率"):
        DocxFormat().read(path)


def test_a_normal_docx_reads_under_the_limits(tmp_path):
    ex = DocxFormat().read(small_docx(tmp_path / "ok.docx"))
    assert "山田太郎" in ex.text


def test_the_limit_can_be_lowered_and_raised(tmp_path):
    path = small_docx(tmp_path / "ok.docx", "あ" * 2000)
    limits.set_max_size(1000)
    with pytest.raises(TooLarge):
        DocxFormat().read(path)
    limits.set_max_size(10_000_000)
    assert DocxFormat().read(path).text.count("あ") == 2000


@pytest.mark.parametrize("args", [["check"], ["mask", "-o", "{out}"], ["review", "-o", "{out}"]])
def test_commands_refuse_a_bomb_with_exit_2_and_say_too_large(bomb, tmp_path, args):
    out = str(tmp_path / "out.docx")
    with inflation_counted() as inflated:
        result = CliRunner().invoke(cli, [a.format(out=out) for a in args] + [str(bomb)])
    assert inflated[0] < MOST_INFLATED
    assert result.exit_code == 2, result.output
    assert "too large" in result.output
    assert "Traceback" not in result.output
    assert not Path(out).exists()


def test_check_max_size_option_refuses_a_bigger_input_and_accepts_it_when_raised(tmp_path):
    path = small_docx(tmp_path / "ok.docx", "会議は予定どおり開会した。" * 200)
    low = CliRunner().invoke(cli, ["check", "--max-size", "1k", str(path)])
    assert low.exit_code == 2 and "too large" in low.output
    high = CliRunner().invoke(cli, ["check", "--max-size", "10M", str(path)])
    assert high.exit_code == 0, high.output


def test_a_bad_max_size_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["check", "--max-size", "lots", str(small_docx(tmp_path / "a.docx"))])
    assert result.exit_code == 2 and "--max-size" in result.output


def test_parse_size():
    assert limits.parse_size("200M") == 200_000_000
    assert limits.parse_size("1.5G") == 1_500_000_000
    assert limits.parse_size("512") == 512
    with pytest.raises(ValueError):
        limits.parse_size("-3M")


def _pdf_with_stream(megabytes: int) -> bytes:
    """A PDF whose page content is ``megabytes`` MB of spaces (valid content)
    flate-compressed to a few KB."""
    reader = PdfReader(io.BytesIO(F.simple_truetype_pdf([["相手方 山田太郎"]])))
    writer = PdfWriter(clone_from=reader)
    from pypdf.generic import StreamObject
    stream = StreamObject()
    stream._data = zlib.compress(b" " * (megabytes * 1_000_000), 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_a_pdf_stream_inflating_past_the_limit_is_too_large_not_an_empty_page(tmp_path):
    path = F.write_pdf(tmp_path, _pdf_with_stream(3), "bomb.pdf")
    limits.set_max_size(1_000_000)
    with pytest.raises(TooLarge, match="too large"):
        PdfFormat().read(path)
    with pytest.raises(TooLarge):
        PdfFormat().reader_view(path)
    limits.set_max_size(10_000_000)
    PdfFormat().read(path)          # under a higher limit it is read (an empty page)


def test_a_pdf_bomb_check_exits_2(tmp_path):
    path = F.write_pdf(tmp_path, _pdf_with_stream(3), "bomb.pdf")
    result = CliRunner().invoke(cli, ["check", "--max-size", "1M", str(path)])
    assert result.exit_code == 2 and "too large" in result.output, result.output


@pytest.mark.parametrize("fmt,suffix", [(HtmlFormat(), ".html"), (TextFormat(), ".txt"), (PdfFormat(), ".pdf")])
def test_an_input_file_over_the_limit_is_refused_before_it_is_read(tmp_path, fmt, suffix):
    path = tmp_path / f"big{suffix}"
    path.write_bytes(b"<p>a</p>\n" * 2000)
    limits.set_max_size(10_000)
    with pytest.raises(TooLarge):
        fmt.read(path)


def test_text_check_and_stdin_are_limited(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("相手方 山田太郎\n" * 1000, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--max-size", "1k", str(path)])
    assert result.exit_code == 2 and "too large" in result.output
    result = CliRunner().invoke(cli, ["check", "--max-size", "1k", "-"], input=path.read_bytes())
    assert result.exit_code == 2 and "too large" in result.output


def test_too_large_is_a_document_error():
    assert issubclass(TooLarge, DocumentError)


def test_verify_refuses_a_bomb_output_as_too_large(bomb, tmp_path):
    src = small_docx(tmp_path / "in.docx")
    key = tmp_path / "key"
    key.write_bytes(b"test-key-for-limits")
    out = tmp_path / "out.docx"
    masked = CliRunner().invoke(cli, ["mask", str(src), "-o", str(out), "--audit-key-file", str(key)])
    assert masked.exit_code in (0, 1), masked.output
    audit = str(out) + ".audit.jsonl"
    out.write_bytes(bomb.read_bytes())           # the output swapped for a bomb
    with inflation_counted() as inflated:
        result = CliRunner().invoke(cli, ["verify", str(out), "--audit", audit, "--original", str(src),
                                          "--audit-key-file", str(key)])
    assert inflated[0] < MOST_INFLATED
    assert result.exit_code == 2 and "too large" in result.output, result.output


def _fanout_pdf(fan: int, depth: int) -> bytes:
    """A page drawing a form that draws the next form ``fan`` times, ``depth``
    levels deep, the innermost drawing a line of text: fan**depth drawings
    from a file of a few KB."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NumberObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(F.simple_truetype_pdf([["相手方 山田太郎"]]))))
    page = writer.pages[0]
    content, resources, prev = page.get_contents().get_data(), page["/Resources"], None
    for _ in range(depth):
        form = DecodedStreamObject()
        form.set_data(content if prev is None else b" ".join([b"/F Do"] * fan))
        form[NameObject("/Type")], form[NameObject("/Subtype")] = NameObject("/XObject"), NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject([NumberObject(0), NumberObject(0), NumberObject(600), NumberObject(800)])
        form[NameObject("/Resources")] = resources if prev is None else DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/F"): prev})})
        prev = writer._add_object(form)
    top = DecodedStreamObject()
    top.set_data(b"/F Do")
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject({NameObject("/F"): prev})})
    page[NameObject("/Contents")] = writer._add_object(top)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_forms_nested_to_draw_millions_of_times_are_refused_quickly(tmp_path, monkeypatch):
    # "quickly" as a bound on work, not on the clock (a loaded machine is slow, not wrong): the
    # content streams parsed stay within the per-page budget of forms drawn, not the 10**7 asked
    from redactor.documents.pdf import glyphs as pdf_glyphs
    bound = 2 * (pdf_glyphs.MAX_FORMS_PER_PAGE + 1)
    parsed = []
    real = pdf_glyphs.operations

    class _Runaway(BaseException):  # not an Exception: the reader's own handlers do not swallow it
        pass

    def counted(*args, **kwargs):
        parsed.append(1)
        if len(parsed) > bound:
            raise _Runaway(f"more than {bound} content streams parsed")
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf_glyphs, "operations", counted)
    path = F.write_pdf(tmp_path, _fanout_pdf(10, 8), "fan.pdf")      # 10**7 drawings in a few KB
    try:
        ex = PdfFormat().read(path)
    except _Runaway as stop:
        pytest.fail(str(stop))
    assert any("too large" in u for u in ex.unreadable)
    assert parsed


def test_forms_drawn_a_normal_number_of_times_are_read(tmp_path):
    ex = PdfFormat().read(F.write_pdf(tmp_path, _fanout_pdf(3, 3), "fan.pdf"))   # 27 drawings
    assert ex.unreadable == [] and "山田太郎" in ex.text


def test_a_page_with_more_glyphs_than_the_budget_is_refused(tmp_path, monkeypatch):
    from redactor.documents.pdf import glyphs as pdf_glyphs
    path = F.write_pdf(tmp_path, F.simple_truetype_pdf([["相手方 山田太郎 から申出があった。"] * 5]), "many.pdf")
    assert PdfFormat().read(path).unreadable == []
    monkeypatch.setattr(pdf_glyphs, "MAX_GLYPHS_PER_PAGE", 20)
    assert any("too large" in u for u in PdfFormat().read(path).unreadable)


@pytest.mark.parametrize("levels, refused", [(1500, True), (300, False)])
def test_a_docx_nested_past_the_xml_parser_depth_says_so_not_broken(tmp_path, levels, refused):
    body = ("<w:sdt><w:sdtContent>" * levels + "<w:p><w:r><w:t>山田太郎</w:t></w:r></w:p>"
            + "</w:sdtContent></w:sdt>" * levels)
    path = tmp_path / "deep.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}">'
                                         f"<w:body>{body}</w:body></w:document>")
    if refused:
        with pytest.raises(DocumentError, match="too large"):
            DocxFormat().read(path)
    else:
        assert "山田太郎" in DocxFormat().read(path).text
