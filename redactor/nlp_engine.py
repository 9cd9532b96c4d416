"""A Presidio ``NlpEngine`` backed by SudachiPy (no spaCy model, no GiNZA).

Presidio's recognizers receive ``NlpArtifacts``; ours carry Sudachi
``Token`` objects in ``tokens`` (``lemmas`` holds the surfaces: context is
read on character windows instead, see recognizers/_context.py).
Named entities are not produced here: the recognizers read Sudachi's
人名/地名 part-of-speech tags themselves, with context.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from redactor.tokens import sudachi_tokenizer, tokenize

_PUNCT_POS = {"補助記号", "空白"}


class SudachiNlpEngine(NlpEngine):
    """Tokenises Japanese text with the process-wide Sudachi tokenizer."""

    def __init__(self) -> None:
        self._loaded = False

    def load(self) -> None:
        sudachi_tokenizer()
        self._loaded = True

    def is_loaded(self) -> bool:
        return self._loaded

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        tokens = tokenize(text)
        return NlpArtifacts(
            entities=[],
            tokens=tokens,  # type: ignore[arg-type]  # Sudachi tokens, not a spaCy Doc
            # Presidio's context enhancer would read these; the Detector passes
            # one that reads nothing (analyzer.CharacterWindowContext: our
            # recognizers read context on character windows), so they are
            # not built: two lists per token per chunk saved.
            tokens_indices=[],
            lemmas=[],
            nlp_engine=None,  # keywords are not used by our recognizers
            language=language,
        )

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int = 1,
                      n_process: int = 1, **kwargs) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(not ch.isalnum() for ch in word)

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["ja"]
