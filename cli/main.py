"""Entry point: ``redactor`` and its subcommands."""
from __future__ import annotations

import logging

import click

from redactor import __version__
from redactor.errors import RedactorError
from redactor.cli.audit_cmd import audit
from redactor.cli.bench import bench
from redactor.cli.check import check
from redactor.cli.evaluate import evaluate
from redactor.cli.generate import generate_suite
from redactor.cli.mask import mask
from redactor.cli.review import review
from redactor.cli.verify import verify_cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="redactor")
def cli() -> None:
    """Find and mask personal information and information-security details
    in Japanese municipal documents (会議録・議案書) before publication.

    \b
    Examples:
      redactor check minutes.txt                 # what would be masked, and why
      redactor mask minutes.txt -o public.txt    # masked copy + audit log
      redactor mask bill.pdf -o public/bill.pdf  # PDF, Word (.docx) and HTML too
      redactor mask archive/ -o public/ -j 4     # a whole folder, tree mirrored
      redactor verify public/bill.pdf --audit public/bill.pdf.audit.jsonl --original bill.pdf
      redactor eval gold.jsonl --json            # accuracy against a gold file
      redactor generate-suite -o suite.jsonl     # a generated stress suite (eval --by-category)

    Exit codes: 0 nothing to mask or review, 1 something needs masking or
    review, 2 error (the document was not checked).
    """
    # Libraries' warnings about the input's own oddities (fontTools: "'modified'
    # timestamp seems very low" in a font a PDF embeds) are not the user's
    # business; what matters is reported by the command in one line.
    logging.getLogger("fontTools").setLevel(logging.ERROR)


cli.add_command(check)
cli.add_command(mask)
cli.add_command(evaluate)
cli.add_command(generate_suite)
cli.add_command(bench)
cli.add_command(audit)
cli.add_command(review)
cli.add_command(verify_cmd)


def _degrade_unencodable_output() -> None:
    """A Windows console or a file redirected in CP932 cannot encode every
    character a report uses (≈, —, ■, a rare kanji of a name's reason):
    write a replacement character instead of crashing with
    UnicodeEncodeError, as a user expects of a command-line tool."""
    import sys
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "errors", "") or "strict") == "strict":
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # a stream already written to in another way
                pass


def main() -> None:
    _degrade_unencodable_output()
    guarded(cli)


def guarded(command: click.Command, args: list[str] | None = None) -> None:
    """Run ``command``; an unexpected error exits 2 with one line.

    Without this an uncaught exception would print a traceback and exit 1,
    which here means "something needs masking" — a file that was not
    checked must never be reported that way or as clean. The line names
    the error's type and where it was raised, not its message: a message
    can quote the document (a KeyError on a name).
    """
    import sys
    import traceback

    try:
        # not click's standalone mode: there Ctrl-C becomes "Aborted!" and exit
        # 1, which here means "needs masking"; an interrupted run exits 130
        code = command.main(args=args, prog_name="redactor", standalone_mode=False)
        if isinstance(code, int):
            sys.exit(code)
    except click.exceptions.Abort:
        click.echo("中断しました（Ctrl-C）。処理は完了していません", err=True)
        sys.exit(130)
    except click.ClickException as exc:  # a usage error, a bad option: exit 2 with click's message
        exc.show()
        sys.exit(exc.exit_code)
    except RedactorError as exc:  # the library refused a file or setting: its one line, exit 2
        click.echo(f"エラー: {' '.join(str(exc).split())}。処理は完了していません", err=True)
        sys.exit(2)
    except Exception as exc:  # a bug: fail closed (exit 2, never "safe"); SystemExit and KeyboardInterrupt pass through
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f"、{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
        click.echo(f"エラー: 内部エラー（{exc.__class__.__name__}{where}）。処理は完了していません", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
