"""Shared helpers: run one recognizer through the real Detector (Sudachi,
normalisation, offsets back to the original), or a text through the whole
pipeline.

Each helper is a fixture of the same name: a test asks for it as an
argument (``def test_x(found): assert found(PhoneRecognizer, text) == []``).
The functions stay importable (``from conftest import found``) for tests
written that way.
"""
from functools import lru_cache

import pytest

from redactor.analyzer import Detector


@lru_cache(maxsize=None)
def _detector(cls):
    return Detector([cls()])


@lru_cache(maxsize=1)
def _redactor():
    from redactor import Redactor
    return Redactor()


def person_action(text: str, name: str, nth: int = 0):
    """Action of the PERSON finding covering the nth occurrence of ``name`` (None if none),
    through the whole pipeline with the default profile."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    for f in _redactor().check(text).findings:
        if f.label == "PERSON" and f.start <= start and start + len(name) <= f.end:
            return f.action
    return None


def found(cls, text, label=None):
    """(text, attributes) of every finding of recognizer ``cls`` in ``text``."""
    results = _detector(cls).detect(text)
    for f in results:
        assert text[f.start:f.end] == f.text  # offsets always point into the original
    return [(f.text, f.attributes) for f in results if label is None or f.label == label]


def texts(cls, text):
    """The text of every finding of recognizer ``cls`` in ``text``."""
    return [t for t, _ in found(cls, text)]


@pytest.fixture(name="found")
def _found_fixture():
    """``found(cls, text, label=None)``: (text, attributes) of each finding."""
    return found


@pytest.fixture(name="texts")
def _texts_fixture():
    """``texts(cls, text)``: the text of each finding."""
    return texts


@pytest.fixture(name="person_action")
def _person_action_fixture():
    """``person_action(text, name, nth=0)``: the default profile's action on a name."""
    return person_action


@pytest.fixture(autouse=True)
def _audit_key(monkeypatch):
    """Commands run with a made-up audit key, as a deployment would: a log
    made with a one-off key can be verified by no one. Tests of the one-off
    key remove it (``monkeypatch.delenv``)."""
    monkeypatch.setenv("REDACTOR_AUDIT_KEY", "made-up key for the tests")
