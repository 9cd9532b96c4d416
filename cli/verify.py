"""``redactor verify``: can a masked value still be read out of an output?"""
from __future__ import annotations

from typing import NoReturn

import click

from redactor.cli.common import (encoding_option, json_text, max_size_option, password_option, policy_option,
                                 profile_option, resolve_policy)
from redactor.cli.errors import ERROR, NEEDS_ATTENTION, OK, CommandError


@click.command("verify")
@click.argument("output", type=click.Path(dir_okay=False))
@click.option("--audit", "audit_file", type=click.Path(dir_okay=False), default=None,
              help="The audit log written with OUTPUT (OUTPUT.audit.jsonl). Without it (a document "
                   "masked by someone else) --original is needed: the original is checked as "
                   "`check` would and every value it would hide is looked for in OUTPUT.")
@click.option("--original", type=click.Path(dir_okay=False), default=None,
              help="The original document: look for the exact masked strings.")
@click.option("--audit-key-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="The key the audit log was written with (else $REDACTOR_AUDIT_KEY): it checks the log's "
                   "chain and its keyed hashes; without it nothing is verified.")
@profile_option
@policy_option
@password_option
@max_size_option
@encoding_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="text for people, json (one object) for pipelines.")
def verify_cmd(output: str, audit_file: str | None, original: str | None, audit_key_file: str | None,
               profile: str | None, policy_file: str | None,
               password: str | None, encoding: str | None, fmt: str) -> None:
    """Re-read OUTPUT as a reader would and fail if a masked value is still in it.

    OUTPUT is read by its format (PDF text and metadata, Word text,
    comments and properties, HTML text and attributes, plain text). With
    --original the exact masked strings are looked for; otherwise the audit
    log's keyed hashes are compared with every stretch of the output of
    the same length, which needs the key the log was made with. A value
    also kept elsewhere on purpose (a surname kept for an official) fails
    only when it appears more often than when it was masked.

    \b
    Examples:
      redactor verify public/bill.pdf --audit public/bill.pdf.audit.jsonl --original bill.pdf --audit-key-file audit.key
      REDACTOR_AUDIT_KEY=... redactor verify public/bill.pdf --audit public/bill.pdf.audit.jsonl
      redactor verify out.txt --audit out.txt.audit.jsonl --audit-key-file audit.key --format json
      redactor verify received.pdf --original source.pdf     # masked by someone else, no audit log

    Without --audit the original is read and checked (the same detection
    as `check`, --profile/--policy), and each value it would MASK or leave
    for REVIEW is looked for in OUTPUT (a value also visible elsewhere in
    the original may appear as often). A PDF OUTPUT is also read for text
    that is only covered by a box or a black highlight drawn over it: such
    text is a leak whatever it says. No value is printed.

    With --audit, the log's keyed chain is checked first, so the key is needed in
    every case (a log cut short would otherwise vouch for fewer values),
    and OUTPUT must be the file the log was written for (its SHA-256).

    Exit code: 0 no masked value found, 1 a masked value is still
    readable, 2 the output could not be verified (unreadable file, broken
    audit chain, wrong or missing key, an output changed since it was
    written) — never reported as clean.
    """
    from redactor.audit import AuditKey
    from redactor.verify import VerifyError, load_audit, verify

    if audit_file is None:
        if original is None:
            raise CommandError("--audit か --original を指定してください（監査ログがなければ原本と照合します）")
        _verify_without_audit(output, original, profile, policy_file, password, encoding, fmt)
    try:
        key = AuditKey.load(audit_key_file)
    except (OSError, ValueError) as exc:
        raise CommandError(f"監査ログの鍵を読めません: {exc}") from exc
    try:
        records = load_audit(audit_file, None if key.source == "ephemeral" else key)
        report = verify(output, records, original_path=original,
                        key=None if key.source == "ephemeral" else key,
                        password=password, encoding=encoding, output_encoding=encoding)
    except VerifyError as exc:
        raise CommandError(f"{output}: {exc}") from exc
    except ValueError as exc:  # a DocumentError for an unsupported suffix
        raise CommandError(str(exc)) from exc
    if fmt == "json":
        click.echo(json_text({"output": output, "ok": report.ok, "method": report.method,
                              "checked": report.checked, "output_matches": report.output_matches,
                              "leaks": [l.to_dict() for l in report.leaks]}))
    else:
        click.echo(f"{output}: {report.summary()}")
    if report.leaks:
        raise SystemExit(NEEDS_ATTENTION)
    if not report.output_matches:  # no leak found, but not the output the log vouches for
        raise SystemExit(ERROR)
    raise SystemExit(OK)


def _verify_without_audit(output: str, original: str, profile: str | None, policy_file: str | None,
                          password: str | None, encoding: str | None, fmt: str) -> NoReturn:
    """A document masked by someone else: detect on the original, look in the output."""
    from redactor.pipeline import Redactor
    from redactor.verify import VerifyError
    from redactor.verify_detected import verify_detected

    try:
        report = verify_detected(output, original, Redactor(policy=resolve_policy(profile, policy_file)),
                                 password=password, encoding=encoding)
    except VerifyError as exc:
        raise CommandError(f"{output}: {exc}") from exc
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    if fmt == "json":
        click.echo(json_text({"output": output, "ok": report.ok, "method": report.method,
                              "checked": report.checked, "leaks": [l.to_dict() for l in report.leaks]}))
    else:
        click.echo(f"{output}: {report.summary()}")
    raise SystemExit(NEEDS_ATTENTION if report.leaks else OK)
