"""The capacity a person attends a meeting in: no private attribute.

Minutes and reports list who was present, which witnesses were heard and who
sits on the body (出席者, 参考人, 委員（敬称略）), each with the body and the
post they are there for: 北浜 一郎（北原医療大学 教授）, 南野 由紀　南部地域
包括支援センター 社会福祉士. That body and post are the public role the person
attends in, published as such, and say nothing of where a resident lives or
works privately. A finding in such a list item is marked ``capacity`` by
``_not_subject`` (kept, not weighed by the risk check).

A list item is a line with no sentence end (。) in a run of lines, with no blank
line between, whose first line or whose introducing line holds one of the list
labels (``data/not_subject.toml`` ``[capacity]``). An item that tells an age
(７８歳, ４０代) or names a private role of a case (相談者, 申請者) is read as
before: those are a resident's attributes, whatever list holds them.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers._text import words_regex

_C = load_toml("not_subject.toml", "redactor.recognizers.data")["capacity"]
_LABEL = re.compile(words_regex(_C["labels"]))
_PRIVATE = re.compile(words_regex(_C["private_items"]) + r"|[0-9０-９一二三四五六七八九十]+(?:歳|才|代)")
# lines read up from the item to the list's label: a list of a body's members is short
_MAX_LINES = 24


def capacity(text: str, start: int) -> bool:
    """The finding at ``start`` is in an item of a list of those present,
    witnesses or members (see the module docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "。" in line or _PRIVATE.search(line):
        return False
    if _LABEL.search(text, line_start, start):
        return True  # 出席者　北浜 一郎（北原大学 教授）: the label opens the item's own line
    pos = line_start
    for _ in range(_MAX_LINES):
        if pos == 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        above = text[prev:pos - 1]
        if not above.strip(" \t\u3000"):
            return False  # a blank line ends the list
        if _LABEL.search(above):
            return True
        if "。" in above:
            return False  # running text above, which introduced no list
        pos = prev
    return False
