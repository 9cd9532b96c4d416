"""Text as Windows saves it: UTF-16 from Notepad (with and without a byte
order mark) is read, not refused as binary, and a byte order mark is kept
in the masked output; fsync works through a writable handle (Windows
refuses a read-only one). Made-up names and numbers only."""
import errno
import os

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.textio import InputError, decode

SAMPLE = "令和6年度第1回審査会の会議録です。\r\n相手方の北浜一郎さんの電話は 090-5555-0101 です。\r\n"


def run(args):
    return CliRunner().invoke(cli, args, env={"REDACTOR_AUDIT_KEY": "made-up key"})


@pytest.mark.parametrize("raw, encoding", [
    (SAMPLE.encode("utf-16"), "utf-16"),                               # Notepad's "Unicode"
    (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),              # big-endian with a mark
    (SAMPLE.encode("utf-16-le"), "utf-16-le"),                         # no mark: NULs on the odd side
    (SAMPLE.encode("utf-16-be"), "utf-16-be"),
    ("\ufeff".encode("utf-8") + SAMPLE.encode("utf-8"), "utf-8-sig"),  # Notepad's "UTF-8 (BOM付き)"
], ids=["utf16-bom-le", "utf16-bom-be", "utf16le", "utf16be", "utf8-bom"])
def test_unicode_as_windows_saves_it_is_read(raw, encoding):
    ti = decode(raw)
    assert ti.text == SAMPLE and ti.encoding == encoding


@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,    # an image
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00\x01\x02\x03" * 200,  # a zip
    ("abc" * 50).encode("utf-32-le"),                                  # NULs on both sides
], ids=["png", "zip", "utf32"])
def test_binary_with_nul_bytes_is_still_refused(raw):
    with pytest.raises(InputError, match="バイナリ"):
        decode(raw, name="x.txt")


def test_explicit_utf16_is_not_refused_as_binary():
    assert decode(SAMPLE.encode("utf-16-le"), encoding="utf-16le").text == SAMPLE
    assert decode(SAMPLE.encode("utf-16"), encoding="utf-16").encoding == "utf-16"


@pytest.mark.parametrize("encoding, mark", [("utf-16", (b"\xff\xfe", b"\xfe\xff")), ("utf-8-sig", (b"\xef\xbb\xbf",))])
def test_masked_output_keeps_the_inputs_encoding_and_mark(tmp_path, encoding, mark):
    src, out = tmp_path / "memo.txt", tmp_path / "public.txt"
    src.write_bytes(SAMPLE.encode(encoding))
    result = run(["mask", str(src), "-o", str(out)])
    assert result.exit_code in (0, 1), result.output
    raw = out.read_bytes()
    assert raw.startswith(mark)
    text = raw.decode(encoding)
    assert "090-5555-0101" not in text and "北浜一郎" not in text
    assert "審査会の会議録" in text
    verify = run(["verify", str(out), "--audit", str(out) + ".audit.jsonl", "--original", str(src)])
    assert verify.exit_code == 0, verify.output


def test_a_plain_utf8_input_gets_no_mark(tmp_path):
    src, out = tmp_path / "memo.txt", tmp_path / "public.txt"
    src.write_bytes(SAMPLE.encode("utf-8"))
    run(["mask", str(src), "-o", str(out)])
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_mask_never_fsyncs_a_read_only_handle(tmp_path, monkeypatch):
    """Windows refuses os.fsync on a handle opened read-only (EBADF)."""
    fcntl = pytest.importorskip("fcntl")
    real = os.fsync

    def windows_like_fsync(fd):
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY and not os.path.isdir(f"/proc/self/fd/{fd}"):
            raise OSError(errno.EBADF, "Bad file descriptor")
        return real(fd)

    monkeypatch.setattr(os, "fsync", windows_like_fsync)
    src, out = tmp_path / "memo.txt", tmp_path / "public.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    result = run(["mask", str(src), "-o", str(out)])
    assert result.exit_code in (0, 1), result.output
    assert out.exists()


def test_a_utf16_mark_before_bytes_that_are_no_text_is_refused():
    """ff fe starts other files too: the mark alone does not make text."""
    with pytest.raises(InputError, match="文字コード"):
        decode(b"\xff\xfe\xfd\xfc" * 10, name="x.txt")
