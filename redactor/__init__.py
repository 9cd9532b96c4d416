"""redactor: make Japanese municipal documents safe to publish.

    from redactor import Redactor
    r = Redactor(profile="default")
    result = r.redact(text)
    result.text, result.findings, result.audit
"""
__version__ = "0.2.0"  # the one place the version is written (pyproject reads it; CHANGELOG.md)

import os as _os

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

from redactor.finding import Finding  # noqa: E402


def __getattr__(name: str):
    # Imported lazily so that `import redactor` stays cheap for the CLI's --help.
    if name in ("Redactor", "Result"):
        from redactor import pipeline
        return getattr(pipeline, name)
    raise AttributeError(name)


__all__ = ["Redactor", "Result", "Finding", "__version__"]
