"""PERSON: a household member's given name right after their relation word,
set apart by a comma, a middle dot or a space (長女、さくら（１０歳）, 孫・ひかり,
妻　翼).

Case records and household descriptions name family members by relation
and given name only. A given name in kana, or one that is an ordinary word
(翼, 光), has no 人名 tag for ``PersonRecognizer`` to start from, and with a
comma between it is no bracket either (``_person_brackets``). The relation
word is the evidence: a word right after it that the name lexicon knows as
a given name, ending where a name ends (a bracket, a comma, a particle, the
line's end), is that member's name -- a private person's.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._drops import drop
from redactor.recognizers._text import KANJI_ODORIJI, words_regex

_RELATIONS = [w for w in load_toml("person_forms.toml", "redactor.recognizers.data")["brackets"]["private_relations"]
              if w not in ("本人", "世帯主", "同居人", "同居者")]
_RELATION_GIVEN = re.compile(
    rf"(?<![{KANJI_ODORIJI}])(?P<rel>%s)[、,・ ]{{1,2}}"
    rf"(?P<given>[ぁ-ゖ]{{2,4}}?|[ァ-ヺー]{{2,5}}|[{KANJI_ODORIJI}]{{1,3}})"
    rf"(?=[(（、,。)） \t\n]|[はがとのも](?![ぁ-ゖ])|$)" % words_regex(_RELATIONS))
_ANCHOR = re.compile(r"(?:%s)[、,・ ]" % words_regex(_RELATIONS))


def find_relation_given_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """Findings for given names set apart after a household relation word."""
    for m in scan(_RELATION_GIVEN, _ANCHOR, text):
        given = m.group("given")
        start, end = m.span("given")
        if not lex.is_given_name(given):
            drop("PERSON", text, start, end, "続柄のあとの語が名の辞書にない")
            continue
        yield rec.result("PERSON", start, end, 0.8, f"続柄「{m.group('rel')}」のあとの名", role="private",
                         role_source="role_before", role_word=m.group("rel"), person_key=given, full_name=False)
