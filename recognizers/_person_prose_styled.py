"""PERSON in prose: names written with a rank before them or a style after them.

Two ways prose names a person that the name lexicons cannot confirm:

- a wrestler's ring name after his rank (横綱ＸＸ, 大関ＸＸが): a ring name is
  made of ordinary kanji (嵐, 若, 海, 山) and is in no list of names, but
  after a rank of the banzuke (``data/person_prose_styled.toml``) a run of
  two to four kanji that is no dictionary word and ends at a particle or a
  punctuation mark names the wrestler (横綱昇進, 大関陥落 are words);
- a name the dictionary tags 人名 followed by a style of address written
  fused after it that is no title of ``person_roles.toml`` (Ｘ公, Ｘ翁,
  Ｘ大師; 卿, 女史, 上人 are titles there): ``person.py`` drops
  the name as the head of a longer kanji word; the finding here covers the
  name and its style, so the name is masked whichever the reader counts.

Both are read from the token index (rank words, 人名 tokens): no pass over
the text. Findings are weak guesses under ``_person_prose``'s source (score
0.25): masked under the strict profile only.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._person_index import token_index
from redactor.recognizers._person_prose import _kinds, _result, _veto
from redactor.recognizers._text import KANJI
from redactor.tokens import Token

_DATA = load_toml("person_prose_styled.toml", "redactor.recognizers.data")
_RANKS = frozenset(_DATA["ranks"].split())
_STYLES = frozenset(_DATA["styles"].split())
_RANK_PREFIXES = frozenset("元前新現")
_WORDS = _RANKS | _STYLES  # one index column for both rules
_KANJI_RUN = re.compile(rf"[{KANJI}々]{{2,5}}")
_KANJI_CHAR = re.compile(rf"[{KANJI}]")
# What may follow the name: a particle, punctuation, a bracket, the end.
_END = re.compile(r"[はがをにとのもへやらで、。，,（(」』\s]|$")


def ring_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """横綱ＸＸが: a ring name after a rank (module docstring)."""
    for i in token_index(tokens).with_surface("styled_words", _WORDS):
        t = tokens[i]
        if t.surface not in _RANKS or t.pos[0] != "名詞" or (t.start > 0 and _KANJI_CHAR.match(text[t.start - 1])
                                   and text[t.start - 1] not in _RANK_PREFIXES):
            continue  # 元横綱, 前大関 are ranks; 大横綱 is a longer word
        m = _KANJI_RUN.match(text, t.end)
        if not m or not 2 <= len(m.group(0)) <= 4 or not _END.match(text, m.end()):
            continue
        name = m.group(0)
        if _kinds(name) - {"人名"} or name in _RANKS:
            continue  # 昇進, 陥落, 審議: a word, not a ring name
        reason = _veto(text, m.start(), m.end(), [name])
        if reason:
            drop("PERSON", text, m.start(), m.end(), reason)
            continue
        yield _result(rec, m.start(), m.end(), f"番付「{t.surface}」のあとの四股名", name, True)


def styled_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """Ｘ公の, Ｘ翁が: a 人名 token and a style fused after it (module docstring)."""
    for i in token_index(tokens).with_surface("styled_words", _WORDS):
        if i < 1 or tokens[i].surface not in _STYLES:
            continue
        name, style = tokens[i - 1], tokens[i]
        if name.pos[2] != "人名" or name.end != style.start or not _END.match(text, style.end) \
                or (style.end < len(text) and _KANJI_CHAR.match(text[style.end])):
            continue
        start = name.start
        if i >= 2 and tokens[i - 2].pos[2] == "人名" and tokens[i - 2].end == start:
            start = tokens[i - 2].start  # a surname and a given name before the style
        reason = _veto(text, start, style.end, [text[start:name.end]])
        if reason:
            drop("PERSON", text, start, style.end, reason)
            continue
        yield _result(rec, start, style.end, f"人名と敬称・称号「{style.surface}」", name.surface, start < name.start)

