"""The value every step passes on: one finding in the original text.

Recognizers create findings (label, offsets, score, recognizer, reason); the
policy fills in ``action`` and appends its own reason; the masker only reads
them. Keeping one plain dataclass between the steps lets each be tested alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any, Final, Literal

# What the policy decides for a finding, written as-is into the audit log and
# the JSON reports. Plain strings (a Literal type, not an enum), so every
# output stays what it was; not to be confused with a file's Status
# (redactor.process: "ok" | "review" | "failed" | "skipped"),
# which says what became of a whole document.
Action = Literal["MASK", "KEEP", "REVIEW"]
MASK: Final = "MASK"
KEEP: Final = "KEEP"
REVIEW: Final = "REVIEW"
ACTIONS: tuple[Action, ...] = (MASK, KEEP, REVIEW)

# Labels of ../shared/spec/labels.md, the contract with evaluation.
PERSONAL_LABELS = (
    "PERSON", "ADDRESS", "PHONE", "EMAIL", "BIRTH_DATE", "AGE", "GOV_ID",
    "ACCOUNT", "CASE_NUMBER", "PLATE", "SENSITIVE",
)
SECURITY_LABELS = ("DATA_CENTER", "NETWORK", "CREDENTIAL", "SECURITY_DETAIL")
QUASI_LABELS = (
    "GENDER", "OCCUPATION", "DATE", "PLACE", "FAMILY", "AFFILIATION",
    "NATIONALITY", "AMOUNT", "INCIDENT",
)
ALL_LABELS = PERSONAL_LABELS + SECURITY_LABELS + QUASI_LABELS


@dataclass(slots=True)
class Finding:
    """One stretch of the original text that a recognizer found.

    ``start``/``end`` are Python string offsets into the *original* text (end
    exclusive), so ``original[start:end] == text`` always holds.
    ``attributes`` carries detector facts the policy may use (a PERSON's
    ``role``: official / private / unclear; a PHONE's ``kind``: office /
    private; a SECURITY_DETAIL's ``category``) without the recognizer
    knowing what the policy will do with them.
    """

    label: str
    start: int
    end: int
    text: str
    score: float
    recognizer: str
    action: Action | None = None  # None until the policy decides
    reason: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def overlaps(self, other: "Finding") -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
