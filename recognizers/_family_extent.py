"""The extent of a FAMILY finding: the kin word with the words that tell the
relation along with it.

A reader marks where a relative lives and how the relation is named as one
fact (同居の母, 近所に住む甥の方, 一緒に住んでいるお母さん, 長男夫婦): the
residence is what makes the household known (the mother lives in it; the
nephew is the neighbour), so masking only 母 leaves 同居の visible beside it.
The words before are words of distance and of living together, never a
named place (大阪に住む娘: 大阪 is a PLACE of its own, which the risk check
weighs apart). Vocabulary: ``data/households.toml`` ``lives_with_before``,
``lives_near_places``, ``lives_near_verbs`` and ``kin_tail``."""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers._text import KANJI_ODORIJI, words_regex

_CH = load_toml("households.toml", "redactor.recognizers.data")
_WINDOW = 16
# the residence said before a kin word, as a regex of its own: it makes a one-character kin
# word (同居の母, 近所に住む妹) a relation, as a record's brackets do (family.py)
RESIDENCE = (rf"(?:(?<![{KANJI_ODORIJI}])(?:{words_regex(_CH['lives_near_places'])})(?:{words_regex(_CH['lives_near_verbs'])})"
             rf"|(?:{words_regex(_CH['lives_with_before'])}))")
# the words before a kin word, ending at its start (searched in a short window before it)
_BEFORE = re.compile(RESIDENCE + r"\Z")
# the honorific or the couple after it (not の方針, の方向: a kanji after ends no tail)
_TAIL = re.compile(rf"(?:{words_regex(_CH['kin_tail'])})(?![{KANJI_ODORIJI}ァ-ヶー])")


# a finding that ends in a kin word (not 一人暮らし|の方, a household told of a class)
_QI = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")
# (a household type is no kin word: シングルマザー|の方 is a kind of person, whose span stays)
_HOUSEHOLD_TYPES = set(_QI["household"]["pairs"] + _CH["not_kin_for_extent"])
_KIN_END = re.compile(rf"(?:{words_regex(w for w in _CH['kin_terms'] + _CH['female_kin'] + _CH['male_kin'] + _QI['household']['relatives'] + _QI['household']['short_relatives'] if w not in _HOUSEHOLD_TYPES)})\Z")


def widened(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` grown over the residence said before the kin word and
    the honorific or couple after it; unchanged where neither is written or
    the finding does not end in a kin word."""
    if not _KIN_END.search(text, start, end):
        return start, end
    head = _BEFORE.search(text, max(0, start - _WINDOW), start)
    if head:
        start -= len(head.group())
    tail = _TAIL.match(text, end)
    if tail:
        end = tail.end()
    return start, end
