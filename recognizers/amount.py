"""AMOUNT: a sum of money (金183,400円, 3万2,400円). Amounts in bills are
the subject of the vote and kept; an amount one person received, owes or
was paid (滞納額は約320万円, 年収は200万円ほど, a row of a table of
private donors or recipients) is ``kind = "personal"``: the
re-identification check weighs it as an attribute of that person, and
raises it with the person's other attributes when together they single
the person out.

Vocabulary: ``data/quasi_identifiers.toml`` ``[amount]``."""
import re
from typing import Any

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._text import words_regex

_AM = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["amount"]
_PERSONAL_BEFORE = re.compile(words_regex(_AM["personal_words"]))
_PERSON_HEADINGS = frozenset(_AM["table_person_headings"])
_PERSON_TITLE = re.compile(words_regex(_AM["table_person_titles"]))
_ORGANISATION = re.compile(words_regex(_AM["row_organisation_words"]))
_DONATION = re.compile(words_regex(_AM["donation_words"]))
_DONOR_PERSON = re.compile(words_regex(_AM["donor_person_words"]))
_CELL_SEP = re.compile(r"[ \t\u3000]*[\t\u3000 ][ \t\u3000]*")
_SENTENCE_START = re.compile(r"[。\n]")
_BEFORE = 24  # how far back in its sentence a word of whose money it is is read


class AmountRecognizer(JaPatternRecognizer):
    ENTITY = "AMOUNT"
    DESCRIPTION = "金額"
    PATTERNS = (JaPattern("金額", r"(?:1か月当たり)?金?[0-9][0-9,]*(?:億[0-9,]*)?(?:万[0-9,]*)?円", 0.6, anchor='円'),)

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "personal"} if self._personal(text, start) else {}

    @staticmethod
    def _personal(text: str, start: int) -> bool:
        """A word of a person's money before it in its sentence (滞納額は, 年収),
        or a row of a table whose headings or title are of private persons."""
        line_start = text.rfind("\n", 0, start) + 1
        sentence = max(line_start, text.rfind("。", 0, start) + 1, start - _BEFORE)
        if _PERSONAL_BEFORE.search(text, sentence, start):
            return True
        whole = max(line_start, text.rfind("。", 0, start) + 1)
        stop = text.find("。", start)
        stop = min(stop if stop >= 0 else len(text), text.find("\n", start) if "\n" in text[start:] else len(text))
        if _DONATION.search(text, whole, stop) and _DONOR_PERSON.search(text, whole, start) \
                and not _ORGANISATION.search(text, whole, stop):
            return True  # 北町の山田様より金10万円のご寄附: a private giver's gift
        line_end = text.find("\n", start)
        row = text[line_start:line_end if line_end >= 0 else len(text)].strip(" \t\u3000")
        if len(_CELL_SEP.split(row)) < 3 or "。" in row:
            return False  # no row of a table
        if _ORGANISATION.search(row):
            return False  # a company's or a group's row (株式会社…): no private person's money
        for _, line in ctx.lines_above(text, line_start, 40):
            cells = [c.replace(" ", "") for c in _CELL_SEP.split(line.strip(" \t\u3000"))]
            if any(c in _PERSON_HEADINGS for c in cells) or _PERSON_TITLE.search(line) and len(cells) < 3:
                return True
            if len(cells) < 3 and not line.strip():
                return False  # a blank line ends the table and its title
            if len(cells) < 3 and not _PERSON_TITLE.search(line):
                return False  # the title above the table, of no persons
        return False
