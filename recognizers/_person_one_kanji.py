"""PERSON with a one-kanji surname (林, 堀, 関, 東) where the layout, not a
title, says a name stands there.

``PersonRecognizer`` reports one kanji alone only with a title or an
honorific, since 林, 東, 原 are words as often as surnames, and Sudachi tags
them by context (after a table's bar or a number 林 is a word, and the given
name after it may be tagged a surname). Two layouts say "a person" on
their own:

- a register row or table cell holding a one-kanji surname the name lexicon
  knows and, after one to three spaces, a given name it knows (or Sudachi
  tags as one), the cell ending there: ``１　林　　由美　北町``, ``⇥林  由美⇥``;
- a party's role word, an optional letter (住民Ａ, 請求者Ｂ), then the surname
  alone in brackets: ``請求者（林）は``, ``住民Ａ（堀）　…`` -- how minutes of
  hearings and reports name a resident by surname;
- a party's role word with the surname as its value, ending the field or
  before a reading, a particle or a comma: ``申請人　林``, ``請求者である林は``,
  ``請求者の林より``; or the surname with the party word after it in
  brackets: ``林（請求者）は``.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._drops import drop
from redactor.recognizers._person_roles import BEFORE, decide_role
from redactor.recognizers._person_table import rules_as_tabs
from redactor.recognizers._text import KANJI_NAME, KANJI_ODORIJI, words_regex
from redactor.tokens import dictionary_tags

# One kanji, one to three spaces, a given name; the cell opens after a tab, a
# line start or a row number, and ends at a tab, a line end or a wide gap.
_CELL = re.compile(
    rf"(?:^|(?<=\t)|(?<=^[0-9]\s)|(?<=^[0-9]{{2}}\s)|(?<=^[0-9]\.\s)|(?<=\t[0-9]\s))[ ]*"
    rf"(?P<name>(?P<surname>[{KANJI_NAME}]) {{1,3}}(?P<given>[{KANJI_ODORIJI}]{{1,3}}|[ぁ-ゖー]{{2,4}}))"
    r"(?=[ ]*(?:\t|\n|$)|[ ]{2,})", re.M)
_CELL_ANCHOR = re.compile(rf"[{KANJI_NAME}] {{1,3}}[{KANJI_ODORIJI}ぁ-ゖ]")
_RULE_BAR = re.compile("[|│┃｜]")
# The party words that name a private or doubtful person (住民, 請求者, 相談者 …).
_PARTIES = [w for w in BEFORE["private"] + BEFORE["unclear"] if len(w) >= 2]
_BRACKETED = re.compile(r"(?P<role>%s)[A-Z]?[(（](?P<surname>[%s])[)）]" % (
    words_regex(_PARTIES), KANJI_NAME))
_BRACKETED_ANCHOR = re.compile(rf"[(（][{KANJI_NAME}][)）]")
# ... or right after the party word as its value (申請人　林, 請求者である林は,
# 依頼者：林（はやし）): the one kanji then ends the field, or a reading in
# brackets, a case particle or a comma follows it.
# After a party word that names one person (…者, …人: 請求者の林より), の joins
# the surname to it too -- not after 住民/市民 (市民の森 is a park).
_AFTER_PARTY = re.compile(
    r"(?P<role>%s)(?:[ \t]*[:：][ \t]*|[ \t]+|である|であった|(?<=[者人])の)(?P<surname>[%s])"
    r"(?=[(（][ぁ-ゖァ-ヺー]{1,6}[)）]|[ \t]*(?:\n|$)|(?:[はがをにとのも、,]|より|から)(?![%s]))" % (
        words_regex(_PARTIES), KANJI_NAME, KANJI_NAME))
# One kanji that follow の as words of their own, never the party's surname there
# (相続人の方, 請求者の側, 申請者の分, 相談者の母).
_AFTER_NO_WORDS = frozenset("方側分件際他等者人名様殿君皆中間上下前後内外家宅子親母父妻夫兄姉弟妹娘孫所為事物元旨意声代")
# ... or before the party word in brackets, opening a sentence or a clause
# (林（請求者）は): how a report introduces a party by surname.
_BEFORE_PARTY = re.compile(r"(?:^|(?<=[\n、。「 \t]))(?P<surname>[%s])[(（](?P<role>%s)[)）]" % (
    KANJI_NAME, words_regex(_PARTIES)), re.M)
_BEFORE_PARTY_ANCHOR = re.compile(rf"[{KANJI_NAME}][(（][^()（）\n]{{2,8}}[)）]")


# One-kanji role words (妻, 父, 母, 夫) that stand before a given name as words of their own.
_ONE_KANJI_ROLES = frozenset(w for ws in BEFORE.values() for w in ws if len(w) == 1)


def _has_party(text: str) -> bool:
    """A cheap test before the party regex: one of the parties' words occurs
    (most documents name few of them; the regex then runs over the text once)."""
    return any(w in text for w in ("者", "人", "主", "民", "方"))


def _given(word: str) -> bool:
    if lex.is_given_name(word):
        return True
    tags = dictionary_tags(word)
    return ("人名", "名") in tags


def _only_a_given_name(word: str) -> bool:
    """The dictionary reads ``word`` as a person's name and as nothing else (修, 芽衣;
    not 中, a word and a name)."""
    tags = dictionary_tags(word)
    return ("人名", "名") in tags and all(t[0] == "人名" for t in tags)


def find_one_kanji_surnames(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """Findings for one-kanji surnames in register cells and party brackets."""
    # (a ruled table's bars read as tabs, character for character: │蔵 修│ is a cell too)
    cells_text = rules_as_tabs(text) if _RULE_BAR.search(text) else text
    for m in scan(_CELL, _CELL_ANCHOR, cells_text):
        surname, given = m.group("surname"), m.group("given")
        start, end = m.span("name")
        if surname in _ONE_KANJI_ROLES:
            drop("PERSON", text, start, end, "一字の役割語（妻、父）のあとの名")  # the name after it is found alone
            continue
        if not _given(given):
            drop("PERSON", text, start, end, "一字＋空白＋語が姓・名の辞書にない")
            continue
        if not lex.is_surname(surname):
            if not _only_a_given_name(given):
                drop("PERSON", text, start, end, "一字＋空白＋名にも普通の語にも読める語（上 中）")
                continue
            # 蔵 修, 稲 芽衣: a rare one-kanji surname the lexicon lacks, before a word the
            # dictionary reads only as a given name, alone in a cell: a person stands there,
            # whose role a person decides
            yield rec.result("PERSON", start, end, 0.5, "表・名簿の欄の一字と名（姓の辞書にない一字）", role="unclear",
                             role_source="none", role_word="", person_key=surname, full_name=True)
            continue
        role, source, word = decide_role(text, start, end)
        yield rec.result("PERSON", start, end, 0.8, "表・名簿の欄の一字の姓と名", role=role, role_source=source,
                         role_word=word, person_key=surname, full_name=True)
    after_party = _AFTER_PARTY.finditer(text) if _has_party(text) else iter(())
    for matches, where in ((after_party, "のあとの一字の姓"), (scan(_BRACKETED, _BRACKETED_ANCHOR, text), "のあとの括弧内の一字の姓"),
                           (scan(_BEFORE_PARTY, _BEFORE_PARTY_ANCHOR, text), "を括弧で添えた一字の姓")):
        for m in matches:
            surname = m.group("surname")
            start, end = m.span("surname")
            if not lex.is_surname(surname):
                drop("PERSON", text, start, end, f"役割語{where}の候補が姓の辞書にない")
                continue
            if text[start - 1:start] == "の" and surname in _AFTER_NO_WORDS:
                drop("PERSON", text, start, end, "役割語＋「の」のあとの語（相続人の方）")
                continue
            role = "private" if m.group("role") in BEFORE["private"] else "unclear"
            yield rec.result("PERSON", start, end, 0.8, f"「{m.group('role')}」{where}", role=role,
                             role_source="role_before", role_word=m.group("role"), person_key=surname, full_name=False)
