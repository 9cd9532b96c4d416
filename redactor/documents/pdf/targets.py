"""The masked values ("targets") as the PDF scrubber and the leak scan
look for them in strings that are not page text.

Matching is on NFKC text with the project's character folds and without
whitespace (``redactor.leak.leak_key``), so ``０９０－１２３４`` matches
``090-1234`` and a name broken across two lines still matches. Kept apart
from both users because both need the same notion of "holds a target":
what the scrubber masks is exactly what the leak scan would report.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from redactor.normalize import normalize
from redactor.leak import leak_key

# Where the replaced parts of a text go when a string entry is masked.
MASK = "■"


@dataclass(frozen=True)
class Targets:
    """The masked values, ready for comparison. Messages name a target by
    its 1-based number, never by its value (messages go to logs)."""

    keys: tuple[str, ...]

    @classmethod
    def of(cls, targets: Iterable[str]) -> "Targets":
        return cls(tuple(leak_key(t) for t in targets))

    def found_in(self, text: str) -> list[int]:
        """Numbers (1-based) of the targets that occur in ``text``."""
        if not text:
            return []
        key = leak_key(text)
        return [i for i, k in enumerate(self.keys, start=1) if k and k in key]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Ranges of ``text`` (original offsets) covered by a target, merged."""
        norm = normalize(text)
        chars: list[str] = []
        where: list[int] = []
        for i, ch in enumerate(norm.text):
            if not ch.isspace():
                chars.append(ch)
                where.append(i)
        flat = "".join(chars)
        hits: list[tuple[int, int]] = []
        for key in self.keys:
            if not key:
                continue
            at = flat.find(key)
            while at >= 0:
                start, _ = norm.to_original(where[at], where[at] + 1)
                _, end = norm.to_original(where[at + len(key) - 1], where[at + len(key) - 1] + 1)
                hits.append((start, end))
                at = flat.find(key, at + 1)
        merged: list[tuple[int, int]] = []
        for s, e in sorted(hits):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def mask(self, text: str, mask: str = MASK) -> str:
        """``text`` with every target occurrence replaced by ``mask``."""
        out, pos = [], 0
        for s, e in self.spans(text):
            out += [text[pos:s], mask]
            pos = e
        return "".join(out) + text[pos:]
