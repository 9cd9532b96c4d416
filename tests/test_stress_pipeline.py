"""The real pipeline on a small seeded stress sample, category by category.

Every category must reach RECALL_BAR (and KEEP categories stay at or under
OVERMASK_BAR), except the known gaps below, which must not fall under the
figure measured when this test was written: a regression guard, not a
target. The lead tightens KNOWN_GAPS (or deletes entries) once fixes land;
a category that now clears the bar should leave the dict.
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
KNOWN_GAPS = {
    "name_sep_space": 0.8,          # 8/10
    "name_sep_two_spaces": 0.0,     # 0/11
    "name_linebreak": 0.0,          # 0/10
    "name_table_tab": 0.952,        # 20/21
    "name_reading": 0.625,          # 5/8
    "romaji": 0.285,                # 4/14
    "cjk_name": 0.5,                # 6/12
    "katakana_name": 0.857,         # 12/14
    "rare_surname": 0.615,          # 8/13
    "one_char_surname": 0.692,      # 9/13
    "hiragana_given": 0.692,        # 9/13
    "katakana_given": 0.769,        # 10/13
    "word_given": 0.75,             # 9/12
    "community_role": 0.31,         # 9/29
    "phone_linebreak": 0.0,         # 0/8
    "address_chome": 0.857,         # 12/14
    "address_room": 0.583,          # 7/12
    "address_aza": 0.7,             # 7/10
    "address_kyoto": 0.6,           # 3/5
    "address_regional": 0.8,        # 12/15
    "address_linebreak": 0.0,       # 0/5
    "birth_date_table": 0.0,        # 0/37
    "account_bank": 0.75,           # 3/4
}
# KEEP category: over-masking measured on this sample (a ceiling, same idea).
KNOWN_OVERMASK = {
    "address_public_keep": 0.375,   # 3/8 facility addresses masked
}


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
