"""Benchmark: the pipeline against raw SudachiPy on the same text, same run.

Comparing with SudachiPy in the same process makes the figure a property
of the code rather than of the machine: the pipeline cannot be faster than
tokenisation, and the issue's bound is 30% of it.

PDF, Word and HTML inputs are read by their formats (the character figures
use their extracted text) and, since reading and writing them costs more
than detection, also timed end to end as ``redactor mask`` runs them (read,
redact, write, verify): documents per second and, for PDF, pages per second.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

from redactor.documents import DocumentError, DocumentFormat, Extracted
from redactor.gc_pause import collector_paused
from redactor.process import FAILED, Options, document_format, process_document
from redactor.tokens import chunk_text, sudachi_tokenizer

_STARTUP_SNIPPET = (
    "import time; t=time.perf_counter(); from redactor import Redactor; "
    "Redactor().redact('相手方 山田太郎（電話 090-1234-5678）は本町二丁目に住む。'); "
    "print(time.perf_counter()-t)"
)


def bundled_examples() -> list[str]:
    folder = resources.files("redactor.examples")
    return [str(p) for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".txt")]


def _sudachi_pass(text: str) -> None:
    tok = sudachi_tokenizer()
    for _, chunk in chunk_text(text):
        for m in tok.tokenize(chunk):
            m.part_of_speech()


def _paired_rates(fn, baseline, text: str, runs: int) -> dict[str, float]:
    """Rates of ``fn`` and ``baseline`` and their ratios over ``runs`` pairs
    after a warm-up of each.

    The two are timed alternately and the ratio is taken per pair: on a
    shared or throttled machine the speed drifts by a third within a
    minute, and timing all runs of one before all runs of the other would
    put that drift into the ratio. The ratio of CPU time is reported too:
    the pipeline tokenises in a second thread, so on several cores its
    wall-clock ratio is better than the work it does; the CPU ratio is what
    a single core would see.
    """
    fn(text)  # warm-up
    baseline(text)
    own, base, ratios, cpu_ratios = [], [], [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn(text)
        own.append(time.perf_counter() - t)
        own_cpu = time.process_time() - c
        t, c = time.perf_counter(), time.process_time()
        baseline(text)
        base.append(time.perf_counter() - t)
        base_cpu = time.process_time() - c
        ratios.append(base[-1] / own[-1])
        cpu_ratios.append(base_cpu / own_cpu)
    return {"chars_per_s": len(text) / statistics.median(own),
            "sudachi_chars_per_s": len(text) / statistics.median(base),
            "ratio_to_sudachi": statistics.median(ratios),
            "cpu_ratio_to_sudachi": statistics.median(cpu_ratios)}


def measure_startup(runs: int = 3) -> float:
    """Seconds for a fresh interpreter to import redactor and mask one line:
    the median of ``runs`` fresh processes (one alone varies by half a second
    on a shared machine)."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _STARTUP_SNIPPET], capture_output=True, text=True,
                             check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def _read(path: str, fmt: DocumentFormat) -> Extracted:
    extracted = fmt.read(Path(path))
    if extracted.unreadable:
        raise DocumentError(f"{path}: 読み取れない箇所があります: {'、'.join(extracted.unreadable[:3])}")
    return extracted


def measure_documents(paths: list[str], redactor: Any, runs: int) -> dict[str, Any]:
    """Whole documents as ``redactor mask`` handles them, median of ``runs``
    passes (after a warm-up pass) over every file."""
    options = Options(force=True)
    times: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="redactor-bench-") as tmp:
        for run in range(runs + 1):
            t = time.perf_counter()
            pages = 0
            for i, p in enumerate(paths):
                out = Path(tmp) / f"{i}{Path(p).suffix}"
                outcome = process_document(p, out, redactor, options)
                if outcome.status == FAILED:
                    raise DocumentError(outcome.message)
                pages += outcome.pages or 0
            if run:  # the first pass warms caches (fonts, dictionaries)
                times.append(time.perf_counter() - t)
    seconds = statistics.median(times)
    report: dict[str, Any] = {"documents": len(paths), "document_seconds": round(seconds, 3),
                              "documents_per_s": round(len(paths) / seconds, 2)}
    if pages:
        report.update(pages=pages, pages_per_s=round(pages / seconds, 2))
    return report



def _peak_rss_kb() -> float:
    """Peak resident memory of this process in KiB: ``resource`` on POSIX
    (Linux reports KiB, macOS bytes); on Windows, where there is no
    ``resource`` module, the working-set peak that psutil reports if it is
    installed, else 0 (shown as unknown rather than crashing)."""
    try:
        import resource
    except ImportError:
        try:
            import psutil  # type: ignore[import-not-found]
        except ImportError:
            return 0.0
        info = psutil.Process().memory_info()
        return float(getattr(info, "peak_wset", info.rss)) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform == "darwin" else float(peak)

def measure_stages(text: str, redactor: Any, runs: int = 3) -> dict[str, dict[str, float]]:
    """CPU seconds of each stage of ``redactor.redact(text)`` taken apart
    (the median of ``runs`` passes after a warm-up), and of each recognizer
    over every chunk: where the time goes, so that work on speed starts
    from a measurement rather than a profile (cProfile's cost per Python
    call overstates code made of many small functions).

    The stages are timed one after another on one thread, so ``tokenise``
    counts in full here although ``redact`` overlaps it with the
    recognizers on a second core. ``engine`` is the analyzer loop over the
    chunks minus the recognizers' own time (Presidio's bookkeeping);
    ``refine`` the document-level steps (``JaRecognizer.refine``). Raw
    SudachiPy's time on the same text is listed last, to read the others
    against: the bound of ``redactor bench`` (0.30) leaves the pipeline
    about 3.3 times that in all.
    """
    stages: dict[str, list[float]] = {}
    recognizers: dict[str, list[float]] = {}
    with collector_paused():  # as ``redact`` runs: no garbage collection inside a document
        for run in range(runs + 1):  # the first pass warms caches and is not counted
            if run == 1:
                stages.clear()
                recognizers.clear()
            _stage_pass(text, redactor, stages, recognizers)
    mid = statistics.median
    return {"stages": {k: round(mid(v), 4) for k, v in stages.items()},
            "recognizers": {k: round(mid(v), 4) for k, v in sorted(recognizers.items(), key=lambda kv: -mid(kv[1]))}}


def _stage_pass(text: str, redactor: Any, stages: dict[str, list[float]],
                recognizers: dict[str, list[float]]) -> None:
    """One pass of ``measure_stages``, adding each stage's CPU seconds."""
    from redactor.analyzer import _to_finding
    from redactor.finding import Finding
    from redactor.masking import apply_masks, resolve_overlaps
    from redactor.normalize import normalize
    from redactor.pipeline import Result
    from redactor.risk import assess_risk

    detector, policy = redactor.detector, redactor.policy
    nlp = detector.engine.nlp_engine
    clock = time.process_time

    def timed(name: str, fn, *args):
        t = clock()
        out = fn(*args)
        stages.setdefault(name, []).append(clock() - t)
        return out

    norm = timed("normalise", lambda: normalize(text, join_lines=True))
    chunks = chunk_text(norm.text)
    artifacts = timed("tokenise", lambda: [nlp.process_text(c, "ja") for _, c in chunks])
    # Each recognizer is timed inside the engine's own pass, chunk by chunk in
    # the registry's order as ``detect`` runs them: timed in a pass of their
    # own (one recognizer over every chunk), their caches of the chunk before
    # meet another order, and the difference from the engine's pass was
    # reported as the engine's bookkeeping (0.8 times SudachiPy's time, when
    # the engine's own work is about a tenth of it).
    spent: dict[str, float] = {}

    def timing(rec):
        analyze = rec.analyze

        def timed_analyze(*args, **kwargs):
            t = clock()
            try:
                return analyze(*args, **kwargs)
            finally:
                spent[rec.name] = spent.get(rec.name, 0.0) + clock() - t
        return timed_analyze

    def analyze_all() -> list[Finding]:
        found: list[Finding] = []
        for rec in detector.recognizers:  # an instance attribute shadows the method for this pass
            setattr(rec, "analyze", timing(rec))
        try:
            for (offset, chunk), art in zip(chunks, artifacts):
                results = detector.engine.analyze(chunk, language="ja", nlp_artifacts=art)
                found.extend(_to_finding(r, norm.text, offset) for r in results)
        finally:
            for rec in detector.recognizers:
                delattr(rec, "analyze")
        return found

    stages.setdefault("recognizers", [])  # listed before the engine, as they run inside it
    found = timed("engine", analyze_all)
    for name, seconds in spent.items():
        recognizers.setdefault(name, []).append(seconds)
    stages.setdefault("recognizers", []).append(sum(spent.values()))
    stages["engine"][-1] = max(0.0, stages["engine"][-1] - stages["recognizers"][-1])

    def refine_all(findings: list[Finding]) -> list[Finding]:
        for rec in detector.recognizers:
            findings = rec.refine(norm.text, findings)
        return findings

    timed("refine", refine_all, found)
    # the whole detection as ``redact`` runs it (tokenising on a second thread),
    # whose findings, in the original's offsets, the stages below take
    findings = timed("detect (the above, as run)", detector.detect, text)
    decided = timed("policy", lambda: resolve_overlaps(policy.apply(findings)))
    assessment = timed("risk", assess_risk, text, decided, policy)
    masked = timed("mask", apply_masks, text, assessment.findings, policy.style, policy.review_output)
    result = Result(original=text, findings=assessment.findings, risk=assessment.subjects,
                    text=masked[0], replacements=masked[1])
    timed("audit", redactor.audit_records, result)
    timed("raw SudachiPy (reference)", _sudachi_pass, text)


def run_benchmark(files: list[str], runs: int = 5, min_chars: int = 200_000,
                  stages: bool = False) -> dict[str, Any]:
    """The report of ``redactor bench``; with ``stages``, also the CPU time
    of each stage and recognizer (``measure_stages``, after the timed runs,
    so that it does not disturb them; the peak memory is read before it)."""
    from redactor.pipeline import Redactor

    paths = files or bundled_examples()
    formats = [document_format(p) for p in paths]
    base = "\n".join(_read(p, fmt).text for p, fmt in zip(paths, formats))
    text = base
    while len(text) < min_chars:
        text += "\n" + base
    redactor = Redactor()
    rates = _paired_rates(redactor.redact, _sudachi_pass, text, runs)
    documents = ({} if all(f.name == "text" for f in formats)
                 else measure_documents(list(paths), redactor, runs))
    peak_kb = _peak_rss_kb()
    report = {
        "characters": len(text), "chars_per_s": round(rates["chars_per_s"], 1),
        "sudachi_chars_per_s": round(rates["sudachi_chars_per_s"], 1),
        "ratio_to_sudachi": round(rates["ratio_to_sudachi"], 3),
        "cpu_ratio_to_sudachi": round(rates["cpu_ratio_to_sudachi"], 3),
        "startup_s": round(measure_startup(), 3), "peak_rss_mb": round(peak_kb / 1024, 1),
        **documents,
    }
    if stages:
        report.update(measure_stages(text, redactor, runs))
    return report
