"""HTML: pages built here, read, masked end to end through the real
pipeline, written with their markup and encoding intact, re-read."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import lxml.html
import pytest

from redactor.documents import format_for
from redactor.documents.base import DocumentError, UnsafeOutput
from redactor.documents.html import HtmlFormat
from redactor.finding import MASK, Finding
from redactor.masking import Replacement

PAGE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="{charset}">
<meta name="author" content="田中美咲">
<meta name="description" content="苦情対応の記録（相手方 山田太郎）">
<title>相手方 山田太郎 苦情対応記録</title>
<style>p {{ color: #333; }} /* 佐藤花子 */</style>
<script>var owner = "佐藤花子";</script>
<script type="application/ld+json">{{"@type": "Report", "author": {{"name": "相手方 山田太郎"}}}}</script>
</head>
<body>
<h1 class="title">苦情対応記録</h1>
<p id="p1">相手方 <span class="name">山<b>田</b></span>太郎さんから苦情があった。</p>
<p>住所は東京都東村山市本町二丁目3番4号、連絡先 090-1234-5678。</p>
<p>議案第52号について審議した。R&amp;D 課 &lt;担当&gt; &#x5C71;&#x7530;</p>
<img src="photo.jpg" alt="相手方 山田太郎の写真" width="120">
<a href="mailto:taro@example.jp" title="問い合わせ先の案内">問い合わせ</a>
<!-- 担当メモ: 相手方 山田太郎さんに電話で確認済み -->
</body>
</html>
"""


def page(charset: str = "utf-8") -> str:
    return PAGE.format(charset=charset)


@lru_cache(maxsize=1)
def _redactor():
    from redactor.pipeline import Redactor
    return Redactor()


def _where(extracted, value: str) -> str:
    i = extracted.text.index(value)
    return next(p.where for p in extracted.parts if p.start <= i < p.end)


def _replace_all(extracted, value: str, text: str = "［氏名］") -> list[Replacement]:
    out, i = [], extracted.text.find(value)
    while i >= 0:
        out.append(Replacement(Finding("PERSON", i, i + len(value), value, 1.0, "test", MASK), i, i + len(value), text))
        i = extracted.text.find(value, i + 1)
    return out


@pytest.fixture
def html_file(tmp_path: Path) -> Path:
    p = tmp_path / "kiroku.html"
    p.write_text(page(), encoding="utf-8")
    return p


def test_format_is_chosen_by_suffix():
    assert isinstance(format_for("a.htm"), HtmlFormat)
    assert isinstance(format_for("a.HTML"), HtmlFormat)


@pytest.mark.parametrize("value, where", [
    ("相手方 山田太郎さんから苦情があった。", "本文"),    # one string across nested inline tags
    ("東京都東村山市本町二丁目3番4号", "本文"),
    ("相手方 山田太郎 苦情対応記録", "<title>"),
    ("相手方 山田太郎の写真", "alt属性"),
    ("田中美咲", "meta author"),
    ("苦情対応の記録（相手方 山田太郎）", "meta description"),
    ("mailto:taro@example.jp", "リンク先"),
    ("問い合わせ先の案内", "title属性"),
    ("担当メモ: 相手方 山田太郎さんに電話で確認済み", "HTMLコメント"),
    ("R&D 課 <担当> 山田", "本文"),                     # entities decoded for detection
    ('"name": "相手方 山田太郎"', "構造化データ"),
])
def test_read_finds_each_place(html_file, value, where):
    assert _where(HtmlFormat().read(html_file), value) == where


def test_markup_is_not_text_but_scripts_styles_and_every_attribute_value_are(html_file):
    text = HtmlFormat().read(html_file).text
    for markup in ("<b>", "<!DOCTYPE", "class=", "lang="):
        assert markup not in text
    for published in ("佐藤花子", "color", "owner", "photo.jpg"):   # anyone can view the source
        assert published in text


def test_lines_are_source_lines(html_file):
    extracted = HtmlFormat().read(html_file)
    lines = page().splitlines()
    line_of = lambda s: next(n for n, line in enumerate(lines, 1) if s in line)  # noqa: E731
    assert extracted.locate(extracted.text.index("東京都")) == f"本文, line {line_of('東京都')}"
    assert extracted.locate(extracted.text.index("相手方 山田太郎の写真")) == f"alt属性, line {line_of('alt=')}"


def test_span_across_tags_keeps_markup_and_bytes(html_file, tmp_path):
    fmt = HtmlFormat()
    extracted = fmt.read(html_file)
    out = tmp_path / "out.html"
    fmt.write(html_file, extracted, _replace_all(extracted, "山田太郎"), out)
    written = out.read_text(encoding="utf-8")
    assert '<p id="p1">相手方 <span class="name">［氏名］<b></b></span>さんから苦情があった。</p>' in written
    assert 'alt="相手方 ［氏名］の写真" width="120"' in written
    assert "<!-- 担当メモ: 相手方 ［氏名］さんに電話で確認済み -->" in written
    # nothing else changed: same text once the replacements are undone
    assert written.replace("［氏名］<b></b></span>", "山<b>田</b></span>太郎").replace("［氏名］", "山田太郎") == page()


def test_replacement_is_escaped_where_it_goes(html_file, tmp_path):
    fmt = HtmlFormat()
    extracted = fmt.read(html_file)
    out = tmp_path / "out.html"
    fmt.write(html_file, extracted, _replace_all(extracted, "山田太郎", '<"&>'), out)
    written = out.read_text(encoding="utf-8")
    assert "&lt;&quot;&amp;&gt;" in written and "&lt;\"&amp;&gt;<b></b>" in written
    assert '<"&>' not in written
    lxml.html.fromstring(written.encode())


def test_entity_inside_a_masked_span_is_replaced_whole(html_file, tmp_path):
    fmt = HtmlFormat()
    extracted = fmt.read(html_file)
    out = tmp_path / "out.html"
    fmt.write(html_file, extracted, _replace_all(extracted, "<担当> 山田"), out)
    written = out.read_text(encoding="utf-8")
    assert "R&amp;D 課 ［氏名］</p>" in written


def test_end_to_end_through_the_pipeline(html_file, tmp_path):
    fmt = HtmlFormat()
    extracted = fmt.read(html_file)
    result = _redactor().redact(extracted.text)
    masked = {extracted.text[r.start:r.end] for r in result.replacements}
    assert {"山田太郎", "東京都東村山市本町二丁目3番4号", "090-1234-5678"} <= masked
    out = tmp_path / "public.html"
    fmt.write(html_file, extracted, result.replacements, out)
    doc = lxml.html.fromstring(out.read_bytes())          # the output parses
    assert doc.find(".//title") is not None and doc.find(".//img").get("src") == "photo.jpg"
    assert json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)["author"]["name"] == "相手方 ［氏名］"
    view = fmt.reader_view(out)
    for value in masked:
        assert value not in view, value
    assert "山田太郎" not in out.read_text(encoding="utf-8")
    for kept in ("さんから苦情があった。", "議案第52号について審議した。", "苦情対応記録", "R&D 課"):
        assert kept in view


def test_shift_jis_page_keeps_its_encoding_and_bytes(tmp_path):
    src = page("Shift_JIS").replace("相手方 <span", "① 相手方 <span")   # ① exists in CP932 only
    p = tmp_path / "sjis.htm"
    # ∵ written with its IBM-extension code (0x879A), which re-encodes as 0x81E6: must be copied, not re-encoded
    p.write_bytes(src.encode("cp932").replace("議案".encode("cp932"), b"\x87\x9a" + "議案".encode("cp932")))
    fmt = HtmlFormat()
    extracted = fmt.read(p)
    assert extracted.encoding == "cp932"
    assert "① 相手方 山田太郎さんから" in extracted.text
    result = _redactor().redact(extracted.text)
    out = tmp_path / "out.htm"
    fmt.write(p, extracted, result.replacements, out)
    data = out.read_bytes()
    written = data.decode("cp932")                        # still Shift_JIS, not UTF-8
    assert "山田太郎" not in fmt.reader_view(out) and "山田" not in written.split("<title>")[1].split("</title>")[0]
    assert '<meta charset="Shift_JIS">' in written
    assert data.startswith(src.split('<meta name="author"')[0].encode("cp932"))   # bytes before the first edit copied
    assert data.endswith(src.split("-->")[1].encode("cp932"))
    assert len(data.split(b"\x87\x9a")) == 2                   # and after the last one
    assert "議案第52号について審議した。" in written
    assert b"\x87\x9a" in data


def test_character_missing_from_the_encoding_becomes_a_reference(tmp_path):
    p = tmp_path / "sjis.html"
    p.write_bytes(page("shift_jis").encode("cp932"))
    fmt = HtmlFormat()
    extracted = fmt.read(p)
    out = tmp_path / "out.html"
    fmt.write(p, extracted, _replace_all(extracted, "山田太郎", "🔒"), out)
    written = out.read_bytes().decode("cp932")
    assert "&#128274;" in written and "山田太郎" not in fmt.reader_view(out)


def test_a_write_that_misses_a_value_is_refused(html_file, tmp_path, monkeypatch):
    """The re-read after writing is the safety net: an edit that does not
    land (simulated here) fails the write and leaves no output."""
    import redactor.documents.html as html_format
    monkeypatch.setattr(html_format, "_source_edits", lambda target, edits: [])
    fmt = HtmlFormat()
    extracted = fmt.read(html_file)
    out = tmp_path / "out.html"
    with pytest.raises(UnsafeOutput):
        fmt.write(html_file, extracted, _replace_all(extracted, "山田太郎"), out)
    assert not out.exists()


def test_value_kept_elsewhere_by_the_policy_is_not_a_leak(tmp_path):
    p = tmp_path / "a.html"
    p.write_text('<p>相手方 山田太郎</p><p title="山田太郎">x</p>', encoding="utf-8")
    fmt = HtmlFormat()
    extracted = fmt.read(p)
    fmt.write(p, extracted, _replace_all(extracted, "山田太郎")[:1], tmp_path / "ok.html")
    assert "<p>相手方 ［氏名］</p>" in (tmp_path / "ok.html").read_text(encoding="utf-8")


def test_undecodable_and_unknown_charset_give_one_line_errors(tmp_path):
    p = tmp_path / "a.html"
    p.write_bytes(b'<meta charset="x-unknown-9"><p>x</p>')
    with pytest.raises(DocumentError, match="x-unknown-9"):
        HtmlFormat().read(p)
    p.write_bytes(b'<meta charset="utf-8"><p>\xff\xfe\x81</p>')
    with pytest.raises(DocumentError):
        HtmlFormat().read(p)


def test_changed_input_between_read_and_write_is_refused(html_file, tmp_path):
    fmt = HtmlFormat()
    extracted = fmt.read(html_file)
    html_file.write_text("<p>別のページ</p>", encoding="utf-8")
    with pytest.raises(UnsafeOutput):
        fmt.write(html_file, extracted, [], tmp_path / "out.html")


def test_source_line_breaks_read_as_the_browser_shows_them(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<p>相手方 山田\n      太郎さんから\nHello\nworld</p>\n<pre>一行目\n二行目</pre>", encoding="utf-8")
    fmt = HtmlFormat()
    extracted = fmt.read(p)
    assert "相手方 山田太郎さんから Hello world\n" in extracted.text
    assert "一行目\n二行目" in extracted.text
    assert extracted.locate(extracted.text.index("太郎")) == "本文, line 2"
    result = _redactor().redact(extracted.text)
    assert "山田太郎" in {extracted.text[r.start:r.end] for r in result.replacements}
    out = tmp_path / "out.html"
    fmt.write(p, extracted, result.replacements, out)
    assert out.read_text(encoding="utf-8").startswith("<p>相手方 ［氏名］\n      さんから\nHello\nworld</p>")


@pytest.mark.parametrize("declaration, codec", [
    ('<?xml version="1.0" encoding="EUC-JP"?>\n', "euc_jp"),     # XHTML declares it in the XML declaration
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP">\n', "iso2022_jp"),
])
def test_declared_legacy_encodings_round_trip(tmp_path, declaration, codec):
    src = declaration + '<p>相手方 山田太郎さん</p><input type="text" value="山田太郎">'
    p = tmp_path / "a.html"
    p.write_bytes(src.encode(codec))
    fmt = HtmlFormat()
    extracted = fmt.read(p)
    assert "相手方 山田太郎さん" in extracted.text and _where(extracted, "山田太郎\n") == "value属性"
    out = tmp_path / "out.html"
    fmt.write(p, extracted, _replace_all(extracted, "山田太郎"), out)
    assert out.read_bytes().decode(codec) == src.replace("山田太郎", "［氏名］")


def test_page_made_by_scripts_cannot_be_checked(tmp_path):
    p = tmp_path / "app.html"
    p.write_text('<html><head><title>申請一覧</title><script src="app.js"></script></head>'
                 '<body><div id="root"></div></body></html>', encoding="utf-8")
    assert HtmlFormat().read(p).unreadable
    p.write_text('<html><head><script src="menu.js"></script></head><body><p>本文あり</p></body></html>', encoding="utf-8")
    assert HtmlFormat().read(p).unreadable == []


def test_cells_of_a_row_are_one_line_so_a_label_reads_with_its_value(tmp_path):
    p = tmp_path / "table.html"
    p.write_text('<html><body><table><tr><th>氏名</th><td>山田太郎</td></tr>'
                 '<tr><td>住所</td><td>東京都東村山市本町二丁目3番4号</td></tr></table></body></html>',
                 encoding="utf-8")
    extracted = HtmlFormat().read(p)
    assert "氏名\t山田太郎\n住所\t東京都東村山市本町二丁目3番4号" in extracted.text
    name = [f for f in _redactor().check(extracted.text).findings if f.text == "山田太郎"]
    assert name and name[0].action == MASK
