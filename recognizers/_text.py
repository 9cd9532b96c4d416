"""Small text idioms the recognizers share, written once.

- character classes: ``KANJI`` is the CJK Unified Ideographs block, written
  as the range that goes *inside* a regex character class (``[{KANJI}ぁ-ん]``).
  The variants that add the iteration and abbreviation marks are named
  apart, because where a recognizer uses one and not another is a decision
  (a surname may be written 佐々木 or 〆木, a given name seldom with 〆);
- ``words_regex``: a word list as one regex alternation;
- ``sentence_span`` and ``line_span``: the sentence or line around a
  position, as the recognizers read context (a sentence ends at 。 or a
  line end).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Written as escapes, so the patterns read (and compare) as they always did.
KANJI = r"\u4e00-\u9fff"
# with 々 (佐々木, 時々)
KANJI_ODORIJI = KANJI + "々"
# with 々 and ヶ (霞ヶ関, 八ヶ岳), as place names are written
KANJI_PLACE = KANJI + "々ヶ"
# with 々, 〆 and ヶ: every character a kanji name can hold (〆木, 一ヶ谷)
KANJI_NAME = KANJI + "々〆ヶ"
# the block as Unicode 1.1 ended it (一 to 龥, U+9FA5), without the
# ideographs added at its end since: how the foreign-address patterns spell it
KANJI_UNICODE_1_1 = "一-龥"
# Latin letters of names, accented ones included (José, Müller, Łukasz, Nguyễn's
# base letters): a name column or field holds foreign residents' names as written
LATIN_NAME = "A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ"
# the letters a Latin name's word starts with (the extended blocks mix cases: Đặng, Łukasz)
LATIN_NAME_INITIAL = "A-ZÀ-ÖØ-ÞĀ-žḀ-ỿ"


def words_regex(words: Iterable[str], *, longest_first: bool = True) -> str:
    """Words as one regex alternation, each escaped.

    Longest first (the default), the match at a position is the longest word
    there (手首 before 手, 自治会長 before 会長); words of the same length keep
    the list's order. ``longest_first=False`` keeps the list's order, for the
    lists whose order was written on purpose. A word listed twice appears
    once. An empty list gives the empty regex, which matches everywhere, as
    the alternations it replaced did."""
    unique = list(dict.fromkeys(words))
    if longest_first:
        unique.sort(key=len, reverse=True)
    return "|".join(map(re.escape, unique))


def factored_words_regex(words: Iterable[str]) -> str:
    """One regex of the words, factored by their common beginnings
    (ログ(?:イン(?:履歴)?)?), so the first match at a position is the longest
    word there, as with ``words_regex``. Factored, the engine tries one
    branch per first character instead of every word at each position where
    a word could begin: for long lists scanned over the whole text. An empty
    list matches nothing."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _factored(trie) if trie else "(?!)"


def _factored(node: dict) -> str:
    branches = [re.escape(ch) + _factored(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words first, greedily
        return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"
    return body


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last 。 or line
    end before it (0 at the start of the text)."""
    return max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1


def sentences_back_start(text: str, pos: int, sentences: int = 3) -> int:
    """Where the ``sentences`` sentences ending at ``pos`` start (the one
    holding ``pos`` and those before it, split at 。 and line ends): what a
    passage told about a site or a room before ``pos``."""
    start = pos
    for _ in range(sentences):
        cut = max(text.rfind("。", 0, start - 1), text.rfind("\n", 0, start - 1))
        start = cut + 1 if cut >= 0 else 0
        if start == 0:
            break
    return start


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``pos``: from after the 。 or
    line end before it to the next 。 or line end (not included), or the end
    of the text."""
    ends = [i for i in (text.find("。", pos), text.find("\n", pos)) if i != -1]
    return sentence_start(text, pos), min(ends) if ends else len(text)


def line_span(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the line holding ``start`` (with ``end``, from the
    line holding ``start`` to the end of the line holding ``end``), line end
    not included; the last line ends at the end of the text."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


def indented_block_head(text: str, line_start: int, max_lines: int = 8) -> int | None:
    """The start of the line at the margin that heads the indented block the
    line at ``line_start`` stands in (出席者：⏎　（村）村長 …⏎　株式会社X　Y), or
    None: the line is not indented, a blank line ends the block first, or no
    margin line comes within ``max_lines`` lines. Attendance and members'
    blocks continue their label over such indented lines."""
    if not text.startswith((" ", "\t"), line_start):
        return None
    for _ in range(max_lines):
        if line_start == 0:
            return None
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line_end = text.find("\n", line_start)
        if not text[line_start:line_end if line_end != -1 else len(text)].strip():
            return None  # a blank line ends the block
        if not text.startswith((" ", "\t"), line_start):
            return line_start
    return None
