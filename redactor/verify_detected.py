"""Checking an output somebody else masked: no audit log, only the original.

Officers receive documents masked by another office or a contractor, with
no audit log of ours. ``redactor verify OUT --original IN`` then detects
on the original as ``check`` would (the same recognizers and policy), and
looks for every value it would hide (MASK, and REVIEW: nobody has decided
it may stay) in OUT as a reader sees it, and exactly as written in OUT's
bytes (a .docx's XML parts: comments, properties, an HTML attribute) as
``verify`` does with an audit log. A value also visible in the
original outside every hidden finding (a surname kept for an official) may
appear that often. A PDF output is also read for text that is only
covered by a box drawn over it (``pdf_overlay``): it is a leak whatever
it says.

Nothing here prints a value: each leak names its label, where it was in
the original and how often it was seen.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redactor.documents import DocumentError
from redactor.documents.pdf.overlay import with_covered
from redactor.finding import MASK, REVIEW
from redactor.leak import VisibleCounts, count_occurrences, leak_key
from redactor.process import ProcessError, document_format, unreadable_message
from redactor.errors import RedactorError
from redactor.verify import RAW_ENCODINGS, VerifyError, raw_count, raw_sources


@dataclass(frozen=True)
class DetectedLeak:
    """A value the original's detection hides, still readable in the output."""

    label: str
    action: str                # MASK | REVIEW | COVERED (the output's own covered text)
    where: str                 # in the original ("page 2, line 4") or the output for COVERED
    found: int
    expected: int

    def message(self) -> str:
        if self.action == "COVERED":
            return f"出力の {self.where} の文字は図形で覆われているだけでテキストとして残っています"
        what = "要確認（REVIEW）の値" if self.action == "REVIEW" else "秘匿すべき値"
        return (f"{self.label}（原本の {self.where}、{what}）が出力に {self.found}回 見えます"
                f"（残してよいのは {self.expected}回）")

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "action": self.action, "where": self.where,
                "found": self.found, "expected": self.expected}


@dataclass
class DetectedReport:
    checked: int
    leaks: list[DetectedLeak] = field(default_factory=list)
    method: str = "detected"
    output_matches: bool = True  # no audit log: nothing to compare, never the reason to fail

    @property
    def ok(self) -> bool:
        return not self.leaks

    def summary(self) -> str:
        if self.ok:
            return f"漏えいなし（原本から検出した秘匿対象 {self.checked}件と照合。監査ログなし）"
        return f"漏えいあり: {len(self.leaks)}件 — " + "; ".join(l.message() for l in self.leaks)


def _read(path: Path, password: str | None, encoding: str | None, what: str) -> Any:
    try:
        extracted = document_format(path).read(path, password=password, encoding=encoding)
    except RedactorError as exc:  # unreadable, unsupported, too large: not verified (never a pass)
        raise VerifyError(f"{what}を読めません: {exc}") from exc
    if extracted.unreadable:  # what cannot be read cannot be vouched for
        raise VerifyError(f"{what}: " + unreadable_message(str(path), extracted).split(": ", 1)[1]
                          .replace("（出力していません）", ""))
    return extracted


def verify_detected(output: str | Path, original: str | Path, redactor: Any, *,
                    password: str | None = None, encoding: str | None = None) -> DetectedReport:
    """Detect on ``original`` and look for every hidden value in ``output``."""
    src = _read(Path(original), password, encoding, "原本")
    findings = with_covered(redactor.check(src.text, join_lines=src.join_lines).findings, src)
    hidden = [f for f in findings if f.action in (MASK, REVIEW) and leak_key(f.text)]
    masked = list(src.text)
    for f in hidden:
        masked[f.start:f.end] = ["\0"] * (f.end - f.start)
    visible = VisibleCounts("".join(masked))
    out = _read(Path(output), password, None, "出力")
    raw = raw_sources(Path(output), document_format(Path(output)).name)
    hay = leak_key(out.text)
    leaks: list[DetectedLeak] = []
    counts: dict[str, int] = {}
    for f in hidden:
        key = leak_key(f.text)
        if key in counts:
            continue  # one leak per value, at its first place in the original
        counts[key] = max(count_occurrences(key, hay), raw_count(f.text, raw, RAW_ENCODINGS) if raw else 0)
        expected = visible(key)
        if counts[key] > expected:
            leaks.append(DetectedLeak(f.label, f.action, src.locate(f.start), counts[key], expected))
    for c in out.info.get("covered") or []:
        leaks.append(DetectedLeak("COVERED_TEXT", "COVERED", out.locate(c.start) + f" ({c.box[0]:.0f}, {c.box[1]:.0f})-"
                                  f"({c.box[2]:.0f}, {c.box[3]:.0f})", 1, 0))
    return DetectedReport(len(hidden), leaks)
