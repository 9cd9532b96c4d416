"""The review page as a file: self-contained, internal notice, every finding
where it stands, offsets the page can turn back into the original's, and
the `redactor review` command. The page's behaviour in a browser is in
test_review_browser.py."""
import json
import os
import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from redactor.audit import sha256_text
from redactor.cli.main import cli
from redactor.decisions import finding_id
from redactor.pipeline import Redactor
from redactor.review import INTERNAL_NOTICE, build_report

TEXT = ("田中一郎議長が開会を宣言した。\n"
        "申立人の佐々木花子さんの電話番号は090-1234-5678である。\n"
        "職員はICカードと指静脈認証でサーバ室に入室し、入退室記録は3年間保存する。\n")
RISKY = "相談者は東町三丁目に住む72歳の女性で、令和5年2月14日に自宅前で転倒し救急搬送された。長女と二人暮らしである。\n"


@pytest.fixture(scope="module")
def redactor():
    return Redactor(profile="default")


def page_for(redactor, text, name="t.txt"):
    return build_report(text, redactor.check(text), name=name, policy=redactor.policy)


class Parsed(HTMLParser):
    """Segments (offset, text), marks (attributes) and the JSON data of a page."""

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.segs, self.marks, self.stack, self.data, self.pagebreaks = [], [], [], "", []
        self.in_data = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "span" and a.get("class", "").split()[:1] == ["seg"] and "data-s" in a:
            self.segs.append([int(a["data-s"]), ""])
            self.stack.append("seg")
        elif tag == "span" and "pagebreak" in a.get("class", ""):
            self.pagebreaks.append(a)
            self.stack.append("other")
        elif tag == "span":
            self.stack.append("other")
        if tag == "mark" and "data-id" in a:
            self.marks.append(a)
        if tag == "script" and a.get("id") == "report-data":
            self.in_data = True

    def handle_endtag(self, tag):
        if tag == "span" and self.stack:
            self.stack.pop()
        if tag == "script":
            self.in_data = False

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "seg":
            self.segs[-1][1] += data
        if self.in_data:
            self.data += data


def test_the_page_is_self_contained(redactor):
    page = page_for(redactor, TEXT)
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", page, re.I)
    assert not re.search(r"<(link|iframe|object|embed|img)\b", page, re.I)
    markup = re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S)
    assert not re.search(r"(?<![-\w])(src|srcset|action|background|formaction)\s*=", markup, re.I)
    assert not re.search(r"@import|url\(|fetch\(|XMLHttpRequest|WebSocket|sendBeacon|import\(|\.src\b", page)
    assert [h for h in re.findall(r'href="([^"]*)"', page)] == ["#doc"]
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert '<html lang="ja">' in page and 'name="robots" content="noindex' in page


def test_the_page_says_it_is_internal(redactor):
    page = page_for(redactor, TEXT)
    assert INTERNAL_NOTICE == "内部資料：個人情報を含むため公開しないこと"
    header = page[page.index("<header"):page.index("</header>")]
    assert INTERNAL_NOTICE in header
    assert f'content: "{INTERNAL_NOTICE}"' in page  # printed on every page too


def test_every_finding_is_marked_with_label_action_and_reason(redactor):
    result = redactor.check(TEXT)
    parsed = Parsed(build_report(TEXT, result, name="t.txt", policy=redactor.policy))
    marks = {m["data-id"]: m for m in parsed.marks}
    assert set(marks) == {finding_id(f) for f in result.findings}
    for f in result.findings:
        m = marks[finding_id(f)]
        assert (m["data-label"], m["data-action"]) == (f.label, f.action)
        assert f.reason in m["title"] and m["tabindex"] == "0"
        assert m["data-badge"] in ("非公開", "公開", "要確認")


def test_security_details_carry_their_category(redactor):
    result = redactor.check(TEXT)
    data = json.loads(Parsed(build_report(TEXT, result, policy=redactor.policy)).data)
    security = [f for f in data["findings"] if f["label"] == "SECURITY_DETAIL"]
    assert security and all(f["category"] in data["names"]["categories"] for f in security)


@pytest.mark.parametrize("text", [
    TEXT,
    TEXT.replace("\n", "\r\n"),                                   # Windows line ends: the parser folds CR LF
    "𠮷田花子さん（申立人）の件。\n\n電話 090-1111-2222\n",        # a character outside the BMP before a finding
    "一頁目　鈴木次郎さん\f二頁目　電話 03-1234-5678\f三頁目\n",        # pages of a PDF
])
def test_segment_offsets_point_into_the_original(redactor, text):
    parsed = Parsed(page_for(redactor, text))
    covered = 0
    for start, seg in parsed.segs:
        assert text[start:start + len(seg)] == seg
        covered += len(seg)
    assert covered == sum(1 for ch in text if ch not in "\r\n\f")
    data = json.loads(parsed.data)
    assert data["text"] == text and data["document"]["sha256"] == sha256_text(text)
    for f in data["findings"]:
        assert f["text_sha256"] == sha256_text(text[f["start"]:f["end"]])


def test_page_breaks_are_numbered(redactor):
    parsed = Parsed(page_for(redactor, "一頁目\f二頁目\f三頁目\n"))
    assert [p["data-page"] for p in parsed.pagebreaks] == ["1", "2", "3"]


@pytest.mark.parametrize("hostile", [
    "</script><script>alert(1)</script>",
    "{{DATA}} {{JS}} <b>太字</b> &amp;",
    "\u2028行区切り\u2029",
])
def test_document_text_cannot_break_out_of_the_page(redactor, hostile):
    text = f"議事録の本文。{hostile}\n"
    page = page_for(redactor, text)
    assert "<script>alert(1)" not in page and "<b>太字</b>" not in page
    assert page.count('<script type="application/json" id="report-data">') == 1
    assert json.loads(Parsed(page).data)["text"] == text


def test_risk_subjects_carry_combination_estimate_and_generalisation(redactor):
    result = redactor.check(RISKY)
    data = json.loads(Parsed(build_report(RISKY, result, policy=redactor.policy)).data)
    (high,) = [s for s in data["risk"] if s["level"] == "high"]
    assert high["id"].startswith("risk:") and high["estimate"] < 10
    assert {c["label"] for c in high["combination"]} >= {"AGE", "PLACE"}
    assert high["suggestion"] and high["settles"] is True
    assert {r["text"] for r in high["replacements"]} >= {"70代"}
    ids = {f["id"] for f in data["findings"]}
    assert set(high["finding_ids"]) <= ids and {r["id"] for r in high["replacements"]} <= ids


def test_labels_have_a_name_and_a_colour(redactor):
    page = page_for(redactor, TEXT)
    data = json.loads(Parsed(page).data)
    for label, entry in data["names"]["labels"].items():
        assert entry["name"] and re.fullmatch(r"#[0-9a-f]{6}", entry["colour"])
        assert f'mark.f[data-label="{label}"]' in page


# -- the command ---------------------------------------------------------------

def run(args):
    return CliRunner().invoke(cli, args)


def test_review_command_writes_a_private_page(tmp_path):
    src = tmp_path / "minutes.txt"
    src.write_text(TEXT, encoding="cp932")
    out = tmp_path / "minutes.review.html"
    result = run(["review", str(src), "-o", str(out)])
    assert result.exit_code == 1, result.output  # findings to mask: exit 1, like check
    page = out.read_text(encoding="utf-8")
    assert "minutes.txt" in page and INTERNAL_NOTICE in page
    assert json.loads(Parsed(page).data)["document"]["sha256"] == sha256_text(TEXT)
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0  # readable by its owner only
    again = run(["review", str(src), "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    assert run(["review", str(src), "-o", str(out), "--force"]).exit_code == 1


def test_review_command_refuses_to_overwrite_its_input(tmp_path):
    src = tmp_path / "minutes.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = run(["review", str(src), "-o", str(src), "--force"])
    assert result.exit_code == 2 and src.read_text(encoding="utf-8") == TEXT


def test_review_command_on_a_clean_text_exits_zero(tmp_path):
    src = tmp_path / "clean.txt"
    src.write_text("本日の会議は午後二時に開会した。\n", encoding="utf-8")
    assert run(["review", str(src), "-o", str(tmp_path / "r.html")]).exit_code == 0
