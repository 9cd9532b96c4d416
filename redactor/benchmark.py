"""Benchmark: the pipeline against raw SudachiPy on the same text, same run.

Comparing with SudachiPy in the same process makes the figure a property
of the code rather than of the machine: the pipeline cannot be faster than
tokenisation, and the issue's bound is 30% of it.
"""
from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from importlib import resources

from redactor.textio import read_text
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


def _median_rate(fn, text: str, runs: int) -> float:
    fn(text)  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t)
    return len(text) / statistics.median(times)


def measure_startup() -> float:
    """Seconds for a fresh interpreter to import redactor and mask one line."""
    out = subprocess.run([sys.executable, "-c", _STARTUP_SNIPPET], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip().splitlines()[-1])


def run_benchmark(files: list[str], runs: int = 5, min_chars: int = 200_000) -> dict[str, float]:
    from redactor.pipeline import Redactor

    paths = files or bundled_examples()
    base = "\n".join(read_text(p).text for p in paths)
    text = base
    while len(text) < min_chars:
        text += "\n" + base
    redactor = Redactor()
    pipeline = _median_rate(lambda t: redactor.redact(t), text, runs)
    sudachi = _median_rate(_sudachi_pass, text, runs)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "characters": len(text), "chars_per_s": round(pipeline, 1),
        "sudachi_chars_per_s": round(sudachi, 1), "ratio_to_sudachi": round(pipeline / sudachi, 3),
        "startup_s": round(measure_startup(), 3), "peak_rss_mb": round(peak_kb / 1024, 1),
    }
