"""The test-PDF factory itself: every builder's output opens with pypdf and
gives back the text it was asked to draw, in the font shape it promises."""
import io

import pytest
from pypdf import PdfReader

import pdf_factory as F

PAGES = [["相手方 山田太郎", "東京都東村山市本町二丁目3番4号", "電話 090-1234-5678 ＡＢＣ１２３"],
         ["二頁目 Page two"]]


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _fonts(reader: PdfReader):
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            yield ref.get_object()


def test_generated_font_covers_exactly_the_characters():
    from fontTools.ttLib import TTFont
    font = TTFont(io.BytesIO(F.make_font("山田１")))
    cmap = font.getBestCmap()
    assert {chr(c) for c in cmap} == {"山", "田", "１", " "}
    assert font["glyf"][F.glyph_name("１")].isComposite()       # full-width reuses "1"
    assert F.make_font("田山１") is F.make_font("１山田")          # cached per set


def test_identity_h_pdf_text_metadata_and_font_shape():
    reader = _reader(F.identity_h_pdf(PAGES, metadata=dict(author="山田太郎", title="議事録")))
    assert [p.extract_text().splitlines() for p in reader.pages] == PAGES
    assert reader.metadata["/Author"] == "山田太郎" and reader.metadata["/Title"] == "議事録"
    font = next(_fonts(reader))
    assert font["/Subtype"] == "/Type0" and font["/Encoding"] == "/Identity-H"
    assert "/ToUnicode" in font
    assert font["/DescendantFonts"][0].get_object()["/Subtype"] == "/CIDFontType2"


def test_simple_truetype_pdf_splits_subsets_with_disjoint_characters():
    reader = _reader(F.simple_truetype_pdf(PAGES, max_codes=10))
    assert [p.extract_text().splitlines() for p in reader.pages] == PAGES
    fonts = {f.indirect_reference.idnum: f for f in _fonts(reader)}
    assert len(fonts) > 2
    for f in fonts.values():
        assert f["/Subtype"] == "/TrueType" and "/ToUnicode" in f and "/Widths" in f
        assert "/Encoding" not in f and f["/LastChar"] <= 10


def test_simple_truetype_kerned_tj_arrays_extract_alike():
    reader = _reader(F.simple_truetype_pdf(PAGES, kern=True))
    assert b"-12" in reader.pages[0].get_contents().get_data()
    assert [p.extract_text().splitlines() for p in reader.pages] == PAGES


def test_scanned_pdf_has_image_only_pages():
    reader = _reader(F.scanned_pdf())
    assert len(reader.pages) == 1 and reader.pages[0].extract_text() == ""
    assert "/Font" not in reader.pages[0]["/Resources"]
    mixed = _reader(F.scanned_pdf([["本文 一頁目"]]))
    assert [p.extract_text() for p in mixed.pages] == ["本文 一頁目", ""]


def test_encrypted_pdf_needs_its_password():
    reader = _reader(F.encrypted_pdf("secret-pw", [["相手方 山田太郎"]]))
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    reader = _reader(F.encrypted_pdf("secret-pw", [["相手方 山田太郎"]]))
    assert reader.decrypt("secret-pw")
    assert reader.pages[0].extract_text() == "相手方 山田太郎"


def test_write_pdf(tmp_path):
    path = F.write_pdf(tmp_path, F.identity_h_pdf([["本文"]]), "a.pdf")
    assert path.read_bytes().startswith(b"%PDF") and path.parent == tmp_path


def test_incremental_pdf_keeps_the_earlier_revision_in_the_bytes():
    data = F.incremental_pdf([["相手方 山田太郎"]], [["相手方 ＊＊＊＊"]],
                             metadata_before={"author": "山田太郎"}, metadata_after={"author": "総務課"})
    assert data.count(b"%%EOF") == 2
    now = _reader(data)
    assert now.pages[0].extract_text() == "相手方 ＊＊＊＊" and now.metadata["/Author"] == "総務課"
    old = _reader(F.first_revision(data))
    assert old.pages[0].extract_text() == "相手方 山田太郎" and old.metadata["/Author"] == "山田太郎"


def test_decorated_pdf_plants_each_vector():
    data = F.decorated_pdf(
        [["本文 一行目", "図 説明"]], metadata={"author": "山田太郎"}, outline=["山田太郎の件"],
        annotation="山田太郎に確認", annotation_author="佐藤花子", actual_text="山田太郎",
        alt_text="山田の写真", expansion="山田太郎", xmp_creator="山田太郎", piece_info="山田メモ",
        attachment=("memo.txt", "山田太郎".encode()), javascript="app.alert('山田太郎')")
    reader = _reader(data)
    lines = [line.strip() for line in reader.pages[0].extract_text().splitlines()]
    assert [line for line in lines if line] == ["本文 一行目", "図 説明"]
    assert reader.metadata["/Author"] == "山田太郎"
    assert [o["/Title"] for o in reader.outline] == ["山田太郎の件"]
    annot = reader.pages[0]["/Annots"][0].get_object()
    assert annot["/Contents"] == "山田太郎に確認" and annot["/T"] == "佐藤花子"
    content = reader.pages[0].get_contents().get_data()
    assert b"/ActualText <FEFF" + "山田太郎".encode("utf-16-be").hex().upper().encode() in content
    assert b"/Figure <</MCID 0" in content
    figure = reader.trailer["/Root"]["/StructTreeRoot"]["/K"]["/K"][0].get_object()
    assert figure["/Alt"] == "山田の写真" and figure["/E"] == "山田太郎"
    assert reader.xmp_metadata.dc_creator == ["山田太郎"]
    assert reader.pages[0]["/PieceInfo"]["/RedactorTest"]["/Private"] == "山田メモ"
    assert reader.attachments["memo.txt"] == ["山田太郎".encode()]
    js = reader.trailer["/Root"]["/Names"]["/JavaScript"]["/Names"][1].get_object()
    assert "山田太郎" in js["/JS"]


def test_plain_decorated_pdf_has_none_of_them():
    reader = _reader(F.decorated_pdf([["本文"]]))
    root = reader.trailer["/Root"]
    assert not any(k in root for k in ("/Outlines", "/Metadata", "/Names", "/StructTreeRoot"))
    assert "/Annots" not in reader.pages[0]


@pytest.mark.parametrize("kind", ["identity_h", "simple"])
def test_no_tounicode_pdf_cannot_be_decoded(kind):
    data = F.no_tounicode_pdf([["相手方 山田太郎"]], kind)
    assert b"/ToUnicode" not in data
    text = _reader(data).pages[0].extract_text()
    assert "山田" not in text and "相手方" not in text


def test_type3_pdf_decodes_only_with_tounicode():
    assert "山田" not in _reader(F.type3_pdf([["相手方 山田"]])).pages[0].extract_text()
    assert _reader(F.type3_pdf([["相手方 山田"]], tounicode=True)).pages[0].extract_text() == "相手方 山田"


def test_vertical_pdf_uses_identity_v():
    reader = _reader(F.vertical_pdf([["相手方 山田太郎"]]))
    assert next(_fonts(reader))["/Encoding"] == "/Identity-V"
    assert reader.pages[0].extract_text() == "相手方 山田太郎"


@pytest.mark.parametrize("kind", ["simple", "identity_h"])
def test_overlay_leaky_pdf_draws_a_box_over_text_that_still_extracts(kind):
    text = "相手方 山田太郎\n電話 090-1234-5678"
    reader = _reader(F.overlay_leaky_pdf(text, "090-1234-5678", kind))
    assert reader.pages[0].extract_text().splitlines() == text.split("\n")
    content = reader.pages[0].get_contents().get_data()
    x, y, w, h = F.box_of(text, "090-1234-5678")
    assert b" re" in content and w > 0 and h > 0
    assert x > F.MARGIN_X and y < F.TOP_Y - F.LEADING    # on line 2, after "電話 "


@pytest.mark.parametrize("kind", ["simple", "identity_h"])
def test_wrapped_name_pdf_breaks_the_name(kind):
    text = _reader(F.wrapped_name_pdf("山田太郎", 2, kind=kind)).pages[0].extract_text()
    assert text.splitlines()[0].endswith("山田") and text.splitlines()[1].startswith("太郎")
    assert "山田太郎" not in text


def test_simple_truetype_fragments_are_separate_operators():
    reader = _reader(F.simple_truetype_pdf([[["相手方 山田", "太郎"]]]))
    assert reader.pages[0].extract_text() == "相手方 山田太郎"
    assert reader.pages[0].get_contents().get_data().count(b"TJ") == 2


def test_shared_form_pdf_draws_one_form_on_every_page():
    reader = _reader(F.shared_form_pdf(["担当 山田太郎"], [["一頁"], ["二頁"]]))
    assert [p.extract_text().splitlines() for p in reader.pages] == [
        ["担当 山田太郎", "一頁"], ["担当 山田太郎", "二頁"]]
    forms = {p["/Resources"]["/XObject"].raw_get("/Fm0").idnum for p in reader.pages}
    assert len(forms) == 1


@pytest.mark.parametrize("kind,subtype", [("opentype", "/OpenType"), ("type1c", "/Type1C"),
                                          ("cid", "/CIDFontType0C")])
def test_cff_pdf_embeds_fontfile3(kind, subtype):
    reader = _reader(F.cff_pdf(PAGES, kind))
    assert [p.extract_text().splitlines() for p in reader.pages] == PAGES
    font = next(_fonts(reader))
    holder = font["/DescendantFonts"][0].get_object() if font["/Subtype"] == "/Type0" else font
    assert holder["/Subtype"] == ("/Type1" if kind == "type1c" else "/CIDFontType0")
    assert holder["/FontDescriptor"]["/FontFile3"]["/Subtype"] == subtype


def test_decorated_pdf_field_value_has_an_appearance():
    reader = _reader(F.decorated_pdf([["本文"]], field_value="山田太郎"))
    assert reader.get_fields()["applicant"]["/V"] == "山田太郎"
    widget = reader.pages[0]["/Annots"][0].get_object()
    assert widget["/Subtype"] == "/Widget" and "/N" in widget["/AP"]


def test_simple_truetype_zero_metrics_and_undrawn_characters():
    reader = _reader(F.simple_truetype_pdf([["本文"]], zero_metrics=True, extra_chars="山田"))
    font = next(_fonts(reader))
    descriptor = font["/FontDescriptor"]
    assert descriptor["/Ascent"] == 0 and descriptor["/Descent"] == 0
    assert reader.pages[0].extract_text() == "本文"
    assert b"5C71" in font["/ToUnicode"].get_data()          # 山 is in the subset, never drawn


def test_winansi_truetype_pdf():
    pages = [["Yamada Taro", "Tel. 090-1234-5678"]]
    reader = _reader(F.winansi_truetype_pdf(pages))
    assert [p.extract_text().splitlines() for p in reader.pages] == pages
    font = next(_fonts(reader))
    assert font["/Encoding"] == "/WinAnsiEncoding" and font["/FontDescriptor"]["/Flags"] == 32
