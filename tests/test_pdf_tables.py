"""PDF tables: a value wrapped inside a narrow cell is read as one string,
labels stacked in a column stay apart, and a row reads label<TAB>value.

``libreoffice_table_cells.pdf`` is a LibreOffice 7 export (IPAexMincho
embedded) of this made-up HTML, cells vertically centred as LibreOffice
does, so a label sits between the lines of its wrapped value::

    <table border="0" cellpadding="0" cellspacing="0">
      <col width="50"><col width="50">
      <tr><td>氏名</td><td>山田太郎</td></tr>
      <tr><td>住所</td><td>本町二丁</td></tr>
      <tr><td>氏名</td><td>佐藤花子</td></tr></table>
    <p>本件について委員会で審議を行った結果を次のとおり報告する。以上。</p>
    <table border="1" cellpadding="0" cellspacing="0">
      <col width="50"><col width="84">
      <tr><td>相手方</td><td>山田太郎</td></tr>
      <tr><td>住所</td><td>東京都東村山市本町二丁目3番4号</td></tr></table>

``libreoffice_table_header.pdf`` is this made-up HTML converted to .docx and
exported by LibreOffice 7 (a header row, a right-aligned number column,
every name and address wrapped, a letter's sender and addressee above)::

    <p align="right">令和6年5月14日</p><p align="right">東村山市福祉課長</p>
    <p>山田太郎 様</p><p>相談記録の件</p>
    <table border="1" cellpadding="3" cellspacing="0">
      <col width="30"><col width="50"><col width="110"><col width="60">
      <tr><th>番号</th><th>氏名</th><th>住所</th><th>電話</th></tr>
      <tr><td align="right">1</td><td>山田太郎</td><td>東京都東村山市本町二丁目3番4号</td>
          <td>090-1234-5678</td></tr>
      <tr><td align="right">12</td><td>佐藤花子</td><td>東京都東村山市本町</td><td>042-123-4567</td></tr>
      <tr><td align="right">3</td><td>鈴木一郎</td><td>本町二丁目</td><td></td></tr></table>
    <p>（本文）</p>

``libreoffice_table_tight.pdf`` (Noto Serif CJK JP) has columns too narrow
for LibreOffice, which packs the cells a quarter em apart, and a title row
spanning all four columns::

    <table border="1" cellpadding="2" cellspacing="0">
      <col width="50"><col width="64"><col width="50"><col width="64">
      <tr><td colspan="4" align="center">申請者一覧</td></tr>
      <tr valign="top"><td>氏名</td><td>山田太郎</td><td>連絡先</td><td>090-1234-5678</td></tr>
      <tr valign="top"><td>住所</td><td>東京都東村山市本町二丁目3番4号</td><td>備考</td>
          <td>東京都<br>東村山市</td></tr>
      <tr valign="top"><td>勤務先</td><td>東村山市役所</td><td>担当</td><td>佐藤花子</td></tr></table>
    <p>以上</p>
"""
from pathlib import Path

import pytest

pytest.importorskip("fpdf")
import pdf_factory as F  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from redactor.documents.pdf import PdfFormat  # noqa: E402
from redactor.process import process_document  # noqa: E402
from redactor.pipeline import Redactor  # noqa: E402

DATA = Path(__file__).parent / "data"
CELLS = DATA / "libreoffice_table_cells.pdf"
NOTO = DATA / "libreoffice_noto_type1.pdf"
HEADER = DATA / "libreoffice_table_header.pdf"
TIGHT = DATA / "libreoffice_table_tight.pdf"
BODY = "本件について委員会で審議を行った結果を次のとおり報告する。以上。"
SIZE = 12.0


def _page(runs: list[tuple[float, float, str]]):
    """A page drawing each ``(x, y, text)`` as its own text object, as a
    table's cells are drawn."""
    def make(fonts: F.SimpleFonts) -> bytes:
        ops = []
        for x, y, text in runs:
            ops += ["BT", f"{x:.2f} {y:.2f} Td"]
            for sub, codes in fonts.runs(text):
                ops += [f"{F.SimpleFonts.resource_name(sub)} {SIZE:g} Tf", f"[<{codes.hex().upper()}>] TJ"]
            ops.append("ET")
        return ("\n".join(ops) + "\n").encode("ascii")
    return make


def _pdf(tmp_path: Path, runs: list[tuple[float, float, str]]) -> Path:
    chars = "".join(t for _, _, t in runs)
    return F.write_pdf(tmp_path, F.content_pdf(chars, [_page(runs)]))


def _table(rows: list[list[str]], lefts: list[float], top: float, pitch: float = 15.0) -> list:
    """Runs of a table: each row a list of cells, each cell its lines
    (``"山田太/郎"``: the layout wrapped it), top-aligned."""
    runs = []
    y = top
    for row in rows:
        height = max(len(cell.split("/")) for cell in row)
        for x, cell in zip(lefts, row):
            for k, piece in enumerate(cell.split("/")):
                if piece:
                    runs.append((x, y - k * pitch, piece))
        y -= height * pitch + 6
    return runs


def _page_text(path: Path) -> str:
    """The text of the pages (without the document information after it;
    LibreOffice's HTML export starts with an empty page)."""
    extracted = PdfFormat().read(path)
    parts = [p for p in extracted.parts if p.where.startswith("page ")]
    return extracted.text[parts[0].start:parts[-1].end]


def _masked_text(tmp_path: Path, src: Path) -> str:
    out = tmp_path / "out.pdf"
    outcome = process_document(src, out, Redactor())
    assert not outcome.failed, outcome.message
    return "".join(page.extract_text() for page in PdfReader(out).pages)


def _glyph_map_is_exact(path: Path) -> None:
    """Every character read comes from glyphs showing that character."""
    extracted = PdfFormat().read(path)
    for page in extracted.info["pdf"].pages:
        text = extracted.text[page.start:]
        for k, glyph_indexes in enumerate(page.char_glyphs):
            for i in glyph_indexes:
                assert text[k] in (page.glyphs[i].unicode or ""), (k, text[k])


# -- a LibreOffice export --------------------------------------------------------

def test_libreoffice_cells_read_as_rows():
    text = _page_text(CELLS)
    assert text.split("\n") == [
        "氏名\t山田太郎", "住所\t本町二丁", "氏名\t佐藤花子",    # labels stacked, not joined
        BODY,                                                 # body text between tables unchanged
        "相手方\t山田太郎",                                   # a wrapped label, joined
        "住所\t東京都東村山市本町二丁目3番4号",              # a value wrapped over four lines
    ]


def test_libreoffice_wrapped_address_cell_reads_whole():
    text = _page_text(NOTO)
    assert text.endswith("\n氏名\t山田太郎\n住所\t東京都東村山市本町二丁目3番4号")


def test_libreoffice_wrapped_names_are_masked_entirely(tmp_path: Path):
    left = _masked_text(tmp_path, CELLS)
    assert not set("山田太郎佐藤花子東京都村市") & set(left), left
    assert BODY in left.replace("\n", "")


def test_libreoffice_table_below_a_letter_head_keeps_its_columns():
    lines = _page_text(HEADER).split("\n")
    assert lines[:4] == ["令和6年5月14日", "東村山市福祉課長", "山田太郎 様", "相談記録の件"]
    assert lines[4:8] == [
        "番号\t氏名\t住所\t電話",
        "1\t山田太郎\t東京都東村山市本町二丁目3番4号\t090-1234-5678",
        "12\t佐藤花子\t東京都東村山市本町\t042-123-4567",
        "3\t鈴木一郎\t本町二丁目",
    ]
    assert lines[8].startswith("本件について")


def test_libreoffice_table_names_and_numbers_are_masked(tmp_path: Path):
    # the addressee is not read as the sender official's name (福祉課長山田太郎)
    left = _masked_text(tmp_path, HEADER)
    assert not set("田太郎佐藤花子鈴木一") & set(left), left    # 山 stays in 東村山
    assert "090" not in left and "4567" not in left


def test_libreoffice_cells_a_quarter_em_apart_are_cells(tmp_path: Path):
    assert _page_text(TIGHT).split("\n") == [
        "申請者一覧",                                                  # spans the columns: not a row of cells
        "氏名\t山田太郎\t連絡先\t090-1234-5678",
        "住所\t東京都東村山市本町二丁目3番4号\t備考\t東京都東村山市",  # the <br> cell reads on, harmlessly
        "勤務先\t東村山市役所\t担当\t佐藤花子",
        "以上",
    ]
    left = _masked_text(tmp_path, TIGHT)
    assert "山田" not in left and "090" not in left and "二丁目" not in left, left


@pytest.mark.parametrize("path", [CELLS, NOTO, HEADER, TIGHT])
def test_every_character_maps_to_its_own_glyphs(path: Path):
    _glyph_map_is_exact(path)


# -- tables built in the test ------------------------------------------------------

LEFTS = [60.0, 90.0]           # a label column two ems wide, half an em of padding as LibreOffice


def test_a_name_wrapped_in_a_narrow_cell_is_found_and_masked(tmp_path: Path):
    runs = [(56.0, 780.0, BODY)] + _table([["氏名", "山田太/郎"], ["住所", "本町二/丁目"]], LEFTS, 750.0) \
        + [(56.0, 660.0, BODY)]
    path = _pdf(tmp_path, runs)
    text = _page_text(path)
    assert text.split("\n") == [BODY, "氏名\t山田太郎", "住所\t本町二丁目", BODY]
    findings = Redactor().check(text).findings
    assert "山田太郎" in [f.text for f in findings]
    left = _masked_text(tmp_path, path)
    assert not set("山田太郎") & set(left), left
    _glyph_map_is_exact(path)


def test_stacked_labels_and_values_filling_their_cells_stay_apart(tmp_path: Path):
    # every label fills its column and every value fills its own, rows one
    # line pitch apart: a column rule alone would join 氏名住所 and 山田太郎本町二丁
    rows = [["氏名", "山田太郎"], ["住所", "本町二丁"], ["氏名", "佐藤花子"]]
    path = _pdf(tmp_path, _table(rows, LEFTS, 750.0, pitch=14.0))
    assert _page_text(path).split("\n") == ["氏名\t山田太郎", "住所\t本町二丁", "氏名\t佐藤花子"]


def test_rows_of_filled_cells_are_not_joined(tmp_path: Path):
    rows = [["電話番号", "090-1234-5678"], ["携帯番号", "080-1234-5678"]]
    path = _pdf(tmp_path, _table(rows, [60.0, 114.0], 750.0, pitch=14.0))
    text = _page_text(path)
    assert text.split("\n") == ["電話番号\t090-1234-5678", "携帯番号\t080-1234-5678"]
    phones = [f.text for f in Redactor().check(text).findings if f.label == "PHONE"]
    assert phones == ["090-1234-5678", "080-1234-5678"]


def test_a_short_label_beside_a_wrapped_value_is_not_joined_to_the_next_label(tmp_path: Path):
    # the value column (three ems) wraps, the label column does not: 氏名 and 住所 stay apart
    rows = [["氏名", "山田太/郎"], ["住所", "東京都/東村山/市本町/二丁目/3番4号"]]
    path = _pdf(tmp_path, _table(rows, LEFTS, 750.0, pitch=13.0))
    assert _page_text(path).split("\n") == ["氏名\t山田太郎", "住所\t東京都東村山市本町二丁目3番4号"]


def test_a_single_line_with_a_wide_gap_is_not_a_table(tmp_path: Path):
    runs = [(56.0, 780.0, BODY), (56.0, 760.0, "日時"), (120.0, 760.0, "令和6年5月14日"), (56.0, 740.0, BODY)]
    text = _page_text(_pdf(tmp_path, runs))
    assert text.split("\n") == [BODY, "日時 令和6年5月14日", BODY]


def test_body_text_is_read_as_before(tmp_path: Path):
    # an ordinary wrapped paragraph: joined at the right edge, never split into cells
    path = F.write_pdf(tmp_path, F.identity_h_pdf([[BODY, BODY[:-4] + "山田太", "郎さんである。", "以上"]]))
    assert _page_text(path) == BODY + "\n" + BODY[:-4] + "山田太郎さんである。\n以上"


def test_a_letter_head_is_not_a_table(tmp_path: Path):
    # right-aligned sender lines of equal width beside the addressee's lines:
    # they read line by line as before, nothing joined
    runs = [(460.0, 780.0, "福祉課長代理"), (56.0, 765.0, "東村山市本町"), (460.0, 750.0, "東村山太郎"),
            (56.0, 735.0, "山田太郎 様")]
    assert _page_text(_pdf(tmp_path, runs)).split("\n") == ["福祉課長代理", "東村山市本町", "東村山太郎", "山田太郎 様"]


def test_labels_spread_over_their_cell_are_one_column(tmp_path: Path):
    # 「氏　　名」 drawn as two glyphs an em apart, no space glyph between
    runs = [(60.0, 780.0, "氏"), (84.0, 780.0, "名"), (108.0, 780.0, "山田太郎"),
            (60.0, 760.0, "住"), (84.0, 760.0, "所"), (108.0, 760.0, "東京都東村"), (108.0, 745.0, "山市本町")]
    assert _page_text(_pdf(tmp_path, runs)).split("\n") == ["氏名\t山田太郎", "住所\t東京都東村山市本町"]


def test_numbered_lines_with_latin_spacing_are_not_cells(tmp_path: Path):
    # 第 1 条 set a quarter em apart on two lines (Latin beside kanji): the
    # digits line up, but a quarter em is spacing, not a gap between cells
    runs = [(56.0, 780.0, "第"), (71.0, 780.0, "1"), (80.0, 780.0, "条　相手方の住所は本町とする。"),
            (56.0, 765.0, "第"), (71.0, 765.0, "2"), (80.0, 765.0, "条　相手方の電話は次のとおり。")]
    assert _page_text(_pdf(tmp_path, runs)).split("\n") == ["第1条　相手方の住所は本町とする。",
                                                            "第2条　相手方の電話は次のとおり。"]
