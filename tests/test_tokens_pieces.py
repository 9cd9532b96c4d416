"""A chunk is handed to Sudachi in pieces (speed) without changing a token.

Made-up minutes; the pieces are made tiny here so that every line end that
may be cut is cut.
"""
from __future__ import annotations

import pytest

import redactor.tokens as T

MINUTES = (
    "令和6年度第2回みどり台市福祉審議会 会議録\n"
    "○議長　ただいまから開会します。\n"
    "事務局から説明します。\n"
    "本市の方針です。\n"
    "　　住所　みどり台市北町二丁目3番4号\n"
    "  氏名　山川 一郎\n"
    "電話 0463-11-2233\n"
    "以上\n"
)


def _as_tuples(tokens):
    return [(t.surface, t.start, t.end, t.pos, t.oov) for t in tokens]


def test_pieces_are_cut_only_after_a_line_end_between_two_non_space_characters():
    spans = T._pieces(MINUTES, 8)
    assert len(spans) > 3
    assert spans[0][0] == 0 and spans[-1][1] == len(MINUTES)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end == start
        assert MINUTES[start - 1] == "\n"
        assert not MINUTES[start - 2].isspace() and not MINUTES[start].isspace()


def test_no_cut_before_an_indented_line():
    # Sudachi joins a line end with the spaces after it into one token:
    # a cut there would split that token
    starts = {start for start, _ in T._pieces(MINUTES, 1)}
    indented = [i + 1 for i, ch in enumerate(MINUTES) if ch == "\n" and MINUTES[i + 1:i + 2].isspace()]
    assert indented and not starts & set(indented)


def test_short_text_is_one_piece():
    assert T._pieces("本市の方針です。\n以上", 1000) == [(0, len("本市の方針です。\n以上"))]


@pytest.mark.parametrize("limit", [1, 8, 30])
def test_tokens_read_in_pieces_are_those_of_the_whole_text(monkeypatch, limit):
    monkeypatch.setattr(T, "PIECE_CHARS", limit)
    assert len(T._pieces(MINUTES, limit)) > 1
    assert _as_tuples(T.tokenize(MINUTES)) == _as_tuples(T._whole(MINUTES))


def test_a_piece_read_from_its_own_first_character_would_read_differently():
    # why each piece is read from the line end before it: after the start
    # of the input rather than a line end, Sudachi reads 本|市, not 本市
    text = "事務局から説明します。\n本市の方針です。"
    cut = text.index("\n") + 1
    whole = [t.surface for t in T._whole(text)]
    naive = [t.surface for t in T._whole(text[:cut])] + [t.surface for t in T._whole(text[cut:])]
    assert "本市" in whole and naive != whole
