"""PERSON: the people an attendance line lists for a body they attend for.

Minutes open with who attended (出席者　総務課長 芹沢、委託事業者 株式会社Ｘ
営業部 Ｙ、監査法人 Ｚ監査法人 Ｗ): each item names the body a person attends
for, then the person. A contractor's or an audit firm's people listed so are
there in their business capacity, named as the municipality's own staff are,
not as private persons: the item's organisation is the positive evidence the
name is given in a role. Elsewhere (a contractor's staff in a plan, 担当の原田様)
the same people stay for the role rules to decide.

Only the item the name closes is read (the text after the line's label or the
last 、 before the name), and only on a line the attendance label opens, so
the test costs one ``rfind`` and one anchored match per candidate, and none
in a text without the label.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers._person_index import facts
from redactor.recognizers._text import indented_block_head, words_regex

_ROLES = load_toml("person_roles.toml", "redactor.recognizers.data")
_PEOPLE = _ROLES["company_people"]
# The labels that open an attendance line (会議録の出席者欄).
_LABELS = ("出席者", "出席", "同席者", "同席", "説明員", "説明のため出席した者")
_LABEL = re.compile(r"[ \t]*(?:【|\[)?(?:%s)(?:】|\])?[ \t]*[:：]?[ \t]*" % words_regex(list(_LABELS)))
# A body that is no office of the municipality: a company, an audit or law firm, a union.
_BODY = re.compile(words_regex(_PEOPLE["company_marks"] + _PEOPLE["private_bodies"] + ["監査法人"]))
# Words that make an item a private person's, whatever body it names (住民, 参考人).
_PRIVATE_ITEM = re.compile(words_regex(["住民", "市民", "町民", "村民", "参考人", "傍聴", "相談者", "申請者",
                                        "請願者", "陳情者", "利用者", "保護者"]))


def attending_for_a_body(text: str, start: int) -> str | None:
    """The body (株式会社, 監査法人) of the attendance item a name at ``start``
    closes, or None when the name is not in such an item."""
    if not facts(text).has_any("attendance", _LABELS):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    label = _LABEL.match(text, line_start)
    if label is None and _block_label(text, line_start):
        # 出席者：⏎　（コンサルタント）株式会社X　Y: an item on an indented line of the block
        label = re.compile(r"[ \t]*").match(text, line_start)
    if label is None or label.end() > start:
        return None
    item_start = max(label.end(), text.rfind("、", line_start, start) + 1, text.rfind("，", line_start, start) + 1)
    item = text[item_start:start]
    if not item.strip() or _PRIVATE_ITEM.search(item):
        return None
    body = _BODY.search(item)
    return body.group(0) if body else None


_BLOCK_LINES = 8


def _block_label(text: str, line_start: int) -> bool:
    """The indented line at ``line_start`` continues an attendance block: the
    lines above it are indented too, up to one the label opens at the margin
    (出席者：⏎　（村）村長 …⏎　（コンサルタント）株式会社X　Y)."""
    head = indented_block_head(text, line_start, _BLOCK_LINES)
    return head is not None and _LABEL.match(text, head) is not None
