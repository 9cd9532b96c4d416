"""Archive-wide runs on a Dask cluster: ``redactor mask DIR -o OUT --scheduler tcp://HOST:8786``.

A prefecture re-checking decades of minutes when a policy changes has more
files than one machine's ``-j`` gets through in a night. Rather than a
scheduler of our own, the files are handed to ``dask.distributed`` (the
optional extra ``redactor[dask]``), and everything else stays the local
batch's (``redactor.batch.run_batch``):

- each file goes through ``process_document`` on a worker exactly as in a
  local worker: read, redact, write, verify the output, then rename it into
  place with its audit log beside it — so outputs and audit logs are the
  same bytes as the local batch's (apart from times);
- this process, the client, keeps the manifest: it journals each file as
  its result arrives and rewrites the manifest as the local batch does, so
  ``--resume`` works the same and an interrupted run resumes;
- a failed file is an outcome with its reason, the others go on; the
  summary and exit codes are the local batch's;
- each worker process builds its ``Redactor`` once (from the settings sent
  to every worker once, ``Client.scatter``) and keeps it for the run, never
  one per file: loading Sudachi and the recognizers is the expensive part
  (done once per process, for as long as the worker runs); a worker works
  on one file at a time whatever its thread count;
- files are handed out a few tasks per worker at a time (a window),
  not all at once: a million files are never a million futures on the
  scheduler, and Ctrl-C stops handing out new ones while those running
  finish and are recorded; in a large run a task is a few files (up to
  16), so the scheduler's few milliseconds per task are shared.

Inputs and outputs are paths that every worker must see (a shared file
system mounted at the same place): relative paths, which mean something
else on each machine, are refused, and so are paths a worker cannot see.

No cluster is ever started implicitly: without ``--scheduler`` the local
``-j`` path runs. The audit key travels to the workers with the settings;
across machines, use a TLS scheduler address (``tls://``) or a private
network.
"""
from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path
from typing import Any, Callable, Generator, Sequence

from redactor.audit import AuditKey
from redactor.batch import BatchResult, RedactorSpec, Task, collect, run_batch
from redactor.documents.limits import max_size, set_max_size
from redactor.policy import load_policy
from redactor.process import Options, Outcome, process_document

# Redactors built by this worker process (for the tests: once per run, not per file).
BUILDS = 0


from redactor.errors import DaskUnavailable  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


def require_dask() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DaskUnavailable("Dask がインストールされていません（pip install 'redactor[dask]'）") from exc
    return distributed


def connect(address: str, *, timeout: float = 30.0) -> Any:
    """A client of the scheduler at ``address`` with at least one worker.

    Never starts a cluster: an address that does not answer is an error
    (``OSError``/``TimeoutError``), as is a scheduler without workers."""
    distributed = require_dask()
    client = distributed.Client(address, timeout=timeout, set_as_default=False)
    try:
        client.wait_for_workers(1, timeout=timeout)
    except Exception:
        client.close()
        raise
    return client


def cluster_workers(client: Any) -> int:
    """How many files the cluster works on at once: its workers (each works
    on one file at a time, whatever its thread count; see ``_ONE_AT_A_TIME``)."""
    return max(1, len(client.nthreads()))


# -- on the workers ------------------------------------------------------------

# A worker process works on one document at a time even if it was started
# with several threads: the work is Python holding the GIL (threads would
# gain nothing), and the process-wide detector and its caches were written
# for one caller at a time. Run more worker processes instead (--nworkers).
_ONE_AT_A_TIME = threading.Lock()
_BUILT: dict[str, Any] = {}


def cached(token: str, build: Callable[[Any], Any], arg: Any) -> Any:
    """``build(arg)`` once per worker process and run (``token``), kept for
    the run's later files (called under ``_ONE_AT_A_TIME``)."""
    global BUILDS
    obj = _BUILT.get(token)
    if obj is None:
        if len(_BUILT) >= 2:  # an earlier run's redactor: let it go
            _BUILT.pop(next(iter(_BUILT)))
        obj = _BUILT[token] = build(arg)
        BUILDS += 1
    return obj


def _build_redactor(spec: RedactorSpec) -> Any:
    return spec.build()


def _set_limit(limit: int) -> None:
    """The client's ``--max-size`` (a process setting) for this worker."""
    if max_size() != limit:
        set_max_size(limit)


def mask_task(items: Sequence[tuple[Task, Options, str, str]], spec: RedactorSpec, token: str,
              limit: int) -> list[Outcome]:
    """A few files on a worker, one after the other: what a local batch
    worker does with each, without the journal line (the client writes it)."""
    with _ONE_AT_A_TIME:
        _set_limit(limit)
        redactor = cached(token, _build_redactor, spec)
        return [process_document(task.src, task.out, redactor, options, audit=task.audit)
                for task, options, _out_dir, _settings in items]


def check_task(items: Sequence[tuple[str, str | None, str | None, bool, bool]], spec: RedactorSpec, token: str,
               limit: int) -> list[Any]:
    """A few files of ``redactor check`` on a worker."""
    from redactor.cli.check import check_one

    with _ONE_AT_A_TIME:
        _set_limit(limit)
        redactor = cached(token, _build_redactor, spec)
        return [check_one(redactor, path, encoding, password, show_text, ocr)
                for path, encoding, password, show_text, ocr in items]


def _sees(paths: Sequence[str]) -> list[str]:
    """The paths this worker cannot see (run on every worker)."""
    return [p for p in paths if not os.path.exists(p)]


# -- on the client -------------------------------------------------------------

def chunk_size(files: int, workers: int) -> int:
    """Files per task: one for small runs; for large ones up to 16, so that
    the scheduler's cost per task (a few ms: measured 5-26 ms on a busy
    2-core machine) is shared by several files, while each worker still
    gets at least 16 tasks to even out the end of the run."""
    return max(1, min(16, files // (workers * 16)))


def dask_map(client: Any, items: Sequence[Any], work: Callable[..., Any], spec: RedactorSpec, *,
             stop: Callable[[], bool] | None = None, window: int | None = None,
             chunk: int | None = None) -> Generator[tuple[Any, Any], None, None]:
    """``(item, result)`` as items finish on the cluster, or ``(item,
    exception)`` when their task failed (a worker died three times).
    ``work(chunk_of_items, spec, token, limit)`` returns one result per item.

    Items go out ``chunk`` at a time (default ``chunk_size``), at most
    ``window`` tasks (default: two per worker) on the cluster at
    once; once ``stop()`` says so no more are handed out and those already
    handed out are still yielded, so every file written is reported.
    Closing the iterator early waits for what was handed out (as the local
    pool's shutdown does), then lets it go."""
    from distributed import as_completed

    if not items:
        return
    workers = cluster_workers(client)
    window = window or 2 * workers
    chunk = chunk or chunk_size(len(items), workers)
    token = uuid.uuid4().hex
    [spec_ref] = client.scatter([spec], broadcast=True, hash=False)  # sent once, not per file
    limit = max_size()
    chunks = (list(items[i:i + chunk]) for i in range(0, len(items), chunk))
    pending: dict[Any, list[Any]] = {}
    running = as_completed(loop=client.loop)

    def hand_out() -> None:
        for group in chunks:
            fut = client.submit(work, group, spec_ref, token, limit, pure=False)
            pending[fut] = group
            running.add(fut)
            return

    for _ in range(window):
        hand_out()
    try:
        for fut in running:
            group = pending.pop(fut)
            try:
                results: list[Any] = list(fut.result())
            except Exception as exc:  # KilledWorker and the like: these items failed, the others go on
                results = [exc] * len(group)
            if not (stop is not None and stop()):
                hand_out()
            yield from zip(group, results)
    finally:
        if pending:  # stopped at once (a second Ctrl-C): like the local pool's shutdown, what was
            # handed out is waited for, so no worker is still writing a file when --resume starts;
            # those files are placed but unrecorded, and --resume redoes them (their audit log names them)
            try:
                client.gather(list(pending), errors="skip")
            finally:
                client.cancel(list(pending))
        client.cancel([spec_ref])


class DaskRunner:
    """``run_batch``'s runner on a Dask cluster."""

    def __init__(self, client: Any, spec: RedactorSpec, window: int | None = None,
                 chunk: int | None = None) -> None:
        self.client = client
        self.spec = spec
        self.window = window
        self.chunk = chunk
        self.jobs = cluster_workers(client)

    def __call__(self, items: Sequence[tuple[Task, Options, str, str]],
                 stop: Callable[[], bool]) -> Generator[tuple[Any, Outcome | BaseException], None, None]:
        return dask_map(self.client, items, mask_task, self.spec, stop=stop, window=self.window, chunk=self.chunk)


def unseen_paths(client: Any, paths: Sequence[str]) -> dict[str, list[str]]:
    """For each worker, the given paths it cannot see (empty: all seen)."""
    answers = client.run(_sees, list(paths))
    return {worker: missing for worker, missing in answers.items() if missing}


def check_shared(client: Any, paths: Sequence[str]) -> None:
    """Refuse relative paths and paths some worker cannot see (ValueError).

    A path this process cannot see either is left to the batch, which lists
    it as failed while the others go on, as the local batch does."""
    relative = [p for p in paths if not os.path.isabs(p)]
    if relative:
        raise ValueError(f"Dask の作業プロセスからも見える絶対パスで指定してください: {relative[0]}")
    unseen = unseen_paths(client, [p for p in paths if os.path.exists(p)])
    if unseen:
        worker, missing = next(iter(unseen.items()))
        raise ValueError(f"作業プロセス {worker} から見えません: {missing[0]}"
                         f"（入力と出力は全作業プロセスから同じパスで見える共有ストレージに置いてください）")


def run_batch_dask(client: Any, tasks: Sequence[Task], spec: RedactorSpec, options: Options, out_dir: Path, *,
                   resume: bool = False, progress: Callable[[int], None] | None = None,
                   failed_inputs: Sequence[Outcome] = (), window: int | None = None,
                   chunk: int | None = None) -> BatchResult:
    """``run_batch`` on the cluster behind ``client`` (a ``dask.distributed.Client``):
    the same tasks, options, manifest, ``--resume``, outcomes and summary.

    Paths must be absolute (ValueError otherwise): the workers resolve them
    on their own machines."""
    out_dir = Path(out_dir)
    if not out_dir.is_absolute():
        raise ValueError(f"Dask の作業プロセスからも見える絶対パスで指定してください: {out_dir}")
    for task in tasks:
        if not (os.path.isabs(task.src) and os.path.isabs(task.out)):
            raise ValueError(f"Dask の作業プロセスからも見える絶対パスで指定してください: {task.src}")
    return run_batch(tasks, spec, options, out_dir, resume=resume, progress=progress,
                     failed_inputs=failed_inputs, runner=DaskRunner(client, spec, window, chunk))


def mask_on_dask(client: Any, inputs: Sequence[str], out_dir: str | Path, *, spec: RedactorSpec | None = None,
                 options: Options | None = None, resume: bool = False,
                 progress: Callable[[int], None] | None = None, chunk: int | None = None) -> BatchResult:
    """Mask files and folders (absolute paths on storage every worker
    sees) into ``out_dir`` on the cluster behind ``client``, as
    ``redactor mask INPUTS -o OUT_DIR --scheduler …`` does.

        from dask.distributed import Client
        from redactor.batch import RedactorSpec
        from redactor.audit import AuditKey
        from redactor.policy import load_policy
        from redactor.dask_batch import mask_on_dask

        with Client("tcp://scheduler:8786") as client:
            spec = RedactorSpec(load_policy("default"), audit_key=AuditKey.load("/srv/keys/audit.key"))
            result = mask_on_dask(client, ["/srv/archive/2024"], "/srv/public/2024", spec=spec, resume=True)
            print(result.summary())
    """
    options = options or Options()
    spec = spec or RedactorSpec(load_policy("default"), audit_key=AuditKey.load())
    out_dir = Path(out_dir)
    check_shared(client, [*inputs])
    out_dir.mkdir(parents=True, exist_ok=True)
    check_shared(client, [str(out_dir)])
    tasks, missing = collect(inputs, out_dir, options)
    return run_batch_dask(client, tasks, spec, options, out_dir, resume=resume, progress=progress,
                          failed_inputs=missing, chunk=chunk)
