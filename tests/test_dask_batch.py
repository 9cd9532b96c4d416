"""Archive-wide runs on Dask: a 2-worker LocalCluster gives the same outputs,
audit logs, manifest, summary and exit code as the local ``-j 2`` batch on
the same generated documents (one corrupt); an interrupted run resumes;
each worker builds its Redactor once; relative paths are refused."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install 'redactor[dask]')")
pytestmark = pytest.mark.slow  # a LocalCluster's workers each start Sudachi and the recognizers

from redactor.audit import AuditKey  # noqa: E402
from redactor.batch import MANIFEST, RedactorSpec, collect, load_manifest  # noqa: E402
from redactor.cli.main import cli  # noqa: E402
from redactor.process import Options  # noqa: E402
from redactor.policy import load_policy  # noqa: E402
from redactor.verify import load_audit  # noqa: E402

KEY = AuditKey(b"made-up dask batch key", "file")
SURNAMES = ["川端", "森下", "青山", "土屋", "松永", "岡部"]
GIVEN = ["春男", "美幸", "孝之", "千晶", "正和"]
N = 24
CORRUPT = "b/broken.txt"
# what changes from run to run: the header's time, and the chain hashes that cover it
VOLATILE = {"time", "prev"}


def build_tree(root: Path) -> None:
    """N short made-up documents in two folders, text (UTF-8 and CP932) and
    HTML; private persons and phone numbers, unclear names, clean ones; and
    one file no encoding reads."""
    for n in range(N):
        name = SURNAMES[n % len(SURNAMES)] + GIVEN[n % len(GIVEN)]
        body = (f"{name}さんが発言した。\n連絡先は 080-2345-{n:04d} である。\n",
                f"{name}が出席した。\n議案第{n}号について審議した。\n",
                f"本日の会議は午後二時に開会した。\n議案第{n}号を可決した。\n")[n % 3]
        folder = "a" if n % 2 else "b/sub"
        if n % 4 == 3:
            path = root / folder / f"page{n:02d}.html"
            html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.splitlines()) + "</body></html>"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(html, encoding="utf-8")
        else:
            path = root / folder / f"doc{n:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body, encoding="cp932" if n % 5 == 0 else "utf-8")
    (root / CORRUPT).write_bytes(b"\xff\xfe\xfd\xfc" * 40)


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each (as `dask worker --nthreads 1`)."""
    from distributed import Client, LocalCluster

    # The scheduler's HTTP server on a free port, not 8787: another cluster on
    # the machine holds that one, and Dask's "port in use" warning is an error here.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_kwargs={"dashboard_address": ":0"}) as lc, \
            Client(lc, set_as_default=False) as client:
        yield lc.scheduler_address, client


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("dask")
    build_tree(root / "in")
    (root / "audit.key").write_bytes(KEY.key)
    return root


def mask(args: list[str]):
    return CliRunner().invoke(cli, ["mask", *args, "--format", "json"])


def audit_records(path: Path) -> list[dict]:
    return [{k: v for k, v in json.loads(line).items() if k not in VOLATILE}
            for line in path.read_text(encoding="utf-8").splitlines()]


def files_under(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in root.rglob("*")
            if p.is_file() and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def both(tree, cluster):
    """The same tree masked with local -j 2 and on the cluster."""
    address, _ = cluster
    key = str(tree / "audit.key")
    local = mask([str(tree / "in"), "-o", str(tree / "local"), "-j", "2", "--audit-key-file", key])
    dask = mask([str(tree / "in"), "-o", str(tree / "dask"), "--scheduler", address, "--audit-key-file", key])
    return local, dask


def test_same_summary_and_exit_code_as_local(tree, both):
    local, dask = both
    assert local.exit_code == dask.exit_code == 2, dask.output   # the corrupt file failed, the rest went on
    ls, ds = json.loads(local.stdout), json.loads(dask.stdout)
    for key in ("files", "ok", "review", "failed", "skipped", "mask", "review_findings", "replaced",
                "characters", "jobs", "interrupted", "not_started"):
        assert ls["summary"][key] == ds["summary"][key], key
    assert ds["summary"]["files"] == N + 1 and ds["summary"]["failed"] == 1
    rows = lambda data, out: json.dumps(data["files"], ensure_ascii=False).replace(str(tree / out), "OUT")  # noqa: E731
    assert rows(ls, "local") == rows(ds, "dask")      # every file's outcome, message and counts
    (failed,) = [f for f in ds["files"] if f["status"] == "failed"]
    assert failed["relative"] == CORRUPT and "\n" not in failed["message"]


def test_outputs_byte_identical_and_audit_logs_identical_apart_from_times(tree, both):
    local, dask = files_under(tree / "local"), files_under(tree / "dask")
    assert local.keys() == dask.keys()
    assert sum(name.endswith(".audit.jsonl") for name in dask) == N     # one per written file
    for name, path in local.items():
        if name.endswith(".audit.jsonl"):
            assert audit_records(path) == audit_records(dask[name]), name
            load_audit(dask[name], KEY)     # the chain holds
        else:
            assert path.read_bytes() == dask[name].read_bytes(), name
    assert any("［電話番号］" in p.read_text(encoding="utf-8", errors="replace") for p in dask.values())


def test_manifest_written_by_the_client_like_local(tree, both):
    local = json.loads((tree / "local" / MANIFEST).read_text(encoding="utf-8"))["files"]
    dask = json.loads((tree / "dask" / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert local == dask and len(dask) == N
    assert not (tree / "dask" / ".redactor-manifest.journal").exists()   # folded into the manifest


def test_resume_skips_everything_done(tree, cluster, both):
    address, _ = cluster
    again = mask([str(tree / "in"), "-o", str(tree / "dask"), "--scheduler", address, "--resume",
                  "--audit-key-file", str(tree / "audit.key")])
    s = json.loads(again.stdout)["summary"]
    assert again.exit_code == 2 and s["skipped"] == N and s["failed"] == 1   # the corrupt one is tried again


def test_each_worker_builds_its_redactor_once(tree, cluster, both):
    from redactor import dask_batch

    _, client = cluster
    before = client.run(lambda: __import__("redactor.dask_batch").dask_batch.BUILDS)
    spec = RedactorSpec(load_policy("default"), audit_key=KEY)
    result = dask_batch.mask_on_dask(client, [str(tree / "in")], tree / "once", spec=spec, chunk=5)
    after = client.run(lambda: __import__("redactor.dask_batch").dask_batch.BUILDS)
    assert result.summary()["ok"] + result.summary()["review"] == N and result.summary()["failed"] == 1
    for name, path in files_under(tree / "local").items():   # five files a task: the same outputs
        if not name.endswith(".audit.jsonl"):
            assert path.read_bytes() == (tree / "once" / name).read_bytes(), name
    built = {w: after[w] - before.get(w, 0) for w in after}
    assert sum(built.values()) <= 2 and all(n <= 1 for n in built.values()), built   # not one per file


@pytest.mark.parametrize("presses", [1, 2])
def test_interrupted_run_resumes(tree, cluster, both, presses):
    """Ctrl-C on the client after 5 files. Once: no file is handed out any
    more, those already handed out finish and are recorded. Twice: the run
    stops at once; files the workers finish after that are placed but not
    recorded, and --resume redoes them (their audit log names them). Either
    way the resumed tree is the same as an uninterrupted run's."""
    import os
    import signal

    from redactor.dask_batch import run_batch_dask

    _, client = cluster
    out = tree / f"stopped{presses}"
    spec = RedactorSpec(load_policy("default"), audit_key=KEY)
    tasks, missing = collect([str(tree / "in")], out, Options())
    seen = []

    def progress(n: int) -> None:
        seen.append(n)
        if len(seen) == 5:
            for _ in range(presses):
                os.kill(os.getpid(), signal.SIGINT)    # the batch's Ctrl-C handler takes it

    first = run_batch_dask(client, tasks, spec, Options(), out, progress=progress, failed_inputs=missing,
                           window=2)
    assert first.interrupted and first.not_started > 0
    recorded = load_manifest(out)
    assert 4 <= len(recorded) < N      # the files that arrived (one may be the corrupt one)
    if presses == 1:                   # every file that came back is recorded
        assert len(recorded) == sum(o.status in ("ok", "review") for _, o in first.outcomes)
    second = run_batch_dask(client, tasks, spec, Options(), out, resume=True, failed_inputs=missing)
    s = second.summary()
    assert not second.interrupted and s["skipped"] == len(recorded)
    assert s["ok"] + s["review"] + s["skipped"] == N and s["failed"] == 1, s
    reference = files_under(tree / "local")
    resumed = files_under(out)
    assert reference.keys() == resumed.keys()
    for name, path in reference.items():
        if not name.endswith(".audit.jsonl"):
            assert path.read_bytes() == resumed[name].read_bytes(), name


def test_check_on_the_cluster_reports_like_local(tree, cluster):
    address, _ = cluster
    args = ["check", str(tree / "in" / "a"), "--format", "json"]
    local = CliRunner().invoke(cli, [*args, "-j", "1"])
    dask = CliRunner().invoke(cli, [*args, "--scheduler", address])
    assert local.exit_code == dask.exit_code == 1, dask.output
    assert json.loads(local.stdout) == json.loads(dask.stdout)
    assert "080-2345" not in dask.stdout          # MASK values stay hidden as in a local check


def test_relative_paths_are_refused(tree, cluster, monkeypatch):
    address, _ = cluster
    monkeypatch.chdir(tree)
    result = CliRunner().invoke(cli, ["mask", "in", "-o", str(tree / "rel"), "--scheduler", address])
    assert result.exit_code == 2 and "絶対パス" in result.output
    result = CliRunner().invoke(cli, ["mask", str(tree / "in"), "-o", "rel", "--scheduler", address])
    assert result.exit_code == 2 and "絶対パス" in result.output and not (tree / "rel").exists()
    # the same command without --scheduler is the local batch: relative paths are fine there
    local = CliRunner().invoke(cli, ["mask", "in/a", "-o", "rel", "-j", "1",
                                     "--audit-key-file", str(tree / "audit.key")])
    assert local.exit_code in (0, 1), local.output


def test_api_refuses_relative_output(tree, cluster):
    from redactor.dask_batch import run_batch_dask

    _, client = cluster
    spec = RedactorSpec(load_policy("default"), audit_key=KEY)
    with pytest.raises(ValueError, match="絶対パス"):
        run_batch_dask(client, [], spec, Options(), Path("relative/out"))


def test_chunk_size_grows_with_the_run_only():
    from redactor.dask_batch import chunk_size

    assert chunk_size(24, 2) == 1            # a small run: one file a task, Ctrl-C stops soonest
    assert chunk_size(200, 2) == 6
    assert chunk_size(1_000_000, 80) == 16   # capped: each task still a few seconds at most


def test_without_scheduler_the_local_batch_runs_and_dask_is_never_loaded(tmp_path):
    """No cluster is started implicitly: without --scheduler, dask is not even imported."""
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("川端春男さんが発言した。\n", encoding="utf-8")
    (src / "b.txt").write_text("本日の会議は午後二時に開会した。\n", encoding="utf-8")
    code = ("import sys\nfrom click.testing import CliRunner\nfrom redactor.cli.main import cli\n"
            f"r = CliRunner().invoke(cli, ['mask', {str(src)!r}, '-o', {str(tmp_path / 'out')!r}, '-j', '1'])\n"
            "print(r.exit_code, 'distributed' in sys.modules, 'dask' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.stdout.split() == ["0", "False", "False"], out.stdout + out.stderr
    assert (tmp_path / "out" / "a.txt").exists()
