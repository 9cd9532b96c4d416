"""The review page end to end in a real headless browser (Debian's chromium
driven by Playwright): open the report, flip a finding, select a missed
stretch, accept a generalisation, export decisions.json, apply it, and
check the masked text and the audit log.

Skipped (with the reason) when Playwright or chromium is not installed, so
a fresh clone's tests pass; CI installs both (see .ci/run). Playwright's
own browser download is never used: the system chromium is launched
directly. Set REDACTOR_SCREENSHOT=1 to rewrite docs/review-screenshot.png
from the bundled example.
"""
import json
import os
import shutil
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.audit import AuditKey, dumps, sha256_text, verify_chain
from redactor.cli.main import cli
from redactor.decisions import apply_decisions, load_decisions, redact_with_decisions
from redactor.pipeline import Redactor

try:
    from playwright import sync_api
except ImportError:
    pytest.skip("playwright が未インストール（pip install playwright）", allow_module_level=True)
CHROMIUM = os.environ.get("REDACTOR_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    pytest.skip("chromium が見つからない（apt-get install chromium）", allow_module_level=True)

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parent.parent

# Invented minutes: an official the reviewer decides to mask anyway, a
# private person and a phone the tool masks, a word the tool cannot know
# is identifying (別紙の屋号), and a neighbour described by age, place and date.
TEXT = ("田中一郎議長が開会を宣言した。\n"
        "申立人の佐々木花子さんの電話番号は090-1234-5678である。\n"
        "申立人は商店「みどり屋」を営んでいる。\n"
        "\n"
        "相談者は東町三丁目に住む72歳の女性で、令和5年2月14日に自宅前で転倒し救急搬送された。長女と二人暮らしである。\n")
MISSED = "みどり屋"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Exception as exc:  # a broken install is a skip, not a failure of the page
            pytest.skip(f"chromium を起動できない: {exc}")
        yield b
        b.close()


def write_report(tmp_path, text, name="minutes.txt"):
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / (Path(name).stem + ".review.html")
    result = CliRunner().invoke(cli, ["review", str(src), "-o", str(out), "--force"])
    assert result.exit_code in (0, 1), result.output
    return src, out


def open_page(browser, report, downloads=False, viewport=(1440, 900)):
    context = browser.new_context(accept_downloads=downloads,
                                  viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    problems, requests = [], []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.as_uri())
    page.wait_for_selector("html[data-ready]")
    page.problems, page.requests = problems, requests
    return page


def mark(page, text):
    return page.locator("#text mark.f", has_text=text).first


def drag_select(page, word):
    """Select ``word`` in the document with the mouse, as a reviewer would."""
    box = page.evaluate("""(word) => {
        for (const seg of document.querySelectorAll('#text .seg')) {
            const i = seg.textContent.indexOf(word);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(seg.firstChild, i); r.setEnd(seg.firstChild, i + 1);
            const a = r.getBoundingClientRect();
            r.setStart(seg.firstChild, i + word.length - 1); r.setEnd(seg.firstChild, i + word.length);
            const b = r.getBoundingClientRect();
            return {x0: a.left + 1, x1: b.right - 1, y: (a.top + a.bottom) / 2};
        }
        return null;
    }""", word)
    assert box, word
    page.mouse.move(box["x0"], box["y"])
    page.mouse.down()
    page.mouse.move((box["x0"] + box["x1"]) / 2, box["y"], steps=3)
    page.mouse.move(box["x1"], box["y"], steps=3)
    page.mouse.up()


@pytest.fixture(scope="module")
def exported(browser, tmp_path_factory):
    """Drive the page once: flip, select, accept, export. Returns (source, decisions path, page state)."""
    tmp = tmp_path_factory.mktemp("review")
    src, report = write_report(tmp, TEXT)
    page = open_page(browser, report, downloads=True)
    seen = {}

    # flip the chair's name (KEEP by the tool) to MASK with the mouse
    chair = mark(page, "田中一郎")
    assert chair.get_attribute("data-action") == "KEEP"
    chair.click()
    assert "田中一郎" in page.locator("#detail-body .detail-text").inner_text()
    page.click('#detail-body button[data-do="MASK"]')
    seen["chair"] = (chair.get_attribute("data-action"), chair.get_attribute("data-badge"))

    # mark a missed stretch: select it, then the floating button
    drag_select(page, MISSED)
    page.wait_for_selector("#float-add:not([hidden])")
    page.click("#float-add")
    seen["manual_text"] = page.locator("#text .seg.manual").all_inner_texts()
    seen["manual_list"] = page.locator("#manual-list li").count()

    # accept the suggested generalisation of the neighbour
    card = page.locator(".risk-card.level-high").first
    card.locator('button[data-gen="accept"]').click()
    seen["age_badge"] = mark(page, "72歳").get_attribute("data-badge")

    # exporting without a reviewer is refused with a message, no download
    page.click("#export")
    seen["no_reviewer"] = page.locator("#export-status").inner_text()
    page.fill("#reviewer", "総務課 試験太郎")
    with page.expect_download() as dl:
        page.click("#export")
    download = dl.value
    assert download.suggested_filename == "decisions.json"
    path = tmp / "decisions.json"
    download.save_as(path)
    seen["status"] = page.locator("#export-status").inner_text()
    seen["problems"], seen["requests"] = page.problems, page.requests
    page.context.close()
    return src, path, seen


def test_the_page_shows_each_action_as_the_reviewer_changes_it(exported):
    _, _, seen = exported
    assert seen["chair"] == ("MASK", "✔非公開")
    assert "".join(seen["manual_text"]) == MISSED and seen["manual_list"] == 1
    assert seen["age_badge"] == "一般化→70代"
    assert "確認者" in seen["no_reviewer"]
    assert "書き出しました" in seen["status"]


def test_the_page_makes_no_request_and_raises_no_error(exported):
    _, _, seen = exported
    assert seen["problems"] == []
    assert all(u.startswith(("file:", "blob:", "data:")) for u in seen["requests"]), seen["requests"]


def test_the_exported_file_names_the_document_and_each_decision(exported):
    src, path, _ = exported
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "redactor-decisions" and data["version"] == 1
    assert data["document"]["sha256"] == sha256_text(TEXT) and data["document"]["name"] == "minutes.txt"
    assert data["reviewer"] == "総務課 試験太郎" and data["time"].endswith("Z")
    human = [f for f in data["findings"] if f["by"] == "human"]
    assert [(f["label"], f["tool_action"], f["decision"]) for f in human] == [("PERSON", "KEEP", "MASK")]
    assert TEXT[human[0]["start"]:human[0]["end"]] == "田中一郎"
    assert all(f["decision"] == f["tool_action"] for f in data["findings"] if f["by"] == "tool")
    (m,) = data["manual"]
    assert TEXT[m["start"]:m["end"]] == MISSED and m["text_sha256"] == sha256_text(MISSED)
    (g,) = data["generalisations"]
    assert g["decision"] == "accept" and g["id"].startswith("risk:")
    assert MISSED not in path.read_text(encoding="utf-8")  # offsets and hashes, never the text
    load_decisions(path)  # valid by the library's own rules


def test_applying_the_export_masks_and_audits_the_human_decisions(exported):
    src, path, _ = exported
    redactor = Redactor(profile="default", audit_key=AuditKey(b"k", "file"))
    findings = apply_decisions(redactor.check(TEXT), load_decisions(path), TEXT)
    assert {f.text for f in findings if f.attributes.get("decided_by") == "human"} >= {"田中一郎", MISSED, "72歳"}
    out = redact_with_decisions(redactor, TEXT, path, source=str(src))
    for hidden in ("田中一郎", "佐々木花子", "090-1234-5678", MISSED, "72歳", "三丁目"):
        assert hidden not in out.text
    assert "70代" in out.text and "東町" in out.text
    lines = dumps(out.audit).splitlines()
    assert verify_chain(lines, redactor.audit_key).ok
    human = [r for r in out.audit if r.get("decided_by") == "human" and r["type"] == "finding"]
    assert {r["reviewer"] for r in human} == {"総務課 試験太郎"}
    assert any(r["tool_action"] == "KEEP" and r["action"] == "MASK" for r in human)
    assert any(r["label"] == "MANUAL" for r in human)
    assert any(r["type"] == "decision" and r["decision"] == "accept" for r in out.audit)


def test_mask_command_applies_the_export(exported, tmp_path):
    from redactor.cli.mask import mask
    if not any("--decisions" in getattr(p, "opts", []) for p in mask.params):
        pytest.skip("redactor mask --decisions はまだ組み込まれていない")
    src, path, _ = exported
    out = tmp_path / "public.txt"
    result = CliRunner().invoke(cli, ["mask", str(src), "--decisions", str(path), "-o", str(out)])
    assert result.exit_code in (0, 1), result.output
    public = out.read_text(encoding="utf-8")
    assert "田中一郎" not in public and MISSED not in public and "70代" in public
    audit = [json.loads(l) for l in (tmp_path / "public.txt.audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(r.get("decided_by") == "human" for r in audit)
    edited = tmp_path / "edited.txt"
    edited.write_text(TEXT.replace("開会", "閉会"), encoding="utf-8")
    refused = CliRunner().invoke(cli, ["mask", str(edited), "--decisions", str(path), "-o", str(tmp_path / "x.txt")])
    assert refused.exit_code == 2 and not (tmp_path / "x.txt").exists()


def test_keyboard_alone_reaches_and_decides_findings(browser, tmp_path):
    _, report = write_report(tmp_path, TEXT)
    page = open_page(browser, report)
    page.locator("#text").click(position={"x": 2, "y": 2})
    page.keyboard.press("n")
    first = page.evaluate("document.activeElement.dataset.id")
    assert first and first.startswith("PERSON:0-")
    page.keyboard.press("m")
    assert mark(page, "田中一郎").get_attribute("data-badge") == "✔非公開"
    page.keyboard.press("u")
    assert mark(page, "田中一郎").get_attribute("data-badge") == "公開"
    page.keyboard.press("r")  # next 要確認
    assert page.evaluate("document.activeElement.getAttribute('data-action')") == "REVIEW"
    page.keyboard.press(" ")  # toggles: REVIEW -> MASK
    assert page.evaluate("document.activeElement.getAttribute('data-badge')") == "✔非公開"
    page.keyboard.press("Tab")  # marks are in the tab order
    assert page.evaluate("document.activeElement.tagName") == "MARK"
    assert page.problems == []


def test_filters_hide_list_items_and_dim_marks(browser, tmp_path):
    _, report = write_report(tmp_path, TEXT)
    page = open_page(browser, report)
    page.uncheck("#fa-KEEP")
    assert "dim" in mark(page, "田中一郎").get_attribute("class")
    assert page.locator('#finding-list .item[data-id^="PERSON:0-"]').count() == 0
    page.check("#fa-KEEP")
    assert "dim" not in mark(page, "田中一郎").get_attribute("class")


def test_the_page_hashes_text_as_python_does(browser, tmp_path):
    _, report = write_report(tmp_path, TEXT)
    page = open_page(browser, report)
    for s in ["", "別紙", "𠮷田", "a" * 200, "改行\r\nあり"]:
        assert page.evaluate("(s) => window.redactorSha256(s)", s) == sha256_text(s)


def test_work_survives_a_reload(browser, tmp_path):
    _, report = write_report(tmp_path, TEXT)
    page = open_page(browser, report)
    mark(page, "田中一郎").click()
    page.keyboard.press("m")
    page.reload()
    page.wait_for_selector("html[data-ready]")
    assert mark(page, "田中一郎").get_attribute("data-badge") == "✔非公開"
    assert "復元" in page.locator("#export-status").inner_text()


def test_an_exported_file_continues_the_review_in_a_fresh_browser(exported, browser, tmp_path):
    _, path, _ = exported
    _, report = write_report(tmp_path, TEXT)  # the same document, reported again elsewhere
    page = open_page(browser, report)          # a new browser context: nothing stored locally
    assert mark(page, "田中一郎").get_attribute("data-action") == "KEEP"
    page.set_input_files("#load", str(path))
    page.locator("#export-status", has_text="読み込みました").wait_for()  # (no eval: the page's CSP forbids it)
    assert mark(page, "田中一郎").get_attribute("data-badge") == "✔非公開"
    assert "".join(page.locator("#text .seg.manual").all_inner_texts()) == MISSED
    assert mark(page, "72歳").get_attribute("data-badge") == "一般化→70代"
    assert page.input_value("#reviewer") == "総務課 試験太郎"
    assert page.problems == []


def test_a_file_for_another_document_is_refused(exported, browser, tmp_path):
    _, path, _ = exported
    other = json.loads(path.read_text(encoding="utf-8"))
    other["document"]["sha256"] = sha256_text(TEXT + "追記")  # the text changed since the export
    wrong = tmp_path / "decisions.json"
    wrong.write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    _, report = write_report(tmp_path, TEXT)
    page = open_page(browser, report)
    page.set_input_files("#load", str(wrong))
    page.locator("#export-status", has_text="読み込めません").wait_for()
    assert "別の文書" in page.locator("#export-status").inner_text()
    assert mark(page, "田中一郎").get_attribute("data-action") == "KEEP"  # nothing was applied
    assert page.locator("#text .seg.manual").count() == 0


def test_print_shows_the_document_without_controls(browser, tmp_path):
    _, report = write_report(tmp_path, TEXT)
    page = open_page(browser, report)
    page.emulate_media(media="print")
    assert page.locator(".notice").is_visible()
    assert not page.locator("#export").is_visible()
    assert mark(page, "佐々木花子").is_visible()


def test_screenshot_of_the_bundled_example(browser, tmp_path):
    text = resources.files("redactor.examples").joinpath("minutes.txt").read_text(encoding="utf-8")
    _, report = write_report(tmp_path, text)
    page = open_page(browser, report, viewport=(1440, 900))
    # a review in progress: a requester's surname the tool took for an
    # official (it follows a chair's line), flipped; a missed stretch added
    keep = page.locator('#text mark.f[data-label="PERSON"][data-action="KEEP"]')
    target = keep.filter(has_text="小野寺")
    fid = (target if target.count() else keep).last.get_attribute("data-id")
    page.locator(f'#text mark.f[data-id="{fid}"]').click()
    page.keyboard.press("m")
    if "通学路" in text:
        drag_select(page, "通学路")
        page.keyboard.press("a")
    page.locator(f'#text mark.f[data-id="{fid}"]').click()
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000 and page.problems == []
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow
    if os.environ.get("REDACTOR_SCREENSHOT"):
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(shot, ROOT / "docs" / "review-screenshot.png")
