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

from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._person_roles import decide_role
from redactor.tokens import Token, dictionary_tags

_PARTS = re.compile(r"(?<![ァ-ヺー・=])[ァ-ヺー]{2,}(?:[ ・=][ァ-ヺー]{1,}){1,4}(?![ァ-ヺー・=])")
_ANCHOR = re.compile(r"[ァ-ヺー][ ・=][ァ-ヺー]")
_STRONG = frozenset(["role_before", "title_after", "honorific", "person_word"])


def _ordinary_word(part: str) -> bool:
    """A katakana word the dictionary knows as a common word (セミナー; サービス
    too, though it also lists it as a name)."""
    return any(t[0] not in ("人名", "地名") for t in dictionary_tags(part))


def _tag_kinds(part: str) -> frozenset[str]:
    """What the dictionary knows ``part`` as: 人名, 地名, or 語 (any other
    entry: a common noun, or a proper noun such as a company or a work)."""
    return frozenset(t[0] if t[0] in ("人名", "地名") else "語" for t in dictionary_tags(part))


def not_a_foreign_name(words: list[Token]) -> str | None:
    """Why a katakana word or run with no context naming a person is not a
    foreign name, or None.

    A foreign name ends with a family name, which the dictionary knows as a
    name or not at all; a run whose last part it knows only as a word
    (〜・システムズ, 〜・スタジアム, 〜・ミュージック) or a single word it knows
    only so (a company, brand or work: a 固有名詞 without a 人名 entry) is an
    organisation's, a building's or a product's name -- unless that last
    part is short (four characters at most) and an earlier part is known as
    a name: a family name that is also a word, or a Vietnamese given name of
    one syllable (ブイ・ヴァン・ハイ). A run that starts or
    ends with a place the dictionary does not also know as a name
    (アメリカ・〜), or starts with a place read as one in context and ends
    with a common noun (ロンドン・シンフォニー), names something of that place.
    Only for runs with no context: an honorific or a title still makes
    any of these a name (fail closed)."""
    last = _tag_kinds(words[-1].surface)
    if last == {"語"} and (len(words) == 1 or len(words[-1].surface) >= 5
                          or not any("人名" in _tag_kinds(t.surface) for t in words[:-1])):
        return ("人名でない語として辞書にあるカタカナ語（会社・製品名）" if len(words) == 1
                else "末尾が人名でない語のカタカナ複合語（〜・システムズ）")
    if len(words) > 1 and (last == {"地名"} or _tag_kinds(words[0].surface) == {"地名"} or (
            words[0].pos[2] == "地名" and words[-1].pos[1] == "普通名詞" and not words[-1].oov)):
        return "地名で始まるか終わるカタカナ複合語（アメリカ・〜）"
    return None


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
