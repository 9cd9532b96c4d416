"""The generated re-identification suite: seeded, valid gold, and scored by
the evaluation's risk figures (high groups found, controls flagged high)."""
from collections import defaultdict

from redactor.evaluation import predictions_for, score, score_risk_by_category
from redactor.pipeline import Redactor
from redactor.stress.risk_scenarios import generate


def test_the_same_seed_gives_the_same_suite_and_another_seed_another():
    assert list(generate(5, seed=3)) == list(generate(5, seed=3))
    assert list(generate(5, seed=3)) != list(generate(5, seed=4))


def test_groups_point_at_labelled_spans_inside_the_text():
    for doc in generate(30, seed=11):
        assert doc["risk"] and {g["level"] for g in doc["risk"]} <= {"high", "low"}
        for g in doc["risk"]:
            for i in g["span_ids"]:
                sp = doc["spans"][i]
                assert 0 <= sp["start"] < sp["end"] <= len(doc["text"]) and sp["label"] != "PERSON"


# Share of groups flagged high per pattern on the seeded sample below, measured
# when the harder patterns and vocabulary (旧〇〇村, 町内会〇班, 同月〇日, a household
# as the subject, attributes over speaker turns, hypotheticals and public events
# as controls) were added: floors for high patterns, ceilings for controls. A
# regression guard, not a target; the lead tightens them as detection improves.
# Tightened when imagined persons, answers that name no one and the described
# kinds (旧〇〇村, 〇〇の県営住宅, 〇〇の仕事をしている) were read (issue 13).
HIGH_FLOOR = {"area_two": 0.875, "dated_incident": 1.0, "event_no_year": 1.0, "household_across": 0.9,
              "origin_across": 1.0, "rare_trait": 1.0, "school_incident": 1.0, "table_row": 0.862,
              "work_described": 0.888}
LOW_CEILING = {}


def _by_pattern() -> dict[str, list[int]]:
    gold = {d["id"]: d for d in generate(80, seed=2026)}
    agg: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cat, d in score_risk_by_category(gold, predictions_for(Redactor(), gold)).items():
        agg[cat.split("/")[0]][0] += d["flagged_high"]
        agg[cat.split("/")[0]][1] += d["groups"]
    return agg


def test_high_subjects_are_found_and_controls_stay_low_on_a_seeded_sample():
    agg = _by_pattern()
    assert set(HIGH_FLOOR) | set(LOW_CEILING) <= set(agg)
    for pattern, (hit, n) in agg.items():
        if pattern.startswith("control_"):
            assert hit / n <= LOW_CEILING.get(pattern, 0.1) + 1e-9, (pattern, hit, n)
        else:
            assert hit / n >= HIGH_FLOOR[pattern] - 1e-9, (pattern, hit, n)


def test_every_group_names_its_pattern_and_the_harder_patterns_spread_attributes():
    docs = list(generate(120, seed=5))
    cats = {g["category"] for d in docs for g in d["risk"]}
    for pattern in ("household_across", "work_described", "origin_across", "event_no_year",
                    "control_hypothetical", "control_public_event", "table_row"):
        assert any(c.split("/")[0] == pattern for c in cats), pattern
    # the patterns said across sentences never put every attribute in one sentence
    across = [c for c in cats if c.split("/")[0] in ("household_across", "origin_across", "event_no_year")]
    assert across and all(c.split("/")[1] in ("sentences", "turn", "paragraphs", "multi_turn", "interleaved") for c in across)
    for d in docs:
        for g in d["risk"]:
            if g["category"].startswith("household_across"):
                assert g["subject"] in ("世帯", "御家庭", "一家", "申請世帯", "相談世帯")


def test_score_risk_by_category_counts_a_group_as_score_does():
    doc = {"id": "r1", "text": "字北原の70代の一人暮らしの方", "spans": [
        {"start": 0, "end": 3, "label": "PLACE", "action": "KEEP"},
        {"start": 4, "end": 7, "label": "AGE", "action": "KEEP"},
        {"start": 8, "end": 13, "label": "FAMILY", "action": "KEEP"}],
        "risk": [{"subject": "方", "span_ids": [0, 1, 2], "level": "high", "why": "-", "category": "area_two/one"}]}
    half = {"r1": {"findings": [], "risk": [{"level": "high", "spans": [[0, 3], [4, 7]]}]}}
    one = {"r1": {"findings": [], "risk": [{"level": "high", "spans": [[0, 3]]}]}}
    assert score_risk_by_category({"r1": doc}, half)["area_two/one"]["flagged_high"] == 1
    assert score_risk_by_category({"r1": doc}, one)["area_two/one"]["flagged_high"] == 0   # 1 of 3 is under half
    assert score({"r1": doc}, one)["risk"]["high_found"] == 0 and score({"r1": doc}, half)["risk"]["high_found"] == 1


def test_eval_by_category_reports_risk_groups_per_category(tmp_path):
    import json as _json

    from click.testing import CliRunner

    from redactor.cli.main import cli
    suite = tmp_path / "risk.jsonl"
    suite.write_text("".join(_json.dumps(d, ensure_ascii=False) + "\n" for d in generate(6, seed=3)), encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", str(suite), "--by-category", "--json"])
    report = _json.loads(out.output)
    cats = report["risk_by_category"]
    assert any(name.startswith("control_") and d["level"] == "low" for name, d in cats.items())
    assert sum(d["groups"] for d in cats.values()) == sum(len(d["risk"]) for d in generate(6, seed=3))
    # without --by-category the overall figures come alone
    plain = _json.loads(CliRunner().invoke(cli, ["eval", str(suite), "--json"]).output)
    assert "risk_by_category" not in plain
