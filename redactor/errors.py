"""Every error the library raises on purpose, under one base.

A pipeline catches ``RedactorError`` to tell "this document could not be
handled, and here is the one line that says why" from a bug. Each class
keeps the built-in base its callers already rely on (``ValueError`` for bad
input, ``OSError`` for a claimed target, ``RuntimeError`` for a missing
tool), so ``except ValueError`` written before this module still works.

A ``RedactorError`` never means "safe": whoever catches one reports the
document as not checked / not written (fail closed). Anything that is not a
``RedactorError`` is a bug and is reported as an internal error.
"""
from __future__ import annotations

__all__ = [
    "RedactorError", "InputError", "DocumentError", "UnsafeOutput", "TooLarge", "ProcessError",
    "NotRegularFile", "PolicyError", "SchemaError", "DecisionsError", "VerifyError", "GoldError", "RecognizerFailure",
    "StreamChanged", "ClaimError", "OcrUnavailable", "DaskUnavailable",
]


class RedactorError(Exception):
    """The base: a document, file or setting the library could not handle.
    The message is one line a user can act on."""


class InputError(RedactorError, ValueError):
    """An input that cannot be checked (empty, binary, undecodable, unreadable)."""


class DocumentError(RedactorError, ValueError):
    """A file that cannot be read or written (corrupt, encrypted without a
    password, unsupported). The message is one line an officer can act on."""


class NotRegularFile(DocumentError, InputError):
    """A path that is not a regular file (a named pipe, a device, a socket):
    reading it could wait forever (a pipe nobody writes to, found in a
    folder) or never end (``/dev/zero``), so it is refused before it is
    opened. Both a ``DocumentError`` and an ``InputError``: every reader
    reports it as the file's one line."""


class UnsafeOutput(DocumentError):
    """The output could not be written safely (a page that cannot be
    redacted, a masked value still extractable); nothing was written."""


class TooLarge(DocumentError):
    """The file would unpack to more than the limits allow (one line)."""


class ProcessError(DocumentError):
    """A document that could not be masked safely (one line)."""


class PolicyError(RedactorError, ValueError):
    """A policy file that cannot be used (unknown profile, bad action...)."""


class SchemaError(RedactorError, ValueError):
    """One problem in a policy file: ``path`` (``actions.AGE``, ``rules[2].when``) and a message."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class DecisionsError(RedactorError, ValueError):
    """A decisions file that cannot be applied (other document, bad format)."""


class VerifyError(RedactorError, ValueError):
    """The output could not be verified (one line); never a pass."""


class GoldError(RedactorError, ValueError):
    """A gold file that cannot be read."""


class RecognizerFailure(RedactorError, RuntimeError):
    """A recognizer raised: the document cannot be reported as checked."""


class StreamChanged(RedactorError):
    """The content differs from what was read: glyph positions no longer apply."""


class ClaimError(RedactorError, OSError):
    """A target another run holds, or that appeared while this run worked (one line)."""


class OcrUnavailable(RedactorError, RuntimeError):
    """Tesseract or its Japanese model is missing (the message says what to install)."""


class DaskUnavailable(RedactorError, RuntimeError):
    """dask.distributed is not installed (``pip install 'redactor[dask]'``)."""
