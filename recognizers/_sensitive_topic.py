"""Whose predicate a term stands in: the subject check for a fact in prose.

A sentence of minutes or of a case report tells what happened to a resident
by naming the resident as its topic or subject (「世帯主は…」「長男が…」
「中野さんも…」), as the owner of a condition (「母の|メンタル不調」), or by the
report's frame that names who told it (「妻の話では、…」「近所の方によると、…」),
and then says the rest: 「持病が悪くなって寝たきりに近い」. A term of a
statutory class inside that predicate is the person's fact, whatever verb
carries it: Japanese has more ways to say that a condition holds than a list
of verbs can hold, and a missing verb must not drop a fact about someone
(fail closed). The list of verbs (sensitive_terms.toml [person] verb)
remains for sentences that name no topic.

The topic is the nearest one before the term in its sentence: 「母は、職員が
生活保護の説明をした」 has 職員 nearest, an officer acting on a case, and ties
nothing. Words for staff, bodies and many people (保健師, 市, 児童, 世帯) are
no topic here; a statistic or a programme's description names none (生活保護
制度の概要 is no one's fact). Words are data (data/sensitive_topic.toml).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers import _sensitive_general as general
from redactor.recognizers._text import KANJI_ODORIJI, words_regex
from redactor.tokens import Token

_DATA = load_toml("sensitive_topic.toml", "redactor.recognizers.data")["topic"]
_PERSONS = tuple(_DATA["persons"])
# (not 君 or 殿: minutes mark members and officials with them, 北浜一郎君は…)
_HONORIFICS = tuple(h for h in _DATA["honorifics"] if h not in ("君", "殿"))
_REPORTERS = tuple(_DATA["persons"] + _DATA["honorifics"] + _DATA["reporters"])
# A frame closed by 、 (妻の話では、): who told the rest of the sentence.
_FRAME = re.compile(rf"(?:{words_regex(_DATA['frames'])})、")
# A person word right before the term and の (母の|メンタル不調): whose condition it is.
_OWNER = re.compile(rf"(?:{words_regex(list(_PERSONS) + list(_HONORIFICS))})の$")
_TOPIC_PARTICLES = frozenset({"は", "が", "も"})
# Persons joined as alternatives or a list (父又は母, 夫や妻): whom a rule or a
# programme is for, not one person the sentence is about.
_ALTERNATIVE = re.compile(r"(?:又は|または|若しくは|もしくは|あるいは|及び|および|や|・)$")
_NOUN_CHAR = re.compile(rf"[{KANJI_ODORIJI}ァ-ヶー]")
# A theme marker before は (妻については, 相談者に関しては): the person before it is the topic.
_ABOUT_TOPIC = re.compile(r"(?:について|に関して|につきまして)$")
# The particle between a speaker and the quote of their words (妻は「, 相談者から「).
_QUOTE_LEAD = re.compile(r"(?:は|が|から|も)$")
# Who acts on a case rather than suffers it (保健師が, 市は, 委員会が): a topic of
# one of these ties nothing, and the search stops there.
_ACTORS = tuple(_DATA["actors"])


def _token_start(t: Token) -> int:
    return t.start


def _person_word_before(text: str, tokens: list[Token], pos: int, lo: int, words: tuple[str, ...]) -> str | None:
    """The person word that ends at ``pos``: one of ``words`` (世帯主, 長男), an
    honorific (中野さん), or a name Sudachi reads (堀田は)."""
    window = general.blank_compounds(text[max(lo, pos - 8):pos])  # (工夫, 様々: no person)
    word = ctx.ends_with_word(window, words)
    if word and (word in _HONORIFICS or not _NOUN_CHAR.match(text, pos - len(word) - 1) or pos - len(word) <= lo):
        # (the word must start a word: 祖父母 or 父母 is no mother, 保母 no mother either)
        return word
    i = bisect_left(tokens, pos, key=_token_start) - 1
    if 0 <= i < len(tokens) and tokens[i].end == pos and tokens[i].start >= lo and tokens[i].is_person_name:
        return tokens[i].surface
    return None


def person_topic(text: str, tokens: list[Token], sentence_start: int, t_start: int) -> str | None:
    """The private person whose predicate the term at ``t_start`` stands in,
    or None: the nearest topic or subject before it in its sentence (from
    ``sentence_start``, after a speaker's mark) when that names one person;
    or the owner right before it (本人の|通院); or, in a quote, its speaker
    (相談者から「…); or a frame naming who told the sentence (長男の話では、)
    when no topic stands between it and the term."""
    owner = _OWNER.search(text, max(sentence_start, t_start - 9), t_start)
    if owner and owner.end() == t_start and (owner.group(0)[:-1] in _HONORIFICS or owner.start() <= sentence_start
                                             or not _NOUN_CHAR.match(text, owner.start() - 1)):
        return owner.group(0)[:-1]
    i = bisect_left(tokens, t_start, key=_token_start) - 1
    while i >= 0 and tokens[i].start >= sentence_start:
        t = tokens[i]
        i -= 1
        if not (t.pos[0] == "助詞" and t.surface in _TOPIC_PARTICLES and t.pos[1] in ("係助詞", "格助詞")):
            continue
        if t.surface == "は" and text[t.start - 1:t.start] in ("に", "で", "と", "へ"):
            continue  # (には, では: a place or a time set before the predicate, not whom it is about)
        if t.surface == "は" and HEDGE.match(text, t.end, min(t_start, t.end + 16)):
            continue  # (詳細は|控えますが、: a hedge, not whom the rest is about)
        # (妻については、…: the theme named by について before は is the topic, as 妻は is)
        at = t.start - (len(about.group(0)) if t.surface == "は" and (
            about := _ABOUT_TOPIC.search(text, max(sentence_start, t.start - 6), t.start)) else 0)
        who = _person_word_before(text, tokens, at, sentence_start, _PERSONS + _HONORIFICS) or (
            _in_quote(text, sentence_start, t.start)
            and _person_word_before(text, tokens, t.start, sentence_start, _FIRST_PERSON))
        if who and _ALTERNATIVE.search(text, max(sentence_start, t.start - len(who) - 5), t.start - len(who)):
            return None  # 父又は母が…: whom a rule is for, a category of persons, no one person
        if who:
            return who
        if t.surface == "は" or ctx.ends_with_word(text[max(sentence_start, t.start - 8):t.start], _ACTORS):
            return None  # 市は…, 保健師が…: another topic, an officer or a body acting on the case
        # (体調が, 場所も: a subject inside the predicate; the topic is further back)
    quote = text.rfind("「", sentence_start, t_start)
    if quote != -1 and "」" not in text[quote:t_start]:
        # 相談者から「…」, 妻は「…」と話した: the words are the speaker's own, about themselves
        lead = _QUOTE_LEAD.search(text, max(sentence_start, quote - 3), quote)
        who = _person_word_before(text, tokens, lead.start() if lead else quote, sentence_start, _PERSONS + _HONORIFICS)
        if who:
            return who
    for m in _THEME.finditer(text, sentence_start, t_start):
        # 被害に遭われた方でございますが、…: the theme set out before the answer
        who = _person_word_before(text, tokens, m.start(), sentence_start, _PERSONS + _HONORIFICS) or (
            ctx.ends_with_word(text[max(sentence_start, m.start() - 6):m.start()], _THEME_DESCRIBED))
        if who:
            return who
    for m in _FRAME.finditer(text, sentence_start, t_start):
        who = _person_word_before(text, tokens, m.start(), sentence_start, _REPORTERS)
        if who:
            return who
    return None


_FIRST_PERSON = tuple(_DATA["first_person"])
_THEME = re.compile(words_regex(_DATA["theme_marks"]))
_THEME_DESCRIBED = tuple(_DATA["theme_described"])
# (shared with sensitive._anchor, which borrows the subject of the sentence before)
HEDGE = re.compile(r"[^、。]{0,8}?(?:%s)" % words_regex(_DATA["hedges"]))


def _in_quote(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside a 「」 opened after ``start``."""
    quote = text.rfind("「", start, pos)
    return quote != -1 and "」" not in text[quote:pos]


# Words for one private person anywhere in a sentence.
_PRIVATE = tuple(_DATA["persons"]) + _HONORIFICS


def private_person_in(sentence: str) -> str | None:
    """A word for one private person in ``sentence`` (夫, 申出人, …さん), or
    None: the evidence a term with no predicate needs to be kept for review."""
    for word in _NOT_PERSONS:  # (町民の皆様, 氏名, 様式: no one person)
        sentence = sentence.replace(word, "　" * len(word))
    return ctx.find_word(general.blank_compounds(sentence), _PRIVATE)


_NOT_PERSONS = tuple(_DATA["not_persons"])

