"""Two runs never silently replace each other's output or audit log."""
import json
import os
import subprocess
import sys

from click.testing import CliRunner

from redactor.claims import lock_path
from redactor.cli.main import cli
from redactor.documents.text import TextFormat

PRIVATE = "相手方 鷲尾晴臣（電話 090-3141-5926）から申出があった。\n"


def run(args):
    return CliRunner().invoke(cli, args)


def test_an_output_claimed_by_a_running_mask_is_refused(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    out = tmp_path / "out.txt"
    lock_path(out).write_text(str(os.getppid()))  # a live process holds it
    result = run(["mask", str(src), "-o", str(out), "--force"])
    assert result.exit_code == 2 and lock_path(out).name in result.output
    assert not out.exists() and not (tmp_path / "out.txt.audit.jsonl").exists()


def test_a_claim_left_by_a_run_that_died_is_taken_over(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    out = tmp_path / "out.txt"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    lock_path(out).write_text(dead)
    assert run(["mask", str(src), "-o", str(out)]).exit_code == 0
    assert out.exists() and not lock_path(out).exists()  # released when done


def test_an_output_that_appears_while_mask_works_is_not_replaced(tmp_path, monkeypatch):
    """Another writer creates the output after mask's check: without --force
    mask fails instead of replacing it; with --force it replaces."""
    src = tmp_path / "in.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    out = tmp_path / "out.txt"
    write = TextFormat.write

    def racing_write(self, path, extracted, replacements, tmp, **kw):
        out.write_text("他の実行の出力\n", encoding="utf-8")  # the other run finished first
        return write(self, path, extracted, replacements, tmp, **kw)

    monkeypatch.setattr(TextFormat, "write", racing_write)
    result = run(["mask", str(src), "-o", str(out)])
    assert result.exit_code == 2 and "上書きしていません" in result.output
    assert out.read_text(encoding="utf-8") == "他の実行の出力\n"
    assert not (tmp_path / "out.txt.audit.jsonl").exists()  # no log for an output not written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.txt"]  # no temp or lock left
    assert run(["mask", str(src), "-o", str(out), "--force"]).exit_code == 0
    assert "［氏名］" in out.read_text(encoding="utf-8")


def test_a_batch_input_named_like_an_audit_log_does_not_overwrite_it(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(PRIVATE, encoding="utf-8")
    (src / "a.txt.audit.jsonl").write_text(PRIVATE, encoding="utf-8")
    out = tmp_path / "out"
    result = run(["mask", str(src / "a.txt"), str(src / "a.txt.audit.jsonl"), "-o", str(out),
                  "--force", "--format", "json", "-j", "1"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    (failed,) = [f for f in data["files"] if f["status"] == "failed"]
    assert failed["source"].endswith("a.txt.audit.jsonl") and "監査ログ" in failed["message"]
    header = json.loads((out / "a.txt.audit.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert header["type"] == "header"  # a.txt's audit log, intact
    assert run(["audit", "verify", str(out / "a.txt.audit.jsonl")]).exit_code == 0
