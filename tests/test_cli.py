"""The command line as a pipeline sees it: exit codes, errors, files."""
import json

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli

PRIVATE = "申出人の連絡先は hanako.sato@example.ne.jp です。\n"
CLEAN = "本日の会議は午後二時に開会した。\n"


def run(args, **kw):
    return CliRunner().invoke(cli, args, **kw)


def test_check_exit_codes(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    private = tmp_path / "private.txt"
    private.write_text(PRIVATE, encoding="utf-8")
    assert run(["check", str(clean)]).exit_code == 0
    result = run(["check", str(private)])
    assert result.exit_code == 1
    assert "EMAIL" in result.output and "hanako" not in result.output  # MASK text hidden
    assert "hanako" in run(["check", "--show-text", str(private)]).output
    assert run(["check", str(tmp_path / "missing.txt")]).exit_code == 2


def test_check_reads_standard_input_and_prints_json():
    result = run(["check", "--format", "json", "-"], input=PRIVATE.encode("cp932"))
    assert result.exit_code == 1
    data = json.loads(result.output)
    (report,) = data["files"]
    assert report["encoding"] == "cp932"
    assert report["findings"][0]["label"] == "EMAIL"
    assert report["findings"][0]["line"] == 1


def test_check_binary_file_is_an_error_not_clean(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    result = run(["check", str(binary)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_mask_writes_output_and_audit_and_refuses_to_overwrite(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    out = tmp_path / "out.txt"
    first = run(["mask", str(src), "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert "hanako" not in out.read_text(encoding="utf-8")
    audit = tmp_path / "out.txt.audit.jsonl"
    assert audit.exists()
    again = run(["mask", str(src), "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    assert run(["mask", str(src), "-o", str(out), "--force"]).exit_code == 0
    same = run(["mask", str(src), "-o", str(src), "--force"])
    assert same.exit_code == 2 and src.read_text(encoding="utf-8") == PRIVATE
    assert run(["audit", "verify", str(audit)]).exit_code == 0
    lines = audit.read_text(encoding="utf-8").splitlines()
    audit.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")  # header removed
    assert run(["audit", "verify", str(audit)]).exit_code == 1


def test_mask_keeps_the_input_encoding(tmp_path):
    src = tmp_path / "sjis.txt"
    src.write_bytes(PRIVATE.encode("cp932"))
    out = tmp_path / "out.txt"
    assert run(["mask", str(src), "-o", str(out), "--style", "block"]).exit_code == 0
    assert "■■■■" in out.read_bytes().decode("cp932")


def test_profile_and_policy_together_is_an_error(tmp_path):
    policy = tmp_path / "p.toml"
    policy.write_text('extends = "default"\n', encoding="utf-8")
    src = tmp_path / "in.txt"
    src.write_text(CLEAN, encoding="utf-8")
    result = run(["check", "--profile", "strict", "--policy", str(policy), str(src)])
    assert result.exit_code == 2


def test_eval_rejects_bad_gold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    result = run(["eval", str(gold)])
    assert result.exit_code == 2 and "JSON" in result.output


def test_eval_json_has_the_documented_keys(tmp_path):
    gold = tmp_path / "gold.jsonl"
    doc = {"id": "a", "text": PRIVATE, "spans": [{"start": 9, "end": 34, "label": "EMAIL", "action": "MASK"}]}
    gold.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run(["eval", str(gold), "--json"])
    data = json.loads(result.output)
    assert set(data) >= {"documents", "characters", "overall", "labels"}
    assert data["labels"]["EMAIL"]["recall"] == 1.0


@pytest.mark.slow  # a benchmark run, start-up timed in a child process
def test_bench_json_keys():
    result = run(["bench", "--json", "--runs", "1", "--min-chars", "2000"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"characters", "chars_per_s", "sudachi_chars_per_s", "ratio_to_sudachi",
                         "cpu_ratio_to_sudachi", "startup_s", "peak_rss_mb"}
    assert data["chars_per_s"] > 0 and data["characters"] >= 2000


def test_every_command_has_help_with_an_example():
    for cmd in (["check"], ["mask"], ["eval"], ["bench"], ["audit", "verify"]):
        result = run([*cmd, "--help"])
        assert result.exit_code == 0 and "redactor" in result.output


def test_an_unexpected_error_exits_2_in_one_line_without_the_message(capsys):
    import click
    import pytest

    from redactor.cli.main import guarded

    @click.command()
    def broken():
        raise KeyError("鷲尾晴臣")  # a message that quotes the document

    @click.command()
    def fine():
        raise SystemExit(1)

    with pytest.raises(SystemExit) as exited:
        guarded(broken, [])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "KeyError" in err and "鷲尾" not in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exited:  # near miss: an exit code of its own passes through
        guarded(fine, [])
    assert exited.value.code == 1


def test_mask_says_when_its_audit_log_can_never_be_verified(tmp_path, monkeypatch):
    src = tmp_path / "in.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    with_key = run(["mask", str(src), "-o", str(tmp_path / "a.txt")])
    assert with_key.exit_code == 0 and "一時鍵" not in with_key.stderr  # near miss: a key is set
    monkeypatch.delenv("REDACTOR_AUDIT_KEY")
    one_off = run(["mask", str(src), "-o", str(tmp_path / "b.txt")])
    assert one_off.exit_code == 0 and "一時鍵" in one_off.stderr
    check = run(["audit", "verify", str(tmp_path / "b.txt.audit.jsonl")])
    assert check.exit_code == 2 and "without key" in check.output


def test_ctrl_c_outside_a_batch_exits_130_not_needs_attention():
    # click's standalone mode turned Ctrl-C into "Aborted!" and exit 1 ("needs masking")
    import click as _click
    import pytest as _pytest
    from redactor.cli.main import guarded

    @_click.command()
    def interrupted():
        raise KeyboardInterrupt

    with _pytest.raises(SystemExit) as stopped:
        guarded(interrupted, [])
    assert stopped.value.code == 130


def test_a_command_error_is_worded_like_every_other_failure(tmp_path):
    from click.testing import CliRunner

    from redactor.cli.main import cli

    (tmp_path / "a.txt").write_text("山田太郎さん\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["mask", str(tmp_path / "a.txt"), "-o", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert result.stderr.startswith("エラー: 出力先が入力と同じファイルです")
    assert "Error:" not in result.stderr


def test_a_folder_with_a_file_of_a_type_not_read_is_never_reported_clean(tmp_path):
    from click.testing import CliRunner

    from redactor.cli.main import cli

    (tmp_path / "議題.txt").write_text("本日の議題は令和８年度予算案です。\n", encoding="utf-8")
    (tmp_path / "旧議事録.doc").write_bytes(b"\xd0\xcf\x11\xe0 old Word")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "旧議事録.doc: 対応していない形式（.doc）のため読んでいません" in result.stderr
    (tmp_path / "旧議事録.doc").unlink()
    (tmp_path / "議題.txt.audit.jsonl").write_text("{}\n", encoding="utf-8")   # an audit log of ours needs no word
    clean = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert clean.exit_code == 0 and "注意" not in clean.stderr


def test_a_batch_lists_the_files_of_a_type_it_does_not_read(tmp_path):
    import json

    from click.testing import CliRunner

    from redactor.cli.main import cli

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "議題.txt").write_text("本日の議題は令和８年度予算案です。\n", encoding="utf-8")
    (tmp_path / "in" / "名簿.xlsx").write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(cli, ["mask", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1",
                                      "--format", "json"], env={"REDACTOR_AUDIT_KEY": "made-up key"})
    rows = {f["source"].rsplit("/", 1)[-1]: f for f in json.loads(result.stdout)["files"]}
    assert rows["名簿.xlsx"]["status"] == "skipped"
    assert "対応していない形式（.xlsx）" in rows["名簿.xlsx"]["message"]
    assert not (tmp_path / "out" / "名簿.xlsx").exists()
