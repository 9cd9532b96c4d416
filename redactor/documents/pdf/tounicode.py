"""ToUnicode CMaps, read and written.

A subset font's ToUnicode map lists every character the document drew
with it, so a masked surname's kanji stay there after the page text is
clean. Font pruning (``font_prune``) reads the map, drops the codes
of removed characters and writes the rest back; the leak scan
(``leak_scan``) reads it to know what a font can still name. Only
what such maps use is handled: codespace ranges, bfchar and bfrange
(ranges are expanded; subset fonts have at most a few thousand codes).
"""
from __future__ import annotations

import re

from redactor.documents.pdf.strings import string_token_bytes


_CODESPACE = re.compile(rb"begincodespacerange(.*?)endcodespacerange", re.S)
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEXTOK = re.compile(rb"<([0-9A-Fa-f\s]*)>|\[|\]")


def _hexval(tok: bytes) -> bytes:
    return string_token_bytes(b"<" + tok + b">")


def parse_tounicode(data: bytes) -> tuple[dict[int, str], int]:
    """``(code -> text, code length in bytes)`` of a ToUnicode CMap; ranges
    are expanded (subset fonts have at most a few thousand codes)."""
    width = 0
    for m in _CODESPACE.finditer(data):
        for tok in re.findall(rb"<([0-9A-Fa-f\s]*)>", m.group(1)):
            width = max(width, len(_hexval(tok)))
    mapping: dict[int, str] = {}
    for m in _BFCHAR.finditer(data):
        toks = re.findall(rb"<([0-9A-Fa-f\s]*)>", m.group(1))
        for src, dst in zip(toks[0::2], toks[1::2]):
            code = _hexval(src)
            width = width or len(code)
            mapping[int.from_bytes(code, "big")] = _hexval(dst).decode("utf-16-be", "ignore")
    for m in _BFRANGE.finditer(data):
        items = [t.group(1) if t.group(1) is not None else t.group(0)
                 for t in _HEXTOK.finditer(m.group(1))]
        i = 0
        while i + 2 < len(items):
            lo_b, hi_b = _hexval(items[i]), _hexval(items[i + 1])
            width = width or len(lo_b)
            lo, hi = int.from_bytes(lo_b, "big"), int.from_bytes(hi_b, "big")
            if items[i + 2] == b"[":
                j = i + 3
                cid = lo
                while j < len(items) and items[j] != b"]":
                    mapping[cid] = _hexval(items[j]).decode("utf-16-be", "ignore")
                    cid += 1
                    j += 1
                i = j + 1
            else:
                dst = bytearray(_hexval(items[i + 2]))
                for cid in range(lo, min(hi, lo + 0xFFFF) + 1):
                    mapping[cid] = bytes(dst).decode("utf-16-be", "ignore")
                    if dst:
                        n = int.from_bytes(dst[-2:], "big") + 1
                        dst[-2:] = (n & 0xFFFF).to_bytes(2, "big")
                i += 3
    return mapping, width or 2


def tounicode_cmap(mapping: dict[int, str], width: int) -> bytes:
    """A ToUnicode CMap with one bfchar entry per code."""
    digits = width * 2
    out = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
           "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
           "1 begincodespacerange", f"<{'0' * digits}> <{'F' * digits}>", "endcodespacerange"]
    items = sorted(mapping.items())
    for at in range(0, len(items), 100):
        chunk = items[at:at + 100]
        out.append(f"{len(chunk)} beginbfchar")
        out += [f"<{code:0{digits}X}> <{text.encode('utf-16-be').hex().upper()}>"
                for code, text in chunk]
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(out) + "\n").encode("ascii")
