"""Facts about one text that the PERSON passes share, computed once per text.

``PersonRecognizer.find`` runs some twenty passes over one chunk, and each
candidate's context is read by the same helpers (``decide_role``,
``role_after``) from several of them. Many of those helpers look for a word
near the candidate that most documents never contain at all (参考人, 消防団,
an incident's party): asking once per text whether the word occurs anywhere
lets every candidate of a text without it skip the window scans. The answer
is the same by construction: a word absent from the whole text is absent
from every window of it.

The facts are kept for the last text asked about only (one entry, compared
by identity, so never mixed up with another text of the same content and
never grown), which is the chunk the passes are working on. The entry is
one tuple, replaced whole, so a second thread asking about another text
at the same time recomputes rather than reads the wrong facts.

``TokenIndex`` does the same for the token list: the lists every pass would
otherwise rebuild (starts, ends, parts of speech) built once by C loops.
"""
from __future__ import annotations

import re
from itertools import compress
from functools import partial
from operator import and_, is_not, itemgetter, methodcaller, not_
from typing import Any, Callable, Iterable, TypeVar

from redactor.tokens import Token


class TextFacts:
    """Lazily computed, cached answers about one text."""

    __slots__ = ("text", "_present", "_searched", "memo")

    def __init__(self, text: str) -> None:
        self.text = text
        self._present: dict[str, bool] = {}
        self._searched: dict[re.Pattern, bool] = {}
        # per-position answers of pure helpers of (text, position): name -> {position: answer}
        self.memo: dict[str, dict[Any, Any]] = {}

    def has_any(self, key: str, words: Iterable[str]) -> bool:
        """Whether any of ``words`` occurs anywhere in the text; ``key`` names
        the list (hashing a long tuple per call would cost more than the answer)."""
        found = self._present.get(key)
        if found is None:
            text = self.text
            found = self._present[key] = any(w in text for w in words)
        return found

    def matches_somewhere(self, rx: re.Pattern) -> bool:
        """Whether ``rx`` finds a match anywhere in the text."""
        found = self._searched.get(rx)
        if found is None:
            found = self._searched[rx] = rx.search(self.text) is not None
        return found


_last_facts: tuple[str, TextFacts] | None = None


def facts(text: str) -> TextFacts:
    """The shared facts of ``text`` (see the module docstring)."""
    global _last_facts
    last = _last_facts
    if last is not None and last[0] is text:
        return last[1]
    made = TextFacts(text)
    _last_facts = (text, made)
    return made


R = TypeVar("R")


def memoized(name: str, fn: Callable[[str, int], R]) -> Callable[[str, int], R]:
    """``fn(text, position)`` remembered per position for the current text:
    for pure helpers that several passes ask about the same place."""
    def cached(text: str, pos: int) -> R:
        table = facts(text).memo.setdefault(name, {})
        try:
            return table[pos]
        except KeyError:
            answer = table[pos] = fn(text, pos)
            return answer
    cached.__doc__ = fn.__doc__
    cached.__wrapped__ = fn  # type: ignore[attr-defined]
    return cached


_SURFACE, _START, _END, _POS = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
_P0, _P1, _P2, _P3 = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
_OOV = itemgetter(4)
_NOT_NONE = partial(is_not, None)
MATCH_START = methodcaller("start")  # re.Match.start, for map()
# A surface that opens with katakana (the key "katakana_first" of ``TokenIndex.matching``).
KATAKANA_FIRST = re.compile(r"[ァ-ヺー]")


class TokenIndex:
    """Columns of one token list, built once (by C loops) for every pass."""

    __slots__ = ("tokens", "surfaces", "starts", "ends", "pos0", "pos1", "pos2", "pos3", "_cache")

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.surfaces = list(map(_SURFACE, tokens))
        self.starts = list(map(_START, tokens))
        self.ends = list(map(_END, tokens))
        pos = list(map(_POS, tokens))
        self.pos0 = list(map(_P0, pos))
        self.pos1 = list(map(_P1, pos))
        self.pos2 = list(map(_P2, pos))
        self.pos3 = list(map(_P3, pos))
        self._cache: dict[str, Any] = {}

    def where(self, column: str, value: str) -> list[int]:
        """Indices of the tokens whose ``column`` (pos0..pos3, surfaces) is ``value``."""
        key = column + "=" + value
        found = self._cache.get(key)
        if found is None:
            col: list[str] = getattr(self, column)
            found = self._cache[key] = list(compress(range(len(col)), map(value.__eq__, col)))
        return found

    def where_not_in(self, column: str, key: str, values: frozenset[str]) -> list[int]:
        """Indices of the tokens whose ``column`` is none of ``values`` (``key`` names the set)."""
        key = column + "!" + key
        found = self._cache.get(key)
        if found is None:
            col: list[str] = getattr(self, column)
            found = self._cache[key] = list(compress(range(len(col)), map(not_, map(values.__contains__, col))))
        return found

    def noun_before_noun(self) -> list[int]:
        """Indices of the nouns (名詞) followed by a noun."""
        found = self._cache.get("noun_noun")
        if found is None:
            noun = list(map("名詞".__eq__, self.pos0))
            found = self._cache["noun_noun"] = list(compress(range(len(noun) - 1), map(and_, noun, noun[1:])))
        return found

    def with_surface(self, key: str, surfaces: frozenset[str]) -> list[int]:
        """Indices of the tokens whose surface is one of ``surfaces`` (``key`` names the set)."""
        key = "surface:" + key
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = list(compress(range(len(self.surfaces)), map(surfaces.__contains__,
                                                                                   self.surfaces)))
        return found

    def matching(self, key: str, rx: re.Pattern) -> list[int]:
        """Indices of the tokens whose surface ``rx`` matches at its start (``key`` names it)."""
        key = "match:" + key
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = list(compress(range(len(self.surfaces)), map(rx.match, self.surfaces)))
        return found

    def oov(self) -> list[int]:
        """Indices of the tokens unknown to the dictionary."""
        found = self._cache.get("oov")
        if found is None:
            found = self._cache["oov"] = list(compress(range(len(self.tokens)), map(_OOV, self.tokens)))
        return found

    def starting_at(self, positions: Iterable[int]) -> list[int]:
        """Indices of the tokens that start at one of ``positions``, in order."""
        return self._at("starts", positions)

    def ending_at(self, positions: Iterable[int]) -> list[int]:
        """Indices of the tokens that end at one of ``positions``, in order."""
        return self._at("ends", positions)

    def _at(self, column: str, positions: Iterable[int]) -> list[int]:
        table = self._cache.get(column)
        if table is None:
            col: list[int] = getattr(self, column)
            table = self._cache[column] = dict(zip(col, range(len(col))))
        if len(table) == len(self.tokens):  # one token per position (Sudachi's tokens never overlap)
            return sorted(filter(_NOT_NONE, map(table.get, positions)))
        wanted = set(positions)  # (empty tokens share a position: every one is read)
        return [i for i, p in enumerate(getattr(self, column)) if p in wanted]


# The chunk's tokens and the list with hidden names retagged (``retag_hidden_names``),
# the two lists the passes read: two entries, newest first, each compared by identity.
_last_index: tuple[tuple[list[Token], TokenIndex], ...] = ()


def token_index(tokens: list[Token]) -> TokenIndex:
    """The shared index of ``tokens`` (see ``_last_index``; as ``facts``, by identity)."""
    global _last_index
    entries = _last_index
    for listed, index in entries:
        if listed is tokens and len(index.starts) == len(tokens):
            return index
    made = TokenIndex(tokens)
    _last_index = ((tokens, made),) + entries[:1]
    return made
