"""PERSON in prose: a surname standing alone, known from the clause it stands in.

Encyclopedic and news prose names a person in full once and by the surname
after that: ＸＸは翌年に引退した, ＸＸと結婚した, 主演はＸＸ. Sudachi reads
many surnames as a place or a proper noun that is no name (a town, a
family business) or as an ordinary word, so ``person.py`` has no 人名 token
to start from, and a surname alone is no name without something around it.

What is around it here is the clause, read from the case particle after the
word (from the token index of は/が/も/に/と/の, no pass over the text):

- *the subject of a person's life*: Ｘは/Ｘが/Ｘも followed, in the same
  sentence, by what only a person does (``life_verbs`` of
  ``data/person_prose.toml``: 生まれ, 死去, 結婚, 引退, 師事…);
- *the partner of a person's act*: Ｘに師事, Ｘと結婚, Ｘと共演, Ｘの門下
  (``data/person_prose_clause.toml``: the verb or noun right after the
  particle says a person stands before it);
- *the value of a credit or a relation*: 主演はＸ。, 脚本はＸ、, 父はＸ,
  当時の社長はＸであった (``credit_roles``): the word before は asks for a
  person, and the value closes the clause;
- *the subject, for a surname the dictionary reads as an ordinary word*
  (ＸＸは opening a sentence or a clause): a place or a company's name is
  not read so (those need one of the clauses above).

A stage name of a katakana given name fused before a surname read as a word
(ジョセフＸＸ) is found from the same index: ``person.py`` reports the
katakana part alone, and the surname would be left visible beside it.

The word itself must be one a surname can be: one to four kanji that the
name lexicons hold as a surname, standing apart from the kanji before it
(a phrase opens there) and ending at the particle. Positive reasons that it
names something else win (``_person_prose._veto``: a place's or a body's word
after it, a quoted title). A word the dictionary tags 人名 in the text is
``person.py``'s and is left to it.

Findings are weak guesses under ``_person_prose``'s source (score 0.25): the
strict profile masks them, the default profile leaves them to ``person.py``.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._name_lexicon import is_surname
from redactor.recognizers._person_index import KATAKANA_FIRST, token_index
from redactor.recognizers._person_prose import _LIFE, _SENTENCE, _result, _veto
from redactor.recognizers._text import KANJI, KANJI_NAME
from redactor.tokens import Token

_DATA = load_toml("person_prose_clause.toml", "redactor.recognizers.data")


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


_SUBJECT = frozenset(["は", "が", "も"])
_PARTNER = {"に": _words(_DATA["partner"]["ni"]), "と": _words(_DATA["partner"]["to"]),
            "の": _words(_DATA["partner"]["no"]), "から": _words(_DATA["partner"]["kara"])}
# What a person does as the subject besides the events of a life (``life_verbs``): take up
# or leave a post, stand for election.
_SUBJECT_VERBS = _LIFE + _words(_DATA["subject"]["posts"])
_PARTICLES = _SUBJECT | frozenset(_PARTNER)
_ROLES = _words(_DATA["credit_roles"]["roles"])
_ROLE_LAST = frozenset(w[-1] for w in _ROLES)
_NAME_FIELDS = _words(_DATA["name_fields"]["words"])
# A field word's last token (四股|名 ends in 名): what the index looks for.
_NAME_FIELD_ENDS = frozenset(_NAME_FIELDS) | frozenset(w[-1] for w in _NAME_FIELDS)
# Every token surface a rule here starts from (one index column for all of them).
_CLAUSE_WORDS = _PARTICLES | _NAME_FIELD_ENDS
# The value of a name field: a run of name characters up to what closes it.
_FIELD_VALUE = re.compile(rf"[{KANJI_NAME}ぁ-んァ-ヺー・]{{1,12}}?(?=[。、，,()（）」』\s]|で[あ、]|と(?:も|いう|いい|称)|$)")
# What closes the value of a credit: the sentence's end, a list's comma, a copula,
# a subject marker before 務めた/担当した, a bracket.
_VALUE_END = re.compile(r"[。、，,（(]|$|で[あ、。]|が(?:務め|担当|手が|手掛|就)|など|ら[。、がの]")
_KANJI_WORD = re.compile(rf"^[{KANJI_NAME}]{{1,4}}$")
_KANJI_CHAR = re.compile(rf"[{KANJI}]")
# Characters a phrase may open after (a surname stands apart from what precedes it).
_PHRASE_START = frozenset("、。，．「」『』（）()・ \t\nはがもとにでを")


def _surname_word(text: str, tokens: list[Token], i: int) -> Token | None:
    """tokens[i] when it is a word a surname can be, standing alone: one to four
    kanji that the lexicons hold as a surname, not tagged 人名 here (that is
    person.py's), opening its phrase and ending at the particle after it."""
    if i < 0:
        return None
    t = tokens[i]
    if t.pos[0] != "名詞" or t.pos[2] == "人名" or not _KANJI_WORD.match(t.surface):
        return None
    if t.pos[2] == "地名" and t.pos[3] == "国":
        return None  # a country is no one's surname here (日本は)
    if t.pos[1] not in ("固有名詞", "普通名詞") or (t.pos[1] == "普通名詞" and t.pos[2] != "一般"):
        return None  # verbal nouns, adverbial nouns, counters: no surname
    if t.start > 0 and text[t.start - 1] not in _PHRASE_START:
        return None
    if not is_surname(t.surface):
        return None
    return t


# A surname read as an ordinary word is taken as a name only as the subject
# (ＸＸは, ＸＸが, ＸＸも): before と, の, に, を it is as often the word.
_BARE_AFTER = _SUBJECT


def _bare_surname(word: Token, text: str) -> bool:
    """ＸＸは, ＸＸが opening a clause: a word of two to four kanji that the
    lexicons hold as a surname and the dictionary reads as an ordinary word
    (not a place, not a company's or a work's proper noun)."""
    return word.pos[1] == "普通名詞" and 2 <= len(word.surface) <= 4 \
        and (word.start == 0 or text[word.start - 1] in "、。\n「（(")


def _life_after(text: str, end: int) -> str | None:
    """A life event later in the same sentence (生まれ, 死去, 引退)."""
    sentence = ctx.after(text, end + 1, _SENTENCE).split("。", 1)[0]
    return ctx.find_word(sentence, _SUBJECT_VERBS)


def _credit_before(text: str, start: int) -> str | None:
    """主演は, 父は, 当時の社長は right before the word: the role it is the value of."""
    if text[start - 1:start] != "は":
        return None
    before = ctx.before(text, start - 1, 8)
    w = ctx.ends_with_word(before, _ROLES)
    if not w:
        return None
    head = before[:-len(w)]
    if head and _KANJI_CHAR.match(head[-1]):
        return None  # 当時の社長は is a role; 副社長は, 子会社社長は: a longer word ends there
    return w


def clause_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """Surnames alone that their clause shows to be a person's (module docstring)."""
    n = len(tokens)
    seen: set[int] = set()
    index = token_index(tokens).with_surface("clause_words", _CLAUSE_WORDS)  # one column pass for every rule here
    for i in index:
        p = tokens[i]
        if p.surface not in _PARTICLES or p.pos[0] != "助詞" or i < 1 or tokens[i - 1].end != p.start \
                or tokens[i - 1].pos[0] != "名詞":
            continue
        word = _surname_word(text, tokens, i - 1)
        if word is None or word.start in seen:
            continue
        why = None
        if p.surface in _SUBJECT:
            w = _life_after(text, word.end)
            if w:
                why = f"主語の姓のあとに人の一生の出来事「{w}」"
        else:
            w = ctx.starts_with_word(text[p.end:p.end + 6], _PARTNER[p.surface])
            if w and not _KANJI_CHAR.match(text[p.end + len(w):p.end + len(w) + 1]):
                why = f"人を相手にとる語「{p.surface}{w}」の前の姓"
        if why is None and p.surface in _BARE_AFTER and _bare_surname(word, text):
            why = "格助詞の前の、普通名詞としても読める姓"
        if why is None:
            continue
        if len(word.surface) == 1 and not (word.start == 0 or text[word.start - 1] in "、。\n「"):
            continue  # one kanji opens a sentence or a clause only as a name (林は…生まれ)
        reason = _veto(text, word.start, word.end, [word.surface])
        if reason:
            drop("PERSON", text, word.start, word.end, reason)
            continue
        seen.add(word.start)
        yield _result(rec, word.start, word.end, why, word.surface, False)
    yield from _credit_values(rec, text, tokens, seen, index)
    yield from katakana_then_surname(rec, text, tokens)
    yield from _name_field_values(rec, text, tokens, index)


def _credit_values(rec: JaRecognizer, text: str, tokens: list[Token], seen: set[int],
                   index: list[int]) -> Iterable[RecognizerResult]:
    """主演はＸ。, 父はＸ, 脚本はＸ、音楽はＹ: the value of a credit or relation."""
    for i in index:
        if tokens[i].surface != "は" or i + 1 >= len(tokens) or tokens[i].pos[0] != "助詞":
            continue
        if i < 1 or tokens[i - 1].surface[-1:] not in _ROLE_LAST:
            continue  # (the cheap test first: most は follow no role word)
        role = _credit_before(text, tokens[i].start + 1)
        if not role:
            continue
        word = _surname_word(text, tokens, i + 1)
        if word is None or word.start in seen:
            continue
        end = _VALUE_END.match(text, word.end)
        if not end or (len(word.surface) == 1 and end.group(0)[:1] in ("、", ",", "，", "(", "（", "な", "ら")):
            continue  # one kanji is a value only where the clause closes on it (社長は関であった)
        reason = _veto(text, word.start, word.end, [word.surface])
        if reason:
            drop("PERSON", text, word.start, word.end, reason)
            continue
        seen.add(word.start)
        yield _result(rec, word.start, word.end, f"「{role}は」の値になる姓", word.surface, False)


_KATAKANA_WORD = re.compile(r"^[ァ-ヺー]{2,8}$")
# What may follow a stage name: a particle, punctuation, a bracket, the end.
_NAME_END = re.compile(r"[はがをにとのもへやらで、。，,（(」』\s]|$")


def katakana_then_surname(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """アントニオＸＸ, ケーシーＸＸ: a stage name of a katakana given name (one the
    dictionary tags 人名) fused before a surname of the lexicons that Sudachi
    read as a word. ``person.py`` reports the katakana part alone; the finding
    here covers the whole name, so the surname is not left visible beside it."""
    n = len(tokens)
    for i in token_index(tokens).matching("katakana_first", KATAKANA_FIRST):
        t = tokens[i]
        if t.pos[2] != "人名" or not _KATAKANA_WORD.match(t.surface) or i + 1 >= n:
            continue
        if t.start > 0 and _KATAKANA_WORD.match(text[t.start - 1]):
            continue
        s = tokens[i + 1]
        if s.start != t.end or s.pos[0] != "名詞" or s.pos[2] == "人名" or not _KANJI_WORD.match(s.surface) \
                or len(s.surface) < 2 or not is_surname(s.surface) or not _NAME_END.match(text, s.end):
            continue
        if _veto(text, t.start, s.end, [t.surface, s.surface]):
            continue
        yield _result(rec, t.start, s.end, "カタカナの名（Sudachi 人名）に続く姓（芸名）", s.surface, True)


def _name_field_values(rec: JaRecognizer, text: str, tokens: list[Token],
                       index: list[int]) -> Iterable[RecognizerResult]:
    """幼名はＹ。, 旧姓はＹ, （旧姓：Ｙ）, 法名はＹ: the value of a word for a name only a
    person bears (``name_fields``), whatever its spelling (a child's name, a name in
    religion, a ring name are in no list of names)."""
    for i in index:
        t = tokens[i]
        if t.surface not in _NAME_FIELD_ENDS:
            continue
        field = ctx.ends_with_word(text[max(0, t.end - 6):t.end], _NAME_FIELDS)
        if not field:
            continue
        fs = t.end - len(field)
        if fs > 0 and _KANJI_CHAR.match(text[fs - 1]):
            continue  # 同本名, 旧字体名: a longer word ends there
        sep = text[t.end:t.end + 1]
        if sep not in ("は", ":", "：", "・"):
            continue
        m = _FIELD_VALUE.match(text, t.end + 1)
        if not m or not m.group(0).strip("・"):
            continue
        start, end = m.span()
        reason = _veto(text, start, end, [m.group(0)])
        if reason:
            drop("PERSON", text, start, end, reason)
            continue
        yield _result(rec, start, end, f"人だけが持つ名を示す語「{field}」の値", m.group(0), False)
