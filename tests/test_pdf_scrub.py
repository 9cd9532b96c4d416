"""The PDF cleanup (documents/pdf: scrub, font_prune, objects, leak_scan) on
real PDFs from the factory: each leak vector is planted, leak_scan finds it,
the scrub removes it, and leak_scan then passes."""
import io

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

import pdf_factory as F
from redactor.documents.pdf import (
    leak_scan, prune_fonts, remove_orphans, scrub_document, scrub_marked_content)
from redactor.documents.pdf.targets import Targets
from redactor.documents.pdf.tounicode import parse_tounicode, tounicode_cmap

NAME = "山田太郎"
TARGETS = [NAME]


def _writer(data: bytes) -> PdfWriter:
    return PdfWriter(clone_from=PdfReader(io.BytesIO(data)))


def _bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _clean(data: bytes, targets=TARGETS) -> bytes:
    """The whole post-redaction cleanup, as the PDF writer runs it (the
    page text here is kept as it is; the targets' characters are removed)."""
    writer = _writer(data)
    kept = set("".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
    scrub_document(writer, targets)
    assert prune_fonts(writer, set("".join(targets)), kept) == []
    remove_orphans(writer)
    return _bytes(writer)


def _text(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


# -- matching ---------------------------------------------------------------

def test_targets_match_folded_and_across_whitespace():
    t = Targets.of(["090-1234-5678", NAME])
    assert t.found_in("電話 ０９０－１２３４－５６７８") == [1]
    assert t.found_in("申立人 山田\n太郎 の代理人") == [2]
    assert t.found_in("山田花子") == []
    assert t.mask("議事録（山田 太郎 発言）") == "議事録（■ 発言）"


# -- leak_scan --------------------------------------------------------------

def test_leak_scan_passes_a_clean_file_and_names_no_value():
    assert leak_scan(F.identity_h_pdf([["相手方 ■", "住所 ■"]]), TARGETS) == []
    problems = leak_scan(F.identity_h_pdf([["相手方 " + NAME]]), TARGETS)
    assert "1ページの本文にマスク対象 #1 が残っています" in problems
    assert not any(NAME in p for p in problems)


@pytest.mark.parametrize("kind", ["simple", "identity_h"])
def test_leak_scan_catches_the_overlay_box_over_intact_text(kind):
    data = F.overlay_leaky_pdf("相手方 " + NAME + "\n電話 090-1234-5678", NAME, kind)
    problems = leak_scan(data, TARGETS)
    assert "1ページの本文にマスク対象 #1 が残っています" in problems


def test_leak_scan_finds_a_name_wrapped_across_lines_and_in_a_shared_form():
    assert leak_scan(F.wrapped_name_pdf(NAME, 2), TARGETS)
    problems = leak_scan(F.shared_form_pdf(["担当 " + NAME], [["一頁"], ["二頁"]]), TARGETS)
    assert any(p.startswith("2ページの本文") for p in problems)


def test_leak_scan_of_encrypted_output_needs_the_password():
    data = F.encrypted_pdf("pw", [["相手方 " + NAME]])
    assert leak_scan(data, TARGETS, password="pw")[0].startswith("1ページの本文")
    assert leak_scan(data, TARGETS) == ["暗号化されていて検査できません（パスワードが違います）"]
    assert leak_scan(F.encrypted_pdf("pw", [["相手方 ■"]]), TARGETS, password="pw") == []


def test_leak_scan_reports_a_file_it_cannot_open():
    assert leak_scan(b"%PDF-1.7\nnot a pdf", TARGETS)[0].startswith("出力を開けず検査できません")


# -- scrub_document: one vector at a time ------------------------------------

VECTORS = {
    "author": dict(metadata={"author": NAME}),
    "title": dict(metadata={"title": NAME + "の件 議事録"}),
    "outline": dict(outline=["経過", NAME + "の発言"]),
    "annotation": dict(annotation=NAME + "に確認すること"),
    "annotation_author": dict(annotation="確認済み", annotation_author=NAME),
    "actual_text": dict(actual_text=NAME),
    "alt_text": dict(alt_text=NAME + "の写真"),
    "expansion": dict(expansion=NAME),
    "xmp": dict(xmp_creator=NAME),
    "piece_info": dict(piece_info=NAME),
    "attachment": dict(attachment=("memo.txt", NAME.encode())),
    "javascript": dict(javascript=f"app.alert('{NAME}')"),
    "form_field": dict(field_value=NAME),
}


@pytest.mark.parametrize("vector", sorted(VECTORS))
def test_each_vector_is_found_then_scrubbed(vector):
    lines = ["本文 一行目", "図 説明"]
    data = F.decorated_pdf([lines], **VECTORS[vector])
    assert leak_scan(data, TARGETS), f"{vector} was not planted where leak_scan looks"
    out = _clean(data)
    assert leak_scan(out, TARGETS) == []
    kept = [line.strip() for line in _text(out)[0].splitlines() if line.strip()]
    assert kept == lines                                   # the page text is untouched


def test_metadata_personal_entries_removed_others_masked():
    data = F.decorated_pdf([["本文"]], metadata={
        "author": "総務課 佐藤", "title": NAME + "の件", "subject": "定例会", "keywords": "会議 " + NAME})
    writer = _writer(data)
    actions = scrub_document(writer, TARGETS)
    info = PdfReader(io.BytesIO(_bytes(writer))).metadata
    assert "/Author" not in info                          # personal, removed even without a target
    assert info["/Title"] == "■の件" and info["/Keywords"] == "会議 ■"
    assert info["/Subject"] == "定例会"
    assert "文書情報 Author を削除" in actions


def test_outline_titles_masked_and_navigation_kept():
    out = _clean(F.decorated_pdf([["本文"]], outline=["経過", NAME + "の発言"]))
    assert [o["/Title"] for o in PdfReader(io.BytesIO(out)).outline] == ["経過", "■の発言"]


def test_only_matching_annotations_are_deleted():
    data = F.decorated_pdf([["本文"]], annotation=NAME + "に確認")
    writer = _writer(data)
    from pypdf.annotations import Text
    writer.add_annotation(0, Text(rect=(10, 10, 30, 30), text="誤字を確認"))
    scrub_document(writer, TARGETS)
    annots = writer.pages[0]["/Annots"]
    assert [a.get_object()["/Contents"] for a in annots] == ["誤字を確認"]


def test_actual_text_in_content_removed_without_touching_glyph_strings():
    data = F.decorated_pdf([["本文 一行目"]], actual_text=NAME)
    before = PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()
    after = PdfReader(io.BytesIO(_clean(data))).pages[0].get_contents().get_data()
    assert b"/ActualText" in before and b"/ActualText" not in after
    assert after == before.replace(b"/ActualText " + F._utf16(NAME).encode(), b" ")


def test_scrub_marked_content_keeps_harmless_replacement_text():
    data = b"/Span <</ActualText (\\(space\\))>> BDC [<01>] TJ EMC /Span <</Alt <FEFF5C71>>> BDC EMC"
    assert scrub_marked_content(data, TARGETS) == data
    assert scrub_marked_content(data, ["山"]) == data.replace(b"/Alt <FEFF5C71>", b" ")
    assert b"/ActualText" not in scrub_marked_content(data, TARGETS, drop_all=True)


def test_structure_tree_alt_and_e_removed_figure_kept():
    out = _clean(F.decorated_pdf([["本文", "図"]], alt_text="写真（" + NAME + "）", expansion=NAME))
    root = PdfReader(io.BytesIO(out)).trailer["/Root"]
    figure = root["/StructTreeRoot"]["/K"]["/K"][0].get_object()
    assert figure["/S"] == "/Figure"
    assert not any(k in figure for k in ("/Alt", "/E", "/ActualText"))


def test_attachments_javascript_xmp_piece_info_always_removed():
    out = _clean(F.decorated_pdf([["本文"]], attachment=("a.txt", b"memo"), javascript="app.alert(1)",
                                 xmp_creator="総務課", piece_info="x"))
    reader = PdfReader(io.BytesIO(out))
    root = reader.trailer["/Root"]
    assert "/Names" not in root and "/Metadata" not in root
    assert "/PieceInfo" not in reader.pages[0]
    assert not reader.attachments


def test_form_field_value_masked_and_appearance_dropped():
    out = _clean(F.decorated_pdf([["本文"]], field_value="申請者 " + NAME))
    reader = PdfReader(io.BytesIO(out))
    assert reader.get_fields()["applicant"]["/V"] == "申請者 ■"
    widget = reader.pages[0]["/Annots"][0].get_object()
    assert "/AP" not in widget
    assert reader.trailer["/Root"]["/AcroForm"]["/NeedAppearances"] == True  # noqa: E712 (BooleanObject)


def test_any_other_string_holding_a_target_is_masked():
    writer = _writer(F.decorated_pdf([["本文"]]))
    thread = DictionaryObject({NameObject("/I"): DictionaryObject({
        NameObject("/Title"): TextStringObject(NAME + "の記事"), NameObject("/Author"): TextStringObject("総務課")})})
    writer._root_object[NameObject("/Threads")] = writer._add_object(
        ArrayObject([writer._add_object(thread)]))
    assert leak_scan(_bytes(writer), TARGETS)
    assert "その他の文字列 1件をマスク" in scrub_document(writer, TARGETS)
    assert leak_scan(_bytes(writer), TARGETS) == []
    assert thread["/I"]["/Title"] == "■の記事" and thread["/I"]["/Author"] == "総務課"


# -- remove_orphans ---------------------------------------------------------

def _with_orphans() -> PdfWriter:
    """A writer holding a chain (dict -> string) and a cycle (outline-like
    parent <-> child) that nothing in the document references."""
    writer = _writer(F.identity_h_pdf([["本文"]]))
    leaf = writer._add_object(TextStringObject(NAME))
    writer._add_object(DictionaryObject({NameObject("/Next"): leaf}))
    a = DictionaryObject({NameObject("/Title"): TextStringObject(NAME)})
    a_ref = writer._add_object(a)
    b_ref = writer._add_object(DictionaryObject({NameObject("/Parent"): a_ref}))
    a[NameObject("/First")] = b_ref
    return writer


def test_orphan_chains_and_cycles_are_removed():
    probe = _with_orphans()
    assert leak_scan(_bytes(probe), TARGETS)
    # pypdf's own pass leaves the chain's leaf and the whole cycle
    try:
        probe.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    except TypeError:                                            # pypdf before 7
        probe.compress_identical_objects(remove_identicals=False, remove_orphans=True)
    assert leak_scan(_bytes(probe), TARGETS)
    writer = _with_orphans()
    assert remove_orphans(writer) == 4
    out = _bytes(writer)
    assert leak_scan(out, TARGETS) == []
    assert _text(out) == ["本文"]


def test_removed_annotation_does_not_survive_as_an_orphan():
    writer = _writer(F.decorated_pdf([["本文"]], annotation=NAME + "に確認"))
    scrub_document(writer, TARGETS)
    assert leak_scan(_bytes(writer), TARGETS)              # deleted from the page, still written
    remove_orphans(writer)
    assert leak_scan(_bytes(writer), TARGETS) == []


# -- incremental revisions --------------------------------------------------

def test_incremental_revision_found_and_gone_after_a_full_write():
    data = F.incremental_pdf([["相手方 " + NAME]], [["相手方 ■"]])
    problems = leak_scan(data, TARGETS)
    assert "以前の版が残っています（%%EOF が 2個）" in problems
    assert any(p.startswith("どこからも参照されないオブジェクト") for p in problems)  # the old content
    writer = _writer(data)                                  # a normal (not incremental) write
    scrub_document(writer, TARGETS)
    # the font still holds the old revision's characters: prune them too
    assert prune_fonts(writer, set(NAME), set("相手方 ■")) == []
    remove_orphans(writer)
    out = _bytes(writer)
    assert out.count(b"%%EOF") == 1
    assert leak_scan(out, TARGETS) == [] and _text(out) == ["相手方 ■"]


# -- prune_fonts -------------------------------------------------------------

def _font_and_program(writer: PdfWriter):
    font = writer.pages[0]["/Resources"]["/Font"]
    font = next(iter(font.values())).get_object()
    holder = font["/DescendantFonts"][0].get_object() if font["/Subtype"] == "/Type0" else font
    return font, TTFont(io.BytesIO(holder["/FontDescriptor"]["/FontFile2"].get_data()))


def _after_page_removal(data: bytes) -> PdfWriter:
    """A redaction's leftover: the page that drew the name is gone, the
    shared font subset still holds its characters."""
    writer = _writer(data)
    writer.remove_page(1)
    remove_orphans(writer)
    return writer


def test_prune_fonts_identity_h_removes_tounicode_and_outlines():
    kept_text = "相手方 ＊＊ １"
    writer = _after_page_removal(F.identity_h_pdf([[kept_text], [NAME + " 1"]]))
    assert leak_scan(_bytes(writer), TARGETS)              # ToUnicode lists 山田太郎 in code order
    font, before = _font_and_program(writer)
    assert prune_fonts(writer, set(NAME + "1"), set(kept_text)) == []
    out = _bytes(writer)
    assert leak_scan(out, TARGETS) == []
    assert _text(out) == [kept_text]
    mapping, width = parse_tounicode(font["/ToUnicode"].get_data())
    assert width == 2 and not set(NAME + "1") & set(mapping.values())
    assert set(kept_text) - {" "} <= set(mapping.values())
    _, after = _font_and_program(writer)
    old_order, new_order = before.getGlyphOrder(), after.getGlyphOrder()
    assert len(new_order) == len(old_order)                      # nothing renumbered
    assert not {chr(c) for c in after.getBestCmap()} & set(NAME)

    def contours(font, gid):
        return font["glyf"][font.getGlyphOrder()[gid]].numberOfContours
    gid = {ch: old_order.index(before.getBestCmap()[ord(ch)]) for ch in NAME + "１相"}
    assert [contours(after, gid[ch]) for ch in NAME] == [0] * len(NAME)
    component = before["glyf"][old_order[gid["１"]]].components[0].glyphName
    assert component == before.getBestCmap()[ord("1")]           # "1": removed, but a part of "１"
    assert contours(after, old_order.index(component)) > 0
    assert contours(after, gid["相"]) > 0 and contours(after, gid["１"]) == -1


def test_prune_fonts_simple_subsets_keep_codes_valid():
    kept = ["相手方 ■"]
    # one subset: its ToUnicode spells the name in code order
    assert leak_scan(_bytes(_after_page_removal(F.simple_truetype_pdf([kept, [NAME]]))), TARGETS)
    # two subsets with the name split between them (codes 6 and 1..3)
    writer = _after_page_removal(F.simple_truetype_pdf([kept, [NAME]], max_codes=6))
    name_codes = {}
    for name, ref in writer.pages[0]["/Resources"]["/Font"].items():
        mapping, _ = parse_tounicode(ref.get_object()["/ToUnicode"].get_data())
        name_codes[name] = {code for code, text in mapping.items() if text in NAME}
    assert sum(map(len, name_codes.values())) == len(NAME) and all(name_codes.values())
    assert prune_fonts(writer, set(NAME), set(kept[0])) == []
    out = _bytes(writer)
    assert leak_scan(out, TARGETS) == [] and _text(out) == kept
    reader = PdfReader(io.BytesIO(out))
    for name, ref in reader.pages[0]["/Resources"]["/Font"].items():
        font = ref.get_object()
        mapping, width = parse_tounicode(font["/ToUnicode"].get_data())
        assert width == 1 and not set(NAME) & set(mapping.values())
        program = TTFont(io.BytesIO(font["/FontDescriptor"]["/FontFile2"].get_data()))
        order = program.getGlyphOrder()                       # code i draws glyph i
        for code, text in mapping.items():
            assert program["glyf"][order[code]].numberOfContours == (0 if text == " " else 2)
        for code in name_codes[name]:
            assert program["glyf"][order[code]].numberOfContours == 0
        assert len(order) == len(mapping) + len(name_codes[name]) + 1   # .notdef, nothing renumbered


def test_prune_fonts_leaves_characters_that_are_also_kept():
    writer = _writer(F.identity_h_pdf([["山田花子 " + NAME]]))
    font, _ = _font_and_program(writer)
    before = parse_tounicode(font["/ToUnicode"].get_data())[0]
    assert prune_fonts(writer, set(NAME), set("山田花子 ")) == []
    after = parse_tounicode(font["/ToUnicode"].get_data())[0]
    assert set(before.values()) - set(after.values()) == {"太", "郎"}


def test_prune_fonts_reports_fonts_it_cannot_prune():
    writer = _writer(F.identity_h_pdf([["相手方 " + NAME]]))
    font, _ = _font_and_program(writer)
    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
    descriptor[NameObject("/FontFile3")] = descriptor.raw_get("/FontFile2")
    del descriptor["/FontFile2"]
    problems = prune_fonts(writer, set(NAME), set("相手方 "))
    assert problems and "FontFile3" in problems[0]


def test_tounicode_round_trip_with_ranges():
    cmap = (b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfchar <01> <5C71> endbfchar\n"
            b"2 beginbfrange <02> <04> <0030> <05> <06> [<7530> <00660066>] endbfrange")
    mapping, width = parse_tounicode(cmap)
    assert width == 1
    assert mapping == {1: "山", 2: "0", 3: "1", 4: "2", 5: "田", 6: "ff"}
    assert parse_tounicode(tounicode_cmap(mapping, width)) == (mapping, 1)


def _cff_top(font):
    from fontTools.cffLib import CFFFontSet
    holder = font["/DescendantFonts"][0].get_object() if font["/Subtype"] == "/Type0" else font
    stream = holder["/FontDescriptor"]["/FontFile3"].get_object()
    if stream["/Subtype"] == "/OpenType":
        return TTFont(io.BytesIO(stream.get_data()))["CFF "].cff.topDictIndex[0]
    cff = CFFFontSet()
    cff.decompile(io.BytesIO(stream.get_data()), None)
    return cff.topDictIndex[0]


def _empty(top, name) -> bool:
    strings = top.CharStrings[name]
    strings.decompile()
    return strings.program == ["endchar"]


@pytest.mark.parametrize("kind", ["opentype", "type1c", "cid"])
def test_prune_fonts_cff_empties_and_renames_glyphs(kind):
    kept = "相手方 ■ １"
    data = F.cff_pdf([[kept], [NAME + " 1"]], kind)
    writer = _after_page_removal(data)
    assert leak_scan(_bytes(writer), TARGETS)
    font = writer.pages[0]["/Resources"]["/Font"]["/C1"].get_object()
    codes = {text: code for code, text in parse_tounicode(font["/ToUnicode"].get_data())[0].items()}
    before = _cff_top(font)
    assert prune_fonts(writer, set(NAME + "1"), set(kept)) == []
    out = _bytes(writer)
    assert leak_scan(out, TARGETS) == [] and _text(out) == [kept]
    top = _cff_top(PdfReader(io.BytesIO(out)).pages[0]["/Resources"]["/Font"]["/C1"].get_object())
    names = list(top.charset)
    assert len(names) == len(before.charset)                      # nothing renumbered
    if kind == "cid":                                              # glyphs are named by CID
        assert all(_empty(top, f"cid{codes[c]:05d}") for c in NAME + "1")
        assert not any(_empty(top, f"cid{codes[c]:05d}") for c in "相手方■１")
    else:
        assert not {F.glyph_name(c) for c in NAME + "1"} & set(names)
        assert not any(_empty(top, F.glyph_name(c)) for c in "相手方■１")
        assert sum(_empty(top, n) for n in names if n.startswith("blank")) == len(NAME + "1")
    if kind == "type1c":
        diffs = [str(n) for n in font["/Encoding"]["/Differences"] if isinstance(n, str)]
        assert diffs.count("/.notdef") == len(NAME + "1")


@pytest.mark.parametrize("kind", ["opentype", "type1c", "cid"])
def test_prune_fonts_cff_keeps_the_kept_glyphs_drawn(kind):
    pdfium = pytest.importorskip("pypdfium2")
    from PIL import ImageChops
    kept = "相手方 ■ １"
    data = F.cff_pdf([[kept], [NAME]], kind)
    writer = _after_page_removal(data)
    before = _bytes(writer)
    assert prune_fonts(writer, set(NAME), set(kept)) == []
    images = [pdfium.PdfDocument(d)[0].render(scale=1).to_pil().convert("L") for d in (before, _bytes(writer))]
    assert images[0].getextrema()[0] < 128                       # something is drawn
    assert ImageChops.difference(*images).getbbox() is None


def test_prune_fonts_type3_drops_procedures_only_removed_codes_drew():
    kept = "相手方 ■"
    writer = _after_page_removal(F.type3_pdf([[kept], [NAME]], tounicode=True))
    assert leak_scan(_bytes(writer), TARGETS)
    font = writer.pages[0]["/Resources"]["/Font"]["/T1"].get_object()
    assert len(font["/CharProcs"]) == len(set(kept + NAME))
    assert prune_fonts(writer, set(NAME), set(kept)) == []
    remove_orphans(writer)
    out = _bytes(writer)
    assert leak_scan(out, TARGETS) == [] and _text(out) == [kept]
    assert len(font["/CharProcs"]) == len(set(kept))


def test_leak_scan_reads_glyph_names_of_subset_fonts():
    kept = "相手方 ■"
    writer = _after_page_removal(F.cff_pdf([[kept], [NAME]], "type1c"))
    assert prune_fonts(writer, set(NAME), set(kept)) == []
    assert leak_scan(_bytes(writer), TARGETS) == []
    font = writer.pages[0]["/Resources"]["/Font"]["/C1"].get_object()
    font["/Encoding"]["/Differences"].extend(NameObject("/" + F.glyph_name(c)) for c in NAME)
    assert leak_scan(_bytes(writer), TARGETS) == [
        "埋め込みフォント（ToUnicode・字形）にマスク対象 #1 の文字が残っています"]


def test_scrub_rewrites_streams_under_other_filters():
    from pypdf.generic import EncodedStreamObject
    data = F.decorated_pdf([["本文 一行目"]], actual_text=NAME)
    writer = _writer(data)
    page = writer.pages[0]
    content = page.get_contents().get_data()
    hexed = EncodedStreamObject()
    hexed._data = content.hex().encode() + b">"
    hexed[NameObject("/Filter")] = NameObject("/ASCIIHexDecode")
    page[NameObject("/Contents")] = writer._add_object(hexed)
    assert leak_scan(_bytes(writer), TARGETS)
    scrub_document(writer, TARGETS)
    remove_orphans(writer)
    out = _bytes(writer)
    assert leak_scan(out, TARGETS) == []
    assert _text(out)[0].strip() == "本文 一行目"
    assert PdfReader(io.BytesIO(out)).pages[0]["/Contents"]["/Filter"] == "/FlateDecode"


def test_font_tounicode_entry_planted_then_pruned():
    data = F.simple_truetype_pdf([["相手方 ■"]], extra_chars=NAME)
    assert leak_scan(data, TARGETS) == [
        "埋め込みフォント（ToUnicode・字形）にマスク対象 #1 の文字が残っています"]
    # a target whose characters are all shown elsewhere is no leak
    assert leak_scan(F.simple_truetype_pdf([["太郎 山田"]]), ["田太"]) == []
    writer = _writer(data)
    assert prune_fonts(writer, set(NAME), set("相手方 ■")) == []
    assert leak_scan(_bytes(writer), TARGETS) == []


def test_prune_fonts_winansi_reads_glyphs_through_the_unicode_cmap():
    kept = "Tel. ****"
    writer = _after_page_removal(F.winansi_truetype_pdf([[kept], ["Yamada"]]))
    assert leak_scan(_bytes(writer), ["Yamada"])
    assert prune_fonts(writer, set("Yamada"), set(kept)) == []
    out = _bytes(writer)
    assert leak_scan(out, ["Yamada"]) == [] and _text(out) == [kept]
    _, program = _font_and_program(writer)
    cmap = program.getBestCmap()
    assert {chr(c) for c in cmap} == set(kept)                   # Y, m, d gone; a too (not kept)
    assert all(program["glyf"][cmap[ord(c)]].numberOfContours for c in set(kept) - {" "})


def test_removed_annotation_reachable_from_the_structure_tree_is_emptied():
    writer = _writer(F.decorated_pdf([["本文", "図"]], alt_text="写真", annotation=NAME + "に確認"))
    annot_ref = writer.pages[0]["/Annots"][0]
    appearance = DecodedStreamObject()
    appearance.set_data(b"BT " + F._utf16(NAME).encode() + b" Tj ET")
    annot_ref.get_object()[NameObject("/AP")] = DictionaryObject(
        {NameObject("/N"): writer._add_object(appearance)})
    figure = writer._root_object["/StructTreeRoot"]["/K"]["/K"][0].get_object()
    figure[NameObject("/K")] = ArrayObject([figure["/K"], DictionaryObject({
        NameObject("/Type"): NameObject("/OBJR"), NameObject("/Obj"): annot_ref})])
    scrub_document(writer, TARGETS)
    remove_orphans(writer)
    out = _bytes(writer)
    assert leak_scan(out, TARGETS) == []
    assert "/Annots" not in PdfReader(io.BytesIO(out)).pages[0]


def test_page_thumbnails_removed():
    writer = _writer(F.decorated_pdf([["本文"]]))
    thumb = writer._add_object(DecodedStreamObject())
    writer.pages[0][NameObject("/Thumb")] = thumb
    assert "XMP・PieceInfo などの付随データ 1件を削除" in scrub_document(writer, TARGETS)
    assert remove_orphans(writer) >= 1
    assert "/Thumb" not in PdfReader(io.BytesIO(_bytes(writer))).pages[0]


def test_short_numeric_targets_do_not_match_dates_or_keys():
    data = F.identity_h_pdf([["令和8年度 第2回"]], metadata={"title": "会議録"})
    assert b"2026" in data                                       # /CreationDate D:2026...
    assert leak_scan(data, ["2026"]) == []
    assert "1ページの本文にマスク対象 #1 が残っています" in leak_scan(F.identity_h_pdf([["番号 2026"]]), ["2026"])
