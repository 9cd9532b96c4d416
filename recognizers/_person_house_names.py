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
  「新屋敷」の和子さん); or in brackets right after a person's honorific
  (堀 正作様（「酒屋」、…）);
- after the word 屋号 (屋号「かねじゅう」, 屋号は「上の家」), or with （屋号）
  after it;
- unquoted, a word of a house's shape (…屋 of one to three kanji or a kana
  word ending in や, 本家, 新宅, かみんち) right before の and a family word or
  a given name, or さんとこ (桶屋のじっちゃん, 茶屋の幸子さん, 本家さんとこ);
  not a part of a building or a kind of building (部屋, 母屋, 小屋: a named
  list says which).

A job word after の (…屋の店員さん, a shop's clerk) is no house's person. A shop that still trades is also called so (米屋さんで買った);
the finding is a private person's name, which the policy masks, since in a
small place the shop is the household.
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

_DATA = load_toml("person_forms.toml", "redactor.recognizers.data")["house_names"]
_FAMILY = words_regex(_DATA["family_after"])
_NOT_HOUSES = frozenset(_DATA["not_house_words"])
# the last characters of a job or a relation (店員, 運転手, 大工: person_not_names.toml)
_JOB_ENDS = tuple(load_toml("person_not_names.toml", "redactor.recognizers.data")["before_honorific"]["person_suffixes"])
_HONORIFIC = r"さん|様|さま|ちゃん|くん|君"
_HOUSEHOLD = r"さんとこ|とこ|ん家|んち|さん宅|宅|方"
_NAME = rf"[{KANJI_ODORIJI}ぁ-ゖァ-ヺー]{{1,8}}"
# の and whose person of the house: a family word, or a given name and its honorific (checked below)
_PERSON_OF = rf"の(?:(?P<family>{_FAMILY})|(?P<given>[{KANJI_ODORIJI}ぁ-ゖァ-ヺー]{{1,4}})(?:{_HONORIFIC}))"
# 「よろずや」さん, 「新屋敷」のばあちゃん, 「茶屋」さんとこ
_QUOTED = re.compile(rf"「(?P<name>{_NAME})」(?:(?={_HONORIFIC}|{_HOUSEHOLD})|{_PERSON_OF})")
# 堀 正作様（「酒屋」、享年九十一）: in brackets right after the honorific (not speech:
# 佐藤さん「賛成」、鈴木さん「反対」)
_AFTER_NAME = re.compile(rf"(?:(?<=様)|(?<=さん)|(?<=氏)|(?<=殿))[（(]「(?P<name>{_NAME})」(?=[、,）)])")
# 屋号「かねじゅう」, 屋号は「上の家」, 屋号で言えば「大門」 (not 通称: places and groups have one too,
# 通称「鷹ノ巣平」, 通称「映画の村」)
_LABELLED = re.compile(rf"屋号(?:は|が|で|を|の)?(?:[^「」\n。]{{0,6}}?)「(?P<name>{_NAME})」")
# かねじゅう（屋号）
_MARKED = re.compile(rf"(?<![{KANJI_ODORIJI}ぁ-ゖァ-ヺー])(?P<name>{_NAME})[（(]屋号[）)]")
# 桶屋のじっちゃん, 本家さんとこ, かみんちのばあちゃん: a word of a house's shape, unquoted
_SHAPE = words_regex(_DATA["house_words"])
_UNQUOTED = re.compile(
    rf"(?P<name>(?<![{KANJI_ODORIJI}])[{KANJI_ODORIJI}]{{1,3}}屋|(?<![ぁ-ゖ])[ぁ-ゖ]{{1,4}}や|{_SHAPE})"
    rf"(?:(?=さんとこ|さん家|んとこ)|{_PERSON_OF})")
_READERS = (
    (_QUOTED, re.compile("」"), "「」で示した屋号・呼び名と敬称・続柄"),
    (_AFTER_NAME, re.compile("」"), "氏名のすぐ後に「」で示した屋号"),
    (_LABELLED, re.compile("屋号"), "屋号として示した呼び名"),
    (_MARKED, re.compile("屋号"), "（屋号）を付けた呼び名"),
    (_UNQUOTED, re.compile(rf"屋の|やの|屋さん|やさん|{_SHAPE}"), "屋号の形の語と続柄"),
)


def find_house_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """Findings for house names (屋号) said for the people of one household."""
    for rx, anchor, how in _READERS:
        for m in scan(rx, anchor, text, 12):
            start, end = m.span("name")
            name = m.group("name")
            if name in _NOT_HOUSES:
                drop("PERSON", text, start, end, "建物・部屋の語（屋号ではない）")
                continue
            given = m.groupdict().get("given")
            if given and given.endswith(_JOB_ENDS) and not lex.is_given_name(given):
                continue  # …屋の店員さん: a shop and its clerk, not a house and its person
            yield rec.result("PERSON", start, end, 0.7, how, role="private", role_source="house_name",
                             role_word="屋号", person_key=name, full_name=False)
