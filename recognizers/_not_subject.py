"""Attribute-shaped words that describe no private person.

A household word in a programme's name (ひとり親家庭への支援), a job that is
a professional the office engages (弁護士を選任), an origin naming a class (外国籍の保護者向け), a
company that is a party to a contract (受託者：株式会社…): none of these is an
attribute of a subject, and weighing them made the risk check flag harmless
text for review. ``NotSubjectMixin`` keeps each such finding but marks it
``kind = "administrative"`` with the reason in ``not_subject`` (``general``,
``engaged``, ``contractor``), which the risk check does not weigh; the
finding and its reason stay in the log (fail closed: nothing dropped).

Each reason needs positive words around the finding on its line; without
them the finding is weighed as before. Vocabulary: ``data/not_subject.toml``.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import ATTRIBUTES_KEY
from redactor.recognizers._text import words_regex
from redactor.tokens import Token

_NS = load_toml("not_subject.toml", "redactor.recognizers.data")
_G = _NS["general"]
_CLASS_AFTER = re.compile(rf"(?:{words_regex(_G['class_nouns'])})?の?(?:{words_regex(_G['after'])})")
_CLASS_BEFORE = re.compile(rf"(?:{words_regex(_G['before'])})$")
_O = _NS["official"]
_OFFICIAL_AFTER = re.compile(words_regex(_O["after"]))
_C = _NS["contractor"]
_CONTRACTOR_BEFORE = re.compile(rf"(?:{words_regex(_C['before'])})[ \u3000\t:：（(は]*$")
_CONTRACTOR_AFTER = re.compile(words_regex(_C["after"]))


def _before(text: str, start: int, width: int = 12) -> str:
    return ctx.before(text, start, width)


def general(text: str, start: int, end: int) -> bool:
    """The word names a class of people: a programme, a count or a policy's
    target follows it (…家庭への支援, …の割合, …向け), or a count of the whole
    area stands before it (市内の…)."""
    return _CLASS_AFTER.match(text, end) is not None or _CLASS_BEFORE.search(_before(text, start, 6)) is not None


def engaged(text: str, start: int, end: int) -> bool:
    """The job is a professional the office engages (弁護士を選任, 通訳に依頼,
    司法書士に委嘱): the step of engaging follows it. (A post of the office
    itself, 担当の社会福祉士 or 市の保健師, stays a finding the risk check reads
    as an official's mention, whose attributes then join no resident.)"""
    return _OFFICIAL_AFTER.match(text, end) is not None


def contractor(text: str, start: int, end: int) -> bool:
    """The company is a party to the office's contract."""
    return _CONTRACTOR_BEFORE.search(_before(text, start, 16)) is not None \
        or _CONTRACTOR_AFTER.match(text, end) is not None


def reason_for(label: str, text: str, start: int, end: int, pattern: str | None) -> str | None:
    """Why the finding describes no private person, or None."""
    if label in ("FAMILY", "NATIONALITY", "OCCUPATION") and general(text, start, end):
        return "general"
    if label == "OCCUPATION" and engaged(text, start, end):
        return "engaged"
    if label == "AFFILIATION" and pattern == "会社" and contractor(text, start, end):
        return "contractor"
    return None


class NotSubjectMixin:
    """Marks the findings of a quasi-identifier recognizer that describe no
    private person (see the module docstring); put before the recognizer's
    base class."""

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        for r in super().find(text, tokens):  # type: ignore[misc]
            attrs = r.recognition_metadata.get(ATTRIBUTES_KEY)
            if attrs is not None and attrs.get("kind") != "administrative":
                why = reason_for(r.entity_type, text, r.start, r.end, attrs.get("pattern"))
                if why:
                    attrs["kind"] = "administrative"
                    attrs["not_subject"] = why
            yield r
