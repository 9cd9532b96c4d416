"""The review page: one self-contained HTML file for checking a document.

An officer checking minutes before publication would rather look than read
a list: the page shows the document with every finding highlighted where it
stands (a colour per label, and a text badge and border pattern per action,
so colour is never the only signal), the reason on hover or focus, a side
panel of findings grouped by label and action with filters, the
re-identification subjects with their suggested generalisation, and the
security-detail clauses with their category.

The reviewer flips findings, accepts or rejects generalisations and selects
missed stretches; "判断を書き出す" saves ``decisions.json``
(``redactor.decisions``), which ``redactor mask --decisions`` applies.

The file has no external reference at all (no CDN, font, script or image
URL): it must open from a USB stick on an office PC with no network. The
CSS and JavaScript (``redactor/data/review.css``, ``review.js``) are
inlined; the text and findings travel as one JSON block. The page shows
the original text, so it says in its own header that it is an internal
file that must never be published.

A document read by OCR (``--ocr``) also shows each OCR'd page's ORIGINAL
image (a ``data:`` URI: still no external reference) with the findings'
boxes over it; the reviewer draws boxes on it with the mouse, exported as
``regions`` and painted by ``redactor mask --decisions``. This page is the
only output that may hold that image (``ocr_pages.review_pages``).
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from redactor import __version__
from redactor.audit import sha256_text
from redactor.data_files import load_toml
from redactor.decisions import FORMAT, VERSION, finding_id, subject_id
from redactor.finding import Finding
from redactor.risk import generalize, risk_settings

if TYPE_CHECKING:
    from redactor.pipeline import Result
    from redactor.policy import Policy
    from redactor.risk import RiskSubject

INTERNAL_NOTICE = "内部資料：個人情報を含むため公開しないこと"
PAGE_BREAK = "\f"  # text extracted from a PDF separates its pages with form feeds


def _asset(name: str) -> str:
    return resources.files("redactor.data").joinpath(name).read_text(encoding="utf-8")


def _script_json(data: Any) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _scalar_attributes(f: Finding) -> dict[str, Any]:
    return {k: v for k, v in f.attributes.items() if isinstance(v, (str, int, float, bool)) or v is None}


def _segments(text: str, start: int, end: int, pages: list[int] | None = None) -> str:
    """Text of [start, end) as ``seg`` spans that never hold a line break.

    Each span carries its offset (``data-s``, in code points as Python
    counts them), so the page turns a mouse selection back into offsets of
    the original text even where the HTML parser would have folded CR LF.
    """
    out: list[str] = []
    pos = start
    while pos < end:
        ch = text[pos]
        if ch in "\r\n":
            j = pos
            while j < end and text[j] in "\r\n":
                j += 1
            out.append("\n" * text[pos:j].replace("\r\n", "\n").replace("\r", "\n").count("\n"))
            pos = j
            continue
        if ch == PAGE_BREAK:
            page = (pages[0] if pages else 1) + 1
            if pages:
                pages[0] = page
            out.append(f'<span class="pagebreak" role="separator" data-page="{page}" aria-label="{page}ページ"></span>')
            pos += 1
            continue
        j = pos
        while j < end and text[j] not in "\r\n" + PAGE_BREAK:
            j += 1
        out.append(f'<span class="seg" data-s="{pos}">{html.escape(text[pos:j], quote=False)}</span>')
        pos = j
    return "".join(out)


def render_document(text: str, findings: Sequence[Finding], risky: set[str] | None = None) -> str:
    """The document as HTML: plain stretches and one <mark> per finding."""
    names = load_toml("review.toml")
    risky = risky or set()
    pages = [1]
    out: list[str] = []
    if PAGE_BREAK in text:
        out.append('<span class="pagebreak first" role="separator" data-page="1" aria-label="1ページ"></span>')
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:  # findings are resolved upstream; never render a stretch twice
            continue
        out.append(_segments(text, pos, f.start, pages))
        fid = finding_id(f)
        label_name = names["labels"].get(f.label, {}).get("name", f.label)
        action_name = names["actions"].get(f.action or "", {}).get("name", f.action or "")
        title = f"{label_name}・{action_name}: {f.reason}"
        classes = "f" + (" risky" if fid in risky else "")
        out.append(
            f'<mark class="{classes}" id="{html.escape(_dom_id(fid))}" data-id="{html.escape(fid)}" '
            f'data-label="{html.escape(f.label)}" data-action="{html.escape(f.action or "")}" '
            f'data-badge="{html.escape(action_name)}" tabindex="0" title="{html.escape(title)}">'
            f'{_segments(text, f.start, f.end, pages)}</mark>')
        pos = f.end
    out.append(_segments(text, pos, len(text), pages))
    return "".join(out)


def _dom_id(fid: str) -> str:
    return "f-" + fid.replace(":", "-")


def report_data(text: str, findings: Sequence[Finding], risk: Iterable[RiskSubject], *, name: str,
                policy: Policy | None = None, generated: str) -> dict[str, Any]:
    """Everything the page's script needs, as one JSON object.

    A high risk subject carries the replacements its generalisation would
    make (``replacements``) and whether they alone lift k over the
    threshold (``settles``): the page shows what "accept" will do exactly
    as ``redactor.decisions`` will apply it.
    """
    names = load_toml("review.toml")
    _, threshold = risk_settings(policy)
    by_span = {(f.start, f.end): finding_id(f) for f in findings}
    subjects = []
    for s in risk:
        view = s.to_view()
        view["id"] = subject_id(s)
        view["spans"] = [list(x) for x in view.get("spans", [])]
        view["k_after"] = s.k_after
        view["finding_ids"] = [by_span.get(tuple(x)) for x in view["spans"]]
        replacements = generalize(text, list(findings), [s]) if s.level == "high" else []
        view["replacements"] = [{"id": by_span[(a, b)], "text": g} for a, b, g in replacements if (a, b) in by_span]
        view["settles"] = bool(view["k_after"] is not None and view["k_after"] >= threshold)
        subjects.append(view)
    return {
        "format": FORMAT, "version": VERSION, "tool_version": __version__,
        "document": {"name": name, "sha256": sha256_text(text), "length": len(text)},
        "policy": {"name": getattr(policy, "name", "") or "", "sha256": getattr(policy, "sha256", "") or ""},
        "generated": generated,
        "text": text,
        "findings": [{
            "id": finding_id(f), "label": f.label, "start": f.start, "end": f.end,
            "action": f.action, "reason": f.reason, "recognizer": f.recognizer,
            "score": round(float(f.score), 3), "attributes": _scalar_attributes(f),
            "category": f.attributes.get("category"), "text_sha256": sha256_text(f.text),
        } for f in findings],
        "risk": subjects,
        "names": names,
    }


def _label_css(names: dict[str, Any]) -> str:
    return "\n".join(f'mark.f[data-label="{label}"],.chip[data-label="{label}"]{{--c:{v["colour"]}}}'
                     for label, v in names["labels"].items())


def _pages_html(pages: Sequence[dict[str, Any]]) -> str:
    """The OCR'd page images (``ocr_pages.review_pages``), each in a frame
    the script draws the boxes into; empty for a document without any."""
    if not pages:
        return ""
    figures = "".join(
        f'<figure class="page-image"><div class="page-canvas" data-page="{int(p["page"])}">'
        f'<img alt="{int(p["page"])}ページの画像（原本・黒塗り前）" draggable="false" '
        f'src="{html.escape(p["image"])}"></div>'
        f'<figcaption>{int(p["page"])}ページ（OCR で読んだ画像。枠は検出箇所：実線＝非公開、破線＝要確認、細線＝公開）'
        f'</figcaption></figure>' for p in pages)
    return ('<section class="pages" id="pages" aria-labelledby="h-pages"><h2 id="h-pages">OCR で読んだページ</h2>'
            '<p class="hint">OCR は読み誤ります。画像と枠を見比べ、黒塗りが足りない箇所は画像の上をドラッグして囲んで'
            'ください（公開版ではその範囲を塗りつぶします）。</p>' + figures + "</section>")


_REGIONS_HTML = (
    '<section class="box manual" aria-labelledby="h-regions"><h2 id="h-regions">画像に描いた黒塗り</h2>'
    '<p class="hint">OCR で読んだページの画像の上をドラッグして囲むと追加します。</p>'
    '<p id="region-status" class="status" role="status" aria-live="polite"></p>'
    '<ul id="region-list" class="items"></ul></section>')


def build_report(text: str, result: Result, *, name: str = "文書", policy: Policy | None = None,
                 generated: str | None = None, pages: Sequence[dict[str, Any]] = ()) -> str:
    """The review page for ``text`` and its ``Result`` (from ``Redactor.check``);
    ``pages``: the OCR'd pages (``ocr_pages.review_pages``) to show as images."""
    names = load_toml("review.toml")
    generated = generated or _dt.datetime.now().astimezone().isoformat(timespec="seconds")
    findings = list(result.findings)
    risk = list(result.risk)
    risky = {finding_id(f) for s in risk if s.level == "high" for f in findings
             if (f.start, f.end) in {tuple(x) for x in s.spans}}
    data = report_data(text, findings, risk, name=name, policy=policy, generated=generated)
    data["pages"] = [{k: v for k, v in p.items() if k != "image"} for p in pages]  # the image once, in the markup
    counts = {a: sum(f.action == a for f in findings) for a in ("MASK", "REVIEW", "KEEP")}
    template = _asset("review.html")
    filled = {
        "TITLE": html.escape(f"公開前確認：{name}"),
        "NOTICE": html.escape(INTERNAL_NOTICE),
        "NAME": html.escape(name),
        "GENERATED": html.escape(generated),
        "POLICY": html.escape(data["policy"]["name"] or "—"),
        "SHA": html.escape(data["document"]["sha256"]),
        "SHA_SHORT": html.escape(data["document"]["sha256"][:12]),
        "COUNT_MASK": str(counts["MASK"]),
        "COUNT_REVIEW": str(counts["REVIEW"]),
        "COUNT_KEEP": str(counts["KEEP"]),
        "VERSION": html.escape(__version__),
        "CSS": _asset("review.css") + "\n" + _label_css(names),
        "DOCUMENT": render_document(text, findings, risky),
        "PAGES": _pages_html(pages),
        "REGIONS": _REGIONS_HTML if pages else "",
        "DATA": _script_json(data),
        "JS": _asset("review.js").replace("</", "<\\/"),
    }
    # One pass over the template only: the document may itself contain "{{DATA}}".
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: filled[m.group(1)], template)
