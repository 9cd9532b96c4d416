"""The audit log: one JSONL file per masked document, chained with the audit key.

A header record (tool version, profile/policy and its SHA-256, input and
output SHA-256, time) is followed by one record per finding (offsets,
label, action, reason, recognizer, score, replacement). The original text
of a finding is *not* written by default: a keyed hash (HMAC-SHA256) lets
the log prove what was masked without becoming a second copy of the
personal data. The key comes from ``--audit-key-file`` or the environment
variable ``REDACTOR_AUDIT_KEY``; without either, a random key is used for
the run and the header says the hashes cannot be recomputed later.

Each record carries ``seq`` and ``prev``, an HMAC (with the audit key) of
the line before it, and the log ends with a closing record holding the
record count and the final chain value: a record edited, deleted,
reordered or cut off the end breaks the chain, and only the key holder can
build a new one (``redactor audit verify``). A log made with a one-off key
cannot be verified by anyone, and says so.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import orjson

KEY_ENV = "REDACTOR_AUDIT_KEY"
GENESIS = "0" * 64


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class AuditKey:
    """The HMAC key and where it came from (file, env, or ephemeral)."""

    key: bytes
    source: str

    @classmethod
    def load(cls, key_file: str | Path | None = None) -> "AuditKey":
        if key_file:
            data = Path(key_file).read_bytes().strip()
            if not data:
                raise ValueError(f"監査ログの鍵ファイルが空です: {key_file}")
            return cls(data, "file")
        env = os.environ.get(KEY_ENV)
        if env:
            return cls(env.encode("utf-8"), "env")
        return cls(secrets.token_bytes(32), "ephemeral")

    def digest(self, text: str) -> str:
        return _hmac_hex(self.key, text)


@lru_cache(maxsize=4096)  # bounded: it holds a document's values only while in use
def _hmac_hex(key: bytes, text: str) -> str:
    """HMAC-SHA256 of ``text``; cached because a document repeats its values
    (the same name masked fifty times is hashed once)."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _line(record: dict[str, Any]) -> str:
    """One record as one JSON line (UTF-8 text, keys sorted).

    Every record is serialised once per document to chain its hash, so
    this runs once per finding: orjson does it about seven times faster
    than the standard library. Verification hashes the lines as they were
    written, so the exact spelling of a line never has to be reproduced.
    """
    return _line_bytes(record).decode("utf-8")


def _line_bytes(record: dict[str, Any]) -> bytes:
    """``_line`` as UTF-8 bytes, what the chain hashes (no round trip through str)."""
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)


CHAIN = "hmac-sha256"
# An HMAC of this constant in the audit header lets verify tell a wrong key
# from a clean output (with a wrong key every hash simply fails to match).
KEY_CHECK_MESSAGE = "redactor key check"


def key_check(key: AuditKey) -> str:
    return key.digest(KEY_CHECK_MESSAGE)


class _Linker:
    """The chain value after a line: HMAC-SHA256 with the audit key, so that
    only the key holder can rebuild a chain (a plain SHA-256 chain can be
    recomputed by anyone who edits, drops or reorders records). The padded
    key is hashed once (RFC 2104), not once per record; checked against
    ``hmac`` before use."""

    def __init__(self, key: AuditKey) -> None:
        block = (hashlib.sha256(key.key).digest() if len(key.key) > 64 else key.key).ljust(64, b"\0")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))
        if self(b"chain") != hmac.new(key.key, b"chain", hashlib.sha256).hexdigest():
            raise RuntimeError("HMAC の計算が一致しません")

    def __call__(self, line: bytes) -> str:
        h = self._inner.copy()
        h.update(line)
        o = self._outer.copy()
        o.update(h.digest())
        return o.hexdigest()


def build_records(header: dict[str, Any], findings: Iterable[dict[str, Any]],
                  key: AuditKey) -> list[dict[str, Any]]:
    """Chain the header and finding records and close the log.

    Each record gets ``seq`` and ``prev``, the HMAC (audit key) of the line
    before it; the header names the chain (``chain``) and carries the
    ``key_check``. A closing record (``type: end``) holds how many records
    precede it and, as its ``prev``, the final chain value: a log cut short,
    even down to its header, has no valid end, and only the key holder can
    write one.
    """
    header = {**header, "chain": CHAIN, "key_check": key_check(key)}
    link = _Linker(key)
    records = []
    prev = GENESIS
    for seq, rec in enumerate([header, *findings]):
        rec = {**rec, "seq": seq, "prev": prev}
        prev = link(_line_bytes(rec))
        records.append(rec)
    records.append({"type": "end", "records": len(records), "seq": len(records), "prev": prev})
    return records


def rechain(records: list[dict[str, Any]], key: AuditKey, **header: Any) -> list[dict[str, Any]]:
    """The same records chained again, with ``header`` fields set (the
    output file's SHA-256 once it is written, a review's decisions)."""
    plain = [{k: v for k, v in r.items() if k not in ("seq", "prev")} for r in records
             if r.get("type") != "end"]
    return build_records({**plain[0], **header}, plain[1:], key)


def printable_name(name: str) -> str:
    """A file name as text that can be written anywhere: the bytes of a name
    that is not UTF-8 (a CP932 name unpacked from a Windows zip on Linux,
    which Python keeps as lone surrogates) are spelled ``\\x93``. The
    audit log, the manifest and JSON reports are UTF-8, and a lone
    surrogate cannot be written in it: such a file failed with a
    TypeError instead of being masked."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def make_header(*, tool_version: str, policy_name: str, policy_sha256: str,
                input_sha256: str, output_sha256: str | None, key_source: str,
                source: str | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    header = {
        "type": "header", "tool": "redactor", "version": tool_version,
        "policy": policy_name, "policy_sha256": policy_sha256,
        "input_sha256": input_sha256, "output_sha256": output_sha256,
        "time": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "hash": "hmac-sha256", "key_source": key_source,
    }
    if key_source == "ephemeral":
        header["key_note"] = "鍵が指定されなかったため一時鍵を使用（ハッシュは後から再計算できない）"
    if source:
        header["source"] = printable_name(source)
    if extra:
        header.update(extra)
    return header


def dumps(records: list[dict[str, Any]]) -> str:
    return "".join(_line(r) + "\n" for r in records)


BROKEN, UNVERIFIABLE = "broken", "unverifiable"


@dataclass(frozen=True)
class ChainReport:
    """``ok``, or what is wrong: ``broken`` (edited, removed, reordered,
    cut short) or ``unverifiable`` (no key, the wrong key, a one-off key,
    a log of an older version whose chain was not keyed)."""

    ok: bool
    records: int
    problem: str = ""
    status: str = "ok"


def verify_chain(lines: Iterable[str], key: AuditKey | None) -> ChainReport:
    """Check the keyed chain of a log's lines (as written, without line ends).

    Fails closed: without the key the log was made with nothing is
    reported intact, since anyone can write a chain they need not prove.
    """
    raw_lines = [l.rstrip("\r\n") for l in lines if l.strip()]
    if not raw_lines:
        return ChainReport(False, 0, "記録がありません", BROKEN)
    try:
        header = json.loads(raw_lines[0])
    except json.JSONDecodeError:
        return ChainReport(False, 1, "1行目: JSONとして読めません", BROKEN)
    if not isinstance(header, dict) or header.get("type") != "header":
        return ChainReport(False, 1, "1行目がヘッダーではありません", BROKEN)
    if header.get("chain") != CHAIN:
        return ChainReport(False, 1, "旧版の監査ログで連鎖に鍵がないため、改ざんがないことを確かめられません", UNVERIFIABLE)
    if key is None:
        why = ("一時鍵で作られたログのため誰も検証できません" if header.get("key_source") == "ephemeral"
               else "鍵がないため検証できません（--audit-key-file か REDACTOR_AUDIT_KEY）")
        return ChainReport(False, 1, f"cannot verify without key: {why}", UNVERIFIABLE)
    if not hmac.compare_digest(str(header.get("key_check", "")), key_check(key)):
        return ChainReport(False, 1, "鍵が監査ログを作ったときの鍵と違うため検証できません", UNVERIFIABLE)
    link = _Linker(key)
    prev = GENESIS
    end: dict[str, Any] | None = None
    for n, raw in enumerate(raw_lines, start=1):
        if end is not None:
            return ChainReport(False, n, f"{n}行目: 終了記録の後に記録があります（追加・並べ替え）", BROKEN)
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError:
            return ChainReport(False, n, f"{n}行目: JSONとして読めません", BROKEN)
        if not isinstance(rec, dict) or rec.get("seq") != n - 1:
            seq = rec.get("seq") if isinstance(rec, dict) else None
            return ChainReport(False, n, f"{n}行目: 連番が {seq} です（{n - 1} のはず）", BROKEN)
        if not isinstance(rec.get("prev"), str) or not hmac.compare_digest(rec["prev"], prev):
            return ChainReport(False, n, f"{n}行目: 直前の記録の連鎖値と一致しません（改ざん・削除・並べ替え、または鍵なしで作り直した連鎖）", BROKEN)
        if rec.get("type") == "end":
            if rec.get("records") != n - 1:
                return ChainReport(False, n, f"{n}行目: 終了記録の件数が {rec.get('records')} です（{n - 1} のはず）", BROKEN)
            end = rec
        prev = link(raw.encode("utf-8"))
    if end is None:
        return ChainReport(False, len(raw_lines), "終了記録がありません（末尾が削除されたか、書き込みが途中で終わっています）", BROKEN)
    return ChainReport(True, len(raw_lines))


# -- what of a finding may leave the tool ---------------------------------------

# Attributes whose values come from a closed vocabulary the recognizer or the
# policy chose (a category, a flag, a pattern's name), never from the
# document's text. Every other attribute (a PERSON's ``person_key`` is the
# surname, ``role_word`` can be part of the value, ``site``, ``term``,
# ``trigger``, a birth date's ``iso``, an age's ``years``) is derived from
# personal data: the audit log holds only its keyed hash, other reports
# leave it out. An attribute a recognizer adds later is treated as
# text-derived until it is listed here (fail closed).
PUBLIC_ATTRIBUTES = frozenset({
    "role", "role_source", "kind", "category", "pattern", "precision", "full_name", "generic",
    "needs_context", "deny_list", "allow_list", "decided_by", "tool_action", "manual_id",
    # why a quasi-identifier describes no private person (field, meeting, general, venue …): a
    # reason word of the recognizers (recognizers/_not_subject.py, _date_roles.py), never text
    "not_subject",
})
_SCALARS = (str, int, float, bool)


def public_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    """The attributes that hold no text of the document (see ``PUBLIC_ATTRIBUTES``)."""
    return {k: v for k, v in attributes.items()
            if k in PUBLIC_ATTRIBUTES and (v is None or isinstance(v, _SCALARS))}


def audit_attributes(attributes: dict[str, Any], key: AuditKey) -> dict[str, Any]:
    """Attributes as the audit log holds them: the public ones as they are,
    each text-derived scalar as ``NAME_hmac`` (its keyed hash, so two
    findings of one person still share a value without naming him); lists
    and tables are left out."""
    out: dict[str, Any] = {}
    for k, v in attributes.items():
        if k in PUBLIC_ATTRIBUTES:
            if v is None or isinstance(v, _SCALARS):
                out[k] = v
        elif v is None or isinstance(v, bool):
            out[k] = v
        elif isinstance(v, _SCALARS):
            out[f"{k}_hmac"] = key.digest(str(v))
    return out


_QUOTED = re.compile(r"「([^「」]*)」|（([^（）]*)）|\(([^()]*)\)")
WITHHELD = "…"


class Scrubber:
    """Withholds one document's hidden values from the strings written about it.

    Reasons quote what they saw: 「委員」 (a context word), （山田太郎）
    (a person named earlier), 「72歳」→「70代」. A quoted stretch that is
    part of a hidden value or holds one, and any hidden value written out
    whole, become ``…``; quoted words that are no part of a hidden value (a
    context word beside it, the policy's name) stay, so the reason still
    says why. Built once per document: thousands of findings share a few
    dozen distinct reasons, each scrubbed once.
    """

    def __init__(self, hidden: Iterable[str]) -> None:
        self.values = sorted({v for v in hidden if v and v.strip()}, key=len, reverse=True)
        self._done: dict[str, str] = {}

    def _inside(self, part: str) -> bool:
        return bool(part) and any(part in v or v in part for v in self.values)

    def _quoted(self, m: re.Match[str]) -> str:
        part = next(g for g in m.groups() if g is not None)
        if not self._inside(part):
            return m.group(0)
        return m.group(0).replace(part, WITHHELD, 1)  # the brackets stay: the reason still reads

    def __call__(self, text: str) -> str:
        if not self.values or not text:
            return text
        done = self._done.get(text)
        if done is None:
            done = _QUOTED.sub(self._quoted, text)
            for v in self.values:
                if len(v) >= 2 and v in done:
                    done = done.replace(v, WITHHELD)
            self._done[text] = done
        return done


def scrub(text: str, hidden: Iterable[str]) -> str:
    """``text`` (a reason, a generalisation step) without the hidden values
    (one string; for a document's many, build one ``Scrubber``)."""
    return Scrubber(hidden)(text)
