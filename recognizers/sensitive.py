"""SENSITIVE: 要配慮個人情報 tied to a person: illness, disability, care
level, welfare receipt, criminal record, creed, victimisation, and (as
``injury``, REVIEW under the default profile) injuries from an accident.

The finding is the clause that states it (「要介護1の認定を受けており」
「左手首を骨折した」), because the condition and what follows from it are
sensitive together. A clause counts only when it ties the term to a
person: a predicate of one person's situation (と診断, を受給して, を所持,
…級) or a person word in the same sentence (さん, 本人, 相手方, 男性).
Policy sentences (障害者福祉計画の策定, 生活保護制度の運用) have neither
and do not fire.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers import context as ctx
from redactor.recognizers.base import JaRecognizer
from redactor.tokens import Token

_DATA = load_toml("sensitive_terms.toml", "redactor.recognizers.data")
_KIND_OF = {term: kind for kind, terms in _DATA["kinds"].items() for term in terms}
_TERMS = re.compile("|".join(re.escape(t) for t in sorted(_KIND_OF, key=len, reverse=True)))
_CARE_LEVEL = re.compile(r"要(?:介護|支援)[1-5一二三四五]")
_CLAUSE_END = "。、「」()（）\n"
_SENTENCE_END = "。\n"
_POLICY_WORDS = ("制度", "計画", "事業", "施策", "対策", "条例", "基準", "窓口", "相談会", "講座", "研修")


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: from the last clause break to the next one."""
    start = max(text.rfind(c, 0, pos) for c in _CLAUSE_END) + 1
    ends = [i for i in (text.find(c, pos) for c in _CLAUSE_END) if i != -1]
    end = min(ends) if ends else len(text)
    return start, end


def _sentence(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in _SENTENCE_END) + 1
    ends = [i for i in (text.find(c, pos) for c in _SENTENCE_END) if i != -1]
    return text[start:min(ends) if ends else len(text)]


_LONG_VERBS = tuple(v for v in _DATA["person"]["verb"] if len(v) >= 2)
_GRADE = re.compile(r"^[ ]?[1-7一二三四五六七]級|^[1-5一二三四五]")


def _consequence_clauses(text: str, hits) -> set[tuple[int, int]]:
    """Clauses joined by 、 right after a finding that state its consequence."""
    out = set()
    for _, end in hits:
        if text[end:end + 1] == "、":
            span = _clause(text, end + 1)
            if ctx.find_word(text[span[0]:span[1]], _DATA["person"]["consequences"]):
                out.add(span)
    return out


class SensitiveRecognizer(JaRecognizer):
    ENTITIES = ("SENSITIVE",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        hits: dict[tuple[int, int], tuple[str, str, str]] = {}
        weak: set[tuple[int, int]] = set()
        for m in _TERMS.finditer(text):
            term, kind = m.group(0), _KIND_OF[m.group(0)]
            span = _clause(text, m.start())
            if span in hits:
                continue
            clause = text[span[0]:span[1]]
            after = text[m.end():span[1]]
            strong = ctx.find_word(clause, _DATA["person"]["strong"])
            graded = bool(_GRADE.match(after)) and kind in ("care", "disability")
            verb = (ctx.starts_with_word(after, _DATA["person"]["verb"])
                    or ctx.find_word(after[:10], _LONG_VERBS))
            anchor = ctx.find_word(_sentence(text, m.start()), _DATA["person"]["anchors"])
            policy_text = ctx.find_word(clause, _POLICY_WORDS)
            if policy_text and not (strong or graded):
                continue
            if strong or graded or (verb and (anchor or kind == "injury")):
                why = strong or ("等級" if graded else verb)
                hits[span] = (term, kind, f"「{why}」")
            else:
                weak.add(span)
        # A clause with a term but no predicate of its own belongs to the
        # finding it is joined to by 、 (要介護1の認定を受けており、認知機能の低下がみられる).
        for span in sorted(weak | _consequence_clauses(text, hits)):
            for other in list(hits):
                if other[1] + 1 == span[0] and text[other[1]] == "、" or span[1] + 1 == other[0] and text[span[1]] == "、":
                    term, kind, why = hits[other]
                    hits[span] = (term, kind, why)
                    break
        for (start, end), (term, kind, why) in sorted(hits.items()):
            while start < end and text[start] == " ":
                start += 1
            reason = f"要配慮個人情報（{term}）を特定の人について記載{why}"
            yield self.result("SENSITIVE", start, end, 0.75, reason, kind=kind, term=term)

    def refine(self, text: str, findings):
        """Clauses of one statement, split only by 、, form one finding."""
        mine = sorted((f for f in findings if f.recognizer == self.name), key=lambda f: f.start)
        rest = [f for f in findings if f.recognizer != self.name]
        merged = []
        for f in mine:
            if merged and text[merged[-1].end:f.start] == "、" and merged[-1].attributes.get("kind") == f.attributes.get("kind"):
                prev = merged.pop()
                f = Finding("SENSITIVE", prev.start, f.end, text[prev.start:f.end], max(prev.score, f.score),
                            prev.recognizer, reason=prev.reason, attributes=dict(prev.attributes))
            merged.append(f)
        return rest + merged
