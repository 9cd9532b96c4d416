"""The Japanese recognizers, one per module.

Every module in this package that defines a concrete ``JaRecognizer``
subclass (one with ``ENTITIES`` set and ``ENABLED = True``) is picked up by
``default_recognizers``: adding a recognizer is adding a file, with no
registry to edit. ``base`` and ``context`` hold the shared mechanism.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import lru_cache

_SHARED_MODULES = {"base", "context"}


@lru_cache(maxsize=1)
def recognizer_classes() -> tuple[type, ...]:
    """All enabled recognizer classes of this package, in a stable order."""
    from redactor.recognizers.base import JaRecognizer, JaPatternRecognizer

    found: list[type] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name in _SHARED_MODULES or info.name.startswith("_") or info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (obj.__module__ == module.__name__ and issubclass(obj, JaRecognizer)
                    and obj not in (JaRecognizer, JaPatternRecognizer)
                    and getattr(obj, "ENABLED", True)
                    and (obj.ENTITIES or getattr(obj, "ENTITY", ""))):
                found.append(obj)
    return tuple(found)


def default_recognizers() -> list:
    """Fresh instances of every enabled recognizer."""
    return [cls() for cls in recognizer_classes()]
