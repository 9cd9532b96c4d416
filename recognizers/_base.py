"""Base classes for the Japanese recognizers.

Every recognizer is a Presidio ``EntityRecognizer`` (supported language
``ja``) so it runs inside ``AnalyzerEngine`` like Presidio's own; results
carry a human-readable ``reason`` and detector ``attributes`` in
``recognition_metadata`` which the pipeline turns into ``Finding`` objects.

``JaPatternRecognizer`` follows Presidio's country recognizers: class
attributes ``PATTERNS`` (named, scored regexes) and ``CONTEXT`` (words that
raise confidence), and a ``validate_result`` hook that answers True
(certain: a checksum passed), False (reject) or None (cannot tell). Context
is read on raw character windows (see ``_context.py``), not on lemmas.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.finding import Finding
from redactor.first_chars import fast, guarded
from redactor.recognizers import _context as ctx
from redactor.recognizers._text import factored_words_regex, line_span
from redactor.tokens import Token

REASON_KEY = "reason"
ATTRIBUTES_KEY = "attributes"


class JaRecognizer(EntityRecognizer):
    """A recognizer over the normalised text and its Sudachi tokens.

    Subclasses set ``ENTITIES`` and implement ``find``; they never decide
    what happens to a finding (that is the policy's job), they only say
    what it is, how sure they are, and why.
    """

    ENTITIES: Sequence[str] = ()
    name: str  # set by EntityRecognizer.__init__ (the class name)

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language="ja",
                         name=type(self).__name__)

    def load(self) -> None:  # data is loaded at import time from package files
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        # shared, never modified; our NlpEngine (nlp_engine.py) puts Sudachi tokens where Presidio types a spaCy Doc
        tokens: list[Token] = nlp_artifacts.tokens if nlp_artifacts else []  # type: ignore[assignment]
        try:
            return [r for r in self.find(text, tokens) if not entities or r.entity_type in entities]
        except Exception as exc:
            # Fail closed: a crashing recognizer fails the document, naming itself.
            raise RuntimeError(f"{self.name}: {type(exc).__name__}: {exc}") from exc

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        raise NotImplementedError

    def refine(self, text: str, findings: list[Finding]) -> list[Finding]:
        """A document-level step over every recognizer's findings; by default
        none (the findings unchanged).

        ``find`` sees one chunk of a long document at a time and only its own
        results. ``Detector`` calls ``refine`` once per document, after every
        recognizer has run on every chunk, with the whole normalised
        ``text`` and all findings in its coordinates, recognizer by
        recognizer in the registry's order (``recognizer_classes``); each
        gets the list the one before returned. It is the place for what
        needs the whole document or another recognizer's findings: one
        decision for every mention of a person, clauses of one statement
        joined. It returns the new list and never drops a finding without a
        named reason. Presidio's ``AnalyzerEngine`` alone does not call it.
        """
        return findings

    def result(self, label: str, start: int, end: int, score: float, reason: str,
               **attributes: Any) -> RecognizerResult:
        """A ``RecognizerResult`` carrying our reason and attributes."""
        return RecognizerResult(
            entity_type=label, start=start, end=end, score=min(1.0, max(0.0, score)),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                REASON_KEY: reason,
                ATTRIBUTES_KEY: attributes,
            },
        )


@dataclass(frozen=True)
class JaPattern:
    """A named regex with the score it earns on its own.

    ``needs_context``: the digits alone are ambiguous (a 12-digit number
    may be an invoice number), so the match counts only when a ``CONTEXT``
    word stands near it or ``validate_result`` answers True.

    ``anchor``: a cheap regex that every match contains (丁目|番地 for an
    address). Patterns that start with a run of kanji are slow to scan
    over a whole document, so they run only on the lines where the anchor
    occurs; none of these patterns crosses a line end.

    ``lead``: every match has an anchor occurrence starting at most this
    many characters after the match's start (a job word after a modifier
    of one to six characters and の: 7). The pattern is then tried only at
    those starts instead of at every character of the anchor's lines;
    the matches are the same (see ``scan``).
    """

    name: str
    regex: str
    score: float
    needs_context: bool = False
    anchor: str | None = None
    lead: int | None = None


# An anchor that is a plain alternation of words (job titles, site words,
# hundreds of them) is tried word by word at every character of the text;
# factored by common beginnings (``factored_words_regex``) it is one branch
# per character. Both give the same match at each place, the longest word
# there, when no word stands before a longer word it begins (the order
# ``words_regex`` writes): then the places and lines scanned are the same.
_LITERAL_WORD = re.compile(r"(?:\\[^0-9A-Za-z]|[^\\.^$*+?{}\[\]|()])+")  # re.escape's output
_FACTORED_ANCHORS: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def _factored_anchor(anchor: re.Pattern) -> re.Pattern:
    """``anchor`` as a factored regex when it is an alternation of at least
    eight literal words, none listed before a longer word it begins, and
    compiled without flags; else ``anchor`` itself. Worked out once per anchor."""
    entry = _FACTORED_ANCHORS.get(id(anchor))
    if entry is not None and entry[0] is anchor:
        return entry[1]
    fast = anchor
    pieces = anchor.pattern.split("|") if anchor.flags == re.UNICODE else []
    if len(pieces) >= 8 and all(_LITERAL_WORD.fullmatch(p) for p in pieces):
        words = [re.sub(r"\\(.)", r"\1", p, flags=re.S) for p in pieces]
        first: dict[str, int] = {}
        for i, w in enumerate(words):
            first.setdefault(w, i)
        # a word before a longer word it begins would match first there
        if all(words) and not any(first.get(w[:k], j) < j for j, w in enumerate(words) for k in range(1, len(w))):
            fast = re.compile(factored_words_regex(words))
    _FACTORED_ANCHORS[id(anchor)] = (anchor, fast)  # the entry keeps the anchor alive: its id is not reused
    return fast


def scan(rx: re.Pattern, anchor: re.Pattern | None, text: str, lead: int | None = None) -> Iterable[re.Match]:
    """Matches of ``rx`` in ``text``; with an ``anchor``, only on the lines
    where the anchor occurs (see ``JaPattern.anchor``).

    With ``lead`` (see ``JaPattern.lead``), ``rx`` is tried only from the
    ``lead`` characters before each place the anchor occurs (overlapping
    places too: each position inside an anchor's match is tried again):
    the same matches as ``finditer``, which too tries each start in order
    and goes on after the end of a match, since no match starts elsewhere."""
    if anchor is None:
        yield from fast(rx).finditer(text)
        return
    anchor = fast(_factored_anchor(anchor))
    if lead is not None:
        pos = 0
        places = []
        for a in anchor.finditer(text):
            places.append(a.start())
            places.extend(p for p in range(a.start() + 1, a.end()) if anchor.match(text, p))
        starts = sorted({s for p in places for s in range(max(0, p - lead), p + 1)})
        for s in starts:
            if s < pos:
                continue
            line_end = text.find("\n", s)
            m = rx.match(text, s, len(text) if line_end == -1 else line_end)
            if m:
                yield m
                pos = m.end()
        return
    line_end = -1
    rx = fast(rx)  # searched through whole lines
    for a in anchor.finditer(text):
        if a.start() <= line_end:
            continue  # this line was scanned already
        line_start, line_end = line_span(text, a.start(), a.end())
        yield from rx.finditer(text, line_start, line_end)


class JaPatternRecognizer(JaRecognizer):
    """Regex recognizer with character-window context and a validation hook."""

    ENTITY: str = ""
    PATTERNS: Sequence[JaPattern] = ()
    CONTEXT: Sequence[str] = ()
    CONTEXT_BEFORE = 16
    CONTEXT_AFTER = 4
    CONTEXT_BOOST = 0.25
    DESCRIPTION = ""  # what was found, for the reason line (e.g. "電話番号")
    # True: the regexes get a first-character guard (redactor/first_chars.py),
    # set where it was measured faster; it never changes what matches.
    GUARD_PATTERNS = False

    def __init__(self) -> None:
        if not self.ENTITIES:
            self.ENTITIES = (self.ENTITY,)
        super().__init__()
        # A pattern that counts only next to a context word needs scanning
        # only on the lines that have one (context never crosses a line end).
        context_anchor = "|".join(re.escape(w) for w in self.CONTEXT) or None
        self._compiled = [
            (p, guarded(re.compile(p.regex)) if self.GUARD_PATTERNS else re.compile(p.regex),
             re.compile(p.anchor) if p.anchor else
             re.compile(context_anchor) if p.needs_context and context_anchor else None)
            for p in self.PATTERNS]

    def validate_result(self, pattern_text: str) -> bool | None:
        """True: certain (checksum passed); False: reject; None: cannot tell."""
        return None

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        """Detector facts for the policy (e.g. whether a phone is an office line)."""
        return {}

    def span_of(self, match: re.Match) -> tuple[int, int]:
        """The reported span: the ``value`` group when the regex has one."""
        if "value" in match.re.groupindex and match.group("value") is not None:
            return match.span("value")
        return match.span()

    def matches(self, text: str) -> Iterator[tuple[JaPattern, re.Match, int, int]]:
        """Each pattern's matches with their reported span (``span_of``), empty
        spans left out: the loop ``find`` runs, for a recognizer that judges
        the matches its own way (case_number)."""
        for pattern, rx, anchor in self._compiled:
            for m in scan(rx, anchor, text, pattern.lead):
                start, end = self.span_of(m)
                if start < end:
                    yield pattern, m, start, end

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        for pattern, m, start, end in self.matches(text):
            value = text[start:end]
            valid = self.validate_result(value)
            if valid is False:
                continue
            word = ctx.context_word(text, start, end, self.CONTEXT,
                                    self.CONTEXT_BEFORE, self.CONTEXT_AFTER)
            if pattern.needs_context and not word and valid is not True:
                continue
            score = pattern.score + (self.CONTEXT_BOOST if word else 0.0)
            if valid is True:
                score = max(score, 1.0)
            reason = f"{self.DESCRIPTION or self.ENTITY}の形式（{pattern.name}）"
            if word:
                reason += f"、文脈語「{word}」"
            if valid is True:
                reason += "、検査数字が一致"
            yield self.result(self.ENTITY, start, end, score, reason,
                              pattern=pattern.name, **self.attributes_for(text, start, end))
