"""FAMILY: 続柄 and household composition (一人暮らし, 夫と二人暮らし,
4人世帯, 長女（6歳）), a quasi-identifier."""
import re

from redactor.data_files import load_toml
from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_WORDS = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["family"]
_ALT = "|".join(map(re.escape, sorted(_WORDS, key=len, reverse=True)))


class FamilyRecognizer(JaPatternRecognizer):
    ENTITY = "FAMILY"
    DESCRIPTION = "続柄・世帯構成"
    PATTERNS = (
        JaPattern("世帯人数", r"(?:夫婦と子[0-9一二三四五]人の)?[0-9一二三四五六七八九]人世帯|[夫妻母父]と二人(?:暮らし)?", 0.7, anchor='世帯|二人'),
        JaPattern("続柄", rf"(?:{_ALT})(?:[(（][0-9]+歳[)）])?(?!手当|家庭等|世帯等|制度|向け)", 0.6),
    )
