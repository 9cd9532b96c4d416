"""Context on raw character windows, the one place that replaces Presidio's
lemma context for Japanese.

Presidio's ``LemmaContextAwareEnhancer`` looks at the five *tokens before* a
match and compares *whole lemmas*, so Japanese compounds (個人番号 is split
into 個人 + 番号) and suffixes that follow a name (議員, さん, 様) never raise
a score. Japanese text has no spaces to anchor on either. Recognizers
therefore ask these helpers about the characters just before and after a
match instead.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

from redactor.recognizers._text import sentence_span


def before(text: str, start: int, width: int) -> str:
    """The ``width`` characters before ``start`` on the same line."""
    window = text[max(0, start - width):start]
    return window.rsplit("\n", 1)[-1]


def after(text: str, end: int, width: int) -> str:
    """The ``width`` characters after ``end`` on the same line."""
    return text[end:end + width].split("\n", 1)[0]


class _Words:
    """A word list compiled for the three questions below.

    Regexes with the longest alternatives first, so the first match at a
    position is the longest word there; and the characters words start and
    end with, because most windows asked about start or end with none of
    them and are answered without running a regex at all.
    """

    def __init__(self, words: tuple[str, ...]) -> None:
        kept = sorted({w for w in words if w}, key=len, reverse=True)
        self._alt = "|".join(re.escape(w) for w in kept) or "(?!)"
        self.first_chars = frozenset(w[0] for w in kept)
        self.last_chars = frozenset(w[-1] for w in kept)
        self.longest = len(kept[0]) if kept else 0

    # Each list is asked only one or two of the three questions; the regexes
    # are compiled when first asked (compiling is a tenth of start-up).
    @cached_property
    def anywhere(self) -> re.Pattern:
        return re.compile(self._alt)

    @cached_property
    def at_start(self) -> re.Pattern:
        return re.compile(f"(?:{self._alt})")

    @cached_property
    def at_end(self) -> re.Pattern:
        return re.compile(f"(?:{self._alt})$")


@lru_cache(maxsize=512)
def _by_content(words: tuple[str, ...]) -> _Words:
    return _Words(words)


# Word lists are mostly module constants asked about tens of thousands of
# times per document; hashing a tuple of a hundred words for the cache
# above costs more than the regex match itself, so they are first looked up
# by identity (the entry keeps the list alive, so its id is not reused).
_BY_ID: dict[int, tuple[object, _Words]] = {}


def _compiled(words: Iterable[str]) -> _Words:
    # The three questions below repeat this lookup inline before calling
    # here (a function call costs as much as the lookup, ~80k times a document).
    entry = _BY_ID.get(id(words))
    if entry is not None and entry[0] is words:
        return entry[1]
    compiled = _by_content(words if isinstance(words, tuple) else tuple(words))
    if len(_BY_ID) >= 1024:  # lists built per call would otherwise pile up
        _BY_ID.clear()
    _BY_ID[id(words)] = (words, compiled)
    return compiled


def find_word(window: str, words: Iterable[str]) -> str | None:
    """The longest of ``words`` that occurs anywhere in ``window``."""
    entry = _BY_ID.get(id(words))
    compiled = entry[1] if entry is not None and entry[0] is words else _compiled(words)
    best = None
    for m in compiled.anywhere.finditer(window):
        if best is None or len(m.group(0)) > len(best):
            best = m.group(0)
    return best


def words_found(window: str, words: Iterable[str]) -> list[str]:
    """Every word of ``words`` in ``window``, left to right, the longest at
    each place (a word inside a longer one found there is not listed)."""
    return [m.group(0) for m in _compiled(words).anywhere.finditer(window)]


def starts_with_word(window: str, words: Iterable[str]) -> str | None:
    """The longest of ``words`` that ``window`` starts with (a suffix after a match)."""
    entry = _BY_ID.get(id(words))
    compiled = entry[1] if entry is not None and entry[0] is words else _compiled(words)
    if window[:1] not in compiled.first_chars:
        return None
    m = compiled.at_start.match(window)
    return m.group(0) if m else None


def ends_with_word(window: str, words: Iterable[str]) -> str | None:
    """The longest of ``words`` that ``window`` ends with (a prefix before a match)."""
    entry = _BY_ID.get(id(words))
    compiled = entry[1] if entry is not None and entry[0] is words else _compiled(words)
    last = window[-2:-1] if window.endswith("\n") else window[-1:]  # $ allows one line end after
    if last not in compiled.last_chars:
        return None
    # only the last ``longest`` characters (and a line end) can hold the word;
    # search finds the leftmost start, which is the longest word ending here
    m = compiled.at_end.search(window, max(0, len(window) - compiled.longest - 1))
    return m.group(0) if m else None


def context_word(text: str, start: int, end: int, words: Iterable[str],
                 before_width: int = 12, after_width: int = 6) -> str | None:
    """A context word found near [start, end): before it or just after it."""
    return (find_word(before(text, start, before_width), words)
            or find_word(after(text, end, after_width), words))


def sentence_around(text: str, pos: int) -> str:
    """The sentence (ended by 。 or a line end) that contains ``pos``."""
    start, end = sentence_span(text, pos)
    return text[start:end]


def lines_above(text: str, line_start: int, limit: int) -> Iterator[tuple[int, str]]:
    """(start, line) of the lines above the line starting at ``line_start``,
    nearest first, at most ``limit``: how headings, rosters and table heads
    above a value are looked for."""
    pos = line_start
    for _ in range(limit):
        if pos == 0:
            return
        above = text.rfind("\n", 0, pos - 1) + 1
        yield above, text[above:pos - 1]
        pos = above


def column_heading(text: str, line_start: int, column: int, headings: frozenset[str] | tuple[str, ...]) -> str | None:
    """The heading of ``column`` in the tab-separated table whose row starts
    at ``line_start``, when it is one of ``headings`` (住所, 氏名 …): rows
    above are walked up while they have tabs, at most 50 (how tables of
    Word, HTML and PDF documents are read). None when the table ends first."""
    for _, row in lines_above(text, line_start, 50):
        cells = row.split("\t")
        if len(cells) < 2:
            return None  # the table ended without a heading for this column
        if column < len(cells):
            head = cells[column].replace(" ", "").strip()
            if head in headings:
                return head
    return None
