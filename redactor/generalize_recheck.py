"""Close ``mask --generalize``: re-check the generalised output until no
re-identification subject in it reads high.

The proposals of ``risk.generalize`` are computed on the original text, one
subject at a time. The output can still read high when checked again: the
generalised sentence groups its attributes differently (「10歳未満の［世帯構成］
とのことです」 no longer ends the person before, so a 地区 of the sentence
before joins them), an attribute no proposal covered joins a subject, or a
value generalised only in part leaves a narrowing tail (「桐ケ丘町内会1班」
with only 「桐ケ丘町内会」 found: 「市内1班」 is a small area again). Reading
the output the way a reader (and ``redactor check``) reads it is the only
test that covers every case, so this module does that and escalates:

1. the first rounds apply the re-check's own proposal for each subject still
   high (its values one step coarser, or masked when no coarser form is
   left), mapped back to the original text;
2. the later rounds mask every attribute of a subject still high with the
   bracketed word of its kind (［年齢］［場所］): fail closed, whatever the
   grouping;

until the re-check finds nothing high (or the rounds run out: then every
attribute of what is still high has been masked). A value the re-check found
inside a generalised one (50代 in 家族（50代）) is rewritten inside it; a
value it found across a generalised one and the text after it (市内 + 1班)
replaces both.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Callable, Sequence

from redactor.finding import MASK, Finding
from redactor.masking import Replacement
from redactor.risk import RISK_LABELS, RiskSubject, mask_text, _step_values

# rounds that apply the re-check's proposals before every attribute left high is masked
_PROPOSAL_ROUNDS = 2
_MAX_ROUNDS = 8
_FALLBACK_MASK = "［非公開］"


class _OutputIndex:
    """Where a stretch of the output came from in the original text."""

    def __init__(self, replacements: Sequence[Replacement]):
        self.reps = sorted(replacements, key=lambda r: r.start)
        self.out_starts: list[int] = []
        self.deltas: list[int] = []  # output offset minus original offset after each replacement
        delta = 0
        for r in self.reps:
            self.out_starts.append(r.start + delta)
            delta += len(r.text) - (r.end - r.start)
            self.deltas.append(delta)

    def _at(self, pos: int) -> tuple[int, Replacement | None, int]:
        """(original offset, the replacement holding ``pos``, its output start)."""
        i = bisect_right(self.out_starts, pos) - 1
        if i >= 0:
            r, out_start = self.reps[i], self.out_starts[i]
            if pos < out_start + len(r.text):
                return r.start, r, out_start
            return pos - self.deltas[i], None, 0
        return pos, None, 0

    def original(self, start: int, end: int) -> tuple[int, int, str, str]:
        """(original start, original end, text before, text after): the
        output [start, end) comes from the original [os, oe); the text
        of a replacement it covers only in part is written around the new value."""
        os, r, rs = self._at(start)
        prefix = r.text[:start - rs] if r is not None else ""
        last, r2, rs2 = self._at(end - 1)
        if r2 is not None:
            oe, suffix = r2.end, r2.text[end - rs2:]
        else:
            oe, suffix = last + 1, ""
        return os, oe, prefix, suffix


def _set_value(text: str, findings: list[Finding], overrides: dict[tuple[int, int], str],
               os: int, oe: int, label: str, value: str, why: str) -> bool:
    """Write ``value`` for the original [os, oe) (a finding of its own, MASK
    with the value as its replacement); what it covers is replaced with it.
    False when nothing changes."""
    if overrides.get((os, oe)) == value:
        return False
    for span in [s for s in overrides if s[0] < oe and os < s[1]]:
        del overrides[span]
    kept: list[Finding] = []
    placed = False
    for f in findings:
        if (f.start, f.end) == (os, oe) and not placed:
            kept.append(replace(f, action=MASK, reason=f"{f.reason} → {why}（{value}）"))
            placed = True
        elif os <= f.start and f.end <= oe and f.label in RISK_LABELS + ("AMOUNT",):
            continue  # an attribute inside the stretch: the new value replaces it
        else:
            kept.append(f)
    if not placed:
        kept.append(Finding(label, os, oe, text[os:oe], 1.0, "generalize_recheck", action=MASK,
                            reason=f"一般化後の再チェックで再識別リスク高 → {why}（{value}）"))
    kept.sort(key=lambda f: (f.start, -(f.end - f.start)))
    findings[:] = kept
    overrides[(os, oe)] = value
    return True


def _new_value(f: Finding, subject: RiskSubject, threshold: float, masking: bool) -> str | None:
    """What the re-check's subject proposes for one of its values, or the
    mask word of its kind when no proposal lifts the subject (or in the
    masking rounds); None: the proposal leaves this value as it is."""
    if not masking and subject.k_after is not None and subject.k_after >= threshold:
        return _step_values(subject.suggestion).get(f.text)
    return mask_text(f) or _FALLBACK_MASK


def close(text: str, findings: list[Finding], overrides: dict[tuple[int, int], str],
          render: Callable[[list[Finding], dict[tuple[int, int], str]], tuple[str, list[Replacement]]],
          recheck: Callable[[str], list[RiskSubject]], threshold: float,
          frozen: Callable[[int, int], bool] | None = None) -> tuple[list[Finding], dict[tuple[int, int], str], int]:
    """Findings and overrides whose output re-checks with nothing high, and
    the number of high subjects the last re-check still found (0 unless the
    rounds ran out). ``render`` writes the output (``masking.apply_masks``
    with the policy's style), ``recheck`` returns the risk subjects of a
    text (``Redactor.check(...).risk``). ``frozen`` names original stretches
    the rounds must not change (a value a reviewer decided to keep): a
    subject that reads high only through them is counted as left, for a
    person to see, rather than overruled."""
    findings = list(findings)
    overrides = dict(overrides)
    stalled = False
    for round_no in range(_MAX_ROUNDS):
        out, replacements = render(findings, overrides)
        highs = [s for s in recheck(out) if s.level == "high"]
        if not highs:
            return findings, overrides, 0
        index = _OutputIndex(replacements)
        masking = stalled or round_no >= _PROPOSAL_ROUNDS
        changed = False
        for subject in highs:
            for f in subject.findings:
                value = _new_value(f, subject, threshold, masking)
                if value is None:
                    continue
                os, oe, prefix, suffix = index.original(f.start, f.end)
                if frozen is not None and frozen(os, oe):
                    continue
                why = "一般化後の再チェックで一般化" if not masking else "一般化後も再識別リスク高のため非公開"
                changed |= _set_value(text, findings, overrides, os, oe, f.label, prefix + value + suffix, why)
        if masking and not changed:
            break  # what is left reads high only through frozen values: more rounds change nothing
        stalled = not changed  # the proposals change nothing: the next round masks
    out, _ = render(findings, overrides)
    left = sum(s.level == "high" for s in recheck(out))
    return findings, overrides, left
