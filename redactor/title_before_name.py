"""A name a sentence gives as the holder of an office of the municipality,
the title told first: positive evidence for KEEP.

Bills, reports and personnel notices name who holds or takes a post with the
title before the name and a particle between: 「新設の推進室の初代室長は森田 智（企
画課主幹から昇任）とする。」, 「後任の税務課長には森田 智を充てる。」, 「投票管理者は
森田 智、小池 玲の両氏にお願いします。」. The recognizer reads a title right before
a name, not one that a particle sets apart, so these names were left unclear.
The titles are a unit of the office with its title (…課長, …室長, 館長) or a
post only the municipality or its election board appoints
(``recognizers/data/record_staff.toml`` [titles_before]).

Fail closed:
- the sentence must say that the name holds the post: after the name (and a
  bracketed note) only とする, を充てる, が就任, の両氏, a list's 、 or the
  sentence's end; 「課長は森田さんに説明した」 (the name is someone the
  holder spoke to) has none of these;
- a community body or a company before the title in the sentence (自治会の
  防犯部長は, 株式会社北浜の営業部長は) makes it that body's post: no evidence;
- only a mention the recognizer left unclear with no context of its own is
  changed; the later names of a list count only when the first did.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.finding import Finding

_DATA = load_toml("record_staff.toml", "redactor.recognizers.data")["titles_before"]
_KANJI = r"\u4e00-\u9fff々ヶ"
_SPACE = r"[ \t\u3000]"


def _words(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_TITLE_BEFORE = re.compile(
    rf"(?P<title>[{_KANJI}]{{0,12}}?(?:{_words(_DATA['unit_titles'])})|{_words(_DATA['offices'])})"
    rf"(?:は|には|として|に){_SPACE}*$")
# What says that the person holds the post: a verb of appointment, or 〜の両氏.
_HOLDS = (r"とする|とし|とした|とします|である|です|が就任|が務め|を充て|をあて|を任命|を選任|を起用|を配置"
          r"|の[両各]?[0-9一二三四五六七八九十]*(?:氏|名)(?!簿)")
_HOLDS_AFTER = re.compile(
    rf"{_SPACE}*(?:[（(][^()（）\n]{{1,24}}[)）])?{_SPACE}*"
    rf"(?:{_HOLDS})")
# A list of holders (…は X、Y の両氏, X、Y を充てる): after a comma the sentence must still say it.
_LISTED_AFTER = re.compile(rf"{_SPACE}*[、,，][^。\nは]*?(?:{_HOLDS})")
_LIST_GAP = re.compile(rf"{_SPACE}*[、,，]{_SPACE}*")
_NOT_OFFICE = re.compile(r"自治会|町内会|町会|子ども会|子供会|PTA|ＰＴＡ|老人クラブ|消防団|分団|商工会|協同組合|組合|"
                         r"株式会社|有限会社|合同会社|法人|協会|社団|財団|会社|事務所|病院|医院|クリニック|商店|工務店")
_TAKES = frozenset({"none", "mention", "list", "honorific"})
_HONORIFIC_AFTER = re.compile(rf"{_SPACE}*(?:さん|様|君|ちゃん|殿)")


def _sentence_before(text: str, pos: int) -> str:
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    return text[start:pos]


_UNIT_TITLES = frozenset(_DATA["unit_titles"])
# A unit of the office named in the sentence before a bare title (総務課の課長).
_OFFICE_UNIT = re.compile(r"(?:課|局|室|係|所|センター|事務局)(?:の|、|は)")


def _bare_title_of_a_body(before: str, title: re.Match) -> bool:
    """A bare title (部長, 副部長: nothing of a unit fused before it) names the head of whatever
    body the sentence is about -- a club (野球部の部長は…、副部長は…), a circle, a company's
    department -- and only an office's unit named before it (総務課の課長) makes it the
    municipality's."""
    word = title.group("title")
    if word.removeprefix("副") not in _UNIT_TITLES:
        return False
    return not _OFFICE_UNIT.search(before[:title.start("title")])


def mark_titles_before_names(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the PERSON findings a sentence
    names as the holder of an office told before them (see the module)."""
    persons = sorted((f for f in findings if f.label == "PERSON"), key=lambda f: f.start)
    previous: Finding | None = None  # the last name this step kept, for the names listed after it
    for f in persons:
        if f.attributes.get("role") != "unclear" or f.attributes.get("role_source", "none") not in _TAKES \
                or _HONORIFIC_AFTER.match(text, f.end) \
                or not (_HOLDS_AFTER.match(text, f.end) or _LISTED_AFTER.match(text, f.end)):
            continue
        before = _sentence_before(text, f.start)
        title = _TITLE_BEFORE.search(before)
        if title is not None and not _NOT_OFFICE.search(before[:title.end()]) \
                and not _bare_title_of_a_body(before, title):
            why = f"文中で「{title.group('title')}」の職にあるとされた氏名"
        elif previous is not None and _LIST_GAP.fullmatch(text, previous.end, f.start):
            why = "同じ文で職にあるとされた氏名の列挙"
        else:
            continue
        f.attributes = {**f.attributes, "role": "official", "role_source": "title_before"}
        f.reason = f"{f.reason}、{why}"
        previous = f
