"""A reader's text assembled from located pieces, and replacements written back.

Structured formats (Word's XML parts, HTML source) do not hold the text a
reader sees in one place: a name can be split over two runs with different
formatting (``<w:r><w:t>山</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>田太郎</w:t></w:r>``)
or over nested tags (``山<b>田</b>太郎``). Detection must see ``山田太郎`` as
one string, and masking must change only the characters of that string in
the file, leaving the markup in between alone.

So a format cuts the file into *pieces* (one run's text, one text node, one
entity, one attribute value), each with a *target* only the format knows how
to change, and joins them with *separators* (paragraph breaks, which belong
to no piece). ``Assembler`` builds ``Extracted.text`` and its ``Part``s
from them; ``edits_for`` turns the pipeline's replacements (offsets into
that text) into per-piece edits: the replacement text goes into the first
piece the span touches, and the span's characters are removed from the
following pieces. A span that covers only separators changes nothing in the
file (there is nothing there to hide).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from redactor.documents.base import Extracted, Part
from redactor.masking import Replacement


@dataclass
class Piece:
    """``text`` as the reader sees it at ``[start, end)`` of the assembled text;
    ``target`` is the format's handle to change it (``None``: the piece is
    read for detection but removed from the output as a whole, like a
    comment or deleted revision)."""

    text: str
    target: Any
    start: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of one piece's text with ``text``."""

    start: int
    end: int
    text: str


class Assembler:
    """Builds the reader's text from pieces and separators, with its parts.

    A part starts at ``part()`` and runs to the start of the next one, so
    ``Extracted.locate`` finds the place of every offset; ``line_base`` lets
    a format number lines by paragraph or by source line.
    """

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self.pos = 0
        self.pieces: list[Piece] = []
        self._parts: list[tuple[int, str, int]] = []
        self._newlines = 0
        self._part_newlines = 0   # newlines before the current part

    def part(self, where: str, line_base: int = 1) -> None:
        if self._parts and self._parts[-1][0] == self.pos:
            self._parts.pop()  # an empty part: the new one replaces it
        self._parts.append((self.pos, where, line_base))
        self._part_newlines = self._newlines

    def place(self, where: str, line: int) -> None:
        """Be at ``where, line``: a new part only when continuing the current
        one would not say so (keeps parts few on long pages)."""
        if self._parts:
            _, cur_where, base = self._parts[-1]
            if cur_where == where and base + self._newlines - self._part_newlines == line:
                return
        self.part(where, line)

    def piece(self, text: str, target: Any) -> None:
        if not text:
            return
        self.pieces.append(Piece(text, target, self.pos))
        self._add(text)

    def sep(self, text: str) -> None:
        """Text that belongs to no piece (a paragraph break)."""
        self._add(text)

    def ends_with(self, suffix: str) -> bool:
        return not self._chunks or "".join(self._chunks[-2:]).endswith(suffix)

    def last_char(self) -> str:
        return self._chunks[-1][-1] if self._chunks else ""

    def _add(self, text: str) -> None:
        self._chunks.append(text)
        self.pos += len(text)
        self._newlines += text.count("\n")

    def text(self) -> str:
        return "".join(self._chunks)

    def parts(self) -> list[Part]:
        out = []
        for i, (start, where, line_base) in enumerate(self._parts):
            end = self._parts[i + 1][0] if i + 1 < len(self._parts) else self.pos
            out.append(Part(start, end, where, line_base))
        return out

    def extracted(self, fmt: str, **kwargs: Any) -> Extracted:
        return Extracted(self.text(), self.parts(), fmt, **kwargs)


def outermost(replacements: Iterable[Replacement]) -> list[Replacement]:
    """Replacements in text order, without those nested in an earlier one
    (a MASK inside a REVIEW span: the outer one already covers it)."""
    out: list[Replacement] = []
    pos = 0
    for r in sorted(replacements, key=lambda r: (r.start, -(r.end - r.start))):
        if r.start < pos:
            continue
        out.append(r)
        pos = r.end
    return out


def edits_for(pieces: Sequence[Piece], replacements: Iterable[Replacement]) -> dict[int, list[Edit]]:
    """Per piece index, the edits that carry out ``replacements``.

    ``pieces`` must be in text order (as ``Assembler`` makes them).
    """
    starts = [p.start for p in pieces]
    edits: dict[int, list[Edit]] = {}
    for r in outermost(replacements):
        i = max(0, bisect_right(starts, r.start) - 1)
        placed = False
        while i < len(pieces) and pieces[i].start < r.end:
            p = pieces[i]
            a, b = max(r.start, p.start), min(r.end, p.end)
            if a < b:
                edits.setdefault(i, []).append(Edit(a - p.start, b - p.start, "" if placed else r.text))
                placed = True
            i += 1
    return edits


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied."""
    out: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: e.start):
        out.append(text[pos:e.start])
        out.append(e.text)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def leaked_values(extracted: Extracted, replacements: Iterable[Replacement], view: str) -> list[str]:
    """Masked values that the output's reader view still shows although the
    masked text shows them nowhere (so it is not a kept occurrence elsewhere).

    A format calls this on its own output before reporting success, so that
    a write that missed a piece fails instead of publishing the value.
    """
    reps = outermost(replacements)
    masked: list[str] = []
    pos = 0
    for r in reps:
        masked.append(extracted.text[pos:r.start])
        masked.append(r.text)
        pos = r.end
    masked.append(extracted.text[pos:])
    masked_text = "".join(masked)
    leaks = []
    for r in reps:
        value = extracted.text[r.start:r.end].strip()
        if value and value in view and value not in masked_text and value not in leaks:
            leaks.append(value)
    return leaks
