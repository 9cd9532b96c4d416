"""The check that no masked value survives anywhere in a written PDF
(``leak_scan``), and the helpers that read a file as text for it.

Scrubbing removes what is known to leak; this re-opens the written bytes
with fresh readers and looks everywhere a reader or a tool could find a
target (page text, every object and decoded stream, subset fonts, raw
bytes), so a leak path nobody thought of is still reported and the output
refused (fail closed). It only reads: nothing here changes a document.
"""
from __future__ import annotations

import io
import re
from typing import Iterable, Iterator, Sequence

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from redactor.documents.pdf.font_prune import font_program
from redactor.documents.pdf.objects import reachable
from redactor.documents.pdf.strings import bytes_text, pdf_string_text, stream_string_texts
from redactor.documents.pdf.targets import Targets
from redactor.documents.pdf.tounicode import parse_tounicode
from redactor.normalize import normalize
from redactor.leak import leak_key


def _font_program_texts(data: bytes) -> list[str]:
    """Name strings of a TrueType/OpenType program (family, copyright…)."""
    from fontTools.ttLib import TTFont
    try:
        font = TTFont(io.BytesIO(data), lazy=True)
        return [rec.toUnicode() for rec in font["name"].names] if "name" in font else []
    except Exception:  # noqa: BLE001 - not a TrueType program (CFF, Type1): bytes only
        return []


_SUBSET_TAG = re.compile(r"^/?[A-Z]{6}\+")


def _name_chars(names: Iterable[str]) -> str:
    """What glyph names spell by the Adobe Glyph List rules (``uni5C71``,
    ``u20B9F``, ``a``); ``blank3``, ``cid00042`` and ``g7`` spell nothing."""
    from fontTools.agl import toUnicode
    return "".join(toUnicode(str(n).lstrip("/")) for n in names)


def _program_glyph_names(stream: StreamObject, kind: str) -> list[str]:
    from fontTools.cffLib import CFFFontSet
    from fontTools.ttLib import TTFont

    data = stream.get_data()
    if kind == "/FontFile3" and stream.get("/Subtype") in ("/Type1C", "/CIDFontType0C"):
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(data), None)
        return list(cff.topDictIndex[0].charset)
    font = TTFont(io.BytesIO(data), lazy=True)
    if "CFF " in font:
        return list(font["CFF "].cff.topDictIndex[0].charset)
    if "post" in font and font["post"].formatType == 2.0:
        return list(font["post"].extraNames)
    return []


def _subset_font_chars(font: DictionaryObject) -> set[str]:
    """Characters a subset font can still produce or name: its ToUnicode
    targets, its program's Unicode cmap and the glyph names in the program
    and in /Differences. Fully embedded fonts (no ``ABCDEF+`` tag) cover
    whole scripts and say nothing about the document, so they give
    nothing; Type3 fonts always count."""
    from fontTools.ttLib import TTFont

    if font.get("/Subtype") != "/Type3" and not _SUBSET_TAG.match(str(font.get("/BaseFont", ""))):
        return set()
    chars: list[str] = []
    tu = font.get("/ToUnicode")
    if tu is not None and isinstance(tu.get_object(), StreamObject):
        try:
            chars += parse_tounicode(tu.get_object().get_data())[0].values()
        except Exception:  # noqa: BLE001 - an unreadable map is the page reader's problem
            pass
    enc = font.get("/Encoding")
    enc = enc.get_object() if enc is not None else None
    if isinstance(enc, DictionaryObject):
        chars.append(_name_chars(n for n in enc.get("/Differences", []) if isinstance(n, NameObject)))
    program, kind = font_program(font)
    if program is not None:
        try:
            if kind == "/FontFile2" or program.get("/Subtype") == "/OpenType":
                cmap = TTFont(io.BytesIO(program.get_data()), lazy=True).getBestCmap() or {}
                chars += (chr(c) for c in cmap)
            chars.append(_name_chars(_program_glyph_names(program, kind)))
        except Exception:  # noqa: BLE001 - a program that does not parse names nothing
            pass
    return set(leak_key("".join(chars)))


def _stream_texts(stream: StreamObject) -> tuple[list[str], str | None]:
    """Texts to search in a stream, and a problem if it cannot be decoded."""
    if stream.get("/Subtype") == "/Image":
        return [], None
    try:
        data = stream.get_data()
    except Exception as exc:  # noqa: BLE001
        return [], f"ストリームを展開できません（{type(exc).__name__}）"
    if "/Length1" in stream or stream.get("/Subtype") in ("/OpenType", "/Type1C", "/CIDFontType0C"):
        return _font_program_texts(data), None
    texts = [bytes_text(data)]
    if data[:2] in (b"\xfe\xff", b"\xff\xfe"):
        texts.append(data.decode("utf-16", "ignore"))
    texts += list(stream_string_texts(data))
    return texts, None


# Entries whose strings are machine data (dates, hashes, encryption keys):
# a short numeric target would match them without meaning anything.
_MACHINE_KEYS = frozenset(("/CreationDate", "/ModDate", "/M", "/ID", "/O", "/U", "/OE", "/UE",
                           "/Perms", "/CIDSet", "/Panose"))


def _object_texts(obj: PdfObject) -> Iterator[str]:
    """Every string and name value inside a direct object tree (keys are
    the format's vocabulary, machine data is left out)."""
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, (TextStringObject, ByteStringObject)):
            yield pdf_string_text(o)
        elif isinstance(o, NameObject):
            yield str(o)[1:]
        elif isinstance(o, DictionaryObject):
            stack += [v for k, v in o.items()
                      if not isinstance(v, IndirectObject) and k not in _MACHINE_KEYS]
        elif isinstance(o, ArrayObject):
            stack += [v for v in o if not isinstance(v, IndirectObject)]


def _describe(obj: PdfObject) -> str:
    if isinstance(obj, DictionaryObject):
        for key in ("/Type", "/Subtype", "/S"):
            if key in obj:
                return str(obj[key])[1:]
    return type(obj).__name__.replace("Object", "")


def _xref_numbers(reader: PdfReader) -> list[tuple[int, int]]:
    nums: set[tuple[int, int]] = set()
    for gen, table in reader.xref.items():
        nums.update((idnum, gen) for idnum in table)
    nums.update((idnum, 0) for idnum in reader.xref_objStm)
    return sorted(nums)


def _raw_hits(data: bytes, targets: Sequence[str]) -> list[int]:
    """Targets whose UTF-8, UTF-16 or CP932 bytes occur in the file itself
    (bytes outside any object the xref lists). Short ASCII targets (a year,
    a house number) are left to the object scan: they occur in dates and
    compressed data by chance."""
    hits = []
    for i, target in enumerate(targets, start=1):
        forms = {target, normalize(target).text}
        for form in forms:
            if form.isascii() and len(form) < 8:
                continue
            encodings = []
            for enc in ("utf-8", "utf-16-be", "cp932"):
                try:
                    encodings.append(form.encode(enc))
                except UnicodeEncodeError:
                    pass
            if any(len(b) >= 4 and b in data for b in encodings):
                hits.append(i)
                break
    return hits


def _pdfium_pages(data: bytes, password: str | None) -> list[str] | None:
    """Page texts as PDFium reads them (optional extra), or None."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return None
    try:
        doc = pdfium.PdfDocument(data, password=password)
    except Exception:  # noqa: BLE001 - pypdf's verdict on opening stands
        return None
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


def _form_text(reader: PdfReader, form: StreamObject, fallback: Sequence[PdfObject]) -> str:
    """The text a form XObject draws, read as pypdf reads a page: with its
    own resources, or else with each page's (a form without /Resources
    borrows its user's). Also finds a form that a resource dictionary still
    names but no page draws any more."""
    from pypdf import PageObject

    text = []
    for resources in ([form["/Resources"]] if "/Resources" in form else list(fallback)):
        page = PageObject(reader)
        page[NameObject("/Resources")] = resources
        page[NameObject("/Contents")] = form.indirect_reference or form
        page[NameObject("/MediaBox")] = ArrayObject([NumberObject(0)] * 2 + [NumberObject(1000)] * 2)
        try:
            text.append(page.extract_text())
        except Exception:  # noqa: BLE001 - a form that does not read is reported by its page
            continue
    return "\n".join(text)


def _orphans(reader: PdfReader, numbers: Iterable[tuple[int, int]]) -> list[int]:
    """Objects in the xref that the trailer cannot reach (cross-reference
    and object streams and the linearization dictionary excepted)."""
    def resolve(ref: IndirectObject) -> PdfObject | None:
        try:
            return reader.get_object(ref)
        except Exception:  # noqa: BLE001
            return None
    live = reachable(list(reader.trailer.values()), resolve)
    out = []
    for idnum, gen in numbers:
        if idnum in live:
            continue
        obj = resolve(IndirectObject(idnum, gen, reader))
        if obj is None or (isinstance(obj, DictionaryObject) and (
                obj.get("/Type") in ("/XRef", "/ObjStm") or "/Linearized" in obj)):
            continue
        out.append(idnum)
    return out


def _open(data: bytes, password: str | None) -> PdfReader | None:
    """A reader of ``data``, decrypted; None when the password is wrong."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(password or ""):
        return None
    return reader


def leak_scan(data: bytes, targets: Sequence[str], password: str | None = None) -> list[str]:
    """Re-open the written bytes and say (one line each, targets by number,
    never by value) where any target can still be found: each page's text
    (pypdf, and PDFium when installed), every object in the xref (strings,
    names, decoded streams: annotations, metadata, outlines, scripts, font
    name tables; form XObjects read as text with their resources), the raw
    bytes. Also problems whatever the targets: a second ``%%EOF`` (an
    earlier revision survives), objects nothing references (a removed
    annotation, the unredacted original of a form), a file that cannot be
    opened or decrypted.

    Embedded subset fonts are checked as a bag of characters: a target is
    reported when every one of its characters that no page shows is still
    in some subset font's ToUnicode map or cmap (the surname kanji that
    pruning should have taken out). Characters shown elsewhere prove
    nothing, so they are left out of that check."""
    t = Targets.of(targets)
    problems: list[str] = []

    def report(where: str, numbers: Iterable[int]) -> None:
        for n in numbers:
            line = f"{where}にマスク対象 #{n} が残っています"
            if line not in problems:
                problems.append(line)
    eofs = data.count(b"%%EOF")
    if eofs > 1:
        problems.append(f"以前の版が残っています（%%EOF が {eofs}個）")
    try:
        # Two readers: pypdf's text extraction rewrites font dictionaries
        # in place (indirect descendant fonts become direct), which would
        # make their objects look unreferenced.
        reader, text_reader = _open(data, password), _open(data, password)
        if reader is None or text_reader is None:
            return problems + ["暗号化されていて検査できません（パスワードが違います）"]
        pages = list(text_reader.pages)
        numbers = _xref_numbers(reader)
        orphans = _orphans(reader, numbers)
    except Exception as exc:  # noqa: BLE001 - any failure to open is reported
        return problems + [f"出力を開けず検査できません（{type(exc).__name__}）"]
    shown: set[str] = set()
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text()
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{number}ページの本文を抽出できず検査できません（{type(exc).__name__}）")
            continue
        shown.update(leak_key(text))
        report(f"{number}ページの本文", t.found_in(text))
    for number, text in enumerate(_pdfium_pages(data, password) or [], start=1):
        shown.update(leak_key(text))
        report(f"{number}ページの本文（PDFium）", t.found_in(text))
    page_resources = [p["/Resources"] for p in reader.pages if "/Resources" in p]
    in_fonts: set[str] = set()
    for idnum, gen in numbers:
        try:
            obj = reader.get_object(IndirectObject(idnum, gen, reader))
        except Exception as exc:  # noqa: BLE001
            problems.append(f"オブジェクト {idnum} を読めず検査できません（{type(exc).__name__}）")
            continue
        if obj is None:
            continue
        where = f"オブジェクト {idnum}（{_describe(obj)}）"
        texts = list(_object_texts(obj))
        if isinstance(obj, StreamObject):
            more, problem = _stream_texts(obj)
            texts += more
            if problem:
                problems.append(f"{where}の{problem}")
            if obj.get("/Subtype") == "/Form":
                texts.append(_form_text(reader, obj, page_resources))
        report(where, sorted({n for text in texts for n in t.found_in(text)}))
        if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/Font":
            in_fonts |= _subset_font_chars(obj)
    for n, key in enumerate(t.keys, start=1):
        unseen = set(key) - shown
        if unseen and unseen <= in_fonts:
            problems.append(f"埋め込みフォント（ToUnicode・字形）にマスク対象 #{n} の文字が残っています")
    if orphans:
        problems.append(f"どこからも参照されないオブジェクトが {len(orphans)}個残っています"
                        f"（{', '.join(map(str, orphans[:5]))}{' ほか' if len(orphans) > 5 else ''}）")
    if not reader.is_encrypted:
        report("ファイルのバイト列", _raw_hits(data, targets))
    return problems
