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
