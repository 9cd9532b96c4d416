"""Scoring follows the gold-format definitions (worked by hand) and agrees
with the reference scorer when the evaluation data is beside the checkout."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.evaluation import score

GOLD = {"d1": {"id": "d1", "text": "x" * 100, "spans": [
    {"start": 0, "end": 10, "label": "PERSON", "action": "MASK"},
    {"start": 20, "end": 30, "label": "PERSON", "action": "KEEP"},
    {"start": 40, "end": 50, "label": "PHONE", "action": "MASK"},
    {"start": 60, "end": 70, "label": "SECURITY_DETAIL", "action": "REVIEW"},
]}}


def test_worked_example():
    pred = {"d1": {"id": "d1", "findings": [
        {"start": 0, "end": 9, "label": "PERSON", "action": "MASK"},      # 90%: covered
        {"start": 20, "end": 22, "label": "PERSON", "action": "REVIEW"},  # touches KEEP: over-masking
        {"start": 40, "end": 45, "label": "PHONE", "action": "MASK"},     # 50%: not covered
        {"start": 60, "end": 70, "label": "SECURITY_DETAIL", "action": "REVIEW"},
        {"start": 80, "end": 85, "label": "PERSON", "action": "KEEP"},    # KEEP: ignored
    ]}}
    r = score(GOLD, pred)
    o = r["overall"]
    assert o["leak_rate"] == pytest.approx((1 + 5) / 20)
    assert o["recall"] == pytest.approx(2 / 3)
    assert o["precision"] == pytest.approx(3 / 4)
    assert o["over_masking"] == 1.0
    assert r["labels"]["PERSON"]["recall"] == 1.0
    assert r["labels"]["PHONE"]["leak_rate"] == 0.5


def test_review_only_coverage_is_reported_as_flag_only():
    pred = {"d1": {"id": "d1", "findings": [{"start": 0, "end": 10, "label": "PERSON", "action": "REVIEW"}]}}
    assert score(GOLD, pred)["labels"]["PERSON"]["flag_only_share"] == 1.0


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(),
                    reason="evaluation data (../shared) is not beside this checkout")
def test_eval_agrees_with_reference_scorer(tmp_path):
    gold = tmp_path / "gold.jsonl"
    docs = [json.loads(l) for l in (SHARED / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:6]]
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    run = CliRunner().invoke(cli, ["eval", str(gold), "--json", "--predictions", str(pred)])
    assert run.exit_code == 0, run.output
    ours = json.loads(run.output)
    ref = json.loads(subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(pred)],
                                    capture_output=True, text=True, check=True).stdout)
    assert ours["overall"] == ref["overall"]
    assert ours["labels"] == ref["labels"]
    if "risk" in ref:
        for key, value in ref["risk"].items():
            assert ours["risk"][key] == value


def test_risk_figures_include_what_generalisation_leaves_high():
    from redactor.evaluation import predictions_for
    from redactor.pipeline import Redactor
    text = ("３　事故の概要\n令和6年3月21日午前8時頃、さくら台市桜町二丁目地内の市道において、"
            "相手方（当時67歳・男性・自営業）の自家用車に公用車が接触したもの。\n")
    gold = {"r1": {"id": "r1", "text": text, "spans": [
        {"start": text.index("令和"), "end": text.index("午前"), "label": "DATE", "action": "KEEP"},
        {"start": text.index("67歳"), "end": text.index("67歳") + 3, "label": "AGE", "action": "KEEP"}],
        "risk": [{"level": "high", "span_ids": [0, 1]}]}}
    pred = predictions_for(Redactor(), gold)
    assert pred["r1"]["high_after_generalize"] == 0      # the accident is generalised away
    report = score(gold, pred)
    assert report["risk"]["high_found"] == 1 and report["risk"]["high_after_generalize"] == 0
    pred["r1"]["high_after_generalize"] = 2               # a tool that left two high subjects
    assert score(gold, pred)["risk"]["high_after_generalize"] == 2
