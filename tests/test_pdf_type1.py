"""Type1 (/FontFile) font programs are pruned, on a real LibreOffice 7.4
export (tests/data/libreoffice_noto_type1.pdf: made-up minutes, Noto Serif
CJK JP embedded as Type1 subsets with glyphs named cidNNNNN)."""
import re
from pathlib import Path

import pytest
from fontTools.misc import eexec
from fontTools.t1Lib import T1Font
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

from redactor.documents.base import UnsafeOutput
from redactor.documents.pdf import PdfFormat
from redactor.documents.pdf.objects import set_stream_data
from redactor.documents.pdf import leak_scan
from redactor.documents.pdf.tounicode import parse_tounicode
from redactor.process import process_document
from redactor.pipeline import Redactor
from redactor.audit import AuditKey
from redactor.leak import is_hidden
from redactor.verify import load_audit, verify

SOURCE = Path(__file__).parent / "data" / "libreoffice_noto_type1.pdf"
NAME, ADDRESS, PHONE = "野村恵子", "東京都東村山市本町二丁目", "090-1234-5678"
KEPT = ("石塚会長", "委員会")


def _flat(text: str) -> str:
    return "".join(text.split())


def _page_text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(str(path)).pages)


def _type1_fonts(path: Path) -> dict[str, tuple]:
    """BaseFont -> (font dictionary, FontFile stream) of the Type1 fonts."""
    out = {}
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is not None and "/FontFile" in desc.get_object():
                out[str(font["/BaseFont"])] = (font, desc.get_object()["/FontFile"].get_object())
    return out


def _parse(stream, tmp_path: Path, label: str) -> T1Font:
    """fontTools' own reading of the program, from a file as it expects
    (one byte after ``eexec``; the trailer a PDF may leave out added)."""
    data = stream.get_data()
    l1, l2 = int(stream["/Length1"]), int(stream["/Length2"])
    trailer = data[l1 + l2:] or (b"0" * 64 + b"\n") * 8 + b"cleartomark\n"
    path = tmp_path / f"{label}.pfa"
    path.write_bytes(data[:l1].rstrip() + b"\n" + data[l1:l1 + l2] + trailer)
    font = T1Font(str(path))
    font.parse()
    return font


def _program(charstring) -> list:
    charstring.decompile()
    return list(charstring.program)


@pytest.fixture(scope="module")
def masked(tmp_path_factory):
    """The LibreOffice file masked end to end, as ``redactor mask`` does."""
    tmp = tmp_path_factory.mktemp("type1")
    out = tmp / "out.pdf"
    redactor = Redactor(audit_key=AuditKey(b"made-up key", "file"))
    outcome = process_document(SOURCE, out, redactor)
    assert not outcome.failed, outcome.message
    return tmp, out, load_audit(tmp / "out.pdf.audit.jsonl", redactor.audit_key)


def test_the_libreoffice_file_masks_and_verifies(masked):
    _, out, records = masked
    assert set(_type1_fonts(SOURCE)) and set(_type1_fonts(out)) == set(_type1_fonts(SOURCE))
    before, after = _flat(_page_text(SOURCE)), _flat(_page_text(out))
    for value in (NAME, ADDRESS, PHONE):
        assert _flat(value) in before and _flat(value) not in after
    for value in KEPT:
        assert value in after
    assert verify(out, records, original_path=SOURCE, key=AuditKey(b"made-up key", "file")).ok


def test_masked_glyphs_are_emptied_and_kept_glyphs_are_untouched(masked, tmp_path):
    _, out, _ = masked
    shown = set(_flat(_page_text(out)))
    pruned = set(_flat(_page_text(SOURCE))) - shown
    assert "恵" in pruned and "石" in shown
    emptied = kept = 0
    for base, (font, stream) in _type1_fonts(out).items():
        old_font, old_stream = _type1_fonts(SOURCE)[base]
        old_map = parse_tounicode(old_font["/ToUnicode"].get_object().get_data())[0]
        new_map = parse_tounicode(font["/ToUnicode"].get_object().get_data())[0]
        data = stream.get_data()
        l1, l2, l3 = (int(stream[k]) for k in ("/Length1", "/Length2", "/Length3"))
        assert l1 + l2 + l3 == len(data) and data[:l1].rstrip().endswith(b"currentfile eexec")
        assert eexec.decrypt(data[l1:l1 + l2], 55665)[0].rstrip().endswith(b"currentfile closefile")
        old, new = _parse(old_stream, tmp_path, "old"), _parse(stream, tmp_path, "new")
        assert new["Encoding"] == old["Encoding"] and set(new["CharStrings"]) == set(old["CharStrings"])
        for code, text in old_map.items():
            name = old["Encoding"][code]
            before, after = _program(old["CharStrings"][name]), _program(new["CharStrings"][name])
            if text in pruned:
                assert code not in new_map
                assert len(before) > 4 and after[-1] == "endchar" and after[-2] == "hsbw"
                assert after[:-1] == before[:len(after) - 1]      # same side bearing and advance
                emptied += 1
            else:
                assert new_map[code] == text and after == before
                kept += text.strip() != ""
    assert emptied >= 4 and kept >= 50


def test_leak_scan_finds_nothing_in_the_output(masked):
    _, out, records = masked
    text = PdfFormat().read(SOURCE).text
    hidden = {text[r["start"]:r["end"]] for r in records if is_hidden(r)}
    assert {NAME, PHONE} <= hidden
    assert leak_scan(out.read_bytes(), sorted(hidden)) == []
    assert leak_scan(SOURCE.read_bytes(), sorted(hidden)) != []     # the scan does look


def _rewritten(tmp_path: Path, variant: str) -> Path:
    """The LibreOffice file with its Type1 programs stored as other producers
    store them: the eexec part in hexadecimal, no trailer of zeros
    (/Length3 0), CR LF after ``eexec``, or glyphs named for their
    characters (``uni91CE``) with a /CharSet and /Differences naming them."""
    writer = PdfWriter(clone_from=PdfReader(str(SOURCE)))
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None or "/FontFile" not in desc.get_object():
                continue
            desc = desc.get_object()
            stream = desc["/FontFile"].get_object()
            data = stream.get_data()
            l1, l2 = int(stream["/Length1"]), int(stream["/Length2"])
            clear, cipher, trailer = data[:l1], data[l1:l1 + l2], data[l1 + l2:]
            if variant == "hex":
                cipher = b"\n".join(cipher[i:i + 32].hex().encode() for i in range(0, len(cipher), 32))
            elif variant == "no_trailer":
                trailer = b""
            elif variant == "crlf":
                clear = clear.rstrip() + b"\r\n"
            elif variant == "uni":
                tounicode = parse_tounicode(font["/ToUnicode"].get_object().get_data())[0]
                codes = {int(c): n for c, n in re.findall(rb"dup (\d+) /(cid\d+) put", clear)}
                names = {n: f"uni{ord(tounicode[c]):04X}".encode() for c, n in codes.items()}
                rename = lambda m: b"/" + names[m.group(1)]                    # noqa: E731
                plain = eexec.decrypt(cipher, 55665)[0]
                clear = re.sub(rb"/(cid\d+)(?=\s)", rename, clear)
                cipher = eexec.encrypt(re.sub(rb"/(cid\d+)(?=\s)", rename, plain), 55665)[0]
                desc[NameObject("/CharSet")] = TextStringObject("".join("/" + n.decode() for n in names.values()))
                differences = [x for c, n in sorted(codes.items())
                               for x in (NumberObject(c), NameObject("/" + names[n].decode()))]
                font[NameObject("/Encoding")] = DictionaryObject(
                    {NameObject("/Differences"): ArrayObject(differences)})
            set_stream_data(stream, clear + cipher + trailer)
            for key, part in (("/Length1", clear), ("/Length2", cipher), ("/Length3", trailer)):
                stream[NameObject(key)] = NumberObject(len(part))
    path = tmp_path / f"{variant}.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


@pytest.mark.parametrize("variant", ["hex", "no_trailer", "crlf", "uni"])
def test_type1_programs_as_other_producers_store_them(tmp_path, variant):
    from fontTools.agl import toUnicode

    src = _rewritten(tmp_path, variant)
    fmt = PdfFormat()
    extracted = fmt.read(src)
    assert NAME in extracted.text
    result = Redactor().redact(extracted.text)
    out = tmp_path / "out.pdf"
    fmt.write(src, extracted, result.replacements, out)        # runs the leak scan, refuses on a leak
    shown = set(_flat(_page_text(out)))
    pruned = set(_flat(_page_text(src))) - shown
    assert NAME not in _page_text(out) and "恵" in pruned and "石塚会長" in _page_text(out)
    fonts = _type1_fonts(out)
    assert fonts
    spelled: set[str] = set()
    for base, (font, stream) in fonts.items():
        old_font, old_stream = _type1_fonts(src)[base]
        old_map = parse_tounicode(old_font["/ToUnicode"].get_object().get_data())[0]
        old, new = _parse(old_stream, tmp_path, "old"), _parse(stream, tmp_path, "new")
        for code, text in old_map.items():
            name, new_name = old["Encoding"][code], new["Encoding"][code]
            after = _program(new["CharStrings"][new_name])
            if text in pruned:
                assert after[-2:] == ["hsbw", "endchar"]
                assert new_name == name if variant != "uni" else not toUnicode(new_name)
            else:
                assert new_name == name and after == _program(old["CharStrings"][name])
        charset = str(font["/FontDescriptor"].get_object().get("/CharSet", ""))
        spelled |= {toUnicode(n) for n in list(new["CharStrings"]) + charset.split("/")}
    assert not pruned & spelled
    assert ({"石", "塚"} <= spelled) == (variant == "uni")      # kept names stay


def _with_accented_glyph(tmp_path: Path) -> Path:
    """The LibreOffice file with 石 drawn as an accented glyph (``seac``, as
    Latin Type1 fonts draw "Á" from "A" and "acute"), built from the glyph
    of 恵 (renamed "A"), which masking 野村恵子 would otherwise empty."""
    from fontTools.misc.psCharStrings import T1CharString
    from fontTools.t1Lib import findEncryptedChunks

    writer = PdfWriter(clone_from=PdfReader(str(SOURCE)))
    for ref in writer.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        tounicode = parse_tounicode(font["/ToUnicode"].get_object().get_data())[0]
        code = {text: c for c, text in tounicode.items()}
        if "/FontDescriptor" not in font or not {"恵", "石", "塚"} <= set(code):
            continue
        stream = font["/FontDescriptor"].get_object()["/FontFile"].get_object()
        program = _parse(stream, tmp_path, "accented")
        encoding, strings = program["Encoding"], program["CharStrings"]
        for char, name in (("恵", "A"), ("塚", "acute")):
            strings[name] = strings.pop(encoding[code[char]])
            encoding[code[char]] = name
        strings[encoding[code["石"]]] = T1CharString(program=[0, 1000, "hsbw", 0, 0, 0, 65, 194, "seac"])
        data = program.createData()
        clear, cipher, _ = (chunk for _, chunk in findEncryptedChunks(data))
        set_stream_data(stream, data)
        for key, value in (("/Length1", len(clear)), ("/Length2", len(cipher)),
                           ("/Length3", len(data) - len(clear) - len(cipher))):
            stream[NameObject(key)] = NumberObject(value)
    path = tmp_path / "accented.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def test_a_glyph_a_kept_accented_glyph_is_built_from_stays(tmp_path):
    src = _with_accented_glyph(tmp_path)
    fmt = PdfFormat()
    extracted = fmt.read(src)
    result = Redactor().redact(extracted.text)
    out = tmp_path / "out.pdf"
    fmt.write(src, extracted, result.replacements, out)
    assert "恵" not in _page_text(out) and "石塚会長" in _page_text(out)
    fonts = {base: (_parse(_type1_fonts(src)[base][1], tmp_path, "old"), _parse(stream, tmp_path, "new"))
             for base, (_, stream) in _type1_fonts(out).items()}
    (old, new), = [pair for pair in fonts.values() if "A" in pair[0]["CharStrings"]]
    assert _program(new["CharStrings"]["A"]) == _program(old["CharStrings"]["A"])
    assert len(_program(old["CharStrings"]["A"])) > 4
    # while the glyphs of the other masked characters are emptied
    emptied = [n for n in old["CharStrings"] if _program(new["CharStrings"][n])[-2:] == ["hsbw", "endchar"]
               and _program(old["CharStrings"][n])[-2:] != ["hsbw", "endchar"]]
    assert emptied and "A" not in emptied


def _with_corrupt_type1(tmp_path: Path) -> Path:
    """The LibreOffice file with the eexec part of every Type1 program
    overwritten (same lengths, bytes that decrypt to no program)."""
    writer = PdfWriter(clone_from=PdfReader(str(SOURCE)))
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            desc = ref.get_object().get("/FontDescriptor")
            if desc is None or "/FontFile" not in desc.get_object():
                continue
            stream = desc.get_object()["/FontFile"].get_object()
            data = stream.get_data()
            l1, l2 = int(stream["/Length1"]), int(stream["/Length2"])
            set_stream_data(stream, data[:l1] + bytes(range(256)) * (l2 // 256) + data[l1 + l2 // 256 * 256:])
            stream[NameObject("/Length2")] = NumberObject(l2)
    path = tmp_path / "corrupt.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def test_a_corrupt_type1_program_is_reported_and_the_output_refused(tmp_path):
    src = _with_corrupt_type1(tmp_path)
    fmt = PdfFormat()
    extracted = fmt.read(src)
    assert NAME in extracted.text
    result = Redactor().redact(extracted.text)
    with pytest.raises(UnsafeOutput, match="フォント .*Noto.* の字形を消せません"):
        fmt.write(src, extracted, result.replacements, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    outcome = process_document(src, tmp_path / "out2.pdf", Redactor())
    assert outcome.failed and "字形を消せません" in outcome.message
    assert not (tmp_path / "out2.pdf").exists()


@pytest.mark.parametrize("variant", ["as_exported", "hex", "no_trailer", "crlf", "uni"])
def test_rendered_page_changes_only_inside_the_boxes(tmp_path, variant):
    pdfium = pytest.importorskip("pypdfium2")
    np = pytest.importorskip("numpy")
    src = SOURCE if variant == "as_exported" else _rewritten(tmp_path, variant)
    fmt = PdfFormat()
    extracted = fmt.read(src)
    result = Redactor().redact(extracted.text)
    out = tmp_path / "out.pdf"
    fmt.write(src, extracted, result.replacements, out)
    page_map = extracted.info["pdf"].pages[0]
    scale = 100 / 72
    height = float(PdfReader(str(src)).pages[0].mediabox.height) * scale

    def render(path):
        doc = pdfium.PdfDocument(str(path))
        try:
            return doc[0].render(scale=scale).to_numpy().astype(int)
        finally:
            doc.close()
    before, after = render(src), render(out)
    assert (before == render(SOURCE)).all()       # the rewritten program draws as the original
    allowed = np.zeros(before.shape[:2], dtype=bool)
    for r in result.replacements:
        for offset in range(r.start, r.end):
            if not page_map.start <= offset < page_map.start + len(page_map.char_glyphs):
                continue
            for gi in page_map.char_glyphs[offset - page_map.start]:
                q = page_map.glyphs[gi].quad
                x0, x1 = min(q[0::2]) * scale - 2, max(q[0::2]) * scale + 2
                y0, y1 = height - max(q[1::2]) * scale - 2, height - min(q[1::2]) * scale + 2
                allowed[max(0, int(y0)):int(y1) + 1, max(0, int(x0)):int(x1) + 1] = True
    changed = np.abs(before - after).max(axis=2) > 8
    assert changed.any()                          # the boxes were drawn
    assert not (changed & ~allowed).any()         # and every kept glyph renders as before
