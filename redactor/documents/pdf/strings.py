"""PDF strings and streams as text: what a reader shows for a string
object, and the text of every string token in a stream.

Masked values hide in strings outside the page text (document
information, /ActualText in a content stream's property lists, scripts,
CMaps), in any of the encodings PDF allows. The scrubber, the ToUnicode
parser and the leak scan all decode them here, so a string the scan
reads is a string the scrubber could have matched.
"""
from __future__ import annotations

import re
from typing import Iterator

from pypdf.generic import ByteStringObject, PdfObject, TextStringObject


def pdf_string_text(obj: PdfObject) -> str:
    """The text of a PDF string object as a reader would show it."""
    if isinstance(obj, TextStringObject):
        return str(obj)
    if isinstance(obj, ByteStringObject):
        return bytes_text(bytes(obj))
    return str(obj)


def bytes_text(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "ignore")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", "ignore")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "ignore")
    return raw.decode("utf-8", "ignore") if _is_utf8(raw) else raw.decode("latin-1")


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# The two string token forms, as byte patterns (the scrubber builds its
# /ActualText matcher from them).
LITERAL_STRING = rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)"
HEX_STRING = rb"<[0-9A-Fa-f\s]*>"
_STRING_TOKEN = re.compile(LITERAL_STRING + b"|" + HEX_STRING, re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f",
            b"(": b"(", b")": b")", b"\\": b"\\"}


def string_token_bytes(token: bytes) -> bytes:
    """The bytes of one PDF string token (``(...)`` or ``<...>``)."""
    if token.startswith(b"<"):
        digits = re.sub(rb"\s", b"", token[1:-1])
        if len(digits) % 2:
            digits += b"0"
        return bytes.fromhex(digits.decode("ascii"))
    body = token[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i:i + 1]
        if c != b"\\":
            out += c
            i += 1
            continue
        nxt = body[i + 1:i + 2]
        if nxt in _ESCAPES:
            out += _ESCAPES[nxt]
            i += 2
        elif nxt.isdigit():
            m = re.match(rb"[0-7]{1,3}", body[i + 1:i + 4])
            out.append(int(m.group(0), 8) & 0xFF if m else 0)
            i += 1 + (len(m.group(0)) if m else 1)
        elif nxt in (b"\n", b"\r"):
            i += 2 + (body[i + 1:i + 3] == b"\r\n")
        else:
            i += 1
    return bytes(out)


def stream_string_texts(data: bytes) -> Iterator[str]:
    """The text of every string token in a stream (content streams, CMaps,
    scripts): BDC property lists carry /ActualText this way."""
    for m in _STRING_TOKEN.finditer(data):
        try:
            yield bytes_text(string_token_bytes(m.group(0)))
        except ValueError:
            continue
