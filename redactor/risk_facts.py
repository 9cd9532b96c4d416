"""The sensitive facts a passage tells of the person it describes.

The mosaic check weighs the attributes that stay visible (an age band, a 町名,
a sex). What makes a combination matter is what it is attached to: 「北山町の
４０代の女性で、支援措置の対象者」 tells the neighbours who is hiding, where
「北山町の４０代の女性が説明会に参加」 tells nothing of anyone. The facts a
person's sentences tell (a SENSITIVE finding the policy masks or flags: an
illness, public assistance, a crime suffered, DV) are therefore

- part of the person's group: the review page and ``eval`` show the person
  with what is told of them (the fact is masked, the combination is what is
  left to judge), and so is an attribute of theirs the policy masks (an exact
  age beside a name), which is hidden and not weighed;
- a reason for a stricter judgement (``risk.judge``, ``sensitive``): under
  情報公開法第5条第1号後段 information that names no one but would still harm
  them is withheld, so a combination shared by a small circle is high.

A fact the policy keeps (policy text: 生活保護制度の概要) is no one's and is not read;
nor is a kind that is no 要配慮個人情報 (a trouble with the neighbours, arrears:
``population.toml [sensitive] kinds``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from redactor.data_files import load_toml
from redactor.finding import KEEP, MASK, Finding

# the kinds of fact read here (population.toml [sensitive] kinds: 要配慮個人情報 and public assistance)
_KINDS = frozenset(load_toml("population.toml")["sensitive"]["kinds"])
# an attribute the policy masks (an exact age beside a name): hidden, so not weighed, but
# what the person's group would have shown; it is listed with the group like a fact
_MASKED_ATTRIBUTES = frozenset({"AGE", "GENDER", "FAMILY", "OCCUPATION", "NATIONALITY", "AFFILIATION", "PLACE", "DATE"})


# a relative of the person named in the fact itself (同居する長男から暴力, 夫を自死で亡くし, 妻が入院中):
# quasi_identifiers.toml [subjects] relatives, as a word of its own followed by a particle (not 工夫, 母子)
# (the alternation is shared with risk.py's subject reader, which reads the same words before は/が/も)
RELATIVE_WORDS = "|".join(map(re.escape, sorted(
    load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["subjects"]["relatives"], key=len, reverse=True)))
_RELATIVE = re.compile("(?<![\u4e00-\u9fff])(%s)(?:さん|様)?(?=[がはをにとのもへ、]|から|より)" % RELATIVE_WORDS)


_CLAUSE = 20  # characters: a relation and the fact about them are told in one clause


class FactIndex:
    """The sensitive facts of a document, found by position: one bisection
    per sentence of a person, not a scan of every fact."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.facts = sorted((f for f in findings if f.label == "SENSITIVE" and f.action != KEEP
                             or f.label in _MASKED_ATTRIBUTES and f.action == MASK), key=lambda f: f.start)
        self.starts = [f.start for f in self.facts]

    def told(self, extent: Sequence[tuple[int, int]]) -> list[Finding]:
        """The facts that start in the person's sentences, in text order, each once."""
        if not self.facts:
            return []
        out: dict[int, Finding] = {}
        for a, b in sorted(set(extent)):
            for f in self.facts[bisect_left(self.starts, a):bisect_left(self.starts, b)]:
                out[id(f)] = f
        return sorted(out.values(), key=lambda f: f.start)


def fact_term(facts: Sequence[Finding]) -> str | None:
    """The word the reason names the first sensitive fact by (None when no
    fact of a sensitive kind is told): the recognizer's term (生活保護, 骨折),
    else its kind -- never the fact's own text."""
    facts = [f for f in facts if f.label == "SENSITIVE" and f.attributes.get("kind") in _KINDS]
    for f in facts:
        term = f.attributes.get("term") or f.attributes.get("kind")
        if isinstance(term, str) and term:
            return term
    return "要配慮個人情報" if facts else None


def fact_relation(facts: Sequence[Finding], members: Sequence[Finding] = ()) -> str | None:
    """The relative a sensitive fact of the person is about, else None: one the fact
    names (長男 in 同居する長男から暴力を受け), or a FAMILY finding of the person written
    within a clause of the fact (妻が｜精神疾患で入院; a household form too, 一人暮らしで｜認知症:
    the development corpus's examiner calls that high). The fact is then about the household,
    which the relatives and the neighbours know (``risk.judge``'s sensitive fact with a
    relation and an age). A relation told paragraphs away (another case's 長女) is not it."""
    told = [f for f in facts if f.label == "SENSITIVE" and f.attributes.get("kind") in _KINDS]
    for f in told:
        m = _RELATIVE.search(f.text)
        if m:
            return m.group(1)
    for r in members:
        if r.label == "FAMILY" and any(f.start - _CLAUSE <= r.start and r.end <= f.end + _CLAUSE for f in told):
            return r.text
    return None
