"""Readings in which Sudachi hides a name, and how PERSON reads them again.

Sudachi picks one reading per stretch of text; the core dictionary often
knows a better one for names:

- a surname read as a place and a given name read as a common noun
  (梶原一騎, 伊藤 真理) are retagged 姓 + 名 when the dictionary also knows
  them as names (``retag_hidden_names``);
- a given name fused with the 君 after it (昭君, 明君) is cut in two;
- a name spaced out one character at a time (山　田　太　郎), as forms and
  headings do, is read again without the spaces (``spaced_name_within``).

Used by ``person.py``, which judges the runs of tokens these produce.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers import _context as ctx
from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._org_context import _ORG_SUFFIXES, _PLACE_SUFFIXES
from redactor.recognizers._person_index import token_index
from redactor.recognizers._person_roles import AFTER, BEFORE
from redactor.recognizers._text import KANJI, KANJI_ODORIJI, KANJI_PLACE
from redactor.tokens import Token, dictionary_tags, tokenize

_SURNAME_POS = ("名詞", "固有名詞", "人名", "姓", "*", "*")
_GIVEN_POS = ("名詞", "固有名詞", "人名", "名", "*", "*")
KANJI_WORD = re.compile(rf"^[{KANJI_ODORIJI}]+$")
_SURNAME_WORD = re.compile(rf"^[{KANJI_PLACE}]+$")  # 藤ヶ谷, 一ヶ崎
# Words the dictionary also lists as given names that, after a place or a
# surname, head the name of a body or a period instead (北浜大学, 江戸時代):
# the organisation and place suffixes of ``name_not_person.toml`` and the words
# of an era, never retagged as a given name.
NOT_GIVEN_AFTER_NAME = frozenset(_ORG_SUFFIXES) | frozenset(_PLACE_SUFFIXES) | frozenset(["時代", "年代", "時期"])


def retag_hidden_names(tokens: list[Token]) -> list[Token]:
    """梶原一騎, 甲田真理, 伊藤 真理: Sudachi read a surname as a place or a
    given name as a common noun, though its dictionary knows both as names.
    A proper noun that is or can be a surname, followed (directly or after
    one space) by a kanji noun that can be a given name, is retagged 姓 + 名
    so the name is judged as one. One-character pieces are left alone: after
    a place they are mostly numbers and directions (上杉三丁目, 清水南線)."""
    out = tokens
    n = len(tokens)
    honorific_splits: list[int] = []
    for i in token_index(tokens).where("pos1", "固有名詞"):  # (the first test below, by C loops)
        if i >= n - 1:
            break
        t = tokens[i]
        if t.pos[1] != "固有名詞" or not _SURNAME_WORD.match(t.surface):
            continue
        j = i + 2 if tokens[i + 1].surface == " " and i + 2 < n else i + 1
        nxt = tokens[j]
        if tokens[j - 1].end != nxt.start or not KANJI_WORD.match(nxt.surface):
            continue
        if 2 <= len(nxt.surface) <= 3 and nxt.surface.endswith("君") and nxt.pos[0] == "名詞":
            honorific_splits.append(j)  # 藤田昭君: 昭 + 君 (Sudachi knows 昭君 as one name)
            continue
        if nxt.pos[1] != "普通名詞" or len(nxt.surface) < 2 or nxt.surface in NOT_GIVEN_AFTER_NAME:
            continue
        if _is_surname(t) and ("人名", "名") in dictionary_tags(nxt.surface):
            if out is tokens:
                out = list(tokens)
            out[i] = t._replace(pos=_SURNAME_POS)
            out[j] = nxt._replace(pos=_GIVEN_POS)
    if honorific_splits:
        out = _split_honorifics(out, honorific_splits)
    return _split_fused_titles(_split_fused_heads(out))


# Staff titles written right after a surname (笹本保健師, 岡田主査): the official words after
# a name in data/person_roles.toml, longest first, two kanji or more.
_TITLES_AFTER = tuple(sorted((w for w in load_toml("person_roles.toml", "redactor.recognizers.data")["after"]["official"]
                              if len(w) >= 2 and KANJI_WORD.match(w)), key=len, reverse=True))


def _split_fused_titles(tokens: list[Token]) -> list[Token]:
    """Cut a staff title off the surname Sudachi fused it with across its own
    word boundary (笹本保健師 read 笹|本保|健師, a surname and a given name that are
    no one's): when a run of kanji tokens holding a 人名 token ends with a title
    of the office (保健師, 主査) and the kanji before it are a surname of the lexicons
    (or a full name whose both parts they know), at a place where no token
    boundary stands, the run becomes 姓 (+ 名) + the title. The name is then
    judged alone with its title after it, and no kanji of the title is masked."""
    out = tokens
    i = 0
    while i < len(out):
        t = out[i]
        if t.pos[2] != "人名":
            i += 1
            continue
        a = i
        while a > 0 and out[a - 1].end == out[a].start and KANJI_WORD.match(out[a - 1].surface):
            a -= 1
        b = i + 1
        while b < len(out) and out[b].start == out[b - 1].end and KANJI_WORD.match(out[b].surface):
            b += 1
        run = "".join(tk.surface for tk in out[a:b])
        title = next((w for w in _TITLES_AFTER if run.endswith(w) and len(run) > len(w)), None)
        if title is None or not KANJI_WORD.match(run) or len(run) > 12:
            i = b
            continue
        name = run[:-len(title)]
        s0 = out[a].start
        cut = s0 + len(name)
        if any(tk.start == cut for tk in out[a:b]):
            i = b  # Sudachi parted name and title itself: nothing to mend
            continue
        pieces: list[Token] | None = None
        if 2 <= len(name) <= 4 and lex.is_surname(name):
            pieces = [Token(name, s0, cut, _SURNAME_POS, False)]
        elif 3 <= len(name) <= 6:
            split = lex.split_full_name(name, both_known=True)
            if split is not None:
                sur, given = split
                pieces = [Token(sur, s0, s0 + len(sur), _SURNAME_POS, False),
                          Token(given, s0 + len(sur), cut, _GIVEN_POS, False)]
        if pieces is None:
            i = b
            continue
        pieces.append(Token(title, cut, out[b - 1].end, _HEAD_POS, False))
        if out is tokens:
            out = list(tokens)
        out[a:b] = pieces
        i = a + len(pieces)
    return out


# The last kanji of a unit before 長 (建設課長, 総務部長, 市民税係長): Sudachi joins that 長 to the
# surname after it when no space parts them (建設課|長山|田花子, 総務部|長佐|藤健, 係|長田中|誠).
_UNIT_LAST = frozenset("課部係室局所館署班")
_HEAD_POS = ("名詞", "普通名詞", "一般", "*", "*", "*")


def _split_fused_heads(tokens: list[Token]) -> list[Token]:
    """Cut the 長 of a unit's head off the name Sudachi fused it with (建設課長山田花子 read
    建設課|長山|田花子): when the kanji after 長, up to the end of the run, split into a surname
    and a given name of the lexicons (山田|花子), the tokens become 長 + 姓 + 名, so the
    name is judged whole with its title before it and no character of the title masked."""
    out = tokens
    i = 1
    while i < len(out):
        t = out[i]
        prev = out[i - 1]
        if not (t.surface.startswith("長") and len(t.surface) >= 2 and prev.end == t.start
                and prev.surface[-1:] in _UNIT_LAST and KANJI_WORD.match(t.surface)):
            i += 1
            continue
        j = i + 1
        run = t.surface[1:]
        while j < len(out) and out[j].start == out[j - 1].end and KANJI_WORD.match(out[j].surface) \
                and len(run) + len(out[j].surface) <= 6:
            run += out[j].surface
            j += 1
        split = lex.split_full_name(run, both_known=True)
        if split is None:
            i += 1
            continue
        sur, given = split
        s = t.start + 1
        pieces = [Token("長", t.start, s, _HEAD_POS, False), Token(sur, s, s + len(sur), _SURNAME_POS, False),
                  Token(given, s + len(sur), s + len(run), _GIVEN_POS, False)]
        if out is tokens:
            out = list(tokens)
        out[i:j] = pieces
        i += len(pieces)
    return out


def _is_surname(t: Token) -> bool:
    return t.pos[3] == "姓" or ("人名", "姓") in dictionary_tags(t.surface)


_SUFFIX_POS = ("接尾辞", "名詞的", "一般", "*", "*", "*")


def _split_honorifics(tokens: list[Token], at: list[int]) -> list[Token]:
    """The tokens with each token at ``at`` (a given name fused with the
    君 after it: 昭君, 明君) cut into the given name and the honorific."""
    out: list[Token] = []
    prev = 0
    for j in at:
        out.extend(tokens[prev:j])
        t = tokens[j]
        cut = t.end - 1
        out.append(Token(t.surface[:-1], t.start, cut, _GIVEN_POS, False))
        out.append(Token("君", cut, t.end, _SUFFIX_POS, False))
        prev = j + 1
    out.extend(tokens[prev:])
    return out


# Three to six single kanji each followed by one space (山 田 太 郎), not
# inside a longer word on either side.
SPACED_RUN = re.compile(rf"(?<![^\s])[{KANJI_ODORIJI}](?: [{KANJI_ODORIJI}]){{2,5}}(?![^\s])")
SPACED_ANCHOR = re.compile(rf"[{KANJI}] [{KANJI}] [{KANJI}]")

_SPACED_TITLES = tuple(AFTER["official"]) + tuple(BEFORE["official"]) + tuple(BEFORE["private"])


def spaced_name_within(chars: str) -> tuple[int, int] | None:
    """The longest (then leftmost) stretch of three or more of ``chars`` that
    the dictionary reads as a surname and a given name and nothing else."""
    for length in range(len(chars), 2, -1):
        for i in range(len(chars) - length + 1):
            if i and ctx.ends_with_word(chars[:i + 1], _SPACED_TITLES):
                continue  # 委 員 長 森 光: 長 closes the title, it does not open the name
            tags = [t.pos[2:4] for t in tokenize(chars[i:i + length])]
            if ("人名", "姓") in tags and ("人名", "名") in tags and all(tag[0] == "人名" for tag in tags):
                return i, i + length
    return None


# -- readings given beside a name (the reading is masked with the name) -------

# A reading field of a form: ふりがな　やまだ　たろう (katakana values are
# PersonRecognizer's 氏名/フリガナ field).
_READING_LABEL = re.compile(
    r"(?:ふりがな|フリガナ|よみがな|ヨミガナ|読み仮名|読みがな)[ \t]*[:：]?[ \t]*"
    r"(?P<value>[ぁ-ゖー]{1,8}(?: [ぁ-ゖー]{1,8}){0,2})(?=[ \t]*(?:\n|$)|[ ]{2,}|\t)")
_READING_ANCHOR = re.compile(r"ふりがな|フリガナ|よみがな|ヨミガナ|読み仮名|読みがな")
# A line holding only a reading, under or over the name in a form:
# 　　　　みさき　かい (indented, or two words with a space between them).
_READING_LINE = re.compile(r"^(?P<indent>[ \t]*)(?P<value>[ぁ-ゖー]{1,8}(?P<space> [ぁ-ゖー]{1,8})?|"
                           r"[ァ-ヺー]{1,8}(?: [ァ-ヺー]{1,8})?)[ \t]*$")


def find_labelled_readings(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """ふりがな　はまべ　ひかる: the value of a reading field is a name (its
    reading), private like the field it stands in."""
    for m in scan(_READING_LABEL, _READING_ANCHOR, text):
        start, end = m.span("value")
        if end - start < 2:
            continue
        yield rec.result("PERSON", start, end, 0.85, "ふりがな欄の値（氏名の読み）", role="private",
                         role_source="field", role_word="ふりがな", person_key=m.group("value").split(" ")[0],
                         full_name=" " in m.group("value"))


_FORM_LINE = 80


# A bracket right after a name holding only its romaji: one to three Latin
# words (Hayashi Jin, YAMADA Hanako, Jin HAYASHI), nothing else.
_ROMAJI_READING = re.compile(r"[ ]?[(（][ ]?(?P<value>[A-Za-z][A-Za-z'.\-]+(?:[ ・,][ ]?[A-Za-z][A-Za-z'.\-]+){0,2})[ ]?[)）]")


def readings_beside(text: str, persons: list[Finding]) -> list[Finding]:
    """氏名　岬　海 with みさき　かい on the line below (or above): a line
    holding only a reading, right by a full name or a field's name, names
    the same person and is masked with it. A kana line with neither an
    indent nor a space between two words is a sentence (ありがとうございました),
    not a reading."""
    added = []
    taken = {(f.start, f.end) for f in persons}
    for f in persons:
        romaji = _ROMAJI_READING.match(text, f.end)
        words = re.split(r"[ ・,]+", romaji.group("value")) if romaji else []
        # a name's spelling, not an abbreviation: a word in lower case (Hayashi) or two words (HAYASHI JIN)
        if romaji and (len(words) >= 2 or any(w[1:].islower() for w in words)) \
                and (romaji.start("value"), romaji.end("value")) not in taken:
            # 林 仁（Hayashi Jin）: the name's romaji in the bracket after it is the
            # same person (a part of it may have been found on its own: Jin)
            s, e = romaji.start("value"), romaji.end("value")
            taken.add((s, e))
            added.append(replace(f, start=s, end=e, text=text[s:e], reason=f"{f.text} のローマ字表記（括弧内）",
                                 attributes={**f.attributes, "full_name": False}))
        if f.score < 0.6 or not (f.attributes.get("full_name") or f.attributes.get("role_source") == "field"):
            continue
        # a form's line is short: the searches are bounded (a document written
        # as one long line stays fast) and a longer line is not a form's
        line_start = text.rfind("\n", max(0, f.start - _FORM_LINE), f.start) + 1
        line_end = text.find("\n", f.end, f.end + _FORM_LINE)
        if line_end == -1 or (line_start == 0 and f.start > _FORM_LINE):
            continue
        if text[f.end:line_end].strip(" \t") and not text[f.end:line_end].startswith(("  ", "\t")):
            continue  # the name is inside a sentence, not a form's line
        spans = []
        below_end = text.find("\n", line_end + 1, line_end + 1 + _FORM_LINE)
        if below_end != -1 or len(text) - line_end <= _FORM_LINE:
            below = text[line_end + 1:below_end if below_end != -1 else len(text)]
            spans.append((line_end + 1, below))
        if line_start:
            above_start = text.rfind("\n", max(0, line_start - 1 - _FORM_LINE), line_start - 1) + 1
            if above_start or line_start - 1 <= _FORM_LINE:
                spans.append((above_start, text[above_start:line_start - 1]))
        for offset, line in spans:
            m = _READING_LINE.match(line)
            if not m or not (m.group("indent") or " " in m.group("value")):
                continue
            s, e = offset + m.start("value"), offset + m.end("value")
            if (s, e) in taken or e - s < 2:
                continue
            taken.add((s, e))
            added.append(replace(f, start=s, end=e, text=text[s:e], reason=f"{f.text} の読み（前後の行）",
                                 attributes={**f.attributes, "full_name": False}))
    return added
