"""Shared helpers: run one recognizer through the real Detector (Sudachi,
normalisation, offsets back to the original)."""
from functools import lru_cache

import pytest

from redactor.analyzer import Detector


@lru_cache(maxsize=None)
def _detector(cls):
    return Detector([cls()])


def found(cls, text, label=None):
    """(text, attributes) of every finding of recognizer ``cls`` in ``text``."""
    results = _detector(cls).detect(text)
    for f in results:
        assert text[f.start:f.end] == f.text  # offsets always point into the original
    return [(f.text, f.attributes) for f in results if label is None or f.label == label]


def texts(cls, text):
    return [t for t, _ in found(cls, text)]


@pytest.fixture
def detect():
    return found


@pytest.fixture(autouse=True)
def _audit_key(monkeypatch):
    """Commands run with a made-up audit key, as a deployment would: a log
    made with a one-off key can be verified by no one. Tests of the one-off
    key remove it (``monkeypatch.delenv``)."""
    monkeypatch.setenv("REDACTOR_AUDIT_KEY", "made-up key for the tests")
