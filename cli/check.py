"""``redactor check``: list what would be masked, kept or reviewed, and why."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from redactor.batch import progress_bar
from redactor.cli.common import (encoding_option, json_text, jobs_option, load_input, max_size_option,
                                 ocr_option, password_option, policy_option, profile_option, resolve_policy,
                                 scheduler_option)
from redactor.process import document_format
from redactor.cli.errors import ERROR, NEEDS_ATTENTION, OK, CommandError
from redactor.errors import RedactorError
from redactor.finding import KEEP, MASK, REVIEW
from redactor.report import CheckedDocument, check_report  # noqa: F401  (CheckedDocument: read_for_check's result)


@click.command()
@click.argument("files", nargs=-1, required=True)
@profile_option
@policy_option
@encoding_option
@password_option
@max_size_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="text for people, json (one object) for pipelines.")
@click.option("--show-text", is_flag=True,
              help="Also print the text of MASK findings (internal use only: it is personal data).")
@click.option("--all", "show_all", is_flag=True, help="Also list KEEP findings in text output.")
@jobs_option
@scheduler_option
@ocr_option
def check(files: tuple[str, ...], profile: str | None, policy_file: str | None,
          encoding: str | None, password: str | None, fmt: str, show_text: bool, show_all: bool,
          jobs: int | None, scheduler: str | None, ocr: bool = False) -> None:
    """List findings in FILES (files or folders; - for standard input) without changing them.

    Text, PDF, Word (.docx) and HTML files are read as a reader sees them
    (PDF metadata, Word headers, comments and properties, HTML attributes
    included). Each finding shows its label, action (MASK / KEEP / REVIEW),
    where it is (line:column in text; "page 3, line 12" or "header" in
    documents) and the reason. The text of MASK findings is not printed
    unless --show-text is given, so the listing can be shared. Folders are
    searched for documents of the supported types.

    \b
    Examples:
      redactor check minutes.txt
      redactor check bill.pdf minutes.docx
      redactor check --format json bills/ -j 4 > findings.json
      cat minutes.txt | redactor check -
      redactor check /srv/archive --scheduler tcp://10.0.0.5:8786 --format json > findings.json

    With several files, a value masked in one file but visible in another
    (a name, an address, a case number) is reported too. Pages that cannot
    be read (scans, fonts without a Unicode map) are named and the file
    counts as an error.

    Exit code: 0 nothing needs masking or review, 1 something does (or a
    high re-identification risk, or a cross-document leak, or a file in a
    folder of a type not read, such as an old .doc), 2 a file could
    not be checked, wholly or in part (it is never reported as clean).
    """
    from redactor.batch import parallel, workers
    from redactor.risk import cross_document_check

    if scheduler and jobs:
        raise CommandError("--scheduler と -j は同時に指定できません（並列数は Dask の作業プロセスの数です）")
    skipped: list[Any] = []
    paths = expand_inputs(files, skipped)
    policy = resolve_policy(profile, policy_file)
    client = None
    if scheduler:
        from redactor.cli.common import connect_scheduler

        client = connect_scheduler(scheduler, list(files))
    items = [(path, encoding, password, show_text, ocr) for path in paths]
    jobs = 1 if "-" in paths else workers(jobs, len(paths))  # standard input stays in this process
    if client is not None:
        from redactor.batch import RedactorSpec
        from redactor.dask_batch import check_task, dask_map

        runs = dask_map(client, items, check_task, RedactorSpec(policy=policy))
    else:
        runs = parallel(items, _check_item, jobs, _init_check, (policy,))
    done: dict[str, Checked] = {}
    try:
        with progress_bar(len(paths), "確認") as bar:
            for item, checked_one in runs:
                if isinstance(checked_one, BaseException):
                    message = f"{item[0]}: 作業プロセスが異常終了しました（{checked_one.__class__.__name__}）（この文書は確認できていません）"
                    checked_one = Checked({"path": item[0], "error": message}, message)
                done[item[0]] = checked_one
                bar.update(1)
    finally:
        if client is not None:
            client.close()
    reports: list[dict[str, Any]] = []
    checked = []
    status = OK
    for path in paths:  # in the order given, whatever order the workers finished in
        one = done[path]
        reports.append(one.report)
        if one.result is not None:
            checked.append((one.report["path"], one.result))
        if one.error:
            status = ERROR
        elif (one.result.needs_attention or one.report.get("ocr_pages")) and status == OK:  # OCR: a person looks
            status = NEEDS_ATTENTION
        if fmt == "text":
            if one.result is not None:
                _print_text(one.report, show_all)
            if one.error:
                click.echo(f"エラー: {one.error}", err=True)
    cross = cross_document_check(checked) if len(checked) > 1 else []
    unread = [o for o in skipped if not Path(o.source).is_dir()]  # a folder link read already is not unread
    if (cross or unread) and status == OK:  # a file in the folder was not read: the folder is not clean
        status = NEEDS_ATTENTION
    if fmt == "text":
        for o in skipped:
            click.echo(f"注意: {o.message}（確認していません）", err=True)
    if fmt == "json":
        click.echo(json_text({"files": reports, "cross_document": cross,
                              "skipped": [{"path": o.source, "reason": o.message} for o in skipped],
                              "exit_code": status}, indent=1))
    else:
        for c in cross:
            click.echo(f"文書間: {c['masked_in']} で MASK された {c['value_label']} が {c['visible_in']} "
                       f"では見えています（{c['start']}文字目）")
    raise SystemExit(status)


@dataclass
class Checked:
    """One file's check as a worker sends it back: the report, the
    one-line error if it could not be checked (wholly or in part), and the
    result for the cross-document check."""

    report: dict[str, Any]
    error: str | None = None
    result: Any = None


_CHECK_REDACTOR: Any = None


def _init_check(policy: Any) -> None:
    """Each worker process loads Sudachi and the recognizers once."""
    from redactor.pipeline import Redactor

    global _CHECK_REDACTOR
    _CHECK_REDACTOR = Redactor(policy=policy)


def _check_item(item: tuple[str, str | None, str | None, bool, bool]) -> Checked:
    path, encoding, password, show_text, ocr = item
    return check_one(_CHECK_REDACTOR, path, encoding, password, show_text, ocr)


def check_one(redactor: Any, path: str, encoding: str | None, password: str | None,
              show_text: bool, ocr: bool = False) -> Checked:
    """Read and check one file; never raises (a failure is its one-line error)."""
    from redactor.documents.pdf.overlay import with_covered

    try:
        doc = read_for_check(path, encoding, password, ocr)
        result = redactor.check(doc.text, join_lines=doc.join_lines)
        result.findings = with_covered(result.findings, doc.extracted)  # a PDF "masked" by a box drawn over it
    except CommandError as exc:
        return Checked({"path": path, "error": exc.message}, exc.message)
    except RedactorError as exc:  # a recognizer failed, a file the library refused: its one line
        return Checked({"path": path, "error": str(exc)}, f"{path}: {exc}（この文書は確認できていません）")
    except Exception as exc:  # a bug: fail closed, one line with its type (never reported clean)
        message = f"{path}: 確認中にエラー（{exc.__class__.__name__}: {' '.join(str(exc).split())[:200]}）（この文書は確認できていません）"
        return Checked({"path": path, "error": message}, message)
    report = check_report(doc, result, show_text)
    return Checked(report, report.get("error"), result)


def expand_inputs(files: tuple[str, ...], skipped: list[Any] | None = None) -> list[str]:
    """Files as given, folders replaced by the documents found in them;
    ``skipped`` gets an outcome for each file found but not read (a type
    the tool does not read, a folder link read already)."""
    from redactor.batch import supported_suffixes, walk_documents

    out: list[str] = []
    for path in files:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = [str(f) for f in walk_documents(p, Path("/nonexistent/"), supported_suffixes(), skipped)]
            if not found:
                raise CommandError(f"{path}: 対象の文書が見つかりません")
            out.extend(found)
        else:
            out.append(path)
    return out


def read_for_check(path: str, encoding: str | None, password: str | None, ocr: bool = False) -> CheckedDocument:
    from redactor.documents import DocumentError

    try:
        fmt = document_format(path) if path != "-" else None
    except DocumentError as exc:
        raise CommandError(str(exc)) from exc
    if fmt is None or fmt.name == "text":
        loaded = load_input(path, encoding)
        return CheckedDocument(loaded.name, loaded.text, loaded.encoding)
    if ocr and hasattr(fmt, "ocr"):  # a copy: the format objects are shared
        import copy

        fmt = copy.copy(fmt)
        fmt.ocr = True
    try:
        extracted = fmt.read(Path(path), password=password, encoding=encoding)
    except DocumentError as exc:
        raise CommandError(str(exc)) from exc
    return CheckedDocument(path, extracted.text, extracted.encoding, extracted, list(extracted.unreadable))


def _one_line(text: str) -> str:
    return text.replace("\r\n", "⏎").replace("\r", "⏎").replace("\n", "⏎")


def _print_text(report: dict[str, Any], show_all: bool) -> None:
    c = report["counts"]
    kind = report.get("encoding") or report.get("format")
    partial = "（一部を読めないため未確認。読めた部分の結果）" if report.get("unreadable") else ""
    click.echo(f"{report['path']}（{kind}、{report['characters']}文字）{partial}: "
               f"MASK {c[MASK]}件、REVIEW {c[REVIEW]}件、KEEP {c[KEEP]}件")
    for v in report["findings"]:
        if v["action"] == KEEP and not show_all:
            continue
        # a value read across a line break (080-1234-⏎5678) stays on one listing line
        shown = f"「{_one_line(v['text'])}」" if "text" in v else ""
        where = v["location"] if "location" in v else f"{v['line']}:{v['column']}"
        click.echo(f"  {where}\t{v['label']}\t{v['action']}\t{shown}{v['reason']}")
    for note in report.get("notes", []):
        click.echo(f"  注意: {note}")
    for s in report.get("risk", []):
        click.echo(f"  再識別リスク {s.get('level')}: {s.get('summary', '')}")
        if s.get("suggestion"):
            click.echo(f"    一般化の提案: {' / '.join(s['suggestion'])}")
