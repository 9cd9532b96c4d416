"""The report ``redactor check --format json`` prints for one document, as a
library function: a pipeline gets the same JSON the command prints, and the
command only formats it and maps errors to exit codes."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from redactor.audit import Scrubber
from redactor.process import count_pages, unreadable_message
from redactor.finding import KEEP, MASK, REVIEW, Finding

if TYPE_CHECKING:
    from redactor.documents.base import Extracted
    from redactor.pipeline import Result
    from redactor.risk import RiskSubject


class LineIndex:
    """1-based line and column of an offset, by bisection over line starts
    computed once (counting newlines per finding is quadratic on long files)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


@dataclass
class CheckedDocument:
    """A document as ``check`` reads it: plain text keeps the foundation's
    reader (encoding shown, line:column); other formats keep their
    ``Extracted`` for locations such as ``page 3, line 12``."""

    name: str
    text: str
    encoding: str | None
    extracted: Extracted | None = None  # for PDF/Word/HTML, None for text
    unreadable: list[str] = field(default_factory=list)

    @property
    def join_lines(self) -> bool:
        """Plain text is read across line breaks inside values (``Extracted.join_lines``)."""
        return self.extracted is None or self.extracted.join_lines


def finding_view(f: Finding, lines: LineIndex, show_text: bool,
                 hidden: Scrubber | None = None) -> dict[str, Any]:
    """One finding as ``check`` reports it. Without ``show_text`` nothing of a
    MASK finding's text is shown: not the text, not the attributes derived
    from it (a PERSON's surname key), and no ``hidden`` value quoted in a
    reason (a surname's reason names the full name written earlier):
    ``hidden`` is the document's ``Scrubber`` (``masked_values``)."""
    from redactor.audit import public_attributes

    line, col = lines(f.start)
    shown = show_text or f.action in (KEEP, REVIEW)
    view: dict[str, Any] = {
        "label": f.label, "action": f.action, "start": f.start, "end": f.end,
        "line": line, "column": col, "reason": f.reason if show_text or hidden is None else hidden(f.reason),
        "recognizer": f.recognizer, "score": f.score,
    }
    attributes = f.attributes if shown else public_attributes(f.attributes)
    if attributes:
        view["attributes"] = attributes
    if shown:
        view["text"] = f.text
    return view


def masked_values(result: Result, show_text: bool) -> Scrubber | None:
    """What withholds the texts ``check`` must not print (those of MASK
    findings) from its reasons: a ``Scrubber``, None with ``--show-text``."""
    return None if show_text else Scrubber(f.text for f in result.findings if f.action == MASK)


def risk_view(subject: RiskSubject, hidden: Scrubber | None) -> dict[str, Any]:
    """A re-identification subject without any MASK value in its strings."""
    from redactor.audit import WITHHELD

    view = subject.to_view()
    if hidden is None or not hidden.values:
        return view
    # the incident word is read out of the text, and may be a piece of a
    # masked value (暴行 of 性的暴行を受けた): a piece is withheld wherever it is quoted
    incident = view.get("incident")
    pieces = [incident] if isinstance(incident, str) and len(incident) >= 2 and any(
        incident in v for v in hidden.values) else []
    for key in ("summary", "incident", "why"):
        if isinstance(view.get(key), str):
            text = hidden(view[key])
            for piece in pieces:
                text = text.replace(piece, WITHHELD)
            view[key] = text
    if isinstance(view.get("suggestion"), list):
        view["suggestion"] = [hidden(str(s)) for s in view["suggestion"]]
    if isinstance(view.get("combination"), list):
        view["combination"] = [{**c, "text": WITHHELD} if c.get("text") in hidden.values else c
                               for c in view["combination"]]
    return view


def check_report(doc: CheckedDocument, result: Result, show_text: bool = False) -> dict[str, Any]:
    """One document's report as ``redactor check --format json`` prints it
    under ``files``: where each finding is, its action and reason, the
    re-identification risk, pages that could not be read. Without
    ``show_text`` nothing of a MASK finding's text is in it."""
    hidden = masked_values(result, show_text)
    if doc.extracted is None:
        lines = LineIndex(doc.text)
        views = [finding_view(f, lines, show_text, hidden) for f in result.findings]
        report: dict[str, Any] = {"path": doc.name, "encoding": doc.encoding, "characters": len(doc.text)}
    else:
        views = [document_finding_view(f, doc.extracted, show_text, hidden) for f in result.findings]
        report = {"path": doc.name, "format": doc.extracted.format, "characters": len(doc.text)}
        pages = count_pages(doc.extracted)
        if pages:
            report["pages"] = pages
    report.update({
        "needs_attention": result.needs_attention,
        "counts": {a: result.count(a) for a in (MASK, REVIEW, KEEP)},
        "findings": views,
    })
    if result.risk:
        report["risk"] = [risk_view(s, hidden) for s in result.risk]
    if doc.unreadable:
        assert doc.extracted is not None  # unreadable parts are named by the Extracted they were read into
        report["unreadable"] = doc.unreadable
        report["error"] = unreadable_message(doc.name, doc.extracted).replace("（出力していません）", "")
    _ocr_notes(report, doc.extracted)
    _name_notes(report, doc.name, result)
    return report


def _name_notes(report: dict[str, Any], name: str, result: Result) -> None:
    """A file named after a value it holds that ``mask`` would replace: the
    note ``mask`` gives, so the officer renames it before publishing."""
    from pathlib import PurePath

    from redactor.file_names import masked_in_name

    labels = masked_in_name((PurePath(name).name,), (f for f in result.findings if f.action in (MASK, REVIEW)))
    if labels:
        report["notes"] = [*report.get("notes", []),
                           f"ファイル名に黒塗りする値（{'、'.join(labels)}）が含まれます。公開前にファイル名を変えてください"]


def document_finding_view(f: Finding, extracted: Extracted, show_text: bool,
                          hidden: Scrubber | None = None) -> dict[str, Any]:
    """A finding in a PDF/Word/HTML document: where it is as people say it."""
    view = finding_view(f, LineIndex(""), show_text, hidden)
    del view["line"], view["column"]
    view["location"] = extracted.locate(f.start)
    return view


def _ocr_notes(report: dict[str, Any], extracted: Extracted | None) -> None:
    """--ocr: the pages read by OCR, each with its note (never reported clean)."""
    from redactor.documents.ocr_pages import ocr_page_count

    n = ocr_page_count(extracted)
    if n and extracted is not None:  # (n is 0 without an Extracted)
        report["ocr_pages"] = n
        report["notes"] = [*report.get("notes", []), *extracted.info.get("notes", [])]
