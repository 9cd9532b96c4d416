"""PERSON: foreign names in katakana, in parts joined by a space, 中黒 or a
double hyphen (グエン ヴァン ナム, マリア・ガルシア＝ロペス; ＝ is = after NFKC).

``PersonRecognizer`` joins parts token by token and stops where Sudachi's
tags run out (グエン ヴァン | ナム), leaving part of the name visible. Here
the whole run of katakana parts is taken at once when the context names a
person (a role word before it, an honorific or a title after it, a form's
name field) and at least one part is not an ordinary katakana word, so
that ワークショップ・セミナー or 申請者 オンライン サービス stay words.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers.base import JaRecognizer, scan
from redactor.recognizers.person_roles import decide_role
from redactor.tokens import dictionary_tags

_PARTS = re.compile(r"(?<![ァ-ヺー・=])[ァ-ヺー]{2,}(?:[ ・=][ァ-ヺー]{1,}){1,4}(?![ァ-ヺー・=])")
_ANCHOR = re.compile(r"[ァ-ヺー][ ・=][ァ-ヺー]")
_STRONG = frozenset(["role_before", "title_after", "honorific", "person_word"])


def _ordinary_word(part: str) -> bool:
    """A katakana word the dictionary knows as a common word (セミナー; サービス
    too, though it also lists it as a name)."""
    return any(t[0] not in ("人名", "地名") for t in dictionary_tags(part))


def find_katakana_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """Katakana names in parts, in a person's context."""
    for m in scan(_PARTS, _ANCHOR, text):
        start, end = m.span()
        parts = re.split(r"[ ・=]", m.group(0))
        if all(_ordinary_word(p) for p in parts):
            continue
        role, source, word = decide_role(text, start, end)
        if source not in _STRONG:
            continue
        yield rec.result("PERSON", start, end, 0.85, f"カタカナの氏名（区切り付き、文脈「{word}」）",
                         role=role, role_source=source, role_word=word,
                         person_key=parts[0], full_name=True)
