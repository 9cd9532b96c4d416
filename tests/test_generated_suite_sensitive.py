"""The SENSITIVE suite (``redactor generate-suite --kind sensitive``): the
statutory classes of 要配慮個人情報 written as a verb, a nominal sentence, a
bullet, a field, a table cell, a quoted remark or in everyday words, beside
statements about a programme or statistics that must stay visible.

First the generator itself (same seed, same documents; every span points at
its value; every category and class turns up), then the real pipeline on a
seeded sample, category by category, as in ``test_generated_suite_rosters``:
every category must reach RECALL_BAR except the known gaps below, held at
the level measured when this test was written minus a small margin (a
regression guard, not a target). Print the figures of the sample with
    python tests/test_generated_suite_sensitive.py
"""
import math
from functools import lru_cache

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.evaluation import predictions_for, score_by_category
from redactor.pipeline import Redactor
from redactor.stress.sensitive import CATEGORIES, CLASSES, FORMS, KEEP_CATEGORIES, KINDS, generate_sensitive

SEED, DOCS = 11, 80
RECALL_BAR = 0.95
OVERMASK_BAR = 0.05
MARGIN = 0.03

# category: recall measured on this sample minus MARGIN (found/gold in the comment), default profile.
# (measured after prose facts were tied to their person, 0.12.0: cells of health-check values and
# proceedings, bullets under a person's heading and the nominal sentences are the gaps)
KNOWN_GAPS: dict[str, float] = {
    "sens_verb": 0.785,               # 22/27
    "sens_nominal_sentence": 0.488,   # 14/27
    "sens_bullet": 0.44,              # 24/51
    "sens_field": 0.695,              # 37/51
    "sens_cell": 0.406,               # 38/87
    "sens_quote": 0.822,              # 23/27
    "sens_plain": 0.754,              # 29/37
}
# general statements flagged (over-masking) measured on this sample plus MARGIN, where above the bar
KNOWN_OVERMASK: dict[str, float] = {
    "general_statistics": 0.227,
}


def test_the_same_seed_gives_the_same_documents():
    assert generate_sensitive(5, 12) == generate_sensitive(5, 12)
    assert generate_sensitive(5, 12) != generate_sensitive(6, 12)
    assert generate_sensitive(5, 12)[:4] == generate_sensitive(5, 4)


def test_every_span_points_at_its_value_and_has_the_right_action():
    for doc in generate_sensitive(3, 40):
        assert doc["kind"] in KINDS and doc["id"].startswith("sensitive-3-")
        for sp in doc["spans"]:
            value = doc["text"][sp["start"]:sp["end"]]
            assert value and value == value.strip(" 　\t") and "\n" not in value, (doc["id"], sp)
            assert sp["category"] in CATEGORIES
            assert sp["action"] == ("KEEP" if sp["category"] in KEEP_CATEGORIES else "MASK")
            if sp["category"].startswith("sens_"):
                assert sp["label"] == "SENSITIVE" and sp["class"] in CLASSES
        spans = sorted((sp["start"], sp["end"]) for sp in doc["spans"])
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), doc["id"]


def test_every_category_form_and_class_turns_up_in_a_small_sample():
    docs = generate_sensitive(1, 60)
    spans = [sp for d in docs for sp in d["spans"]]
    assert set(CATEGORIES) <= {sp["category"] for sp in spans}
    assert {f"sens_{f}" for f in FORMS} <= {sp["category"] for sp in spans}
    assert set(CLASSES) <= {sp.get("class") for sp in spans}


def test_cells_are_cells_and_quotes_are_quoted():
    for doc in generate_sensitive(2, 60):
        text = doc["text"]
        for sp in doc["spans"]:
            if sp["category"] == "sens_cell":
                assert text[sp["start"] - 1] == "\t" and text[sp["end"]] == "\t"
            if sp["category"] == "sens_quote":
                assert text[sp["start"] - 1] == "「" and text[sp["end"]] == "」"


def test_the_cli_writes_the_sensitive_suite(tmp_path):
    out = tmp_path / "sensitive.jsonl"
    r = CliRunner().invoke(cli, ["generate-suite", "--kind", "sensitive", "--seed", "4", "--docs", "6", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").count("\n") == 6 and '"sensitive-4-0000"' in out.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _by_category() -> dict:
    docs = {d["id"]: d for d in generate_sensitive(SEED, DOCS)}
    return score_by_category(docs, predictions_for(Redactor(), docs))


@pytest.mark.parametrize("category", [c for c in CATEGORIES if c not in KEEP_CATEGORIES])
def test_recall_per_category(category):
    d = _by_category()[category]
    floor = KNOWN_GAPS.get(category, RECALL_BAR)
    assert d["recall"] >= floor - 1e-9, f"{category}: recall {d['found']}/{d['gold']} under {floor}"


@pytest.mark.parametrize("category", sorted(KEEP_CATEGORIES))
def test_general_statements_are_seldom_flagged(category):
    ceiling = KNOWN_OVERMASK.get(category, OVERMASK_BAR)
    assert _by_category()[category]["over_masking"] <= ceiling + 1e-9


def test_known_gaps_name_real_categories():
    assert set(KNOWN_GAPS) <= set(CATEGORIES) - KEEP_CATEGORIES
    assert set(KNOWN_OVERMASK) <= KEEP_CATEGORIES


def measured() -> str:
    """KNOWN_GAPS and KNOWN_OVERMASK as measured now (with MARGIN), ready to paste in."""
    lines, over = [], []
    for c in CATEGORIES:
        d = _by_category()[c]
        if c in KEEP_CATEGORIES:
            if d["over_masking"] is not None and d["over_masking"] > OVERMASK_BAR:
                over.append(f'    "{c}": {math.ceil((d["over_masking"] + MARGIN) * 1000) / 1000},')
        elif d["gold"] and d["recall"] < RECALL_BAR:
            floor = math.floor((d["recall"] - MARGIN) * 1000) / 1000
            lines.append(f'    "{c}": {floor},'.ljust(38) + f"# {d['found']}/{d['gold']}")
    return ("KNOWN_GAPS = {\n" + "\n".join(lines) + "\n}\nKNOWN_OVERMASK = {\n" + "\n".join(over) + "\n}")


if __name__ == "__main__":
    print(measured())
