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

from redactor.recognizers import context as ctx
from redactor.recognizers.person_roles import AFTER, BEFORE
from redactor.tokens import Token, dictionary_tags, tokenize

_SURNAME_POS = ("名詞", "固有名詞", "人名", "姓", "*", "*")
_GIVEN_POS = ("名詞", "固有名詞", "人名", "名", "*", "*")
KANJI_WORD = re.compile(r"^[\u4e00-\u9fff々]+$")
_SURNAME_WORD = re.compile(r"^[\u4e00-\u9fff々ヶ]+$")  # 藤ヶ谷, 一ヶ崎


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
    for i in range(n - 1):
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
        if nxt.pos[1] != "普通名詞" or len(nxt.surface) < 2:
            continue
        if _is_surname(t) and ("人名", "名") in dictionary_tags(nxt.surface):
            if out is tokens:
                out = list(tokens)
            out[i] = t._replace(pos=_SURNAME_POS)
            out[j] = nxt._replace(pos=_GIVEN_POS)
    if honorific_splits:
        out = _split_honorifics(out, honorific_splits)
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
SPACED_RUN = re.compile(r"(?<![^\s])[\u4e00-\u9fff々](?: [\u4e00-\u9fff々]){2,5}(?![^\s])")
SPACED_ANCHOR = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")

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
