"""The public entry point: ``Redactor`` runs detect -> policy -> risk -> mask.

A ``Redactor`` is built once and reused: the Sudachi dictionary and the
recognizers load once per process (``Detector`` is cached per recognizer
set), so checking hundreds of files costs one start-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from redactor import __version__
from redactor.analyzer import Detector
from redactor.audit import AuditKey, build_records, make_header, sha256_text
from redactor.deny_list import DenyListRecognizer
from redactor.finding import KEEP, MASK, REVIEW, Finding
from redactor.masking import Replacement, apply_masks, resolve_overlaps
from redactor.policy import Policy, load_policy
from redactor.risk import assess_risk


@dataclass
class Result:
    """What ``check`` and ``redact`` return.

    ``text`` is the masked text (``None`` for ``check``); ``findings`` are
    the decided findings, non-overlapping, in text order; ``audit`` the
    audit records (header first), hash-chained.
    """

    original: str
    findings: list[Finding]
    text: str | None = None
    replacements: list[Replacement] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    risk: list[Any] = field(default_factory=list)

    @property
    def needs_attention(self) -> bool:
        """True when something must be masked or reviewed (exit code 1)."""
        return any(f.action in (MASK, REVIEW) for f in self.findings) or any(
            getattr(s, "level", "") == "high" for s in self.risk)

    def count(self, action: str) -> int:
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
        if style:
            self.policy.style = style
        self.detector = shared_detector()
        self._extra = [DenyListRecognizer(self.policy.deny)] if self.policy.deny else []
        self.audit_key = audit_key or AuditKey.load()
        self.include_text_in_audit = include_text_in_audit

    def check(self, text: str) -> Result:
        """Findings with actions and reasons; the text is not changed."""
        found = self.detector.detect(text, self._extra)
        decided = resolve_overlaps(self.policy.apply(found))
        assessment = assess_risk(text, decided, self.policy)
        return Result(original=text, findings=assessment.findings, risk=assessment.subjects)

    def redact(self, text: str, *, source: str | None = None) -> Result:
        """Masked text, findings and the audit records."""
        result = self.check(text)
        masked, replacements = apply_masks(text, result.findings, self.policy.style,
                                           self.policy.review_output)
        result.text = masked
        result.replacements = replacements
        result.audit = self.audit_records(result, source=source)
        return result

    def audit_records(self, result: Result, source: str | None = None) -> list[dict[str, Any]]:
        header = make_header(
            tool_version=__version__, policy_name=self.policy.name,
            policy_sha256=self.policy.sha256, input_sha256=sha256_text(result.original),
            output_sha256=sha256_text(result.text) if result.text is not None else None,
            key_source=self.audit_key.source, source=source,
            extra={"style": self.policy.style, "review_output": self.policy.review_output},
        )
        replaced = {(r.start, r.end): r.text for r in result.replacements}
        records = []
        for f in result.findings:
            rec: dict[str, Any] = {
                "type": "finding", "start": f.start, "end": f.end, "label": f.label,
                "action": f.action, "reason": f.reason, "recognizer": f.recognizer,
                "score": f.score, "replacement": replaced.get((f.start, f.end)),
                "text_hmac": self.audit_key.digest(f.text),
            }
            if f.attributes:
                rec["attributes"] = {k: v for k, v in f.attributes.items() if isinstance(v, (str, int, float, bool))}
            if self.include_text_in_audit:
                rec["text"] = f.text
            records.append(rec)
        for subject in result.risk:
            records.append({"type": "risk", **(subject.to_audit() if hasattr(subject, "to_audit") else dict(subject))})
        return build_records(header, records)
