"""GENDER: a person's sex stated in the text (男性, 女子, 男児), a
quasi-identifier (KEEP alone; weighed by the re-identification check)."""
import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import KANJI, words_regex
from redactor.tokens import Token

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

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        """The patterns' findings, and a table's cells under a 性別 heading
        (No.　年齢　性別 ⏎ 2　51　男): 男 and 女 alone are the row's person's sex there."""
        found = list(super().find(text, tokens))
        yield from found
        if "性別" not in text:
            return
        taken = [(r.start, r.end) for r in found]
        for start, end, _ in cells_under(text, _SEX_HEADINGS, spaced=True):
            if text[start:end] in ("男", "女") and not any(a < end and start < b for a, b in taken):
                yield self.result("GENDER", start, end, 0.6, "性別の形式（表の性別の列）", pattern="性別（列）")


_SEX_HEADINGS = frozenset({"性別", "性　別", "性"})
