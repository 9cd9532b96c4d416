"""PERSON: a house's name (屋号) or a household's nickname said for the
people of one household.

In hamlets where half the houses share a surname, people are called by the
house's name: a trade once kept (米屋, かじや), where the house stands
(かみんち, 上の家), its line (本家, 新宅, 分家), an ancestor's name
(次郎右衛門). Minutes, welfare visit logs and fire reports write these as
the person's name, so a 屋号 points at one household as surely as a
surname, and the usual name evidence is missing: the word is an ordinary
noun to Sudachi and in no name lexicon. The evidence here is how the word
is used:

- in 「」 right before a personal honorific, the household's とこ or ん家, or
  の and a family word or a given name (「よろずや」さん, 「新屋敷」のばあちゃん,
  「新屋敷」の和子さん); or in 「」 right after a person's name (宇野 辰男さん
  「下の堀」, 堀 正作様（「酒屋」、…）);
- after the word 屋号 (屋号「かねじゅう」, 屋号は「上の家」), or with （屋号）
  after it;
- unquoted, a word of a house's shape (…屋, 本家, 新宅, 分家, かみんち) right
  before の and a family word or a given name, or さんとこ (桶屋のじっちゃん,
  茶屋の幸子さん, 本家さんとこ).

A shop that still trades is also called so (米屋さんで買った); a person
decides (the finding is a private person's name, which the policy masks;
strict or default alike), since in a small place the shop is the household.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._text import KANJI_ODORIJI, words_regex

_DATA = load_toml("person_forms.toml", "redactor.recognizers.data")["house_names"]
_FAMILY = words_regex(_DATA["family_after"])
_HONORIFIC = r"さん|様|さま|ちゃん|くん|君"
_HOUSEHOLD = r"さんとこ|とこ|ん家|んち|さん宅|宅|方"
_NAME = rf"[{KANJI_ODORIJI}ぁ-ゖァ-ヺー]{{1,8}}"
# 「よろずや」さん, 「新屋敷」のばあちゃん, 「茶屋」さんとこ
# (or の and a given name with its honorific: 「新屋敷」の和子さん)
_PERSON_OF = rf"の(?:{_FAMILY}|[{KANJI_ODORIJI}ぁ-ゖァ-ヺー]{{1,4}}(?:{_HONORIFIC}))"
_QUOTED = re.compile(rf"「(?P<name>{_NAME})」(?=(?:{_HONORIFIC}|{_HOUSEHOLD})|{_PERSON_OF})")
# 堀 正作様（「酒屋」、享年九十一）, 宇野 辰男さん「下の堀」: a quoted word right after a
# person's name or honorific, in brackets or not, is how the house is called
# (after the honorific only: 報告書（「概要版」） is a title's note)
_AFTER_NAME = re.compile(rf"(?:(?<=様)|(?<=さん)|(?<=氏)|(?<=殿))[（(]?「(?P<name>{_NAME})」(?=[、,）)]|$)")
# 屋号「かねじゅう」, 屋号は「上の家」, 屋号で言えば「大門」 (not 通称: places and groups have one too,
# 通称「鷹ノ巣平」, 通称「映画の村」)
_LABELLED = re.compile(rf"屋号(?:は|が|で|を|の)?(?:[^「」\n。]{{0,6}}?)「(?P<name>{_NAME})」")
# かねじゅう（屋号）
_MARKED = re.compile(rf"(?<![{KANJI_ODORIJI}ぁ-ゖァ-ヺー])(?P<name>{_NAME})[（(]屋号[）)]")
# 桶屋のじっちゃん, 本家さんとこ, かみんちのばあちゃん: a word of a house's shape, unquoted
_SHAPE = words_regex(_DATA["house_words"])
_UNQUOTED = re.compile(
    rf"(?<![{KANJI_ODORIJI}ぁ-ゖァ-ヺー])(?P<name>[{KANJI_ODORIJI}ぁ-ゖ]{{1,3}}(?:屋|や)|{_SHAPE})"
    rf"(?={_PERSON_OF}|さんとこ|さん家|んとこ)")
_ANCHOR = re.compile(r"」|屋号|屋の|やの|さんとこ|んとこ|" + _SHAPE)


def find_house_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """Findings for house names (屋号) said for the people of one household."""
    for rx, how in ((_QUOTED, "「」で示した屋号・呼び名と敬称・続柄"), (_LABELLED, "屋号として示した呼び名"),
                    (_MARKED, "（屋号）を付けた呼び名"), (_UNQUOTED, "屋号の形の語と続柄"),
                    (_AFTER_NAME, "氏名のすぐ後に「」で示した屋号")):
        for m in scan(rx, _ANCHOR, text, 12):
            start, end = m.span("name")
            yield rec.result("PERSON", start, end, 0.7, how, role="private", role_source="house_name",
                             role_word="屋号", person_key=m.group("name"), full_name=False)
