"""A vendor's people: whose staff a name after 担当 or a unit is, when the
company is named on a line above it rather than on the name's own line.

Contracts, inspection reports and incident reports name a contractor's
people in a block of lines under the company's own line:

    株式会社ミドリ保守　東支店
    担当　システム保守課　山田 太郎（電話 …）

The 担当 and the 課 there are the company's, not the municipality's, so the
title is no evidence that the person acts for the municipality (KEEP needs
positive evidence): the capacity is for a person to decide. A block that
also names the municipality's own office (北浜市総務課, 市役所) is the
municipality's, and this reading does not apply.
"""
from __future__ import annotations

import re

from redactor.recognizers._context import lines_above
from redactor.recognizers._text import KANJI

# What names a private company or one of its offices on a line (not 出張所,
# which a municipality has as well).
_COMPANY_LINE = re.compile(r"株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|支店|支社|営業所|本社")
# What names the municipality's own office on a line: a city, town or village
# before an office word, or the office itself.
_MUNICIPAL_LINE = re.compile(rf"[{KANJI}ヶ][市町村区](?:役所|役場|長|議会|教育委員会|[{KANJI}]{{0,8}}(?:課|係|室|部|局))"
                             r"|市役所|町役場|村役場|本市|当市|本町|当町|本村|当村")
# The name's line is the block's staff line: it opens with the staff label
# (担当　保守課　Y, 担当者：Y), not with a label of its own (監査人：総務課…担当　Y).
_STAFF_LINE = re.compile(r"[ \t]*(?:担当者名|担当者|担当|連絡担当者?)[ \t]*[:：]?")


def vendor_block(text: str, start: int, limit: int = 3, title: str | None = None) -> bool:
    """Whether the name at ``start`` stands in a block of lines headed by a
    company's line: one of the ``limit`` lines right above (no blank line
    between) names a company or one of its offices, the name's line opens
    with the staff label (or, with ``title``, holds only that title before
    the name), and neither those lines nor the name's own line names the
    municipality's office."""
    line_start = text.rfind("\n", 0, start) + 1
    if title is not None:
        # a title alone before the name on its line (北辰株式会社⏎　技術部長　Y:
        # the title word may be the end of a department title, 部長 of 技術部長)
        head = text[line_start:start].strip(" \t:：")
        if not head.endswith(title) or len(head) > 12 or any(c in head for c in " \t、。"):
            return False
    elif not _STAFF_LINE.match(text, line_start, start):
        return False
    if _MUNICIPAL_LINE.search(text, line_start, start):
        return False
    company = False
    for _, above in lines_above(text, line_start, limit):
        if not above.strip():
            break
        if _MUNICIPAL_LINE.search(above):
            return False
        if _COMPANY_LINE.search(above):
            company = True
            break
    return company
