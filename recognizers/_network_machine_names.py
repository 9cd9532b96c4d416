"""NETWORK: machine names read by their form, wherever they stand (issue 12, session 18).

An office names its machines by a scheme, not by words: a site or section
code, a role code and a number, joined by hyphens (zei-db-02, hq2f-ap-a,
SOMU-PC-012, kanri-gw, web-proxy-01), sometimes with its domain after it
(web-proxy-01.dmz.nw.city-x.lg.jp, gyomu-fs01.somu). The other NETWORK
patterns find a name after a word that calls it a host (サーバ名, 端末) or
under a heading that does (機器名); unseen documents name machines in
passing (切替え先として zeimu-db-02 を用意, …で出力（zei-batch02）) and in
tables whose headings say nothing of hosts (名称, 識別名, 呼称). So:

1. In running text, a name is a machine's when its shape is a naming
   scheme's: two to five parts joined by hyphens, all in one case, each a
   code (letters, digits), one of them a role code of
   ``machine_role_codes`` (db, ap, gw, pc, fs …) with or without its number,
   or the last a word with a two- or three-digit number (batch02). A dotted
   domain after it is read with it. Names of the trade in the same shape
   (SSL-VPN, e-mail, ad-hoc: ``not_machine_names``), a role that also
   opens an advert's or a viewer's name, with no number (ad-campaign,
   log-view), a mixed-case product (m-FILTER, FortiGate-60F), a model with
   a bare number (PC-98, UTM-01) and an uppercase pair with no number
   (OA-PC: an office word) are none.
2. In a table, a column is a column of machines when two of its cells or
   more hold a host's shape (a letter first; letters, digits, hyphens, dots;
   a hyphen, a dot or a digit in it) and every other filled cell does too
   (a dash, なし or 同上 aside), and one of them is a machine's name by (1), has
   an internal domain, or stands in a row with an IP address: then each
   cell's name is a finding, bunsho01 beside gw.asahino.local too. A column
   headed by a product word (型番, 機種, OS) lists products, not machines.

Words: ``data/security_network.toml`` (machine_role_codes, not_machine_names,
product_columns).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer

_DATA = load_toml("security_network.toml", "redactor.recognizers.data")
_ROLES = frozenset(_DATA["machine_role_codes"])
_NOT_MACHINES = frozenset(_DATA["not_machine_names"])
_PRODUCT_HEADINGS = frozenset(_DATA["product_columns"])
# role codes that also open an advert's, a viewer's or a file's name (ad-campaign, log-view): a role
# only with a number in the name
_NO_WORD_AFTER = frozenset(_DATA["infra_no_word_after"])
_INTERNAL = tuple("." + s for s in _DATA["internal_suffixes"])
_FILE_EXTENSIONS = frozenset(_DATA["file_extensions"])

# a hyphenated name with an optional dotted domain; not inside a URL, a mail address or a longer token
_NAME = re.compile(r"(?<![A-Za-z0-9.@_/\\-])(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){1,4})"
                   r"(?P<domain>(?:\.[A-Za-z0-9][A-Za-z0-9-]*)*)(?![A-Za-z0-9@_/-])(?!\.[A-Za-z0-9])")
_ANCHOR = re.compile(r"[A-Za-z0-9]-[A-Za-z0-9]")
_ROLE_PART = re.compile(r"(?P<code>[a-z][a-z0-9]*?)(?P<number>[0-9]{0,3})")
_WORD_NUMBER = re.compile(r"[a-z]{3,}[0-9]{2,3}")
# a cell's value of a host's shape (gw.asahino.local, bunsho01, ASH-FS-01); a domain's label holds a
# letter: a number after a dot is a version or an item's number (Ver.2, No.3), no domain
_HOST_TOKEN = re.compile(r"(?<![A-Za-z0-9._-])[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*)*"
                         r"(?![A-Za-z0-9_-])")
_HOST_MARK = re.compile(r"[-.0-9]")
_LETTERS = re.compile(r"[A-Za-z]{2}")
_PLACEHOLDER = re.compile(r"[-－―ー−‐—~〜]*|なし|無し|未定|同上|〃|該当なし|不明|空欄")
_CELL_SPLIT_SPACES = re.compile(r" {2,}")
# a cell of the row that is an IPv4 address (with its prefix length): the row is a machine's
# (名称 | IPアドレス); not an address inside a finding's text (境界FW（10.9.0.1）)
_IPV4 = re.compile(r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?:/[0-9]{1,2})?")


def is_machine_name(name: str) -> bool:
    """Whether a hyphenated token is a machine's name by its naming scheme (see (1) above)."""
    parts = name.split("-")
    if name.lower() in _NOT_MACHINES or not (name.islower() or name.isupper()):
        return False
    if not (2 <= len(parts) <= 5) or any(len(p) > 12 for p in parts) or len(name) > 40:
        return False
    low = [p.lower() for p in parts]
    with_digit = any(c.isdigit() for c in name)
    if len(parts) == 2 and low[1].isdigit():
        return False  # PC-98, UTM-01: a model or a count, not a scheme's name
    if len(parts) == 2 and not with_digit and not name.islower():
        return False  # OA-PC: an office word in capitals
    roles = [i for i, p in enumerate(low) if (m := _ROLE_PART.fullmatch(p)) and m.group("code") in _ROLES
             and (with_digit or p not in _NO_WORD_AFTER)]
    if roles:
        others = [p for i, p in enumerate(low) if i not in roles]
        # the other parts are codes too (ad-hoc, log-in: a word after a role that takes none is caught by the list)
        return all(len(p) >= 2 or p.isdigit() for p in others) or len(parts) >= 3
    return bool(_WORD_NUMBER.fullmatch(low[-1])) and all(len(p) >= 2 for p in low)


def machine_names(rec: JaRecognizer, text: str) -> Iterator[RecognizerResult]:
    """(1): machine names in running text, with the domain after them."""
    if not _ANCHOR.search(text):
        return
    for m in _NAME.finditer(text):
        domain = m.group("domain")
        if domain.count(".") == 1 and domain[1:].lower() in _FILE_EXTENSIONS:
            continue  # web-manual.pdf, db-migration.sql: a file's name, no machine's
        if is_machine_name(m.group("name")):
            yield rec.result("NETWORK", m.start(), m.end(), 0.7, "ネットワーク情報の形式（機器の命名規則の名前）",
                             pattern="命名規則のホスト名", kind="host")


def _rows(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """The lines of the text as cells (start, end, stripped value): at tabs (the bars of ruled
    tables read as tabs), at Markdown's |, or at runs of two spaces or more; a line with one cell
    is no row."""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if "\t" in line:
            # (an empty cell keeps its place: the cells after it stay under their headings)
            pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\t]*", line) if m.start() == 0
                      or line[m.start() - 1] == "\t"]
        elif line.count("|") >= 2:
            pieces = [(m.start(), m.end()) for m in re.finditer(r"[^|]*", line) if m.start() == 0
                      or line[m.start() - 1] == "|"]
        elif _CELL_SPLIT_SPACES.search(line.strip(" ")):
            pieces = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]
        else:
            yield []
            continue
        cells = []
        for s, e in pieces:
            value = line[s:e].strip(" ")
            off = line.index(value, s) if value else s
            cells.append((start + off, start + off + len(value), value))
        yield cells if sum(1 for c in cells if c[2]) >= 2 else []


def _host_tokens(value: str) -> list[re.Match]:
    """The names of a host's shape in a cell; a letter and a number alone (F-01, A-12: an item's
    or a finding's number) is none."""
    return [m for m in _HOST_TOKEN.finditer(value) if _HOST_MARK.search(m.group(0)) and _LETTERS.search(m.group(0))]


def host_column_cells(rec: JaRecognizer, text: str) -> Iterator[RecognizerResult]:
    """(2): the names in a column of machines, whatever its heading says."""
    if "\t" not in text and "|" not in text and "  " not in text:
        return
    block: list[list[tuple[int, int, str]]] = []
    for row in list(_rows(text)) + [[]]:
        if row:
            block.append(row)
            continue
        if len(block) >= 2:
            yield from _columns(rec, block)
        block = []


def _columns(rec: JaRecognizer, block: list[list[tuple[int, int, str]]]) -> Iterable[RecognizerResult]:
    heading = [v for _s, _e, v in block[0]]
    for col in range(max(len(r) for r in block)):  # (each row's cells from the left)
        if col < len(heading) and heading[col].replace(" ", "") in _PRODUCT_HEADINGS:
            continue
        cells = [(r, r[col]) for r in block if col < len(r)]
        hosts, strong, other = [], False, 0
        for row, (s, _e, value) in cells:
            tokens = _host_tokens(value)
            if not tokens:
                other += not _PLACEHOLDER.fullmatch(value)
                continue
            hosts.append((s, tokens))
            strong = strong or any(is_machine_name(t.group(0).split(".")[0]) or t.group(0).lower().endswith(_INTERNAL)
                                   for t in tokens) or any(_IPV4.fullmatch(v) for _s, _e2, v in row)
        # (the heading row is the one cell of another kind a column may hold)
        if len(hosts) < 2 or other > 1 or not strong:
            continue
        for s, tokens in hosts:
            for t in tokens:
                yield rec.result("NETWORK", s + t.start(), s + t.end(), 0.7,
                                 "ネットワーク情報の形式（機器名の並ぶ表の列）", pattern="機器名の列", kind="host")
