"""``redactor bench --stages``: the CPU time of each stage and recognizer."""
from __future__ import annotations

import time

from redactor.analyzer import Detector
from redactor.benchmark import measure_stages
from redactor.pipeline import Redactor
from redactor.recognizers.email import EmailRecognizer
from redactor.recognizers.phone import PhoneRecognizer

TEXT = "申請者の連絡先は 080-4321-8765 です。メールは risa.k@example.jp でした。\n" * 40


class _Busy(EmailRecognizer):
    """The e-mail recognizer made to spend 30 ms of CPU per chunk."""

    def find(self, text, tokens):
        until = time.process_time() + 0.03
        while time.process_time() < until:
            pass
        return super().find(text, tokens)


def _redactor_with(*recognizers) -> Redactor:
    redactor = Redactor()
    redactor.detector = Detector(list(recognizers))
    return redactor


def test_the_slow_recognizer_is_named_first_and_every_stage_is_listed():
    report = measure_stages(TEXT, _redactor_with(PhoneRecognizer(), _Busy()), runs=1)
    recognizers = report["recognizers"]
    assert list(recognizers) == ["_Busy", "PhoneRecognizer"]  # slowest first
    assert recognizers["_Busy"] >= 0.03 > recognizers["PhoneRecognizer"]
    stages = report["stages"]
    assert list(stages) == ["normalise", "tokenise", "recognizers", "engine", "refine",
                            "detect (the above, as run)", "policy", "risk", "mask", "audit",
                            "raw SudachiPy (reference)"]
    assert stages["recognizers"] >= recognizers["_Busy"]
    assert stages["detect (the above, as run)"] >= 0.03  # the busy recognizer runs in detection too
    assert all(seconds >= 0 for seconds in stages.values())


def test_without_a_slow_recognizer_none_stands_out():
    # the near miss: the same two recognizers' work, without the busy loop
    report = measure_stages(TEXT, _redactor_with(PhoneRecognizer(), EmailRecognizer()), runs=1)
    assert all(seconds < 0.03 for seconds in report["recognizers"].values())


_SHARED: dict[str, str] = {}  # a one-entry index of the chunk, shared by two recognizers


class _Indexing(EmailRecognizer):
    """Builds the chunk's index in 30 ms of CPU unless the recognizer run
    just before it on the same chunk built it (as recognizers share a
    chunk's line and token indexes)."""

    def find(self, text, tokens):
        if _SHARED.get("chunk") != text:
            until = time.process_time() + 0.03
            while time.process_time() < until:
                pass
            _SHARED["chunk"] = text
        return super().find(text, tokens)


class _IndexingToo(_Indexing):
    pass


def test_recognizers_are_timed_in_the_order_detection_runs_them():
    # two chunks; detection runs both recognizers on a chunk before the next,
    # so the second finds the index built: 30 ms per chunk in all. Timed one
    # recognizer over every chunk, each call would rebuild it (60 ms per chunk)
    # and the excess would show up as someone's time that detection never spends.
    text = TEXT * 7  # over 10,000 characters: two chunks
    _SHARED.clear()
    report = measure_stages(text, _redactor_with(_Indexing(), _IndexingToo()), runs=1)
    stages = report["stages"]
    assert 0.06 <= stages["recognizers"] < 0.09
    assert report["recognizers"]["_Indexing"] >= 0.06 > report["recognizers"]["_IndexingToo"]
    assert stages["engine"] < 0.03  # the engine's own work is no recognizer's


def test_one_recognizer_alone_builds_its_index_on_every_chunk():
    # the near miss: nothing shared, so nothing is saved by the order
    text = TEXT * 7
    _SHARED.clear()
    report = measure_stages(text, _redactor_with(_Indexing()), runs=1)
    assert 0.06 <= report["stages"]["recognizers"] < 0.09
