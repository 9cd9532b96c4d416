"""Chinese and Korean names written in kanji: 徐平, 金載昊, 楊秀麗.

Sudachi's core dictionary tags few of them: the surname is one character
(often tagged a common noun) and the given name is one or two characters
it has never seen, so ``PersonRecognizer`` finds no 人名 run. The shape
is distinctive in Japanese text, though: a known one-character surname
followed by one or two kanji that Sudachi cut into single characters or
unknown words (a real Japanese word there would be one dictionary token:
金曜日, 王様, 林業), standing alone between non-kanji characters.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._person_anchored import NAME_FIELDS, ROLE_WORDS
from redactor.recognizers._person_roles import decide_role, role_after
from redactor.recognizers._person_spelt_labels import spelt_label
from redactor.recognizers._text import KANJI
from redactor.tokens import Token

_DATA = load_toml("sinitic_surnames.toml", "redactor.recognizers.data")["surnames"]
SURNAMES = frozenset((_DATA["chinese"] + _DATA["korean"]).split()) - frozenset(_DATA["exclude"].split())
_KANJI = re.compile(rf"[{KANJI}]")
_KANJI_ONLY = re.compile(rf"^[{KANJI}]+$")
_ROLE_WORDS = ROLE_WORDS | NAME_FIELDS


def _given_part(t: Token, tagged_surname: bool) -> bool:
    """A piece of an unknown given name: a single kanji, an unknown kanji
    word, or a given name Sudachi knows (tagged 人名); after a surname that
    Sudachi itself tagged 姓 (楊), any kanji noun (秀麗)."""
    if not _KANJI_ONLY.match(t.surface):
        return False
    return (len(t.surface) == 1 or t.oov or t.pos[2] == "人名"
            or (tagged_surname and t.pos[0] == "名詞"))


class SiniticNameRecognizer(JaRecognizer):
    ENTITIES = ("PERSON",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        n = len(tokens)
        for i, t in enumerate(tokens):
            if t.surface not in SURNAMES or _KANJI.match(text[t.start - 1:t.start] if t.start else ""):
                continue
            if role_after(text, t.end) is not None:
                continue  # 林委員, 李さん: a title follows the surname (PersonRecognizer's case)
            j, given = i + 1, ""
            tagged = t.pos[2] == "人名" and t.pos[3] == "姓"
            # 王 偉, 劉 建国: one space between surname and given name, as forms
            # and rosters write them; there the given name may be any kanji
            # word (建国 is also "founding"), if the context names a person
            spaced = j + 1 < n and tokens[j].surface == " " and _KANJI_ONLY.match(tokens[j + 1].surface) is not None
            if spaced:
                j += 1
            while j < n and len(given) < 2 and (spaced or _given_part(tokens[j], tagged)) \
                    and _KANJI_ONLY.match(tokens[j].surface) and len(given) + len(tokens[j].surface) <= 2:
                given += tokens[j].surface
                j += 1
            if not given:
                continue
            end = tokens[j - 1].end
            if text[t.start:end] in _ROLE_WORDS:
                # 申立人, 申出人, 申請者 (申 is a Korean surname): a party's role word, no name
                drop("PERSON", text, t.start, end, "役割語（申立人）")
                continue
            label = spelt_label(text, t.start, end) if spaced else None
            if label:
                # 陳 情 者: a label spelt out one character at a time (陳 is a Chinese surname)
                drop("PERSON", text, t.start, end, f"一字ずつ空けて書いた見出し「{label}」")
                continue
            role, source, word = decide_role(text, t.start, end)
            if _KANJI.match(text[end:end + 1]) and source not in ("title_after", "honorific"):
                continue  # part of a longer kanji compound
            if spaced and source in ("none", "doubt") and not all(
                    _given_part(tk, tagged) for tk in tokens[i + 2:j]):
                continue  # 林 道路: a dictionary word after a space needs a person's context
            two = len(given) == 2
            score = (0.6 if two else 0.45) + (0.2 if source not in ("none", "doubt") else 0.0)
            yield self.result("PERSON", t.start, end, score,
                              f"中国・韓国系の姓「{t.surface}」＋名らしい漢字",
                              role=role, role_source=source, role_word=word,
                              person_key=t.surface + given, full_name=True)
