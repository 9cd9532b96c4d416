"""Vendors named inside a SECURITY_DETAIL clause, to be left out of its span.

A clause that states a control often names the firm that runs it
(保守は、株式会社ミドリ情報が遠隔保守回線で毎週火曜日に行う). The firm's
name is public -- the contract is published, the firm lists its
municipal clients -- and annotators keep it visible as an organisation;
what an intruder uses is the line, the day and the scope. So the span of the
detail leaves the name out: trimmed when the name opens or closes the
clause, cut in two when it stands inside.

A vendor here is a name with its legal form (after the form, a name may
open in hiragana: 株式会社あおば電算) (株式会社…, …株式会社, 有限会社…,
合同会社…, （株）…, ㈱): a bare name (ミドリ情報が) could be a product or a
system as well, and stays inside. A run of kanji right before a name in
katakana or letters (保守委託先ミナト電算株式会社) is a role, not the name:
only a name that starts the clause or follows punctuation or a particle
takes kanji before its letters.
"""
from __future__ import annotations

import re
from typing import Iterator

_FORMS = r"(?:株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|（株）|㈱|\(有\)|（有）|㈲)"
_NAME_CHARS = r"[一-龥ァ-ヶーA-Za-z0-9・&＆.\-]"
_VENDOR = re.compile(
    # 株式会社ミドリ情報が…: the form first, the name up to a particle or a mark
    rf"{_FORMS}(?P<after>[ぁ-ゖ]*{_NAME_CHARS}{{1,20}}?)(?=が|は|の|に|と|で|を|から|より|へ|や|、|。|,|\)|）|\s|$)"
    # ミナト電算株式会社, 東北システムサポート株式会社: the name, then the form
    rf"|(?:(?<![一-龥])[一-龥]{{1,4}})?[ァ-ヶーA-Za-z][ァ-ヶーA-Za-z0-9・&＆. \-]{{0,24}}[一-龥]{{0,4}}{_FORMS}"
    # 緑川電機株式会社: a name in kanji alone, not glued to a word before it
    rf"|(?<![一-龥])[一-龥]{{2,8}}{_FORMS}")
# a particle or a mark joining the name to the rest of the clause (…が, …の, …、); not a space,
# which may join an operator to its site (株式会社…　…データセンター) and is masked with it
_JOIN = re.compile(r"(?:から|より|が|は|の|に|と|で|を|へ|、|,)?")
# a piece shorter than this left by a cut is no statement of its own: the name is trimmed away instead
_MIN_PIECE = 4


def vendors(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each vendor's name with its legal form in text[start:end]."""
    if not any(f in text[start:end] for f in ("会社", "株", "㈱", "有", "㈲")):
        return
    for m in _VENDOR.finditer(text, start, end):
        yield m.span()


def without_vendors(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of the span [start, end) left when each vendor's name in it
    (and the particle after a name that opens it) is cut out."""
    pieces: list[tuple[int, int]] = []
    s = start
    for vs, ve in vendors(text, start, end):
        if vs - s >= _MIN_PIECE:
            pieces.append((s, vs))
        join = _JOIN.match(text, ve, end)
        s = join.end() if join else ve
    if end - s >= _MIN_PIECE:
        pieces.append((s, end))
    elif not pieces:
        return [(start, end)]  # (a name and nothing else: the detail stays whole, fail closed)
    return pieces
