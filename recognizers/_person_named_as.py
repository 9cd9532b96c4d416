"""PERSON: a household's surname given as care-of in an address.

An address written for mail names the household it goes to after its number
(北浜市本町一丁目２番３号　雲雀　方, …ハイツ２０１号室　雲雀方): 方 after an
address's number (1-2-3, …号, …番地, …号室, not a list item's number) names
the household, so the word between is its surname, with no 人名 tag or
honorific to start from. It is a private person's unless the role reading
around it says otherwise.

(A name stated after 名前は was tried too and left out: on text nobody tuned
to it found nothing new and marked words that were no names.)
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._person_roles import decide_role
from redactor.recognizers._text import KANJI_ODORIJI

_NAME_CHARS = rf"[{KANJI_ODORIJI}ァ-ヺー]"
# An address's number (1-2-3, …号, …番地, …号室: not a list's item number), a
# space, a surname (kanji or katakana), 方.
_CARE_OF = re.compile(
    rf"(?:\d[-－]\d+|号|番地|号室)[ 　]+(?P<name>{_NAME_CHARS}{{1,6}})[ 　]?方(?=[ 　\t\n、。]|$)")
_CARE_OF_ANCHOR = re.compile(r"(?:\d|号|番地|号室)[ 　]")  # every match holds one: far rarer than 方


def find_named_as(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """Findings for a household's surname before 方 after an address."""
    for m in scan(_CARE_OF, _CARE_OF_ANCHOR, text):
        start, end = m.span("name")
        role, source, word = decide_role(text, start, end)
        if source == "none":
            role, source, word = "private", "care_of", "方"
        yield rec.result("PERSON", start, end, 0.8, "住所のあとの「〜方」（世帯の姓）", role=role,
                         role_source=source, role_word=word, person_key=m.group("name"), full_name=False)
