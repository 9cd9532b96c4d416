"""Taking the masked characters out of embedded fonts (``prune_fonts``).

Once the glyphs are gone from the page, a subset font still holds the
removed characters twice: in its ToUnicode map and in its program (glyph
outlines, and glyph names such as ``uni5C71`` that spell them), an
unordered bag of the masked surnames' kanji. This empties them with
fontTools, for TrueType, CFF (bare or in OpenType), Type1 and Type3
fonts, without renumbering codes or glyph ids so the content streams stay valid.
``font_program`` (where a font's program is embedded) is shared with the
leak scan, which checks what pruning should have taken out.
"""
from __future__ import annotations

import io
import re
from typing import Iterable, Iterator, cast

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject, TextStringObject

from redactor.documents.pdf.objects import set_stream_data, walk, writer_objects
from redactor.documents.pdf.strings import pdf_string_text
from redactor.documents.pdf.tounicode import parse_tounicode, tounicode_cmap


def _font_dicts(writer: PdfWriter) -> Iterator[DictionaryObject]:
    seen: set[int] = set()
    found: list[DictionaryObject] = []

    def visit(d: DictionaryObject) -> None:
        if d.get("/Type") == "/Font" and "/Subtype" in d and id(d) not in seen \
                and d.get("/Subtype") != "/CIDFontType2" and d.get("/Subtype") != "/CIDFontType0":
            seen.add(id(d))
            found.append(d)
    for obj in list(writer_objects(writer)):
        walk(obj, visit)
    return iter(found)


def _prunable(text: str, removed: set[str], kept: set[str]) -> bool:
    """A ToUnicode entry goes when all its characters occurred only in
    removed spans (a ligature "ff" goes with its letters)."""
    chars = [c for c in text if not c.isspace()]
    return bool(chars) and all(c in removed and c not in kept for c in chars)


def _components(glyf, name: str) -> list[str]:
    g = glyf[name]
    return [c.glyphName for c in g.components] if g.isComposite() else []


def _blank_glyf(program, doomed: set[str], kept: set[str], pruned: set[str]) -> None:
    """Empty the TrueType outlines of ``doomed`` glyphs (and of components
    only they use) unless a kept glyph uses them as a component; drop their
    cmap entries and the glyph names that spell the characters."""
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    order = program.getGlyphOrder()
    glyf = program["glyf"]
    used_as_component = {c for n in order for c in _components(glyf, n)}
    kept_roots = [n for n in order if n in kept or (n not in doomed and n not in used_as_component)]

    def closure(names: Iterable[str]) -> set[str]:
        out: set[str] = set()
        stack = list(names)
        while stack:
            n = stack.pop()
            if n in out:
                continue
            out.add(n)
            stack += _components(glyf, n)
        return out
    blank = closure(doomed) - closure(kept_roots) - {".notdef"}
    for name in blank:
        empty = Glyph()
        empty.numberOfContours = 0
        glyf[name] = empty
    _drop_cmap_entries(program, blank, pruned)
    if "post" in program and program["post"].formatType == 2.0:
        program["post"].formatType = 3.0   # glyph names like uni5C71 spell the characters


def _drop_cmap_entries(program, blank: set[str], pruned: set[str]) -> None:
    if "cmap" not in program:
        return
    for table in program["cmap"].tables:
        unicode_table = table.platformID == 0 or (table.platformID, table.platEncID) in ((3, 1), (3, 10))
        table.cmap = {code: n for code, n in table.cmap.items()
                      if n not in blank and not (unicode_table and chr(code) in pruned)}


def _blank_charstrings(top, doomed: set[str], kept: set[str]) -> dict[str, str]:
    """Empty CFF charstrings (``endchar`` only; widths come from the PDF)
    and rename them (``uni5C71`` spells the character); returns the
    renames."""
    from fontTools.misc.psCharStrings import T2CharString

    strings = top.CharStrings
    renames: dict[str, str] = {}
    for name in sorted(doomed - kept - {".notdef", "cid00000"}):
        if name in strings:
            old = strings[name]
            strings[name] = T2CharString(program=["endchar"], private=old.private,
                                         globalSubrs=old.globalSubrs)
            if not name.startswith("cid"):
                renames[name] = f"blank{len(renames) + 1}"
    if renames:
        top.charset = [renames.get(n, n) for n in top.charset]
        strings.charStrings = {renames.get(k, k): v for k, v in strings.charStrings.items()}
    return renames


# OpenType tables keyed by glyph name that a PDF renderer never reads;
# dropped rather than renamed when CFF glyphs are renamed.
_LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "COLR", "CPAL",
                  "kern", "morx", "mort", "feat", "prop", "SVG ")


def _rename_otf(program, renames: dict[str, str]) -> None:
    """Apply CFF glyph renames to the rest of an OpenType font."""
    if not renames:
        return
    program.setGlyphOrder([renames.get(n, n) for n in program.getGlyphOrder()])
    for tag in ("hmtx", "vmtx"):
        if tag in program:
            program[tag].metrics = {renames.get(k, k): v for k, v in program[tag].metrics.items()}
    if "cmap" in program:
        for table in program["cmap"].tables:
            table.cmap = {c: renames.get(n, n) for c, n in table.cmap.items()}
    for tag in _LAYOUT_TABLES:
        if tag in program:
            del program[tag]
    if "post" in program:
        program["post"].formatType = 3.0


def font_program(font: DictionaryObject) -> tuple[StreamObject | None, str]:
    desc_owner = font
    if font.get("/Subtype") == "/Type0":
        desc_owner = font["/DescendantFonts"][0].get_object()  # type: ignore[index]  # pypdf types values as PdfObject: an array here
    desc = desc_owner.get("/FontDescriptor")
    if desc is None:
        return None, "埋め込みなし"
    desc = desc.get_object()
    for key in ("/FontFile2", "/FontFile3", "/FontFile"):
        if key in desc:
            return desc[key].get_object(), key
    return None, "埋め込みなし"


def _type3_codes_to_procs(font: DictionaryObject) -> dict[int, str]:
    diffs = font.get("/Encoding", DictionaryObject()).get_object()
    diffs = diffs.get("/Differences", ArrayObject()) if isinstance(diffs, DictionaryObject) else []
    names, code = {}, 0
    for item in diffs:
        if isinstance(item, NameObject):
            names[code] = str(item)
            code += 1
        else:
            code = int(item)
    return names


def _forget_codes(font: DictionaryObject, doomed: set[int]) -> set[str]:
    """Point the /Differences entries of ``doomed`` codes at /.notdef (the
    content no longer draws them, and a name like /uni5C71 spells the
    character); returns the glyph names still used by other codes."""
    enc = font.get("/Encoding")
    enc = enc.get_object() if enc is not None else None
    if not isinstance(enc, DictionaryObject) or "/Differences" not in enc:
        return set()
    diffs = cast(ArrayObject, enc["/Differences"].get_object())  # an array of codes and names
    code, still = 0, set()
    for i, item in enumerate(diffs):
        if isinstance(item, NameObject):
            if code in doomed:
                diffs[i] = NameObject("/.notdef")
            else:
                still.add(str(item))
            code += 1
        else:
            code = int(item)
    return still


def _prune_type3(font: DictionaryObject, doomed: set[int]) -> str | None:
    """Type3 glyphs are content streams: the procedures that only removed
    codes drew are dropped with their names."""
    procs = font.get("/CharProcs")
    names = _type3_codes_to_procs(font)
    gone = {names[c] for c in doomed if c in names}
    still = _forget_codes(font, doomed)
    if procs is not None:
        procs = procs.get_object()
        for name in gone - still:
            if name in procs:
                del procs[name]
    return None


# Code -> glyph name tables a simple font's /Encoding may name; WinAnsi is
# read through cp1252 and the Adobe Glyph List (a few unused codes differ).
def _named_encoding(name: str) -> list[str]:
    from fontTools.agl import UV2AGL
    from fontTools.encodings.MacRoman import MacRoman
    from fontTools.encodings.StandardEncoding import StandardEncoding

    if name == "/MacRomanEncoding":
        return list(MacRoman)
    if name == "/WinAnsiEncoding":
        return [UV2AGL.get(ord(bytes([c]).decode("cp1252", "ignore") or "\0"), ".notdef")
                for c in range(256)]
    return list(StandardEncoding)


def _type1_glyph_names(font: DictionaryObject, codes: Iterable[int], builtin: list[str]) -> set[str]:
    """Every glyph name a viewer may draw for ``codes`` of a simple Type1
    font: the /Differences entry, else both the named base encoding and
    the program's built-in one (which one applies depends on the font's
    symbolic flag, which producers get wrong). Taking them all errs on
    the side of keeping a glyph that a kept code may draw."""
    enc = font.get("/Encoding")
    enc = enc.get_object() if enc is not None else None
    differences = _type3_codes_to_procs(font) if isinstance(enc, DictionaryObject) else {}
    base = enc.get("/BaseEncoding") if isinstance(enc, DictionaryObject) else enc
    tables = [builtin] + ([_named_encoding(str(base))] if base is not None else
                          [_named_encoding("/StandardEncoding")] if differences else [])
    names: set[str] = set()
    for code in codes:
        if code in differences:
            names.add(differences[code][1:])
        else:
            names.update(t[code] for t in tables if code < len(t))
    return names - {".notdef"}


def _type1_parts(data: bytes, length1: int | None) -> tuple[bytes, bytes, bytes]:
    """(cleartext, binary eexec part, trailer) of a Type1 program. The
    split is found in the data (``/Length1`` only settles whether a CR LF
    after ``eexec`` belongs to the cleartext); a hexadecimal eexec part is
    converted to binary; the trailer of zeros may be missing."""
    from fontTools.t1Lib import EEXECBEGIN, EEXECEND, deHexString, isHex

    at = data.index(EEXECBEGIN) + len(EEXECBEGIN)
    start = length1 if length1 in (at + 1, at + 2) and not data[at:length1].strip() else at + 1
    end = EEXECEND.search(data, start)
    stop = end.start() if end is not None else len(data)
    cipher = data[start:stop]
    if isHex(cipher[:4]):
        cipher = deHexString(cipher)
    return data[:start], cipher, data[stop:]


def _read_type1(data: bytes):
    """A parsed fontTools ``T1Font`` of a PDF's /FontFile (T1Font reads
    only files, so the data is set as its ``read`` would)."""
    from fontTools.t1Lib import T1Font

    program = T1Font.__new__(T1Font)
    program.encoding = "latin-1"          # FontInfo strings may hold any byte
    program.data = data
    program.parse()
    return program


def _seac_parts(strings: dict, names: set[str]) -> set[str]:
    """Glyphs that the accented glyphs among ``names`` are built from
    (``seac`` names its base and accent by StandardEncoding codes): a kept
    "Á" still needs "A", as a TrueType composite needs its components."""
    from fontTools.encodings.StandardEncoding import StandardEncoding
    from fontTools.misc.psCharStrings import T1CharString

    parts: set[str] = set()
    for name in names:
        copy = T1CharString(bytecode=strings[name].bytecode)     # decompiling drops the bytecode
        copy.decompile()
        program = copy.program
        for i, token in enumerate(program):
            if token == "seac" and i >= 2:
                parts.update(StandardEncoding[int(c) % 256] for c in program[i - 2:i])
    return parts


def _empty_type1_glyph(old):
    """A charstring that draws nothing but keeps ``old``'s side bearing
    and advance (its leading ``hsbw``/``sbw``, operands possibly ``div``)."""
    from fontTools.misc.psCharStrings import T1CharString

    old.decompile()
    for i, token in enumerate(old.program):
        if token in ("hsbw", "sbw"):
            return T1CharString(program=old.program[:i + 1] + ["endchar"], subrs=old.subrs)
        if isinstance(token, str) and token != "div":
            break
    raise ValueError("charstring does not start with hsbw or sbw")


def _same_type1(wanted: dict, written: dict) -> bool:
    """Whether the rewritten program reads back as the one meant: every
    entry, charstrings and subroutines byte for byte. /OtherSubrs is left
    out: fontTools writes the standard procedures, which PDF renderers
    replace by their own anyway."""
    def plain(d: dict, skip: tuple[str, ...]) -> dict:
        return {k: v for k, v in d.items() if k not in skip}

    def code(strings) -> list:
        items = strings.items() if isinstance(strings, dict) else enumerate(strings)
        return sorted((k, s.bytecode) for k, s in items)
    top, private = ("CharStrings", "Private"), ("Subrs", "OtherSubrs")
    return plain(wanted, top) == plain(written, top) \
        and plain(wanted["Private"], private) == plain(written["Private"], private) \
        and code(wanted["CharStrings"]) == code(written["CharStrings"]) \
        and code(wanted["Private"]["Subrs"]) == code(written["Private"]["Subrs"])


def _prune_type1(font: DictionaryObject, stream: StreamObject, doomed: set[int],
                 kept: set[int]) -> str | None:
    """Type1 programs (/FontFile; LibreOffice embeds CFF fonts such as Noto
    CJK this way): the eexec part is decrypted and parsed with fontTools,
    the charstrings of glyphs only doomed codes draw are replaced by empty
    ones with the same advance, and the program is re-encrypted. Glyph
    names are kept (the built-in encoding still maps every code), except
    that a doomed glyph whose name spells a character (``uni91CE``) is
    renamed in the charstrings and the encoding alike; no kept code draws
    it. The result is parsed again and compared before it is used."""
    from fontTools.agl import toUnicode
    from fontTools.misc import eexec
    from fontTools.t1Lib import EEXECBEGIN, EEXECEND

    length1 = stream.get("/Length1")
    clear, cipher, trailer = _type1_parts(stream.get_data(), int(length1) if length1 is not None else None)
    # fontTools skips one byte after "eexec": a CR LF would shift the decryption
    program = _read_type1(clear.rstrip() + b"\n" + cipher + trailer)
    top = program.font
    strings, builtin = top["CharStrings"], top["Encoding"]
    builtin = list(builtin) if isinstance(builtin, list) else []
    blank = _type1_glyph_names(font, doomed, builtin) - _type1_glyph_names(font, kept, builtin)
    blank &= set(strings)
    blank -= _seac_parts(strings, set(strings) - blank)
    if not blank:
        return None
    for name in blank:
        strings[name] = _empty_type1_glyph(strings[name])
    renames = {n: f"blank{i}" for i, n in enumerate(sorted(n for n in blank if toUnicode(n)), start=1)}
    if renames:
        top["CharStrings"] = {renames.get(k, k): v for k, v in strings.items()}
        if isinstance(top["Encoding"], list):
            top["Encoding"] = [renames.get(n, n) for n in top["Encoding"]]
    new = program.createData()
    if not _same_type1(top, _read_type1(new).font):
        return "Type1 の書き直しを確認できません"
    length1 = new.index(EEXECBEGIN) + len(EEXECBEGIN) + 1
    zeros = EEXECEND.search(new, length1)
    length2 = zeros.start() - 1 - length1     # createData puts one newline before the zeros
    plain = eexec.decrypt(new[length1:length1 + length2], 55665)[0]
    if not plain.rstrip().endswith(b"currentfile closefile"):
        return "Type1 の暗号部の長さを確かめられません"
    set_stream_data(stream, new)
    for key, value in (("/Length1", length1), ("/Length2", length2),
                       ("/Length3", len(new) - length1 - length2)):
        stream[NameObject(key)] = NumberObject(value)
    _rename_charset(font, renames)
    return None


def _rename_charset(font: DictionaryObject, renames: dict[str, str]) -> None:
    """The descriptor's optional /CharSet lists the glyph names too."""
    desc = font.get("/FontDescriptor")
    charset = desc.get_object().get("/CharSet") if desc is not None else None
    if not renames or charset is None:
        return
    names = re.findall(r"/([^/\s]+)", pdf_string_text(charset.get_object()))
    desc.get_object()[NameObject("/CharSet")] = TextStringObject(  # type: ignore[union-attr]  # charset came from desc
        "".join("/" + renames.get(n, n) for n in names))


def _glyph_names(font: DictionaryObject, program, codes: Iterable[int], tounicode: dict[int, str],
                 cff_top=None) -> dict[int, str]:
    """The glyph each code draws, as a viewer resolves it (TrueType: the
    CIDToGIDMap or the cmaps; CFF: CID or the font's encoding)."""
    order = program.getGlyphOrder() if program is not None else cff_top.charset
    out: dict[int, str] = {}
    if font.get("/Subtype") == "/Type0":
        cid_font = font["/DescendantFonts"][0].get_object()  # type: ignore[index]  # pypdf types values as PdfObject: an array here
        if cff_top is not None and hasattr(cff_top, "ROS"):
            return {code: f"cid{code:05d}" for code in codes}
        cmap_ref = cid_font.get("/CIDToGIDMap", NameObject("/Identity"))
        table = None if cff_top is not None or cmap_ref == "/Identity" \
            else cmap_ref.get_object().get_data()
        for code in codes:
            gid = code if table is None else (
                int.from_bytes(table[2 * code:2 * code + 2], "big") if 2 * code + 1 < len(table) else None)
            if gid is not None and gid < len(order):
                out[code] = order[gid]
        return out
    if cff_top is not None:
        enc = font.get("/Encoding")
        enc = enc.get_object() if enc is not None else None
        differences = _type3_codes_to_procs(font) if isinstance(enc, DictionaryObject) else {}
        builtin = cff_top.Encoding if isinstance(getattr(cff_top, "Encoding", None), list) else []
        for code in codes:
            name = differences.get(code, "")[1:] or (builtin[code] if code < len(builtin) else None)
            if name and name != ".notdef":
                out[code] = name
        return out
    cmaps = {(t.platformID, t.platEncID): t.cmap for t in program["cmap"].tables} \
        if "cmap" in program else {}
    desc = font.get("/FontDescriptor")
    flags = int(desc.get_object().get("/Flags", 4)) if desc is not None else 4
    # Nonsymbolic fonts are read through their Unicode cmap, symbolic ones
    # through (3,0) and then (1,0) with the code itself.
    unicode_first = bool(flags & 32) or "/Encoding" in font
    for code in codes:
        by_unicode = cmaps.get((3, 1), {}).get(ord(tounicode[code][0])) \
            if (3, 1) in cmaps and tounicode.get(code) else None
        name = by_unicode if unicode_first else None
        if name is None and (3, 0) in cmaps:
            name = cmaps[(3, 0)].get(0xF000 + code) or cmaps[(3, 0)].get(code)
        if name is None and (1, 0) in cmaps:
            name = cmaps[(1, 0)].get(code)
        name = name or by_unicode
        if name is not None:
            out[code] = name
    return out


def _prune_program(font: DictionaryObject, doomed: set[int], kept: set[int],
                   mapping: dict[int, str], pruned: set[str]) -> str | None:
    """Empty the glyphs of ``doomed`` codes in the embedded program, unless
    a ``kept`` code draws the same glyph. Returns a problem, or None."""
    from fontTools.cffLib import CFFFontSet
    from fontTools.ttLib import TTFont

    stream, kind = font_program(font)
    if stream is None:
        return None                       # not embedded: no outlines to leak
    subtype = stream.get("/Subtype")
    data = stream.get_data()
    if kind == "/FontFile2" or (kind == "/FontFile3" and subtype == "/OpenType"):
        program = TTFont(io.BytesIO(data), lazy=False)
        top = program["CFF "].cff.topDictIndex[0] if "CFF " in program else None
        doomed_names = set(_glyph_names(font, program, doomed, mapping, top).values())
        kept_names = set(_glyph_names(font, program, kept, mapping, top).values())
        if "glyf" in program:
            _blank_glyf(program, doomed_names, kept_names, pruned)
        elif top is not None:
            _drop_cmap_entries(program, doomed_names - kept_names, pruned)
            _rename_otf(program, _blank_charstrings(top, doomed_names, kept_names))
        else:
            return f"{kind[1:]} の字形の形式が読めません"
        buf = io.BytesIO()
        program.save(buf)
        new = buf.getvalue()
    elif kind == "/FontFile3" and subtype in ("/Type1C", "/CIDFontType0C"):
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(data), None)
        top = cff.topDictIndex[0]
        doomed_names = set(_glyph_names(font, None, doomed, mapping, top).values())
        kept_names = set(_glyph_names(font, None, kept, mapping, top).values())
        _blank_charstrings(top, doomed_names, kept_names)
        holder = TTFont()                 # cffLib compiles for a font; a bare program has none
        holder.recalcBBoxes = False
        buf = io.BytesIO()
        cff.compile(buf, holder)
        new = buf.getvalue()
    elif kind == "/FontFile":
        return _prune_type1(font, stream, doomed, kept)
    else:
        return f"{kind[1:]}{' ' + str(subtype)[1:] if subtype else ''} 形式は未対応"
    set_stream_data(stream, new)
    if kind == "/FontFile2":
        stream[NameObject("/Length1")] = NumberObject(len(new))
    return None


def prune_fonts(writer: PdfWriter, removed_chars: set[str], kept_chars: set[str]) -> list[str]:
    """Take the characters that occurred only in removed spans
    (``removed_chars - kept_chars``) out of every embedded font: their
    ToUnicode entries are removed and their glyphs emptied with fontTools
    (TrueType outlines, CFF and Type1 charstrings, Type3 procedures; a composite
    component or a glyph that a kept character also draws stays). Codes
    and glyph ids are not renumbered, so the content streams stay valid.

    Returns problems (one line each): fonts whose glyphs of pruned
    characters could not be emptied (unreadable or unknown programs).
    The caller refuses the output when any is returned.
    """
    pruned = {c for c in removed_chars if c not in kept_chars}
    problems: list[str] = []
    if not pruned:
        return problems
    for font in _font_dicts(writer):
        name = str(font.get("/BaseFont", font.get("/Subtype")))
        tu_ref = font.get("/ToUnicode")
        if tu_ref is None:
            continue
        tu_stream = tu_ref.get_object()
        mapping, width = parse_tounicode(tu_stream.get_data())
        doomed = {code for code, text in mapping.items() if _prunable(text, pruned, kept_chars)}
        if not doomed:
            continue
        kept = set(mapping) - doomed
        try:
            if font.get("/Subtype") == "/Type3":
                problem = _prune_type3(font, doomed)
            else:
                problem = _prune_program(font, doomed, kept, mapping, pruned)
                _forget_codes(font, doomed)
        except Exception as exc:  # noqa: BLE001 - any broken program is reported
            problem = f"読めません（{type(exc).__name__}）"
        if problem:
            problems.append(f"フォント {name} の字形を消せません: {problem}")
        set_stream_data(tu_stream, tounicode_cmap({c: t for c, t in mapping.items() if c in kept}, width))
    return problems
