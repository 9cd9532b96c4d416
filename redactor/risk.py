"""Re-identification (mosaic) check. Interface only so far: the risk
helper replaces this module with the real assessment (issue 4).

``assess_risk(text, findings, policy)`` returns the findings (quasi-
identifiers in a high-risk group raised to REVIEW) and the risk subjects.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redactor.finding import Finding


@dataclass
class RiskAssessment:
    findings: list[Finding]
    subjects: list[Any] = field(default_factory=list)


def assess_risk(text: str, findings: list[Finding], policy) -> RiskAssessment:
    return RiskAssessment(findings=list(findings), subjects=[])
