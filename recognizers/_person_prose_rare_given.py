"""PERSON in prose: a surname fused with a given name no list holds.

Actors, athletes and children are given names that no dictionary and no
name list holds (a new spelling of a common reading, two name kanji never
paired before). Written fused after the surname in prose (ＸＸ颯葉は…,
主演はＸＸ澪也。), Sudachi tags the surname and cuts the given name into
single kanji it reads as words; ``person.py`` then sees a surname followed
by kanji and drops it as part of a longer word (中野出張所), and the name
lexicons cannot split the run because the given name is not in them.

A given name is recognised here by its *form* instead of its spelling: two
kanji, the first one that often opens a given name and the second one that
often closes one (the character sets are counted from the bundled given-name
lexicons at first use: 颯, 陽, 蒼 open names; 汰, 斗, 葉 close them), that
together are no word the dictionary knows. The surname must be one Sudachi
tags 姓, or a place name the lexicons also hold as a surname, opening its
phrase; the run must end at a particle or a punctuation mark. A last kanji
that closes a place's or a body's name (市, 駅, 社, 線: ``_person_prose``)
and the usual positive reasons (a place's or body's word after it, a quoted
title) keep it from being a name.

Found from the token index of proper nouns (surnames and places are): no
pass over the text. Findings are weak guesses under ``_person_prose``'s
source (score 0.25): masked under the strict profile only.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._name_lexicon import given_names, is_surname, split_full_name
from redactor.recognizers._person_index import token_index
from redactor.recognizers._person_prose import _NOT_NAME_LAST, BEFORE_WORDS, _kinds, _result, _veto
from redactor.recognizers._text import KANJI
from redactor.tokens import Token

# How many two-kanji given names of the lexicons a character must close to
# count as one that closes given names (about 450 characters: 汰, 斗, 也, 子),
# and how many it must open (about 1,000: the opening character is freer, and
# the modern ones, 煌, 凪, 琉, are rare in lists compiled before them).
_MIN_CLOSING = 20
_MIN_OPENING = 5
_TWO_KANJI = re.compile(r"^[\u4e00-\u9fff々]{2}$")
_KANJI_CHAR = re.compile(rf"[{KANJI}]")
# What may follow the name: a particle, punctuation, a bracket, the end.
_END = re.compile(r"[はがをにとのもへやらで、。，,（(」』\s]|$")
_PHRASE_START = frozenset("、。，．「」『』（）()・ \t\nはがもとにでを")


@lru_cache(maxsize=1)
def name_kanji() -> tuple[frozenset[str], frozenset[str]]:
    """(characters that often open a two-kanji given name, characters that often close one)."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for g in given_names():
        if _TWO_KANJI.match(g):
            first[g[0]] += 1
            last[g[1]] += 1
    return (frozenset(c for c, k in first.items() if k >= _MIN_OPENING),
            frozenset(c for c, k in last.items() if k >= _MIN_CLOSING))


def _surname_token(t: Token) -> bool:
    """A token that is a surname here: tagged 姓, or a place the lexicons hold as a surname."""
    if len(t.surface) < 2 or not all(_KANJI_CHAR.match(c) for c in t.surface):
        return False
    if t.pos[2] == "人名" and t.pos[3] == "姓":
        return True
    return t.pos[2] == "地名" and t.pos[3] != "国" and is_surname(t.surface)


def rare_given_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """Surname + a two-kanji given name known by its form (module docstring)."""
    index = token_index(tokens)
    first, last = name_kanji()
    for i in index.where("pos1", "固有名詞"):  # (surnames and places are proper nouns; a column other passes read)
        t = tokens[i]
        given = text[t.end:t.end + 2]
        if len(given) < 2 or given[0] not in first or given[1] not in last or given[1] in _NOT_NAME_LAST:
            continue  # (the cheap test first: most proper nouns are followed by no name kanji)
        if not _surname_token(t) or (t.start > 0 and text[t.start - 1] not in _PHRASE_START):
            continue
        if not _END.match(text, t.end + 2) or (t.end + 2 < len(text) and _KANJI_CHAR.match(text[t.end + 2])):
            continue
        if given in given_names() or split_full_name(t.surface + given) is not None:
            continue  # the lexicons' own split finds it (person.py, _person_prose)
        if _kinds(given) - {"人名"} or given in BEFORE_WORDS:
            continue  # a word the dictionary knows (工業, 政権, 選手): a longer word, not a name
        start, end = t.start, t.end + 2
        reason = _veto(text, start, end, [t.surface, given])
        if reason:
            drop("PERSON", text, start, end, reason)
            continue
        yield _result(rec, start, end, f"姓「{t.surface}」に名の形の漢字二字が続く", t.surface, True)
