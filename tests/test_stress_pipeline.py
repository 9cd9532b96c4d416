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
KNOWN_GAPS = {
    "name_sep_space": 0.888,        # 8/9
    "name_sep_zenkaku": 0.818,      # 9/11
    "name_sep_two_spaces": 0.0,     # 0/8
    "name_linebreak": 0.0,          # 0/17
    "honorific_san": 0.916,         # 11/12
    "name_field": 0.962,            # 26/27
    "name_table_tab": 0.954,        # 21/22
    "name_list": 0.935,             # 29/31
    "name_reading": 0.625,          # 5/8
    "romaji": 0.083,                # 1/12
    "cjk_name": 0.714,              # 10/14
    "katakana_name": 0.692,         # 9/13
    "rare_surname": 0.75,           # 9/12
    "one_char_surname": 0.571,      # 8/14
    "hiragana_given": 0.785,        # 11/14
    "katakana_given": 0.785,        # 11/14
    "word_given": 0.846,            # 11/13
    "community_role": 0.333,        # 9/27
    "phone_home": 0.571,            # 4/7
    "phone_linebreak": 0.0,         # 0/8
    "phone_fullwidth": 0.75,        # 6/8
    "phone_mobile": 0.857,          # 6/7
    "address_chome": 0.857,         # 12/14
    "address_room": 0.571,          # 8/14
    "address_aza": 0.625,           # 5/8
    "address_kyoto": 0.75,          # 3/4
    "address_regional": 0.857,      # 12/14
    "address_linebreak": 0.0,       # 0/6
    "birth_date_abbrev": 0.5,       # 2/4
    "birth_date_table": 0.0,        # 0/37
    "account_bank": 0.25,           # 1/4
}
# KEEP category: over-masking measured on this sample (a ceiling, same idea).
KNOWN_OVERMASK = {
    "address_public_keep": 0.375,   # 3/8 masked or flagged
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
