"""Sudachi tokenisation, cut into pieces SudachiPy accepts.

SudachiPy refuses more than 49,149 bytes in one ``tokenize`` call, and the
analyzer runs fastest on chunks of about 10,000 characters, so a document is
cut at line ends (or sentence ends inside a very long line) into chunks, each
carrying its offset in the whole text.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Iterator, NamedTuple

from sudachipy import Dictionary, SplitMode

SUDACHI_MAX_BYTES = 49_149
CHUNK_CHARS = 10_000


class Token(NamedTuple):
    """One Sudachi morpheme with offsets relative to its chunk.

    ``pos`` is Sudachi's six-part part of speech, e.g.
    ('名詞', '固有名詞', '人名', '姓', '*', '*'). A NamedTuple rather than a
    frozen dataclass: a document has a token every two characters, and a
    dataclass costs three times as much to build.
    """

    surface: str
    start: int
    end: int
    pos: tuple[str, ...]
    oov: bool = False  # not in the dictionary (unknown names often are)

    @property
    def is_person_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "人名"

    @property
    def is_place_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "地名"


@lru_cache(maxsize=1)
def _dictionary() -> Dictionary:
    return Dictionary(dict="core")


_per_thread = threading.local()


def sudachi_tokenizer():
    """This thread's Sudachi tokenizer (mode C) over the process-wide dictionary.

    A SudachiPy tokenizer refuses to be used by two threads at once, so each
    thread gets its own (they share the loaded dictionary; one costs under
    a microsecond to make): callers may redact from several threads, and the
    detector tokenises the next chunk in a worker thread.
    """
    tok = getattr(_per_thread, "tokenizer", None)
    if tok is None:
        dictionary = _dictionary()
        if hasattr(dictionary, "tokenizer"):  # SudachiPy >= 0.7; create() is deprecated there
            tok = dictionary.tokenizer(SplitMode.C)
        else:
            tok = dictionary.create(SplitMode.C)
        _per_thread.tokenizer = tok
    return tok


@lru_cache(maxsize=1)
def _pos_table() -> tuple[tuple[str, ...], ...]:
    """Every part of speech of the dictionary by id (about 1,600), built once:
    indexing a tuple per token is cheaper than any function call."""
    d = _dictionary()
    table: list[tuple[str, ...]] = []
    while True:
        try:
            pos = d.pos_of(len(table))
        except (IndexError, ValueError, OverflowError):
            break
        if pos is None:
            break
        table.append(tuple(pos))
    return tuple(table)


@lru_cache(maxsize=65536)
def dictionary_tags(surface: str) -> frozenset[tuple[str, str]]:
    """Every (pos[2], pos[3]) the dictionary has for exactly ``surface``.

    Sudachi picks one reading in context (梶原 as a place, 一騎 as a common
    noun), but the dictionary also knows 梶原 as a surname and 一騎 as a
    given name; recognizers ask this when the chosen reading hides a name.
    """
    return frozenset(tuple(m.part_of_speech()[2:4])
                     for m in _dictionary().lookup(surface) if m.surface() == surface)


# Many minutes open a speaker's line with 〇 (U+3007, the kanji zero):
# 〇高橋健二議員, 〇市長（…）. Sudachi reads it as a kanji, and where no
# dictionary word starts with it, it fuses the whole run into one unknown
# noun (〇高橋健二議員), so the name is never a token of its own. Sudachi is
# therefore shown ○ (U+25CB, a symbol) in its place; one character for one,
# so offsets and the surfaces (sliced from the text itself) do not change.
# A 〇 followed by a digit or kanji numeral (〇〇地区, 〇一) is left alone.
_SPEAKER_ZERO = re.compile(r"^([ \t\u3000]*)〇(?![〇0-9０-９一二三四五六七八九十百千])", re.M)


def sudachi_view(text: str) -> str:
    """``text`` as Sudachi is given it: line-opening 〇 speaker marks as ○."""
    if "〇" not in text:
        return text
    return _SPEAKER_ZERO.sub(lambda m: m.group(1) + "○", text)


def tokenize(text: str) -> list[Token]:
    """Tokenise one chunk (at most ``SUDACHI_MAX_BYTES`` bytes).

    Only what the recognizers read is copied out of Sudachi (surface,
    offsets, part of speech, unknown-word flag): this runs once per token
    of every document and is the largest cost after Sudachi itself.
    """
    view = sudachi_view(text)
    pos = _pos_table()
    new = tuple.__new__  # NamedTuple's own constructor adds a Python call per token
    tokenizer = sudachi_tokenizer()
    tokens: list[Token] = []
    append = tokens.append
    start = 0
    # Morphemes cover the input without gaps, so a token starts where the one
    # before it ended and its surface is a slice; only nouns can be unknown
    # names, so only they are asked whether they are out of the dictionary.
    for piece_start, piece_end in _pieces(text, PIECE_CHARS):
        if piece_start == 0:
            morphemes = iter(tokenizer.tokenize(view if piece_end == len(view) else view[:piece_end]))
            base = 0
        else:
            # the piece is read from the line end before it, which the piece
            # before ended with: see _pieces
            morphemes = iter(tokenizer.tokenize(view[piece_start - 1:piece_end]))
            base = piece_start - 1
            first = next(morphemes, None)
            if first is None or first.end() != 1:
                return _whole(text)  # not the lone line end _pieces expects: read it whole
        for m in morphemes:
            end = base + m.end()
            p = pos[m.part_of_speech_id()]
            append(new(Token, (text[start:end], start, end, p, p[0] == "名詞" and m.is_oov())))
            start = end
    return tokens


def _whole(text: str) -> list[Token]:
    """``tokenize`` without pieces."""
    pos = _pos_table()
    tokens = []
    start = 0
    for m in sudachi_tokenizer().tokenize(sudachi_view(text)):
        end = m.end()
        p = pos[m.part_of_speech_id()]
        tokens.append(Token(text[start:end], start, end, p, p[0] == "名詞" and m.is_oov()))
        start = end
    return tokens


# SudachiPy's time grows faster than its input: on a 10,000-character chunk
# it spends more time moving its own result nodes than finding them, about
# twice the time of the same text given in pieces of 1,000. A chunk is
# therefore handed to it in pieces, cut where the tokens cannot change:
# after a line end between two characters that are not white space. There
# the line end is a token of its own (Sudachi joins it only with white space
# around it), which every reading of the text passes through, so the best
# reading up to it does not depend on what follows, and the best reading
# after it depends only on it. Each piece after the first is therefore read
# from that line end (and the line end's own token dropped): a piece read
# from its first character would start its first word after the start of
# the input rather than after a line end, which can change it (○ as a mark
# or a noun, 本市 as one word or two). A chunk without such a place is read whole.
PIECE_CHARS = 1_000
_SAFE_CUT = re.compile(r"(?<=\S)\n(?=\S)")


def _pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans covering ``text``, each ``limit`` characters or a
    little more, cut after a line end at a place ``_SAFE_CUT`` allows."""
    if len(text) <= limit:
        return [(0, len(text))]
    spans = []
    start = 0
    for m in _SAFE_CUT.finditer(text, limit):
        if m.end() - start >= limit and len(text) - m.end() >= limit // 4:
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    return spans


def _cut_points(text: str, limit: int) -> Iterator[int]:
    """Yield end offsets of chunks of at most ``limit`` characters, preferring
    line ends, then sentence ends, then any position (a single very long run
    without punctuation)."""
    start = 0
    n = len(text)
    while n - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n")
        if cut < limit // 4:
            cut = max(window.rfind("。"), window.rfind("．"))
        if cut < limit // 4:
            cut = limit - 1
        start += cut + 1
        yield start
    yield n


def chunk_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, chunk) pairs whose concatenation is ``text``.

    A chunk over Sudachi's byte limit (possible only with many 4-byte
    characters) is cut again at half the length.
    """
    chunks: list[tuple[int, str]] = []
    start = 0
    for end in _cut_points(text, limit):
        piece = text[start:end]
        if len(piece.encode("utf-8")) > SUDACHI_MAX_BYTES:
            for off, sub in chunk_text(piece, max(1, limit // 2)):
                chunks.append((start + off, sub))
        elif piece:
            chunks.append((start, piece))
        start = end
    return chunks
