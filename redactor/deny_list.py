"""Findings for the policy's deny list: strings a user wants masked wherever
they occur (a name the recognizers missed, a code word). Built per policy,
so it lives beside the policy rather than among the language recognizers."""
from __future__ import annotations

import re
from typing import Iterable

from redactor.normalize import normalize

from redactor.recognizers._base import JaRecognizer
from redactor.tokens import Token


class DenyListRecognizer(JaRecognizer):
    """The policy's deny list. Not registered with the Japanese recognizers
    (``recognizer_classes``): the pipeline adds it per policy."""

    def __init__(self, entries: Iterable[str | tuple[str, str] | dict]) -> None:
        self.entries: list[tuple[str, str]] = []
        for e in entries:
            if isinstance(e, str):
                text, label = e, "PERSON"
            elif isinstance(e, tuple):
                text, label = e
            else:
                text, label = e["text"], e.get("label", "PERSON")
            # recognizers see the normalised text (NFKC and the 異体字 folds, 髙→高):
            # an entry written with 髙 must be folded the same way to be found
            self.entries.append((normalize(text).text, label))
        self.ENTITIES = sorted({label for _, label in self.entries}) or ["PERSON"]
        super().__init__()
        self._rx = [(re.compile(re.escape(t)), label) for t, label in self.entries if t]

    def find(self, text: str, tokens: list[Token]):
        for rx, label in self._rx:
            for m in rx.finditer(text):
                yield self.result(label, m.start(), m.end(), 1.0, "拒否リスト（ポリシーファイル）に一致",
                                  deny_list=True)
