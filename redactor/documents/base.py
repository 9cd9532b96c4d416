"""What every document format gives the pipeline, and what it takes back.

The pipeline only ever sees plain text. A *format* (text, PDF, Word, HTML)
turns a file into an ``Extracted``: the text a reader of the document sees,
cut into ``Part``s that say where each stretch lives (``page 3``,
``word/header1.xml``, ``metadata Author``). Detection, policy and masking
run on ``Extracted.text`` unchanged; the format then writes the masked
output from the original file and the list of ``Replacement``s (offsets
into ``Extracted.text``), and can re-read any file the way a reader would
(``reader_view``) so that ``verify`` can look for masked values in it.

Fail closed: whatever a format cannot read (a scanned page, a font with no
Unicode map) goes into ``Extracted.unreadable`` with a reason; a document
with anything there is never reported as safe.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, Sequence

from redactor.masking import Replacement


from redactor.errors import DocumentError, UnsafeOutput  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


@dataclass(frozen=True)
class Part:
    """A stretch ``[start, end)`` of ``Extracted.text`` and where it lives.

    ``where`` is shown to people (``page 3``, ``header``, ``metadata Author``,
    ``<title>``); ``line_base`` is the 1-based line number of the part's
    first line within that place (pages count their own lines).
    """

    start: int
    end: int
    where: str
    line_base: int = 1


@dataclass
class Extracted:
    """The text of a document as a reader sees it, for detection."""

    text: str
    parts: list[Part]
    format: str
    unreadable: list[str] = field(default_factory=list)
    encoding: str | None = None           # text files: written back in it
    info: dict[str, Any] = field(default_factory=dict)  # format-private (e.g. glyph maps)
    _starts: list[int] | None = field(default=None, repr=False, compare=False)

    @property
    def join_lines(self) -> bool:
        """Is detection to read across line breaks inside values? Plain text
        only: text copied out of a PDF or typed into a fixed-width form keeps
        hard breaks in the middle of a number or a name (see
        ``line_joins``). A Word or HTML line break is a paragraph (the
        author's), and the PDF reader already joined its layout's wraps;
        a PDF with pages read by OCR (``info["join_lines"]``) has OCR's hard
        line breaks, as plain text has."""
        return self.format == "text" or bool(self.info.get("join_lines"))

    def locate(self, offset: int) -> str:
        """``page 3, line 12`` (or ``line 12, column 4`` for plain text)."""
        if not self.parts:
            return f"offset {offset}"
        if self._starts is None or len(self._starts) != len(self.parts):
            self._starts = [p.start for p in self.parts]  # once: locate runs per finding
        i = max(0, bisect_right(self._starts, offset) - 1)
        part = self.parts[i]
        before = self.text[part.start:offset]
        line = part.line_base + before.count("\n")
        col = offset - (part.start + before.rfind("\n") + 1) + 1
        if part.where:
            return f"{part.where}, line {line}"
        return f"line {line}, column {col}"


class DocumentFormat(Protocol):
    """One file format. Implementations live one per module in this package."""

    name: str                 # "text", "pdf", "docx", "html"
    suffixes: tuple[str, ...]  # lower-case, with the dot

    def read(self, path: Path, *, password: str | None = None,
             encoding: str | None = None) -> Extracted:
        """The reader's text of ``path``; raises ``DocumentError``."""

    def write(self, path: Path, extracted: Extracted, replacements: Sequence[Replacement],
              out: Path, *, password: str | None = None) -> None:
        """Write the masked document to ``out`` (the caller makes it atomic
        by passing a temporary path). Raises ``UnsafeOutput`` rather than
        write something that still carries a masked value."""

    def reader_view(self, path: Path, *, password: str | None = None) -> str:
        """Everything a reader could extract from ``path`` (text, metadata,
        comments, attributes), for ``verify``."""
