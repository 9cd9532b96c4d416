"""The generated security suite: deterministic per seed, every span points
at its value, every category and phrasing turns up in a small sample, and
the tool holds each category at >= 0.95 recall with <= 5% of the general
statements flagged (a small seeded sample: fast)."""
import json

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.evaluation import predictions_for, score_by_category
from redactor.pipeline import Redactor
from redactor.stress.security import CATEGORIES, KEEP_CATEGORIES, KINDS, LINEBREAK, PHRASINGS, generate_security

LABELS = {"SECURITY_DETAIL", "DATA_CENTER", "NETWORK", "CREDENTIAL",
          "ORG"}  # (a vendor's name opening a detail: kept visible, as annotators keep it)


def test_the_same_seed_gives_the_same_documents_and_another_seed_others():
    assert generate_security(5, 10) == generate_security(5, 10)
    assert generate_security(5, 10) != generate_security(6, 10)


def test_every_span_points_at_its_value_and_is_well_formed():
    for doc in generate_security(3, 40):
        assert doc["kind"] in KINDS and doc["id"].startswith("security-3-")
        for sp in doc["spans"]:
            value = doc["text"][sp["start"]:sp["end"]]
            assert value and value == value.strip(" 　\n"), (doc["id"], sp)
            # only a statement in a report laid out as a PDF page is broken by a line end
            # (and an address re-typed with a line end after one of its dots: net_spoken_ip)
            assert "\n" not in value or (sp["category"] == LINEBREAK and doc["kind"] == "report_pdf") \
                or sp["category"] == "net_spoken_ip", (doc["id"], sp)
            assert sp["label"] in LABELS and sp["category"] in CATEGORIES
            assert sp["action"] == "KEEP" if sp["category"] in KEEP_CATEGORIES else sp["action"] in ("MASK", "REVIEW")
            assert not value.endswith(("ところでございます", "のではないか", "。")) or sp["action"] == "KEEP"
        spans = sorted((sp["start"], sp["end"]) for sp in doc["spans"])
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), doc["id"]


def test_every_category_and_phrasing_appears_in_a_small_sample():
    docs = generate_security(1, 60)
    assert {sp["category"] for d in docs for sp in d["spans"]} == set(CATEGORIES)
    assert {sp.get("phrasing") for d in docs for sp in d["spans"]} - {None} == set(PHRASINGS)


def test_phrasings_are_written_as_they_say():
    for doc in generate_security(2, 40):
        text = doc["text"]
        for sp in doc["spans"]:
            # (a PDF page's line ends read away)
            after = text[sp["end"]:sp["end"] + 14].replace("\n", "") if doc["kind"] == "report_pdf" \
                else text[sp["end"]:sp["end"] + 12]
            before = text[max(0, sp["start"] - 3):sp["start"]]
            if sp.get("phrasing") == "polite":
                assert "でございます" in after
            elif sp.get("phrasing") == "question":
                assert after.startswith("のではない")
            elif sp.get("phrasing") == "bullet" and not before.endswith("が"):   # (…会社が: a vendor opens it)
                assert before.endswith(("・", "）", "－　")) and (sp["start"] < 4 or "\n" in text[sp["start"] - 5:sp["start"]])


def test_generate_suite_kind_security_writes_the_security_generator_output(tmp_path):
    out = tmp_path / "security.jsonl"
    run = CliRunner().invoke(cli, ["generate-suite", "--kind", "security", "--seed", "4", "--docs", "3", "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()] == generate_security(4, 3)


@pytest.fixture(scope="module")
def sample_figures():
    # (a quarter are PDF pages of statements only; 120, not 100, since the two control themes of
    # session 19 thinned each general category below the 10 statements its share is read over)
    gold = {d["id"]: d for d in generate_security(11, 120)}
    pred = predictions_for(Redactor(), gold)
    by_cat = score_by_category(gold, pred)
    by_phrasing = score_by_category(
        {i: {**d, "spans": [{**sp, "category": sp.get("phrasing")} for sp in d["spans"]]} for i, d in gold.items()},
        pred)
    return by_cat, by_phrasing


# Controls named with everyday words (委託業者, 研修, 障害が起き, 自家発電)
# count only with a system word in the same line, the line before or the
# bulleted list around them (道路工事の委託業者 is no control). The suite
# draws each turn's control at random, so a turn often follows one on
# another topic: these stay below 0.95 by design and are held at 0.85 (in a
# 300-document run: 0.90-0.97).
CONTEXT_GATED = frozenset({"sec_supplier", "sec_awareness", "sec_incident_response", "sec_continuity"})


# The harder categories added later (a nickname with no brackets, a region
# only, a floor and room, a site's address, weaknesses in everyday words,
# drill dates, partner media, end-of-support versions) and the phrasings
# they pull down: the recall measured on this sample when they were added, a
# floor a change must not fall under (a regression guard, not a target; the
# lead raises or deletes an entry once detection improves).
KNOWN_GAPS: dict[str, float] = {}
# (all of them at 1.0 on this sample since floors and cages, bare site names,
# operator buildings, neighbours, table cells, passages on security, carried
# disks, plain admissions and end-of-support products are read: issue 12)
# General statements flagged on this sample (a ceiling, same idea).
KNOWN_OVERMASK: dict[str, float] = {}   # (general_schedule: 訓練は毎年度… is no schedule now)


def test_each_category_and_phrasing_is_found_at_095(sample_figures):
    by_cat, by_phrasing = sample_figures
    low = {c: round(f["recall"], 3) for c, f in {**by_cat, **by_phrasing}.items()
           if f["recall"] is not None
           and f["recall"] < KNOWN_GAPS.get(c, 0.85 if c in CONTEXT_GATED else 0.95) - 1e-9}
    assert not low, low


def test_general_statements_are_rarely_flagged(sample_figures):
    by_cat, _ = sample_figures
    for c in KEEP_CATEGORIES - {"keep_vendor"}:
        ceiling = KNOWN_OVERMASK.get(c, 0.05)
        assert by_cat[c]["keep"] >= 10 and by_cat[c]["over_masking"] <= ceiling + 1e-9, (c, by_cat[c])
    # a vendor's name opening a detail is left out of the detail's span (too few in the sample for a share)
    assert by_cat.get("keep_vendor", {}).get("over_masking") in (None, 0.0), by_cat.get("keep_vendor")


def test_harder_security_categories_are_written_as_they_say():
    spans = [(d, sp, d["text"][sp["start"]:sp["end"]]) for d in generate_security(9, 60) for sp in d["spans"]]
    by_cat: dict[str, list[tuple[dict, dict, str]]] = {}
    for item in spans:
        by_cat.setdefault(item[1]["category"], []).append(item)
    assert all(any(ch.isdigit() for ch in v) for _, _, v in by_cat["sec_end_of_support"])   # a version
    assert all(sp["action"] == "REVIEW" for _, sp, _ in by_cat["dc_region_only"])          # a hint: a person decides
    assert all(sp["label"] == "DATA_CENTER" and sp["action"] == "KEEP" for _, sp, _ in by_cat["general_site"])
    assert all("「" not in v and "」" not in v for _, _, v in by_cat["dc_nickname_bare"])
    assert all(("階" in v or "F" in v or "区画" in v or "ラック" in v) for _, _, v in by_cat["dc_floor_room"])
    # the plan is a tab table whose cells hold the details
    cells = [sp for d, sp, _ in spans if d["kind"] == "plan" and sp.get("phrasing") == "table"]
    assert cells and all(d["text"][sp["start"] - 1] == "\t" for d, sp, _ in spans if sp in cells)


def test_issue12_categories_are_written_as_they_say():
    """Model numbers in Latin script, PINs read out in kana, card numbers and
    pupils' accounts with digits, default IDs in lower case, and the measures
    every municipality states kept (KEEP)."""
    spans = [(sp, d["text"][sp["start"]:sp["end"]]) for d in generate_security(9, 80) for sp in d["spans"]]
    by_cat: dict[str, list[tuple[dict, str]]] = {}
    for sp, v in spans:
        by_cat.setdefault(sp["category"], []).append((sp, v))
    assert all(any(c.isascii() and c.isalpha() for c in v) and any(c.isdigit() for c in v)
               for _, v in by_cat["sec_model_firmware"])
    assert all(not v.isascii() and all("\u3041" <= c <= "\u30ff" for c in v) for _, v in by_cat["cred_pinword"])
    assert all(any(c.isdigit() for c in v) for _, v in by_cat["cred_card"] + by_cat["cred_pupil"])
    assert all(v.isascii() and v.islower() for _, v in by_cat["cred_default"])
    assert all(sp["action"] == "KEEP" for sp, _ in by_cat["general_measure"])


def test_session20_categories_are_written_as_they_say():
    """Operational rooms name what they hold, places machines are put in are
    followed by the machines, spoken addresses are broken or in kanji, and a
    default's value follows its default word; the operational general
    statements are KEEP and DATA_CENTER."""
    spans = [(sp, d["text"], d["text"][sp["start"]:sp["end"]]) for d in generate_security(9, 120) for sp in d["spans"]]
    by_cat: dict[str, list[tuple[dict, str, str]]] = {}
    for item in spans:
        by_cat.setdefault(item[0]["category"], []).append(item)
    rooms = ("監視室", "電気室", "指令室", "中継局", "ラック", "機械室")
    assert all(v.endswith(rooms) for _, _, v in by_cat["dc_operational"])
    assert all(t[sp["end"]:sp["end"] + 12].startswith("に") for sp, t, _ in by_cat["dc_equipment_place"])
    assert all(" " in v or "\n" in v or "・" in v for _, _, v in by_cat["net_spoken_ip"])
    assert all(any(w in t[max(0, sp["start"] - 8):sp["start"]] for w in ("初期設定", "出荷時"))
               for sp, t, _ in by_cat["cred_default_value"])
    assert all(sp["label"] == "DATA_CENTER" and sp["action"] == "KEEP" for sp, _, _ in by_cat["general_operational"])
