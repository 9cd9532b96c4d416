"""Exit codes, in one place, and the error every command raises.

0  nothing needs masking or review (check), or the output was written and
   nothing is left for a person to decide (mask)
1  something needs masking or review / a high re-identification risk remains
   / a verification or audit-chain check failed
2  an error: bad input, unreadable file, a recognizer failed, bad options.
   A document that could not be checked is never reported as clean.
"""
from __future__ import annotations

from typing import Any

import click

OK = 0
NEEDS_ATTENTION = 1
ERROR = 2


class CommandError(click.ClickException):
    """A one-line message in the user's language and exit code 2."""

    exit_code = ERROR

    def format_message(self) -> str:
        return self.message

    def show(self, file: Any = None) -> None:
        """``エラー: message`` on standard error, as every other failure the
        commands print (click's own prefix is the English ``Error:``, which
        made ``mask`` and ``check`` word the same failure two ways)."""
        click.echo(f"エラー: {self.format_message()}", file=file, err=True)
