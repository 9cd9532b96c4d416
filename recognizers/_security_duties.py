"""SECURITY_DETAIL: a section's duty to report is no detail (issue 12, session 18).

Continuity plans, incident procedures and specifications say who tells whom
by when: 「手順１　情報管理係長は発災後30分以内に被害状況を確認し、部長に
報告する。」, 「障害発生時は、検知から２時間以内に町の担当者へ連絡すること。」
Such a sentence names a control word (障害, BCP, 発災) and a figure, so the
clause test of ``security_detail`` finds a trigger and a period; but the
figure is the report's deadline, and how an office passes news up its chain
is the same in every municipality and opens nothing to an intruder.

A sentence is such a duty when, all at once:

- it ends in a verb of telling (報告, 連絡, 進言, 通知 …: ``[duties] verbs``)
  in the active (…に報告する, 連絡すること; not 通知される, which says what a
  system does),
- it admits no weakness (…しか保存されていないことを報告した stays a
  finding: ``admitted``),
- and every specific in it is a period that is the report's deadline (30分
  以内, 翌営業日までに: a figure with ``deadline_after`` after it): a
  schedule (毎朝6時, 月1回), a place, a product, a count or a method makes
  it a control with its specific, as before.

The recognizer drops it with this reason named (fail closed: the drop is
listed by ``REDACTOR_EXPLAIN_DROPS``).
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.data_files import load_toml

_DATA = load_toml("security_detail.toml", "redactor.recognizers.data")["duties"]
_TELLING = "|".join(map(re.escape, _DATA["verbs"]))
# the verb of telling at the sentence's end, active: …報告する, …連絡すること, …進言します, …提出した
_TELLING_END = re.compile(rf"(?:{_TELLING})(?:する|した|します|しました|いたします|いたしました|すること|するものとする"
                          r"|しなければならない|を行う|を行うこと|を行います)?[ 　]*[。]?[ 　]*$")
_DEADLINE_AFTER = tuple(_DATA["deadline_after"])

REASON = "報告・連絡の分担（誰が誰に、いつまでに伝えるか）"


def reporting_duty(body: str, specifics: Sequence[tuple[str, str]], admitted: bool) -> bool:
    """Whether the statement ``body`` is a duty to report (see the module's docstring);
    ``specifics`` are its clauses' (kind, value) pairs, ``admitted`` whether one admits a gap."""
    if admitted or not _TELLING_END.search(body):
        return False
    for kind, value in specifics:
        if kind != "period":
            return False
        at = body.find(value)
        after = body[at + len(value):at + len(value) + 3] if at >= 0 else ""
        if not (value.endswith("以内") or after.startswith(_DEADLINE_AFTER)):
            return False
    return True
