"""An incident's timeline of the municipality's own systems (issue 12):
when which system was encrypted, stopped, switched over or restored, and
from which backup.

Why it is a finding at all: the timeline tells an intruder how long the
municipality's systems stay down, how far back its backups reach and how it
recovers (ISO/IEC 27002:2022 5.24-5.28, 5.30, 8.13), the operations "with a
schedule" issue 12 counts. Why it is REVIEW and not MASK: much of a
timeline is what the council is told in public (業務を再開しました, 窓口を
閉鎖しました), and whether the dates help anyone is a person's judgement.
Where the same sentence tells what failed (バックアップも同じNASにあり暗号化
された, 予備の回線はなかった) the clause is a detail of its own and masked by
the control rules; this module only keeps the rest from being dropped
silently (fail closed: the old rule returned nothing for an incident's
narrative).

A sentence is a timeline step when it has, all three:
- a system or a device named (サーバ, システム, 端末, ネットワーク, ファイル,
  バックアップ …), so a typhoon's 業務が停止 is none, and so is an outage
  report that names only data (障害は午後1時に復旧し、データの消失はござい
  ませんでした: what broke is not said, the hour alone tells nobody how);
- an event of the system: struck (暗号化され, 感染し), down (停止し, 止まり,
  使えなくなり, ダウンし) or back (復旧し, 復元し, 再開し, 切り替え, 戻し);
- a when: a date with its day (5月10日), a time of day (午前2時, 14時30分,
  深夜, 未明), a duration (3日間, 約5時間), a relative day (翌日, 同日, 2日後)
  or a backup's age (3日前のバックアップ, 2世代前).
Another body's incident (近隣の市で…) is left out by the caller.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.first_chars import guarded

INCIDENT_TOKEN = "インシデントの経過"

_N = r"[0-9０-９]+"
# the system's event: struck, down, back (verb stems; the polite forms follow)
_EVENT = guarded(re.compile(
    r"暗号化さ|感染し|感染が(?:判明|確認)|停止し|停止いたし|停止さ|止ま(?:り|っ)|使えなくな|利用できなくな|ダウンし"
    r"|復旧し|復旧いたし|復旧さ|復旧作業|復元し|復元いたし|復元さ|リストアし|再開し|再開いたし|再稼働|再稼動"
    r"|切り替え(?:まし|た|て)|切替え(?:まし|た|て)|切り替わ|戻し(?:まし|た|て)"))
# when it happened or how long it took
_WHEN = guarded(re.compile(
    _N + r"月" + _N + r"日|午前" + _N + r"時|午後" + _N + r"時|" + _N + r"時" + _N + r"分|(?<![0-9０-９])" + _N + r"時(?:頃|ごろ|過ぎ)"
    r"|深夜|未明|早朝|翌日|翌朝|翌週|同日|当日|" + _N + r"(?:時間|日間|日後|週間|か月間|ヶ月間)"
    r"|" + _N + r"(?:日|週間|か月|ヶ月)前の(?:バックアップ|データ|時点)|" + _N + r"世代前"))


# what is struck or restored: a system, a device, its files or backups
_SYSTEM = guarded(re.compile(
    r"システム|サーバ|端末|パソコン|PC|ネットワーク|LAN|基幹系|情報系|業務系|ファイル|バックアップ|ストレージ|NAS|クラウド|電算"))


def incident_timeline(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a step of an incident's timeline of a
    system (a system named, a system's event and a when; see the module)."""
    return bool(_EVENT.search(text, start, end) and _WHEN.search(text, start, end)
                and _SYSTEM.search(text, start, end))


def incident_events(text: str) -> Iterator[re.Match]:
    """Where a system's event is told (one pass of a guarded regex): the
    sentences around them are read even when they name no control."""
    return _EVENT.finditer(text)
