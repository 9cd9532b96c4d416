"""SENSITIVE: a sentence that speaks of many people at once (a share of a
set, people said to be many, voices heard) or of anyone who meets a
condition (…が亡くなった場合, …方からの相談は) states no fact about one person.

「生活保護を受給している世帯のうち、高齢者世帯が半数を占めております」,
「同じ団地には認知症の高齢者が多い」, 「生活保護を受けている方から、…という声を
聞きます」 describe a group. The word that says so is the named reason the
candidate is dropped; the caller keeps the finding whenever the sentence
also names one person (さん, 本人, 相談者, a name Sudachi reads): fail closed.
Word lists are data (data/sensitive_groups.toml).
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers._text import words_regex

_DATA = load_toml("sensitive_groups.toml", "redactor.recognizers.data")
_MANY = re.compile(words_regex(_DATA["shares"] + _DATA["many"] + _DATA["voices"] + _DATA["anyone"]
                               + _DATA["associations"])
                   # people said to be many (…の親を介護している家庭が多くあります)
                   + rf"|(?:{words_regex(_DATA['group_nouns'])})[がも](?:{words_regex(_DATA['group_amounts'])})"
                   # a share in tenths (３割が, ２割程度)
                   + r"|[0-9一二三四五六七八九](?:割)(?:が|を|に|の|程度|近く|以上|強|弱)")


# An unstated number of people as whom an act came from (生徒数名から中傷を受け,
# 上級生数人により): the doers of what one person suffered, not the sentence's subject.
_DOERS = re.compile(r"(?:から|より|により|による)")
_UNSTATED = frozenset(_DATA["many"])


def many_people(sentence: str) -> str | None:
    """The word in ``sentence`` that speaks of many people, or None."""
    for m in _MANY.finditer(sentence):
        if m.group(0) in _UNSTATED and _DOERS.match(sentence, m.end()):
            continue
        return m.group(0)
    return None


_ONE = re.compile(words_regex(_DATA["one_person"]))


def names_one(sentence: str) -> str | None:
    """A word in ``sentence`` that points at one person (a relative, a
    record's subject: 母, 本児), or None."""
    m = _ONE.search(sentence)
    return m.group(0) if m else None
