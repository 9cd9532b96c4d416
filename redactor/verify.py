"""Verification: can a masked value still be read out of an output file?

An output is checked the way a reader would check it: the format re-reads
the file (``reader_view``: page text, metadata, comments, attributes) and
every value that was masked is looked for in that view. Two sources say
what to look for:

- the original document: the exact masked strings (the audit records give
  their offsets into the original's extracted text);
- the audit log alone: each masked value's keyed hash (``leak_hmac``),
  compared with the keyed hashes of every substring of the same length in
  the output. The log never holds the text itself, so this is the only way
  to check an output without the personal data at hand.

Matching is on a *leak key* (``redactor.leak``): NFKC with the project's
character folds and no whitespace, so that a value broken over two lines or
typed in full-width digits is still found.

The output's **raw bytes** are searched as well (``raw_sources``; by the
exact strings with the original, by keyed hashes of the bytes read as text
without it): the reader's view is what the format knows how to
read, and a value left where no reader looks (an HTML attribute's name, a
processing instruction, an XML part of a .docx nobody extracts) is still
published. Each value is looked for as bytes in UTF-8, Shift_JIS (CP932),
EUC-JP and the output's own encoding, and counts as found as often as the
view or the bytes show it, whichever is more. PDFs are left out of this
search: their content is compressed binary in which short needles match by
chance, and ``documents/pdf/leak_scan`` already walks every object of a PDF written
by ``mask``.

A value may legitimately stay visible elsewhere (the surname of a private
person masked, the same surname kept in 山田課長). At mask time the audit
record notes how many occurrences remain visible in the masked text
(``visible_after``); verification fails only when the output shows *more*.

The output itself must be the one the log was written for: its SHA-256 is
compared with the header's ``output_sha256``; a changed output is not
reported clean even when no masked value is found in it.

Fail closed: an audit log whose keyed chain is broken or cut short, no key
or a key that is not the one the log was made with (a one-off key is gone
with its run), cannot be checked and raises ``VerifyError`` rather than
passing.
"""
from __future__ import annotations

import hashlib
import hmac
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from redactor.audit import KEY_CHECK_MESSAGE, UNVERIFIABLE, AuditKey, key_check, sha256_bytes, sha256_text, verify_chain, _line  # noqa: F401 (KEY_CHECK_MESSAGE: re-exported)
from redactor.documents import DocumentError, format_for
from redactor.documents.limits import check_zip_members
from redactor.leak import HEAD, count_occurrences, is_hidden, leak_key, _value_key


from redactor.errors import VerifyError  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


@dataclass(frozen=True)
class Leak:
    """A masked value still found in the output (no text: the report is shareable)."""

    seq: int
    label: str
    found: int
    expected: int

    def message(self) -> str:
        return (f"{self.label}（監査記録 #{self.seq}）の値が出力に {self.found}回 見えます"
                f"（残してよいのは {self.expected}回）")

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "label": self.label, "found": self.found, "expected": self.expected}


@dataclass
class VerifyReport:
    """``ok`` when no masked value is found more often than it may be."""

    checked: int
    method: str                       # "original" | "hmac"
    leaks: list[Leak] = field(default_factory=list)
    output_matches: bool = True       # the output's SHA-256 is the log's output_sha256

    @property
    def ok(self) -> bool:
        return not self.leaks and self.output_matches

    def summary(self) -> str:
        if self.ok:
            how = "原本と照合" if self.method == "original" else "監査ログの鍵付きハッシュと照合"
            return f"漏えいなし（秘匿した値 {self.checked}件を{how}）"
        parts = []
        if self.leaks:
            parts.append(f"漏えいあり: {len(self.leaks)}件 — " + "; ".join(l.message() for l in self.leaks))
        if not self.output_matches:
            parts.append(OUTPUT_CHANGED)
        return "。".join(parts)


OUTPUT_CHANGED = "出力が監査ログの書いた出力と違います（output_sha256 が一致しません。書き出し後に変更されています）"


def load_audit(path: str | Path, key: AuditKey | None) -> list[dict[str, Any]]:
    """Audit records from a JSONL file, after checking their keyed chain
    (``key`` None: the chain cannot be checked, a ``VerifyError``)."""
    import json

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise VerifyError(f"{path}: 監査ログを読めません（{exc.__class__.__name__}）") from exc
    chain = verify_chain(lines, key)
    if not chain.ok:
        raise VerifyError(f"{path}: {_chain_problem(chain)}")
    records = [json.loads(l) for l in lines if l.strip()]
    if records[0].get("type") != "header":
        raise VerifyError(f"{path}: 監査ログの先頭にヘッダーがありません")
    return records


def _check_chain(records: Sequence[dict[str, Any]], key: AuditKey | None) -> None:
    chain = verify_chain((_line(r) for r in records), key)
    if not chain.ok:
        raise VerifyError(_chain_problem(chain))


def _chain_problem(chain: Any) -> str:
    if chain.status == UNVERIFIABLE:
        return f"監査ログを検証できないため照合できません（{chain.problem}）"
    return f"監査ログの連鎖が壊れているため照合できません（{chain.problem}）"


# Encodings a published text file or page is commonly in.
RAW_ENCODINGS = ("utf-8", "cp932", "euc_jp")
# Shorter encoded needles (one kanji in CP932) match markup by chance.
RAW_MIN_BYTES = 4
_ALNUM = rb"0-9A-Za-z"


def raw_sources(path: Path, fmt_name: str) -> list[bytes]:
    """The bytes of ``path`` a value could be published in: the file, or the
    XML parts of a .docx (inflated, within the size limits); none for a PDF."""
    import zipfile

    if fmt_name == "pdf":
        return []
    if fmt_name == "docx":
        try:
            with zipfile.ZipFile(path) as zf:
                infos = zf.infolist()
                check_zip_members(path.name, infos)
                return [zf.read(i) for i in infos if i.filename.lower().endswith((".xml", ".rels"))]
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as exc:
            raise VerifyError(f"出力を読めません: {exc}") from exc
    try:
        return [path.read_bytes()]
    except OSError as exc:
        raise VerifyError(f"出力を読めません: {exc.strerror or exc.__class__.__name__}") from exc


def raw_count(value: str, sources: Sequence[bytes], encodings: Sequence[str]) -> int:
    """Occurrences of ``value`` exactly as written in ``sources``, the most
    any one encoding gives (overlapping ones too). A needle of ASCII letters
    or digits at its edge must not continue a longer word (1234 is not in
    rsid 00A31234)."""
    value = value.strip()
    best = 0
    seen: set[bytes] = set()
    for enc in encodings:
        try:
            needle = value.encode(enc)
        except (UnicodeEncodeError, LookupError):
            continue
        if len(needle) < RAW_MIN_BYTES or needle in seen:
            continue
        seen.add(needle)
        before = rb"(?<![%s])" % _ALNUM if needle[:1].isalnum() else b""
        after = rb"(?![%s])" % _ALNUM if needle[-1:].isalnum() else b""
        pattern = re.compile(before + rb"(?=" + re.escape(needle) + after + rb")")   # overlapping too
        best = max(best, sum(len(pattern.findall(src)) for src in sources))
    return best


def find_values(view: str, targets: Iterable[tuple[dict[str, Any], str]],
                raw: Sequence[bytes] = (), encodings: Sequence[str] = RAW_ENCODINGS) -> list[Leak]:
    """Leaks of known values: ``(record, value)`` pairs looked up in ``view``
    and, exactly as written, in the ``raw`` bytes of the output."""
    hay = leak_key(view)
    leaks = []
    counts: dict[str, int] = {}  # one scan per distinct value, not per finding
    raw_counts: dict[str, int] = {}
    for rec, value in targets:
        key = _value_key(value)
        if key not in counts:
            counts[key] = count_occurrences(key, hay)
        if raw and value not in raw_counts:
            raw_counts[value] = raw_count(value, raw, encodings)
        found = max(counts[key], raw_counts.get(value, 0))
        expected = int(rec.get("visible_after", 0))
        if found > expected:
            leaks.append(Leak(int(rec.get("seq", -1)), str(rec.get("label")), found, expected))
    return leaks


def _window_hmac(key: bytes) -> Callable[[str], bytes]:
    """HMAC-SHA256 of many short strings under one key, with the padded key
    hashed once (RFC 2104) rather than per call: a long output has hundreds
    of thousands of windows, and this is about 2.5x ``hmac.digest``.
    Checked against ``hmac.digest`` before use."""
    block = (hashlib.sha256(key).digest() if len(key) > 64 else key).ljust(64, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))

    def digest(text: str) -> bytes:
        h = inner.copy()
        h.update(text.encode("utf-8"))
        o = outer.copy()
        o.update(h.digest())
        return o.digest()

    if digest("照合") != hmac.digest(key, "照合".encode("utf-8"), "sha256"):
        raise VerifyError("内部エラー: HMAC の計算が一致しません")
    return digest


def _candidate_starts(hay: str, records: Sequence[dict[str, Any]],
                      window_hmac: Callable[[str], bytes]) -> list[int] | None:
    """Positions where some masked value could start: those whose first
    ``HEAD`` characters hash like a value's head. None when a record has no
    head hash (an older audit log): then every position is tried."""
    heads: dict[int, set[bytes]] = defaultdict(set)  # head length -> hashes
    for rec in records:
        if "leak_head_hmac" not in rec:
            return None
        if int(rec["leak_len"]) <= 0:
            continue  # nothing to find (see find_hashes)
        heads[min(HEAD, int(rec["leak_len"]))].add(bytes.fromhex(rec["leak_head_hmac"]))
    return sorted({i for size, wanted in heads.items() for i in range(len(hay) - size + 1)
                   if window_hmac(hay[i:i + size]) in wanted})


def find_hashes(view: str, records: Iterable[dict[str, Any]], key: AuditKey) -> list[Leak]:
    """Leaks by keyed hash: every substring of each needed length is hashed
    once and counted, then compared with each record's ``leak_hmac``."""
    hay = leak_key(view)
    records = list(records)
    by_len: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        if int(rec["leak_len"]) > 0:  # a value of spaces only has nothing to find
            by_len[int(rec["leak_len"])].append(rec)
    leaks = []
    window_hmac = _window_hmac(key.key)
    starts = _candidate_starts(hay, records, window_hmac)
    for length, recs in sorted(by_len.items()):
        wanted = {bytes.fromhex(r["leak_hmac"]) for r in recs}
        counts: dict[bytes, int] = defaultdict(int)
        positions = range(len(hay) - length + 1) if starts is None else \
            (i for i in starts if i <= len(hay) - length)
        for i in positions:
            d = window_hmac(hay[i:i + length])
            if d in wanted:
                counts[d] += 1
        for rec in recs:
            found = counts.get(bytes.fromhex(rec["leak_hmac"]), 0)
            expected = int(rec.get("visible_after", 0))
            if found > expected:
                leaks.append(Leak(int(rec.get("seq", -1)), str(rec.get("label")), found, expected))
    return sorted(leaks, key=lambda l: l.seq)


def _original_text(original_path: Path, header: dict[str, Any], password: str | None,
                   encoding: str | None) -> tuple[str, str | None]:
    """The original's extracted text (checked against the audit) and encoding."""
    try:
        extracted = format_for(original_path).read(original_path, password=password, encoding=encoding)
    except DocumentError as exc:
        raise VerifyError(f"原本を読めません: {exc}") from exc
    if header.get("input_sha256") and sha256_text(extracted.text) != header["input_sha256"]:
        raise VerifyError(f"{original_path}: 原本が監査ログの入力と一致しません（別の文書か、変更されています）")
    return extracted.text, extracted.encoding


def _reader_view(fmt: Any, path: Path, password: str | None, encoding: str | None) -> str:
    """What a reader sees; a text output in its known encoding when given."""
    if encoding and fmt.name == "text":
        return fmt.read(path, encoding=encoding).text
    return fmt.reader_view(path, password=password)


def verify(output_path: str | Path, audit_records: Sequence[dict[str, Any]],
           original_path: str | Path | None = None, key: AuditKey | None = None, *,
           fmt: Any = None, password: str | None = None, encoding: str | None = None,
           original_text: str | None = None, output_encoding: str | None = None) -> VerifyReport:
    """Re-read ``output_path`` as a reader would and look for every masked value.

    With ``original_path`` (or ``original_text``, the original's extracted
    text, when the caller has it) the exact masked strings are looked for;
    otherwise the audit's keyed hashes, which need ``key``. ``fmt`` is the
    output's format (default: by the output's suffix); ``password`` opens
    an encrypted output or original; ``output_encoding`` reads a text
    output in a known encoding (masks such as ■ defeat detection). ``key``
    also checks the records' chain, which cannot be checked without it.
    Raises ``VerifyError`` when the output cannot be checked.
    """
    records = list(audit_records)
    if not records or records[0].get("type") != "header":
        raise VerifyError("監査記録にヘッダーがありません")
    _check_chain(records, key)
    header = records[0]
    hidden = [r for r in records if is_hidden(r)]
    out = Path(output_path)
    original_encoding = None
    if original_text is None and original_path is not None:
        original_text, original_encoding = _original_text(Path(original_path), header, password, encoding)
    fmt = fmt or format_for(out)
    try:
        output_sha256 = sha256_bytes(out.read_bytes())
    except OSError as exc:
        raise VerifyError(f"出力を読めません: {exc.strerror or exc.__class__.__name__}") from exc
    if not header.get("output_sha256"):
        raise VerifyError("監査ログに出力の SHA-256 がないため、どの出力のログか確かめられません")
    matches = hmac.compare_digest(str(header["output_sha256"]), output_sha256)
    try:
        view = _reader_view(fmt, out, password, output_encoding)
    except DocumentError as exc:
        if not (original_encoding and not output_encoding and fmt.name == "text"):
            raise VerifyError(f"出力を読めません: {exc}") from exc
        try:  # masks such as ■ defeat detection; a text output keeps the input's encoding
            view = _reader_view(fmt, out, password, original_encoding)
        except DocumentError:
            raise VerifyError(f"出力を読めません: {exc}") from exc
    if original_text is not None:
        targets = []
        for rec in hidden:
            start, end = int(rec["start"]), int(rec["end"])
            if not 0 <= start < end <= len(original_text):
                raise VerifyError(f"監査記録 #{rec.get('seq')} の位置が原本の範囲外です")
            targets.append((rec, original_text[start:end]))
        encodings = tuple(dict.fromkeys(e for e in (output_encoding, original_encoding, encoding, *RAW_ENCODINGS) if e))
        raw = raw_sources(out, fmt.name)
        return VerifyReport(len(targets), "original", find_values(view, targets, raw, encodings), matches)
    if key is None:
        raise VerifyError("原本も監査ログの鍵も指定されていないため照合できません（--original か --audit-key-file）")
    if header.get("key_source") == "ephemeral":
        raise VerifyError("監査ログは一時鍵で作られたためハッシュで照合できません（--original で原本を指定してください）")
    if header.get("key_check") is None:
        raise VerifyError("監査ログに鍵の確認値がないため、鍵が正しいか確かめられません（--original で原本を指定してください）")
    if not hmac.compare_digest(str(header["key_check"]), key_check(key)):
        raise VerifyError("鍵が監査ログを作ったときの鍵と違います")
    missing = [r for r in hidden if "leak_hmac" not in r or "leak_len" not in r]
    if missing:
        raise VerifyError(f"監査記録 #{missing[0].get('seq')} に照合用のハッシュがありません（--original で原本を指定してください）")
    leaks = find_hashes(view, hidden, key)
    raw = raw_sources(out, fmt.name)
    if raw:   # the bytes as text too: a value where no reader looks
        raw_text = "\n".join(_as_text(src, output_encoding or encoding) for src in raw)
        leaks = _merge(leaks, find_hashes(raw_text, hidden, key))
    return VerifyReport(len(hidden), "hmac", leaks, matches)


def _as_text(data: bytes, encoding: str | None) -> str:
    """Bytes as text: the known encoding, else the first of UTF-8, CP932 and
    EUC-JP that decodes them, else UTF-8 with replacement characters."""
    for enc in dict.fromkeys(e for e in (encoding, *RAW_ENCODINGS) if e):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def _merge(a: Sequence[Leak], b: Sequence[Leak]) -> list[Leak]:
    """One leak per record, with the larger count of the two searches."""
    best: dict[int, Leak] = {}
    for leak in (*a, *b):
        if leak.seq not in best or leak.found > best[leak.seq].found:
            best[leak.seq] = leak
    return sorted(best.values(), key=lambda l: l.seq)
