"""The PDF format on real PDFs built in the test (tests/pdf_factory.py):
Identity-H TrueType as Word exports, simple TrueType subsets as LibreOffice
exports. Reading gives the reader's text with page numbers; writing removes
the masked glyphs from the content (nothing left to extract, everything
else where it was) or refuses."""
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

import pdf_factory as F
from redactor.documents import format_for
from redactor.documents.base import DocumentError, UnsafeOutput
from redactor.documents.pdf import PdfFormat
from redactor.documents.pdf.fonts import FontCache
from redactor.documents.pdf.glyphs import page_glyphs
from redactor.finding import MASK, Finding
from redactor.masking import Replacement

NAME, ADDRESS, PHONE = "山田太郎", "東京都東村山市本町二丁目3番4号", "090-1234-5678"
PAGES = [["相手方 山田太郎 から申出があった。", "住所 東京都東村山市本町二丁目3番4号", "会議は予定どおり開会した。"],
         ["連絡先 090-1234-5678", "以上"]]


def _replacements(text: str, values) -> list[Replacement]:
    """One replacement per occurrence of each value (what the pipeline would give)."""
    out = []
    for value in values:
        for m in re.finditer(re.escape(value), text):
            f = Finding("TEST", m.start(), m.end(), value, 1.0, "test", MASK, "test")
            out.append(Replacement(f, m.start(), m.end(), "［非公開］"))
    return sorted(out, key=lambda r: r.start)


def _mask(tmp_path: Path, data: bytes, values, fmt: PdfFormat | None = None):
    fmt = fmt or PdfFormat()
    src = F.write_pdf(tmp_path, data, "in.pdf")
    extracted = fmt.read(src)
    out = tmp_path / "out.pdf"
    fmt.write(src, extracted, _replacements(extracted.text, values), out)
    return extracted, out


def _page_texts(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def _flat(text: str) -> str:
    return "".join(text.split())


# -- reading ----------------------------------------------------------------------

@pytest.mark.parametrize("build", [F.identity_h_pdf, F.simple_truetype_pdf], ids=["identity_h", "simple"])
def test_read_gives_page_text_and_locates_by_page_and_line(tmp_path, build):
    ex = PdfFormat().read(F.write_pdf(tmp_path, build(PAGES)))
    assert ex.unreadable == []
    for lines in PAGES:
        for line in lines:
            assert line in ex.text
    assert ex.locate(ex.text.index(ADDRESS)) == "page 1, line 2"
    assert ex.locate(ex.text.index(PHONE)) == "page 2, line 1"
    assert ex.info["pages"] == 2


def test_font_subsets_with_disjoint_codes_and_kerned_tj_read_back(tmp_path):
    # LibreOffice: several subsets in which <01> means different characters
    data = F.simple_truetype_pdf([["相手方 山田太郎", ["東京都東村山市", "本町二丁目3番4号"]]], max_codes=6, kern=True)
    ex = PdfFormat().read(F.write_pdf(tmp_path, data))
    assert "相手方 山田太郎\n東京都東村山市本町二丁目3番4号" in ex.text


@pytest.mark.parametrize("kind", ["simple", "identity_h"])
def test_name_wrapped_by_the_layout_is_joined_and_located_on_both_lines(tmp_path, kind):
    data = F.wrapped_name_pdf(NAME, split=2, before="本件の会議に出席した申立人 ", kind=kind)
    ex = PdfFormat().read(F.write_pdf(tmp_path, data))
    at = ex.text.index(NAME)
    assert ex.locate(at) == "page 1, line 1"
    assert ex.locate(at + 2) == "page 1, line 2"     # 太郎 is on the second line


def test_address_wrapped_inside_a_paragraph_is_joined(tmp_path):
    data = F.identity_h_pdf([["相手方の住所は東京都東村山市本町二丁", "目3番4号です。"]])
    ex = PdfFormat().read(F.write_pdf(tmp_path, data))
    assert ADDRESS in ex.text


def test_a_short_line_is_not_joined_to_the_next(tmp_path):
    # an author's line break (a list), not the layout's: the lines stay apart
    data = F.identity_h_pdf([["委員 山田太郎", "委員 鈴木花子", "以上の者が出席した会議の記録である。"]])
    ex = PdfFormat().read(F.write_pdf(tmp_path, data))
    assert "委員 山田太郎\n委員 鈴木花子" in ex.text


def test_spaced_out_heading_is_closed_up(tmp_path):
    ex = PdfFormat().read(F.write_pdf(tmp_path, F.identity_h_pdf([["会 議 経 過", "本文です。"]])))
    assert ex.text.startswith("会議経過\n本文です。")


def test_text_drawn_out_of_order_reads_in_reading_order(tmp_path):
    def make(fonts):
        # 「…山」 is drawn after 「田太郎」 although it stands before it
        x2 = F.MARGIN_X + fonts.width("申立人 山") 
        return (F.simple_text_ops(fonts, ["田太郎です"], x=x2) + F.simple_text_ops(fonts, ["申立人 山"]))
    data = F.content_pdf("申立人 山田太郎です", [make])
    ex = PdfFormat().read(F.write_pdf(tmp_path, data))
    assert "申立人 山田太郎です" in ex.text


def test_metadata_xmp_outline_and_annotations_are_parts_of_their_own(tmp_path):
    data = F.decorated_pdf([["本文"]], metadata={"author": NAME, "title": "議事録"},
                           outline=["鈴木花子の件"], annotation="佐藤一郎に確認", xmp_creator="高橋次郎")
    ex = PdfFormat().read(F.write_pdf(tmp_path, data))
    assert ex.locate(ex.text.index(NAME)) == "metadata Author, line 1"
    assert ex.locate(ex.text.index("高橋次郎")).startswith("metadata XMP")
    assert ex.locate(ex.text.index("鈴木花子")).startswith("outline")
    assert ex.locate(ex.text.index("佐藤一郎")).startswith("page 1 annotation")


# -- what cannot be read -------------------------------------------------------------

def test_scanned_page_is_unreadable_with_its_page_number(tmp_path):
    ex = PdfFormat().read(F.write_pdf(tmp_path, F.scanned_pdf([["本文の頁"]])))
    assert "本文の頁" in ex.text
    assert len(ex.unreadable) == 1 and ex.unreadable[0].startswith("page 2: ")


@pytest.mark.parametrize("data", [
    F.no_tounicode_pdf([[NAME]]),
    F.no_tounicode_pdf([[NAME]], kind="simple"),
    F.type3_pdf([[NAME]]),
    F.vertical_pdf([[NAME]]),
], ids=["identity_h-no-tounicode", "simple-no-tounicode", "type3", "vertical"])
def test_undecodable_text_is_unreadable_never_clean(tmp_path, data):
    ex = PdfFormat().read(F.write_pdf(tmp_path, data))
    assert ex.unreadable and ex.unreadable[0].startswith("page 1: ")
    assert NAME not in ex.text


def test_type3_with_tounicode_is_read(tmp_path):
    ex = PdfFormat().read(F.write_pdf(tmp_path, F.type3_pdf([[NAME]], tounicode=True)))
    assert ex.unreadable == [] and NAME in ex.text


def test_encrypted_pdf_needs_its_password(tmp_path):
    path = F.write_pdf(tmp_path, F.encrypted_pdf("himitsu", [["相手方 山田太郎"]]))
    with pytest.raises(DocumentError, match="--password"):
        PdfFormat().read(path)
    with pytest.raises(DocumentError, match="パスワードが違います"):
        PdfFormat().read(path, password="wrong")
    assert NAME in PdfFormat().read(path, password="himitsu").text


@pytest.mark.parametrize("data", [b"%PDF-1.7\n garbage", b"not a pdf at all", b""])
def test_corrupt_file_is_one_line_document_error(tmp_path, data):
    with pytest.raises(DocumentError) as err:
        PdfFormat().read(F.write_pdf(tmp_path, data))
    assert "\n" not in str(err.value) and "doc.pdf" in str(err.value)


def test_format_is_registered_for_pdf_suffix():
    assert format_for("x.PDF").name == "pdf"


# -- writing -----------------------------------------------------------------------

@pytest.mark.parametrize("build", [F.identity_h_pdf, F.simple_truetype_pdf], ids=["identity_h", "simple"])
def test_masked_values_are_gone_and_the_rest_stays(tmp_path, build):
    data = build(PAGES, metadata={"author": NAME, "title": "会議録"})
    ex, out = _mask(tmp_path, data, [NAME, ADDRESS, PHONE])
    reader = PdfReader(str(out))
    texts = [p.extract_text() for p in reader.pages]
    whole = _flat("".join(texts))
    for value in (NAME, ADDRESS, PHONE):
        assert _flat(value) not in whole
    assert "相手方" in texts[0] and "から申出があった。" in texts[0]
    assert "会議は予定どおり開会した。" in texts[0] and "以上" in texts[1]
    assert "/Author" not in (reader.metadata or {})
    assert (reader.metadata or {}).get("/Title") == "会議録"        # not personal: kept
    assert PdfFormat().reader_view(out).count("会議録") == 1


def _glyph_places(path: Path) -> list[list[tuple[str, tuple[float, ...]]]]:
    reader = PdfReader(str(path))
    fonts = FontCache()
    return [[(g.unicode, g.quad) for g in page_glyphs(p, i, fonts).glyphs]
            for i, p in enumerate(reader.pages)]


def _same_place(a, b) -> bool:
    """The same character at the same place (to a hundredth of a point)."""
    return a is not None and a[0] == b[0] and all(abs(x - y) < 0.01 for x, y in zip(a[1], b[1]))


def _removed_in_place(src: Path, out: Path) -> list[str]:
    """The characters missing from each page of ``out``, after checking that
    every glyph still there sits at exactly its old place, in the old order."""
    gone = []
    for b, a in zip(_glyph_places(src), _glyph_places(out)):
        rest = iter(a)
        nxt = next(rest, None)
        missing = ""
        for g in b:
            if _same_place(nxt, g):
                nxt = next(rest, None)
            else:
                missing += g[0]
        assert nxt is None, "a kept glyph moved"
        gone.append(missing)
    return gone


def test_kept_glyphs_keep_their_exact_position(tmp_path):
    ex, out = _mask(tmp_path, F.identity_h_pdf(PAGES), [NAME, PHONE])
    assert _removed_in_place(tmp_path / "in.pdf", out) == [NAME, PHONE]


_LINE = "相手方 山田太郎 から申出"


def _quote_ops(fonts):
    """The ' and " operators (next line and show; with word and character spacing)."""
    (sub, codes), = fonts.runs(_LINE)
    name = F.SimpleFonts.resource_name(sub)
    return (f"BT {name} 12 Tf 56 700 Td 16 TL <{codes.hex()}> ' 0 1.5 <{codes.hex()}> \" ET\n").encode()


@pytest.mark.parametrize("make", [
    lambda fonts: b"1.5 Tc 80 Tz\n" + F.simple_text_ops(fonts, [_LINE, _LINE], kern=True),
    lambda fonts: b"q 0 1 -1 0 300 200 cm\n" + F.simple_text_ops(fonts, [_LINE]) + b"Q\n",
    lambda fonts: b"q 0.7 0.7 -0.7 0.7 200 100 cm 3 Ts\n" + F.simple_text_ops(fonts, [_LINE]) + b"Q\n",
    _quote_ops,
], ids=["Tc-Tz-kerned", "rotated-90", "rotated-45-rise", "quote-operators"])
def test_removal_keeps_positions_under_spacing_scaling_rotation_and_quotes(tmp_path, make):
    ex, out = _mask(tmp_path, F.content_pdf(_LINE, [make]), [NAME])
    assert ex.text.count(NAME) == _removed_in_place(tmp_path / "in.pdf", out)[0].count(NAME) >= 1
    assert _flat(NAME) not in _flat(_page_texts(out)[0]) and "から申出" in _page_texts(out)[0]


def test_boxes_are_drawn_where_the_glyphs_were(tmp_path):
    ex, out = _mask(tmp_path, F.overlay_leaky_pdf("相手方 山田太郎 です", NAME), [NAME])
    content = PdfReader(str(out)).pages[0].get_contents().get_data().decode("latin-1")
    x, y, w, h = F.box_of("相手方 山田太郎 です", NAME)
    starts = [(float(a), float(b)) for a, b in re.findall(r"([\d.]+) ([\d.]+) m\n", content)]
    assert any(abs(a - x) < 0.5 and abs(b - y) < 0.5 for a, b in starts), content[-300:]
    assert _flat(NAME) not in _flat(_page_texts(out)[0])     # the old overlay hid nothing; now it is gone


def test_name_in_a_shared_form_is_removed_from_every_page_and_the_original_form(tmp_path):
    data = F.shared_form_pdf(["担当 鈴木一郎"], [["一頁目"], ["二頁目"]])
    ex, out = _mask(tmp_path, data, ["鈴木一郎"])
    assert ["鈴木一郎" in t for t in _page_texts(out)] == [False, False]
    assert "一頁目" in _page_texts(out)[0] and "担当" in _page_texts(out)[1]
    from redactor.documents.pdf import leak_scan
    assert leak_scan(out.read_bytes(), ["鈴木一郎"]) == []


def test_name_in_a_shared_form_masked_on_one_page_only_keeps_the_other(tmp_path):
    src = F.write_pdf(tmp_path, F.shared_form_pdf(["担当 鈴木一郎"], [["一頁目"], ["二頁目"]]))
    fmt = PdfFormat()
    ex = fmt.read(src)
    first = _replacements(ex.text, ["鈴木一郎"])[:1]
    fmt.write(src, ex, first, tmp_path / "out.pdf")
    assert ["鈴木一郎" in t for t in _page_texts(tmp_path / "out.pdf")] == [False, True]


def test_incremental_update_leaves_no_earlier_revision(tmp_path):
    data = F.incremental_pdf([["相手方 山田太郎"]], [["相手方 鈴木花子"]])
    ex, out = _mask(tmp_path, data, ["鈴木花子"])
    raw = out.read_bytes()
    assert raw.count(b"%%EOF") == 1
    from redactor.documents.pdf import leak_scan
    assert leak_scan(raw, ["鈴木花子", "山田太郎"]) == []


def test_annotation_outline_actualtext_and_xmp_holding_the_name_are_scrubbed(tmp_path):
    data = F.decorated_pdf([["相手方 山田太郎"]], metadata={"author": NAME}, outline=["山田太郎の件"],
                           annotation="山田太郎に確認", actual_text=NAME, xmp_creator=NAME)
    ex, out = _mask(tmp_path, data, [NAME])
    assert NAME not in PdfFormat().reader_view(out)
    assert NAME.encode("utf-16-be") not in out.read_bytes()


def test_image_only_page_is_refused_on_write_and_nothing_is_written(tmp_path):
    src = F.write_pdf(tmp_path, F.scanned_pdf([["相手方 山田太郎"]]))
    ex = PdfFormat().read(src)
    with pytest.raises(UnsafeOutput, match="page 2"):
        PdfFormat().write(src, ex, _replacements(ex.text, [NAME]), tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_a_file_changed_after_reading_is_refused(tmp_path):
    src = F.write_pdf(tmp_path, F.identity_h_pdf(PAGES))
    ex = PdfFormat().read(src)
    src.write_bytes(F.identity_h_pdf([["全く別の内容 山田太郎"], ["二頁目"]]))
    with pytest.raises(DocumentError):
        PdfFormat().write(src, ex, _replacements(ex.text, [NAME]), tmp_path / "out.pdf")


def test_write_needs_the_pdf_reading():
    from redactor.documents.base import Extracted, Part
    with pytest.raises(DocumentError):
        PdfFormat().write(Path("x.pdf"), Extracted("abc", [Part(0, 3, "")], "text"), [], Path("y.pdf"))


def test_rasterize_fallback_replaces_an_undecodable_page_by_an_image(tmp_path):
    pytest.importorskip("pypdfium2")
    fmt = PdfFormat()
    fmt.rasterize_fallback = True
    ex, out = _mask(tmp_path, F.vertical_pdf([["相手方 山田太郎 です"]]), [NAME], fmt)
    assert ex.unreadable == [] and NAME in ex.text
    assert _page_texts(out) == [""]
    assert any("テキスト層" in n for n in ex.info["notes"])
    page = PdfReader(str(out)).pages[0]
    assert list(page["/Resources"]["/XObject"].values())[0].get_object()["/Subtype"] == "/Image"


def test_rasterize_fallback_never_applies_to_a_scan(tmp_path):
    pytest.importorskip("pypdfium2")
    fmt = PdfFormat()
    fmt.rasterize_fallback = True
    src = F.write_pdf(tmp_path, F.scanned_pdf([["本文"]]))
    assert fmt.read(src).unreadable


# -- end to end ---------------------------------------------------------------------

@pytest.mark.parametrize("build", [F.identity_h_pdf, F.simple_truetype_pdf], ids=["identity_h", "simple"])
def test_end_to_end_through_the_redactor(tmp_path, build):
    from redactor.pipeline import Redactor

    pages = [["相手方 山田太郎 から申出があった。", "住所は東京都東村山市本町二丁目3番4号です。"],
             ["電話 090-1234-5678 で連絡した。", "会議は予定どおり閉会した。"]]
    src = F.write_pdf(tmp_path, build(pages, metadata={"author": NAME}))
    fmt = PdfFormat()
    extracted = fmt.read(src)
    result = Redactor().redact(extracted.text)
    hidden = {extracted.text[r.start:r.end] for r in result.replacements}
    assert {NAME, PHONE} <= hidden and any("東村山市" in v for v in hidden)
    fmt.write(src, extracted, result.replacements, tmp_path / "out.pdf")
    view = _flat(fmt.reader_view(tmp_path / "out.pdf"))
    for value in hidden:
        assert _flat(value) not in view
    assert "から申出があった。" in view and "会議は予定どおり閉会した。" in view
    with open(tmp_path / "out.pdf", "rb") as fh:
        assert PdfReader(io.BytesIO(fh.read())).metadata.get("/Author") is None


# -- text over pictures and form fields -------------------------------------------------

def _ocr_page(image_size: float):
    """Invisible text (3 Tr) over an inline grey image ``image_size`` points square."""
    def make(fonts):
        image = (f"q {image_size:.0f} 0 0 {image_size:.0f} 0 0 cm\nBI /W 2 /H 2 /CS /G /BPC 8 ID\n".encode()
                 + b"\x00\xff\xff\x00\nEI\nQ\n")
        return image + b"3 Tr\n" + F.simple_text_ops(fonts, ["相手方 山田太郎"])
    return F.content_pdf("相手方 山田太郎", [make])


def test_ocr_text_over_a_scan_is_unreadable(tmp_path):
    ex = PdfFormat().read(F.write_pdf(tmp_path, _ocr_page(900)))
    assert ex.unreadable and ex.unreadable[0].startswith("page 1: ")


def test_masking_invisible_text_over_a_picture_is_refused(tmp_path):
    src = F.write_pdf(tmp_path, _ocr_page(100))      # a small picture: the page is readable
    ex = PdfFormat().read(src)
    assert ex.unreadable == [] and NAME in ex.text
    with pytest.raises(UnsafeOutput, match="page 1"):
        PdfFormat().write(src, ex, _replacements(ex.text, [NAME]), tmp_path / "out.pdf")


def _with_form_field(data: bytes, value: str) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    field = writer._add_object(DictionaryObject({
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("applicant"),
        NameObject("/V"): TextStringObject(value)}))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject([field])})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_form_field_values_are_read_and_never_left_behind(tmp_path):
    src = F.write_pdf(tmp_path, _with_form_field(F.identity_h_pdf([["申請書"]]), NAME))
    ex = PdfFormat().read(src)
    assert ex.locate(ex.text.index(NAME)) == "form fields, line 1"
    out = tmp_path / "out.pdf"
    try:
        PdfFormat().write(src, ex, _replacements(ex.text, [NAME]), out)
    except UnsafeOutput:
        assert not out.exists()      # refused: the value could not be removed
    else:
        assert NAME not in PdfFormat().reader_view(out)
        assert NAME.encode("utf-16-be") not in out.read_bytes()


def _ucs2_pdf(lines) -> bytes:
    """reportlab's CJK shape: a non-embedded Type0 font with UniJIS-UCS2-H,
    no ToUnicode, /W keyed by Adobe-Japan1 CID (1-95 proportional ASCII)."""
    from pypdf import PdfWriter
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, NameObject,
                               NumberObject, TextStringObject)

    writer = PdfWriter()
    cid_font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType0"),
        NameObject("/BaseFont"): NameObject("/HeiseiKakuGo-W5"),
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("Japan1"),
            NameObject("/Supplement"): NumberObject(2)}),
        NameObject("/DW"): NumberObject(1000),
        NameObject("/W"): ArrayObject([NumberObject(1), NumberObject(95), NumberObject(500)])})
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/HeiseiKakuGo-W5"), NameObject("/Encoding"): NameObject("/UniJIS-UCS2-H"),
        NameObject("/DescendantFonts"): ArrayObject([writer._add_object(cid_font)])}))
    shows = " ".join(f"<{line.encode('utf-16-be').hex()}> Tj T*" for line in lines)
    page = writer.add_blank_page(F.PAGE_W, F.PAGE_H)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 12 Tf 56 780 Td 18 TL {shows} ET".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_unicode_cmap_font_without_tounicode_is_read_and_redacted_in_place(tmp_path):
    ex, out = _mask(tmp_path, _ucs2_pdf(["相手方 山田太郎 090-1234-5678 まで", "以上"]), [NAME, PHONE])
    assert ex.unreadable == [] and "相手方 山田太郎 090-1234-5678 まで" in ex.text
    assert _removed_in_place(tmp_path / "in.pdf", out) == [NAME + PHONE]
    text = _page_texts(out)[0]
    assert NAME not in text and "1234" not in text and "まで" in text


@pytest.mark.parametrize("build", [F.identity_h_pdf, F.simple_truetype_pdf], ids=["identity_h", "simple"])
def test_rendered_page_changes_only_inside_the_boxes(tmp_path, build):
    pdfium = pytest.importorskip("pypdfium2")
    np = pytest.importorskip("numpy")
    ex, out = _mask(tmp_path, build(PAGES), [NAME, ADDRESS])
    page_map = ex.info["pdf"].pages[0]
    scale = 100 / 72
    height = F.PAGE_H * scale

    def render(path):
        doc = pdfium.PdfDocument(str(path))
        try:
            return doc[0].render(scale=scale).to_numpy().astype(int)
        finally:
            doc.close()
    before, after = render(tmp_path / "in.pdf"), render(out)
    allowed = np.zeros(before.shape[:2], dtype=bool)
    for r in _replacements(ex.text, [NAME, ADDRESS]):
        for offset in range(r.start, r.end):
            for gi in page_map.char_glyphs[offset - page_map.start]:
                q = page_map.glyphs[gi].quad
                x0, x1 = min(q[0::2]) * scale - 2, max(q[0::2]) * scale + 2
                y0, y1 = height - max(q[1::2]) * scale - 2, height - min(q[1::2]) * scale + 2
                allowed[max(0, int(y0)):int(y1) + 1, max(0, int(x0)):int(x1) + 1] = True
    changed = (np.abs(before - after).max(axis=2) > 8)
    assert changed.any()                          # the boxes were drawn
    assert not (changed & ~allowed).any()         # and nothing else moved


def test_actual_text_around_removed_glyphs_is_dropped(tmp_path):
    reading = "ヤマダ"        # a reading, not the masked value itself: only its place gives it away

    def make(fonts):
        return (F.simple_text_ops(fonts, ["相手方"]) + f"/Span <</ActualText <FEFF{reading.encode('utf-16-be').hex()}>>> BDC\n".encode()
                + F.simple_text_ops(fonts, [NAME], y=F.TOP_Y - F.LEADING) + b"EMC\n")
    ex, out = _mask(tmp_path, F.content_pdf("相手方" + NAME, [make]), [NAME])
    content = PdfReader(str(out)).pages[0].get_contents().get_data()
    assert b"/ActualText" not in content and b"BDC" in content and NAME not in _page_texts(out)[0]


def test_name_in_a_form_inside_a_form_is_removed(tmp_path):
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, RectangleObject

    writer = PdfWriter()
    fonts = F.SimpleFonts(writer, "担当 " + NAME + "本文")

    def form(data: bytes, resources: DictionaryObject):
        s = DecodedStreamObject()
        s.set_data(data)
        s.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                  NameObject("/BBox"): RectangleObject([0, 0, F.PAGE_W, F.PAGE_H]),
                  NameObject("/Resources"): resources})
        return writer._add_object(s)
    inner = form(F.simple_text_ops(fonts, ["担当 " + NAME]), fonts.resources())
    outer_res = fonts.resources()
    outer_res[NameObject("/XObject")] = DictionaryObject({NameObject("/In"): inner})
    outer = form(b"q 1 0 0 1 0 -100 cm /In Do Q\n", outer_res)
    page = writer.add_blank_page(F.PAGE_W, F.PAGE_H)
    res = fonts.resources()
    res[NameObject("/XObject")] = DictionaryObject({NameObject("/Out"): outer})
    page[NameObject("/Resources")] = res
    body = DecodedStreamObject()
    body.set_data(b"/Out Do\n" + F.simple_text_ops(fonts, ["本文"], y=300))
    page[NameObject("/Contents")] = writer._add_object(body)
    buf = io.BytesIO()
    writer.write(buf)
    ex, out = _mask(tmp_path, buf.getvalue(), [NAME])
    assert ex.locate(ex.text.index(NAME)) == "page 1, line 1"
    assert _removed_in_place(tmp_path / "in.pdf", out) == [NAME]
    from redactor.documents.pdf import leak_scan
    assert leak_scan(out.read_bytes(), [NAME]) == []


def test_paragraph_wrapped_by_the_layout_reads_as_one_line_and_masks(tmp_path):
    from fpdf import FPDF

    para = ("本件について、申立人である山田太郎は、東京都東村山市本町二丁目3番4号に居住しており、"
            "電話番号090-1234-5678により連絡を受けた。会議は予定どおり開会した。")
    latin = "Hello world, Taro Yamada lives at 3-4 Honcho."
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("t", fname=str(F.font_path(para)))
    pdf.add_page()
    pdf.set_font("t", size=12)
    pdf.set_xy(56, 100)
    pdf.multi_cell(200, 18, para)                    # fpdf2 wraps it over six lines
    pdf.set_font("Helvetica", size=11)              # a standard font: no ToUnicode, WinAnsi widths
    pdf.set_xy(56, 400)
    pdf.multi_cell(200, 14, latin)
    src = F.write_pdf(tmp_path, F.fpdf_bytes(pdf))
    lines = PdfReader(str(src)).pages[0].extract_text().splitlines()
    assert len(lines) > 6
    ex = PdfFormat().read(src)
    assert para in ex.text and latin in ex.text
    at = "".join(lines).index("会議は")             # the visual line that 会 sits on
    expected = next(n for n in range(1, len(lines) + 1) if len("".join(lines[:n])) > at)
    assert ex.locate(ex.text.index("会議は")) == f"page 1, line {expected}"
    out = tmp_path / "out.pdf"
    PdfFormat().write(src, ex, _replacements(ex.text, [NAME, ADDRESS, PHONE, "Taro Yamada"]), out)
    assert _removed_in_place(src, out) == [NAME + ADDRESS + PHONE + "Taro Yamada"]


def test_reader_view_shows_what_a_reader_can_extract(tmp_path):
    # an overlay "redaction" still extracts: the verifier must see it
    overlay = F.write_pdf(tmp_path, F.overlay_leaky_pdf("相手方 山田太郎 です", NAME), "overlay.pdf")
    assert NAME in PdfFormat().reader_view(overlay)
    data = F.decorated_pdf([["本文"]], metadata={"author": "鈴木花子"}, outline=["佐藤一郎の件"],
                           annotation="高橋次郎に確認")
    view = PdfFormat().reader_view(F.write_pdf(tmp_path, data))
    for value in ("本文", "鈴木花子", "佐藤一郎の件", "高橋次郎に確認"):
        assert value in view


@pytest.mark.parametrize("data", [
    lambda: F.cff_pdf(PAGES, kind="opentype"),
    lambda: F.cff_pdf(PAGES, kind="cid"),
    lambda: F.simple_truetype_pdf(PAGES, zero_metrics=True, extra_chars="鈴木花子"),
], ids=["cff-opentype", "cff-cid", "libreoffice-zero-metrics-extra-chars"])
def test_other_font_programs_are_read_and_redacted(tmp_path, data):
    ex, out = _mask(tmp_path, data(), [NAME, PHONE])
    assert PAGES[0][0] in ex.text and ex.unreadable == []
    assert _removed_in_place(tmp_path / "in.pdf", out) == [NAME, PHONE]
    assert "会議は予定どおり開会した。" in _page_texts(out)[0]


def test_latin_winansi_truetype_is_read_and_redacted(tmp_path):
    ex, out = _mask(tmp_path, F.winansi_truetype_pdf([["Applicant: Taro Yamada, Tokyo"]]), ["Taro Yamada"])
    assert "Applicant: Taro Yamada, Tokyo" in ex.text
    assert _page_texts(out)[0].replace(" ", "") == "Applicant:,Tokyo"
