"""Ruled tables read as tab-separated rows, offsets unchanged.

Tables typed in plain text, copied out of a word processor or written as
Markdown draw their cells with rules instead of tabs:

    ┌──────┬────┐          | 氏名 | 年齢 |
    │氏名  │年齢│          |---|---|
    ├──────┼────┤          | 北浜 一郎 | 67 |
    │北浜 一郎│67│

``as_tab_rows`` returns the text with each vertical rule of a row (│ ┃ ║ |)
turned into a TAB and each line drawn only of rules (├──┼──┤, |---|---|)
turned into TABs, one character for one, so every offset into the result is
an offset into the text. The table readers that split rows at TABs (the age
column, the birth-date column, the case-number column) then read a ruled
table as they read a word processor's: the rule before the first cell gives
every row, the heading row too, one empty first cell, so columns still line
up. A line is a ruled row only with two rules at least (北浜|緑町 is no
table), and a line of hyphens or equals signs alone, with no vertical rule
and no box-drawing character, is a text's separator, left alone.

Normalisation (``redactor/normalize.py``) runs this on every document, after
it has turned the box-drawing rules into tabs, so the recognizers read the
ASCII and full-width bar tables (Markdown, ｜氏名｜年齢｜) as TAB rows too. The
box-drawing rules are kept here so that the function means the same on any
text it is given.
"""
from __future__ import annotations

import re

# Vertical rules: box drawing light/heavy/double and the ASCII bar (NFKC
# turns the full-width ｜ into |).
_RULE = "│┃║|"
_RULES = re.compile(f"[{_RULE}]")
# A line drawn only of rules and corners (├──┼──┤, └──┴──┘, |---|:--:|, +---+).
_DRAWN = re.compile(r"[ \t─━═┄┅┈┉╌╍│┃║|├┤┼┌┐└┘┬┴┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬+\-=:]+")
# ...with at least one box-drawing character or vertical rule in it.
_DRAWN_MARK = re.compile(r"[─━═┄┅┈┉╌╍│┃║|├┤┼┌┐└┘┬┴┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬]")


def has_rules(text: str) -> bool:
    """Whether the text may hold a ruled table (one search)."""
    return _RULES.search(text) is not None


def as_tab_rows(text: str) -> str:
    """``text`` with its ruled rows written with TABs (see the module
    docstring); the same length, so offsets stay valid. Text without a
    vertical rule is returned as it is. A Markdown row's padding stays
    (| 項目 | 内容 | reads as TAB, space, 項目, space, TAB …): the TAB
    readers strip a cell's spaces."""
    if not has_rules(text):
        return text
    out = []
    for line in text.split("\n"):
        if _DRAWN.fullmatch(line) and _DRAWN_MARK.search(line):
            out.append("\t" * len(line))
        elif len(_RULES.findall(line)) >= 2:
            out.append(_RULES.sub("\t", line))
        else:
            out.append(line)
    return "\n".join(out)
