"""``redactor mask``: write the masked text and its audit log."""
from __future__ import annotations

from pathlib import Path

import click

from redactor.cli.common import (encoding_option, load_input, policy_option, profile_option,
                                 resolve_policy, style_option)
from redactor.cli.errors import NEEDS_ATTENTION, OK, CommandError


@click.command()
@click.argument("file")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False),
              help="Where to write the masked text (never the input itself).")
@click.option("--audit", "audit_path", type=click.Path(dir_okay=False), default=None,
              help="Audit log (JSONL). Default: OUTPUT.audit.jsonl beside the output.")
@style_option()
@profile_option
@policy_option
@encoding_option
@click.option("--review", "review_output", type=click.Choice(["mask", "keep"]), default=None,
              help="What to write for REVIEW findings: mask (default, fail closed) or keep.")
@click.option("--generalize", is_flag=True,
              help="For each high re-identification risk, apply the suggested generalisation "
                   "(72歳→70代, 日付→月, 丁目→町名) instead of masking the attributes.")
@click.option("--decisions", "decisions_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="decisions.json from the review page (redactor review): apply the reviewer's decisions, audited apart.")
@click.option("--force", is_flag=True, help="Overwrite an existing OUTPUT / audit log.")
@click.option("--audit-key-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Key for the audit log's HMAC hashes (else $REDACTOR_AUDIT_KEY, else a one-off key).")
@click.option("--audit-include-text", is_flag=True,
              help="Write the original text of each finding into the audit log (internal copies only).")
def mask(file: str, out: str, audit_path: str | None, style: str | None, profile: str | None,
         policy_file: str | None, encoding: str | None, review_output: str | None, generalize: bool,
         decisions_file: str | None, force: bool,
         audit_key_file: str | None, audit_include_text: bool) -> None:
    """Write a masked copy of FILE to OUTPUT, with an audit log of every decision.

    The input is never overwritten; an existing OUTPUT is refused without
    --force; the output is written atomically (a crash leaves no half file).
    The output keeps the input's encoding.

    \b
    Examples:
      redactor mask minutes.txt -o public/minutes.txt
      redactor mask bill.txt -o out.txt --style pseudonym --audit out.audit.jsonl
      REDACTOR_AUDIT_KEY=... redactor mask bill.txt -o out.txt --policy city.toml
      redactor mask minutes.txt -o public.txt --decisions decisions.json   # after redactor review

    Exit code: 0 written, nothing left for a person; 1 written, but REVIEW
    findings were masked pending a person's decision or a high
    re-identification risk was found; 2 error (nothing written).
    """
    from redactor.analyzer import RecognizerFailure
    from redactor.audit import AuditKey, dumps
    from redactor.decisions import DecisionsError, redact_with_decisions
    from redactor.pipeline import Redactor
    from redactor.textio import write_atomic

    out_path = Path(out)
    audit_file = Path(audit_path) if audit_path else out_path.with_name(out_path.name + ".audit.jsonl")
    if file != "-":
        src = Path(file)
        for target in (out_path, audit_file):
            if src.exists() and target.exists() and src.resolve() == target.resolve():
                raise CommandError(f"出力先が入力と同じファイルです: {target}（入力は上書きしません）")
    for target in (out_path, audit_file):
        if target.exists() and not force:
            raise CommandError(f"{target} は既に存在します（上書きするには --force）")
    if decisions_file and generalize:
        raise CommandError("--decisions と --generalize は同時に指定できません（一般化の採否は判断ファイルに含まれます）")
    policy = resolve_policy(profile, policy_file)
    if review_output:
        policy.review_output = review_output
    try:
        key = AuditKey.load(audit_key_file)
    except (OSError, ValueError) as exc:
        raise CommandError(f"監査ログの鍵を読めません: {exc}") from exc
    redactor = Redactor(policy=policy, style=style, audit_key=key,
                        include_text_in_audit=audit_include_text)
    loaded = load_input(file, encoding)
    try:
        result = (redact_with_decisions(redactor, loaded.text, decisions_file, source=loaded.name) if decisions_file
                  else redactor.redact(loaded.text, source=loaded.name, generalize=generalize))
    except DecisionsError as exc:  # another document (hash differs) or a malformed file
        raise CommandError(f"{loaded.name}: {exc}（出力していません）") from exc
    except RecognizerFailure as exc:
        raise CommandError(f"{loaded.name}: {exc}（出力していません）") from exc
    try:
        data = result.text.encode(loaded.encoding)
    except UnicodeEncodeError:
        data = result.text.encode("utf-8")
        click.echo(f"注意: 置換文字が {loaded.encoding} で表せないため UTF-8 で書き出しました", err=True)
    write_atomic(out_path, data)
    write_atomic(audit_file, dumps(result.audit).encode("utf-8"))
    n_mask = sum(1 for r in result.replacements if r.finding.action == "MASK")
    n_review = sum(1 for f in result.findings if f.action == "REVIEW")
    click.echo(f"{loaded.name}（{loaded.encoding}）→ {out_path}: 置換 {len(result.replacements)}件"
               f"（MASK {n_mask}、REVIEW {n_review}）、監査ログ {audit_file}", err=True)
    high = [s for s in result.risk if s.level == "high"]
    if n_review:
        click.echo(f"要確認（REVIEW）が {n_review}件あります。確認まで公開しないでください: "
                   f"redactor check {file}", err=True)
    if high:
        click.echo(f"再識別リスクの高い記述が {len(high)}件あります（該当属性は REVIEW として扱いました。"
                   f"--generalize で一般化できます）", err=True)
    raise SystemExit(NEEDS_ATTENTION if n_review or high else OK)
