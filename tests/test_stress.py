"""The generated stress suite: deterministic per seed, every span's offsets
point at its value, every category turns up in a small sample, and
``eval --by-category`` counts what a hand-checked example says."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.data_files import load_toml
from redactor.cli.main import cli
from redactor.evaluation import format_category_table, score, score_by_category
from redactor.stress import CATEGORIES, KEEP_CATEGORIES, KINDS, generate
from redactor.stress.generator import fullwidth, hira_to_kata, kanji_number

LABELS = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "BIRTH_DATE", "AGE", "GOV_ID", "ACCOUNT"}


def test_the_same_seed_gives_the_same_documents_and_another_seed_others():
    assert generate(5, 20) == generate(5, 20)
    assert generate(5, 20) != generate(6, 20)
    assert generate(5, 20)[:7] == generate(5, 7)   # a longer run starts with the shorter one


def test_every_span_points_at_its_value_and_is_well_formed():
    for doc in generate(3, 70):
        text = doc["text"]
        assert doc["kind"] in KINDS and doc["id"].startswith("stress-3-")
        for sp in doc["spans"]:
            value = text[sp["start"]:sp["end"]]
            assert value and value == value.strip(" 　"), (doc["id"], sp)   # no edge blanks in a span
            assert sp["label"] in LABELS and sp["category"] in CATEGORIES
            assert sp["action"] == ("KEEP" if sp["category"] in KEEP_CATEGORIES else "MASK")
        spans = sorted((sp["start"], sp["end"]) for sp in doc["spans"])
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), doc["id"]


def test_titles_and_honorifics_stay_outside_person_spans():
    for doc in generate(4, 70):
        for sp in doc["spans"]:
            if sp["label"] == "PERSON":
                value = doc["text"][sp["start"]:sp["end"]]
                assert not value.endswith(("さん", "様", "氏", "君", "課長", "委員", "市長")), value


def test_every_category_and_kind_appears_in_a_small_sample():
    docs = generate(1, 60)
    seen = {sp["category"] for d in docs for sp in d["spans"]}
    assert set(CATEGORIES) <= seen, set(CATEGORIES) - seen
    assert {d["kind"] for d in docs} == set(KINDS)


def test_variations_are_written_as_their_category_says():
    by_cat: dict[str, list[str]] = {}
    for doc in generate(2, 120):
        for sp in doc["spans"]:
            by_cat.setdefault(sp["category"], []).append(doc["text"][sp["start"]:sp["end"]])
    assert all("\n" in v for v in by_cat["name_linebreak"] + by_cat["phone_linebreak"] + by_cat["address_linebreak"])
    assert all("　" in v for v in by_cat["name_sep_zenkaku"])
    assert all("  " in v or "　　" in v for v in by_cat["name_sep_two_spaces"])
    assert all(any("０" <= c <= "９" for c in v) for v in by_cat["phone_fullwidth"])
    assert all("内線" in v for v in by_cat["phone_office_keep"])
    assert all(v.endswith(".lg.jp") for v in by_cat["email_office_keep"])
    assert all(v.rsplit("@", 1)[1].endswith(("example.jp", "example.com", "example.net", "example.org"))
               for v in by_cat["email_personal"])
    assert all(len(v) == 9 and v[:2].isalpha() and v[2:].isdigit() for v in by_cat["passport"])
    assert any(("上る" in v or "下る" in v or "入" in v or "ル" in v) for v in by_cat["address_kyoto"])
    assert all("条" in v for v in by_cat["address_hokkaido"])


def _my_number_ok(s: str) -> bool:
    d = [int(c) for c in s.translate(str.maketrans("０１２３４５６７８９", "0123456789")) if c.isdigit()]
    total = sum(d[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    return len(d) == 12 and d[11] == (0 if total % 11 <= 1 else 11 - total % 11)


def test_my_numbers_carry_a_valid_check_digit():
    values = [d["text"][sp["start"]:sp["end"]] for d in generate(8, 80) for sp in d["spans"]
              if sp["category"] == "mynumber"]
    assert values and all(_my_number_ok(v) for v in values)
    assert not _my_number_ok("1234 5678 9012")   # 123456789018 would be the valid one


def test_small_helpers():
    assert [kanji_number(n) for n in (1, 10, 12, 20, 63)] == ["一", "十", "十二", "二十", "六十三"]
    assert fullwidth("S63.1") == "Ｓ６３．１" and hira_to_kata("やまだ　たろう") == "ヤマダ　タロウ"


# A hand-checked pair: 0-4 name (4 chars, MASK, name_sep_none), 10-16 name
# (6 chars, MASK, name_linebreak), 20-24 official (KEEP, official_keep),
# 30-42 phone (MASK, phone_linebreak), 50-54 span without a category.
GOLD = {"g": {"id": "g", "text": "x" * 60, "spans": [
    {"start": 0, "end": 4, "label": "PERSON", "action": "MASK", "category": "name_sep_none"},
    {"start": 10, "end": 16, "label": "PERSON", "action": "MASK", "category": "name_linebreak"},
    {"start": 20, "end": 24, "label": "PERSON", "action": "KEEP", "category": "official_keep"},
    {"start": 30, "end": 42, "label": "PHONE", "action": "MASK", "category": "phone_linebreak"},
    {"start": 50, "end": 54, "label": "PERSON", "action": "MASK"},
]}}
PRED = {"g": {"id": "g", "findings": [
    {"start": 0, "end": 4, "label": "PERSON", "action": "MASK"},       # covered
    {"start": 10, "end": 13, "label": "PERSON", "action": "MASK"},     # 3 of 6: missed, 3 chars leak
    {"start": 22, "end": 23, "label": "PERSON", "action": "REVIEW"},   # touches the official
    {"start": 30, "end": 41, "label": "PHONE", "action": "REVIEW"},    # 11 of 12 >= 90%: covered
    {"start": 50, "end": 54, "label": "PERSON", "action": "KEEP"},     # KEEP leaves it visible
]}}


def test_by_category_figures_match_the_hand_count():
    cats = score_by_category(GOLD, PRED)
    assert set(cats) == {"name_sep_none", "name_linebreak", "official_keep", "phone_linebreak"}
    assert cats["name_sep_none"] == {"labels": ["PERSON"], "gold": 1, "found": 1, "recall": 1.0,
                                     "leak_rate": 0.0, "keep": 0, "over_masking": None}
    assert cats["name_linebreak"]["recall"] == 0.0 and cats["name_linebreak"]["leak_rate"] == 0.5
    assert cats["official_keep"]["gold"] == 0 and cats["official_keep"]["over_masking"] == 1.0
    assert cats["official_keep"]["recall"] is None
    assert cats["phone_linebreak"]["recall"] == 1.0 and cats["phone_linebreak"]["leak_rate"] == pytest.approx(1 / 12)
    # the overall figures still count the uncategorised span (and nothing else changes)
    assert score(GOLD, PRED)["overall"]["recall"] == pytest.approx(2 / 4)
    table = format_category_table(cats, CATEGORIES)
    assert table.splitlines()[1].startswith("name_sep_none") and "0.500" in table


def _write(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def test_generate_suite_writes_the_generator_output_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "suite.jsonl"
    run = CliRunner().invoke(cli, ["generate-suite", "--seed", "9", "--docs", "5", "-o", str(out)])
    assert run.exit_code == 0, run.output
    lines = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert lines == generate(9, 5)
    again = CliRunner().invoke(cli, ["generate-suite", "--seed", "10", "--docs", "5", "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    assert [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()] == lines   # untouched
    forced = CliRunner().invoke(cli, ["generate-suite", "--seed", "10", "--docs", "5", "-o", str(out), "--force"])
    assert forced.exit_code == 0 and json.loads(out.read_text(encoding="utf-8").splitlines()[0])["id"] == "stress-10-0000"


def test_generate_suite_help_has_an_example():
    run = CliRunner().invoke(cli, ["generate-suite", "--help"])
    assert run.exit_code == 0 and "redactor generate-suite --seed" in run.output


def test_eval_by_category_adds_a_table_and_a_json_key_without_changing_the_rest(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = "申請者　山田　花子\n電話　090-0000-0000\n"
    _write(gold, [{"id": "a", "text": text, "spans": [
        {"start": 4, "end": 9, "label": "PERSON", "action": "MASK", "category": "name_field"},
        {"start": 13, "end": 26, "label": "PHONE", "action": "MASK", "category": "phone_mobile"}]}])
    plain = json.loads(CliRunner().invoke(cli, ["eval", str(gold), "--json"]).output)
    run = CliRunner().invoke(cli, ["eval", str(gold), "--json", "--by-category"])
    assert run.exit_code == 0, run.output
    data = json.loads(run.output)
    assert set(data["by_category"]) == {"name_field", "phone_mobile"}
    assert {k: v for k, v in data.items() if k != "by_category"} == plain
    table = CliRunner().invoke(cli, ["eval", str(gold), "--by-category"]).output
    assert "category" in table and "phone_mobile" in table
    assert "category" not in CliRunner().invoke(cli, ["eval", str(gold)]).output


def test_pdf_wrapping_breaks_names_but_moves_breaks_out_of_other_values():
    from redactor.stress.generator import _wrap
    text = "xx山田太郎xxtaro@example.jpxx\n短い行"
    spans = [{"start": 2, "end": 6, "label": "PERSON", "action": "MASK", "category": "name_sep_none"},
             {"start": 8, "end": 23, "label": "EMAIL", "action": "MASK", "category": "email_personal"}]
    new, moved = _wrap(text, spans, 4)
    # each line 4 characters from the last break: 4 (inside the name: kept), 8, then 12 falls
    # inside the e-mail, which opens its line: the break goes after it (23); the short line stays whole
    assert new == "xx山田\n太郎xx\ntaro@example.jp\nxx\n短い行"
    assert new[moved[0]["start"]:moved[0]["end"]] == "山田\n太郎" and moved[0]["category"] == "name_linebreak"
    assert new[moved[1]["start"]:moved[1]["end"]] == "taro@example.jp" and moved[1]["category"] == "email_personal"


def test_some_documents_are_wrapped_like_pdf_text():
    docs = generate(1, 80)
    wrapped = [d for d in docs if any("\n" in d["text"][s["start"]:s["end"]] and s["category"] == "name_linebreak"
                                      and d["text"][s["start"]:s["end"]].count("\n") == 1 for s in d["spans"])]
    assert wrapped and any(d["kind"] == "minutes" for d in wrapped)


# the reference scorer sits in shared/ beside the checkout (or beside the worktrees' folder)
SCORE = next((up / "shared" / "tools" / "score.py" for up in Path(__file__).resolve().parents[1:4]
              if (up / "shared" / "tools" / "score.py").exists()), Path("shared/tools/score.py"))


@pytest.mark.skipif(not SCORE.exists(), reason="the reference scorer (../shared) is not beside this checkout")
def test_eval_by_category_keeps_the_reference_figures_on_a_generated_suite(tmp_path):
    gold, pred = tmp_path / "suite.jsonl", tmp_path / "pred.jsonl"
    _write(gold, generate(21, 14))
    run = CliRunner().invoke(cli, ["eval", str(gold), "--json", "--by-category", "--predictions", str(pred)])
    assert run.exit_code == 0, run.output
    ours = json.loads(run.output)
    ref = json.loads(subprocess.run([sys.executable, str(SCORE), str(gold), str(pred)],
                                    capture_output=True, text=True, check=True).stdout)
    assert ours["overall"] == ref["overall"] and ours["labels"] == ref["labels"]
    # per category, the counts add up to the per-label ones
    for label, figures in ref["labels"].items():
        cats = [c for c in ours["by_category"].values() if c["labels"] == [label]]
        assert sum(c["gold"] for c in cats) == figures["gold"]
        assert sum(c["found"] for c in cats) == figures["found"]
        assert sum(c["keep"] for c in cats) == figures["keep"]


def test_generate_suite_to_standard_output_and_bad_counts():
    run = CliRunner().invoke(cli, ["generate-suite", "--seed", "3", "--docs", "2", "-o", "-"])
    assert run.exit_code == 0 and [json.loads(l) for l in run.output.splitlines()] == generate(3, 2)
    assert CliRunner().invoke(cli, ["generate-suite", "--docs", "0", "-o", "-"]).exit_code == 2


def test_harder_variations_are_written_as_their_category_says():
    """The kinds of variations.py: each value stands in the shape its category names."""
    from redactor.stress.variations import VARIANT_CATEGORIES, VARIANT_KINDS
    seen: dict[str, list[tuple[str, str, str]]] = {}
    for doc in generate(8, 100):
        t = doc["text"]
        for sp in doc["spans"]:
            s, e = sp["start"], sp["end"]
            seen.setdefault(sp["category"], []).append((t[max(0, s - 4):s], t[s:e], t[e:e + 12]))
    assert set(VARIANT_CATEGORIES) <= set(seen)
    assert {"hearing", "delivery_form", "roster", "staged_assembly"} == set(VARIANT_KINDS)
    assert all(after.startswith(("参考人", "君）", "さん")) for _, _, after in seen["speaker_private"])
    assert all(after.startswith(("ちゃん", "くん", "君")) for _, _, after in seen["honorific_chan_kun"])
    assert all(after.startswith(("様方", "殿", "　殿", " 殿")) for _, _, after in seen["honorific_katagata"])
    assert all(after.lstrip("　").startswith(("方", "様方", "さん方")) for _, _, after in seen["name_katagaki"])
    assert any("\n" in v for _, v, _ in seen["name_cell_break"])
    assert all(v.replace("　", "").replace(" ", "").isupper() for _, v, _ in seen["romaji_upper_tab"])
    assert all(re.fullmatch(r"[ぁ-ゖァ-ヺー・　 ]+", v) for _, v, _ in seen["reading_in_brackets"])
    assert all(("内線" in v or "ext." in v) for _, v, _ in seen["phone_ext_private"])
    assert all(len(v.split()) >= 2 or "　　" in v for _, v, _ in seen["name_spaced_chars"])   # spread over the column
    assert all(re.fullmatch(r"[ぁ-ゖ　 ]+", v) for _, v, _ in seen["name_hiragana_full"])
    assert all(re.search("[髙﨑齋邊濱澤廣櫻邉國眞嶋冨栁德惠槇]", v) for _, v, _ in seen["variant_kanji_surname"])
    assert all(re.search("[〇一二三四五六七八九]番地", v) for _, v, _ in seen["address_kanji_digits"])
    assert all("丁目" not in v for _, v, _ in seen["address_short"])
    assert all(re.match(r"[^、。\s]*?(長|委員|管理者)", after.replace("\n", "")) for _, _, after in seen["official_title_fused"])
    # a staged assembly's participant stands with a seat's honorific, 議員, or in a list
    assert all(after.startswith(("議員", "君）", "、", "\n")) for _, _, after in seen["staged_assembly_member"])
    nouns = tuple(load_toml("variations.toml", "redactor.stress")["person_nouns"]["words"])
    assert all(after.startswith(nouns) for _, _, after in seen["person_noun_fused"])
    # the fused community post is a private person's (MASK); the fused official title is KEEP
    acts = {sp["category"]: sp["action"] for d in generate(8, 100) for sp in d["spans"]}
    assert acts["community_role_fused"] == "MASK" and acts["official_title_fused"] == "KEEP"
