"""Loading the package's data files (word lists, tables, profiles).

Data lives in ``redactor/data`` and ``redactor/recognizers/data`` so that a
new title word or era is a one-line change with no code touched. Every file
starts with ``#`` comment lines that say where the list comes from.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _read(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_toml(name: str, package: str = "redactor.data") -> dict[str, Any]:
    """Parse a TOML data file shipped in ``package``."""
    return tomllib.loads(_read(package, name))


@lru_cache(maxsize=None)
def load_tsv(name: str, package: str = "redactor.data") -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file, comments and blank lines skipped."""
    rows = []
    for line in _read(package, name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(line.rstrip("\n").split("\t")))
    return tuple(rows)


def load_tsv_pairs(name: str, package: str = "redactor.data") -> list[tuple[str, str]]:
    """First two columns of a TSV file as (key, value) pairs."""
    return [(r[0], r[1]) for r in load_tsv(name, package) if len(r) >= 2]


@lru_cache(maxsize=None)
def load_words(name: str, package: str = "redactor.recognizers.data") -> frozenset[str]:
    """A word list: one word per line (first column of a TSV), comments skipped."""
    return frozenset(r[0] for r in load_tsv(name, package) if r and r[0])
