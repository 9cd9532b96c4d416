"""``redactor bench``: throughput, start-up time and memory."""
from __future__ import annotations

import json

import click

from redactor.cli.errors import CommandError


@click.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--runs", default=5, show_default=True, help="Timed runs (the median is reported).")
@click.option("--min-chars", default=200_000, show_default=True,
              help="Repeat the input until it has at least this many characters.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--stages", is_flag=True,
              help="Also list the CPU time of each stage (normalise, tokenise, each recognizer, "
                   "refine, policy, risk, mask, audit) and of raw SudachiPy on the same text.")
def bench(files: tuple[str, ...], runs: int, min_chars: int, as_json: bool, stages: bool) -> None:
    """Measure the pipeline's speed against raw SudachiPy on the same text.

    Reports characters per second (median of --runs after a warm-up), the
    ratio to SudachiPy tokenisation (mode C, part of speech looked up) in
    the same run (wall clock, and CPU time: the pipeline tokenises the next
    chunk in a second thread, so on one core only the CPU ratio holds), start-up time (a fresh process: import + first small
    document) and peak memory. Without FILES the bundled examples are used.

    With PDF, Word or HTML files the whole `redactor mask` path (read,
    redact, write, verify) is timed too: documents per second and, for PDF,
    pages per second.

    \b
    Examples:
      redactor bench
      redactor bench minutes/*.txt --json
      redactor bench bills/*.pdf --runs 3
      redactor bench --stages              # where the time goes
    """
    from redactor.benchmark import run_benchmark
    from redactor.errors import RedactorError

    try:
        report = run_benchmark(list(files), runs=runs, min_chars=min_chars, stages=stages)
    except RedactorError as exc:  # an unreadable input: one line, exit 2
        raise CommandError(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report))
        return
    click.echo(f"characters per run   {report['characters']:,}")
    click.echo(f"pipeline             {report['chars_per_s']:,.0f} chars/s")
    click.echo(f"raw SudachiPy        {report['sudachi_chars_per_s']:,.0f} chars/s")
    click.echo(f"ratio to SudachiPy   {report['ratio_to_sudachi']:.2f}  (CPU time: {report['cpu_ratio_to_sudachi']:.2f})")
    click.echo(f"start-up             {report['startup_s']:.2f} s (import + first document)")
    click.echo(f"peak memory          {report['peak_rss_mb']:.0f} MB")
    if "documents_per_s" in report:
        click.echo(f"documents (mask)     {report['documents_per_s']:,.2f} documents/s "
                   f"({report['documents']} in {report['document_seconds']:.2f} s: read, redact, write, verify)")
    if "pages_per_s" in report:
        click.echo(f"pages (mask)         {report['pages_per_s']:,.2f} pages/s ({report['pages']} pages)")
    if stages:
        click.echo("CPU by stage (s, median of --runs passes, one thread):")
        for name, seconds in report["stages"].items():
            click.echo(f"  {name:28s} {seconds:7.3f}")
        click.echo("CPU by recognizer (s, over every chunk):")
        for name, seconds in report["recognizers"].items():
            if seconds >= 0.001:
                click.echo(f"  {name:28s} {seconds:7.3f}")
