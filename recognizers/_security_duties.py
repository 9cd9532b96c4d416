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
- every specific in it is a period that is the report's deadline (30分
  以内, 翌営業日までに: a figure with ``deadline_after`` after it): a
  schedule (毎朝6時, 月1回), a place, a product, a count or a method makes
  it a control with its specific, as before;
- and no clause before the telling one ties a control to its deadline
  (受託者は、印刷完了後10日以内にデータを消去し、証明書を提出する: the
  deadline is the erasure's, a control, and the sentence stays a finding);
  the words of what a reporting chain is about, a disaster, an incident or
  the procedure's step (発災, インシデント, 手順1), are no such control: the
  recognizer leaves them out of the clauses it passes.

The recognizer drops it with this reason named (fail closed: the drop is
listed by ``REDACTOR_EXPLAIN_DROPS``).
"""
from __future__ import annotations

import re
from typing import Sequence, Tuple

from redactor.data_files import load_toml

_DATA = load_toml("security_detail.toml", "redactor.recognizers.data")["duties"]
_TELLING = "|".join(map(re.escape, _DATA["verbs"]))
# the verb of telling at the sentence's end, active: …報告する, …連絡すること, …進言します, …提出した
_TELLING_END = re.compile(rf"(?:{_TELLING})(?:する|した|します|しました|いたします|いたしました|すること|するものとする"
                          r"|しなければならない|を行う|を行うこと|を行います)?[ 　]*[。]?[ 　]*$")
_DEADLINE_AFTER = tuple(_DATA["deadline_after"])

REASON = "報告・連絡の分担（誰が誰に、いつまでに伝えるか）"


Clause = Tuple[Tuple[str, ...], Tuple[Tuple[str, str], ...]]


def telling_end(body: str) -> bool:
    """Whether ``body`` ends in a verb of telling (…に報告する, 連絡すること): the cheap
    first test of ``reporting_duty``, before any clause is read."""
    return _TELLING_END.search(body) is not None


def reporting_duty(body: str, clauses: Sequence[Clause], admitted: bool) -> bool:
    """Whether the statement ``body`` is a duty to report (see the module's docstring);
    ``clauses`` are its clauses' (triggers, (kind, value) specifics) in order, ``admitted``
    whether one admits a gap."""
    if admitted or not clauses or not _TELLING_END.search(body):
        return False
    if any(triggers and specifics for triggers, specifics in clauses[:-1]):
        return False  # …10日以内にデータを消去し、証明書を提出する: the erasure's deadline
    for kind, value in (s for _t, specifics in clauses for s in specifics):
        if kind != "period":
            return False
        at = body.find(value)
        after = body[at + len(value):at + len(value) + 3] if at >= 0 else ""
        if not (value.endswith("以内") or after.startswith(_DEADLINE_AFTER)):
            return False
    return True
