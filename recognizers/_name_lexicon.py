"""Name lexicons: surnames and given names, a second source beside Sudachi.

Sudachi's core dictionary tags many surnames as places or words (森, 南,
五月女) and does not know many given names written in hiragana (さくら,
ゆうと) or as ordinary words (大地, 翼, 桜). The lists under
``data/names/`` (IPADIC's 人名 entries and the japanese-personal-name-dataset,
each with its licence) say whether a string *can* be a surname or a given
name. They never make a finding on their own: a lexicon hit proposes a
candidate that context (an honorific, a name field, a name column) confirms,
and it splits a fused full name in such a context (鬼灯蒼 after 申立人).

Each question is one frozenset lookup; the sets are read from the package
on first use (about 110,000 strings, a few tens of milliseconds), so a
process that never asks pays nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_PACKAGE = "redactor.recognizers.data"


def _lines(name: str) -> list[str]:
    text = resources.files(_PACKAGE).joinpath("names", name).read_text(encoding="utf-8")
    return [line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Every surname of the bundled lists (IPADIC 人名,姓 and the dataset's)."""
    return (frozenset(_lines("ipadic_surnames.txt")) | frozenset(_lines("jpnd_surnames.tsv"))
            | frozenset(_lines("extra_surnames.txt")))  # one-kanji surnames both lists lack (岩, 栗)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of the bundled lists, kanji spellings and hiragana readings
    (with the spellings of children's names since about 2005 that both lists
    predate: 陽翔, 湊斗 -- the names of 被害児童 in accident reports)."""
    return (frozenset(_lines("ipadic_given_names.txt")) | frozenset(_lines("jpnd_given_names.txt"))
            | frozenset(_lines("modern_given_names.txt")))


# How Japanese writes the "no" and "ga" joining two kanji of a surname: the same name is spelt
# 堀ノ内, 堀之内, 堀乃内 or 堀内 (井ノ上, 一ノ瀬, 竹ノ内), and 八ヶ代, 八ケ代, 八ヵ代 or 八代. Only
# katakana and kanji joiners are read as such (の and が in running text are particles).
_JOINERS = {"ノ": "ノ之乃の", "之": "ノ之乃の", "乃": "ノ之乃の", "ヶ": "ヶケヵがガ", "ケ": "ヶケヵがガ", "ヵ": "ヶケヵがガ"}


def is_surname(s: str) -> bool:
    if s in surnames():
        return True
    return len(s) >= 3 and any(c in _JOINERS for c in s[1:-1]) and any(v in surnames() for v in _joiner_variants(s))


def _joiner_variants(s: str) -> list[str]:
    """The other spellings of a surname with one joiner between kanji (藤ノ木: 藤之木, 藤乃木,
    藤の木, 藤木)."""
    out = []
    for i in range(1, len(s) - 1):
        alts = _JOINERS.get(s[i])
        if alts and "\u4e00" <= s[i - 1] <= "\u9fff" and "\u4e00" <= s[i + 1] <= "\u9fff":
            out += [s[:i] + a + s[i + 1:] for a in alts if a != s[i]] + [s[:i] + s[i + 1:]]
    return out


def is_given_name(s: str) -> bool:
    """A given name of the lists; a katakana one also by its hiragana reading: the
    lists hold readings in hiragana, and given names, an older woman's above all,
    are written in katakana as often (トミ, キヨ, ハル: the reading とみ, きよ, はる)."""
    if s in given_names():
        return True
    return 2 <= len(s) <= 4 and _KATAKANA_NAME.fullmatch(s) is not None \
        and s.translate(_KATAKANA_TO_HIRAGANA) in given_names()


# Katakana written as a given name (no long vowel mark: ハルー is no name), and the map to hiragana.
_KATAKANA_NAME = re.compile("[ァ-ヶ]+")
_KATAKANA_TO_HIRAGANA = {c: c - 0x60 for c in range(ord("ァ"), ord("ヶ") + 1)}


def split_full_name(s: str, both_known: bool = False) -> tuple[str, str] | None:
    """(surname, given name) for a fused full name (鬼灯蒼, 森翼), or None.

    Tries each cut (names are short): a cut is good when both parts are in
    the lexicons, or (unless ``both_known``) when the given name is a known
    name of two or more characters after at least two characters of a
    surname the lists do not know (鬼灯|蒼 is not, 鬼灯|大地 is). The cut with
    both parts known wins, then the longest given name.
    """
    if not 2 <= len(s) <= 8:
        return None
    best: tuple[int, int, int] | None = None  # (both known, len given, cut)
    for cut in range(1, len(s)):
        sur, given = s[:cut], s[cut:]
        if given not in given_names():
            continue
        known = sur in surnames()
        if not known and (both_known or len(sur) < 2 or len(given) < 2):
            continue
        key = (int(known), len(given), cut)
        if best is None or key > best:
            best = key
    if best is None:
        return None
    return s[:best[2]], s[best[2]:]
