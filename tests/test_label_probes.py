"""End to end, through the default profile: made-up sentences for every
label but PERSON, each with the spans that must be hidden (``mask``: MASK or
REVIEW covers every character) and the spans that must stay visible
(``keep``: no character masked). Many are near misses: statute articles,
amounts, dates, bill numbers, office lines, public facilities' addresses.

Sets 1-8 and 10 were written before the rule or form they test and were
measured before and after it; sets 9, 11 and 12 were written afterwards and
not used to tune anything. All names, addresses and numbers are made up.
"""
import json
from functools import lru_cache
from pathlib import Path

import pytest

from redactor.pipeline import Redactor

_PROBES = [json.loads(line) for line in (Path(__file__).parent / "data" / "label_probes.jsonl")
           .read_text(encoding="utf-8").splitlines() if line.strip()]
# Known gaps, left for later (see the report of the labels branch):
_KNOWN_GAPS = {
    "事業所 北浜市港町1-2-3 代表 北浜一郎",      # a business site may be a sole trader's home: masked (fail closed)
}


@lru_cache(maxsize=1)
def _redactor() -> Redactor:
    return Redactor("default")


def _masked_share(findings, text: str, span: str) -> float:
    i = text.index(span)
    hidden = set()
    for f in findings:
        if f.action in ("MASK", "REVIEW"):
            hidden.update(range(max(i, f.start), min(i + len(span), f.end)))
    return len(hidden) / len(span)


@pytest.mark.parametrize("probe", [
    pytest.param(p, id=f"{p['set']}:{p['text'][:24]}",
                 marks=[pytest.mark.xfail(strict=True, reason="known gap")] if p["text"] in _KNOWN_GAPS else [])
    for p in _PROBES])
def test_probe(probe):
    text = probe["text"]
    findings = _redactor().check(text).findings
    for span in probe["mask"]:
        assert _masked_share(findings, text, span) == 1, f"leaks {span}"
    for span in probe["keep"]:
        assert _masked_share(findings, text, span) == 0, f"over-masks {span}"
