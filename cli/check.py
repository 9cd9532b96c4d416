"""``redactor check``: list what would be masked, kept or reviewed, and why."""
from __future__ import annotations

import json
from typing import Any

import click

from redactor.cli.common import (LineIndex, encoding_option, load_input, policy_option,
                                 profile_option, resolve_policy)
from redactor.cli.errors import ERROR, NEEDS_ATTENTION, OK, CommandError
from redactor.finding import KEEP, MASK, REVIEW, Finding


def finding_view(f: Finding, lines: LineIndex, show_text: bool) -> dict[str, Any]:
    line, col = lines(f.start)
    view: dict[str, Any] = {
        "label": f.label, "action": f.action, "start": f.start, "end": f.end,
        "line": line, "column": col, "reason": f.reason, "recognizer": f.recognizer,
        "score": f.score,
    }
    if f.attributes:
        view["attributes"] = f.attributes
    if show_text or f.action in (KEEP, REVIEW):
        view["text"] = f.text
    return view


@click.command()
@click.argument("files", nargs=-1, required=True)
@profile_option
@policy_option
@encoding_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="text for people, json (one object) for pipelines.")
@click.option("--show-text", is_flag=True,
              help="Also print the text of MASK findings (internal use only: it is personal data).")
@click.option("--all", "show_all", is_flag=True, help="Also list KEEP findings in text output.")
def check(files: tuple[str, ...], profile: str | None, policy_file: str | None,
          encoding: str | None, fmt: str, show_text: bool, show_all: bool) -> None:
    """List findings in FILES (use - for standard input) without changing them.

    Each finding shows its label, action (MASK / KEEP / REVIEW), line:column
    and the reason. The text of MASK findings is not printed unless
    --show-text is given, so the listing can be shared.

    \b
    Examples:
      redactor check minutes.txt
      redactor check --format json bills/*.txt > findings.json
      cat minutes.txt | redactor check -

    With several files, a value masked in one file but visible in another
    (a name, an address, a case number) is reported too.

    Exit code: 0 nothing needs masking or review, 1 something does (or a
    high re-identification risk, or a cross-document leak), 2 a file could
    not be checked (it is never reported as clean).
    """
    from redactor.analyzer import RecognizerFailure
    from redactor.pipeline import Redactor
    from redactor.risk import cross_document_check

    redactor = Redactor(policy=resolve_policy(profile, policy_file))
    reports: list[dict[str, Any]] = []
    checked = []
    status = OK
    for path in files:
        try:
            loaded = load_input(path, encoding)
            result = redactor.check(loaded.text)
        except CommandError as exc:
            reports.append({"path": path, "error": exc.message})
            status = ERROR
            if fmt == "text":
                click.echo(f"エラー: {exc.message}", err=True)
            continue
        except RecognizerFailure as exc:
            reports.append({"path": path, "error": str(exc)})
            status = ERROR
            if fmt == "text":
                click.echo(f"エラー: {path}: {exc}（この文書は確認できていません）", err=True)
            continue
        checked.append((loaded.name, result))
        lines = LineIndex(loaded.text)
        views = [finding_view(f, lines, show_text) for f in result.findings]
        report = {
            "path": loaded.name, "encoding": loaded.encoding, "characters": len(loaded.text),
            "needs_attention": result.needs_attention,
            "counts": {a: result.count(a) for a in (MASK, REVIEW, KEEP)},
            "findings": views,
        }
        if result.risk:
            report["risk"] = [s.to_view() if hasattr(s, "to_view") else s for s in result.risk]
        reports.append(report)
        if result.needs_attention and status == OK:
            status = NEEDS_ATTENTION
        if fmt == "text":
            _print_text(report, show_all)
    cross = cross_document_check(checked) if len(checked) > 1 else []
    if cross and status == OK:
        status = NEEDS_ATTENTION
    if fmt == "json":
        click.echo(json.dumps({"files": reports, "cross_document": cross, "exit_code": status},
                              ensure_ascii=False, indent=1))
    else:
        for c in cross:
            click.echo(f"文書間: {c['masked_in']} で MASK された {c['value_label']} が {c['visible_in']} "
                       f"では見えています（{c['start']}文字目）")
    raise SystemExit(status)


def _print_text(report: dict[str, Any], show_all: bool) -> None:
    c = report["counts"]
    click.echo(f"{report['path']}（{report['encoding']}、{report['characters']}文字）: "
               f"MASK {c[MASK]}件、REVIEW {c[REVIEW]}件、KEEP {c[KEEP]}件")
    for v in report["findings"]:
        if v["action"] == KEEP and not show_all:
            continue
        shown = f"「{v['text']}」" if "text" in v else ""
        click.echo(f"  {v['line']}:{v['column']}\t{v['label']}\t{v['action']}\t{shown}{v['reason']}")
    for s in report.get("risk", []):
        click.echo(f"  再識別リスク {s.get('level')}: {s.get('summary', '')}")
        if s.get("suggestion"):
            click.echo(f"    一般化の提案: {' / '.join(s['suggestion'])}")
