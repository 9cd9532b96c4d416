"""NETWORK: machine names in the column of a table headed by a host word.

A device list in a specification or an audit report (機器名 | 設置場所 | OS)
names each machine once, in its own cell, with nothing around it that says
"host": the column's heading says it for every row. So, as a name column
does for persons (``_person_anchored.name_columns``), a cell under a heading
of ``host_context``'s column words (ホスト名, 機器名, サーバ名, コンピュータ名,
端末名) that is a Latin-script machine name (fs-main, db01, core-sw1,
app02.somu.local) is a NETWORK finding. Cells are split at tabs and at the
bars of ruled tables (│┃｜|); a heading row is found again for each table.
Words that are no machine's name (なし, 未定, -, a product's name with a
space) are not read: the shape asks for a name written as hosts are, with
no space, a letter first, and a hyphen, a digit or a dot in it.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer

_COLUMN_WORDS = frozenset(load_toml("security_network.toml", "redactor.recognizers.data")["host_columns"])
_BARS = re.compile(r"[│┃｜|\t]")
# (a letter first; letters, digits, hyphens, dots, underscores; a hyphen, a digit or a dot somewhere)
_HOST_CELL = re.compile(r"[A-Za-z][A-Za-z0-9._-]{1,62}")
_HOST_MARK = re.compile(r"[-.0-9_]")


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset, cell text stripped of spaces) for each cell of a table line."""
    out, pos = [], 0
    for part in _BARS.split(line):
        stripped = part.strip(" 　")
        out.append((pos + (part.index(stripped) if stripped else 0), stripped))
        pos += len(part) + 1
    return out


def find_host_columns(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """A finding for each machine name in a column headed by a host word."""
    if not any(w in text for w in _COLUMN_WORDS) or not _BARS.search(text):
        return
    columns: set[int] = set()
    line_start = 0
    for line in text.split("\n"):
        cells = _cells(line) if _BARS.search(line) else []
        if len(cells) < 2:
            columns = set()  # the table ended
        elif any(c in _COLUMN_WORDS for _, c in cells):
            columns = {i for i, (_, c) in enumerate(cells) if c in _COLUMN_WORDS}
        elif columns:
            for i in columns:
                if i >= len(cells):
                    continue
                offset, cell = cells[i]
                if _HOST_CELL.fullmatch(cell) and _HOST_MARK.search(cell):
                    start = line_start + offset
                    yield rec.result("NETWORK", start, start + len(cell), 0.75,
                                     "ネットワーク情報の形式（ホスト名の列の値）", pattern="ホスト名の列", kind="host")
        line_start += len(line) + 1
