"""A set of non-overlapping [start, end) intervals with fast overlap tests.

Overlap resolution and "is this stretch already found?" checks run once per
finding; with a plain list they are quadratic and a long document with
thousands of findings stalls. Kept sorted, a new interval only needs to be
compared with its two neighbours.
"""
from __future__ import annotations

from bisect import bisect_left, insort


class IntervalSet:
    def __init__(self) -> None:
        self._starts: list[int] = []
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, start)
        if i > 0 and self._spans[i - 1][1] > start:
            return True
        return i < len(self._spans) and self._spans[i][0] < end

    def add(self, start: int, end: int) -> None:
        """Add an interval that overlaps none already in the set."""
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end))

    def __len__(self) -> int:
        return len(self._spans)


def merged(spans) -> list[tuple[int, int]]:
    """Overlapping or touching (start, end) spans merged, sorted."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
