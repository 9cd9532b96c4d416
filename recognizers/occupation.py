"""OCCUPATION: a person's job or trade (個人タクシー運転手, 技能実習生,
自宅で営んでいた学習塾), a quasi-identifier. A modifier written right
before the job word (個人, 食品製造の) is part of it: it narrows it."""
import re

from redactor.data_files import load_toml
from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_WORDS = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["occupations"]
_ALT = "|".join(map(re.escape, sorted(_WORDS, key=len, reverse=True)))


class OccupationRecognizer(JaPatternRecognizer):
    ENTITY = "OCCUPATION"
    DESCRIPTION = "職業"
    PATTERNS = (JaPattern("職業", rf"(?:[\u4e00-\u9fffァ-ヶー]{{1,6}}の|[\u4e00-\u9fffァ-ヶー]{{1,6}}(?=(?:{_ALT})))?(?:{_ALT})(?!向け|制度|支援|の皆)", 0.5, anchor=_ALT),)
