"""How far a clause or a site's name reaches when the layout cuts it.

A statement's end is a 。, not the end of a line: text copied out of a PDF
or typed into a fixed-width form wraps sentences at the line's width
(バックアップテープは週に一度、本庁舎地下の⏎書庫に保管している。), and a
finding that stops at the wrap leaves the rest of the statement visible.
Likewise a note in brackets right after a site or a clause belongs to it
(…のデータセンター（県内）, …を保管している（週１回）).

``soft_line_break`` says whether a line end wraps a sentence: the line is
prose (it holds 、 or 。 and is not a table row), does not end a sentence
or a bracket, and the next line goes on with a word, not an indent, an item
mark or a table row; or the line is an item of a list and the next line
goes on under its hanging indent (・…、⏎　…). The other helpers move a finding's edge over such
breaks and over a trailing bracketed note (for a person's fact, its course too: （交付済み）).
"""
from __future__ import annotations

import re

from redactor.recognizers._text import KANJI_ODORIJI

_PROSE_START = re.compile(rf"[ぁ-んァ-ヶー{KANJI_ODORIJI}0-9０-９A-Za-z]")
_NOT_WRAPPED_AFTER = "。．.！？!?：:」』）)"
# a bracketed note right after a value: no sentence end, no line break, 30 characters at most;
# not a note of when or whether it was done (（12月1日実施）, （対応済み）): that is the record's;
# nor a labelled note (（かかりつけ：南病院）), a field of its own, nor its source (（山田さんの申告による）)
_NOTE = re.compile(r"[（(][^（()）。\n]{1,30}[）)]")
_DONE_NOTE = re.compile(r"[0-9０-９]+[年月日]|令和|平成|実施|予定|済|完了|対応中|検討中|[:：]|さん|様|氏|による|によれば")
# A person's fact goes on in its note: its course, grade or result (要介護２（区分変更後）,
# 療育手帳Ａ（交付済み）, 暴行の被害（警察に相談済み）, 傷害（執行猶予中）) is said of the
# person as the fact is. Only a date, a labelled note and its source stay out
# (（R6.9実施）, （主治医：南病院）, （妻の申告による）): a DATE, a field, who told it.
_NOT_COURSE = re.compile(r"[0-9０-９]+[年月日.．/／]|[RHSＲＨＳ][0-9０-９]|令和|平成|昭和|[:：]|さん|様|氏|による|によれ|談$|別紙")
# the next line indented under an item's text, then prose (the item's wrapped rest)
_HANGING = re.compile(rf"[ 　]{{1,4}}(?=[ぁ-んァ-ヶー{KANJI_ODORIJI}0-9０-９A-Za-z])")
# a line opening an item of a list: a bullet or a number (not a speaker's mark, ○ ◆ ●: a turn is prose)
_ITEM = re.compile(r"[ 　]*(?:[・■□※\-－*]|[(（]?[0-9０-９一二三四五六七八九十]+[)）.．、]|[①-⑳])")
_SENTENCE_STOP = "。\n"
# the length of an item's line that a layout, not its author, ends
_LONG_ITEM = 24
# the last characters of a predicate (…ている, …した, …ない, …です, …ません, …だ, …よう)
_PREDICATE_ENDS = "るたいだすんうよね"


def soft_line_break(text: str, i: int, items_wrap: bool = False) -> bool:
    """Whether the line end at ``i`` wraps a sentence (see the module).
    ``items_wrap``: an item of a list (・…, （3）…) may wrap too, as a case
    record's long bullet does; by default an item ends at its line (a report's
    bullet without its 。 before the next paragraph)."""
    if i <= 0 or i + 1 >= len(text) or text[i] != "\n" or text[i - 1] in _NOT_WRAPPED_AFTER or text[i - 1].isspace():
        return False
    line = text[text.rfind("\n", 0, i) + 1:i]
    hanging = _HANGING.match(text, i + 1)
    if hanging and _ITEM.match(line) and not _ITEM.match(text, hanging.end() - 1) and "\t" not in line:
        return True  # ・バックアップは週１回、⏎　本庁舎の書庫に…: an item's text wrapped under its hanging indent
    end = text.find("\n", i + 1)
    after = text[i + 1:end if end != -1 else len(text)]
    if hanging and "\t" not in line and "\t" not in after and _long_item_wraps(line, after.lstrip(" 　")):
        return True  # a long line cut mid-clause, the layout indenting every line (…書庫に保⏎　管している。)
    if not _PROSE_START.match(text, i + 1):
        return False
    if len(line) < 8 or "\t" in line or not ("、" in line or "。" in line) \
            or (not items_wrap and _ITEM.match(line) and not _long_item_wraps(line, after)):
        return False  # (an item of a list ends at its line, with or without its 。)
    return "\t" not in after and ("、" in after or "。" in after or len(after) >= 20)


def _long_item_wraps(line: str, after: str) -> bool:
    """A line laid out at the page's width wraps, whatever the layout does with
    the next line's indent and though the line opens an item of a list
    (（１）…を取得し、媒体は…書庫に保⏎管している。): the line is long and already
    holds a clause (a 、), the next line is no new item and closes the sentence
    (its 。), and the line stops where no predicate ends: inside a word (保⏎管), on a
    particle (九十日で⏎) or a verb's joining form (取得し⏎). A bullet whose line ends
    on a predicate (…同じアカウントで使っている) is complete without its 。, and a short
    bullet (・バックアップの状況) before a paragraph does not wrap either."""
    body = line.strip()
    return (len(body) >= _LONG_ITEM and "、" in body and body[-1] not in _PREDICATE_ENDS
            and "。" in after and not _ITEM.match(after))


def end_across_wraps(text: str, end: int) -> int:
    """``end`` moved over each wrap it stands at, to where the sentence stops
    on the next line (before its 。, or at the next hard line end)."""
    while end < len(text) and soft_line_break(text, end):
        stops = [p for p in (text.find(c, end + 1) for c in _SENTENCE_STOP) if p != -1]
        end = min(stops) if stops else len(text)
        if text[end:end + 1] == "。":
            break
    return end


def start_across_wraps(text: str, start: int) -> int:
    """``start`` moved back over a wrap right before it, to where the clause
    starts on the line before (after its last 。 or 、, or the line's start)."""
    while True:
        nl = start
        while nl > 0 and text[nl - 1] in " 　":
            nl -= 1  # (the indent the layout gives every line: …書庫に保⏎　管している)
        if not (nl > 0 and text[nl - 1] == "\n" and soft_line_break(text, nl - 1)):
            break
        start = nl
        line_start = text.rfind("\n", 0, start - 1) + 1
        cut = max(text.rfind("。", line_start, start - 1), text.rfind("、", line_start, start - 1))
        start = cut + 1 if cut != -1 else line_start
        if cut != -1:
            break
    return start


def with_trailing_note(text: str, end: int, course: bool = False) -> int:
    """``end`` moved over a bracketed note right after it (…センター（県内）).
    ``course``: the value is a fact about a person, whose note of its course
    or result belongs to it even when it says done or applied for
    (…（交付済み）, …（更新申請中）); see ``is_course_note``."""
    m = _NOTE.match(text, end)
    if m is None:
        return end
    if course:
        return m.end() if is_course_note(m.group(0)[1:-1]) else end
    return m.end() if not _DONE_NOTE.search(m.group(0)) else end


def is_course_note(inner: str) -> bool:
    """Whether a bracket's contents (without the brackets) may state the
    course, grade or result of the fact before it: not a date, not a
    labelled note, not who told it."""
    return 0 < len(inner) <= 30 and not _NOT_COURSE.search(inner)
