"""The public entry point: ``Redactor`` runs detect -> policy -> risk -> mask.

A ``Redactor`` is built once and reused: the Sudachi dictionary and the
recognizers load once per process (``Detector`` is cached per recognizer
set), so checking hundreds of files costs one start-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from redactor import __version__
from redactor.analyzer import Detector
from redactor.audit import AuditKey, Scrubber, audit_attributes, build_records, make_header, sha256_text
from redactor.deny_list import DenyListRecognizer
from redactor.gc_pause import collector_paused
from redactor.generalize_recheck import close as close_generalisation
from redactor.finding import KEEP, MASK, REVIEW, Action, Finding
from redactor.masking import Replacement, apply_masks, resolve_overlaps
from redactor.policy import Policy, load_policy
from redactor.risk import RiskSubject, risk_settings
from redactor.risk import assess_risk
from redactor.risk import generalize as risk_generalize
from redactor.leak import VisibleCounts, is_hidden, leak_fields


@dataclass
class Result:
    """What ``check`` and ``redact`` return.

    ``text`` is the masked text (``None`` for ``check``); ``findings`` are
    the decided findings, non-overlapping, in text order; ``audit`` the
    audit records (header first, chained with the audit key, a closing record last).
    """

    original: str
    findings: list[Finding]
    text: str | None = None
    replacements: list[Replacement] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    risk: list[RiskSubject] = field(default_factory=list)  # re-identification subjects, high risk first
    # what a person must know that no finding says: a reviewer's decision
    # (--decisions) that matched no finding and so was not applied
    warnings: list[str] = field(default_factory=list)
    # high subjects the masked output still holds when read again after a
    # reviewer's decisions (values a person chose to keep): not safe to publish
    residual_high: int = 0

    @property
    def needs_attention(self) -> bool:
        """True when something must be masked or reviewed (exit code 1)."""
        return any(f.action in (MASK, REVIEW) for f in self.findings) or any(
            s.level == "high" for s in self.risk) or self.residual_high > 0

    @property
    def decision_warnings(self) -> list[str]:
        """The old name of ``warnings`` (code written before it keeps working)."""
        return self.warnings

    def count(self, action: Action) -> int:
        return sum(f.action == action for f in self.findings)


@lru_cache(maxsize=1)
def shared_detector() -> Detector:
    """One detector per process: Sudachi and the recognizers load once."""
    return Detector()


class Redactor:
    """Find, decide and mask personal information in Japanese text.

    >>> r = Redactor(profile="default")   # or "strict", or a policy file path
    >>> result = r.redact("相手方 山田太郎（電話 090-1234-5678）")
    """

    def __init__(self, profile: str | Path = "default", *, policy: Policy | None = None,
                 style: str | None = None, audit_key: AuditKey | None = None,
                 include_text_in_audit: bool = False) -> None:
        self.policy = policy or load_policy(profile)
        if style and style != self.policy.style:
            # a copy: the caller's policy (shared by other Redactors, a batch) keeps its style
            self.policy = replace(self.policy, style=style)
        self.detector = shared_detector()
        self._extra = [DenyListRecognizer(self.policy.deny)] if self.policy.deny else []
        self.audit_key = audit_key or AuditKey.load()
        self.include_text_in_audit = include_text_in_audit

    def check(self, text: str, *, join_lines: bool = True, known: Sequence[Finding] = ()) -> Result:
        """Findings with actions and reasons; the text is not changed.

        ``join_lines``: ``text`` is plain text, where a hard line break may
        fall inside a value (080-1234-⏎5678) and is read across (see
        ``line_joins``); False for the text of a Word, HTML or PDF document.
        ``known``: findings already decided outside the text (a PDF's text
        only covered by a box, ``pdf_overlay``), weighed with the others.
        """
        with collector_paused():
            return self._check(text, join_lines, known)

    def _check(self, text: str, join_lines: bool = True, known: Sequence[Finding] = ()) -> Result:
        found = self.detector.detect(text, self._extra, join_lines=join_lines)
        decided = resolve_overlaps(self.policy.apply(found) + list(known))
        assessment = assess_risk(text, decided, self.policy)
        return Result(original=text, findings=assessment.findings, risk=assessment.subjects)

    def redact(self, text: str, *, source: str | None = None, generalize: bool = False,
               join_lines: bool = True, known: Sequence[Finding] = ()) -> Result:
        """Masked text, findings and the audit records.

        With ``generalize``, each high re-identification subject gets its
        suggested generalisation (72歳 -> 70代, 令和5年2月14日 -> 令和5年2月)
        instead of having its quasi-identifiers masked, when that lifts the
        estimate over the threshold; the rest of the subject stays visible.
        ``join_lines`` as for ``check``.
        """
        with collector_paused():
            result = self._check(text, join_lines, known)
            overrides: dict[tuple[int, int], str] = {}
            if generalize:
                overrides = self._generalize(result)
                # the output read again must hold no high subject: escalate what still reads high
                result.findings, overrides, _ = self.close_output(text, result.findings, overrides, join_lines)
            masked, replacements = apply_masks(text, result.findings, self.policy.style,
                                               self.policy.review_output, overrides)
            result.text = masked
            result.replacements = replacements
            result.audit = self.audit_records(result, source=source)
            return result

    def close_output(self, text: str, findings: list[Finding], overrides: dict[tuple[int, int], str],
                     join_lines: bool = True, frozen=None) -> tuple[list[Finding], dict[tuple[int, int], str], int]:
        """Findings and overrides whose masked output, read again, holds no
        high subject (``generalize_recheck.close`` with this policy's style
        and checks), and how many high subjects are left (only through
        ``frozen`` stretches, values a person decided to keep)."""
        _, threshold = risk_settings(self.policy)
        return close_generalisation(
            text, findings, overrides,
            lambda fs, ov: apply_masks(text, fs, self.policy.style, self.policy.review_output, ov),
            lambda out: self._check(out, join_lines).risk, threshold, frozen=frozen)

    def _generalize(self, result: Result) -> dict[tuple[int, int], str]:
        _, threshold = risk_settings(self.policy)
        replacements = {(s, e): t for s, e, t in risk_generalize(result.original, result.findings, result.risk)}
        settled: set[tuple[int, int, str]] = set()
        unsettled: set[tuple[int, int, str]] = set()
        for subject in result.risk:
            if subject.level == "high" and subject.k_after is not None and subject.k_after >= threshold:
                settled.update((f.start, f.end, f.label) for f in subject.findings)
            elif subject.level == "high":
                unsettled.update((f.start, f.end, f.label) for f in subject.findings)
        # a value of two subjects, one of which no generalisation lifts, stays under review
        settled -= unsettled
        findings = []
        for f in result.findings:
            if (f.start, f.end, f.label) in settled:
                if (f.start, f.end) in replacements:
                    f = replace(f, action=MASK, reason=f"{f.reason} → 一般化して公開（{replacements[(f.start, f.end)]}）")
                else:
                    f = replace(f, action=KEEP, reason=f"{f.reason} → 他の属性の一般化で k が閾値以上になるため公開")
            findings.append(f)
        result.findings = findings
        for subject in result.risk:
            if subject.level == "high" and subject.k_after is not None and subject.k_after >= threshold:
                subject.level = "generalised"
        return {span: t for span, t in replacements.items()
                if any((f.start, f.end) == span and f.action == MASK for f in findings)}

    def audit_records(self, result: Result, source: str | None = None) -> list[dict[str, Any]]:
        header = make_header(
            tool_version=__version__, policy_name=self.policy.name,
            policy_sha256=self.policy.sha256, input_sha256=sha256_text(result.original),
            output_sha256=sha256_text(result.text) if result.text is not None else None,
            key_source=self.audit_key.source, source=source,
            extra={"style": self.policy.style, "review_output": self.policy.review_output},
        )
        replaced = {(r.start, r.end): r.text for r in result.replacements}
        visible = VisibleCounts(result.text) if result.text is not None else None
        records = []
        hidden: list[str] = []  # the texts of hidden findings, for the scrubber below
        for f in result.findings:
            rec: dict[str, Any] = {
                "type": "finding", "start": f.start, "end": f.end, "label": f.label,
                "action": f.action, "reason": f.reason, "recognizer": f.recognizer,
                "score": f.score, "replacement": replaced.get((f.start, f.end)),
                "text_hmac": self.audit_key.digest(f.text),
            }
            if is_hidden(rec):  # what verify looks for in the output
                rec.update(leak_fields(self.audit_key, f.text, visible))
                hidden.append(f.text)
            if f.attributes:
                rec["attributes"] = audit_attributes(f.attributes, self.audit_key)
            if self.include_text_in_audit:
                rec["text"] = f.text
            records.append(rec)
        # reasons quote what they saw (a name written earlier, a clause's words):
        # no hidden value may reach the log through them
        scrub = Scrubber(() if self.include_text_in_audit else hidden)
        for rec in records:
            rec["reason"] = scrub(rec["reason"])
        for subject in result.risk:
            rec = subject.to_audit()
            rec = {**rec, "type": "risk"}
            if isinstance(rec.get("generalised"), list):  # 「72歳」→「70代」 quotes the value
                rec["generalised"] = [scrub(str(step)) for step in rec["generalised"]]
            records.append(rec)
        return build_records(header, records, self.audit_key)
