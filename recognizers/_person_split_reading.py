"""PERSON written as surname, its reading in brackets, then the given name:
関（せき）　一郎, 柊（ひいらぎ）まもる.

Registers and lists of residents give the reading of a surname that is
hard to read (one kanji, a rare one) right after it, before the given name.
The bracket cuts the name in two, so neither Sudachi's tags nor the runs of
``PersonRecognizer`` see a full name, and a one-kanji surname alone is not
reported without a title. The shape itself is the evidence: a word the
name lexicon knows as a surname, a kana reading in brackets, and a word it
knows as a given name (or Sudachi tags as one) right after. The finding
covers all three, so the reading is masked with the name.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._drops import drop
from redactor.recognizers._person_roles import decide_role
from redactor.recognizers._text import KANJI_NAME, KANJI_ODORIJI
from redactor.tokens import dictionary_tags

_SPLIT = re.compile(
    rf"(?<![{KANJI_ODORIJI}])(?P<surname>[{KANJI_NAME}]{{1,3}})[(（](?P<reading>[ぁ-ゖー]{{1,8}}|[ァ-ヺー]{{1,8}})[)）]"
    rf"[ ]?(?P<given>[{KANJI_ODORIJI}]{{1,3}}(?![{KANJI_ODORIJI}])"
    # a kana given name ends before an honorific or where the kana end (まもるさん)
    r"|[ぁ-ゖー]{2,4}?(?=さん|さま|様|ちゃん|くん|氏|君|殿|[^ぁ-ゖー]|$))")
_ANCHOR = re.compile(r"[(（][ぁ-ゖァ-ヺー]{1,8}[)）]")


def _known(word: str, part: str) -> bool:
    """Whether the lexicon or Sudachi's dictionary knows ``word`` as a ``part`` (姓 or 名)."""
    if part == "姓" and lex.is_surname(word):
        return True
    if part == "名" and lex.is_given_name(word):
        return True
    return ("人名", part) in dictionary_tags(word)


def find_split_readings(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """A finding for each surname（reading）given-name in ``text`` (normalised)."""
    for m in scan(_SPLIT, _ANCHOR, text):
        surname, given = m.group("surname"), m.group("given")
        if not (_known(surname, "姓") and _known(given, "名")):
            drop("PERSON", text, m.start(), m.end(), "括弧書きの読みの前後が姓・名の辞書にない")
            continue
        start, end = m.span()
        role, source, word = decide_role(text, start, end)
        yield rec.result("PERSON", start, end, 0.8, "姓（読み）名の形の氏名", role=role, role_source=source,
                         role_word=word, person_key=surname, full_name=True)
