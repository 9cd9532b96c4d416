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
from redactor.recognizers._name_lexicon import is_surname, split_full_name
from redactor.recognizers._person_prose import _kinds, _result, _veto
from redactor.recognizers._person_roles import AFTER
from redactor.recognizers._text import KANJI
from redactor.tokens import Token, dictionary_tags

_DATA = load_toml("person_prose_titled.toml", "redactor.recognizers.data")
_TITLES = tuple(dict.fromkeys(tuple(AFTER["person"]) + tuple(_DATA["titles"])))
_TITLE_SET = frozenset(_TITLES)
_TITLE_PREFIXES = frozenset(t[:k] for t in _TITLES for k in range(1, len(t)))
_NOT_LAST = frozenset(_DATA["not_name_last"])
_NOT_END = tuple(_DATA["not_name_end"])
_KANJI_NAME_RUN = re.compile(rf"^[{KANJI}々ヶノ]+$")
# A surname alone before a title (四十物課長, 嘉納館長): the titles of the staff and
# the bodies of a municipality. Not the titles of news and history (外相, 卿,
# 大臣, 艦長), which follow a country's, a ministry's or a ship's name as often
# (三国外相, 大蔵卿, 最上艦長), and not the heads of places below (大村知事).
_SURNAME_TITLES = frozenset(AFTER["official"])
_SURNAME_TITLE_PREFIXES = frozenset(t[:k] for t in _SURNAME_TITLES for k in range(1, len(t)))
_HEADS_OF_PLACES = frozenset(_DATA["heads_of_places"])
_NOT_SURNAMES = frozenset(_DATA["not_surnames"])
# What may stand right before a surname opening its phrase: no kanji (the start of a
# text, kana, punctuation), or the last character of the body the person works in
# (総務課四十物主査: the section, then the person).
_BODY_LAST = frozenset("部課係室所館局庁署")
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


def _title_at(tokens: list[Token], i: int, titles: frozenset[str], prefixes: frozenset[str]) -> str | None:
    """The title that opens at tokens[i]: one token (課長) or two (館|長, 容疑|者)."""
    surface = tokens[i].surface
    if surface in titles:
        return surface
    if surface in prefixes and i + 1 < len(tokens) and surface + tokens[i + 1].surface in titles:
        return surface + tokens[i + 1].surface
    return None


def titled_surnames(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """四十物課長から, 嘉納館長が: a surname of the lexicons alone, fused before a
    title, which Sudachi reads as a word (四十物: a dried-fish word; 嘉納: a
    verbal noun) and so tags no 人名. Staff in minutes are named this way at
    every turn; under the strict profile each is masked.

    The surname is the longest run of one or more tokens before the title that
    the lexicons hold as a surname, standing from a boundary or right after a
    body's last character (総務課四十物主査). Not read as a name: a word of the
    municipality's organisation that is also a surname (``not_surnames``), a
    place the dictionary knows before the head of a place (大村知事), a proper
    noun the dictionary knows as something other than a name, and the vetoes
    ``_person_prose`` applies to every name in prose."""
    for i in range(1, len(tokens)):
        t = tokens[i]
        if not (t.surface in _SURNAME_TITLES or t.surface in _SURNAME_TITLE_PREFIXES):
            continue  # (the cheap test first: most tokens open no title)
        title = _title_at(tokens, i, _SURNAME_TITLES, _SURNAME_TITLE_PREFIXES)
        if title is None or tokens[i - 1].end != t.start or tokens[i - 1].pos[2] == "人名":
            continue  # (a name Sudachi tags is person.py's)
        name = None
        for k in range(i - 1, max(-1, i - 4), -1):
            if tokens[k].end != tokens[k + 1].start or not _KANJI_NAME_RUN.match(tokens[k].surface):
                break
            start = tokens[k].start
            candidate = text[start:t.start]
            if len(candidate) > 5:
                break
            before = text[start - 1:start]
            if 2 <= len(candidate) and is_surname(candidate) and (
                    not _KANJI_CHAR.match(before or " ") or before in _BODY_LAST):
                name = (start, candidate, tokens[k:i])
        if name is None:
            continue
        start, surname, parts = name
        end = t.start
        if surname in _NOT_SURNAMES:
            drop("PERSON", text, start, end, "組織・地区の語（肩書の前）")
            continue
        tags = dictionary_tags(surname)
        if title in _HEADS_OF_PLACES and any(kind == "地名" for kind, _ in tags):
            drop("PERSON", text, start, end, "首長の職名の前の地名")
            continue
        if len(parts) == 1 and parts[0].pos[1] == "固有名詞" and parts[0].pos[2] != "人名" \
                and ("人名", "姓") not in tags:
            drop("PERSON", text, start, end, "辞書に一語として載る人名以外の固有名詞")
            continue
        reason = _veto(text, start, end + len(title), [surname])
        if reason:
            drop("PERSON", text, start, end, reason)
            continue
        yield _result(rec, start, end, f"肩書「{title}」の前の姓（姓名辞書）", surname, False)
