"""PERSON: a surname and a given name set apart by one space inside a sentence
(申出の内容は、南　真理が所有する土地の…).

Japanese prose puts no space between words; the one place a writer sets one
inside a sentence is between a surname and a given name (spaced-out
headings, 山　田　太　郎, are ``PersonRecognizer._spaced_names``). So a kanji
run the name lexicons know as a surname, one space, then a run they know as a
given name, standing in a sentence -- a boundary before it, a particle or a
comma after it -- is a name even with no honorific or role word around it,
and even when both parts are ordinary words (南 south, 真理 truth), which is
why Sudachi's 人名 tags and the anchored readers miss it. A table row (cells
set apart by spaces) has no particle after its cells, so it is not read here.
Dropped with a named reason: a title or a unit of local government as the
second part (北浜 市長が, 東 町が).
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._drops import drop
from redactor.recognizers._person_anchored import _HONORIFIC, TITLES
from redactor.recognizers._person_roles import decide_role
from redactor.recognizers._text import KANJI, KANJI_NAME

# (a surname of one to four kanji after a boundary; one space; a given name in kanji -- hiragana
# after a space is as often a particle or a word (田中 とかが, 相沢 からの) -- then a particle, a
# comma or a stop: the pair stands in a sentence)
_PAIR = re.compile(
    rf"(?:(?<=[、。「『（(\n ぁ-ゖ])|^)(?P<sur>[{KANJI}][{KANJI_NAME}]{{0,3}}) (?P<given>[{KANJI}][{KANJI_NAME}]{{0,2}})"
    r"(?=が|は|を|に|の|と|へ|も|や|、|。|から|より|まで)", re.M)
_ANCHOR = re.compile(rf"[{KANJI_NAME}] [{KANJI}]")
_MUNICIPAL_UNITS = frozenset("市町村区郡県都府道")


def find_spaced_pairs(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """A finding for each surname + space + given name standing in a sentence."""
    for m in scan(_PAIR, _ANCHOR, text):
        sur, given = m.group("sur"), m.group("given")
        if not (lex.is_surname(sur) and lex.is_given_name(given)):
            continue  # no name of the lexicons: two words a writer set apart (a heading's parts)
        if given in TITLES or sur in TITLES or given in _MUNICIPAL_UNITS or _HONORIFIC.fullmatch(given):
            drop("PERSON", text, m.start(), m.end(), "空白のあとが職名・敬称・自治体の単位")
            continue
        start, end = m.start(), m.end()
        role, source, word = decide_role(text, start, end)
        yield rec.result("PERSON", start, end, 0.6, "文中で空白をはさむ姓と名（辞書の姓＋名）", role=role,
                         role_source=source, role_word=word, person_key=sur, full_name=True)
