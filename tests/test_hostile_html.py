"""HTML: personal data in scripts, styles and any attribute is published
with the page (view source) and so is read, masked and verified; what no
reader reads is still found by verify in the output's raw bytes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.documents.html import HtmlFormat
from redactor.finding import MASK, Finding
from redactor.masking import Replacement
from redactor.verify import find_values, raw_count, verify

KEY = b"test-key-for-hostile-html"
PHONE = "090-1234-5678"

SCRIPT_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>苦情対応記録</title>
<style>
/* 担当メモ: 相手方 佐藤花子さん */
.note::after { content: "相手方 \\5c0f\\6797 次郎さん"; }
</style>
<script>
// 相手方 山田太郎さんから電話があった
var caller = "相手方 山田太郎さん";
var tel = '090-1234-5678';
var kana = "\\u4f50\\u85e4\\u6b21\\u90ce";
</script>
</head>
<body><h1>苦情対応記録</h1><p>議案第52号について審議した。</p>
<div class="row" data-owner="相手方 鈴木一郎さん" data-tel="080-2345-6789">記録</div>
</body></html>
"""


@pytest.fixture
def script_page(tmp_path) -> Path:
    p = tmp_path / "kiroku.html"
    p.write_text(SCRIPT_PAGE, encoding="utf-8")
    return p


def _where(extracted, value: str) -> str:
    i = extracted.text.index(value)
    return next(p.where for p in extracted.parts if p.start <= i < p.end)


@pytest.mark.parametrize("value, where", [
    ("相手方 山田太郎さんから電話があった", "スクリプト"),     # JS comment
    ('"相手方 山田太郎さん"', "スクリプト"),                 # JS string literal
    (PHONE, "スクリプト"),
    ("佐藤次郎", "スクリプト"),                              # \\u escapes decoded
    ("担当メモ: 相手方 佐藤花子さん", "スタイルシート"),       # CSS comment
    ("相手方 小林次郎さん", "スタイルシート"),               # CSS escapes decoded (one blank after one ends it)
    ("相手方 鈴木一郎さん", "data-owner属性"),
    ("080-2345-6789", "data-tel属性"),
])
def test_scripts_styles_and_data_attributes_are_read(script_page, value, where):
    assert _where(HtmlFormat().read(script_page), value) == where


def test_a_near_miss_markup_is_still_not_text(script_page):
    text = HtmlFormat().read(script_page).text
    assert "data-owner" not in text and "<script>" not in text and "<div" not in text


def test_check_does_not_call_a_page_with_data_only_in_a_script_clean(tmp_path):
    p = tmp_path / "only_script.html"
    p.write_text('<html><head><meta charset="utf-8"><title>会議録</title><script>var tel = "090-1234-5678";'
                 '</script></head><body><p>議案第52号について審議した。</p></body></html>', encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(p)])
    assert result.exit_code == 1, result.output
    assert "スクリプト" in result.output


def test_check_of_the_same_page_without_the_number_is_clean(tmp_path):
    p = tmp_path / "clean.html"
    p.write_text('<html><head><meta charset="utf-8"><title>会議録</title><script>var n = 1;</script></head>'
                 '<body><p>議案第52号について審議した。</p></body></html>', encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(p)])
    assert result.exit_code == 0, result.output


def test_mask_removes_data_from_scripts_styles_and_attributes_and_keeps_the_script_valid(script_page, tmp_path):
    out = tmp_path / "out.html"
    key = tmp_path / "key"
    key.write_bytes(KEY)
    result = CliRunner().invoke(cli, ["mask", str(script_page), "-o", str(out), "--audit-key-file", str(key),
                                      "--profile", "strict"])
    assert result.exit_code in (0, 1), result.output
    raw = out.read_bytes().decode("utf-8")
    for value in ("山田太郎", PHONE, "佐藤花子", "鈴木一郎", "080-2345-6789", "\\u4f50\\u85e4", "\\5c0f\\6797"):
        assert value not in raw
    assert "<script>" in raw and "var caller = " in raw and 'data-owner="' in raw
    # the masked string literal is still one string literal
    line = next(l for l in raw.splitlines() if l.startswith("var caller"))
    assert line.count('"') == 2 and line.endswith('";')
    check = CliRunner().invoke(cli, ["verify", str(out), "--audit", str(out) + ".audit.jsonl",
                                     "--original", str(script_page), "--audit-key-file", str(key)])
    assert check.exit_code == 0, check.output


def test_a_replacement_with_quotes_is_escaped_for_the_script():
    from redactor.documents.html import _escape
    assert _escape('a"b\'c`d\\e</f', "js") == 'a\\"b\\\'c\\`d\\\\e<\\/f'


# -- verify: the raw bytes ---------------------------------------------------------

def _masked_copy(tmp_path: Path, original: str, value: str) -> tuple[Path, Path, list[dict]]:
    """The original masked by the real command, and its audit records."""
    src = tmp_path / "in.html"
    src.write_text(original, encoding="utf-8")
    key = tmp_path / "key"
    key.write_bytes(KEY)
    out = tmp_path / "out.html"
    result = CliRunner().invoke(cli, ["mask", str(src), "-o", str(out), "--audit-key-file", str(key),
                                      "--profile", "strict"])
    assert result.exit_code in (0, 1), result.output
    records = [json.loads(l) for l in Path(str(out) + ".audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert value not in out.read_text(encoding="utf-8")
    return src, out, records


@pytest.mark.parametrize("hide", [
    '<p data-{v}="1">x</p>',           # an attribute's name: no reader reads it
    "<?{v}?>",                          # read now, but the bytes are searched anyway
    '<script>var tel = "{v}";</script>',  # verify passed these before scripts were read
    "<style>/* {v} */</style>",
    '<div data-tel="{v}"></div>',
])
def test_verify_finds_a_masked_value_left_where_no_reader_looks(tmp_path, hide):
    original = f'<html><head><meta charset="utf-8"></head><body><p>連絡先 {PHONE}</p></body></html>'
    src, out, records = _masked_copy(tmp_path, original, PHONE)
    html = out.read_text(encoding="utf-8").replace("</body>", hide.format(v=PHONE) + "</body>")
    out.write_text(html, encoding="utf-8")
    report = verify(out, records, original_path=src, key=_key(records))
    assert report.leaks, report.summary()


def test_verify_of_the_untouched_output_finds_nothing(tmp_path):
    original = f'<html><head><meta charset="utf-8"></head><body><p>連絡先 {PHONE}</p></body></html>'
    src, out, records = _masked_copy(tmp_path, original, PHONE)
    report = verify(out, records, original_path=src, key=_key(records))
    assert report.ok, report.summary()


def _key(records):
    from redactor.audit import AuditKey
    return AuditKey(KEY, "file")


def test_raw_count_respects_word_edges_and_encodings():
    assert raw_count("1234", [b'w:rsidR="00A31234" w="1234"'], ["utf-8"]) == 1
    assert raw_count("山田太郎", ["山田太郎".encode("cp932")], ["utf-8", "cp932"]) == 1
    assert raw_count("山", ["山".encode("cp932")], ["cp932"]) == 0        # too short to search bytes


def test_find_values_counts_the_bytes_when_the_view_misses_a_value():
    rec = {"seq": 3, "label": "PHONE", "visible_after": 0}
    assert find_values("", [(rec, PHONE)], [f"<p data-{PHONE}>".encode()])
    assert not find_values("", [(rec, PHONE)], [b"<p>"])


@pytest.mark.parametrize("codec", ["utf-8", "cp932"])
def test_verify_by_keyed_hashes_alone_also_searches_the_bytes(tmp_path, codec):
    original = (f'<html><head><meta charset="{"shift_jis" if codec == "cp932" else "utf-8"}"></head>'
                f'<body><p>相手方 山田太郎さん 連絡先 {PHONE}</p></body></html>')
    src = tmp_path / "in.html"
    src.write_bytes(original.encode(codec))
    key = tmp_path / "key"
    key.write_bytes(KEY)
    out = tmp_path / "out.html"
    result = CliRunner().invoke(cli, ["mask", str(src), "-o", str(out), "--audit-key-file", str(key),
                                      "--profile", "strict"])
    assert result.exit_code in (0, 1), result.output
    records = [json.loads(l) for l in Path(str(out) + ".audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert verify(out, records, key=_key(records)).ok                     # untouched: clean
    page = out.read_bytes().decode(codec).replace("</body>", '<p data-山田太郎="1">x</p></body>')
    out.write_bytes(page.encode(codec))
    report = verify(out, records, key=_key(records))
    assert report.leaks, report.summary()
