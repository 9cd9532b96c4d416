"""Many documents at once: ``redactor mask DIR_OR_FILES... -o OUT_DIR``.

Each file goes through ``process_document`` exactly as a single ``mask``
would (read, redact, write, verify, rename, audit log beside it). What the
batch adds:

- the input tree's layout mirrored in OUT_DIR (paths relative to the
  common folder of the inputs), so hundreds of outputs stay findable;
- parallel workers (``ProcessPoolExecutor``); each worker builds its
  ``Redactor`` once, since loading Sudachi and the recognizers is the
  expensive part (~1.5 s) and a document is usually far less;
- a failure is an ``Outcome`` with its one-line reason, the rest go on;
- a manifest in OUT_DIR (input SHA-256, settings, output SHA-256 per file)
  so that ``--resume`` skips files already done with the same input and
  settings and redoes a changed one. Each file is also appended to a
  journal beside it the moment its output is in place (by the worker that
  wrote it), so an output is never left outside the manifest, even when
  the run is killed between two saves;
- Ctrl-C stops the batch between files: the files being written are
  finished and recorded, the rest are left for ``--resume``;
- symbolic links are followed (a linked file is mirrored where the link
  is, wherever it points), a folder link that leads back into a folder
  already walked is skipped with its reason; never a traceback.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Protocol, Sequence, TypeVar

from redactor import __version__
from redactor.audit import AuditKey, sha256_bytes
from redactor.documents import available_formats
from redactor.process import (AUDIT_SUFFIX, FAILED, OK, REVIEW, SKIPPED, Options, Outcome,
                                        default_audit_path, document_format, process_document)
from redactor.policy import Policy
from redactor.textio import write_atomic

MANIFEST = ".redactor-manifest.json"
JOURNAL = ".redactor-manifest.journal"
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class RedactorSpec:
    """Everything needed to build the same ``Redactor`` in another process."""

    policy: Policy
    style: str | None = None
    audit_key: AuditKey | None = None
    include_text_in_audit: bool = False

    def build(self) -> Any:
        from redactor.pipeline import Redactor

        return Redactor(policy=self.policy, style=self.style, audit_key=self.audit_key,
                        include_text_in_audit=self.include_text_in_audit)

    def settings(self) -> dict[str, Any]:
        return {"policy_sha256": self.policy.sha256, "style": self.style or self.policy.style,
                "review_output": self.policy.review_output,
                "audit_include_text": self.include_text_in_audit}


@dataclass(frozen=True)
class Task:
    """One input and where its output goes; ``rel`` is the mirrored path."""

    src: str
    rel: str
    out: str
    audit: str


@dataclass
class BatchResult:
    """Every file's outcome (with its task; ``None`` for an input that did
    not exist), the wall time and the workers used."""

    outcomes: list[tuple[Task | None, Outcome]]
    seconds: float
    jobs: int
    interrupted: bool = False       # Ctrl-C: the files not started were left for --resume
    not_started: int = 0

    def by_status(self, status: str) -> list[tuple[Task | None, Outcome]]:
        return [(t, o) for t, o in self.outcomes if o.status == status]

    @property
    def worst(self) -> str:
        """failed > review > ok; a skipped file counts with its earlier status."""
        states = {o.effective for _, o in self.outcomes}
        return FAILED if FAILED in states else REVIEW if REVIEW in states else OK

    def summary(self) -> dict[str, Any]:
        done = [o for _, o in self.outcomes if o.status in (OK, REVIEW)]
        pages = sum(o.pages or 0 for o in done)
        return {
            "files": len(self.outcomes),
            "ok": len(self.by_status(OK)), "review": len(self.by_status(REVIEW)),
            "failed": len(self.by_status(FAILED)), "skipped": len(self.by_status(SKIPPED)),
            "mask": sum(o.counts.get("MASK", 0) for o in done),
            "review_findings": sum(o.counts.get("REVIEW", 0) for o in done),
            "replaced": sum(o.replaced for o in done),
            "pages": pages, "characters": sum(o.characters for o in done),
            "seconds": round(self.seconds, 3), "jobs": self.jobs,
            "documents_per_s": round(len(done) / self.seconds, 2) if self.seconds > 0 else None,
            "interrupted": self.interrupted, "not_started": self.not_started,
        }

    def to_json(self) -> dict[str, Any]:
        files = []
        for task, o in sorted(self.outcomes, key=lambda p: p[1].source):
            row = o.to_dict()
            if task is not None:
                row["relative"] = task.rel
            files.append(row)
        return {"summary": self.summary(), "files": files}


# -- collecting inputs ---------------------------------------------------------

def supported_suffixes() -> set[str]:
    return {s for f in available_formats() for s in f.suffixes if s}


def walk_documents(folder: Path, skip: Path, suffixes: set[str],
                   skipped: list[Outcome] | None = None) -> Iterable[Path]:
    """Documents under ``folder`` in a stable order; hidden files, the
    output folder and files of unknown types are left out, the last listed
    in ``skipped`` (an old Word .doc in a folder of minutes is not
    published, and the officer is told so).

    Linked folders are followed like real ones (a clerk links last year's
    folder in); one that leads back to a folder already walked (a loop, or
    the same folder twice) is not walked again, and ``skipped`` gets an
    outcome saying so, so that nothing is left out without a word."""
    seen: set[Path] = {folder.resolve()}
    for root, dirs, files in os.walk(folder, followlinks=True):
        root_path = Path(root)
        keep: list[str] = []
        # real folders claim their place before links to them at the same level
        for d in sorted(dirs, key=lambda d: ((root_path / d).is_symlink(), d)):
            if d.startswith("."):
                continue
            real = (root_path / d).resolve()
            if real == skip:
                continue
            if real in seen:
                if skipped is not None:
                    skipped.append(Outcome(source=str(root_path / d), status=SKIPPED,
                                           message=f"{root_path / d}: リンク先 {real} は既に読んだフォルダーです（二度は読みません）",
                                           notes=[f"リンク先 {real} は既に読んだフォルダーのため読みませんでした"]))
                continue
            seen.add(real)
            keep.append(d)
        dirs[:] = sorted(keep)
        for name in sorted(files):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in suffixes:
                yield root_path / name
            elif skipped is not None and not name.endswith(AUDIT_SUFFIX):
                # an old .doc or an .xlsx beside the minutes: said, never silent (our own audit logs need no word)
                kind = Path(name).suffix or "拡張子なし"
                skipped.append(Outcome(source=str(root_path / name), status=SKIPPED,
                                       message=f"{root_path / name}: 対応していない形式（{kind}）のため読んでいません",
                                       notes=[f"対応していない形式（{kind}）のため読んでいません（出力していません）"]))


def output_name(rel: Path, options: Options) -> Path:
    """The mirrored output path: the same name, or ``name.ext.txt`` when a
    PDF/Word/HTML file is written as plain text (no clash with a .txt input)."""
    if options.output_format == "text" and rel.suffix.lower() in supported_suffixes() \
            and document_format(rel).name != "text":
        return rel.with_name(rel.name + ".txt")
    return rel  # an unsupported file keeps its name: it fails later with its reason


def collect(inputs: Sequence[str], out_dir: Path, options: Options) -> tuple[list[Task], list[Outcome]]:
    """Tasks for every document named or found under the inputs, and an
    outcome for each input that does not exist (or is a link to nothing,
    or whose output would clash with another's): failed; and for each
    linked folder not walked again: skipped, with its reason.

    Paths are mirrored as they are found, not as their links resolve: a
    link to a file outside the input folder is written where the link is."""
    skip = Path(out_dir).resolve()
    suffixes = supported_suffixes()
    missing: list[Outcome] = []
    found: list[tuple[Path, Path]] = []          # (path as found, its root for mirroring)
    for given in inputs:
        p = Path(given)
        if p.is_dir():
            found.extend((f, p) for f in walk_documents(p, skip, suffixes, missing))
        elif p.is_file():
            found.append((p, p.parent))
        elif p.exists():  # a named pipe or a device: its reader refuses it with that reason
            found.append((p, p.parent))
        elif p.is_symlink():
            missing.append(Outcome(source=given, status=FAILED, message=f"{given}: リンク先がありません"))
        else:
            missing.append(Outcome(source=given, status=FAILED, message=f"{given}: ファイルがありません"))
    if not found:
        return [], missing
    common = Path(os.path.commonpath([str(root.resolve()) for _, root in found]))
    tasks: list[Task] = []
    seen: set[Path] = set()
    taken: set[str] = set()
    for path, root in found:
        if not path.exists():  # a link to nothing, found in a folder
            missing.append(Outcome(source=str(path), status=FAILED, message=f"{path}: リンク先がありません（出力していません）"))
            continue
        where = root.resolve() / path.relative_to(root)   # the link's place, not its target's
        if where in seen:
            continue
        seen.add(where)
        rel = output_name(where.relative_to(common), options)
        out = Path(out_dir) / rel
        audit_rel = default_audit_path(rel).as_posix()
        # a.pdf as text and an input a.pdf.txt; an input a.txt.audit.jsonl and a.txt's audit log
        clash = next((r for r in (rel.as_posix(), audit_rel) if r in taken), None)
        if clash is not None:
            missing.append(Outcome(source=str(path), status=FAILED,
                                   message=f"{path}: 出力先 {clash} が他の文書の出力か監査ログと重なります（出力していません）"))
            continue
        taken.update((rel.as_posix(), audit_rel))
        tasks.append(Task(str(path), rel.as_posix(), str(out), str(default_audit_path(out))))
    return tasks, missing


# -- the manifest for --resume -------------------------------------------------

def settings_hash(spec: RedactorSpec, options: Options) -> str:
    data = {"version": __version__, **spec.settings(), **options.settings()}
    if options.decisions_file:
        data["decisions_sha256"] = sha256_bytes(Path(options.decisions_file).read_bytes())
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


def _utf8(json_text: str) -> bytes:
    """JSON text as UTF-8. A file name that is not UTF-8 (CP932 bytes from a
    Windows zip, kept by Python as lone surrogates) cannot be encoded as
    it is: it is written as the JSON escape ``\\udc93``, which reads back
    as the very same name, so ``--resume`` still finds the file (the batch
    stopped with an internal error at the first such name)."""
    return json_text.encode("utf-8", "backslashreplace")


def load_manifest(out_dir: Path) -> dict[str, Any]:
    """The manifest's files, with what the journal adds (files placed after
    the last save of a run that was stopped)."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    files = data.get("files", {}) if isinstance(data, dict) else {}
    files = files if isinstance(files, dict) else {}
    try:
        lines = (out_dir / JOURNAL).read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        try:
            row = json.loads(line)
            files[row["rel"]] = row["entry"]
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a crash: that file is redone
    return files


def save_manifest(out_dir: Path, files: dict[str, Any], *, final: bool = False) -> None:
    """Write the manifest; ``final`` (no worker left writing) also drops the
    journal, whose lines the manifest now holds."""
    if final:  # files a worker finished while the batch was being stopped
        files = {**files, **{k: v for k, v in load_manifest(out_dir).items() if k not in files}}
    data = {"tool": "redactor", "version": __version__, "files": files}
    write_atomic(out_dir / MANIFEST, _utf8(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)))
    if final:
        try:
            (out_dir / JOURNAL).unlink()
        except FileNotFoundError:
            pass


def manifest_entry(outcome: Outcome, settings: str) -> dict[str, Any]:
    return {"input_sha256": outcome.input_sha256, "output_sha256": outcome.output_sha256,
            "settings": settings, "status": outcome.status}


def journal(out_dir: Path, rel: str, entry: dict[str, Any]) -> None:
    """Append one finished file to the journal: one line in one write, on
    disk before the next file starts."""
    journal_rows(out_dir, [(rel, entry)])


def journal_rows(out_dir: Path, rows: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """Append finished files to the journal in one write and one fsync
    (a client receiving thousands of results a second from a cluster
    cannot afford an fsync for each)."""
    data = _utf8("".join(json.dumps({"rel": rel, "entry": entry}, ensure_ascii=False) + "\n"
                         for rel, entry in rows))
    fd = os.open(out_dir / JOURNAL, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _file_sha(path: str) -> str | None:
    try:
        return sha256_bytes(Path(path).read_bytes())
    except OSError:
        return None


def unchanged(task: Task, entry: dict[str, Any] | None, settings: str) -> bool:
    """Done before with this very input and these settings, outputs intact."""
    if not entry or entry.get("settings") != settings or entry.get("status") not in (OK, REVIEW):
        return False
    if not Path(task.audit).exists():
        return False
    return (entry.get("input_sha256") == _file_sha(task.src)
            and entry.get("output_sha256") == _file_sha(task.out))


def written_by_us(task: Task) -> bool:
    """An output with no manifest entry that an earlier run of this batch
    wrote (stopped before it could record it): its audit log names this
    very output by its SHA-256. ``--resume`` may redo such a file; any
    other existing file is still refused."""
    digest = _file_sha(task.out)
    if digest is None:
        return False
    try:
        with open(task.audit, encoding="utf-8") as fh:
            return any(f'"output_sha256": "{digest}"' in line or f'"output_sha256":"{digest}"' in line
                       for line in fh)
    except OSError:
        return False


# -- running -------------------------------------------------------------------

def workers(jobs: int | None, items: int) -> int:
    """Worker processes for ``items`` files: ``jobs`` (default the core
    count), never more than there are files."""
    return max(1, min(jobs or os.cpu_count() or 1, items or 1))


def parallel(items: Sequence[T], work: Callable[[T], R], jobs: int,
             init: Callable[..., None], init_args: tuple[Any, ...],
             stop: Callable[[], bool] | None = None) -> Generator[tuple[T, R | BaseException], None, None]:
    """``(item, work(item))`` as items finish, or ``(item, exception)`` when
    a worker died. ``init(*init_args)`` runs once per worker process (it
    loads the ``Redactor``); with one job everything runs in this process.
    Once ``stop()`` says so (Ctrl-C), items not started are dropped and
    those being worked on are still waited for and yielded, so that every
    file written is reported."""
    if jobs == 1:
        if items:
            init(*init_args)
        for item in items:
            if stop is not None and stop():
                return
            yield item, work(item)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=init, initargs=init_args)
    try:
        futures = {pool.submit(work, item): item for item in items}
        stopping = False
        for fut in as_completed(futures):
            if not stopping and stop is not None and stop():
                stopping = True
                for other in futures:
                    other.cancel()  # not started: dropped; running ones finish
            if fut.cancelled():
                continue
            try:
                yield futures[fut], fut.result()
            except Exception as exc:  # BrokenProcessPool and the like: this item failed
                yield futures[fut], exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_WORKER_REDACTOR: Any = None


def _init_worker(spec: RedactorSpec, in_pool: bool = True) -> None:
    """Each worker process loads Sudachi and the recognizers once. A pool
    worker ignores Ctrl-C (the terminal sends it to the whole group): the
    parent decides to stop, and a file being written is finished."""
    global _WORKER_REDACTOR
    if in_pool:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_REDACTOR = spec.build()


def _work(item: tuple[Task, Options, str, str]) -> Outcome:
    task, options, out_dir, settings = item
    outcome = process_document(task.src, task.out, _WORKER_REDACTOR, options, audit=task.audit)
    if outcome.status in (OK, REVIEW):  # in place: recorded before anything else can stop us
        try:
            journal(Path(out_dir), task.rel, manifest_entry(outcome, settings))
        except OSError:
            pass  # the parent records it too; a lost line only means redoing this file
    return outcome


class _Stop:
    """Ctrl-C during a batch: the first one asks to stop after the files
    being written (``requested``); a second one stops at once."""

    def __init__(self) -> None:
        self.requested = False
        self._old: Any = None

    def __enter__(self) -> "_Stop":
        try:
            self._old = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread: Ctrl-C stays as it was
            self._old = None
        return self

    def _handle(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc: Any) -> None:
        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)


class Runner(Protocol):
    """Runs the batch's work somewhere else (``redactor.dask_batch``): yields
    ``(item, outcome or exception)`` as items finish, stops handing out new
    ones once ``stop()`` says so and still yields those already running.
    ``jobs`` is how many files it works on at once (for the summary)."""

    jobs: int

    def __call__(self, items: Sequence[tuple[Task, Options, str, str]],
                 stop: Callable[[], bool]) -> Generator[tuple[Any, Outcome | BaseException], None, None]: ...


def run_batch(tasks: Sequence[Task], spec: RedactorSpec, options: Options, out_dir: Path, *,
              jobs: int | None = None, resume: bool = False,
              progress: Callable[[int], None] | None = None,
              failed_inputs: Sequence[Outcome] = (), runner: Runner | None = None) -> BatchResult:
    """Mask every task; ``progress(n)`` is called as files finish.

    With a ``runner`` (a Dask cluster) the files are worked on there and
    this process, the client, writes the journal line of each file as its
    result arrives (workers on other machines share no file they could
    append to safely); the manifest, ``--resume``, the outcomes and the
    summary are the same as with local workers."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = load_manifest(out_dir)
    settings = settings_hash(spec, options)
    results: list[tuple[Task | None, Outcome]] = [(None, o) for o in failed_inputs]
    todo: list[tuple[Task, Options, str, str]] = []
    for task in tasks:
        entry = manifest.get(task.rel)
        if resume and entry is not None and unchanged(task, entry, settings):  # (unchanged needs an entry)
            results.append((task, Outcome(source=task.src, status=SKIPPED, message="変更なし（前回の結果を使用）",
                                          output=task.out, audit=task.audit, previous=entry["status"],
                                          input_sha256=entry["input_sha256"])))
            if progress:
                progress(1)
            continue
        # --resume may overwrite what an earlier run of this batch wrote
        ours = resume and (entry is not None or written_by_us(task))
        todo.append((task, replace(options, force=options.force or ours), str(out_dir), settings))
    jobs = workers(jobs, len(todo)) if runner is None else runner.jobs
    last_save = time.monotonic()
    save_cost = 0.0
    finished = 0
    unjournaled: list[tuple[str, dict[str, Any]]] = []   # results from a runner, journaled together
    last_journal = time.monotonic()

    def record(task: Task, outcome: Outcome) -> None:
        nonlocal last_save, save_cost, finished, last_journal
        finished += 1
        results.append((task, outcome))
        if outcome.status in (OK, REVIEW):
            manifest[task.rel] = manifest_entry(outcome, settings)
            if runner is not None:  # the workers did not journal it: recorded here as it arrives
                unjournaled.append((task.rel, manifest[task.rel]))
        # at most 0.2 s of results wait for one write; a crash in between loses
        # only their lines, and --resume redoes those files (written_by_us)
        if unjournaled and time.monotonic() - last_journal > 0.2:
            journal_rows(out_dir, unjournaled)
            unjournaled.clear()
            last_journal = time.monotonic()
        if progress:
            progress(1)
        # the whole manifest is rewritten: every 2 s, or less often once it is
        # large (at most a tenth of the time; the journal holds what is between)
        if time.monotonic() - last_save > max(2.0, 10 * save_cost):
            began = time.monotonic()
            save_manifest(out_dir, manifest)
            last_save = time.monotonic()
            save_cost = last_save - began

    with _Stop() as stop:
        if runner is None:
            runs = parallel(todo, _work, jobs, _init_worker, (spec, jobs > 1), stop=lambda: stop.requested)
        else:
            runs = runner(todo, lambda: stop.requested)
        try:
            for (task, *_), outcome in runs:
                if isinstance(outcome, BaseException):  # a worker died: this file failed, the others go on
                    outcome = Outcome(source=task.src, status=FAILED,
                                      message=f"{task.src}: 作業プロセスが異常終了しました（{outcome.__class__.__name__}）（出力していません）")
                record(task, outcome)
        except KeyboardInterrupt:  # a second Ctrl-C: what was placed is in the journal
            stop.requested = True
        finally:
            runs.close()  # a pool: cancel what has not started, wait for what has
            save_manifest(out_dir, manifest, final=True)
    results.sort(key=lambda p: (p[0].rel if p[0] else "", p[1].source))
    return BatchResult(results, time.perf_counter() - started, jobs,
                       interrupted=stop.requested, not_started=len(todo) - finished)


def progress_bar(total: int, label: str, every: float = 60.0) -> Any:
    """A click progress bar on a terminal's stderr. Elsewhere (a batch run
    unattended, its stderr in a log file) one line every ``every`` seconds,
    so whoever reads the log of a run of hours sees it is moving and how
    far it is; a run shorter than that writes none, so short logs stay
    clean. One file: nothing."""
    import click

    if total > 1 and sys.stderr.isatty():
        return click.progressbar(length=total, label=label, file=sys.stderr)
    if total > 1:
        return _Lines(total, label, every)
    return _Quiet()


class _Quiet:
    def __enter__(self) -> "_Quiet":
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def update(self, n: int) -> None:
        return None


class _Lines(_Quiet):
    """``label: done/total 件（経過 m 分 s 秒）`` on stderr at most once per ``every`` seconds."""

    def __init__(self, total: int, label: str, every: float) -> None:
        self.total, self.label, self.every = total, label, every
        self.done = 0
        self.started = self.last = time.monotonic()

    def update(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every and self.done < self.total:
            self.last = now
            m, sec = divmod(int(now - self.started), 60)
            print(f"{self.label}: {self.done}/{self.total} 件（経過 {m} 分 {sec} 秒）", file=sys.stderr, flush=True)
