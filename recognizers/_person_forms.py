"""PERSON in the written forms where Sudachi's 人名 tags do not reach: one
entry point for ``PersonRecognizer.find`` over one module per form.

- ``_person_romaji``: Taro YAMADA, YAMADA, Taro, Maria da SILVA, 氏名 SATO HANAKO;
- ``_person_table``: every cell under a 氏名/名前/申請者 heading, and the value on
  the line after a name label standing alone (氏名⏎山田太郎);
- ``_person_brackets``: 山田花子（妻）, 「鈴木」と名乗る男性;
- ``_person_given``: 岬 光 氏, 山田 はるか さん (given names that are words or kana);
- ``_person_katakana``: グエン ヴァン ナム, マリア・ガルシア＝ロペス;
- ``_person_readings``: ふりがな　やまだ　たろう;
- ``_person_split_reading``: 関（せき）　一郎 (the reading between surname and given name);
- ``_person_one_kanji``: 林　　由美 in a register cell, 請求者（林）;
- ``_person_lexicon_titles``: 鵜飼委員, 民生委員（鵜飼） (surnames Sudachi reads as words);
- ``_person_relation_given``: 長女、さくら（１０歳） (a given name after a relation word);
- ``_person_named_as``: …２番３号　雲雀　方 (care of a household), 名前は、ひなたです;
- ``_person_spaced_pair``: 、南　真理が所有する (a surname and given name set apart by a space in a sentence).

Document-level forms (lists closed by a head count, readings on the line
beside a name, later mentions) are steps of ``refine`` in
``_person_document.py``. Each module's findings are PersonRecognizer's, so
they share its document-level steps (one person, one decision).
"""
from __future__ import annotations

from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._person_brackets import find_quoted_names, find_relation_names
from redactor.recognizers._person_given import find_word_given_names
from redactor.recognizers._person_house_names import find_house_names
from redactor.recognizers._person_katakana import find_katakana_names
from redactor.recognizers._person_lexicon_titles import find_lexicon_surnames
from redactor.recognizers._person_readings import find_labelled_readings
from redactor.recognizers._person_named_as import find_named_as
from redactor.recognizers._person_relation_given import find_relation_given_names
from redactor.recognizers._person_one_kanji import find_one_kanji_surnames
from redactor.recognizers._person_romaji import find_romaji_names
from redactor.recognizers._person_spaced_pair import find_spaced_pairs
from redactor.recognizers._person_split_reading import find_split_readings
from redactor.recognizers._person_table import (find_field_per_line_names, find_name_post_brackets,
                                                find_post_bracket_names, find_table_names, header_cell_at)
from redactor.tokens import Token

__all__ = ["find_written_forms", "header_cell_at"]


def find_written_forms(rec: JaRecognizer, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
    """Names in every written form of ``text`` (normalised), as results of ``rec``."""
    yield from find_romaji_names(rec, text)
    yield from find_table_names(rec, text)
    yield from find_post_bracket_names(rec, text)
    yield from find_field_per_line_names(rec, text)
    yield from find_name_post_brackets(rec, text)
    yield from find_relation_names(rec, text)
    yield from find_quoted_names(rec, text)
    yield from find_word_given_names(rec, text, tokens)
    yield from find_katakana_names(rec, text)
    yield from find_labelled_readings(rec, text)
    yield from find_split_readings(rec, text)
    yield from find_one_kanji_surnames(rec, text)
    yield from find_lexicon_surnames(rec, text, tokens)
    yield from find_relation_given_names(rec, text)
    yield from find_named_as(rec, text)
    yield from find_house_names(rec, text)
    yield from find_spaced_pairs(rec, text)
