"""Who issued a number that looks like a case number (CASE_NUMBER).

A private person's case, receipt or claim number points back at that
person in an office's register and is masked. Municipal records also
number what is no one's private matter, in the same shapes:

- the municipality's own series written like a court case, with the year
  and a bracketed word (令和6年（告示）第12号, 令和6年度（補正）第3号): a
  court case's symbol is kana (ワ, ネ, わ) or one of a few kanji with kana
  after it (行ウ, 家イ), as the Supreme Court's 事件記号規程 set them; a
  bracketed word of the municipality's series (告示, 契約, 工事) is not one;
- an office's outgoing letter number with its year in front (文書番号
  5北総発第456号): the office, not a party, is named;
- a receipt or application number on a line that names a firm or the
  municipality's procurement (受付番号 2024-0087　提案者　株式会社北浜設計,
  処理番号 R6-0123 の支出命令): the matter is a company's or the office's own.

Each test needs positive evidence on the number's own line or in its
bracket and yields a named reason; without it the number stays what its
shape says (fail closed). A private person named on the line (相談者, 様,
氏名) always keeps the number a person's. Word lists are data
(data/case_number.toml [issuer]).
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._text import KANJI, line_span, words_regex

_ISSUER = load_toml("case_number.toml", "redactor.recognizers.data")["issuer"]
_COURT_KANJI = frozenset(_ISSUER["court_kanji"])
_OFFICE_SERIES = frozenset(_ISSUER["office_series"])
_FIRM_OR_PROCUREMENT = tuple(_ISSUER["corporate_words"] + _ISSUER["procurement_words"])
_PERSON_WORDS = tuple(_ISSUER["person_words"])
CONTRACT_HEADINGS = tuple(_ISSUER["contract_headings"])
_KANA = re.compile(r"[ぁ-んァ-ヶ]{0,3}")
_BRACKET = re.compile(r"[\(（](?P<word>[^\(（\)）]{1,3})[\)）]")
# An office's outgoing letter number: the year's digits, the office's
# abbreviation, maybe 発, and 第 (5北総発第456号, ６北浜福第12号).
_OFFICE_LETTER = re.compile(rf"[0-9０-９]{{1,2}}[{KANJI}]{{1,6}}第")
# A party word whose value is a firm by its legal form, or a firm's name
# with an honorific after it (申請者　株式会社北浜建設, 北浜建設株式会社　様):
# the party is the firm. The firm's name holds no space or clause mark.
# (legal forms as ADDRESS and PHONE read them: data/address_context.toml)
_LEGAL = words_regex(load_toml("address_context.toml", "redactor.recognizers.data")["legal_forms"])
_FIRM_NAME = rf"(?:[^\s、。,：:()（）]{{0,20}}?(?:{_LEGAL})|(?:{_LEGAL})[^\s、。,：:()（）]{{1,20}})"
_FIRM_PARTY = re.compile(rf"(?:{words_regex(_PERSON_WORDS)})[ 　:：]*{_FIRM_NAME}(?=[\s、。,]|$)"
                         rf"|{_FIRM_NAME}[ 　]*(?:様|御中)")


def court_bracket(value: str) -> tuple[str, str] | None:
    """(kind, why) for a court-shaped number whose bracket holds a word of
    the municipality's series (令和6年（告示）第12号: office), or None when
    the bracket holds a court's symbol or a word not known either way (the
    number stays a court case: fail closed)."""
    m = _BRACKET.search(value)
    if m is None:
        return None
    word = m.group("word")
    if _KANA.fullmatch(word) or (word[0] in _COURT_KANJI and _KANA.fullmatch(word[1:])):
        return None
    if word in _OFFICE_SERIES:
        return "office", f"括弧内「{word}」は市・国の文書や契約の番号の区分（裁判所の事件記号ではない）"
    return None


def office_letter(text: str, value_start: int) -> bool:
    """Whether the value after a 文書番号 label is an office's outgoing
    letter number with its year in front (5北総発第456号)."""
    return _OFFICE_LETTER.match(text, value_start) is not None


def firm_or_procurement(text: str, start: int, end: int) -> str | None:
    """A word on the number's line that says the matter is a firm's or the
    municipality's procurement (株式会社, 入札, 支出命令), when no word on the
    line names a private person (相談者, 様, 氏名); else None. A party word
    whose value is a firm (申請者　株式会社北浜建設, 北浜建設株式会社　様) names
    the firm, not a person."""
    line_start, line_end = line_span(text, start, end)
    line = _FIRM_PARTY.sub(lambda m: "　" * len(m.group(0)), text[line_start:line_end])
    if ctx.find_word(line, _PERSON_WORDS):
        return None
    return ctx.find_word(text[line_start:line_end], _FIRM_OR_PROCUREMENT)


def petition_or_firm_row(row: str) -> tuple[str, str] | None:
    """(kind, why) for a table row whose receipt number is the council's
    petition (a 陳情 or 請願 in the row: bill) or a firm's matter (a company
    named in the row: corporate), when the row names no private person."""
    if ctx.find_word(row, _PERSON_WORDS):
        return None
    for word in ("陳情", "請願"):
        if word in row:
            return "bill", f"行に「{word}」: 議会の受付番号"
    firm = ctx.find_word(row, _ISSUER["corporate_words"])
    if firm:
        return "corporate", f"行に「{firm}」: 法人の案件の番号"
    return None


_ANSWER_HEADINGS = tuple(_ISSUER["answer_headings"])


def published_answers(heading_row: str) -> str | None:
    """The heading of a column of the office's answers or handling (市の考え方,
    対応状況, 結果) in a table's heading row, when no cell of the row names a
    private person (氏名, 様): the table is the office's published list of
    what it received and how it answered it (パブリックコメントの結果, 要望の
    処理状況), its receipt column the list's reference, which points at no
    one. The caller asks only when no heading names a party (相談者, 申請者)."""
    if ctx.find_word(heading_row, _PERSON_WORDS):
        return None
    return ctx.find_word(heading_row, _ANSWER_HEADINGS)
