"""``redactor audit verify``: is an audit log's hash chain intact?"""
from __future__ import annotations

import click

from redactor.cli.errors import NEEDS_ATTENTION, OK, CommandError


@click.group()
def audit() -> None:
    """Work with audit logs written by `redactor mask`."""


@audit.command()
@click.argument("audit_file", type=click.Path(dir_okay=False))
def verify(audit_file: str) -> None:
    """Check that no record of AUDIT_FILE was edited, removed or reordered.

    Each record carries the SHA-256 of the record before it; one changed
    byte breaks the chain from that record on.

    \b
    Example:
      redactor audit verify public/minutes.txt.audit.jsonl

    Exit code: 0 intact, 1 broken, 2 unreadable.
    """
    from redactor.audit import verify_chain

    try:
        with open(audit_file, encoding="utf-8") as fh:
            report = verify_chain(fh)
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"{audit_file}: 読めません: {exc}") from exc
    if report.ok:
        click.echo(f"{audit_file}: 連鎖は完全です（{report.records}件の記録）")
        raise SystemExit(OK)
    click.echo(f"{audit_file}: 連鎖が壊れています: {report.problem}")
    raise SystemExit(NEEDS_ATTENTION)
