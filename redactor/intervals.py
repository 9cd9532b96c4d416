"""Which characters of a document are already taken, with fast overlap tests.

Overlap resolution and "is this stretch already found?" checks run once per
finding. Kept as a sorted list, each insertion shifts the list, which is
quadratic: a 10 MB document has a few hundred thousand findings. A byte per
character of the document instead makes both the test and the insertion
cost the length of the span, done in C (``bytearray.find``).
"""
from __future__ import annotations


class IntervalSet:
    """Characters covered by the [start, end) intervals added so far."""

    def __init__(self) -> None:
        self._taken = bytearray()
        self._count = 0

    def overlaps(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        if end > len(self._taken):
            self._taken.extend(bytes(end - len(self._taken)))
        self._taken[start:end] = b"\x01" * (end - start)
        self._count += 1

    def free_parts(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of [start, end) that no interval covers yet."""
        out: list[tuple[int, int]] = []
        pos = start
        while pos < end:
            taken = self._taken.find(1, pos, end) if pos < len(self._taken) else -1
            stop = end if taken == -1 else taken
            if stop > pos:
                out.append((pos, stop))
            if taken == -1:
                break
            free = self._taken.find(0, taken, end)
            # (past the last interval added nothing is taken: the tail of a span that
            # sticks out beyond every interval is free, not lost)
            pos = free if free != -1 else min(end, len(self._taken))
        return out

    def __len__(self) -> int:
        return self._count


def merged(spans) -> list[tuple[int, int]]:
    """Overlapping or touching (start, end) spans merged, sorted."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
