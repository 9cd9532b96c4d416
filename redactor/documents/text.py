"""Plain text files (UTF-8, CP932/Shift_JIS, EUC-JP): the foundation's reader."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from redactor.documents.base import DocumentError, Extracted, Part
from redactor.documents.limits import check_input_file
from redactor.masking import Replacement
from redactor.textio import InputError, read_text


def apply_replacements(text: str, replacements: Sequence[Replacement]) -> str:
    """``text`` with each replacement's span swapped for its text.

    Nested replacements (a MASK inside a REVIEW span) are skipped: the
    outer one already covers them.
    """
    out: list[str] = []
    pos = 0
    for r in sorted(replacements, key=lambda r: (r.start, -(r.end - r.start))):
        if r.start < pos:
            continue
        out.append(text[pos:r.start])
        out.append(r.text)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


class TextFormat:
    name = "text"
    suffixes: tuple[str, ...] = (".txt", ".text", ".md", ".csv", ".tsv", "")

    def read(self, path: Path, *, password: str | None = None,
             encoding: str | None = None) -> Extracted:
        try:
            check_input_file(Path(path).name, path)
        except OSError:
            pass   # read_text says what is wrong with the path
        try:
            ti = read_text(path, encoding)
        except InputError as exc:
            raise DocumentError(str(exc)) from exc
        return Extracted(ti.text, [Part(0, len(ti.text), "")], self.name, encoding=ti.encoding)

    def write(self, path: Path, extracted: Extracted, replacements: Sequence[Replacement],
              out: Path, *, password: str | None = None) -> None:
        masked = apply_replacements(extracted.text, replacements)
        try:
            data = masked.encode(extracted.encoding or "utf-8")
        except UnicodeEncodeError:  # a replacement the legacy encoding lacks
            data = masked.encode("utf-8")
            extracted.info["encoding_note"] = f"置換文字が {extracted.encoding} で表せないため UTF-8 で書き出しました"
        Path(out).write_bytes(data)

    def reader_view(self, path: Path, *, password: str | None = None) -> str:
        return self.read(Path(path)).text
