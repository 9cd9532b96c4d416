"""PLACE outside the municipality: another city or prefecture where a person
lives, works or came from (長男は大阪府に居住, 次女は横浜市内に住んでいる,
令和５年８月に静岡県浜松市から転入).

Japanese names another local government by its unit's suffix (地方自治法:
都道府県, 市区町村, 郡), chained from the largest down (福岡県北九州市,
仙台市青葉区), or a prefecture by its name alone (大阪, 京都). Such a name is a
place of a person only next to a word of living, working there or moving
from there; the words are data (``quasi_identifiers.toml [place]
elsewhere_*``), the prefectures ``address_prefectures.tsv``.

Two kinds, because the mosaic check weighs them apart:

- ``elsewhere``: where a relative or the person lives or works outside the
  municipality. It narrows no one among its residents (``risk._share``), but
  it belongs to the person's group, and the examiner reads it with the rest;
- ``origin``: where someone moved in from. With the month of the move it is
  a handful in a year's transfer-ins (``risk.judge``: 転入元と転入の時期).

Not: the words that name no particular place (市外, 県内, 同市, 隣町: the
``not_residence`` list), and a name ending only in 町, 村 or 区 with no unit
before it (北区に住む, 緑川町に住む): that is the municipality's own 町名,
read by ``place.py`` as a town's share.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from redactor.data_files import load_toml, load_words
from redactor.recognizers._base import scan
from redactor.recognizers._text import KANJI, words_regex

_PLACE = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["place"]
_N = rf"[{KANJI}ァ-ヶー々ヶ]"
_SUFFIX = words_regex(_PLACE["elsewhere_suffixes"])
_LIVES = words_regex(_PLACE["elsewhere_lives"])
_MOVED = words_regex(_PLACE["elsewhere_moved_from"])
# 大阪 for 大阪府, 京都 for 京都府 (北海道 and 東京都 are written whole or as 東京)
_PREFECTURES = sorted({re.sub("[都府県]$", "", w) for w in load_words("address_prefectures.tsv")}, key=len, reverse=True)
# one to three units (福岡県北九州市, 仙台市青葉区), and 内 after the last (札幌市内)
_UNITS = rf"(?:{_N}{{1,6}}?(?:{_SUFFIX})){{1,3}}"
_NAME = rf"(?P<name>(?<![{KANJI}ァ-ヶー々ヶ])(?:{_UNITS}|{words_regex(_PREFECTURES)})(?:内)?)"
_ELSEWHERE = re.compile(rf"{_NAME}(?P<verb>{_LIVES}|(?P<moved>{_MOVED}))")
_ANCHOR = re.compile(rf"{_LIVES}|{_MOVED}")
_NOT_NAMES = frozenset(_PLACE["not_residence"])
# a name whose first character says "this, that, each, next" is no particular place (同県, 隣市, 各市)
_DEICTIC = "各全本当同他隣近両"
# a 町, 村 or 区 with no larger unit before it (北区, not 東京都北区)
_ALL_UNITS = re.compile(rf"{_SUFFIX}")
_TOWN_ONLY = re.compile(r"^[^都道府県市郡]+(?:町|村|区)$")


def places_elsewhere(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each other municipality or prefecture named as
    where someone lives (kind ``elsewhere``) or came from (``origin``)."""
    for m in scan(_ELSEWHERE, _ANCHOR, text):  # (only the lines holding a unit's suffix are read)
        start, end = m.span("name")
        name = m.group("name")
        bare = name[:-1] if name.endswith("内") and len(name) > 2 else name
        if bare in _NOT_NAMES or name in _NOT_NAMES or name[0] in _DEICTIC or not _ALL_UNITS.sub("", bare):
            continue  # (市町村, 都道府県: the words of a unit, what --generalize writes: 他の市町村)
        if _TOWN_ONLY.match(bare) and bare not in _PREFECTURES:
            continue  # 北区, 緑川町: the municipality's own 町名 (place.py reads it)
        yield start, end, "origin" if m.group("moved") else "elsewhere"


def names(text: str) -> Iterable[str]:
    """The names found, for tests and the docstring's examples."""
    return [text[a:b] for a, b, _ in places_elsewhere(text)]
