"""Reading text files the way municipalities store them, and writing safely.

Minutes and bills come as UTF-8, CP932 (Shift_JIS) or EUC-JP. Any bytes
decode as *something* in CP932, so the encoding is chosen by how Japanese
the decoded text looks (kana, kanji, ASCII) among the encodings that decode
without error. A file that is empty, binary or decodes in none of them is
refused with a one-line reason: never guessed, never checked half.

Windows Notepad saves "Unicode" as UTF-16 with a byte order mark, and
"UTF-8 (BOM付き)" with one: both are read, and the encoding returned keeps
the mark (``utf-8-sig``, ``utf-16``) so the masked output is written the
way the input was. UTF-16 without a mark is read when its NUL bytes say
so (every ASCII character has one on the same side) and the text decodes
cleanly and reads as Japanese; anything else with NULs is still binary.
"""
from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

ENCODINGS = ("utf-8", "cp932", "euc_jp")
ALIASES = {"sjis": "cp932", "shift_jis": "cp932", "shift-jis": "cp932", "cp932": "cp932",
           "utf8": "utf-8", "utf-8": "utf-8", "utf-8-sig": "utf-8", "euc-jp": "euc_jp",
           "eucjp": "euc_jp", "euc_jp": "euc_jp", "utf16": "utf-16", "utf-16": "utf-16",
           "utf-16le": "utf-16-le", "utf-16-le": "utf-16-le", "utf-16be": "utf-16-be",
           "utf-16-be": "utf-16-be", "unicode": "utf-16"}
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


from redactor.errors import InputError  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)
from redactor.errors import NotRegularFile  # noqa: E402


def regular_file_stat(path: "str | os.PathLike[str]", name: object = None) -> os.stat_result:
    """``path``'s status (links followed), refusing what is not a regular
    file or a folder before anything opens it: a named pipe left in an
    archive folder would block a batch forever, a device such as
    ``/dev/zero`` would be read until memory runs out. A folder or a
    missing path passes (the caller's own message names it); standard
    input is read through ``-``, never through this."""
    st = os.stat(path)
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        raise NotRegularFile(f"{name if name is not None else path}: 通常のファイルではないため読みません"
                             "（名前付きパイプ・デバイスなど。標準入力から読むには - を指定してください）")
    return st


@dataclass(frozen=True)
class TextInput:
    text: str
    encoding: str
    raw: bytes


def _japanese_share(text: str) -> float:
    good = 0
    for ch in text:
        o = ord(ch)
        # kana, kanji, ASCII, CJK punctuation, full-width forms, and the
        # geometric shapes masks are made of (■, so a masked CP932 output
        # reads back as Japanese)
        if (0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0x20 <= o < 0x7F
                or 0x3000 <= o <= 0x303F or 0x25A0 <= o <= 0x25FF
                or ch in "\n\r\t" or 0xFF01 <= o <= 0xFF5E):
            good += 1
    return good / max(1, len(text))


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """The text and its byte order, when ``raw`` is UTF-16 without a byte order mark; None
    when it is not clearly so. The side of the NUL bytes gives the byte
    order (ASCII, line breaks and digits have their zero byte there); the
    text must decode strictly, hold no NUL or stray control character,
    and read as Japanese."""
    if len(raw) % 2:
        return None
    head = raw[:8192]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if max(even, odd) < 4 or min(even, odd) * 10 > max(even, odd):
        return None
    enc = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError:
        return None
    if any(ord(ch) < 0x20 and ch not in "\t\n\r\f" for ch in text):
        return None
    return (text, enc) if _japanese_share(text) >= 0.9 else None


def _where(raw: bytes, exc: UnicodeDecodeError, encoding: str) -> str:
    """Where ``raw`` stops decoding: the line and the byte, so the officer
    can find the damaged character (one bad byte in a long minutes file
    refused it with no hint of where)."""
    line = raw[:exc.start].decode(encoding, errors="replace").count("\n") + 1
    return f"{line} 行目（先頭から {exc.start + 1} バイト目: {raw[exc.start:exc.start + 1].hex()}）"


def decode(raw: bytes, encoding: str | None = None, name: str = "入力") -> TextInput:
    """Decode ``raw`` with the given or the detected encoding.

    A byte order mark is kept in the encoding's name (``utf-8-sig``,
    ``utf-16``), so that writing the masked text back with it keeps it."""
    enc = ALIASES.get(encoding.lower(), encoding) if encoding else None
    wide = raw.startswith(UTF16_BOMS) or (enc or "").startswith("utf-16")
    if not raw.strip(b"\x00 \t\r\n" if wide else b" \t\r\n\x0b\x0c") or raw in UTF16_BOMS:
        raise InputError(f"{name}: 空のファイルです")
    if enc:
        if enc in ("utf-8", "utf-8-sig") and raw.startswith(UTF8_BOM):
            enc = "utf-8-sig"
        elif enc == "utf-8-sig":
            enc = "utf-8"
        elif enc.startswith("utf-16") and raw.startswith(UTF16_BOMS):
            enc = "utf-16"  # Python's utf-16 reads the mark and writes one back
        if not enc.startswith("utf-16") and b"\x00" in raw[:8192]:
            raise InputError(f"{name}: テキストではありません（バイナリファイル）")
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: 指定の文字コード {encoding} で読めません: {_where(raw, exc, enc)}") from exc
        except LookupError as exc:
            raise InputError(f"{name}: 指定の文字コード {encoding} で読めません") from exc
        return TextInput(text.lstrip("\ufeff"), enc, raw)
    if raw.startswith(UTF16_BOMS):
        try:
            text = raw.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError:
            text = ""
        # two bytes are a weak mark (ff fe starts other files too): the text must read as text
        if text and _japanese_share(text) >= 0.8:
            return TextInput(text, "utf-16", raw)
        if b"\x00" in raw[:8192]:
            raise InputError(f"{name}: テキストではありません（バイナリファイル）")
    if b"\x00" in raw[:8192]:
        found = _utf16_without_bom(raw)
        if found is None:
            raise InputError(f"{name}: テキストではありません（バイナリファイル）")
        return TextInput(found[0], found[1], raw)
    if raw.startswith(UTF8_BOM):
        try:
            return TextInput(raw[3:].decode("utf-8"), "utf-8-sig", raw)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: UTF-8 の BOM がありますが UTF-8 として読めません（壊れています）: "
                             f"{_where(raw[3:], exc, 'utf-8')}") from exc
    candidates = []
    utf8_stop = ""
    for enc in ENCODINGS:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as exc:
            if enc == "utf-8":
                utf8_stop = f"。UTF-8 として読めない最初の箇所: {_where(raw, exc, enc)}"
            continue
        if enc == "utf-8":  # strict UTF-8 that decodes is UTF-8 in practice
            return TextInput(text, enc, raw)
        candidates.append((_japanese_share(text), enc, text))
    if not candidates:
        raise InputError(f"{name}: 文字コードを判定できません（UTF-8 / CP932 / EUC-JP / UTF-16 のいずれでもない）"
                         f"{utf8_stop}。--encoding で指定してください")
    share, enc, text = max(candidates)
    if share < 0.8:
        raise InputError(f"{name}: 文字コードを判定できません（日本語のテキストとして読めない）{utf8_stop}。--encoding で指定してください")
    return TextInput(text, enc, raw)


def read_text(path: str | Path, encoding: str | None = None) -> TextInput:
    """Read and decode a text file; '-' is not handled here (see the CLI)."""
    p = Path(path)
    try:
        regular_file_stat(p)
        raw = p.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{p}: ファイルがありません") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{p}: ディレクトリです") from exc
    except OSError as exc:
        raise InputError(f"{p}: 読めません（{exc.strerror}）") from exc
    return decode(raw, encoding, str(p))


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename, so a crash
    never leaves a half-written output behind."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
