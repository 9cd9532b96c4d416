"""Dropped candidates and their reasons: the other half of failing closed.

A recognizer that sees a candidate (a 人名 token, a run before an
honorific, a name field's value) and does not report it must say why, with
a named reason ("市/町が続く地名", "敬称の前の職業名"). ``drop`` is the one
way to do that. Normally it costs nothing and records nothing; two debug
modes show the drops:

- ``REDACTOR_EXPLAIN_DROPS=1 redactor check file.txt`` prints each drop to
  standard error (``除外 PERSON 12-14 「林」: 理由``), in whichever worker
  process ran the document. The setting is read once per document
  (``read_setting``, called by the detector), not once per drop: a long
  document makes thousands of drops and each read of the environment costs;
- ``with recording() as drops:`` collects them in a list (tests use this).

Dropped candidates are text: they are never written to an audit log, JSON
output or a review page, only to the terminal of someone who asked.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator, NamedTuple

ENV = "REDACTOR_EXPLAIN_DROPS"


class Drop(NamedTuple):
    label: str
    start: int
    end: int
    text: str
    reason: str


_recorded: ContextVar[list[Drop] | None] = ContextVar("redactor_drops", default=None)
_explain: bool = bool(os.environ.get(ENV))


def read_setting() -> None:
    """Read ``REDACTOR_EXPLAIN_DROPS`` again. The detector calls this once
    at the start of every document, so that a change of the setting (a
    test, a long-running process) applies from the next document on."""
    global _explain
    _explain = bool(os.environ.get(ENV))


def drop(label: str, text: str, start: int, end: int, reason: str) -> None:
    """Record that the candidate text[start:end] is not reported, and why.
    Returns None so that a recognizer can ``return drop(...)``."""
    out = _recorded.get()
    if out is not None:
        out.append(Drop(label, start, end, text[start:end], reason))
    if _explain:
        print(f"除外 {label} {start}-{end} 「{text[start:end]}」: {reason}", file=sys.stderr)
    return None


@contextmanager
def recording() -> Iterator[list[Drop]]:
    """Collect the drops made inside the block."""
    out: list[Drop] = []
    token = _recorded.set(out)
    try:
        yield out
    finally:
        _recorded.reset(token)
