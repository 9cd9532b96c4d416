"""redactor: make Japanese municipal documents safe to publish.

    from redactor import Redactor
    r = Redactor(profile="default")
    result = r.redact(text)
    result.text, result.findings, result.audit
"""
__version__ = "0.1.0"

from redactor.finding import Finding  # noqa: E402


def __getattr__(name: str):
    # Imported lazily so that `import redactor` stays cheap for the CLI's --help.
    if name in ("Redactor", "Result"):
        from redactor import pipeline
        return getattr(pipeline, name)
    raise AttributeError(name)


__all__ = ["Redactor", "Result", "Finding", "__version__"]
