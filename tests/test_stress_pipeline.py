"""The real pipeline on a small seeded stress sample, category by category.

Every category must reach RECALL_BAR (and KEEP categories stay at or under
OVERMASK_BAR), except the known gaps below, which must not fall under the
figure measured when this test was written: a regression guard, not a
target. The lead tightens KNOWN_GAPS (or deletes entries) once fixes land;
a category that now clears the bar should leave the dict.

The sample is fixed by SEED, so a change to the generator (frames, word
lists) redraws it: then print the figures again and paste them in,
    .venv/bin/python tests/test_stress_pipeline.py
"""
from functools import lru_cache

import pytest

from redactor.evaluation import predictions_for, score_by_category
from redactor.pipeline import Redactor
from redactor.stress import CATEGORIES, KEEP_CATEGORIES, generate

SEED, DOCS = 11, 60   # about one second through the pipeline
RECALL_BAR = 0.97
OVERMASK_BAR = 0.08

# category: recall measured on this sample (found/gold in the comment), default profile.
# Re-measured after the session's detection work (every other category is at
# 0.97 or more); each entry is a floor a change must not fall below.
KNOWN_GAPS = {
    # re-measured after the session's PERSON, address and phone work: the
    # others of the harder kinds now clear the bar and left the dict
    "name_after_relation": 0.947,   # 18/19 (父の純一も: a given name joined by の, left: 健康 and 愛 are given names too)
    "name_cell_break": 0.75,        # 6/8 (redrawn when the staged-assembly kind joined the generator)
}
# KEEP category: over-masking measured on this sample (a ceiling, same idea).
KNOWN_OVERMASK: dict[str, float] = {}


@lru_cache(maxsize=1)
def _by_category() -> dict:
    docs = {d["id"]: d for d in generate(SEED, DOCS)}
    return score_by_category(docs, predictions_for(Redactor(), docs))


def test_the_sample_has_every_category():
    assert set(_by_category()) == set(CATEGORIES)


@pytest.mark.parametrize("category", [c for c in CATEGORIES if c not in KEEP_CATEGORIES])
def test_recall_per_category(category):
    d = _by_category()[category]
    floor = KNOWN_GAPS.get(category, RECALL_BAR)
    assert d["recall"] >= floor - 1e-9, f"{category}: recall {d['found']}/{d['gold']} under {floor}"


@pytest.mark.parametrize("category", sorted(KEEP_CATEGORIES))
def test_over_masking_per_keep_category(category):
    d = _by_category()[category]
    ceiling = KNOWN_OVERMASK.get(category, OVERMASK_BAR)
    assert d["over_masking"] <= ceiling + 1e-9, f"{category}: over-masking {d['over_masking']:.3f} over {ceiling}"


def test_known_gaps_name_real_categories():
    assert set(KNOWN_GAPS) <= set(CATEGORIES) - KEEP_CATEGORIES
    assert set(KNOWN_OVERMASK) <= KEEP_CATEGORIES


def measured() -> str:
    """KNOWN_GAPS and KNOWN_OVERMASK as measured now, ready to paste in."""
    import math
    gaps, over = [], []
    for c, d in _by_category().items():
        if d["gold"] and d["recall"] < RECALL_BAR:
            gaps.append(f'    "{c}": {math.floor(d["recall"] * 1000) / 1000},'.ljust(36) + f"# {d['found']}/{d['gold']}")
        if d["keep"] and d["over_masking"] > OVERMASK_BAR:
            hit = round(d["over_masking"] * d["keep"])
            over.append(f'    "{c}": {math.ceil(d["over_masking"] * 1000) / 1000},'.ljust(36)
                        + f"# {hit}/{d['keep']} masked or flagged")
    order = {c: i for i, c in enumerate(CATEGORIES)}
    gaps.sort(key=lambda l: order[l.split('"')[1]])
    return "KNOWN_GAPS = {\n" + "\n".join(gaps) + "\n}\nKNOWN_OVERMASK = {\n" + "\n".join(over) + "\n}"


if __name__ == "__main__":
    print(measured())
