"""NETWORK: machine names in the column of a table headed by a host word.

A device list in a specification or an audit report (機器名 | 設置場所 | OS)
names each machine once, in its own cell, with nothing around it that says
"host": the column's heading says it for every row. So, as a name column
does for persons (``_person_anchored.name_columns``), a cell under a heading
of ``host_context``'s column words (ホスト名, 機器名, サーバ名, コンピュータ名,
端末名) that is a Latin-script machine name (fs-main, db01, core-sw1,
app02.somu.local) is a NETWORK finding. The cells are read by
``_table_cells.cells_under``, as the other column readers read them.
Words that are no machine's name (なし, 未定, -, a product's name with a
space) are not read: the shape asks for a name written as hosts are, with
no space, a letter first, and a hyphen, a digit or a dot in it.

A column headed VLAN or ポート (``number_columns``) gives each row's segment
or service by its number alone (基幹系 | 10; HTTPS | 443): a cell that is
only such numbers (10, 8080, 10-19, 80/443) is a NETWORK finding too, in a
TAB, bar or space-aligned table.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._table_cells import cells_under

_NETWORK = load_toml("security_network.toml", "redactor.recognizers.data")
_COLUMN_WORDS = frozenset(_NETWORK["host_columns"])
_NUMBER_COLUMNS = frozenset(_NETWORK["number_columns"])
# a VLAN id or a port: 1-5 digits, a range (10-19) or a list (80/443, 80,443)
_NUMBER_CELL = re.compile(r"\d{1,5}(?:[ ]?[-~〜/,、・][ ]?\d{1,5})*")
# (a letter first; letters, digits, hyphens, dots, underscores; a hyphen, a digit or a dot somewhere)
_HOST_CELL = re.compile(r"[A-Za-z][A-Za-z0-9._-]{1,62}")
_HOST_MARK = re.compile(r"[-.0-9_]")


def find_host_columns(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """A finding for each machine name in a column headed by a host word (the table's cells as
    ``_table_cells.cells_under`` reads them: tabs, the bars of ruled tables, spaced headings)."""
    for start, end, _heading in cells_under(text, _COLUMN_WORDS):
        cell = text[start:end].strip(" ")
        if _HOST_CELL.fullmatch(cell) and _HOST_MARK.search(cell):
            s = start + text[start:end].index(cell)
            yield rec.result("NETWORK", s, s + len(cell), 0.75, "ネットワーク情報の形式（ホスト名の列の値）",
                             pattern="ホスト名の列", kind="host")
    for start, end, heading in cells_under(text, _NUMBER_COLUMNS, spaced=True):
        cell = text[start:end].strip(" ")
        if _NUMBER_CELL.fullmatch(cell):
            s = start + text[start:end].index(cell)
            yield rec.result("NETWORK", s, s + len(cell), 0.75, f"ネットワーク情報の形式（「{heading}」の列の番号）",
                             pattern="番号の列", kind="port" if "ポート" in heading or "port" in heading.lower() else "vlan")
