"""Whose a date is: a date that is not the time of something that happened
to a person is no quasi-identifier of anyone.

Minutes and bills are full of dates that belong to the paper or the office:
the day of the meeting (日時　令和６年１０月３日（木）, 厚生常任委員会（令和５年
３月８日）), a deadline or a period (６月３０日まで, ７月１日～８月３０日), the day
a statute takes effect (…から施行), the reference date of a count (…現在),
and the office's own steps in a file (６月３日、当課職員が訪問した; ５月２２日に
来庁された相談者). A neighbour knows the day a man fell in the street; nobody
outside the office knows the day he rang the office. These dates stay DATE
findings, marked ``kind = "administrative"`` with the reason in
``not_subject``, so the risk check does not weigh them and the log shows why.

A clause that tells of an incident or a change in someone's life (事故,
転倒, 亡くなった, 転入) is the person's event whoever else it names, and keeps
its date: the check errs towards weighing a date.

Vocabulary: ``data/not_subject.toml`` ``[date]``.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._text import line_span, words_regex

_D = load_toml("not_subject.toml", "redactor.recognizers.data")["date"]
_FIELD_LABELS = tuple(_D["field_labels"])
_EVENT_LABELS = tuple(_D["event_labels"])
_AFTER = tuple(_D["after"])
_OFFICE = tuple(_D["office_actors"])
_STEPS = tuple(_D["procedure_steps"])
_EVENTS = tuple(_D["incident_words"])
_GATHERINGS = tuple(_D["gatherings"])
# the field label at the end of what stands before the date on its line
# (blanks, a colon, an opening bracket or a topic は between)
_LABEL_END = re.compile(rf"(?:{words_regex(_FIELD_LABELS)})[ \u3000\t:：（(は]*$")
# any field label that names a day (契約締結日, 受納日, 交付決定日, 支払日は): a label
# opening its line or cell, ending in a word of a day or a period
_DAY_LABEL = re.compile(r"(?:^|[\t]|[ \u3000]{1,}|[0-9０-９一二三四五六七八九十]+[.．)）]?[ \u3000]+|[（(][0-9０-９]+[）)][ \u3000]*)"
                        r"(?P<label>[一-龯々ァ-ヶーぁ-ん]{0,8}(?:日|日時|期日|期限|期間|年月日))[ \u3000\t:：は]*$")
# what may stand between a date and the word after it: a weekday, a holiday's
# name in brackets, a time of day, blanks (…３日（木）午後２時開催)
_SKIP_AFTER = re.compile(r"(?:[ \u3000]*[（(][^）)\n]{1,8}[）)])?(?:[ \u3000]*(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?)?[ \u3000]*")
# a period: a date, then から or a dash, then another date (７月１日～８月３０日)
_DATE_NEXT = re.compile(r"(?:から|より|[～〜~－\-―])[ \u3000]*(?:令和|平成|同年|同月|[0-9０-９一二三四五六七八九十]{1,4}[年月日])")
_DATE_BEFORE = re.compile(r"[日月年][ \u3000]*(?:[（(][^）)\n]{1,8}[）)])?[ \u3000]*(?:から|より|[～〜~－\-―])[ \u3000]*$")
# a line that is a heading of minutes (no sentence on it)
_HEADING_WORDS = re.compile("定例会|臨時会|委員会|会議録|議事録|会議|記録|審議会|協議会|議事概要")
_LINE_BLANK = re.compile(r"[ \u3000\t・○◯〇\-]*")
_SENTENCE_END = re.compile(r"[。\n]")
# a clause ends at a full stop, a line's end or the next date (its month)
_CLAUSE_END = re.compile(r"[。\n]|[0-9０-９一二三四五六七八九十]{1,2}月")


def _column_label_names_a_day(text: str, line_start: int, start: int) -> bool:
    """The date is a cell of a TAB table whose column heading names a day of
    the office's record (受納日, 申請日): the heading is the nearest line above
    whose cell in that column holds no digit (at most 30 rows up)."""
    column = text.count("\t", line_start, start)
    pos = line_start
    for _ in range(30):
        if pos == 0:
            return False
        above_start = text.rfind("\n", 0, pos - 1) + 1
        cells = text[above_start:pos - 1].split("\t")
        if len(cells) <= column:
            return False
        cell = cells[column].strip(" \u3000")
        if not re.search(r"[0-9０-９]", cell):
            head = _DAY_LABEL.search(cell)
            return head is not None and not ctx.find_word(cell, _EVENT_LABELS)
        pos = above_start
    return False


def date_role(text: str, start: int, end: int) -> str | None:
    """Why the date at ``text[start:end]`` is no one's event, or None when
    it may be (the default: a date is weighed unless a reason is found).

    ``field``: the value of a field or heading of the paper or the meeting;
    ``heading``: a date on a line of its own or a line that heads minutes;
    ``meeting``: followed by a meeting's, a deadline's or a statute's word;
    ``period``: one end of a period; ``procedure``: the office's own step."""
    line_start, line_end = line_span(text, start)
    before = text[line_start:start]
    skip = _SKIP_AFTER.match(text, end, line_end)
    rest = text[skip.end() if skip else end:line_end]
    if _LABEL_END.search(before) and not ctx.find_word(before[-12:], _EVENT_LABELS):
        return "field"
    label = _DAY_LABEL.search(before)
    if label and not ctx.find_word(label.group("label"), _EVENT_LABELS):
        return "field"
    if "\t" in text[line_start:line_end] and _column_label_names_a_day(text, line_start, start):
        return "field"
    # the incident may be told at the end of a long sentence (…において、市職員が
    # 運転する公用車が…に接触し), or named by the heading above (３　事故の概要)
    stop = _SENTENCE_END.search(text, end, min(len(text), end + 160))
    heading = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start]
    if ctx.find_word(text[end:stop.start() if stop else end + 160], _EVENTS) or ctx.find_word(heading, _EVENT_LABELS):
        return None
    if _LINE_BLANK.fullmatch(before) and not rest.strip(" \u3000"):
        return "heading"
    if "。" not in text[line_start:line_end] and _HEADING_WORDS.search(before) and not ctx.find_word(
            text[line_start:line_end], _EVENTS):
        return "heading"
    if ctx.starts_with_word(rest, _AFTER):
        return "meeting"
    if _DATE_NEXT.match(text, end) or _DATE_BEFORE.search(before):
        return "period"
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 48))
    clause = text[end:stop.start() if stop else min(len(text), end + 48)]
    if ctx.find_word(clause, _GATHERINGS):
        return "meeting"
    if ctx.find_word(clause, _OFFICE) or ctx.find_word(clause, _STEPS):
        return "procedure"
    return None
