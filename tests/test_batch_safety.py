"""Batch mode stays safe when the input tree has links and when it is
stopped with Ctrl-C (made-up names and numbers)."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.batch import JOURNAL, MANIFEST
from redactor.cli.main import cli

TEXT = "{name}さんが発言した。\n連絡先は 090-5555-{n:04d} である。\n"
NAMES = ["北浜一郎", "南川花子", "西野健二", "東村直美"]

needs_links = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                                 reason="symbolic links need privileges on Windows")


def write_doc(path: Path, n: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEXT.format(name=NAMES[n % len(NAMES)], n=n), encoding="utf-8")


def run(args):
    return CliRunner().invoke(cli, args, env={"REDACTOR_AUDIT_KEY": "made-up key"})


@needs_links
def test_a_link_to_a_file_outside_the_folder_is_masked_where_the_link_is(tmp_path):
    src, out, elsewhere = tmp_path / "in", tmp_path / "out", tmp_path / "elsewhere"
    write_doc(src / "a.txt", 1)
    write_doc(elsewhere / "b.txt", 2)
    (src / "sub").mkdir()
    (src / "sub" / "b.txt").symlink_to(elsewhere / "b.txt")
    result = run(["mask", str(src), "-o", str(out), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    data = json.loads(result.stdout)
    assert data["summary"]["files"] == 2 and data["summary"]["failed"] == 0
    masked = (out / "sub" / "b.txt").read_text(encoding="utf-8")
    assert "090-5555-0002" not in masked and "南川花子" not in masked
    assert not (out / "elsewhere").exists()


@needs_links
def test_a_linked_folder_is_walked_and_a_loop_is_listed_not_walked_twice(tmp_path):
    src, out, shared = tmp_path / "in", tmp_path / "out", tmp_path / "shared"
    write_doc(src / "a.txt", 1)
    write_doc(shared / "c.txt", 3)
    (src / "linked").symlink_to(shared, target_is_directory=True)
    (src / "loop").symlink_to(src, target_is_directory=True)
    result = run(["mask", str(src), "-o", str(out), "--format", "json"])
    data = json.loads(result.stdout)
    assert (out / "linked" / "c.txt").exists()
    assert "090-5555-0003" not in (out / "linked" / "c.txt").read_text(encoding="utf-8")
    skipped = [f for f in data["files"] if f["status"] == "skipped"]
    assert len(skipped) == 1 and skipped[0]["source"].endswith("loop")
    assert "既に読んだフォルダー" in skipped[0]["message"]
    text = run(["mask", str(src), "-o", str(tmp_path / "out2")])
    assert "注意" in text.output and "loop" in text.output


@needs_links
def test_a_link_to_nothing_fails_with_its_reason_and_the_rest_complete(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write_doc(src / "a.txt", 1)
    (src / "gone.txt").symlink_to(tmp_path / "no-such.txt")
    result = run(["mask", str(src), "-o", str(out), "--format", "json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 2
    (failed,) = [f for f in data["files"] if f["status"] == "failed"]
    assert "リンク先がありません" in failed["message"]
    assert (out / "a.txt").exists()


def _outputs(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*.txt") if not p.name.startswith(".")}


@pytest.mark.slow  # a batch run in a child process, stopped and resumed
@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_exits_130_with_every_finished_output_recorded_and_resume_completes(tmp_path, jobs):
    """-j 1: SIGINT to the process; -j 2: to its whole group, as a terminal
    sends it (the workers finish the files they are writing)."""
    src, out = tmp_path / "in", tmp_path / "out"
    n = 60
    for i in range(n):
        write_doc(src / f"doc{i:03d}.txt", i)
    redactor = Path(sys.executable).with_name("redactor")
    args = [str(redactor), "mask", str(src), "-o", str(out), "-j", str(jobs)]
    env = {**os.environ, "REDACTOR_AUDIT_KEY": "made-up key"}
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=jobs > 1)
    deadline = time.monotonic() + 120
    while not (out.exists() and _outputs(out)) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    if jobs > 1:
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr.decode()
    done = _outputs(out)
    assert 0 < len(done) < n
    assert f"中断しました: 出力済み {len(done)}件、未処理 {n - len(done)}件" in stderr.decode()
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert done == set(manifest), "every finished output is in the manifest"
    assert not (out / JOURNAL).exists()
    resumed = subprocess.run(args + ["--resume"], env=env, capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert len(_outputs(out)) == n
    assert f"スキップ（変更なし）" in resumed.stdout.decode()


def test_resume_redoes_an_output_left_outside_the_manifest_by_a_killed_run(tmp_path):
    """A run killed between placing a file and recording it (journal lost):
    the output is ours by its audit log's hash, so --resume redoes it."""
    src, out = tmp_path / "in", tmp_path / "out"
    for i in range(2):
        write_doc(src / f"doc{i}.txt", i)
    assert run(["mask", str(src), "-o", str(out)]).exit_code == 0
    (out / MANIFEST).unlink()
    result = run(["mask", str(src), "-o", str(out), "--resume", "--format", "json"])
    assert result.exit_code == 0, result.output
    # a file that is not ours is still refused
    (out / MANIFEST).unlink()
    (out / "doc0.txt").write_text("他人の文書", encoding="utf-8")
    result = run(["mask", str(src), "-o", str(out), "--resume", "--format", "json"])
    assert result.exit_code == 2
    assert "既に存在します" in json.dumps(json.loads(result.stdout), ensure_ascii=False)


@needs_links
def test_a_link_to_a_folder_beside_it_is_listed_and_the_real_folder_is_read(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write_doc(src / "c_real" / "d.txt", 4)
    (src / "b_link").symlink_to(src / "c_real", target_is_directory=True)
    data = json.loads(run(["mask", str(src), "-o", str(out), "--format", "json"]).stdout)
    assert (out / "c_real" / "d.txt").exists() and not (out / "b_link").exists()
    (skipped,) = [f for f in data["files"] if f["status"] == "skipped"]
    assert skipped["source"].endswith("b_link")


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")


def _within(seconds: float, fifo: Path, fn):
    """``fn()``'s value, or a test failure when it is still waiting on
    ``fifo`` after ``seconds`` (the pipe is then opened for writing and
    closed, so the blocked reader sees its end and the test ends)."""
    import threading

    box: dict = {}
    worker = threading.Thread(target=lambda: box.setdefault("value", fn()), daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY))   # release the reader
        worker.join(30)
        pytest.fail(f"still waiting on the named pipe {fifo.name} after {seconds} s")
    return box["value"]


@needs_fifo
def test_a_named_pipe_in_the_folder_fails_with_its_reason_and_the_batch_does_not_wait_on_it(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write_doc(src / "a.txt", 1)
    os.mkfifo(src / "left-open.txt")   # nobody ever writes to it
    result = _within(60, src / "left-open.txt",
                     lambda: run(["mask", str(src), "-o", str(out), "-j", "1", "--format", "json"]))
    assert result.exit_code == 2, result.output
    rows = {Path(f["source"]).name: f for f in json.loads(result.stdout)["files"]}
    assert rows["left-open.txt"]["status"] == "failed"
    assert "通常のファイルではない" in rows["left-open.txt"]["message"]
    assert rows["a.txt"]["status"] in ("ok", "review") and (out / "a.txt").exists()
    assert not (out / "left-open.txt").exists()


@needs_fifo
def test_check_names_a_named_pipe_as_not_checked_instead_of_waiting(tmp_path):
    write_doc(tmp_path / "a.txt", 2)
    os.mkfifo(tmp_path / "p.pdf")
    result = _within(60, tmp_path / "p.pdf", lambda: run(["check", str(tmp_path)]))
    assert result.exit_code == 2
    assert "p.pdf: 通常のファイルではない" in result.stderr
    assert "a.txt" in result.stdout


@needs_fifo
def test_a_named_pipe_given_by_name_is_refused_not_reported_missing(tmp_path):
    os.mkfifo(tmp_path / "p.txt")
    result = _within(60, tmp_path / "p.txt", lambda: run(["mask", str(tmp_path / "p.txt"), "-o", str(tmp_path / "o.txt")]))
    assert result.exit_code == 2
    assert "通常のファイルではない" in result.stderr and "ファイルがありません" not in result.stderr
    assert not (tmp_path / "o.txt").exists()


def _non_utf8_name(folder: Path, stem_bytes: bytes) -> Path | None:
    """A file in ``folder`` whose name is CP932 bytes (a Windows zip unpacked
    on Linux), or None where the file system refuses such names."""
    name = os.fsdecode(stem_bytes + b".txt")
    try:
        (folder / name).write_text("", encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    return folder / name


def test_a_file_name_that_is_not_utf8_is_masked_recorded_and_resumed(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    odd = _non_utf8_name(src, "議事録".encode("cp932"))
    if odd is None:
        pytest.skip("this file system keeps only UTF-8 names")
    write_doc(odd, 1)
    write_doc(src / "b.txt", 2)
    first = run(["mask", str(src), "-o", str(out), "-j", "1", "--format", "json"])
    assert first.exit_code in (0, 1), first.output
    assert {f["status"] for f in json.loads(first.stdout)["files"]} <= {"ok", "review"}
    assert (out / odd.name).exists() and (out / "b.txt").exists()
    header = json.loads((out / (odd.name + ".audit.jsonl")).read_text(encoding="utf-8").splitlines()[0])
    assert header["source"].endswith(r"\x8bc\x8e\x96\x98^.txt")   # its bytes, spelled out
    again = run(["mask", str(src), "-o", str(out), "-j", "1", "--resume", "--format", "json"])
    assert again.exit_code in (0, 1), again.output
    assert json.loads(again.stdout)["summary"]["skipped"] == 2   # the manifest named it as it is


def test_review_writes_the_page_of_a_file_whose_name_is_not_utf8(tmp_path):
    odd = _non_utf8_name(tmp_path, "議事録".encode("cp932"))
    if odd is None:
        pytest.skip("this file system keeps only UTF-8 names")
    write_doc(odd, 3)
    result = run(["review", str(odd), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1, result.output
    assert r"\x8bc\x8e\x96\x98^.txt" in (tmp_path / "r.html").read_text(encoding="utf-8")
