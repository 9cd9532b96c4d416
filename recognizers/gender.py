"""GENDER: a person's sex stated in the text (男性, 女子, 男児), a
quasi-identifier (KEEP alone; weighed by the re-identification check)."""
import re

from redactor.data_files import load_toml
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._text import KANJI, words_regex

_QI = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")
_WORDS = _QI["gender"]
_NOT_AFTER = words_regex(_QI["gender_not_after"])
_NOT_BEFORE = "".join(f"(?<!{w})" for w in map(re.escape, _QI["gender_not_before"]))


class GenderRecognizer(JaPatternRecognizer):
    ENTITY = "GENDER"
    DESCRIPTION = "性別"
    # 男性用トイレ, 女性活躍: a word about people in general, not one person's sex
    PATTERNS = (JaPattern("性別", r"%s(?:%s)(?!%s|(?:児童|生徒|学生)(?:用|向け))" % (_NOT_BEFORE, words_regex(_WORDS), _NOT_AFTER), 0.7),
                # a form's one-character sex beside the age (山本 ゆうき（女・7歳）, （男、45歳）) or
                # in a sex field (性別　女): 男 and 女 alone are words only there
                JaPattern("性別（括弧）", r"[（(](?P<value>[男女])(?=[・、,， 　]?[0-9]{1,3}(?:歳|才)|[）)])", 0.6),
                JaPattern("性別（欄）", rf"性[ 　]?別[ 　]*[:：は]?[ 　]*(?P<value>[男女])(?:性)?(?![{KANJI}])", 0.6, anchor="別"))
