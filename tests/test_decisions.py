"""decisions.json: validation, the document-hash guard, and applying a
reviewer's decisions (flips, manual additions, generalisations) to a
result, the masked text and the audit log."""
import copy
import json

import pytest

from redactor.audit import AuditKey, sha256_text, verify_chain, dumps
from redactor.decisions import (DecisionsError, apply_decisions, decide, finding_id, load_decisions,
                                parse_decisions, redact_with_decisions, subject_id)
from redactor.pipeline import Redactor

TEXT = ("田中一郎議長が開会を宣言した。\n"
        "申立人の佐々木花子さんの電話番号は090-1234-5678である。\n"
        "相談の経緯は別紙のとおり。\n")
RISKY = "相談者は東町三丁目に住む72歳の女性で、令和5年2月14日に自宅前で転倒し救急搬送された。長女と二人暮らしである。\n"


@pytest.fixture(scope="module")
def redactor():
    return Redactor(profile="default", audit_key=AuditKey(b"test-key", "file"))


def base(text, **extra):
    data = {"format": "redactor-decisions", "version": 1,
            "document": {"sha256": sha256_text(text), "name": "t.txt", "length": len(text)},
            "reviewer": "総務課 試験", "time": "2024-06-01T00:00:00Z",
            "findings": [], "manual": [], "generalisations": []}
    data.update(extra)
    return data


def flip(f, decision, by="human"):
    return {"id": finding_id(f), "label": f.label, "start": f.start, "end": f.end,
            "text_sha256": sha256_text(f.text), "tool_action": f.action, "decision": decision, "by": by}


def manual(text, word, label="MANUAL", mid="M1"):
    s = text.index(word)
    return {"id": mid, "start": s, "end": s + len(word), "label": label, "text_sha256": sha256_text(word)}


def by_text(findings, text):
    (f,) = [f for f in findings if f.text == text]
    return f


# -- validation -----------------------------------------------------------------

@pytest.mark.parametrize("change", [
    lambda d: d.update(format="something-else"),
    lambda d: d.update(version=2),
    lambda d: d["document"].update(sha256="abc"),
    lambda d: d.update(reviewer="  "),
    lambda d: d.pop("time"),
    lambda d: d.update(findings=[{"id": "PERSON:0-4", "label": "PERSON", "start": 0, "end": 4, "decision": "DELETE"}]),
    lambda d: d.update(findings=[{"id": "PERSON:0-4", "label": "PERSON", "start": 0, "end": 4, "decision": "REVIEW", "by": "human"}]),
    lambda d: d.update(findings=[{"id": "PERSON:0-4", "label": "PERSON", "start": 4, "end": 4, "decision": "MASK"}]),
    lambda d: d.update(manual=[{"start": 0, "end": 3}]),
    lambda d: d.update(manual=[{"start": -1, "end": 3, "text_sha256": "0" * 64}]),
    lambda d: d.update(manual=[{"start": 0, "end": 3, "text_sha256": "0" * 64, "label": "NOT_A_LABEL"}]),
    lambda d: d.update(generalisations=[{"id": "risk:0-9", "decision": "maybe"}]),
    lambda d: d.update(findings={"PERSON:0-4": "MASK"}),
])
def test_malformed_files_are_refused_with_a_reason(change):
    data = base(TEXT)
    change(data)
    with pytest.raises(DecisionsError, match="判断ファイル"):
        parse_decisions(data)


def test_a_well_formed_file_parses(tmp_path):
    data = base(TEXT, findings=[{"id": "PERSON:0-4", "label": "PERSON", "start": 0, "end": 4,
                                 "decision": "MASK", "by": "human"}],
                manual=[manual(TEXT, "別紙")])
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    d = load_decisions(path)
    assert d.reviewer == "総務課 試験"
    assert [x.id for x in d.human] == ["PERSON:0-4"]
    assert d.manual[0].start == TEXT.index("別紙") and len(d.sha256) == 64


def test_unreadable_files_are_refused(tmp_path):
    bad = tmp_path / "decisions.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DecisionsError, match="JSON"):
        load_decisions(bad)
    with pytest.raises(DecisionsError, match="読めません"):
        load_decisions(tmp_path / "missing.json")


# -- the document guard ------------------------------------------------------------

def test_decisions_for_another_text_are_refused(redactor):
    edited = TEXT.replace("別紙", "次")
    result = redactor.check(edited)
    with pytest.raises(DecisionsError, match="別の文書"):
        apply_decisions(result, base(TEXT), edited)
    with pytest.raises(DecisionsError, match="別の文書"):
        redact_with_decisions(redactor, edited, base(TEXT))


# -- applying --------------------------------------------------------------------

def test_flips_change_the_action_and_say_who_decided(redactor):
    result = redactor.check(TEXT)
    chair, private = by_text(result.findings, "田中一郎"), by_text(result.findings, "佐々木花子")
    assert (chair.action, private.action) == ("KEEP", "MASK")
    decided = apply_decisions(result, base(TEXT, findings=[flip(chair, "MASK"), flip(private, "KEEP")]), TEXT)
    chair2, private2 = by_text(decided, "田中一郎"), by_text(decided, "佐々木花子")
    assert chair2.action == "MASK" and private2.action == "KEEP"
    assert chair2.attributes["decided_by"] == "human" and chair2.attributes["tool_action"] == "KEEP"
    assert "確認者の判断" in chair2.reason and "総務課 試験" in chair2.reason
    phone = by_text(decided, "090-1234-5678")
    assert phone.action == "MASK" and "decided_by" not in phone.attributes


def test_entries_the_reviewer_left_alone_change_nothing(redactor):
    result = redactor.check(TEXT)
    chair = by_text(result.findings, "田中一郎")
    decided = apply_decisions(result, base(TEXT, findings=[flip(chair, "MASK", by="tool")]), TEXT)
    assert by_text(decided, "田中一郎").action == "KEEP"


def test_a_manual_addition_masks_the_stretch(redactor):
    result = redactor.check(TEXT)
    decided = apply_decisions(result, base(TEXT, manual=[manual(TEXT, "別紙", "PERSON")]), TEXT)
    added = by_text(decided, "別紙")
    assert (added.label, added.action, added.recognizer) == ("PERSON", "MASK", "human")
    assert decided == sorted(decided, key=lambda f: f.start)


def test_a_manual_addition_across_a_finding_masks_the_finding_and_the_rest(redactor):
    result = redactor.check(TEXT)
    decided = apply_decisions(result, base(TEXT, manual=[manual(TEXT, "田中一郎議長")]), TEXT)
    assert by_text(decided, "田中一郎").action == "MASK"  # the tool's KEEP gives way
    assert by_text(decided, "議長").label == "MANUAL"
    spans = sorted((f.start, f.end) for f in decided)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # still no overlaps


@pytest.mark.parametrize("change, message", [
    (lambda m: m.update(text_sha256=sha256_text("別のもの")), "一致しません"),
    (lambda m: m.update(start=len(TEXT) + 1, end=len(TEXT) + 3), "超えています"),
])
def test_a_manual_addition_that_does_not_match_the_text_is_refused(redactor, change, message):
    m = manual(TEXT, "別紙")
    change(m)
    with pytest.raises(DecisionsError, match=message):
        apply_decisions(redactor.check(TEXT), base(TEXT, manual=[m]), TEXT)


def test_a_mask_decision_on_a_finding_the_tool_no_longer_reports_still_masks(redactor):
    s = TEXT.index("経緯")
    orphan = {"id": f"PERSON:{s}-{s + 2}", "label": "PERSON", "start": s, "end": s + 2,
              "text_sha256": sha256_text("経緯"), "decision": "MASK", "by": "human"}
    keep = dict(orphan, id=f"PERSON:{s}-{s + 1}", end=s + 1, text_sha256=None, decision="KEEP")
    applied = decide(redactor.check(TEXT), parse_decisions(base(TEXT, findings=[orphan, keep])), TEXT)
    assert by_text(applied.findings, "経緯").action == "MASK"
    assert any("当たる検出がありません" in w for w in applied.warnings)


def test_applying_twice_gives_the_same_findings(redactor):
    result = redactor.check(TEXT)
    d = parse_decisions(base(TEXT, manual=[manual(TEXT, "別紙")]))
    first = apply_decisions(result, d, TEXT)
    assert apply_decisions(result, d, TEXT) == first


# -- generalisations -----------------------------------------------------------

def test_accepting_a_generalisation_writes_the_coarser_values(redactor):
    result = redactor.check(RISKY)
    (subject,) = [s for s in result.risk if s.level == "high"]
    assert subject.suggestion
    data = base(RISKY, generalisations=[{"id": subject_id(subject), "decision": "accept"}])
    out = redact_with_decisions(redactor, RISKY, data)
    assert "70代" in out.text and "72歳" not in out.text
    assert "東町" in out.text and "三丁目" not in out.text
    records = [r for r in out.audit if r.get("type") == "decision"]
    assert records[0]["decision"] == "accept" and records[0]["applied"] is True
    assert [s.level for s in out.risk] == ["generalised"]  # no longer an open risk for mask's exit code


def test_rejecting_a_generalisation_leaves_the_attributes_for_review(redactor):
    result = redactor.check(RISKY)
    (subject,) = [s for s in result.risk if s.level == "high"]
    data = base(RISKY, generalisations=[{"id": subject_id(subject), "decision": "reject"}])
    out = redact_with_decisions(redactor, RISKY, data)
    assert "72歳" not in out.text and "70代" not in out.text  # REVIEW stays masked (fail closed)
    assert any(f.action == "REVIEW" for f in out.findings)
    assert [s.level for s in out.risk] == ["high"]


def test_a_subject_whose_attributes_were_each_decided_is_reviewed(redactor):
    result = redactor.check(RISKY)
    (subject,) = [s for s in result.risk if s.level == "high"]
    flips = [flip(f, "MASK") for f in result.findings if (f.start, f.end) in subject.spans]
    out = redact_with_decisions(redactor, RISKY, base(RISKY, findings=flips))
    assert [s.level for s in out.risk] == ["reviewed"]
    assert not any(f.action == "REVIEW" for f in out.findings)


def test_a_keep_decision_wins_over_an_accepted_generalisation(redactor):
    result = redactor.check(RISKY)
    (subject,) = [s for s in result.risk if s.level == "high"]
    age = by_text(result.findings, "72歳")
    data = base(RISKY, generalisations=[{"id": subject_id(subject), "decision": "accept"}],
                findings=[flip(age, "KEEP")])
    out = redact_with_decisions(redactor, RISKY, data)
    assert "72歳" in out.text and "70代" not in out.text


# -- the masked output and the audit log ---------------------------------------------

def test_redact_with_decisions_masks_and_audits_human_decisions_apart(redactor):
    result = redactor.check(TEXT)
    chair = by_text(result.findings, "田中一郎")
    data = base(TEXT, findings=[flip(chair, "MASK")], manual=[manual(TEXT, "別紙")])
    out = redact_with_decisions(redactor, TEXT, data, source="t.txt")
    assert "田中一郎" not in out.text and "別紙" not in out.text and "佐々木花子" not in out.text
    assert "［非公開］" in out.text
    assert verify_chain(dumps(out.audit).splitlines(), redactor.audit_key).ok
    header = out.audit[0]
    assert header["decisions"]["reviewer"] == "総務課 試験" and header["decisions"]["human_decisions"] == 2
    findings = [r for r in out.audit if r.get("type") == "finding"]
    human = [r for r in findings if r["decided_by"] == "human"]
    assert sorted((r["label"], r["tool_action"], r["action"]) for r in human) == [
        ("MANUAL", None, "MASK"), ("PERSON", "KEEP", "MASK")]
    assert all(r["reviewer"] == "総務課 試験" for r in human)
    assert all(r["decided_by"] == "tool" and "tool_action" not in r for r in findings if r not in human)
    assert all("decided_by" not in r.get("attributes", {}) for r in findings)
    assert "別紙" not in dumps(out.audit)  # hashes, not text


def test_the_caller_data_is_not_changed(redactor):
    data = base(TEXT, manual=[manual(TEXT, "別紙")])
    before = copy.deepcopy(data)
    redact_with_decisions(redactor, TEXT, data)
    assert data == before


def test_a_decision_that_matches_no_finding_is_said_not_silently_dropped(tmp_path):
    """A reviewer's KEEP for a finding the tool no longer reports is not
    applied: mask says so on stderr and in JSON, and exits 1 (look again)."""
    from click.testing import CliRunner

    from redactor.cli.main import cli

    src = tmp_path / "minutes.txt"
    src.write_text(TEXT, encoding="utf-8")
    stale = {"id": "PERSON:16-18", "label": "PERSON", "start": 16, "end": 18,
             "text_sha256": sha256_text(TEXT[16:18]), "tool_action": "MASK", "decision": "KEEP", "by": "human"}
    for findings, expect_warning in (([stale], True), ([], False)):  # near miss: nothing stale
        path = tmp_path / "decisions.json"
        path.write_text(json.dumps(base(TEXT, findings=findings), ensure_ascii=False), encoding="utf-8")
        out = tmp_path / f"out{len(findings)}.txt"
        result = CliRunner().invoke(cli, ["mask", str(src), "-o", str(out), "--decisions", str(path),
                                          "--format", "json"])
        data = json.loads(result.stdout)
        assert bool(data["decision_warnings"]) is expect_warning
        assert ("PERSON:16-18" in result.stderr) is expect_warning
        if expect_warning:
            assert result.exit_code == 1 and data["status"] == "review"


# -- the decided output read again ---------------------------------------------------

def test_keeping_every_attribute_of_a_high_subject_is_respected_but_not_called_safe(redactor):
    result = redactor.check(RISKY)
    (subject,) = [s for s in result.risk if s.level == "high"]
    kept = [f for f in result.findings if (f.start, f.end) in subject.spans]
    out = redact_with_decisions(redactor, RISKY, base(RISKY, findings=[flip(f, "KEEP") for f in kept]))
    assert all(f.text in out.text for f in kept)  # the reviewer's keeps are not overruled
    assert out.residual_high >= 1 and out.needs_attention  # ... but the run does not end "safe"


def test_an_accepted_generalisation_that_still_reads_high_is_escalated(redactor, monkeypatch):
    import redactor.decisions as decisions_module

    # a generalisation computed on the original that leaves every value as it was
    monkeypatch.setattr(decisions_module, "generalize", lambda text, findings, subjects: [])
    result = redactor.check(RISKY)
    (subject,) = [s for s in result.risk if s.level == "high"]
    data = base(RISKY, generalisations=[{"id": subject_id(subject), "decision": "accept"}])
    out = redact_with_decisions(redactor, RISKY, data)
    assert out.residual_high == 0
    assert not [s for s in redactor.check(out.text).risk if s.level == "high"]
    assert "72歳" not in out.text  # escalated by the re-check: coarsened or masked
    assert any("再チェック" in f.reason for f in out.findings)


def test_without_decisions_to_escalate_the_output_is_unchanged(redactor):
    result = redactor.check(TEXT)
    out = redact_with_decisions(redactor, TEXT, base(TEXT))
    plain = redactor.redact(TEXT)
    assert out.text == plain.text and out.residual_high == 0 and not result.risk


def test_mask_says_when_the_reviewers_keeps_leave_a_high_subject(tmp_path, redactor):
    """The command exits 1 (look again) and names the residual risk."""
    from click.testing import CliRunner

    from redactor.cli.main import cli

    src = tmp_path / "minutes.txt"
    src.write_text(RISKY, encoding="utf-8")
    result = redactor.check(RISKY)
    (subject,) = [s for s in result.risk if s.level == "high"]
    members = [f for f in result.findings if (f.start, f.end) in subject.spans]
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(base(RISKY, findings=[flip(f, "KEEP") for f in members]), ensure_ascii=False),
                    encoding="utf-8")
    run = CliRunner().invoke(cli, ["mask", str(src), "-o", str(tmp_path / "out.txt"), "--decisions", str(path),
                                   "--format", "json"])
    data = json.loads(run.stdout)
    assert run.exit_code == 1 and data["status"] == "review" and data["high_risk"] >= 1
    assert "判断を適用した出力" in run.stderr
