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
