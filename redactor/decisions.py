"""A reviewer's decisions (``decisions.json``) and applying them to a result.

The review page (``redactor review``) lets an officer flip a finding
between MASK and KEEP, accept or reject a suggested generalisation, and
mark a stretch the tool missed. It exports those choices as a
``decisions.json``; ``redactor mask --decisions`` applies them here.

The file names findings by ``finding_id`` (label and offsets), so applying
it re-runs the same pipeline and matches the same findings. It carries the
SHA-256 of the document text and is refused for any other text: offsets
from another version of the minutes would mask the wrong words. Manual
additions carry the SHA-256 of their own text for the same reason. The
file holds hashes and offsets, never the text itself.

Format (version 1)::

    {"format": "redactor-decisions", "version": 1,
     "document": {"sha256": "...", "name": "minutes.txt", "length": 1234},
     "policy": {"name": "default", "sha256": "..."},
     "reviewer": "総務課 山田", "time": "2024-05-20T01:02:03Z",
     "findings": [{"id": "PERSON:340-343", "label": "PERSON", "start": 340, "end": 343,
                   "text_sha256": "...", "tool_action": "KEEP", "decision": "MASK",
                   "by": "human"}, ...],
     "manual": [{"id": "M1", "start": 400, "end": 403, "label": "MANUAL",
                 "text_sha256": "..."}],
     "generalisations": [{"id": "risk:249-362", "decision": "accept"}],
     "regions": [{"id": "D1", "page": 2, "box": [410, 880, 760, 940],
                  "image_sha256": "..."}]}

``regions`` are boxes a reviewer drew on the image of a page read by OCR
(``--ocr``), in pixels of that page's OCR image (``ocr.OcrPage.image``),
with the SHA-256 of that image's pixels: ``mask --decisions`` paints them
on the same page and refuses a page whose image is not the one reviewed.

Only entries with ``"by": "human"`` change anything; ``"by": "tool"``
entries record what the reviewer saw and left alone.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from redactor.audit import Scrubber, build_records, sha256_text
from redactor.finding import ALL_LABELS, KEEP, MASK, REVIEW, Action, Finding
from redactor.masking import apply_masks
from redactor.risk import generalize, risk_settings

if TYPE_CHECKING:
    from redactor.pipeline import Result
    from redactor.policy import Policy

FORMAT = "redactor-decisions"
VERSION = 1
MANUAL_LABEL = "MANUAL"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ACTION_NAME = {MASK: "非公開", KEEP: "公開", REVIEW: "要確認"}


from redactor.errors import DecisionsError  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


def finding_id(f: Finding) -> str:
    """The name of a finding in the review page and in decisions.json."""
    return f"{f.label}:{f.start}-{f.end}"


def subject_id(subject: Any) -> str:
    """The name of a re-identification subject: the stretch its attributes cover."""
    spans = [tuple(s) for s in getattr(subject, "spans", None) or subject.get("spans", [])]
    return f"risk:{min(s for s, _ in spans)}-{max(e for _, e in spans)}"


@dataclass(frozen=True)
class FindingDecision:
    id: str
    label: str
    start: int
    end: int
    decision: Action
    by: str
    tool_action: str | None = None
    text_sha256: str | None = None


@dataclass(frozen=True)
class ManualAddition:
    id: str
    start: int
    end: int
    text_sha256: str
    label: str = MANUAL_LABEL
    note: str = ""


@dataclass(frozen=True)
class DrawnRegion:
    """A box drawn on the image of an OCR'd page (page numbers from 1)."""

    id: str
    page: int
    box: tuple[int, int, int, int]
    image_sha256: str


@dataclass
class Decisions:
    """A parsed, validated decisions.json."""

    document_sha256: str
    reviewer: str
    time: str
    findings: dict[str, FindingDecision] = field(default_factory=dict)
    manual: list[ManualAddition] = field(default_factory=list)
    generalisations: dict[str, str] = field(default_factory=dict)
    regions: list[DrawnRegion] = field(default_factory=list)
    document_name: str | None = None
    policy_name: str | None = None
    sha256: str = ""

    @property
    def human(self) -> list[FindingDecision]:
        return [d for d in self.findings.values() if d.by == "human"]


# -- reading -------------------------------------------------------------------

def _need(cond: bool, message: str) -> None:
    if not cond:
        raise DecisionsError(f"判断ファイルの形式が正しくありません: {message}")


def _int(value: Any, where: str) -> int:
    _need(isinstance(value, int) and not isinstance(value, bool) and value >= 0, f"{where} は0以上の整数です")
    return value


def parse_decisions(data: Any, *, sha256: str = "") -> Decisions:
    """Validate the JSON object of a decisions file."""
    _need(isinstance(data, dict), "JSONオブジェクトではありません")
    _need(data.get("format") == FORMAT, f"format が '{FORMAT}' ではありません")
    _need(data.get("version") == VERSION, f"version {data.get('version')!r} には対応していません（{VERSION} のみ）")
    doc = data.get("document")
    _need(isinstance(doc, dict) and isinstance(doc.get("sha256"), str) and bool(_HEX64.match(doc["sha256"])),
          "document.sha256 がありません")
    reviewer = data.get("reviewer")
    _need(isinstance(reviewer, str) and reviewer.strip() != "", "reviewer（確認者名）が空です")
    time = data.get("time")
    _need(isinstance(time, str) and time != "", "time がありません")
    out = Decisions(document_sha256=doc["sha256"], reviewer=reviewer.strip(), time=time,
                    document_name=doc.get("name"), policy_name=(data.get("policy") or {}).get("name"),
                    sha256=sha256)
    findings = data.get("findings", [])
    _need(isinstance(findings, list), "findings は配列です")
    for i, item in enumerate(findings):
        where = f"findings[{i}]"
        _need(isinstance(item, dict), f"{where} はオブジェクトです")
        fid = item.get("id")
        _need(isinstance(fid, str) and fid != "", f"{where}.id がありません")
        _need(item.get("decision") in (MASK, KEEP, REVIEW), f"{where}.decision は MASK / KEEP / REVIEW です")
        by = item.get("by", "human")
        _need(by in ("human", "tool"), f"{where}.by は human / tool です")
        _need(not (by == "human" and item["decision"] == REVIEW), f"{where}: 確認者の判断は MASK か KEEP です")
        start, end = _int(item.get("start"), f"{where}.start"), _int(item.get("end"), f"{where}.end")
        _need(start < end, f"{where}: start < end ではありません")
        label = item.get("label")
        _need(isinstance(label, str) and label != "", f"{where}.label がありません")
        h = item.get("text_sha256")
        _need(h is None or (isinstance(h, str) and bool(_HEX64.match(h))), f"{where}.text_sha256 が不正です")
        _need(fid not in out.findings, f"{where}: id {fid} が重複しています")
        out.findings[fid] = FindingDecision(fid, label, start, end, item["decision"], by,
                                            item.get("tool_action"), h)
    manual = data.get("manual", [])
    _need(isinstance(manual, list), "manual は配列です")
    for i, item in enumerate(manual):
        where = f"manual[{i}]"
        _need(isinstance(item, dict), f"{where} はオブジェクトです")
        start, end = _int(item.get("start"), f"{where}.start"), _int(item.get("end"), f"{where}.end")
        _need(start < end, f"{where}: start < end ではありません")
        h = item.get("text_sha256")
        _need(isinstance(h, str) and bool(_HEX64.match(h)), f"{where}.text_sha256 がありません")
        label = item.get("label") or MANUAL_LABEL
        _need(label in ALL_LABELS or label == MANUAL_LABEL, f"{where}.label '{label}' は未知の種別です")
        out.manual.append(ManualAddition(str(item.get("id") or f"M{i + 1}"), start, end, h, label,
                                         str(item.get("note") or "")))
    gens = data.get("generalisations", [])
    _need(isinstance(gens, list), "generalisations は配列です")
    for i, item in enumerate(gens):
        where = f"generalisations[{i}]"
        _need(isinstance(item, dict) and isinstance(item.get("id"), str), f"{where}.id がありません")
        _need(item.get("decision") in ("accept", "reject"), f"{where}.decision は accept / reject です")
        out.generalisations[item["id"]] = item["decision"]
    regions = data.get("regions", [])
    _need(isinstance(regions, list), "regions は配列です")
    for i, item in enumerate(regions):
        where = f"regions[{i}]"
        _need(isinstance(item, dict), f"{where} はオブジェクトです")
        page = _int(item.get("page"), f"{where}.page")
        _need(page >= 1, f"{where}.page は1以上です")
        box = item.get("box")
        _need(isinstance(box, list) and len(box) == 4, f"{where}.box は [x0, y0, x1, y1] です")
        x0, y0, x1, y1 = (_int(v, f"{where}.box") for v in box)
        _need(x0 < x1 and y0 < y1, f"{where}.box の大きさが0です")
        h = item.get("image_sha256")
        _need(isinstance(h, str) and bool(_HEX64.match(h)), f"{where}.image_sha256 がありません")
        out.regions.append(DrawnRegion(str(item.get("id") or f"D{i + 1}"), page, (x0, y0, x1, y1), h))
    return out


def load_decisions(path: str | Path) -> Decisions:
    """Read and validate a decisions.json file."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DecisionsError(f"判断ファイルを読めません: {path}（{exc.strerror or exc}）") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DecisionsError(f"判断ファイルがJSONとして読めません: {path}（{exc}）") from exc
    return parse_decisions(data, sha256=hashlib.sha256(raw).hexdigest())


# -- applying ------------------------------------------------------------------

@dataclass
class Applied:
    """Findings after the reviewer's decisions, and what is needed to mask and audit them.

    ``overrides`` maps a span to its generalised text (72歳 -> 70代) for
    ``apply_masks``; ``human`` holds the ids of findings a person decided;
    ``records`` are audit records for decisions that are not one finding
    (generalisations accepted or rejected, decisions that matched nothing).
    """

    findings: list[Finding]
    overrides: dict[tuple[int, int], str] = field(default_factory=dict)
    human: dict[str, dict[str, Any]] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _human(f: Finding, action: Action, why: str, reviewer: str) -> Finding:
    attrs = {**f.attributes, "decided_by": "human",
             "tool_action": f.attributes.get("tool_action", f.action)}
    return replace(f, action=action, attributes=attrs,
                   reason=f"{f.reason} → 確認者の判断: {_ACTION_NAME[action]}（{why}、{reviewer}）")


def check_document(decisions: Decisions, text: str) -> None:
    """Refuse decisions made on another text."""
    actual = sha256_text(text)
    if actual != decisions.document_sha256:
        name = f"「{decisions.document_name}」" if decisions.document_name else ""
        raise DecisionsError(
            f"判断ファイル{name}は別の文書（または修正前の文書）に対するものです"
            f"（文書のSHA-256 {actual[:12]}… ≠ 判断ファイル {decisions.document_sha256[:12]}…）。"
            "修正後の文書でレポートを作り直して確認してください")


def _generalise(findings: list[Finding], subjects: list[Any], decisions: Decisions, text: str,
                threshold: float, applied: Applied) -> list[Finding]:
    by_id = {subject_id(s): s for s in subjects if getattr(s, "spans", None)}
    for sid, choice in decisions.generalisations.items():
        subject = by_id.get(sid)
        if subject is None or not getattr(subject, "suggestion", None):
            applied.warnings.append(f"一般化の判断 {sid} に当たる再識別リスクがありません（無視しました）")
            applied.records.append({"type": "decision", "decided_by": "human", "kind": "generalisation",
                                    "subject": sid, "decision": choice, "applied": False,
                                    "reviewer": decisions.reviewer})
            continue
        applied.records.append({"type": "decision", "decided_by": "human", "kind": "generalisation",
                                "subject": sid, "decision": choice, "applied": True,
                                "suggestion": list(subject.suggestion), "reviewer": decisions.reviewer})
        if choice != "accept":
            continue  # its attributes stay REVIEW: masked unless the reviewer keeps them one by one
        repl = {(s, e): g for s, e, g in generalize(text, findings, [subject])}
        settles = subject.k_after is not None and subject.k_after >= threshold
        members = {(f.start, f.end, f.label) for f in subject.findings}
        for i, f in enumerate(findings):
            if (f.start, f.end, f.label) not in members:
                continue
            if (f.start, f.end) in repl:
                applied.overrides[(f.start, f.end)] = repl[(f.start, f.end)]
                findings[i] = _human(f, MASK, f"一般化を採用「{repl[(f.start, f.end)]}」", decisions.reviewer)
            elif settles:
                findings[i] = _human(f, KEEP, "一般化を採用（他の属性の一般化で k が閾値以上）", decisions.reviewer)
            applied.human[finding_id(findings[i])] = {"kind": "generalisation", "subject": sid}
    return findings


def _manual(findings: list[Finding], manual: list[ManualAddition], decisions: Decisions, text: str,
            applied: Applied) -> list[Finding]:
    for m in manual:
        if m.end > len(text):
            raise DecisionsError(f"手動追加 {m.id} の範囲 {m.start}-{m.end} が文書の長さ {len(text)} を超えています")
        if sha256_text(text[m.start:m.end]) != m.text_sha256:
            raise DecisionsError(f"手動追加 {m.id} の範囲 {m.start}-{m.end} の文字列が判断ファイルと一致しません")
        # Findings inside or across the stretch are masked too: the reviewer
        # asked for the whole stretch to disappear, whatever the tool said.
        pieces = [(m.start, m.end)]
        for i, f in enumerate(findings):
            if f.start < m.end and m.start < f.end:
                if f.action != MASK:
                    findings[i] = _human(f, MASK, f"手動追加 {m.id} の範囲に含まれる", decisions.reviewer)
                    applied.human[finding_id(findings[i])] = {"kind": "manual_overlap", "manual": m.id}
                pieces = [p for a, b in pieces for p in ((a, min(b, f.start)), (max(a, f.end), b)) if p[0] < p[1]]
        for a, b in pieces:
            if not text[a:b].strip():
                continue
            f = Finding(label=m.label, start=a, end=b, text=text[a:b], score=1.0, recognizer="human",
                        action=MASK, reason=f"確認者が非公開に指定（手動追加 {m.id}、{decisions.reviewer}）",
                        attributes={"decided_by": "human", "tool_action": None, "manual_id": m.id})
            findings.append(f)
            applied.human[finding_id(f)] = {"kind": "manual", "manual": m.id}
    return sorted(findings, key=lambda f: (f.start, f.end))


def decide(result_or_findings: Any, decisions: Decisions, text: str, *, policy: Any = None) -> Applied:
    """Apply ``decisions`` to a ``Result`` (or a list of findings) of ``text``.

    Order: accepted generalisations, then the reviewer's MASK/KEEP on each
    finding (a person's explicit word wins over a generalisation), then
    manual additions (which mask whatever they cover).
    """
    check_document(decisions, text)
    if isinstance(result_or_findings, list):
        findings, subjects = list(result_or_findings), []
    else:
        findings, subjects = list(result_or_findings.findings), list(getattr(result_or_findings, "risk", []))
    applied = Applied(findings=[])
    _, threshold = risk_settings(policy)
    findings = _generalise(findings, subjects, decisions, text, threshold, applied)
    index = {finding_id(f): i for i, f in enumerate(findings)}
    orphans: list[ManualAddition] = []
    for d in decisions.human:
        i = index.get(d.id)
        if i is None:
            if d.end <= len(text) and d.decision == MASK and (
                    d.text_sha256 is None or sha256_text(text[d.start:d.end]) == d.text_sha256):
                # The tool no longer reports it (another profile or version):
                # the reviewer's MASK still stands, as a manual addition would.
                orphans.append(ManualAddition(d.id, d.start, d.end, sha256_text(text[d.start:d.end]),
                                              d.label if d.label in ALL_LABELS else MANUAL_LABEL))
                continue
            applied.warnings.append(f"判断 {d.id}（{_ACTION_NAME[d.decision]}）に当たる検出がありません（無視しました）")
            applied.records.append({"type": "decision", "decided_by": "human", "kind": "finding", "id": d.id,
                                    "decision": d.decision, "applied": False, "reviewer": decisions.reviewer})
            continue
        f = findings[i]
        findings[i] = _human(f, d.decision, "個別の判断", decisions.reviewer)
        applied.overrides.pop((f.start, f.end), None)  # an explicit MASK hides it whole
        applied.human[d.id] = {"kind": "finding"}
    findings = _manual(findings, orphans + decisions.manual, decisions, text, applied)
    for r in decisions.regions:  # painted by the PDF writer (ocr_pages.attach_drawn); audited here
        applied.records.append({"type": "decision", "decided_by": "human", "kind": "region", "id": r.id,
                                "page": r.page, "box": list(r.box), "reviewer": decisions.reviewer})
    applied.findings = findings
    applied.overrides = {span: t for span, t in applied.overrides.items()
                         if any((f.start, f.end) == span and f.action == MASK for f in findings)}
    return applied


def apply_decisions(result_or_findings: Any, decisions: Decisions | dict | str | Path, text: str,
                    *, policy: Any = None) -> list[Finding]:
    """The findings of ``text`` after a reviewer's decisions (see ``decide``).

    ``decisions`` may be a ``Decisions``, its JSON object, or a path.
    Raises ``DecisionsError`` when the file is for another document.
    """
    return decide(result_or_findings, as_decisions(decisions), text, policy=policy).findings


def as_decisions(decisions: Decisions | dict | str | Path) -> Decisions:
    if isinstance(decisions, Decisions):
        return decisions
    if isinstance(decisions, dict):
        return parse_decisions(decisions)
    return load_decisions(decisions)


# -- masking and the audit log -------------------------------------------------

def audit_with_decisions(records: list[dict[str, Any]], applied: Applied,
                         decisions: Decisions, key: Any,
                         hidden: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The audit records re-chained with each human decision marked apart.

    Every finding record gets ``decided_by`` (``tool`` or ``human``); a
    human one also gets ``tool_action`` (what the tool had said) and the
    reviewer. The header names the decisions file (its SHA-256), the
    reviewer and the review time. A generalisation decision's suggestion
    quotes the values it generalises: the ``hidden`` ones are withheld.
    ``key`` chains the records (see ``build_records``).
    """
    scrub = Scrubber(hidden)
    plain = [{k: v for k, v in r.items() if k not in ("seq", "prev")} for r in records
             if r.get("type") != "end"]
    header, rest = plain[0], plain[1:]
    header["decisions"] = {"sha256": decisions.sha256 or None, "reviewer": decisions.reviewer,
                           "time": decisions.time, "human_decisions": len(applied.human)}
    out = []
    for rec in rest:
        if rec.get("type") == "finding":
            attrs = dict(rec.get("attributes") or {})
            by = attrs.pop("decided_by", "tool")
            tool_action = attrs.pop("tool_action", None)
            attrs.pop("manual_id", None)
            if attrs:
                rec["attributes"] = attrs
            else:
                rec.pop("attributes", None)
            rec["decided_by"] = by
            if by == "human":
                rec["tool_action"] = tool_action
                rec["reviewer"] = decisions.reviewer
                rec["decision"] = applied.human.get(f"{rec['label']}:{rec['start']}-{rec['end']}", {}).get("kind")
        out.append(rec)
    decided = []
    for rec in applied.records:
        if isinstance(rec.get("suggestion"), list):
            rec = {**rec, "suggestion": [scrub(str(step)) for step in rec["suggestion"]]}
        decided.append(rec)
    return build_records(header, out + decided, key)


def _settle_subjects(result: Result, decisions: Decisions, applied: Applied, policy: Policy) -> None:
    """A high subject a person has dealt with is no longer an open risk:
    ``generalised`` when its accepted generalisation lifts k over the
    threshold, ``reviewed`` when a person decided each of its attributes."""
    _, threshold = risk_settings(policy)
    human = {finding_id(f) for f in applied.findings if f.attributes.get("decided_by") == "human"}
    for subject in result.risk:
        if subject.level != "high":
            continue
        sid = subject_id(subject)
        if (decisions.generalisations.get(sid) == "accept" and subject.k_after is not None
                and subject.k_after >= threshold):
            subject.level = "generalised"
        elif all(finding_id(f) in human for f in subject.findings):
            subject.level = "reviewed"


def _recheck_output(redactor: Any, text: str, result: Any, applied: Applied, join_lines: bool) -> None:
    """Read the decided output again, as ``mask --generalize`` does, and
    escalate what still reads high: an accepted generalisation computed for
    one subject can leave another attribute (or the same one, grouped anew)
    singling the person out. A value the reviewer chose to keep is never
    overruled; a subject that reads high only through such values is counted
    in ``result.residual_high`` so the run ends "review", not "ok"."""
    kept = [(f.start, f.end) for f in result.findings
            if f.action == KEEP and f.attributes.get("decided_by") == "human"
            and applied.human.get(finding_id(f), {}).get("kind") == "finding"]  # flipped to KEEP by the reviewer
    if not applied.overrides and not any(f.action == KEEP and f.attributes.get("decided_by") == "human"
                                         for f in result.findings):
        return  # nothing a person made visible: the output is the tool's own, whose REVIEW values stay masked

    def frozen(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in kept)

    result.findings, overrides, result.residual_high = redactor.close_output(
        text, result.findings, applied.overrides, join_lines, frozen=frozen)
    applied.overrides.clear()
    applied.overrides.update(overrides)


def redact_with_decisions(redactor: Any, text: str, decisions: Decisions | dict | str | Path,
                          *, source: str | None = None, join_lines: bool = True, known: Any = ()) -> Any:
    """``Redactor.redact`` with a reviewer's decisions applied: the masked
    text, the findings as decided, and an audit log marking each human
    decision apart from the tool's own (``decided_by``). ``join_lines`` and
    ``known`` (a PDF's covered text, OCR's uncertain characters) as for
    ``Redactor.check``: the review page read the document the same way."""
    decisions = as_decisions(decisions)
    check_document(decisions, text)  # before any work: the wrong file must fail fast
    result = redactor.check(text, join_lines=join_lines, known=known)
    applied = decide(result, decisions, text, policy=redactor.policy)
    result.findings = applied.findings
    _settle_subjects(result, decisions, applied, redactor.policy)
    _recheck_output(redactor, text, result, applied, join_lines)
    result.text, result.replacements = apply_masks(text, result.findings, redactor.policy.style,
                                                   redactor.policy.review_output, applied.overrides)
    hidden = [v for r in result.replacements for v in (r.finding.text, text[r.start:r.end])] \
        if not redactor.include_text_in_audit else []
    result.audit = audit_with_decisions(redactor.audit_records(result, source=source), applied, decisions,
                                        redactor.audit_key, hidden)
    result.warnings = applied.warnings
    return result
