"""Masking: apply the policy's decisions to the text. Nothing is detected here.

Two steps: ``resolve_overlaps`` picks one finding where several cover the
same characters (the longer span wins, then the higher score, then the
earlier start: deterministic), and ``apply_masks`` replaces the spans to
hide with the replacement of the chosen style:

- ``label``: ［氏名］［住所］... keeps the sentence readable;
- ``block``: a fixed run of ■ that does not reveal the original length;
- ``pseudonym``: the same person becomes the same token (Ａ氏, Ｂ氏) all
  through the document, so a reader can still follow who said what.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from redactor.data_files import load_toml
from redactor.finding import KEEP, MASK, REVIEW, Finding
from redactor.intervals import IntervalSet

_REPL = load_toml("replacements.toml")
_FULLWIDTH_LETTERS = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"


@dataclass(frozen=True)
class Replacement:
    """One stretch of the original replaced in the output."""

    finding: Finding
    start: int
    end: int
    text: str


# Labels that describe a person and never hold a name of their own: not a company's
# (AFFILIATION holds its founder's: 株式会社大和田電算) nor a place's (PLACE: 若松二丁目,
# 中野地区 are named after families and read as surnames).
_DESCRIBES = frozenset({"OCCUPATION", "AGE", "GENDER", "DATE", "FAMILY", "NATIONALITY", "AMOUNT"})


def _drop_weaker_keeps(findings: list[Finding]) -> list[Finding]:
    """Drop KEEP findings that overlap a finding to hide which is more
    certain than they are. A confident company name keeps a surname inside
    it visible (株式会社大和田電算), but a weak affiliation guess
    (「年に大塚守康が株式会社」, score 0.5) must not keep a confident name
    (0.85) visible: failing closed beats the longer span. Allow-listed
    KEEP findings are the user's word and always stay.

    A description of a person (an occupation, an age, a date ...: ``_DESCRIBES``)
    is never a name's container, however sure: when its stretch took a name in
    (荒木測量士 read whole as an occupation), the name is hidden and the
    description is cut back to what it describes (測量士), whatever the scores."""
    hide = sorted((f for f in findings if f.action != KEEP), key=lambda f: f.start)
    if not hide:
        return findings
    starts = [h.start for h in hide]
    longest = max(h.end - h.start for h in hide)
    out = []
    for f in findings:
        if f.action == KEEP and not f.attributes.get("allow_list"):
            # only hidden findings starting within reach can overlap f
            near = hide[bisect_left(starts, f.start - longest):bisect_left(starts, f.end)]
            if any(f.start < h.end and h.score > f.score for h in near):
                continue
            names = [h for h in near if f.start < h.end and h.label == "PERSON"] if f.label in _DESCRIBES else []
            if names:
                cut = _without_names(f, names)
                if cut is None:
                    continue
                f = cut
        out.append(f)
    return out


def _without_names(f: Finding, names: list[Finding]) -> Finding | None:
    """The description ``f`` with the names it took in cut off its ends (荒木測量士 -> 測量士),
    so that it still tells the re-identification check what it describes; None when a name
    sits inside it or nothing is left."""
    start, end = f.start, f.end
    for h in sorted(names, key=lambda h: h.start):
        if h.start <= start < h.end:
            start = h.end
        elif start < h.start and h.end >= end:
            end = h.start
        elif start < h.start < end:
            return None  # a name in the middle: the description goes
    if start >= end:
        return None
    return replace(f, start=start, end=end, text=f.text[start - f.start:end - f.start])


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per stretch: longer first, then higher score, then
    earlier, after dropping KEEP findings weaker than a finding to hide
    that they overlap (``_drop_weaker_keeps``).

    One exception keeps a value safe: a MASK finding inside a longer REVIEW
    finding (a password inside a security clause) is kept too, so that it is
    still masked when REVIEW findings are written out unmasked
    (``review_output = "keep"``). Such nested findings are the only overlaps
    in the result.
    """
    ranked = sorted(_drop_weaker_keeps(list(findings)), key=lambda f: (-(f.end - f.start), -f.score, f.start, f.label))
    taken = IntervalSet()
    chosen: list[Finding] = []
    overlapped_masks: list[Finding] = []
    overlapped: list[Finding] = []  # to hide, partly or wholly under a chosen finding
    for f in ranked:
        if not taken.overlaps(f.start, f.end):
            taken.add(f.start, f.end)
            chosen.append(f)
        else:
            if f.action == MASK:
                overlapped_masks.append(f)
            if f.action in (MASK, REVIEW):
                overlapped.append(f)
    # A REVIEW span that contains an overlapped MASK was chosen before it (it
    # is at least as long), and chosen spans do not overlap, so the only
    # candidate is the last REVIEW span starting at or before it.
    reviews = sorted((f.start, f.end) for f in chosen if f.action == REVIEW)
    review_starts = [s for s, _ in reviews]
    nested: list[Finding] = []
    nested_spans = IntervalSet()
    for f in overlapped_masks:  # in rank order: the first of overlapping nested ones wins
        i = bisect_right(review_starts, f.start) - 1
        if i >= 0 and f.end <= reviews[i][1] and not nested_spans.overlaps(f.start, f.end):
            nested_spans.add(f.start, f.end)
            nested.append(f)
    return sorted(chosen + nested + _uncovered_parts(overlapped, taken),
                  key=lambda f: (f.start, -(f.end - f.start)))


def _uncovered_parts(overlapped: list[Finding], taken: IntervalSet) -> list[Finding]:
    """Fail closed on partial overlaps: a finding to hide that sticks out of
    the chosen ones (a name 宮代　陽翔 of which a longer SENSITIVE span took
    陽翔) keeps the part no chosen finding covers, as a finding of its own,
    so that 宮代 is masked too."""
    parts: list[Finding] = []
    for f in overlapped:  # in rank order
        for s, e in taken.free_parts(f.start, f.end):
            piece = f.text[s - f.start:e - f.start]
            s, e = s + len(piece) - len(piece.lstrip()), e - (len(piece) - len(piece.rstrip()))
            if s >= e:
                continue
            taken.add(s, e)
            parts.append(replace(f, start=s, end=e, text=f.text[s - f.start:e - f.start],
                                 reason=f"{f.reason}（一部が他の所見と重なるため残りの部分）"))
    return parts


def _letter(i: int) -> str:
    """Ａ, Ｂ, ... Ｚ, ＡＡ, ＡＢ ... (spreadsheet-style, full-width)."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = _FULLWIDTH_LETTERS[r] + out
    return out


def _identity(f: Finding) -> str:
    """What makes two findings 'the same value' for pseudonyms."""
    return f.attributes.get("person_key") or "".join(f.text.split())


class Masker:
    """Builds replacements for one document (pseudonyms are per document)."""

    def __init__(self, style: str = "label") -> None:
        self.style = style
        self._pseudonyms: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def replacement_for(self, f: Finding) -> str:
        entry = _REPL["labels"].get(f.label, {"label": "［非公開］", "pseudonym": "非公開"})
        if self.style == "block":
            return _REPL["block"]
        if self.style == "pseudonym":
            key = (f.label, _identity(f))
            if key not in self._pseudonyms:
                n = self._counts.get(f.label, 0)
                self._counts[f.label] = n + 1
                word = entry["pseudonym"]
                self._pseudonyms[key] = f"{_letter(n)}{word}" if f.label == "PERSON" else f"［{word}{_letter(n)}］"
            return self._pseudonyms[key]
        return entry["label"]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _kept_breaks(f: Finding, text: str) -> str:
    """The line breaks of a value read across lines (080-1234-⏎5678, see
    ``line_joins``): the replacement stands where the value starts and the
    breaks follow it, so the output keeps its lines (and a form its layout)
    while no piece of the value stays on either line."""
    if not f.attributes.get("across_line_break"):
        return ""
    return "".join(_LINE_BREAK.findall(text, f.start, f.end))


def spans_to_hide(findings: Sequence[Finding], review_output: str = "mask") -> list[Finding]:
    """The findings whose text must not appear in the output."""
    hide = {MASK} | ({REVIEW} if review_output == "mask" else set())
    return [f for f in findings if f.action in hide]


def apply_masks(text: str, findings: Sequence[Finding], style: str = "label",
                review_output: str = "mask",
                overrides: dict[tuple[int, int], str] | None = None) -> tuple[str, list[Replacement]]:
    """The masked text and the replacements made (findings must not overlap).

    ``overrides`` gives the replacement for particular spans (a generalised
    quasi-identifier: 72歳 -> 70代) instead of the style's.
    """
    masker = Masker(style)
    overrides = overrides or {}
    out: list[str] = []
    replacements: list[Replacement] = []
    pos = 0
    hidden = spans_to_hide(findings, review_output)
    hidden += [f for f in findings if (f.start, f.end) in overrides and f not in hidden]
    for f in sorted(hidden, key=lambda f: (f.start, -(f.end - f.start))):
        if f.start < pos:  # inside a stretch already replaced (a value nested in a hidden clause)
            continue
        override = overrides.get((f.start, f.end))
        if override is not None and "\n" in override:
            repl = override  # a generalised value read across lines writes its own break (円⏎市内)
        else:
            repl = (override or masker.replacement_for(f)) + _kept_breaks(f, text)
        out.append(text[pos:f.start])
        out.append(repl)
        replacements.append(Replacement(f, f.start, f.end, repl))
        pos = f.end
    out.append(text[pos:])
    return "".join(out), replacements
