"""Detection: normalised text -> Sudachi -> Presidio recognizers -> findings.

``Detector`` owns one Presidio ``AnalyzerEngine`` over the Sudachi NLP
engine and our recognizers; it is built once per process and reused. It
knows nothing of policy: it returns findings with offsets into the
original text, each with a score, the recognizer's name and its reason.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Iterator, Sequence

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from redactor.finding import Finding
from redactor.nlp_engine import SudachiNlpEngine
from redactor.normalize import NormalizedText, normalize
from redactor.recognizers import default_recognizers
from redactor.recognizers._drops import read_setting as read_drops_setting
from redactor.recognizers._base import ATTRIBUTES_KEY, REASON_KEY, JaRecognizer
from redactor.body_representatives import mark_body_representatives
from redactor.body_rosters import mark_body_rosters
from redactor.council_seats import mark_council_seats
from redactor.official_surnames import mark_official_surnames
from redactor.record_staff_fields import mark_record_staff_fields
from redactor.title_before_name import mark_titles_before_names
from redactor.roster_tables import mark_roster_tables
from redactor.row_posts import mark_row_posts
from redactor.speaker_headers import trim_speaker_headers
from redactor.staff_columns import mark_staff_columns
from redactor.staff_log_lines import mark_staff_log_lines
from redactor.tokens import chunk_text


from redactor.errors import RecognizerFailure  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


class CharacterWindowContext(ContextAwareEnhancer):
    """Presidio's context step for the Japanese recognizers: nothing left to do.

    Each recognizer has applied context itself, on character windows before
    and after a match (recognizers/_context.py), by the time the engine's
    step runs. Presidio's default, ``LemmaContextAwareEnhancer``, compares
    whole lemmas of the tokens before a match, which Japanese compounds and
    name suffixes never match; it would copy every result to change none
    (our recognizers declare no Presidio ``context``, and our NLP engine
    builds no lemmas). Passed as ``AnalyzerEngine(context_aware_enhancer=...)``.

    The engine's per-recognizer step before this one (each recognizer's
    ``enhance_using_context``, Presidio's default on ours) is skipped by
    ``JaAnalyzerEngine`` when it would change nothing.
    """

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                              nlp_artifacts: NlpArtifacts, recognizers: list[EntityRecognizer],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        return raw_results


class JaAnalyzerEngine(AnalyzerEngine):
    """Presidio's ``AnalyzerEngine`` without its per-recognizer context step
    where that step is the identity.

    The engine hands each recognizer its own results and everyone else's
    (two filtered copies of the chunk's results per recognizer, about 4% of
    the detection time on a finding-dense text) so that it may raise their
    scores. Ours never do (they keep Presidio's default
    ``enhance_using_context``, which returns its input), and every result
    carries the identifier of the recognizer that made it, results listed
    recognizer by recognizer in the engine's order; the step would then
    give back the same list in the same order. That is checked on each
    call (one dictionary lookup per result); anything else (a recognizer
    with its own context step, a result out of order or of an unknown
    recognizer, which the engine drops) takes the engine's own path.
    """

    def _enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                               nlp_artifacts: NlpArtifacts, recognizers: list[EntityRecognizer],
                               context: list[str] | None = None) -> list[RecognizerResult]:
        if not _context_step_is_identity(raw_results, recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=list(raw_results), nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context)


def _context_step_is_identity(results: list[RecognizerResult], recognizers: list[EntityRecognizer]) -> bool:
    """True when Presidio's per-recognizer context step would return
    ``results`` unchanged: every recognizer keeps the default (identity)
    ``enhance_using_context``, identifiers are unique, and the results are
    grouped by recognizer in the recognizers' order."""
    default = EntityRecognizer.enhance_using_context
    order: dict[str, int] = {}
    for i, rec in enumerate(recognizers):
        if getattr(type(rec), "enhance_using_context", None) is not default or rec.id in order:
            return False
        order[rec.id] = i
    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    last = 0
    for r in results:
        rid = (r.recognition_metadata or {}).get(key)
        at = order.get(rid) if isinstance(rid, str) else None
        if at is None or at < last:
            return False
        last = at
    return True


class Detector:
    """Runs every recognizer over a document and returns ``Finding`` objects."""

    def __init__(self, recognizers: Sequence[JaRecognizer] | None = None) -> None:
        self.recognizers = list(recognizers) if recognizers is not None else default_recognizers()
        registry = RecognizerRegistry(recognizers=self.recognizers, supported_languages=["ja"])
        self.engine = JaAnalyzerEngine(
            registry=registry, nlp_engine=SudachiNlpEngine(), supported_languages=["ja"],
            context_aware_enhancer=CharacterWindowContext(),
        )

    def detect_normalized(self, norm: NormalizedText,
                          extra: Iterable = ()) -> list[Finding]:
        """Findings in *normalised* coordinates (``text`` is the normalised slice)."""
        findings: list[Finding] = []
        extra = list(extra)
        read_drops_setting()  # REDACTOR_EXPLAIN_DROPS, once per document rather than once per drop
        chunks = chunk_text(norm.text)
        try:
            for (offset, chunk), artifacts in zip(chunks, _artifacts_ahead(self.engine.nlp_engine, chunks)):
                results = self.engine.analyze(chunk, language="ja", ad_hoc_recognizers=extra or None,
                                              nlp_artifacts=artifacts)
                findings.extend(_to_finding(r, norm.text, offset) for r in results)
        except Exception as exc:  # fail closed: name the recognizer if we can
            raise RecognizerFailure(f"認識処理に失敗しました: {exc}") from exc
        for rec in self.recognizers:  # document-level steps, in the registry's order (JaRecognizer.refine)
            try:
                findings = rec.refine(norm.text, findings)
            except Exception as exc:
                raise RecognizerFailure(f"{rec.name} の文書単位の処理に失敗しました: {exc}") from exc
        trim_speaker_headers(norm.text, findings)
        mark_council_seats(norm.text, findings)
        mark_staff_columns(norm.text, findings)
        mark_staff_log_lines(norm.text, findings)
        mark_roster_tables(norm.text, findings)
        mark_row_posts(norm.text, findings)
        mark_body_rosters(norm.text, findings)
        mark_body_representatives(norm.text, findings)
        mark_record_staff_fields(norm.text, findings)
        mark_titles_before_names(norm.text, findings)
        mark_official_surnames(norm.text, findings)
        return sorted(findings, key=lambda f: (f.start, -f.end, f.label))

    def detect(self, text: str, extra: Iterable = (), *, join_lines: bool = True) -> list[Finding]:
        """Findings with offsets into ``text`` (the original, not normalised).

        ``join_lines`` (plain text) reads across a line break that falls
        inside a value (080-1234-⏎5678); a finding across one spans both
        pieces in ``text`` and carries ``across_line_break`` so that the
        masked output keeps the break. Word, HTML and PDF text pass False:
        their line breaks are paragraphs, or already joined by the reader.
        """
        norm = normalize(text, join_lines=join_lines)
        # The findings were made just above, so they are moved to original
        # offsets in place rather than copied; one listed twice (by a refine
        # step) is kept once, so that it is not moved twice.
        findings = list({id(f): f for f in self.detect_normalized(norm, extra)}.values())
        for f in findings:
            f.start, f.end = norm.to_original(f.start, f.end)
            f.text = text[f.start:f.end]
            if norm.joins and norm.joined_at(f.start, f.end):
                f.attributes["across_line_break"] = True
        return findings


def _artifacts_ahead(nlp_engine: NlpEngine, chunks: list[tuple[int, str]]) -> Iterator[NlpArtifacts]:
    """Each chunk's Sudachi tokens, in order, with the next chunk tokenised
    in a worker thread while the recognizers read the current one.

    SudachiPy releases the interpreter lock while it tokenises, so on a
    machine with two cores or more the tokeniser's time (a quarter of the
    pipeline's) overlaps the recognizers' instead of adding to it. One
    chunk ahead at most: a 10 MB document never holds more than two
    chunks' tokens. A short document (one chunk) or a single core runs
    without the thread. An error in the worker is raised here.
    """
    pool = None
    if len(chunks) >= 2 and (os.cpu_count() or 1) >= 2:
        try:
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redactor-sudachi")
            ahead = pool.submit(nlp_engine.process_text, chunks[0][1], "ja")
        except RuntimeError:  # no threads here (a restricted interpreter): one at a time
            pool = None
    if pool is None:
        for _, chunk in chunks:
            yield nlp_engine.process_text(chunk, "ja")
        return
    with pool:
        for i in range(len(chunks)):
            current = ahead.result()
            if i + 1 < len(chunks):
                ahead = pool.submit(nlp_engine.process_text, chunks[i + 1][1], "ja")
            yield current


def _to_finding(r: RecognizerResult, text: str, offset: int) -> Finding:
    meta = r.recognition_metadata or {}
    start, end = r.start + offset, r.end + offset
    return Finding(
        label=r.entity_type, start=start, end=end, text=text[start:end], score=round(r.score, 3),
        recognizer=meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "?"),
        reason=meta.get(REASON_KEY, ""), attributes=dict(meta.get(ATTRIBUTES_KEY) or {}),
    )
