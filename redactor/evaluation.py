"""Scoring against gold JSONL (``spec/gold-format.md``).

The definitions are those of the reference scorer ``shared/tools/score.py``
and must agree with it to the digit (tests check a worked example; the
``--predictions`` file of ``redactor eval`` can be fed to the reference):

- a gold span is *covered* when MASK or REVIEW findings cover >= 90% of
  its characters (REVIEW blocks publication, so it counts);
- leak rate: share of MASK gold characters not covered;
- recall: share of MASK and REVIEW gold spans covered;
- precision: share of the tool's MASK/REVIEW findings that overlap a MASK
  or REVIEW gold span;
- over-masking: share of KEEP gold spans touched by a MASK/REVIEW finding.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

COVER = 0.9


from redactor.errors import GoldError  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


def load_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """Documents of a JSONL file keyed by ``id``."""
    docs: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{n}: JSONとして読めません: {exc}") from exc
                if "id" not in doc:
                    raise GoldError(f"{path}:{n}: id がありません")
                docs[doc["id"]] = doc
    except OSError as exc:
        raise GoldError(f"{path}: 読めません: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: UTF-8 ではありません") from exc
    return docs


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def _covered(span: tuple[int, int], marks: list[list[int]]) -> int:
    s, e = span
    return sum(max(0, min(e, me) - max(s, ms)) for ms, me in marks)


def _merge(intervals: Iterable[tuple[int, int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, Any]:
    """Per-label and overall figures, and risk-group figures when gold has groups."""
    lab: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    tot: dict[str, int] = defaultdict(int)
    risk: dict[str, int] = defaultdict(int)
    for doc_id, g in gold.items():
        p = pred.get(doc_id, {"findings": []})
        acted = [f for f in p.get("findings", []) if f.get("action") in ("MASK", "REVIEW")]
        masked = _merge((f["start"], f["end"]) for f in acted if f["action"] == "MASK")
        marks = _merge((f["start"], f["end"]) for f in acted)
        spans = g.get("spans", [])
        tot["documents"] += 1
        tot["characters"] += len(g["text"])
        for sp in spans:
            label, action, n = sp["label"], sp["action"], sp["end"] - sp["start"]
            c = _covered((sp["start"], sp["end"]), marks)
            hit = c >= COVER * n
            if action in ("MASK", "REVIEW"):
                lab[label]["gold"] += 1
                lab[label]["found"] += hit
                tot["gold"] += 1
                tot["found"] += hit
            if action == "MASK":
                lab[label]["mask_chars"] += n
                lab[label]["leak_chars"] += n - min(n, c)
                masked_c = min(n, _covered((sp["start"], sp["end"]), masked))
                lab[label]["flag_only_chars"] += max(0, min(n, c) - masked_c)
                tot["mask_chars"] += n
                tot["leak_chars"] += n - min(n, c)
            if action == "KEEP":
                lab[label]["keep"] += 1
                lab[label]["keep_hit"] += c > 0
                tot["keep"] += 1
                tot["keep_hit"] += c > 0
        sensitive = [(sp["start"], sp["end"], sp["label"]) for sp in spans
                     if sp["action"] in ("MASK", "REVIEW")]
        for f in acted:
            s, e = f["start"], f["end"]
            ok = [L for gs, ge, L in sensitive if min(e, ge) > max(s, gs)]
            tot["marks"] += 1
            tot["marks_ok"] += bool(ok)
            label = ok[0] if ok else f.get("label", "?")
            lab[label]["marks"] += 1
            lab[label]["marks_ok"] += bool(ok)
        preds = [r for r in p.get("risk", []) if r.get("level") == "high"]
        for grp in g.get("risk", []):
            gspans = [(spans[i]["start"], spans[i]["end"]) for i in grp["span_ids"] if i < len(spans)]
            risk["high_groups" if grp["level"] == "high" else "low_groups"] += 1
            hit = any(
                sum(any(min(ge, pe) > max(gs, ps) for ps, pe in r.get("spans", [])) for gs, ge in gspans)
                >= max(1, (len(gspans) + 1) // 2)
                for r in preds
            )
            risk["high_found" if grp["level"] == "high" else "low_flagged_high"] += hit
        if g.get("risk"):
            risk["high_after_generalize"] += p.get("high_after_generalize", 0)
    labels = {}
    for label, d in sorted(lab.items()):
        labels[label] = {
            "gold": d["gold"], "found": d["found"], "recall": _ratio(d["found"], d["gold"]),
            "precision": _ratio(d["marks_ok"], d["marks"]),
            "leak_rate": _ratio(d["leak_chars"], d["mask_chars"]),
            "flag_only_share": _ratio(d["flag_only_chars"], d["mask_chars"]),
            "keep": d["keep"], "over_masking": _ratio(d["keep_hit"], d["keep"]),
        }
    out: dict[str, Any] = {
        "documents": tot["documents"], "characters": tot["characters"],
        "overall": {
            "leak_rate": _ratio(tot["leak_chars"], tot["mask_chars"]),
            "recall": _ratio(tot["found"], tot["gold"]),
            "precision": _ratio(tot["marks_ok"], tot["marks"]),
            "over_masking": _ratio(tot["keep_hit"], tot["keep"]),
        },
        "labels": labels,
    }
    if risk:
        out["risk"] = {**{k: risk.get(k, 0) for k in ("high_groups", "high_found", "low_groups", "low_flagged_high",
                                                      "high_after_generalize")},
                       "recall": _ratio(risk["high_found"], risk["high_groups"])}
    return out


def predictions_for(redactor, gold: dict[str, dict], progress=None) -> dict[str, dict]:
    """Run ``redactor`` over every gold document: predictions in the reference format."""
    pred: dict[str, dict] = {}
    for doc_id, doc in gold.items():
        result = redactor.check(doc["text"])
        entry: dict[str, Any] = {"id": doc_id, "findings": [
            {"start": f.start, "end": f.end, "label": f.label, "action": f.action}
            for f in result.findings]}
        if result.risk:
            entry["risk"] = [s.to_prediction() for s in result.risk]
        if any(s.level == "high" for s in result.risk):
            # the third figure: what ``mask --generalize`` leaves high
            generalised = redactor.redact(doc["text"], generalize=True).text
            entry["high_after_generalize"] = sum(s.level == "high" for s in redactor.check(generalised).risk)
        pred[doc_id] = entry
        if progress:
            progress(1)
    return pred


def format_table(report: dict[str, Any]) -> str:
    """A plain-text table of the figures, one label per line."""
    def f(v: float | None) -> str:
        return "   -  " if v is None else f"{v:6.3f}"
    o = report["overall"]
    lines = [
        f"documents {report['documents']}, characters {report['characters']}",
        f"overall: leak {f(o['leak_rate'])}  recall {f(o['recall'])}  precision {f(o['precision'])}  "
        f"over-masking {f(o['over_masking'])}",
        f"{'label':<16}{'gold':>6}{'found':>6}{'recall':>8}{'leak':>8}{'prec':>8}{'keep':>6}{'overm':>8}",
    ]
    for label, d in report["labels"].items():
        lines.append(f"{label:<16}{d['gold']:>6}{d['found']:>6}{f(d['recall']):>8}{f(d['leak_rate']):>8}"
                     f"{f(d['precision']):>8}{d['keep']:>6}{f(d['over_masking']):>8}")
    if "risk" in report:
        r = report["risk"]
        lines.append(f"risk: high groups found {r['high_found']}/{r['high_groups']} (recall {f(r['recall'])}), "
                     f"low groups flagged high {r['low_flagged_high']}/{r['low_groups']}, "
                     f"high subjects left after --generalize {r.get('high_after_generalize', 0)}")
    return "\n".join(lines)


def score_by_category(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, dict[str, Any]]:
    """Figures per gold ``category`` (an extra span key the stress suite writes).

    A category says which writing variation a span exercises (a name after a
    full-width space, a phone number broken over two lines); recall per
    category tells which habits the tool misses, which per-label figures
    average away. Coverage is decided exactly as in ``score``; spans without
    a category are not counted here (they still count in ``score``).
    """
    cat: dict[str, dict[str, Any]] = {}
    for doc_id, g in gold.items():
        p = pred.get(doc_id, {"findings": []})
        acted = [f for f in p.get("findings", []) if f.get("action") in ("MASK", "REVIEW")]
        marks = _merge((f["start"], f["end"]) for f in acted)
        for sp in g.get("spans", []):
            name = sp.get("category")
            if not name:
                continue
            d = cat.setdefault(name, {"labels": set(), "gold": 0, "found": 0, "mask_chars": 0, "leak_chars": 0,
                                      "keep": 0, "keep_hit": 0})
            d["labels"].add(sp["label"])
            action, n = sp["action"], sp["end"] - sp["start"]
            c = _covered((sp["start"], sp["end"]), marks)
            if action in ("MASK", "REVIEW"):
                d["gold"] += 1
                d["found"] += c >= COVER * n
            if action == "MASK":
                d["mask_chars"] += n
                d["leak_chars"] += n - min(n, c)
            if action == "KEEP":
                d["keep"] += 1
                d["keep_hit"] += c > 0
    return {name: {"labels": sorted(d["labels"]), "gold": d["gold"], "found": d["found"],
                   "recall": _ratio(d["found"], d["gold"]), "leak_rate": _ratio(d["leak_chars"], d["mask_chars"]),
                   "keep": d["keep"], "over_masking": _ratio(d["keep_hit"], d["keep"])}
            for name, d in sorted(cat.items())}


def format_category_table(by_category: dict[str, dict[str, Any]], order: Iterable[str] = ()) -> str:
    """One line per category: recall and leak on MASK/REVIEW spans, over-masking on KEEP spans.

    ``order`` lists categories to show first, in that order (the generator's
    own order groups names, numbers and addresses); the rest follow sorted."""
    def f(v: float | None) -> str:
        return "   -  " if v is None else f"{v:6.3f}"
    first = [c for c in order if c in by_category]
    names = first + [c for c in by_category if c not in first]
    lines = [f"{'category':<22}{'label':<12}{'gold':>6}{'found':>6}{'recall':>8}{'leak':>8}{'keep':>6}{'overm':>8}"]
    for name in names:
        d = by_category[name]
        lines.append(f"{name:<22}{'/'.join(d['labels']):<12}{d['gold']:>6}{d['found']:>6}{f(d['recall']):>8}"
                     f"{f(d['leak_rate']):>8}{d['keep']:>6}{f(d['over_masking']):>8}")
    return "\n".join(lines)


def score_risk_by_category(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, dict[str, Any]]:
    """Risk-group figures per gold group ``category`` (the generated risk
    suite writes the pattern and layout, ``area_two/turn``, or ``control_*``).

    Why: one risk recall averages away which ways of spreading attributes
    (over speaker turns, a household as the subject) the tool misses. A
    group counts as found exactly as in ``score``: some high prediction
    overlaps at least half of its spans. Groups without a category are skipped."""
    out: dict[str, dict[str, Any]] = {}
    for doc_id, g in gold.items():
        spans = g.get("spans", [])
        preds = [r for r in pred.get(doc_id, {}).get("risk", []) if r.get("level") == "high"]
        for grp in g.get("risk", []):
            name = grp.get("category")
            if not name:
                continue
            gspans = [(spans[i]["start"], spans[i]["end"]) for i in grp["span_ids"] if i < len(spans)]
            hit = any(
                sum(any(min(ge, pe) > max(gs, ps) for ps, pe in r.get("spans", [])) for gs, ge in gspans)
                >= max(1, (len(gspans) + 1) // 2)
                for r in preds
            )
            d = out.setdefault(name, {"level": grp["level"], "groups": 0, "flagged_high": 0})
            d["groups"] += 1
            d["flagged_high"] += hit
    for d in out.values():
        d["rate"] = _ratio(d["flagged_high"], d["groups"])
    return dict(sorted(out.items()))
