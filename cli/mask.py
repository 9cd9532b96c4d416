"""``redactor mask``: write the masked document and its audit log (one file
or a whole folder)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from redactor.cli.common import (encoding_option, json_text, exit_code_for, is_batch, jobs_option, load_input,
                                 max_size_option, output_format_option, password_option, policy_option,
                                 ocr_option, profile_option, rasterize_option, resolve_policy, scheduler_option,
                                 style_option)
from redactor.cli.errors import CommandError

INTERRUPTED = 130  # Ctrl-C, as shells report it (128 + SIGINT): not "review pending"


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-o", "--output", "out", required=True, type=click.Path(),
              help="Where to write the masked document (never the input itself); a folder for several inputs.")
@click.option("--audit", "audit_path", type=click.Path(dir_okay=False), default=None,
              help="Audit log (JSONL). Default: OUTPUT.audit.jsonl beside the output.")
@style_option()
@profile_option
@policy_option
@encoding_option
@password_option
@max_size_option
@output_format_option
@rasterize_option
@ocr_option
@click.option("--ocr-text-layer", is_flag=True,
              help="With --ocr: lay the masked OCR text invisibly over each OCR'd page so the published PDF can be "
                   "searched (masked words are the mask token; checked for masked values before writing).")
@click.option("--review", "review_output", type=click.Choice(["mask", "keep"]), default=None,
              help="What to write for REVIEW findings: mask (default, fail closed) or keep.")
@click.option("--generalize", is_flag=True,
              help="For each high re-identification risk, apply the suggested generalisation "
                   "(72歳→70代, 日付→月, 丁目→町名) instead of masking the attributes; the output is "
                   "checked again and what still reads high is made coarser or masked (［年齢］).")
@click.option("--decisions", "decisions_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="decisions.json from the review page (redactor review): apply the reviewer's decisions, audited apart.")
@click.option("--force", is_flag=True, help="Overwrite an existing OUTPUT / audit log.")
@click.option("--audit-key-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Key for the audit log's HMAC hashes (else $REDACTOR_AUDIT_KEY, else a one-off key).")
@click.option("--audit-include-text", is_flag=True,
              help="Write the original text of each finding into the audit log (internal copies only).")
@jobs_option
@scheduler_option
@click.option("--resume", is_flag=True,
              help="Several files: skip those done before with the same input and settings (manifest in OUTPUT).")
@click.option("--format", "report_format", type=click.Choice(["text", "json"]), default="text",
              help="json: the outcome (several files: the summary and every file) as one JSON object "
                   "on standard output; text: messages and a summary table.")
def mask(files: tuple[str, ...], out: str, audit_path: str | None, style: str | None, profile: str | None,
         policy_file: str | None, encoding: str | None, password: str | None, output_format: str,
         rasterize_fallback: bool, ocr: bool, ocr_text_layer: bool, review_output: str | None, generalize: bool,
         decisions_file: str | None, force: bool, audit_key_file: str | None, audit_include_text: bool,
         jobs: int | None, scheduler: str | None, resume: bool, report_format: str) -> None:
    """Write a masked copy of each FILE to OUTPUT, with an audit log of every decision.

    Text, PDF, Word (.docx) and HTML files are written in their own format
    (or as plain text with --output-format text). The input is never
    overwritten; an existing OUTPUT is refused without --force; the output
    is re-read and checked for every masked value before it is moved into
    place (nothing is written if one is still found). Text output keeps the
    input's encoding. Pages that cannot be read (scans) stop the file;
    with --ocr they are read by OCR and masked on the page image, and the
    file always needs review (exit 1).

    Several FILES, a folder, or an existing folder as OUTPUT: OUTPUT is a
    folder that mirrors the input tree, one audit log per file, workers in parallel (-j), a summary at the
    end; failed files are listed while the others complete. With --scheduler
    the files are worked on by a Dask cluster (OUTPUT is then always a
    folder): the same outputs, audit logs, manifest and --resume.

    \b
    Examples:
      redactor mask minutes.txt -o public/minutes.txt
      redactor mask bill.pdf -o public/bill.pdf
      redactor mask bill.docx -o bill.txt --output-format text
      redactor mask secret.pdf -o public.pdf --password ****
      redactor mask bill.txt -o out.txt --style pseudonym --audit out.audit.jsonl
      REDACTOR_AUDIT_KEY=... redactor mask bill.txt -o out.txt --policy city.toml
      redactor mask minutes.txt -o public.txt --decisions decisions.json   # after redactor review
      redactor mask archive/ -o public/ -j 4 --resume --format json
      redactor mask /srv/archive -o /srv/public --scheduler tcp://10.0.0.5:8786 --resume

    Exit code: 0 written, nothing left for a person; 1 written, but REVIEW
    findings were masked pending a person's decision, a high
    re-identification risk was found, or the file's name holds a value
    masked in it (rename it before publishing); 2 error (nothing written; with
    several files: at least one failed); 130 several files stopped with
    Ctrl-C (the files being written are finished and recorded; --resume
    does the rest).
    """
    from redactor.audit import AuditKey
    from redactor.process import Options

    if ocr_text_layer and not ocr:
        raise CommandError("--ocr-text-layer は --ocr と一緒に指定してください（OCR で読んだページに付けるテキスト層です）")
    if decisions_file and generalize:
        raise CommandError("--decisions と --generalize は同時に指定できません（一般化の採否は判断ファイルに含まれます）")
    if scheduler and jobs:
        raise CommandError("--scheduler と -j は同時に指定できません（並列数は Dask の作業プロセスの数です）")
    batch = is_batch(files, out) or scheduler is not None
    if scheduler:  # before anything is loaded or created where the workers cannot see it
        relative = [p for p in (*files, out) if not Path(p).is_absolute()]
        if relative:
            raise CommandError(f"--scheduler では作業プロセスからも見える絶対パスで指定してください: {relative[0]}")
    if batch:
        if audit_path:
            raise CommandError("複数のファイルでは --audit は使えません（監査ログは各出力の隣に書きます）")
        if decisions_file:
            raise CommandError("--decisions は1つの文書にだけ使えます（判断ファイルは文書ごとです）")
        if "-" in files:
            raise CommandError("複数のファイルでは標準入力（-）は使えません")
    options = Options(output_format=output_format, password=password, encoding=encoding,
                      rasterize_fallback=rasterize_fallback, generalize=generalize,
                      decisions_file=decisions_file, force=force, ocr=ocr, ocr_text_layer=ocr_text_layer)
    if not batch:
        _precheck(files[0], Path(out), audit_path, options)
    policy = resolve_policy(profile, policy_file)
    if review_output:
        policy = dataclasses.replace(policy, review_output=review_output)
    try:
        key = AuditKey.load(audit_key_file)
    except (OSError, ValueError) as exc:
        raise CommandError(f"監査ログの鍵を読めません: {exc}") from exc
    if key.source == "ephemeral":  # said, never silent: such a log proves nothing later
        click.echo("注意: 監査ログの鍵が指定されていないため一時鍵を使います。この監査ログは後から検証できません"
                   "（--audit-key-file か REDACTOR_AUDIT_KEY）", err=True)
    if batch:
        _mask_many(files, Path(out), policy, style, key, audit_include_text, options, jobs, resume, report_format,
                   scheduler)
    else:
        _mask_one(files[0], Path(out), audit_path, policy, style, key, audit_include_text, options,
                  report_format)


def _precheck(file: str, out: Path, audit_path: str | None, options) -> None:
    """Fail fast, before the dictionaries load: wrong names, existing outputs."""
    from redactor.documents import DocumentError
    from redactor.process import check_output_suffix, check_targets, default_audit_path

    audit_file = Path(audit_path) if audit_path else default_audit_path(out)
    try:
        if file != "-":
            check_output_suffix(Path(file), out, options)
        check_targets(None if file == "-" else Path(file), out, audit_file, options.force)
    except DocumentError as exc:
        raise CommandError(str(exc)) from exc


def _mask_one(file: str, out: Path, audit_path: str | None, policy, style, key, include_text: bool,
              options, report_format: str = "text") -> None:
    from redactor.documents import Extracted, Part
    from redactor.process import FAILED, process_document
    from redactor.pipeline import Redactor

    redactor = Redactor(policy=policy, style=style, audit_key=key, include_text_in_audit=include_text)
    extracted, name = None, file
    if file == "-":
        loaded = load_input(file, options.encoding)
        extracted = Extracted(loaded.text, [Part(0, len(loaded.text), "")], "text", encoding=loaded.encoding)
        name = loaded.name
    outcome = process_document(Path(file), out, redactor, options, audit=audit_path,
                               extracted=extracted, name=name)
    if report_format == "json":  # pipelines: the outcome on standard output, failures too
        click.echo(json_text({**outcome.to_dict(), "exit_code": exit_code_for(outcome.status)}))
    if outcome.status == FAILED:
        raise CommandError(outcome.message)
    for note in outcome.notes:
        click.echo(f"注意: {note}", err=True)
    for warning in outcome.decision_warnings:
        click.echo(f"判断ファイル: {warning}", err=True)
    kind = outcome.encoding if outcome.format == "text" and outcome.encoding else outcome.format
    click.echo(f"{name}（{kind}）→ {out}: {outcome.message}、監査ログ {outcome.audit}", err=True)
    n_review = outcome.counts.get("REVIEW", 0)
    if n_review:
        click.echo(f"要確認（REVIEW）が {n_review}件あります。確認まで公開しないでください: "
                   f"redactor check {file}", err=True)
    if outcome.high_risk and getattr(options, "decisions_file", None):
        click.echo(f"判断を適用した出力を読み直すと、再識別リスクの高い記述が {outcome.high_risk}件残っています"
                   f"（人が公開と判断した属性を含むため自動では直していません）。公開前に確認してください: "
                   f"redactor review {file}", err=True)
    elif outcome.high_risk:
        click.echo(f"再識別リスクの高い記述が {outcome.high_risk}件あります（該当属性は REVIEW として扱いました。"
                   f"--generalize で一般化できます）", err=True)
    raise SystemExit(exit_code_for(outcome.status))


def _mask_many(files: tuple[str, ...], out_dir: Path, policy, style, key, include_text: bool, options,
               jobs: int | None, resume: bool, report_format: str, scheduler: str | None = None) -> None:
    from redactor.batch import RedactorSpec, collect, progress_bar, run_batch

    if out_dir.exists() and not out_dir.is_dir():
        raise CommandError(f"{out_dir}: 複数のファイルの出力先はフォルダーにしてください")
    for f in files:
        if Path(f).is_dir() and out_dir.resolve() == Path(f).resolve():
            raise CommandError(f"出力先が入力のフォルダーと同じです: {out_dir}（入力は上書きしません）")
    client = None
    if scheduler:
        from redactor.cli.common import connect_scheduler

        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"{out_dir}: 書き込めません（{exc.strerror or exc.__class__.__name__}）") from exc
        client = connect_scheduler(scheduler, [*files, str(out_dir)])
    tasks, missing = collect(files, out_dir, options)
    if not tasks and not missing:
        raise CommandError("対象の文書が見つかりません（" + " ".join(files) + "）")
    spec = RedactorSpec(policy=policy, style=style, audit_key=key, include_text_in_audit=include_text)
    try:
        with progress_bar(len(tasks), "マスキング") as bar:
            if client is not None:
                from redactor.dask_batch import run_batch_dask

                result = run_batch_dask(client, tasks, spec, options, out_dir, resume=resume,
                                        progress=bar.update, failed_inputs=missing)
            else:
                result = run_batch(tasks, spec, options, out_dir, jobs=jobs, resume=resume,
                                   progress=bar.update, failed_inputs=missing)
    except OSError as exc:  # the output folder or its manifest cannot be written
        raise CommandError(f"{out_dir}: 書き込めません（{exc.strerror or exc.__class__.__name__}）") from exc
    finally:
        if client is not None:
            client.close()
    code = INTERRUPTED if result.interrupted else exit_code_for(result.worst)
    if result.interrupted:  # one line, whatever the format: what is done and how to go on
        s = result.summary()
        click.echo(f"中断しました: 出力済み {s['ok'] + s['review']}件、未処理 {result.not_started}件"
                   f"（出力済みは記録済み。続きは同じコマンドに --resume）", err=True)
    if report_format == "json":
        click.echo(json_text({**result.to_json(), "exit_code": code}, indent=1))
    else:
        print_summary(result)
    raise SystemExit(code)


def _pad(label: str, width: int) -> str:
    """``label`` padded to ``width`` terminal columns (full-width counts two)."""
    import unicodedata

    cols = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in label)
    return label + " " * max(0, width - cols)


def print_summary(result) -> None:
    """The batch summary as a table, then every failed and review file."""
    s = result.summary()
    rows = [("完了", s["ok"]), ("要確認", s["review"]), ("失敗", s["failed"]),
            ("スキップ（変更なし）", s["skipped"]), ("置換（今回）", s["replaced"])]
    click.echo(f"文書 {s['files']}件（{s['jobs']}並列、{s['seconds']:.1f}秒）")
    for label, n in rows:
        click.echo(f"  {_pad(label, 22)}{n:>6}")
    for task, o in result.outcomes:
        if o.status == "failed":
            where = task.rel if task else o.source  # the path in the tree, like the other rows
            click.echo(f"失敗\t{where}\t{o.message}")
    for task, o in result.outcomes:
        for note in o.notes:  # a rasterised page, a UTF-8 fallback: said, never silent
            click.echo(f"注意\t{task.rel if task else o.source}\t{note}")
    for task, o in result.outcomes:
        if o.effective == "review":
            where = task.rel if task else o.source
            click.echo(f"要確認\t{where}\t{o.message if o.status != 'skipped' else '前回の結果: 要確認'}")
    if s["failed"]:
        click.echo(f"{s['failed']}件が失敗しました（出力していません）。他の文書は書き出しました。", err=True)
