"""The shared text idioms of recognizers/_text.py. Words and sentences are made up."""
from __future__ import annotations

import re

from redactor.recognizers._text import (KANJI, factored_words_regex, line_span, sentence_span, sentence_start,
                                        words_regex)


def test_words_regex_matches_the_longest_word_at_a_position():
    rx = re.compile(words_regex(["会長", "自治会長", "会"]))
    assert rx.match("自治会長の").group() == "自治会長"
    assert rx.match("会長").group() == "会長"


def test_words_regex_in_list_order_keeps_the_order_written():
    # written order: the shorter word first wins where both start
    rx = re.compile(words_regex(["会", "会長"], longest_first=False))
    assert rx.match("会長").group() == "会"


def test_words_regex_escapes_and_lists_a_word_once():
    assert words_regex(["a.b", "a.b", "c"]) == r"a\.b|c"
    assert re.fullmatch(words_regex(["a.b"]), "axb") is None


def test_factored_words_regex_finds_what_the_flat_one_finds():
    words = ["ログ", "ログイン", "ログイン履歴", "パスワード"]
    flat, factored = re.compile(words_regex(words)), re.compile(factored_words_regex(words))
    for text in ("ログイン履歴を", "ログインを", "ログを", "パスワード", "ロ"):
        a, b = flat.match(text), factored.match(text)
        assert (a and a.group()) == (b and b.group())
    assert factored.match("ロ") is None
    assert re.search(factored_words_regex([]), "何でも") is None  # an empty list matches nothing


def test_sentence_span_ends_at_a_full_stop_or_a_line_end():
    text = "前の文。申請者は山田さん。\n次の行"
    pos = text.index("山田")
    start, end = sentence_span(text, pos)
    assert text[start:end] == "申請者は山田さん"
    assert sentence_start(text, pos) == start
    assert text[slice(*sentence_span(text, text.index("次")))] == "次の行"  # the last sentence ends with the text


def test_line_span_covers_the_lines_of_a_span():
    text = "一行目\n二行目の値\n三行目"
    pos = text.index("値")
    assert text[slice(*line_span(text, pos))] == "二行目の値"
    assert text[slice(*line_span(text, pos, text.index("三")))] == "二行目の値\n三行目"
    assert line_span(text, 0) == (0, 3)


def test_kanji_is_the_unified_ideographs_block_only():
    rx = re.compile(f"[{KANJI}]+")
    assert rx.fullmatch("山田太郎")
    assert rx.fullmatch("佐々木") is None  # 々 is a mark, not an ideograph: the variants add it
