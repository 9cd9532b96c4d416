"""Options and input handling shared by several commands."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from redactor.cli.errors import CommandError
from redactor.policy import PROFILES, STYLES, Policy, PolicyError, load_policy
from redactor.errors import RedactorError
from redactor.textio import TextInput, decode, read_text

def json_text(data: object, **kwargs: object) -> str:
    """``data`` as JSON for standard output, Japanese kept readable. A path
    that is not UTF-8 (CP932 bytes from a Windows zip, kept by Python as
    lone surrogates) is written as the escape ``\\udc8b``: printed as it
    is, it made the output invalid UTF-8 for the pipeline reading it, or
    stopped the command with an encoding error. ``json.loads`` gives back
    the very same path (``os.fsencode`` then opens the file)."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)  # type: ignore[arg-type]
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


profile_option = click.option(
    "--profile", type=click.Choice(PROFILES), default=None,
    help="Bundled profile: default (publication: keep officials, mask private persons) or strict (mask every person).")
policy_option = click.option(
    "--policy", "policy_file", type=click.Path(dir_okay=False), default=None,
    help="TOML policy file extending a profile (allow/deny lists, per-label actions, style).")
encoding_option = click.option(
    "--encoding", default=None, metavar="ENC",
    help="Input encoding (utf-8, cp932/sjis, euc-jp). Detected when omitted.")


def resolve_policy(profile: str | None, policy_file: str | None) -> Policy:
    if profile and policy_file:
        raise CommandError("--profile と --policy は同時に指定できません（ポリシーファイルの extends で指定してください）")
    try:
        return load_policy(policy_file or profile or "default")
    except PolicyError as exc:
        raise CommandError(str(exc)) from exc


@dataclass(frozen=True)
class LoadedInput:
    name: str
    text: str
    encoding: str
    raw: bytes


def load_input(path: str, encoding: str | None) -> LoadedInput:
    """A text input from a path or '-' (standard input)."""
    from redactor.documents.limits import check_file_size, max_size

    try:
        if path == "-":
            raw = sys.stdin.buffer.read(max_size() + 1)
            check_file_size("標準入力", len(raw))
            ti: TextInput = decode(raw, encoding, "標準入力")
            return LoadedInput("<stdin>", ti.text, ti.encoding, ti.raw)
        if os.path.isfile(path):
            check_file_size(path, os.path.getsize(path))
        ti = read_text(path, encoding)
        return LoadedInput(path, ti.text, ti.encoding, ti.raw)
    except RedactorError as exc:  # empty, undecodable, too large: one line, exit 2
        raise CommandError(str(exc)) from exc


def style_option(default: str | None = None):
    return click.option("--style", type=click.Choice(STYLES), default=default,
                        help="Replacement: label (［氏名］), block (■■■■, hides the length), "
                             "pseudonym (Ａ氏, same person same token).")


password_option = click.option(
    "--password", default=None, metavar="PW",
    help="Password of an encrypted PDF (it is not written to the audit log).")
output_format_option = click.option(
    "--output-format", type=click.Choice(["same", "text"]), default="same", show_default=True,
    help="same: write the input's format (PDF, .docx, HTML, text); text: write the masked plain text.")
rasterize_option = click.option(
    "--rasterize-fallback", is_flag=True,
    help="PDF: a page that cannot be redacted in its text (vertical writing, Type3 fonts) is replaced "
         "by an image with the boxes painted in; that page loses its text layer.")
ocr_option = click.option(
    "--ocr", is_flag=True,
    help="PDF: read scanned pages (and pages whose text layer is unusable) with Tesseract OCR (jpn, jpn_vert) "
         "and mask them on the page image; such a page becomes an image and the file always needs review (exit 1).")


def _max_size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """Sets the process's limit (``redactor.documents.limits``) for this run;
    not given: back to REDACTOR_MAX_SIZE or the default."""
    from redactor.documents.limits import parse_size, set_max_size

    try:
        size = parse_size(value) if value is not None else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    set_max_size(size)
    return size


max_size_option = click.option(
    "--max-size", default=None, metavar="SIZE", callback=_max_size, expose_value=False,
    help="Refuse (exit 2, \"too large\") an input, a .docx zip member or a PDF stream that is or "
         "unpacks to more than SIZE (e.g. 200M, 1G; default 100M or REDACTOR_MAX_SIZE). A .docx member "
         "compressed more than 100:1 is refused as a zip bomb.")
jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
    help="Parallel workers for several files (default: the number of cores).")


scheduler_option = click.option(
    "--scheduler", default=None, metavar="ADDRESS",
    help="Run on a Dask cluster (tcp://HOST:8786; pip install 'redactor[dask]'). Inputs and OUTPUT "
         "must be absolute paths that every worker sees (shared storage). Without it the local -j "
         "workers run; no cluster is ever started.")


def connect_scheduler(address: str, paths: list[str]):
    """A Dask client for ``--scheduler``, after refusing relative paths (the
    workers resolve paths on their own machines) and paths a worker cannot
    see. Every refusal is a one-line CommandError (exit 2)."""
    from redactor.dask_batch import DaskUnavailable, check_shared, connect

    relative = [p for p in paths if p != "-" and not os.path.isabs(p)]
    if "-" in paths:
        raise CommandError("--scheduler では標準入力（-）は使えません")
    if relative:
        raise CommandError(f"--scheduler では作業プロセスからも見える絶対パスで指定してください: {relative[0]}")
    try:
        client = connect(address)
    except DaskUnavailable as exc:
        raise CommandError(str(exc)) from exc
    except (OSError, TimeoutError, ValueError) as exc:
        raise CommandError(f"Dask のスケジューラー {address} に接続できません（{exc.__class__.__name__}）") from exc
    try:
        check_shared(client, paths)
    except ValueError as exc:
        client.close()
        raise CommandError(str(exc)) from exc
    return client


def exit_code_for(status: str) -> int:
    """The exit code of a document's status (failed 2, review 1, ok 0)."""
    from redactor.cli.errors import ERROR, NEEDS_ATTENTION, OK

    return {"failed": ERROR, "review": NEEDS_ATTENTION}.get(status, OK)


def is_batch(inputs: tuple[str, ...], out: str | None = None) -> bool:
    """Several inputs, a folder, or an output folder (existing, or named
    with a trailing slash): batch mode."""
    return (len(inputs) > 1 or any(p != "-" and Path(p).is_dir() for p in inputs)
            or (out is not None and (Path(out).is_dir() or out.endswith(("/", os.sep)))))
