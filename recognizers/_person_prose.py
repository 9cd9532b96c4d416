"""PERSON: names in running prose, weighed by evidence rather than by one rule.

Encyclopedic and news prose names people with no honorific and no name
field: 作曲家のＸ・Ｙ, 哲学者ＸＸ, 主人公のＸ, Ｘは…に生まれた, Ａ、Ｂ、Ｃの3人.
Sudachi tags many such names (its 人名 entries), and ``person.py`` reports
those; what is left are names it does not know or reads as words: foreign
names in katakana it has no entry for (or reads as a common noun), kanji
names it cuts into words, characters of fiction with everyday names.

Here each candidate gets two numbers:

- *name-likeness*, from the dictionaries, one lookup per part: a part the
  dictionary knows as a name (人名) counts for, a part it does not know at
  all (as most foreign family names) counts a little for, a part it knows
  only as a place or an ordinary word counts against; a kanji run that the
  bundled name lexicons split into a known surname and given name, or that
  opens with a Chinese or Korean surname, counts for;
- *context*, from the words around it (``data/person_prose.toml``): a job or
  title right before it (the Japan Standard Occupational Classification's
  job names as prose writes them, ranks, kin), what follows (という名,
  Ｘの妻, a life event after Ｘは: 生まれ, 死去, 即位), and other names in
  the same 、/と list.

A candidate is proposed when the two together are enough (context alone
never is, a word's own likeness alone is only for foreign names in several
parts). A positive reason that the word names something else wins over any
evidence: a language, a people, a school or an eponymous law after it
(ドイツ語, マルクス主義, ノーベル賞), an organisation's or a place's word
(``_org_context``), a quoted title.

The same two questions, asked of other shapes: a kanji run after a job
word (哲学者ＸＸ) or fused before a credit (Ｘ作詞, Ｘ訳) or a head of
state's title (朴ＸＸ大統領); a name in Latin letters after a job word or
in brackets after a katakana name; one-kanji surnames in a list that a
head count (の3人) or ら closes; posthumous and princely names (Ｘ天皇).

Findings are weak guesses (score 0.25, below every score ``person.py``
gives) under their own source name, ``PersonProse``: the strict profile
masks them, the default profile drops them, and the person recognizer's
document-level steps, which read its own findings only, never see them.
A head-counted list (0.4) is evidence enough for REVIEW under the default.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._drops import drop
from redactor.recognizers._name_lexicon import is_given_name, is_surname, split_full_name
from redactor.recognizers._person_index import KATAKANA_FIRST, token_index
from redactor.recognizers._person_roles import AFTER as _ROLE_AFTER
from redactor.recognizers._org_context import (ends_like_an_organisation, not_a_person_after, not_a_person_before,
                                              quoted_title)
from redactor.recognizers._text import KANJI, KANJI_NAME
from redactor.tokens import Token, dictionary_tags

_DATA = load_toml("person_prose.toml", "redactor.recognizers.data")
_SINITIC = load_toml("sinitic_surnames.toml", "redactor.recognizers.data")["surnames"]


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


BEFORE_WORDS = frozenset(_words(_DATA["before"]["occupations"]) + _words(_DATA["before"]["titles"])
                         + _words(_DATA["before"]["kin"]))
_BEFORE = tuple(BEFORE_WORDS)
# A member's part in a band (ギター, ベース) names the member after it only in Latin
# letters (ベースのKaito): before katakana it is as often an instrument's maker.
_BAND_PARTS = frozenset(_words(_DATA["before"]["band_parts"]))
_JOB_WORDS = BEFORE_WORDS | _BAND_PARTS
# What a token must be to open a job word (``_kanji_after_a_job``): a job word, or the
# end of a job word that Sudachi cut in two (the second token of 作曲|家).
_JOB_WORD_TOKENS = _JOB_WORDS | frozenset(w[k:] for w in BEFORE_WORDS for k in range(1, len(w) + 1))
_LIFE = _words(_DATA["after"]["life_verbs"])
_KIN_AFTER = _words(_DATA["after"]["kin_after"])
_CALLED = _words(_DATA["after"]["called"])
_CREDITS = frozenset(_words(_DATA["after"]["credits"]))
_POSTHUMOUS = frozenset(_words(_DATA["after"]["posthumous"]))
_SINITIC_TITLES = frozenset(_words(_DATA["after"]["sinitic_titles"]))
_NOT_PERSON = _words(_DATA["after"]["not_person"])
_SINITIC_SURNAMES = (frozenset(_SINITIC["chinese"].split()) | frozenset(_SINITIC["korean"].split())) \
    - frozenset(_SINITIC["exclude"].split())

_KATA = re.compile(r"^[ァ-ヺー]+$")
_KANJI_RUN = re.compile(rf"^[{KANJI_NAME}]+$")
_KANJI_CHAR = re.compile(rf"[{KANJI}]")
_JOIN = ("・", "=")  # ＝ is = after NFKC
# What may follow a name in prose: a particle (から and より too: 主事のＸＸから説明があった),
# punctuation, a bracket, a space, the end.
_END_OK = re.compile(r"[はがをにとのもへやらで、。,.()「」『』\s]|から|より|$")
# What closes a kanji run that names a place, a body or a thing, not a person.
_NOT_NAME_LAST = frozenset("市区町村郡県都府州駅線寺港城館院園社湖湾会党団部局省庁軍校所署課係室店業法賞号式制者員家派語族")
# A head count closing a list of names: の3人, ら5人, の三人.
_COUNTED = re.compile(rf"(?<![{KANJI_NAME}ァ-ヺー])(?P<items>(?:[{KANJI_NAME}]{{1,4}}|[ァ-ヺー]{{2,10}})"
                      rf"(?:[、・と](?:[{KANJI_NAME}]{{1,4}}|[ァ-ヺー]{{2,10}})){{1,7}})"
                      r"(?:の|ら|らの)(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})人")
_COUNTED_ANCHOR = re.compile(r"[0-9一二三四五六七八九十]人")
_ITEM_SEP = re.compile(r"[、・と]")
_KANJI_NUMBERS = {c: i for i, c in enumerate("〇一二三四五六七八九", 0)}
# The original spelling given in brackets after a katakana name: (John Smith), (独: Max Weber).
_LATIN_GLOSS = re.compile(r"\((?:[^\W\d_]{1,4}[:：] ?)?(?P<name>[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'.-]*"
                          r"(?: (?:(?:van|von|de|da|di|der|den|du|dos|del|la|le|bin|ibn) ){0,2}"
                          r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'.-]*){1,4})(?=[、,;)])")
# A name in Latin letters after a job word: one to three capitalised words
# (YUKI, Hans Berg, J. R. Smith) before a particle or punctuation.
_LATIN_AFTER_A_JOB = re.compile(r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'.-]*(?: [A-Z][A-Za-zÀ-ÖØ-öø-ÿ'.-]*){0,2}"
                                r"(?=[はがをにとのもへや、。,()「」]|$)")
_TEAM_POSITIONS = frozenset(["GK", "DF", "MF", "FW"])
# A list of surnames closed by ら (堀、原、関らが) or holding one name the
# dictionary tags (佐藤、林、鈴木が): each item one to four kanji.
_SURNAME_LIST = re.compile(rf"(?<![{KANJI_NAME}ァ-ヺー])(?P<items>[{KANJI_NAME}]{{1,4}}(?:、[{KANJI_NAME}]{{1,4}}){{1,7}})"
                           r"(?P<close>ら(?=[がはのをにと、])|(?=[がはのをにと]))")
_SURNAME_LIST_ANCHOR = re.compile(rf"[{KANJI_NAME}]、[{KANJI_NAME}]")
# Life events are looked for up to the sentence's end, this far at most.
_SENTENCE = 40
# Titles written after a name (社長, 会長, 委員長): after 初代, 前 or a job word they are the post, not a name.
_TITLE_WORDS = frozenset(_ROLE_AFTER["person"]) | frozenset(_ROLE_AFTER["official"])
# Posts and titles before の and a name (編集長のＸＸ, 会長のＸＸ, 主事のＸＸ): the title
# words above that are not already job words, less those that name no post (本人, 脚本).
_TITLES_BEFORE_NO = _TITLE_WORDS - BEFORE_WORDS - frozenset(_words(_DATA["before"]["titles_not_before"]))


def _number(s: str) -> int:
    """3, 三, 十二 as an int (0 when unreadable)."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _KANJI_NUMBERS.get(s[1:], 0)
    if s.endswith("十"):
        return 10 * _KANJI_NUMBERS.get(s[0], 0)
    return _KANJI_NUMBERS.get(s, 0)


@lru_cache(maxsize=4096)
def _kinds(part: str) -> frozenset[str]:
    """What the dictionary knows ``part`` as: 人名, 地名, 語 (any other entry), or nothing."""
    return frozenset(t[0] if t[0] in ("人名", "地名") else "語" for t in dictionary_tags(part))


def _part_likeness(tokens: list[Token]) -> int:
    """Name-likeness of one katakana part read as ``tokens`` (usually one):
    +2 known as a name, +1 unknown to the dictionary (most foreign family
    names), -1 known only as a word, -2 only as a place."""
    if len(tokens) > 1:
        # a part Sudachi cut in pieces (ハス|リンガー): unknown as a whole
        if any(t.oov for t in tokens):
            return 1
        kinds = _kinds("".join(t.surface for t in tokens))
        if kinds:
            return 2 if "人名" in kinds else -1
        return 1 if any(t.pos[2] == "人名" for t in tokens) else -1
    t = tokens[0]
    if t.pos[2] == "人名":
        return 2
    kinds = _kinds(t.surface)
    if "人名" in kinds:
        # also a name, but Sudachi preferred another reading (フォード, ホンダ:
        # a company's as often as a person's)
        return 0
    reading = _hiragana(t.surface)
    if not kinds or t.oov:
        # unknown to the dictionary; a Japanese given name written in katakana
        # (ソウマ, キリト: a character's name) is more likely still
        return 2 if is_given_name(reading) else 1
    if kinds == {"地名"}:
        return -2
    # a word, unless it is also a Japanese given name read in katakana
    # (ミナト, リク, ハル: a character's name as often as the word)
    return 0 if "語" in kinds and len(t.surface) <= 4 and is_given_name(reading) else -1


def _hiragana(katakana: str) -> str:
    """ミナト -> みなと: the name lexicons hold readings in hiragana."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)


def _katakana_runs(tokens: list[Token]) -> Iterable[tuple[int, int, list[list[Token]]]]:
    """(first token index, last token index, parts) of each run of katakana
    tokens joined by ・ or = (or by nothing: one part in pieces)."""
    n = len(tokens)
    i = 0
    # only a token that opens with a katakana character can pass the first test below
    for k in token_index(tokens).matching("katakana_first", KATAKANA_FIRST):
        if k < i:
            continue  # inside the run read last
        i = k
        t = tokens[i]
        first = t.surface[:1]
        if not ("ァ" <= first <= "ヺ" or first == "ー") or not _KATA.match(t.surface):
            continue
        parts: list[list[Token]] = [[t]]
        j = i + 1
        while j < n:
            nxt = tokens[j]
            if nxt.start == tokens[j - 1].end and _KATA.match(nxt.surface):
                parts[-1].append(nxt)
                j += 1
            elif nxt.surface in _JOIN and j + 1 < n and tokens[j + 1].start == nxt.end \
                    and _KATA.match(tokens[j + 1].surface):
                parts.append([tokens[j + 1]])
                j += 2
            else:
                break
        yield i, j - 1, parts
        i = j


def _context(text: str, start: int, end: int) -> tuple[int, str]:
    """Context evidence for a name at text[start:end] and the word that gave
    most of it: a job, title or kin word before (+3), a word saying what
    someone is called after (+4), a kin word after の (+3), a life
    event later in the sentence after は/が (+2), ら after (+1)."""
    score, word = 0, ""
    before = ctx.before(text, start, 16)
    if before.endswith("の"):
        before = before[:-1]
    w = ctx.ends_with_word(before, _BEFORE)
    if w:
        score, word = 3, w
    after = ctx.after(text, end, _SENTENCE)
    w = ctx.starts_with_word(after, _CALLED)
    if w:
        return score + 4, w
    if after[:1] == "の":
        w = ctx.starts_with_word(after[1:], _KIN_AFTER)
        if w and not _KANJI_CHAR.match(after[1 + len(w):2 + len(w)]):
            return score + 3, w
    if after[:1] in ("は", "が", "も"):
        sentence = after.split("。", 1)[0]
        w = ctx.find_word(sentence, _LIFE)
        if w:
            score += 2
            word = word or w
    elif after[:1] == "ら" and after[1:2] in ("の", "は", "が", "と", "、", "を", "に"):
        score += 1
        word = word or "ら"
    return score, word


def _listed_with_a_name(tokens: list[Token], i: int, j: int) -> bool:
    """Another name tagged by the dictionary stands next to tokens[i..j] in a
    、/と/や list (モーツァルトと Ｘ, Ｘ、ハイドン)."""
    n = len(tokens)
    if j + 2 < n and tokens[j + 1].surface in ("と", "、", "や") and tokens[j + 2].pos[2] == "人名":
        return True
    return i >= 2 and tokens[i - 1].surface in ("と", "、", "や") and tokens[i - 2].pos[2] == "人名"


def _veto(text: str, start: int, end: int, parts: list[str]) -> str | None:
    """A positive reason that the run names something other than a person."""
    after = ctx.after(text, end, 8)
    w = ctx.starts_with_word(after, _NOT_PERSON)
    if w:
        return f"言語・民族・学派・賞・地名などの語が続く（〜{w}）"
    return (not_a_person_after(text, end) or not_a_person_before(text, start)
            or ends_like_an_organisation(parts) or quoted_title(text, start, end))


# Below every score person.py gives (its weakest guesses are 0.3): Presidio
# drops a result contained in another of the same label with a score as
# high or higher, and a finding here that contained a stronger one (持統 in
# 持統天皇) must not take its place only to fall below the default profile's
# threshold.
WEAK = 0.25


# The name findings here carry in the audit log, apart from PersonRecognizer's:
# the person recognizer's document-level steps (one role per person, later
# mentions, list roles) read its own findings only, and a weak guess here
# must not change what they decide about the stronger ones.
SOURCE = "PersonProse"


def _result(rec: JaRecognizer, start: int, end: int, why: str, key: str, full: bool,
            score: float = WEAK) -> RecognizerResult:
    r = rec.result("PERSON", start, end, score, why, role="unclear", role_source="none", role_word="",
                   person_key=key, full_name=full)
    r.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] = SOURCE
    return r


def _katakana_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    for i, j, parts in _katakana_runs(tokens):
        start, end = tokens[i].start, tokens[j].end
        surfaces = ["".join(t.surface for t in p) for p in parts]
        if len(surfaces) == 1 and len(surfaces[0]) < 2:
            continue
        each = [_part_likeness(p) for p in parts]
        likeness = max(-3, min(3, sum(each)))
        gloss = _LATIN_GLOSS.match(text, end) if text[end:end + 1] == "(" and likeness >= 2 else None
        if gloss and not _veto(text, start, end, surfaces):
            # ジョン・スミス(John Smith): the original spelling of a katakana name
            # the dictionary knows, in brackets right after it
            s, e = gloss.span("name")
            yield _result(rec, s, e, "カタカナの人名のあとの括弧内の原綴り", gloss.group("name").split(" ")[-1], True)
        context, word = _context(text, start, end)
        if _listed_with_a_name(tokens, i, j):
            context += 2
            word = word or "人名の列挙"
        # a name in several parts, none of them a known word (a company's
        # name in parts has one: ジョンソン・エンド・ジョンソン, 〜・ブラザーズ)
        several = len(parts) > 1 and likeness >= 3 and min(each) >= 1
        if not (several or (context >= 2 and likeness + context >= 3)):
            continue
        reason = _veto(text, start, end, surfaces)
        if reason:
            drop("PERSON", text, start, end, reason)
            continue
        why = f"文中のカタカナの人名らしい語（辞書 {likeness:+d}、文脈 {context:+d}「{word}」）"
        yield _result(rec, start, end, why, surfaces[-1], len(parts) > 1)


def _kanji_likeness(text: str, tokens: list[Token]) -> int:
    """Name-likeness of a kanji run: +2 for a 人名 token, +2 for a split into
    a surname and a given name both in the lexicons (+1 for a lenient
    split), +2 for a Chinese or Korean surname before one or two kanji; -3
    for one token the dictionary reads as a place or a proper noun that is
    no name."""
    s = "".join(t.surface for t in tokens)
    score = 0
    if any(t.pos[2] == "人名" for t in tokens):
        score += 2
    if split_full_name(s, both_known=True):
        score += 2
    elif split_full_name(s):
        score += 1
    if 2 <= len(s) <= 3 and s[0] in _SINITIC_SURNAMES:
        score += 2
    if len(tokens) == 1 and tokens[0].pos[1] == "固有名詞" and tokens[0].pos[2] != "人名" \
            and "人名" not in _kinds(s):
        score -= 3
    return score


# The tokens _kanji_after_a_job starts from: job words and their ends, and posts before の.
_JOB_OR_TITLE_TOKENS = _JOB_WORD_TOKENS | _TITLES_BEFORE_NO


def _surname_and_unknown(name: str) -> int:
    """+2 for a run after a job word that opens with a surname of the lexicons
    (two kanji or more) followed by one to three kanji the dictionary does not
    know as a word (徳山|璉, 矢吹|活禅): a given name no list holds, where a
    surname before a word (福岡|公演) is a phrase. 0 otherwise."""
    for cut in range(2, len(name)):
        rest = name[cut:]
        if len(rest) <= 3 and is_surname(name[:cut]) and not _kinds(rest) and _KANJI_RUN.match(rest):
            return 2
    return 0


_HIRAGANA_RUN = re.compile(r"[ぁ-ゖー]{2,6}")
_HIRAGANA_WORD = re.compile(r"[ぁ-ゖー]+")
# Honorifics and kin words the given-name lists also hold as names (さん, とも): after a
# surname they are its honorific, not a given name.
_NOT_KANA_GIVEN = frozenset(["さん", "さま", "ちゃん", "くん", "どの", "とも", "ども", "たち", "ら"])


def _kana_given_after(text: str, tokens: list[Token], k: int, surname: str) -> str:
    """The hiragana given name right after a kanji surname that ends before
    tokens[k] (宮内あすか): the longest run of whole tokens, none a particle or an
    auxiliary (宮内|と|とも|に is no name), that the lexicons split with the surname
    into a known surname and a known given name, and after which a name may end; or ''."""
    if k >= len(tokens) or not _HIRAGANA_RUN.match(text, tokens[k].start):
        return ""
    end = tokens[k].start
    best = ""
    while k < len(tokens) and tokens[k].start == end and _HIRAGANA_WORD.fullmatch(tokens[k].surface) \
            and tokens[k].pos[0] not in ("助詞", "助動詞") and tokens[k].end - tokens[k].start + len(best) <= 6:
        given = best + tokens[k].surface
        end = tokens[k].end
        k += 1
        if given not in _NOT_KANA_GIVEN and _END_OK.match(text, end) \
                and split_full_name(surname + given, both_known=True) == (surname, given):
            return given
        best = given
    return ""


def _kanji_after_a_job(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """哲学者ＸＸ, 副書記のＸＸ, DFＸＸ: a kanji run of two to six characters
    right after a job or title word (with の or without), ending where a
    particle or punctuation follows, that looks like a name."""
    n = len(tokens)
    for i in token_index(tokens).with_surface("job_or_title_tokens", _JOB_OR_TITLE_TOKENS):  # (a superset of the tests below)
        t = tokens[i]
        if t.pos[0] != "名詞":
            continue
        titled = t.surface in _TITLES_BEFORE_NO and t.surface not in _JOB_WORDS
        if not titled and t.surface not in _JOB_WORDS and not (
                i > 0 and tokens[i - 1].end == t.start and tokens[i - 1].surface + t.surface in BEFORE_WORDS):
            continue
        j = i + 1
        if j < n and tokens[j].surface == "の" and tokens[j].start == t.end:
            j += 1
        elif titled:
            continue  # a post before a name only with の (会長のＸＸ); 会長選挙 is a word
        if j >= n or tokens[j].start != tokens[j - 1].end:
            continue
        latin = _LATIN_AFTER_A_JOB.match(text, tokens[j].start) if "A" <= tokens[j].surface[:1] <= "Z" else None
        if latin is None and t.surface in _BAND_PARTS:
            continue
        if latin and t.surface not in _TEAM_POSITIONS:
            # ボーカルのYUKI, 作曲家 Hans Berg: a name in Latin letters after a job word
            # (not DF, FW: the position itself is in Latin letters)
            if not _veto(text, latin.start(), latin.end(), [latin.group(0)]):
                yield _result(rec, latin.start(), latin.end(), f"職業・肩書「{t.surface}」のあとのローマ字の人名",
                              latin.group(0).split(" ")[-1], " " in latin.group(0))
            continue
        k = j
        while k < n and tokens[k].start == tokens[k - 1].end and _KANJI_RUN.match(tokens[k].surface) \
                and tokens[k].end - tokens[j].start <= 6:
            k += 1
        if k == j:
            continue
        run = tokens[j:k]
        start, end = run[0].start, run[-1].end
        name = text[start:end]
        given = _kana_given_after(text, tokens, k, name)
        if not 2 <= len(name) <= 6 or not (given or _END_OK.match(text, end)) or _KANJI_CHAR.match(text[end:end + 1]):
            continue
        if name[-1] in _NOT_NAME_LAST or name in BEFORE_WORDS or name in _TITLE_WORDS \
                or any(r.surface in BEFORE_WORDS for r in run):  # 初代社長: a title after a job word is no name
            continue
        if titled and not given and all(r.pos[1] == "普通名詞" and "人名" not in _kinds(r.surface) for r in run) \
                and not split_full_name(name) and not _surname_and_unknown(name):
            continue  # 職員の陳述, 課長の説明: after a post, ordinary words that no lexicon reads as a name
        if given:
            # 宮内|あすか: a surname and a given name in hiragana, both in the lexicons
            end += len(given)
            name += given
            likeness = 4
        else:
            likeness = _kanji_likeness(text, run) + _surname_and_unknown(name)
        if likeness < 2:
            continue
        reason = _veto(text, start, end, [name])
        if reason:
            drop("PERSON", text, start, end, reason)
            continue
        job = t.surface if t.surface in _JOB_WORDS or titled else tokens[i - 1].surface + t.surface
        split = split_full_name(name)
        yield _result(rec, start, end, f"職業・肩書「{job}」のあとの人名らしい漢字の語（辞書 {likeness:+d}）",
                      split[0] if split else name, True)


def _item_likeness(item: str) -> bool:
    """An item of a counted list that can be a name: a surname or full name
    of the lexicons, a word the dictionary knows as a name, or a katakana
    word it knows as a name or not at all."""
    kinds = _kinds(item)
    if _KATA.match(item):
        return "人名" in kinds or not kinds
    return is_surname(item) or "人名" in kinds or split_full_name(item, both_known=True) is not None


def _counted_lists(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """原、森、堀の3人, ＡとＢの2人: items of a list closed by a head count of
    people that matches the number of items, each of which can be a name."""
    for m in scan(_COUNTED, _COUNTED_ANCHOR, text):
        items = []
        pos = m.start("items")
        for sep in list(_ITEM_SEP.finditer(text, m.start("items"), m.end("items"))) + [None]:
            e = sep.start() if sep else m.end("items")
            items.append((pos, e))
            if sep:
                pos = sep.end()
        if len(items) != _number(m.group("n")):
            continue
        if not all(_item_likeness(text[s:e]) for s, e in items):
            continue
        for s, e in items:
            yield _result(rec, s, e, f"人数で閉じた列挙の項目（〜の{m.group('n')}人）", text[s:e], False, 0.4)


def _surname_lists(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """堀、原、関らが; 佐藤、林、鈴木が: the one-kanji surnames of a 、 list of
    surnames (a lone kanji is a name only in such a list). Every item must be
    a surname of the lexicons; the list must be closed by ら (people) or hold
    a name of two kanji or more that Sudachi tags 人名."""
    tagged: set[tuple[int, int]] | None = None
    for m in scan(_SURNAME_LIST, _SURNAME_LIST_ANCHOR, text):
        items = []
        pos = m.start("items")
        for part in m.group("items").split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        while len(items) > 2 and not is_surname(text[items[0][0]:items[0][1]]):
            items.pop(0)  # その後、堀、原: the list starts after an adverb's last kanji
        if m.group("close") and all(_listed_name(text[s:e]) for s, e in items):
            # 真壁、有馬、柊らが: ら closes a list of people, so every item that can be a
            # name is one, whatever its length (the dictionary reads 有馬 as a place)
            for s, e in items:
                yield _result(rec, s, e, "「ら」で閉じた姓の列挙の項目", text[s:e], False)
            continue
        if not any(e - s == 1 for s, e in items) or not all(is_surname(text[s:e]) for s, e in items):
            continue
        if not m.group("close"):
            if tagged is None:
                tagged = {(t.start, t.end) for t in tokens if t.pos[2] == "人名" and t.end - t.start >= 2}
            if not any((s, e) in tagged for s, e in items):
                continue
        for s, e in items:
            if e - s == 1:
                yield _result(rec, s, e, "姓の列挙のなかの一字の姓", text[s:e], False)


def _listed_name(item: str) -> bool:
    """An item of a list closed by ら that can be a person's name: a surname or
    given name of the lexicons, or a word the dictionary knows as a name."""
    return is_surname(item) or is_given_name(item) or "人名" in _kinds(item)


_RA = frozenset(["ら"])
# What follows ら that closes a name and its company (有馬らが, 有馬らと, 有馬らの).
_AFTER_RA = frozenset("がはとのをにも、")


def _surname_and_others(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """有馬らが, 鳴海らと: ら after a word is 'X and the others with X', said of
    people (彼ら, 子供ら), so a word of two to four kanji that the lexicons know
    as a surname, which Sudachi read as a place or a word, names a person there.
    Found from the index of ら tokens: no pass over the text."""
    for i in token_index(tokens).with_surface("ra", _RA):
        if i < 1 or tokens[i].pos[0] != "接尾辞" or text[tokens[i].end:tokens[i].end + 1] not in _AFTER_RA:
            continue
        name = tokens[i - 1]
        if name.end != tokens[i].start or name.pos[2] == "人名" or not (2 <= len(name.surface) <= 4) \
                or not _KANJI_RUN.match(name.surface) or (name.start > 0 and _KANJI_CHAR.match(text[name.start - 1])):
            continue  # (a name Sudachi tags is the person recognizer's; a longer kanji word goes on before it)
        if is_surname(name.surface):
            yield _result(rec, name.start, name.end, "「ら」が続く姓（〜らが、〜らと）", name.surface, False)


_NO = frozenset(["の"])
# Kin words after Ｘの that only a person has; 子 is left out (森の子, 海の子 are
# phrases), and so are the words of a place's history (生家 is a person's, but
# a bare word before it may be a town's).
_KIN_OF_A_SURNAME = tuple(w for w in _KIN_AFTER if w not in ("子", "生家"))
# Characters that may stand right before a surname opening its phrase.
_PHRASE_START = frozenset("、。，．「」『』（）()・ \t\nはがもとにでを")


def _surname_before_kin(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """橘の死後, 大鳥の妻: a word of one to four kanji that the lexicons know as a
    surname, which Sudachi read as a word (or as a place it also knows as a
    surname), opening its phrase before の and a kin word or a word of a life
    (妻, 長男, 弟子, 死後: ``kin_after``) is a person named by the surname.
    Found from the index of の tokens: no pass over the text."""
    for i in token_index(tokens).with_surface("no", _NO):
        if i < 1:
            continue
        name, no = tokens[i - 1], tokens[i]
        if name.end != no.start or name.pos[0] != "名詞" or len(name.surface) > 4 \
                or not _KANJI_RUN.match(name.surface):
            continue
        if not ((name.pos[1] == "普通名詞" and name.pos[2] == "一般")
                or (name.pos[2] == "地名" and name.pos[3] != "国" and ("人名", "姓") in dictionary_tags(name.surface))):
            continue  # (a name Sudachi tags is the person recognizer's; verbal nouns and countries are no surnames)
        if name.start > 0 and text[name.start - 1] not in _PHRASE_START:
            continue  # 日本の橘の妻, 新橘の: the word goes on before, or something modifies it
        kin = ctx.starts_with_word(text[no.end:no.end + 4], _KIN_OF_A_SURNAME)
        if not kin or _KANJI_CHAR.match(text[no.end + len(kin):no.end + len(kin) + 1]):
            continue
        if is_surname(name.surface):
            yield _result(rec, name.start, name.end, f"姓として読める語のあとの「の{kin}」", name.surface, False)


def _sinitic_before_a_title(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """朴槿恵大統領, 胡耀邦総書記: a Chinese or Korean name fused before a head
    of state's or party's title, which Sudachi cuts into words: two or three
    kanji from a boundary to the title, the first a Chinese or Korean surname."""
    index = token_index(tokens)
    for t in map(tokens.__getitem__, index.with_surface("sinitic_titles", _SINITIC_TITLES)):
        s = t.start
        while s > 0 and t.start - s < 4 and _KANJI_CHAR.match(text[s - 1]):
            s -= 1
        if not 2 <= t.start - s <= 3 or text[s] not in _SINITIC_SURNAMES:
            continue
        if any(tk.start == s and tk.end == t.start and tk.pos[1] == "固有名詞" and tk.pos[2] != "人名"
               for tk in map(tokens.__getitem__, index.starting_at((s,)))):
            continue  # one word the dictionary knows as a place or a body (韓国大統領 is not this)
        if "地名" in _kinds(text[s:t.start]) or "語" in _kinds(text[s:t.start]):
            continue
        yield _result(rec, s, t.start, f"中国・朝鮮の姓で始まり職名「{t.surface}」が続く漢字の語", text[s], True)


def _names_before_a_credit(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """中島作詞, 高畑訳, 土屋率いる部隊: a surname or name of kanji fused before
    a credit (data ``credits``), one or two tokens from a boundary, that the
    dictionary tags as a name or the lexicons know as a surname or full name."""
    for i in token_index(tokens).with_surface("credits", _CREDITS):
        if i < 1:
            continue
        t = tokens[i]
        if t.surface not in _CREDITS or (t.pos[0] == "名詞" and _KANJI_CHAR.match(text[t.end:t.end + 1])):
            continue
        for k in (i - 1, i - 2):
            if k < 0 or not all(_KANJI_RUN.match(x.surface) for x in tokens[k:i]) \
                    or any(a.end != b.start for a, b in zip(tokens[k:i + 1], tokens[k + 1:i + 1])):
                break
            start, end = tokens[k].start, t.start
            if start > 0 and _KANJI_CHAR.match(text[start - 1]):
                continue  # not from a boundary yet: try one token more
            name = text[start:end]
            if not 2 <= len(name) <= 6 or name[-1] in _NOT_NAME_LAST or name in BEFORE_WORDS:
                break
            run = tokens[k:i]
            if any(x.pos[2] == "人名" for x in run) or is_surname(name) or split_full_name(name, both_known=True):
                if any(x.pos[2] == "地名" and x.pos[3] == "国" for x in run):
                    break
                split = split_full_name(name)
                yield _result(rec, start, end, f"クレジット「{t.surface}」の前の人名", split[0] if split else name,
                              split is not None)
            break


def _posthumous_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """持統天皇, 鳥羽上皇: a word the dictionary knows as a name right before
    天皇/上皇/法皇, with the title, which is part of a posthumous name
    (歴代天皇, 女性天皇 are words: no name there)."""
    for i in token_index(tokens).with_surface("posthumous", _POSTHUMOUS):
        if i < 1:
            continue
        t = tokens[i]
        name = tokens[i - 1]
        if name.end != t.start or not _KANJI_RUN.match(name.surface) or _KANJI_CHAR.match(text[t.end:t.end + 1]) \
                or (name.start > 0 and _KANJI_CHAR.match(text[name.start - 1])):
            continue
        if name.pos[2] == "人名" or "人名" in _kinds(name.surface):
            yield _result(rec, name.start, t.end, f"諡号・院号（〜{t.surface}）", name.surface, True)


def prose_names(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """Every name this module proposes (see the module docstring)."""
    yield from _katakana_names(rec, text, tokens)
    yield from _kanji_after_a_job(rec, text, tokens)
    yield from _counted_lists(rec, text)
    yield from _posthumous_names(rec, text, tokens)
    yield from _surname_lists(rec, text, tokens)
    yield from _surname_and_others(rec, text, tokens)
    yield from _surname_before_kin(rec, text, tokens)
    yield from _sinitic_before_a_title(rec, text, tokens)
    yield from _names_before_a_credit(rec, text, tokens)
    from redactor.recognizers._person_prose_titled import titled_names, titled_surnames  # imports this module's helpers
    yield from titled_names(rec, text, tokens)  # ＸＸ選手, ＸＸ社長: a name fused before a title
    yield from titled_surnames(rec, text, tokens)  # 四十物課長: a surname alone the dictionary reads as a word
    from redactor.recognizers._person_prose_clause import clause_names  # imports this module's helpers
    yield from clause_names(rec, text, tokens)  # ＸＸは…引退, ＸＸと結婚, 主演はＸＸ: a surname alone
    from redactor.recognizers._person_prose_rare_given import rare_given_names  # imports this module's helpers
    yield from rare_given_names(rec, text, tokens)  # ＸＸ颯葉: a given name no list holds, known by its form
    from redactor.recognizers._person_prose_styled import ring_names, styled_names  # imports this module's helpers
    yield from ring_names(rec, text, tokens)  # 横綱ＸＸ: a ring name after a rank
    yield from styled_names(rec, text, tokens)  # Ｘ公, Ｘ卿: a name and a style fused after it
    from redactor.recognizers._person_prose_defined import defined_names  # imports this module's helpers
    yield from defined_names(rec, text, tokens)  # ＸＸは、日本の漫画家。: a subject defined by an occupation
