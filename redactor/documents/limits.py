"""Size limits on what a document may unpack to, checked before reading it.

A hostile or broken file can be small on disk and huge once read: a .docx
whose ``word/document.xml`` is gigabytes of zeros compressed to 150 KB, a
PDF stream that inflates a thousandfold. Reading such a file would run for
minutes, fill memory and end in a misleading error (or none). So every
format checks, *before* it reads, what the file will unpack to:

- the input file itself (HTML and text are read whole);
- every zip member of a .docx (the size its header declares; ``zipfile``
  never returns more than that) and their total;
- every zip member's compression ratio (a few-hundred-to-one member is a
  bomb, not a document: real Word XML compresses about ten to one);
- PDF streams, through pypdf's own limits (declared ``/Length``, the output
  of each decompression filter).

Going over a limit is ``TooLarge``: a ``DocumentError`` (exit 2, nothing
written, never "clean") whose message says "too large" and names the
``--max-size`` option. The limit is ``max_size()``: set for the process by
``set_max_size`` (the commands' ``--max-size``), else the environment
variable ``REDACTOR_MAX_SIZE``, else ``DEFAULT_MAX_SIZE``. Batch workers are
forked from the process that set it, so they inherit it.
"""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
from typing import Iterator

# 100 MB: far above any municipal minutes or bill (a 300-page PDF of text is
# a few MB), low enough that reading stays within a few GB of memory.
DEFAULT_MAX_SIZE = 100_000_000
# Uncompressed / compressed size of one zip member, above which it is a bomb.
MAX_RATIO = 100
# Members smaller than this are not judged by ratio (tiny XML parts of
# repeated markup compress very well and are harmless).
RATIO_FLOOR = 1_000_000
# Zip members in one .docx (a real one has a few dozen).
MAX_MEMBERS = 10_000

_max_size: int | None = None


from redactor.errors import TooLarge  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


def set_max_size(size: int | None) -> None:
    """The limit for this process (None: back to the environment or default)."""
    global _max_size
    if size is not None and size <= 0:
        raise ValueError("max size must be positive")
    _max_size = size


def max_size() -> int:
    if _max_size is not None:
        return _max_size
    env = os.environ.get("REDACTOR_MAX_SIZE")
    if env:
        try:
            return parse_size(env)
        except ValueError:
            pass  # a bad value does not lift the limit: the default applies
    return DEFAULT_MAX_SIZE


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", re.IGNORECASE)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def parse_size(text: str) -> int:
    """``200M``, ``1.5G``, ``500k`` or a byte count; ValueError otherwise."""
    m = _SIZE.fullmatch(text)
    if not m:
        raise ValueError(f"サイズを読めません: {text}（例: 200M, 1G）")
    size = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    if size <= 0:
        raise ValueError(f"サイズは正の値にしてください: {text}")
    return size


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} バイト"


def too_large(name: object, what: str, size: int | None = None, limit: int | None = None) -> TooLarge:
    """``limit`` given: a size limit, which --max-size changes (a ratio or a count is fixed)."""
    amount = f" {_mb(size)}" if size is not None else ""
    cap = f"、上限 {_mb(limit)}。上限は --max-size で変えられます" if limit is not None else ""
    return TooLarge(f"{name}: 大きすぎるため読みません（too large: {what}{amount}{cap}）")


def check_file_size(name: object, size: int) -> None:
    """An input read whole (HTML, text): refused over the limit."""
    limit = max_size()
    if size > limit:
        raise too_large(name, "ファイル", size, limit)


def check_input_file(name: object, path: "str | os.PathLike[str]") -> None:
    """An input about to be read: a regular file (``regular_file_stat``)
    within the size limit. Raises ``FileNotFoundError`` for a missing path,
    which each reader words itself."""
    from redactor.textio import regular_file_stat

    check_file_size(name, regular_file_stat(path, name).st_size)


def check_zip_members(name: object, infos: list) -> None:
    """Every member of a zip (``zipfile.ZipInfo``), before any is read."""
    limit = max_size()
    if len(infos) > MAX_MEMBERS:
        raise too_large(name, f"zip の中のファイル数 {len(infos)}（上限 {MAX_MEMBERS}）")
    total = 0
    for info in infos:
        size = info.file_size
        if size > limit:
            raise too_large(name, f"{info.filename} の展開後サイズ", size, limit)
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise too_large(name, f"{info.filename} の圧縮率 {size // max(info.compress_size, 1)}:1"
                                  f"（上限 {MAX_RATIO}:1、zip 爆弾の疑い）")
        total += size
    if total > limit:
        raise too_large(name, "zip の展開後の合計サイズ", total, limit)


@contextmanager
def pdf_limits(name: object) -> Iterator[None]:
    """pypdf's own limits (stream lengths, decompressed output, images) set
    to ``max_size()`` while a PDF is read or written; its
    ``LimitReachedError`` becomes ``TooLarge``."""
    from pypdf.errors import LimitReachedError

    limit = max_size()
    try:
        from pypdf import apply_configuration
    except ImportError:   # pypdf before 7: module constants
        settings = None
    else:
        settings = apply_configuration(
            maximum_declared_stream_length=limit, array_based_stream_maximum_output_length=limit,
            jbig2_maximum_output_length=limit, lzw_maximum_output_length=limit,
            run_length_maximum_output_length=limit, zlib_maximum_output_length=limit,
            brotli_maximum_output_length=limit, image_maximum_buffer_size=limit)
    try:
        if settings is None:
            yield
        else:
            with settings:
                yield
    except LimitReachedError as exc:
        raise too_large(name, f"PDF の中身（{' '.join(str(exc).split())[:80]}）", None, limit) from exc
