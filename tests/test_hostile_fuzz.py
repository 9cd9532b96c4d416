"""Fuzzing every reader with random bytes and mutated real files (the
test data and examples): nothing escapes but the documented
``DocumentError`` (and its ``UnsafeOutput`` / ``TooLarge``), no file takes
longer than a bounded time, and a mutated file that still reads and is
written masked never shows a masked value in its output.

Bounded: a few dozen examples per format, each read under an alarm, so the
whole file runs in well under a minute.
"""
from __future__ import annotations

import io
import re
import signal
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from redactor.documents import limits
from redactor.documents.base import DocumentError
from redactor.documents.docx import DocxFormat
from redactor.documents.html import HtmlFormat
from redactor.documents.pdf import PdfFormat
from redactor.documents.text import TextFormat
from redactor.finding import MASK, Finding
from redactor.masking import Replacement
from redactor.leak import count_occurrences, leak_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SEEDS = {
    "text": [ROOT / "examples" / "minutes.txt", ROOT / "examples" / "agenda_bill.txt"],
    "html": [DATA / "libreoffice_minutes_source.html"],
    "docx": [DATA / "libreoffice_minutes.docx"],
    "pdf": [ROOT / "examples" / "agenda_bill.pdf", DATA / "libreoffice_table_tight.pdf"],
}
FORMATS = {"text": (TextFormat, ".txt"), "html": (HtmlFormat, ".html"),
           "docx": (DocxFormat, ".docx"), "pdf": (PdfFormat, ".pdf")}
SECONDS = 20          # one read or write: far above a normal one, far below a hang
FUZZ = settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", "40")), deadline=None, derandomize=not __import__("os").environ.get("FUZZ_RANDOM"), database=None,
                suppress_health_check=list(HealthCheck))


@contextmanager
def time_limit(seconds: int):
    def hang(signum, frame):
        raise AssertionError(f"no answer within {seconds} s (hang)")
    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(autouse=True)
def _small_limit():
    """A low size limit, so that a mutation that inflates stays fast."""
    limits.set_max_size(20_000_000)
    yield
    limits.set_max_size(None)


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Each edit: at a position (taken modulo the length), delete some bytes
    and insert others; a truncation is a big deletion."""
    out = bytearray(data)
    for pos, delete, insert in edits:
        if not out:
            out += insert
            continue
        p = pos % len(out)
        out[p:p + delete] = insert
    return bytes(out)


def _mutate_docx(data: bytes, edits, member_choice: int) -> bytes:
    """A .docx with one XML member mutated and the zip rebuilt (a byte flip
    in the compressed data would only test the zip's CRC check)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = [(i, zf.read(i)) for i in zf.infolist()]
    xml = [k for k, (i, _) in enumerate(members) if i.filename.endswith(".xml")]
    target = xml[member_choice % len(xml)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for k, (info, content) in enumerate(members):
            zout.writestr(info.filename, _mutate(content, edits) if k == target else content)
    return buf.getvalue()


def _event(name: str) -> None:
    """Counted in --hypothesis-show-statistics (outside a hypothesis test: nothing)."""
    try:
        event(name)
    except Exception:
        pass


def _read_or_refuse(fmt, path: Path):
    """The reader's text, or None when the file is refused as documented."""
    with time_limit(SECONDS):
        try:
            return fmt.read(path)
        except DocumentError as exc:
            assert str(exc).strip() and "\n" not in str(exc).strip(), "a refusal is one line"
            _event("read refused")
            return None


def _write_and_check(fmt, path: Path, extracted, span: tuple[int, int], tmp: Path) -> None:
    """Mask one stretch of the text; if the output is written, the value is
    no more visible in it than in the masked text (kept elsewhere)."""
    text = extracted.text
    a = span[0] % max(len(text), 1)
    b = min(len(text), a + 2 + span[1] % 6)
    value = text[a:b]
    if len(re.findall(r"\w", value)) < 2:
        return      # personal data is words: two marks of punctuation re-form across a line break
    f = Finding("PERSON", a, b, value, 1.0, "fuzz", MASK, "fuzz")
    reps = [Replacement(f, a, b, "［非公開］")]
    out = tmp / ("out" + path.suffix)
    out.unlink(missing_ok=True)
    with time_limit(SECONDS):
        try:
            fmt.write(path, extracted, reps, out)
        except DocumentError:
            _event("write refused")
            return          # refused: nothing published
        if not out.exists():
            return
        _event("written and re-read")
        try:
            view = fmt.reader_view(out)
        except DocumentError:
            return          # unreadable output: verify would fail closed
    masked = leak_key(text[:a] + "［非公開］" + text[b:])
    key = leak_key(value)
    assert count_occurrences(key, leak_key(view)) <= count_occurrences(key, masked), \
        f"{path.suffix}: a masked stretch is still in the output"


edit = st.tuples(st.integers(0, 1 << 20), st.integers(0, 64), st.binary(max_size=16))


@pytest.mark.parametrize("name", list(FORMATS))
@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes_are_read_or_refused(name, data, tmp_path_factory):
    cls, suffix = FORMATS[name]
    path = tmp_path_factory.mktemp("rand") / f"random{suffix}"
    path.write_bytes(data)
    _read_or_refuse(cls(), path)


@pytest.mark.parametrize("name", list(FORMATS))
@FUZZ
@given(seed=st.integers(0, 10), edits=st.lists(edit, min_size=1, max_size=4),
       member=st.integers(0, 50), span=st.tuples(st.integers(0, 1 << 16), st.integers(0, 16)))
def test_mutated_real_files_are_read_or_refused_and_never_leak(name, seed, edits, member, span,
                                                               tmp_path_factory):
    cls, suffix = FORMATS[name]
    source = SEEDS[name][seed % len(SEEDS[name])]
    data = source.read_bytes()
    data = _mutate_docx(data, edits, member) if name == "docx" else _mutate(data, edits)
    tmp = tmp_path_factory.mktemp("mut")
    path = tmp / f"mutated{suffix}"
    path.write_bytes(data)
    fmt = cls()
    extracted = _read_or_refuse(fmt, path)
    if extracted is not None and extracted.text.strip() and not extracted.unreadable:
        _write_and_check(fmt, path, extracted, span, tmp)


@pytest.mark.parametrize("name", list(FORMATS))
def test_the_unmutated_seeds_read_and_mask(name, tmp_path):
    """The seeds themselves read: the fuzz tests start from working files."""
    cls, suffix = FORMATS[name]
    for source in SEEDS[name]:
        path = tmp_path / f"seed{suffix}"
        path.write_bytes(source.read_bytes())
        extracted = _read_or_refuse(cls(), path)
        assert extracted is not None and extracted.text.strip()
        m = re.search(r"[一-龥]{2,}", extracted.text)
        _write_and_check(cls(), path, extracted, (m.start(), 2), tmp_path)


MARKUP = ["<p>", "</p>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<?", "?>", "<![CDATA[",
          "]]>", "<!DOCTYPE html>", '<a href="', '" data-x=\'', "'", '"', ">", "<", "&amp;", "&#x5C71;", "&#",
          "\\u5c71", "\\5c71 ", "/*", "*/", "//", "\n", "<br>", "<td>", "<tr>", "<title>", "</title>",
          '<script type="application/ld+json">', '<meta name="author" content="', "<template>", "</template>",
          "山田太郎", "090-1234-5678", "相手方 ", "さん", "東京都東村山市本町二丁目3番4号", " ", "\t", "=", "`"]


@FUZZ
@given(tokens=st.lists(st.sampled_from(MARKUP), max_size=40), span=st.tuples(st.integers(0, 1 << 12), st.integers(0, 8)),
       encoding=st.sampled_from(["utf-8", "cp932", "euc_jp"]))
def test_random_markup_is_read_or_refused_and_never_leaks(tokens, span, encoding, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("markup")
    path = tmp / "page.html"
    path.write_bytes("".join(tokens).encode(encoding))
    fmt = HtmlFormat()
    extracted = _read_or_refuse(fmt, path)
    if extracted is not None and extracted.text.strip() and not extracted.unreadable:
        _write_and_check(fmt, path, extracted, span, tmp)


def test_a_utf8_bom_before_bytes_that_are_not_utf8_is_refused_not_a_traceback(tmp_path):
    """Found by the fuzz test: a BOM, then a broken UTF-8 sequence."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf\xbb\xa4" + "相手方 山田太郎".encode("utf-8"))
    with pytest.raises(DocumentError, match="BOM"):
        TextFormat().read(path)
    path.write_bytes(b"\xef\xbb\xbf" + "相手方 山田太郎".encode("utf-8"))
    assert "山田太郎" in TextFormat().read(path).text


def _mutate_pdf_content(data: bytes, edits, page_choice: int) -> bytes:
    """A PDF with one page's decoded content stream mutated (operators,
    operands, strings), rewritten uncompressed: the interpreter sees broken
    content, not just a broken zlib stream."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[page_choice % len(writer.pages)]
    stream = DecodedStreamObject()
    stream.set_data(_mutate(page.get_contents().get_data(), edits))
    page[NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


content_edit = st.tuples(st.integers(0, 1 << 16), st.integers(0, 12),
                         st.sampled_from([b"", b" ", b"Tj", b"TJ", b"[", b"]", b"(", b")", b"<", b">", b"Tf", b"Do",
                                          b"q", b"Q", b"BT", b"ET", b"cm", b"Tm", b"Tr", b"7", b"-1e9", b"/F1",
                                          b"BDC", b"EMC", b"/ActualText", b"\\", b"0 0 0 0 0 0"]))


@FUZZ
@given(seed=st.integers(0, 10), edits=st.lists(content_edit, min_size=1, max_size=6), page=st.integers(0, 5),
       span=st.tuples(st.integers(0, 1 << 16), st.integers(0, 16)))
def test_mutated_pdf_content_is_read_or_refused_and_never_leaks(seed, edits, page, span, tmp_path_factory):
    source = SEEDS["pdf"][seed % len(SEEDS["pdf"])]
    tmp = tmp_path_factory.mktemp("pdfc")
    path = tmp / "content.pdf"
    path.write_bytes(_mutate_pdf_content(source.read_bytes(), edits, page))
    fmt = PdfFormat()
    extracted = _read_or_refuse(fmt, path)
    if extracted is not None and extracted.text.strip() and not extracted.unreadable:
        _write_and_check(fmt, path, extracted, span, tmp)
