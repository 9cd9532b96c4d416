"""PERSON: a surname Sudachi reads as a common noun (鵜飼 "cormorant
fishing", 森林, 宇賀神), found where the layout names a person by it.

``PersonRecognizer`` builds candidates from proper nouns and unknown words,
so a surname that is also a common noun in the dictionary never becomes a
candidate, even right before a title (前任の鵜飼委員) or in a post's
brackets (民生委員（鵜飼）) -- it was neither found nor dropped. Here the
name lexicon is the second source: a common-noun token of two to four kanji
that the lexicon knows as a surname (one set lookup per such token) is a
name when

- a title follows it at once (鵜飼委員, 鵜飼議員), the title not being the
  head of a longer word (鵜飼委員会 is a committee) nor a unit's head
  (森林課長), or
- it stands alone in brackets right after a role word (民生委員（鵜飼）,
  住民Ａ（宇賀神）), how minutes name the holder of a post or a resident.

The role comes from the same context as for any name (``decide_role``).
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._person_district import district_reason
from redactor.recognizers._person_index import token_index
from redactor.recognizers._person_roles import BEFORE, COMMUNITY, decide_role, role_after
from redactor.recognizers._text import KANJI_NAME, KANJI_ODORIJI
from redactor.tokens import Token

_KANJI_WORD = re.compile(rf"^[{KANJI_NAME}]{{2,4}}$")
_KANJI = re.compile(rf"[{KANJI_ODORIJI}]")
_ROLE_WORDS = frozenset(w for ws in BEFORE.values() for w in ws) | frozenset(COMMUNITY)
# a role word, an optional letter (住民Ａ), an opening bracket: what stands before 「（鵜飼）」
# the first character of a unit's head (課長, 係長, 部長, 室長, 局長, 所長, 館長, 園長)
_UNIT_FIRST = frozenset("課係部室局所館園")
_ROLE_BEFORE_BRACKET = re.compile(r"(?P<word>[^\s(（]{2,12}?)[A-Z]?[(（]$")


def _title_after(text: str, end: int) -> tuple[str, str] | None:
    """The title right after ``end`` (not an honorific), unless a kanji goes on
    after it (委員会, 課長会議: a body or a meeting, not a person's title)."""
    after = role_after(text, end)
    if after is None or after[0] == "private":
        # honorifics (さん, 氏) are the anchored candidates' (_person_anchored), with
        # their own named drops (大家さん, 運転手さん)
        return None
    word_end = end + len(after[1])
    if text[end:word_end] != after[1]:
        return None  # read past a bracket or a tab: not fused to the word
    if _KANJI.match(text, word_end):
        return None
    if after[1][:1] in _UNIT_FIRST:
        return None  # 森林課長, 鵜飼係長: as often the head of a department named so
    return after


def _bracketed_after_role(text: str, start: int, end: int) -> str | None:
    """The role word when the word stands alone in brackets after it."""
    if text[end:end + 1] not in (")", "）"):
        return None
    m = _ROLE_BEFORE_BRACKET.search(text, max(0, start - 14), start)
    if m is None:
        return None
    word = m.group("word")
    for k in range(len(word)):  # the longest role word ending the window (前任の民生委員 → 民生委員)
        if word[k:] in _ROLE_WORDS:
            return word[k:]
    return None


def find_lexicon_surnames(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """Findings for common-noun surnames before a title or in a role's brackets."""
    for t in map(tokens.__getitem__, token_index(tokens).where("pos1", "普通名詞")):
        if t.pos[1] != "普通名詞" or not _KANJI_WORD.match(t.surface) or not lex.is_surname(t.surface):
            continue
        if _KANJI.match(text, t.start - 1) if t.start > 0 else False:
            continue  # the end of a longer word (国際森林…)
        title = _title_after(text, t.end)
        role_word = None if title else _bracketed_after_role(text, t.start, t.end)
        if title is None and role_word is None:
            continue
        district = district_reason(text, t.start, t.end)
        if district:  # 小島千尋（新開班長）: the district of the post, not its holder
            drop("PERSON", text, t.start, t.end, district)
            continue
        role, source, word = decide_role(text, t.start, t.end, title)
        why = f"姓の辞書にある語のあとに「{title[1]}」" if title else f"「{role_word}」のあとの括弧内の姓"
        yield rec.result("PERSON", t.start, t.end, 0.8, why, role=role, role_source=source, role_word=word,
                         person_key=t.surface, full_name=False)
