"""Verification: a masked value still readable in an output is caught, by
the original or by the audit log's keyed hashes alone; a value kept
elsewhere on purpose is not a false failure; what cannot be checked is an
error, never a pass."""
import json

import pytest
from click.testing import CliRunner

from redactor.audit import AuditKey, dumps
from redactor.cli.main import cli
from redactor.documents.text import TextFormat
from redactor.pipeline import Redactor
from redactor.leak import leak_key
from redactor.verify import VerifyError, verify

KEY = AuditKey(b"test-key-for-verify", "file")
PHONE = "090-1234-5678"
PRIVATE = f"相手方 山田太郎（電話 {PHONE}）は東京都東村山市本町二丁目3番4号に住む。\n"
# the private person's surname is masked, the same surname stays for the official
SURNAME = "申出人の山田さんから電話があった。\n山田課長が説明した。\n"


@pytest.fixture(scope="module")
def redactor():
    return Redactor(audit_key=KEY)


def masked_files(tmp_path, redactor, text, name="doc"):
    """The original, a correct masked output and its audit log, on disk."""
    src = tmp_path / f"{name}.txt"
    src.write_text(text, encoding="utf-8")
    result = redactor.redact(text, source=str(src))
    out = tmp_path / f"{name}.masked.txt"
    out.write_text(result.text, encoding="utf-8")
    audit = tmp_path / f"{name}.audit.jsonl"
    audit.write_text(dumps(result.audit), encoding="utf-8")
    return src, out, audit, result


def run(args, **kw):
    return CliRunner().invoke(cli, args, **kw)


def test_correct_output_passes_with_the_original_and_with_hashes_only(tmp_path, redactor):
    src, out, audit, result = masked_files(tmp_path, redactor, PRIVATE)
    assert PHONE not in result.text and "山田太郎" not in result.text
    by_original = verify(out, result.audit, original_path=src, key=KEY)
    by_hash = verify(out, result.audit, key=KEY)
    assert by_original.ok and by_hash.ok
    assert by_original.checked == by_hash.checked == sum(f.action == "MASK" for f in result.findings) >= 3
    key_file = tmp_path / "key"
    key_file.write_bytes(KEY.key)
    cmd = run(["verify", str(out), "--audit", str(audit), "--audit-key-file", str(key_file)])
    assert cmd.exit_code == 0, cmd.output
    assert run(["verify", str(out), "--audit", str(audit), "--original", str(src),
                "--audit-key-file", str(key_file)]).exit_code == 0
    no_key = run(["verify", str(out), "--audit", str(audit), "--original", str(src)],
                 env={"REDACTOR_AUDIT_KEY": ""})
    assert no_key.exit_code == 2 and "without key" in no_key.output  # the chain needs the key


def test_leaky_output_is_caught_by_original_and_by_hashes(tmp_path, redactor):
    src, out, audit, result = masked_files(tmp_path, redactor, PRIVATE)
    leaky = tmp_path / "leaky.txt"
    # what a careless hand edit (or an overlay) leaves: the phone number back in
    leaky.write_text(result.text.replace("［電話番号］", PHONE), encoding="utf-8")
    by_original = verify(leaky, result.audit, original_path=src, key=KEY)
    by_hash = verify(leaky, result.audit, key=KEY)
    assert [l.label for l in by_original.leaks] == [l.label for l in by_hash.leaks] == ["PHONE"]
    key_file = tmp_path / "key"
    key_file.write_bytes(KEY.key)
    for extra in (["--original", str(src)], []):
        cmd = run(["verify", str(leaky), "--audit", str(audit), "--audit-key-file", str(key_file), *extra])
        assert cmd.exit_code == 1, cmd.output
        assert "PHONE" in cmd.output and PHONE not in cmd.output  # the report never repeats the value


def test_leak_in_another_shape_is_still_found(tmp_path, redactor):
    """Full-width digits and a line break inside the value: the leak key folds both."""
    _, _, _, result = masked_files(tmp_path, redactor, PRIVATE)
    fullwidth = PHONE.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    broken = tmp_path / "broken.txt"
    broken.write_text(result.text.replace("［電話番号］", fullwidth).replace("［氏名］", "山田\n太郎"),
                      encoding="utf-8")
    leaks = verify(broken, result.audit, key=KEY).leaks
    assert sorted(l.label for l in leaks) == ["PERSON", "PHONE"]
    assert leak_key("山田\n太郎") == leak_key("山田太郎")


def test_value_kept_elsewhere_is_not_a_false_failure(tmp_path, redactor):
    src, out, audit, result = masked_files(tmp_path, redactor, SURNAME)
    actions = sorted((f.text, f.action) for f in result.findings)
    assert actions == [("山田", "KEEP"), ("山田", "MASK")]
    assert "山田課長" in result.text
    hidden = next(r for r in result.audit if r.get("action") == "MASK")
    assert hidden["visible_after"] == 1
    assert verify(out, result.audit, original_path=src, key=KEY).ok
    assert verify(out, result.audit, key=KEY).ok
    leaky = tmp_path / "leaky.txt"
    leaky.write_text(result.text.replace("［氏名］", "山田"), encoding="utf-8")
    for report in (verify(leaky, result.audit, original_path=src, key=KEY), verify(leaky, result.audit, key=KEY)):
        (leak,) = report.leaks
        assert (leak.found, leak.expected) == (2, 1)


def test_what_cannot_be_checked_is_an_error_not_a_pass(tmp_path, redactor):
    src, out, audit, result = masked_files(tmp_path, redactor, PRIVATE)
    with pytest.raises(VerifyError, match="鍵"):
        verify(out, result.audit, key=AuditKey(b"another key", "file"))
    with pytest.raises(VerifyError):
        verify(out, result.audit)  # neither original nor key
    ephemeral = Redactor(audit_key=AuditKey(b"x" * 32, "ephemeral")).redact(PRIVATE)
    with pytest.raises(VerifyError, match="一時鍵"):
        verify(out, ephemeral.audit, key=AuditKey(b"x" * 32, "ephemeral"))
    other = tmp_path / "other.txt"
    other.write_text(PRIVATE.replace("山田太郎", "鈴木一郎"), encoding="utf-8")
    with pytest.raises(VerifyError, match="一致しません"):
        verify(out, result.audit, original_path=other, key=KEY)
    tampered = [dict(r) for r in result.audit]
    tampered[1]["visible_after"] = 5  # raising the allowance breaks the chain
    with pytest.raises(VerifyError, match="連鎖"):
        verify(out, tampered, key=KEY)
    lines = audit.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[1])
    rec["visible_after"] = 5
    audit.write_text("\n".join([lines[0], json.dumps(rec, ensure_ascii=False), *lines[2:]]) + "\n",
                     encoding="utf-8")
    cmd = run(["verify", str(out), "--audit", str(audit), "--original", str(src)])
    assert cmd.exit_code == 2 and "Traceback" not in cmd.output and len(cmd.output.strip().splitlines()) == 1


def test_mask_verifies_before_writing_and_writes_nothing_on_a_leak(tmp_path, monkeypatch):
    """A format whose writer forgets to mask: mask refuses, no output, no audit, no temp file."""
    src = tmp_path / "in.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def careless_write(self, path, extracted, replacements, out, *, password=None):
        out.write_bytes(extracted.text.encode("utf-8"))

    monkeypatch.setattr(TextFormat, "write", careless_write)
    cmd = run(["mask", str(src), "-o", str(out_dir / "out.txt")])
    assert cmd.exit_code == 2, cmd.output
    assert "検証" in cmd.output and PHONE not in cmd.output
    assert list(out_dir.iterdir()) == []


def test_legacy_encoding_output_with_block_masks_is_read_in_the_originals_encoding(tmp_path):
    """■ defeats encoding detection on a CP932 output; the original's encoding reads it."""
    src = tmp_path / "sjis.txt"
    src.write_bytes(PRIVATE.encode("cp932"))
    out = tmp_path / "out.txt"
    assert run(["mask", str(src), "-o", str(out), "--style", "block"]).exit_code == 0
    assert "■" in out.read_bytes().decode("cp932")
    audit = f"{out}.audit.jsonl"
    assert run(["verify", str(out), "--audit", audit, "--original", str(src)]).exit_code == 0
    leaky = tmp_path / "leaky.txt"
    leaky.write_bytes(out.read_bytes().decode("cp932").replace("■■■■", PHONE, 1).encode("cp932"))
    assert run(["verify", str(leaky), "--audit", audit, "--original", str(src)]).exit_code == 1


def test_hash_search_with_and_without_head_hashes_finds_the_same_leaks(tmp_path, redactor):
    # head hashes only narrow where whole windows are hashed; an audit log
    # written before they existed is searched everywhere, with the same result
    from redactor.audit import build_records
    src, out, audit, result = masked_files(tmp_path, redactor, PRIVATE)
    leaky = tmp_path / "leaky.txt"
    leaky.write_text(result.text.replace("［電話番号］", PHONE), encoding="utf-8")
    assert any("leak_head_hmac" in r for r in result.audit)
    bare = [{k: v for k, v in r.items() if k not in ("leak_head_hmac", "seq", "prev")} for r in result.audit
            if r["type"] != "end"]
    old_log = build_records(bare[0], bare[1:], KEY)
    for records in (result.audit, old_log):
        assert [l.label for l in verify(leaky, records, key=KEY).leaks] == ["PHONE"]
        assert verify(out, records, key=KEY).ok


def test_a_log_cut_short_or_rechained_vouches_for_nothing(tmp_path):
    """The attacks the keyed chain closes: drop the records of the values put
    back, or re-chain the log with plain SHA-256 — audit verify and verify fail."""
    import hashlib

    src = tmp_path / "in.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    key_file = tmp_path / "audit.key"
    key_file.write_bytes(KEY.key)
    out = tmp_path / "out.txt"
    assert run(["mask", str(src), "-o", str(out), "--audit-key-file", str(key_file)]).exit_code == 0
    audit = tmp_path / "out.txt.audit.jsonl"
    lines = audit.read_text(encoding="utf-8").splitlines()
    k = ["--audit-key-file", str(key_file)]
    assert run(["audit", "verify", str(audit), *k]).exit_code == 0
    assert run(["verify", str(out), "--audit", str(audit), "--original", str(src), *k]).exit_code == 0

    def rechained(records):
        prev, out_lines = "0" * 64, []
        for seq, rec in enumerate(records):
            line = json.dumps({**rec, "seq": seq, "prev": prev}, ensure_ascii=False, sort_keys=True)
            prev = hashlib.sha256(line.encode("utf-8")).hexdigest()
            out_lines.append(line)
        return out_lines

    records = [json.loads(l) for l in lines]
    forged = {
        "header only": lines[:1],
        "end cut off": lines[:-1],
        "reordered": [lines[0], lines[2], lines[1], *lines[3:]],
        "sha256 re-chained": rechained(records),
        "sha256 re-chained, findings dropped": rechained(records[:1]),
    }
    leaky = tmp_path / "leaky.txt"
    leaky.write_text(out.read_text(encoding="utf-8").replace("［氏名］", "山田太郎"), encoding="utf-8")
    for name, forged_lines in forged.items():
        audit.write_text("\n".join(forged_lines) + "\n", encoding="utf-8")
        assert run(["audit", "verify", str(audit), *k]).exit_code == 1, name
        for extra in (["--original", str(src)], []):
            cmd = run(["verify", str(leaky), "--audit", str(audit), *k, *extra])
            assert cmd.exit_code == 2 and "連鎖" in cmd.output, name
    audit.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(["audit", "verify", str(audit)], env={"REDACTOR_AUDIT_KEY": ""}).exit_code == 2  # no key
    # the intact log, an output changed without a leak: not the output the log vouches for
    changed = tmp_path / "changed.txt"
    changed.write_text(out.read_text(encoding="utf-8") + "追記\n", encoding="utf-8")
    cmd = run(["verify", str(changed), "--audit", str(audit), "--original", str(src), *k])
    assert cmd.exit_code == 2 and "output_sha256" in cmd.output
    assert run(["verify", str(leaky), "--audit", str(audit), *k]).exit_code == 1  # the leak named
