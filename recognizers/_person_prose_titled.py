"""PERSON in prose: a kanji name fused before the title or role that follows it.

News and encyclopedic prose write a person's title right after the name,
with nothing between: ＸＸ選手, ＸＸ社長, ＸＸ容疑者, ＸＸ氏. When Sudachi
knows neither part of the name as 人名 (a rare surname, a modern given name:
閑谷颯真, 雲雀丘結衣), it reads the run as words and ``person.py`` has no
token to start from; ``_person_prose`` reads a name after a job word
(作曲家ＸＸ), not before one.

Here the title is the context and the name lexicons are the evidence: the
kanji run right before a person's title (``data/person_prose_titled.toml``)
is proposed when it is three to six kanji, stands apart from the kanji
before it, and splits into a surname and a given name of the lexicons (the
given name known, the surname known or two kanji or more). Positive reasons
that the run names something else win: a body's or a place's last
character (〜市, 〜社, 〜大学), one dictionary word that is a place or another
proper noun, and the vetoes ``_person_prose`` applies to every name in prose.

Findings are weak guesses under ``_person_prose``'s source (score 0.25): the
strict profile masks them, the default profile, which reads titles as an
official's or a private person's, leaves them to ``person.py``.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._name_lexicon import split_full_name
from redactor.recognizers._person_prose import _kinds, _result, _veto
from redactor.recognizers._person_roles import AFTER
from redactor.recognizers._text import KANJI
from redactor.tokens import Token

_DATA = load_toml("person_prose_titled.toml", "redactor.recognizers.data")
_TITLES = tuple(dict.fromkeys(tuple(AFTER["person"]) + tuple(_DATA["titles"])))
_TITLE_SET = frozenset(_TITLES)
_TITLE_PREFIXES = frozenset(t[:k] for t in _TITLES for k in range(1, len(t)))
_NOT_LAST = frozenset(_DATA["not_name_last"])
_NOT_END = tuple(_DATA["not_name_end"])
_KANJI_NAME_RUN = re.compile(rf"^[{KANJI}々ヶノ]+$")
_KANJI_CHAR = re.compile(rf"[{KANJI}々ヶ]")


def _run_before(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(first, last + 1) token indexes of the kanji run fused before tokens[i]."""
    j = i
    while j > 0 and tokens[j - 1].end == tokens[j].start and _KANJI_NAME_RUN.match(tokens[j - 1].surface) \
            and tokens[i].start - tokens[j - 1].start <= 6:
        j -= 1
    return (j, i) if j < i else None


def _not_a_split_name(parts: list[Token], cut: int) -> str | None:
    """Why the tokens of a run cut at ``cut`` into surname and given name do
    not read as a name, or None. A rare surname is often a place in the
    dictionary (閑谷, 雲雀丘), so a place may open the run; but not a body's
    or another proper noun's name, and the given name is neither a proper
    noun nor one ordinary word (東北|楽天: a region, then a word)."""
    first = parts[0]
    if first.pos[1] == "固有名詞" and first.pos[2] not in ("人名", "地名") and "人名" not in _kinds(first.surface):
        return "人名でない固有名詞（組織名など）で始まる"
    given = [p for p in parts if p.end > cut]
    if any(p.pos[1] == "固有名詞" and p.pos[2] != "人名" and "人名" not in _kinds(p.surface) for p in given):
        return "名の部分が人名でない固有名詞（地名・組織名）"
    if len(given) == 1 and given[0].start == cut and given[0].pos[1] == "普通名詞" and "人名" not in _kinds(given[0].surface):
        return "名の部分が辞書の一語（普通名詞）"
    return None


def titled_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """Each kanji run the lexicons split into a name, right before a person's title.
    A set lookup per token: a title is one token (選手) or two (容疑|者)."""
    n = len(tokens)
    for i in range(1, n):
        t = tokens[i]
        surface = t.surface
        if surface in _TITLE_SET:
            title = surface
        elif surface in _TITLE_PREFIXES and i + 1 < n and surface + tokens[i + 1].surface in _TITLE_SET:
            title = surface + tokens[i + 1].surface
        else:
            continue
        prev = tokens[i - 1]
        if prev.end != t.start or not _KANJI_CHAR.match(prev.surface[-1:]):
            continue
        run = _run_before(tokens, i)
        if run is None:
            continue
        start, end = tokens[run[0]].start, t.start
        name = text[start:end]
        if not 3 <= len(name) <= 6 or _KANJI_CHAR.match(text[start - 1:start] or " "):
            continue  # too short to split safely, or the tail of a longer kanji word
        split = split_full_name(name)
        if split is None or len(split[1]) < 1:
            continue
        if name[-1] in _NOT_LAST or name.endswith(_NOT_END):
            drop("PERSON", text, start, end, f"団体・場所の名の終わり（〜{name[-1]}）の後の肩書")
            continue
        parts = tokens[run[0]:run[1]]
        if len(parts) == 1 and parts[0].pos[2] != "人名" and (parts[0].pos[1] == "固有名詞" or "人名" not in _kinds(name)):
            drop("PERSON", text, start, end, "辞書に一語として載る人名以外の語")
            continue
        why = _not_a_split_name(parts, start + len(split[0]))
        if why:
            drop("PERSON", text, start, end, why)
            continue
        # the words after the title, not the title itself (社長 is no company's 社)
        reason = _veto(text, start, end + len(title), [name])
        if reason:
            drop("PERSON", text, start, end, reason)
            continue
        yield _result(rec, start, end, f"肩書「{title}」の前の人名らしい漢字の語（姓名辞書 {split[0]}・{split[1]}）",
                      split[0], True)
