"""PDF fonts as the redactor needs them: which bytes are one glyph, what
Unicode each glyph stands for, and how far it advances.

pypdf decodes text but cannot say which bytes of a string made which
character, nor how wide each glyph is; removing glyphs in place needs both.
So this module reads the font dictionary itself and keeps to what it can
decode with certainty:

- simple fonts (``/TrueType``, ``/Type1``, ``/MMType1``: LibreOffice's
  export, the standard 14 fonts): one byte per code, Unicode from
  ``/ToUnicode`` or a standard ``/Encoding`` with ``/Differences``;
- composite fonts (``/Type0``) with ``/Identity-H`` (Word's and fpdf2's
  export) and a ``/ToUnicode`` map, or a Unicode CMap (``UniJIS-UCS2-H``,
  reportlab's CJK fonts) whose codes are the characters themselves;
- ``/Type3`` fonts with a ``/ToUnicode`` map or standard glyph names.

Anything else (vertical writing, other CMaps, glyphs without a Unicode
value) is *undecodable*: ``FontInfo.problem`` says why, and the page is
reported as unreadable rather than checked on a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pypdf._cmap import get_encoding
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

# Composite-font CMaps whose character codes are UCS-2 / UTF-16BE code units:
# the code is the character (ISO 32000-2, 9.7.5.2).
_UNICODE_CMAP = re.compile(r"^/Uni(JIS|GB|CNS|KS)-(UCS2|UCS2-HW|UTF16)-H$")
_VERTICAL_CMAP = re.compile(r"-V$")

# Box height when the font descriptor has none (LibreOffice writes 0/0):
# CJK faces ink from about -0.12 to 0.88 em.
_ASCENT, _DESCENT = 0.88, -0.12


@dataclass(frozen=True)
class Code:
    """One character code in a shown string."""

    code: int
    start: int          # byte range in the string operand
    end: int
    unicode: str | None  # None: cannot be decoded
    width: float        # horizontal advance in thousandths of an em (before Tc/Tw)


@dataclass
class FontInfo:
    """What the glyph interpreter needs of one font resource."""

    name: str                      # /BaseFont, for messages
    two_byte: bool = False
    to_unicode: dict[int, str] = field(default_factory=dict)
    encoding: dict[int, str] = field(default_factory=dict)
    unicode_codes: bool = False    # UCS2/UTF16 CMap: the code is the character
    widths: dict[int, float] = field(default_factory=dict)
    default_width: float = 0.0
    ascent: float = _ASCENT        # in em
    descent: float = _DESCENT
    width_scale: float = 1.0       # Type3: FontMatrix scale relative to 1/1000
    problem: str | None = None     # why this font's text cannot be decoded

    def codes(self, data: bytes) -> list[Code]:
        """Split a string operand into codes with their Unicode and width."""
        out: list[Code] = []
        i = 0
        step = 2 if self.two_byte else 1
        while i < len(data):
            raw = data[i:i + step]
            n = step
            if len(raw) < step:  # odd byte at the end of a two-byte string
                out.append(Code(raw[0], i, len(data), None, self.default_width))
                break
            code = int.from_bytes(raw, "big")
            if self.unicode_codes and 0xD800 <= code < 0xDC00 and i + 4 <= len(data):
                n = 4  # UTF-16 surrogate pair: one character, two code units
                code = int.from_bytes(data[i:i + 4], "big")
            out.append(Code(code, i, i + n, self._unicode(code, data[i:i + n]), self._width(code)))
            i += n
        return out

    def _unicode(self, code: int, raw: bytes) -> str | None:
        if code in self.to_unicode:
            value: str | None = self.to_unicode[code]
            return value if value and not _junk(value) else None
        if self.unicode_codes:
            try:
                return raw.decode("utf-16-be")
            except UnicodeDecodeError:
                return None
        value = self.encoding.get(code)
        if value is None or value.startswith("/") or _junk(value):
            return None  # an unresolved glyph name or a control character
        return value

    def _width(self, code: int) -> float:
        if self.unicode_codes and code not in self.widths:
            return _ucs2_width(code, self.widths, self.default_width)
        return self.widths.get(code, self.default_width) * self.width_scale


def _junk(value: str) -> bool:
    """Control characters and U+FFFD are what broken maps produce."""
    return any((ord(c) < 32 and c not in "\t\n\r") or c == "\ufffd" for c in value)


def _ucs2_width(code: int, widths: dict[int, float], default: float) -> float:
    """Width of a UCS2-H code without the Adobe CMap.

    ``/W`` is keyed by CID, which needs the CMap to look up. Adobe-Japan1
    puts proportional ASCII at CIDs 1-95 (U+0020-U+007E), which is what
    reportlab's ``/W`` lists; everything else takes ``/DW`` (full width).
    """
    if 0x20 <= code <= 0x7E and (code - 0x1F) in widths:
        return widths[code - 0x1F]
    return default


def load_font(font: DictionaryObject) -> FontInfo:
    """Read one font resource dictionary."""
    font = font.get_object()  # type: ignore[assignment]  # a reference or the dictionary: resolved here
    subtype = font.get("/Subtype")
    info = FontInfo(name=str(font.get("/BaseFont", subtype or "?")).lstrip("/"))
    try:
        if subtype == "/Type0":
            _load_composite(font, info)
        elif subtype in ("/TrueType", "/Type1", "/MMType1", "/Type3"):
            _load_simple(font, info, subtype)
        else:
            info.problem = f"未対応のフォント形式 {subtype}"
    except Exception as exc:  # a malformed font: cannot be decoded, never guessed
        info.problem = f"フォント {info.name} を読めません（{type(exc).__name__}）"
    return info


def _to_unicode(font: DictionaryObject) -> dict[int, str]:
    if "/ToUnicode" not in font:
        return {}
    _, map_dict = get_encoding(font)
    out: dict[int, str] = {}
    for key, value in map_dict.items():
        if not isinstance(key, str) or not key:
            continue
        code = 0
        for ch in key:  # the code's bytes, decoded by pypdf as latin-1 or UTF-16BE units
            code = (code << (16 if ord(ch) > 0xFF or len(key) > 1 else 8)) | ord(ch)
        out[code] = value
    return out


def _load_composite(font: DictionaryObject, info: FontInfo) -> None:
    info.two_byte = True
    encoding = font.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else None
    descendants = font.get("/DescendantFonts")
    cid_font = descendants.get_object()[0].get_object() if descendants else DictionaryObject()
    if isinstance(encoding, StreamObject):
        info.problem = f"埋め込み CMap のフォント {info.name} は解読できません"
        return
    name = str(encoding)
    if _VERTICAL_CMAP.search(name) or "/W2" in cid_font:
        info.problem = f"縦書き（{name.lstrip('/')}）のフォント {info.name} には対応していません"
        return
    info.to_unicode = _to_unicode(font)
    if _UNICODE_CMAP.match(name):
        info.unicode_codes = True
    elif name != "/Identity-H":
        info.problem = f"CMap {name.lstrip('/')} のフォント {info.name} は解読できません"
        return
    elif not info.to_unicode:
        info.problem = f"フォント {info.name} に ToUnicode がなく文字を解読できません"
        return
    info.default_width = float(cid_font.get("/DW", 1000))
    info.widths = _cid_widths(cid_font.get("/W"))
    _metrics(cid_font.get("/FontDescriptor"), info)


def _cid_widths(w: Any) -> dict[int, float]:
    """``/W``: ``c [w1 w2 ...]`` and ``c_first c_last w`` entries, mixed."""
    out: dict[int, float] = {}
    if w is None:
        return out
    items = list(w.get_object())
    i = 0
    while i < len(items):
        first = int(items[i])
        nxt = items[i + 1].get_object() if i + 1 < len(items) else None
        if isinstance(nxt, ArrayObject):
            for k, width in enumerate(nxt):
                out[first + k] = float(width)
            i += 2
        else:
            last, width = int(items[i + 1]), float(items[i + 2])
            for cid in range(first, min(last, first + 65536) + 1):
                out[cid] = width
            i += 3
    return out


def _load_simple(font: DictionaryObject, info: FontInfo, subtype: str) -> None:
    info.to_unicode = _to_unicode(font)
    encoding, _ = get_encoding(font)
    if isinstance(encoding, dict):
        info.encoding = {int(k): v for k, v in encoding.items() if isinstance(v, str)}
    if subtype == "/TrueType" and "/Encoding" not in font and not info.to_unicode:
        # A symbolic TrueType without either map: its codes index the font's
        # own cmap, and pypdf's StandardEncoding fallback would be a guess.
        info.encoding = {}
        info.problem = f"フォント {info.name} に ToUnicode もエンコーディングもなく文字を解読できません"
    first = int(font.get("/FirstChar", 0))
    widths = font.get("/Widths")
    if widths is not None:
        info.widths = {first + k: float(w) for k, w in enumerate(widths.get_object())}
    else:
        info.widths = _core_widths(info.name, info.encoding)
    descriptor = font.get("/FontDescriptor")
    if descriptor is not None:
        info.default_width = float(descriptor.get_object().get("/MissingWidth", 0))
    if subtype == "/Type3":
        matrix = [float(x) for x in font.get("/FontMatrix", [0.001, 0, 0, 0.001, 0, 0])]
        info.width_scale = matrix[0] * 1000  # Widths are in glyph space
        if not info.to_unicode and not info.encoding:
            info.problem = f"Type3 フォント {info.name} に ToUnicode がなく文字を解読できません"
        return
    _metrics(descriptor, info)


def _core_widths(name: str, encoding: dict[int, str]) -> dict[int, float]:
    """The standard 14 fonts may omit ``/Widths``; pypdf ships their AFM widths."""
    from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
    metrics = CORE_FONT_METRICS.get(name)
    if metrics is None:
        return {}
    return {code: float(metrics.character_widths[ch]) for code, ch in encoding.items()
            if ch in metrics.character_widths}


def _metrics(descriptor: Any, info: FontInfo) -> None:
    """Box height: the descriptor's Ascent/Descent, never smaller than the CJK default."""
    if descriptor is None:
        return
    d = descriptor.get_object()
    ascent, descent = float(d.get("/Ascent", 0)) / 1000, float(d.get("/Descent", 0)) / 1000
    info.ascent = min(max(_ASCENT, ascent), 1.2)
    info.descent = max(min(_DESCENT, descent), -0.4)


class FontCache:
    """Fonts by indirect reference, so a font shared by pages is read once."""

    def __init__(self) -> None:
        self._fonts: dict[Any, FontInfo] = {}

    def get(self, ref: Any) -> FontInfo:
        key = (ref.idnum, ref.generation) if hasattr(ref, "idnum") else id(ref)
        if key not in self._fonts:
            self._fonts[key] = load_font(ref.get_object())
        return self._fonts[key]

    def characters(self) -> set[str]:
        """Every character the loaded fonts can show (their ToUnicode maps):
        a subset may hold characters no page draws any more (an earlier
        revision's), which the writer prunes too."""
        return {c for font in self._fonts.values() for text in font.to_unicode.values() for c in text}
