"""The roster suite (``redactor generate-suite --kind rosters``): tables of
private persons and lists of residents with community posts.

First the generator itself (same seed, same documents; every span points at
its value; every category turns up; private persons MASK, officials KEEP),
then the real pipeline on a small seeded sample, category by category, as
in ``test_stress_pipeline.py``: every category must reach RECALL_BAR, except
the known gaps below, held at the level measured when this test was written
minus a small margin (a regression guard, not a target; a category that
clears the bar should leave the dict). Print the figures of the sample with
    .venv/bin/python tests/test_generated_suite_rosters.py
"""
import math
import re
from functools import lru_cache

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.evaluation import predictions_for, score_by_category
from redactor.pipeline import Redactor
from redactor.stress import generate
from redactor.stress.rosters import LAYOUTS, ROSTER_CATEGORIES, ROSTER_KEEP, ROSTER_KINDS, generate_rosters

SEED, DOCS = 11, 107  # 80 before office_table took a quarter of the documents
RECALL_BAR = 0.97
OVERMASK_BAR = 0.08
MARGIN = 0.02

# category: recall measured on this sample minus MARGIN (found/gold in the comment), default profile.
KNOWN_GAPS = {
    "table_one_char_surname": 0.88,   # 9/10
    "table_word_surname": 0.917,      # 15/16
    "table_cell_wrapped": 0.871,      # 66/74: the given name on the next line under the column
    "list_name_post": 0.923,          # 84/89: X（梅ヶ丘・民生委員）
    # (the sample grew to 107 documents when office_table joined; these three were met at 80
    # and leak the same kinds at 107: none is a table layout the recognizers changed for)
    "table_zenkaku_wide": 0.944,      # 17/18: an address cell wrapped onto the name's row
    "table_birth_date": 0.952,        # 20/21: Ｓ１．４．２６ in full-width digits
    "list_numbered": 0.963,           # 80/83: a word or one-character surname after ②, 3）
    # table_birth_date, table_romaji_upper, list_place_post and list_post_colon now clear the bar
    # (old dates in a named row, capitals under a name column, 区長/班長/会長 of residents)
}


def test_the_same_seed_gives_the_same_documents_and_the_default_suite_is_untouched():
    assert generate_rosters(5, 12) == generate_rosters(5, 12)
    assert generate_rosters(5, 12) != generate_rosters(6, 12)
    assert generate_rosters(5, 12)[:4] == generate_rosters(5, 4)
    ids = {d["id"] for d in generate(5, 10)}
    assert all(i.startswith("stress-5-") for i in ids)   # the default suite has no roster documents


def test_every_span_points_at_its_value_and_has_the_right_action():
    for doc in generate_rosters(3, 40):
        assert doc["kind"] in ROSTER_KINDS and doc["id"].startswith("roster-3-")
        for sp in doc["spans"]:
            value = doc["text"][sp["start"]:sp["end"]]
            assert value and value == value.strip(" 　\t"), (doc["id"], sp)
            assert "\n" not in value and "│" not in value and "┃" not in value and "|" not in value
            assert sp["category"] in ROSTER_CATEGORIES
            assert sp["action"] == ("KEEP" if sp["category"] in ROSTER_KEEP else "MASK")
            if sp["label"] == "PERSON":   # titles, posts and honorifics stay outside the span
                assert not value.endswith(("様", "氏", "長", "員", "各")), value
        spans = sorted((sp["start"], sp["end"]) for sp in doc["spans"])
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), doc["id"]


def test_every_category_and_layout_turns_up_in_a_small_sample():
    docs = generate_rosters(1, 40)
    seen = {sp["category"] for d in docs for sp in d["spans"]}
    assert set(ROSTER_CATEGORIES) <= seen, set(ROSTER_CATEGORIES) - seen
    layouts = {sp.get("layout") for d in docs for sp in d["spans"]}
    assert set(LAYOUTS) <= layouts


def test_the_variations_are_written_as_their_category_says():
    texts: dict[str, list[str]] = {}
    for doc in generate_rosters(2, 60):
        for sp in doc["spans"]:
            line_start = doc["text"].rfind("\n", 0, sp["start"]) + 1
            line_end = doc["text"].find("\n", sp["end"])
            texts.setdefault(sp["category"], []).append(doc["text"][line_start:line_end])
    assert all("\t" in line for line in texts["table_tab"])
    assert all(line.startswith("|") and line.endswith("|") for line in texts["table_markdown"])
    assert all(line[0] in "│┃" for line in texts["table_ruled"])
    assert all("\t" not in line and "　　" in line for line in texts["table_zenkaku_wide"])
    assert all(re.search(r"株式会社|有限会社|合同会社", line) for line in texts["table_contractor_staff"])
    assert all(re.search(r"の各氏|ほか|外|氏が|氏から", line) for line in texts["list_kakushi"])
    assert all("様" in line for line in texts["list_bullet_sama"])
    assert all(re.search(r"[:：]", line) for line in texts["list_post_colon"])


def test_the_cli_writes_the_roster_suite(tmp_path):
    out = tmp_path / "rosters.jsonl"
    r = CliRunner().invoke(cli, ["generate-suite", "--kind", "rosters", "--seed", "4", "--docs", "6", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").count("\n") == 6 and '"roster-4-0000"' in out.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _by_category() -> dict:
    docs = {d["id"]: d for d in generate_rosters(SEED, DOCS)}
    return score_by_category(docs, predictions_for(Redactor(), docs))


def test_the_sample_has_every_category():
    assert set(_by_category()) == set(ROSTER_CATEGORIES)


@pytest.mark.parametrize("category", [c for c in ROSTER_CATEGORIES if c not in ROSTER_KEEP])
def test_recall_per_category(category):
    d = _by_category()[category]
    floor = KNOWN_GAPS.get(category, RECALL_BAR)
    assert d["recall"] >= floor - 1e-9, f"{category}: recall {d['found']}/{d['gold']} under {floor}"


@pytest.mark.parametrize("category", sorted(ROSTER_KEEP))
def test_over_masking_per_keep_category(category):
    assert _by_category()[category]["over_masking"] <= OVERMASK_BAR


def test_known_gaps_name_real_categories():
    assert set(KNOWN_GAPS) <= set(ROSTER_CATEGORIES) - ROSTER_KEEP


def measured() -> str:
    """KNOWN_GAPS as measured now (minus MARGIN), ready to paste in."""
    lines = []
    for c in ROSTER_CATEGORIES:
        d = _by_category()[c]
        if d["gold"] and d["recall"] < RECALL_BAR:
            floor = math.floor((d["recall"] - MARGIN) * 1000) / 1000
            lines.append(f'    "{c}": {floor},'.ljust(38) + f"# {d['found']}/{d['gold']}")
    return "KNOWN_GAPS = {\n" + "\n".join(lines) + "\n}"


if __name__ == "__main__":
    print(measured())
