"""PERSON in prose: a name that its sentence defines by an occupation.

Encyclopedias, staff introductions and case reports introduce a person by
saying what the person does: ＸＸは、日本の漫画家。 ＸＸは市内で農業を営む
農業者である。 The subject of such a sentence has no honorific, no name field
and, when the name is rare (河下水希, 千花有黄) or made of ordinary words
(治山正史), no 人名 tag either, so no other rule has a token to start from.

The predicate is the context: the sentence ends with an occupation noun
(the job words of ``data/person_prose.toml`` and the Japan Standard
Occupational Classification nouns of ``data/jsoc_occupations.toml``), alone
or listed with 、 (歴史学者、小説家), with a copula or none
(``data/person_prose_defined.toml``). An occupation is said of a person,
not of a body or a place, so the bar for the subject's own likeness is low;
but positive reasons that the subject is something else win:

- it is one ordinary word of the dictionary (現在, 旧姓, ポジション), a
  pronoun (同氏, 彼), or a job or title word itself (会長は元教師): the
  sentence then says what a known person was, and names nobody;
- it is made only of ordinary words that the name lexicons do not read as
  a surname and a given name (最終階級);
- a body's or a place's word closes it, or one of the vetoes
  ``_person_prose`` applies to every name in prose.

Findings are weak guesses under ``_person_prose``'s source (score 0.25):
the strict profile masks them, the default profile leaves the name to
``person.py``'s stronger evidence.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._name_lexicon import is_given_name, is_surname, split_full_name
from redactor.recognizers._person_index import token_index
from redactor.recognizers._person_prose import _DATA as _PROSE, _TITLE_WORDS, _result, _veto
from redactor.recognizers._text import words_regex
from redactor.tokens import Token

_DATA = load_toml("person_prose_defined.toml", "redactor.recognizers.data")
_JSOC = load_toml("jsoc_occupations.toml", "redactor.recognizers.data")
_OCCUPATIONS = (frozenset(_PROSE["before"]["occupations"].split())
                | frozenset(w for words in _JSOC["groups"].values() for w in words)) \
    - frozenset(_DATA["not_occupations"].split())
_COPULA = words_regex(_DATA["copulas"].split())
_JOB = words_regex(sorted(_OCCUPATIONS))
# The predicate from the subject's は to the sentence's end: a short noun phrase
# (日本の, 大阪府出身の, 市内で農業を営む) closed by an occupation noun, or by
# several listed with 、, then a copula or nothing.
_PREDICATE = re.compile(rf"、?[^。\n]{{0,40}}?(?P<job>{_JOB})(?:、[^、。\n]{{0,12}}?(?:{_JOB}))*(?:{_COPULA})?(?:。|\n|$)")
# Where a sentence's subject may open: the text's start, a sentence's end, a
# line break, an opening bracket, or a comma after an adverbial phrase (なお、).
_OPENS = frozenset("。\n「『（(、 　")
# Tokens a name is made of: nouns (a name, a rare name read as words), a
# prefix or suffix Sudachi cut from one (有|道, 出), and the ・ of a foreign name.
_NAME_POS = frozenset(["名詞", "接頭辞", "接尾辞"])
_JOINERS = frozenset(["・", "＝", "="])
_WA = frozenset(["は"])
# A generation written before a name that is handed down (初代ＸＸ, 七代目ＸＸ): part of
# the subject, not of the name.
_GENERATION = re.compile(r"^(?:初代|先代|当代|[0-9一二三四五六七八九十]+代目?)")
# An honorific that Sudachi reads as a suffix of the subject (苗代|さん|は): the name is
# the run before it (and person.py's, which reads the honorific as its context).
_HONORIFICS = frozenset(["さん", "様", "さま", "氏", "君", "くん", "殿", "ちゃん"])
_LONGEST = 20


def _subject_before(tokens: list[Token], i: int) -> int | None:
    """Index of the first token of the run of name tokens fused before tokens[i]."""
    j = i
    while j > 0 and tokens[j - 1].end == tokens[j].start and tokens[i].start - tokens[j - 1].start <= _LONGEST \
            and (tokens[j - 1].pos[0] in _NAME_POS or tokens[j - 1].surface in _JOINERS):
        j -= 1
    return j if j < i else None


def _not_a_name(run: list[Token], name: str) -> str | None:
    """Why a subject defined by an occupation names no person, or None (module docstring)."""
    if any(t.pos[1] == "代名詞" for t in run):
        return "代名詞（同氏、彼）"
    if name in _TITLE_WORDS or name in _OCCUPATIONS or any(t.surface in _TITLE_WORDS for t in run):
        return "職名・肩書の語（会長は元教師）"
    if run[0].surface in _JOINERS or run[-1].surface in _JOINERS:
        return "中黒で始まる・終わる語"
    if len(run) == 1:
        t = run[0]
        if t.pos[2] != "人名" and not t.oov and t.pos[1] in ("普通名詞", "固有名詞"):
            return "辞書の一語（普通名詞・地名・組織名）"
        return None
    if all(t.pos[1] == "普通名詞" or t.pos[0] != "名詞" for t in run) and not (
            split_full_name(name) or (is_surname(run[0].surface) and is_given_name(run[-1].surface))
            or (len(run[0].surface) >= 2 and is_given_name(run[-1].surface))):
        return "普通名詞だけからなり姓名に分けられない語（最終階級）"
    return None


def defined_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """ＸＸは、日本の漫画家。: the subject of a sentence whose predicate is an
    occupation. Found from the index of は tokens: no pass over the text."""
    for i in token_index(tokens).with_surface("wa", _WA):
        wa = tokens[i]
        if wa.pos[0] != "助詞":
            continue
        first = _subject_before(tokens, i)
        if first is None:
            continue
        start, end = tokens[first].start, wa.start
        if start > 0 and text[start - 1] not in _OPENS:
            continue  # the subject goes on before (市の職員は): not a name standing alone
        predicate = _PREDICATE.match(text, wa.end)
        if not predicate:
            continue
        run = tokens[first:i]
        if run[-1].surface in _HONORIFICS:
            continue  # 苗代さんは…農家である: a name with its honorific is person.py's
        generation = _GENERATION.match(text[start:end])
        if generation and end - start - generation.end() >= 2:
            start += generation.end()
            run = [r for r in run if r.start >= start] or run
        name = text[start:end]
        reason = _not_a_name(run, name) or _veto(text, start, end, [name])
        if reason:
            drop("PERSON", text, start, end, reason)
            continue
        split = split_full_name(name)
        yield _result(rec, start, end, f"職業「{predicate.group('job')}」を述語とする文の主語",
                      split[0] if split else name, True)
