"""PERSON: a surname followed by a given name Sudachi reads as something
else, where the context says a person is named.

Many given names are ordinary words (大地 earth, 翼 wing, 桜, 光, 海) or are
written in kana (はるか, ユウキ), so after a surname Sudachi reads a common
noun or a run of kana and ``PersonRecognizer`` sees the surname alone:
岬 光 氏, 相談者 大河原 光 さん, 田中はるかさん. Here a word the dictionary
knows as a surname, followed (directly or after one space) by such a given
name, is a full name when a role word stands before it or a title or an
honorific after it. Without that context the pair is left alone: 森の光,
佐藤課長から大地震 (a title is never a given name).
"""
from __future__ import annotations

import re
from operator import itemgetter
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._person_index import MATCH_START, token_index
from redactor.recognizers._person_roles import AFTER, BEFORE, decide_role, role_after
from redactor.recognizers._text import KANJI, KANJI_NAME, KANJI_ODORIJI
from redactor.tokens import Token, dictionary_tags

_KANJI_WORD = re.compile(rf"^[{KANJI_NAME}]{{1,4}}$")
_GIVEN_KANJI = re.compile(rf"^[{KANJI_ODORIJI}]{{1,2}}$")
# A given name in kana after the surname and one space (山田 はるか, 佐藤 ユウキ).
_GIVEN_KANA = re.compile(r" (?:[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6})(?![ぁ-ゖァ-ヺー])")
_KANJI = re.compile(rf"[{KANJI_NAME}]")
# Units of local government written after a place name (地方自治法): 北浜市, 浜辺町.
_MUNICIPAL_UNITS = frozenset(["市", "町", "村", "区", "郡", "県", "都", "府", "道"])
# Where a run of kanji starts: a kanji (not 々〆ヶ) after no character of _KANJI.
_RUN_START = re.compile(rf"(?<![{KANJI_NAME}])[{KANJI}]")
_START = itemgetter(1)  # Token.start
_TITLES = frozenset(w for ws in list(AFTER.values()) + list(BEFORE.values()) for w in ws)
# A person's age in brackets (（９１）, (45歳)) right after a name.
_AGE_BRACKET = re.compile(r"[(（][0-9０-９]{1,3}(?:歳|才)?[)）]")
# Context that names a person: a role word before, a title or honorific after.
_STRONG = frozenset(["role_before", "title_after", "honorific", "person_word"])


def _is_surname(t: Token) -> bool:
    return t.pos[0] == "名詞" and bool(_KANJI_WORD.match(t.surface)) and (
        t.pos[3] == "姓" or ("人名", "姓") in dictionary_tags(t.surface))


def _kanji_given(nxt: Token, text: str) -> bool:
    """A one- or two-kanji noun that can be a given name: the dictionary
    knows it as one (大地, 翼, 光), or it is one kanji with an honorific or
    a title right after it (海さん); never a title (課長) or a suffix (屋)."""
    if nxt.pos[0] != "名詞" or not _GIVEN_KANJI.match(nxt.surface) or nxt.surface in _TITLES:
        return False
    if _KANJI.match(text[nxt.end:nxt.end + 1]) and role_after(text, nxt.end) is None:
        return False  # part of a longer word: 大地震
    if ("人名", "名") in dictionary_tags(nxt.surface):
        return True
    return len(nxt.surface) == 1 and role_after(text, nxt.end) is not None


def find_word_given_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """Surname + a given name that is a word or kana, in a person's context.
    The cheap tests come first: most tokens are not a kanji noun before
    another noun, and few of those are surnames."""
    n = len(tokens)
    kanji_word = _KANJI_WORD.match
    # Only a token that opens a run of kanji can be the surname (one inside
    # a longer kanji word is not): those places are found by one regex pass
    # and looked up, instead of a Python test of every token.
    index = dict(zip(map(_START, tokens), range(n - 1)))
    # ... and only a noun before a noun or a space can pass the tests below (a kanji
    # given name is a noun right after it, a kana one comes after a space): the
    # run starts are read at those tokens only, in the same order
    shared = token_index(tokens)
    spaced_after = shared.where("surfaces", " ")
    passing = set(shared.noun_before_noun()).union(i - 1 for i in spaced_after if i > 0)
    at_run_starts = map(index.get, map(MATCH_START, _RUN_START.finditer(text)))
    for i in sorted(passing.intersection(at_run_starts)):
        t = tokens[i]
        if t.pos[0] != "名詞" or not kanji_word(t.surface):
            continue
        spaced = tokens[i + 1].surface == " "
        j = i + 2 if spaced and i + 2 < n else i + 1
        nxt = tokens[j]
        if nxt.pos[2] == "人名" and (spaced or t.pos[2] == "人名"):
            continue  # a tagged given name: PersonRecognizer's own run
        kanji = nxt.pos[0] == "名詞" and _GIVEN_KANJI.match(nxt.surface) is not None \
            and nxt.start == tokens[j - 1].end and nxt.surface not in _TITLES
        kana = None if kanji or not spaced else _GIVEN_KANA.match(text, t.end)
        if not (kanji or kana) or not _is_surname(t):
            continue
        if kanji and not spaced and nxt.surface in _MUNICIPAL_UNITS:
            # 被告　北浜市, 相手方　浜辺町: a place and its unit, a municipality as a
            # party -- not a surname and a given name 市 or 町
            drop("PERSON", text, t.start, nxt.end, "地名＋市区町村の単位（北浜市）")
            continue
        end = None
        if kanji and _kanji_given(nxt, text):
            end = nxt.end
        elif kana and not ctx.starts_with_word(kana.group(0)[1:], _TITLES):
            # glued kana is left to the dictionary (PersonRecognizer's kana given
            # names): 田中はるかさん and 田中からさん look alike; an honorific
            # after a space (田中 さん) is not a given name
            end = kana.end()
        if end is None:
            continue
        role, source, word = decide_role(text, t.start, end)
        if source not in _STRONG and spaced and _AGE_BRACKET.match(text, end):
            # 砂川　トキ（９１）: a person's age in brackets right after the name, as lists
            # of residents and newspapers write it, names the pair a person
            source, word = "age_after", "年齢"
        elif source not in _STRONG:
            continue
        if not spaced and source not in ("role_before", "honorific"):
            # 伊藤忠社長: written together, a company's name before a title looks
            # the same; only a role word before it or an honorific tells
            continue
        yield rec.result("PERSON", t.start, end, 0.8, f"姓＋語・かなの名（文脈「{word}」）",
                         role=role, role_source=source, role_word=word,
                         person_key=t.surface, full_name=True)
