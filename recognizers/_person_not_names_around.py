"""PERSON: candidates the words around them show to be no name.

Sudachi tags many place and word pieces as 人名 (原市 in 青葉原市, 南谷 in
東谷・南谷の全域, 市子 in 北浜市子ども会議), and a name field's value can be
the rest of a header row. Each such candidate is dropped here only with a
positive, named reason read from the words around it (``drop`` records it
for ``REDACTOR_EXPLAIN_DROPS``); a candidate with an honorific or a title
right after it is never dropped, whatever it looks like:

- the tail of a place's name: a candidate closed by a municipality's
  suffix (市, 町, 村) and fused to the kanji before it, or a one-kanji
  candidate after a place name's joining character (東ノ坪, 西ヶ原);
- a candidate whose last 子 opens the next word (子ども, 子育て);
- a bare name followed, alone or in a ・ list, by an area's extent
  (の全域, 地区, 方面);
- 長 after の (各課等の長　様): the head of a body;
- kanji numerals after 第 (消防団第三分団長): an ordinal;
- a candidate right after 字, 大字 or 小字 (申出人　字北原に住む): a small
  area's name, not a person's;
- a name field's "value" that opens with a column heading (住所, 区分), or
  a word ending as headings do (相談内容, 質問事項);
- a run that ends at an e-mail address's @ (メール kiki@…): the address
  is its own finding, masked whole;
- an institution's, a party's or a state's name and its post (北浜大学教授,
  北浜党代表, 北浜国大統領): checked first, a post is no honorific.

Words are in ``data/person_not_names_around.toml``.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers import _context as ctx
from redactor.recognizers._drops import drop
from redactor.recognizers._text import KANJI, words_regex

_DATA = load_toml("person_not_names_around.toml", "redactor.recognizers.data")
_MUNICIPAL = frozenset(_DATA["municipal_suffixes"])
_KO_WORDS = tuple(_DATA["ko_words"])
_EXTENTS = re.compile(rf"(?:[・、][{KANJI}ヶ]{{1,5}})*の?(?:{words_regex(_DATA['area_extents'])})")
_PLACE_JOINS = frozenset(_DATA["place_joins"])
_HEADER_WORDS = frozenset(_DATA["header_words"])
_HEADER_ENDINGS = tuple(_DATA["header_endings"])
_INSTITUTIONS = tuple(_DATA["institutions"])
_INSTITUTION_POSTS = tuple(_DATA["institution_posts"])
# The prefix of a small area's name (字北原, 大字南野, 小字西山): what follows
# it is a place. A 字 after another kanji ends a word (数字, 赤字, 名字) instead.
_KANJI_NUMERALS = frozenset("〇一二三四五六七八九十百千")
_AZA = "字"
_AZA_OPENERS = ("大", "小")
_KANJI_CHAR = re.compile(rf"[{KANJI}々ヶ]")
_SPACES = re.compile(r"[ \t\u3000]+")
# What makes a candidate a person whatever it looks like: an honorific or a title right after it.
_PERSON_AFTER = ("さん", "様", "さま", "氏", "君", "くん", "ちゃん", "殿", "議員", "委員", "課長", "部長", "係長",
                 "市長", "町長", "村長", "会長")


def _reason(text: str, f: Finding) -> str | None:
    """The named reason ``f`` is no person's name, or None (it stays a name)."""
    name = f.text
    after = text[f.end:f.end + 8]
    if after[:1] == "@" or after[:1] == "＠":
        return "メールアドレスの@の前の部分（アドレスとして別に扱う）"
    institution = ctx.ends_with_word(name, _INSTITUTIONS)
    if institution and len(name) > len(institution) and ctx.starts_with_word(after, _INSTITUTION_POSTS):
        return "学校・会社・政党・国などの名と職（〜大学教授、〜党代表）"
    if after.startswith(_PERSON_AFTER):
        return None
    before = text[max(0, f.start - 2):f.start]
    if name[-1:] in _MUNICIPAL and len(name) >= 2 and _KANJI_CHAR.match(before[-1:] or " "):
        return "前の漢字に続く自治体名の一部（〜原市）"
    if name.endswith("子") and after.startswith(_KO_WORDS):
        return "末字の「子」が次の語（子ども・子育て）の始まり"
    extent = _EXTENTS.match(text, f.end, f.end + 24) if not f.attributes.get("full_name") \
        and " " not in name and "\u3000" not in name else None
    if extent and not _KANJI_CHAR.match(text, extent.end()):
        # (the extent closes the compound: 南谷地区では; 南谷地区社協会長 goes on to a post)
        return "地域の広がりを表す語（〜の全域・地区・方面）が続く地名"
    if before.endswith(_AZA) and (before[-2:-1] in _AZA_OPENERS or not _KANJI_CHAR.match(before[-2:-1] or " ")):
        return "字・大字・小字に続く地名（字北原）"
    if before.endswith("第") and all(ch in _KANJI_NUMERALS for ch in name):
        return "「第」に続く漢数字（第三分団）: 序数"
    if name == "長" and before.endswith("の"):
        return "組織の長（〜の長）"
    if len(name) == 1 and before[-1:] in _PLACE_JOINS and _KANJI_CHAR.match(before[:1] or " "):
        return "地名の結合字（ノ・ヶ）の後の一字（東ノ坪）"
    words = _SPACES.split(name.strip(" \t\u3000"))
    if len(words) >= 2 and words[0] in _HEADER_WORDS:
        return "氏名欄の後の見出し語（住所・区分）"
    if words[0].endswith(_HEADER_ENDINGS) and len(words[0]) > 2:
        return "見出し・項目名の語尾（〜内容・〜事項・〜区分）"
    return None


def not_names_around(text: str, persons: list[Finding]) -> list[Finding]:
    """``persons`` without the candidates the words around them show to be no name."""
    out = []
    for f in persons:
        why = _reason(text, f)
        if why:
            drop("PERSON", text, f.start, f.end, why)
            continue
        out.append(f)
    return out
