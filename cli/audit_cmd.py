"""``redactor audit verify``: is an audit log's keyed chain intact?"""
from __future__ import annotations

import click

from redactor.cli.errors import ERROR, NEEDS_ATTENTION, OK, CommandError


@click.group()
def audit() -> None:
    """Work with audit logs written by `redactor mask`."""


@audit.command()
@click.argument("audit_file", type=click.Path(dir_okay=False))
@click.option("--audit-key-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="The key the log was written with (else $REDACTOR_AUDIT_KEY).")
def verify(audit_file: str, audit_key_file: str | None) -> None:
    """Check that no record of AUDIT_FILE was edited, removed, reordered or cut off.

    Each record carries an HMAC, made with the audit key, of the record
    before it, and the log ends with a record holding the record count and
    the final chain value: one changed byte, a record dropped or moved, or
    the end of the log cut off breaks the chain, and without the key
    nobody can build a new one. So the check needs the key the log was
    written with (--audit-key-file or REDACTOR_AUDIT_KEY); a log written
    with a one-off key (no key given to `mask`) can be checked by no one.

    \b
    Example:
      redactor audit verify public/minutes.txt.audit.jsonl --audit-key-file audit.key

    Exit code: 0 intact, 1 broken, 2 cannot be verified (no key, the wrong
    key, a one-off key, a log of an older version) or unreadable.
    """
    from redactor.audit import UNVERIFIABLE, AuditKey, verify_chain

    try:
        key = AuditKey.load(audit_key_file)
    except (OSError, ValueError) as exc:
        raise CommandError(f"監査ログの鍵を読めません: {exc}") from exc
    try:
        with open(audit_file, encoding="utf-8") as fh:
            report = verify_chain(fh, None if key.source == "ephemeral" else key)
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"{audit_file}: 読めません: {exc}") from exc
    if report.ok:
        click.echo(f"{audit_file}: 連鎖は完全です（{report.records}件の記録）")
        raise SystemExit(OK)
    if report.status == UNVERIFIABLE:
        click.echo(f"{audit_file}: 検証できません: {report.problem}", err=True)
        raise SystemExit(ERROR)
    click.echo(f"{audit_file}: 連鎖が壊れています: {report.problem}")
    raise SystemExit(NEEDS_ATTENTION)
