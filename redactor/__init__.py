"""redactor: make Japanese municipal documents safe to publish.

    from redactor import Redactor
    r = Redactor(profile="default")
    result = r.redact(text)
    result.text, result.findings, result.audit
"""
__version__ = "0.15.0"  # the one place the version is written (pyproject reads it; CHANGELOG.md)

import os as _os
from typing import TYPE_CHECKING

# In a checkout, the subpackages sit beside this folder (recognizers/, cli/,
# examples/: the project's design card) and are mapped in by pyproject's
# package-dir when installed. Run from the checkout's root, Python finds this
# folder first and would not see them; so, in a checkout only (its
# pyproject.toml and recognizers/ beside us), look for subpackages there too.
_root = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
if (_os.path.isfile(_os.path.join(_root, "pyproject.toml"))
        and _os.path.isfile(_os.path.join(_root, "recognizers", "__init__.py"))
        and not _os.path.isdir(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "recognizers"))):
    __path__.append(_root)  # type: ignore[name-defined]  # redactor.recognizers -> ./recognizers

from redactor.errors import (  # noqa: E402  (no imports of its own: cheap)
    ClaimError, DaskUnavailable, DecisionsError, DocumentError, GoldError, InputError, NotRegularFile, OcrUnavailable, PolicyError,
    ProcessError, RecognizerFailure, RedactorError, SchemaError, StreamChanged, TooLarge, UnsafeOutput, VerifyError)
from redactor.finding import Finding  # noqa: E402

# What a pipeline needs, and the module each lives in. Imported on first use
# (PEP 562) so that `import redactor` stays cheap for the CLI's --help: the
# pipeline loads Sudachi and Presidio, which take seconds.
_LAZY = {
    "Redactor": "redactor.pipeline",
    "Result": "redactor.pipeline",
    "Policy": "redactor.policy",
    "load_policy": "redactor.policy",
    "RiskSubject": "redactor.risk",
    "Outcome": "redactor.process",
    "Options": "redactor.process",
    "process_document": "redactor.process",
    "check_report": "redactor.report",
    "CheckedDocument": "redactor.report",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'redactor' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


if TYPE_CHECKING:  # what the lazy names are, for type checkers and editors
    from redactor.process import Options, Outcome, process_document
    from redactor.pipeline import Redactor, Result
    from redactor.policy import Policy, load_policy
    from redactor.report import CheckedDocument, check_report
    from redactor.risk import RiskSubject

__all__ = [
    "__version__",
    # the pipeline: text in, findings and masked text out
    "Redactor", "Result", "Finding", "RiskSubject", "Policy", "load_policy",
    # a file in, a masked file and its audit log out
    "process_document", "Options", "Outcome",
    # the JSON report `redactor check --format json` prints for one document
    "check_report", "CheckedDocument",
    # errors: catch RedactorError for "this file could not be handled"
    "RedactorError", "InputError", "DocumentError", "UnsafeOutput", "TooLarge", "ProcessError", "PolicyError",
    "SchemaError", "DecisionsError", "VerifyError", "GoldError", "RecognizerFailure", "StreamChanged", "ClaimError",
    "OcrUnavailable", "DaskUnavailable", "NotRegularFile",
]
