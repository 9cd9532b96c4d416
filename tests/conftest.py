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
