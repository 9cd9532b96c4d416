"""SENSITIVE: an institution named before the fact as its place
(北浜市民病院に|入院中である, 北浜市福祉事務所で|生活保護を受給している,
北浜市立病院へ|搬送され、骨折と診断された) is an organisation, published by
nature; the fact is what happened to the person there. The finding starts
after the institution's name and its particle, so the organisation's name
stays readable (KEEP) and the fact is still masked whole.

The same for a school (北浜中学校で|いじめを受けている) and a company by its
legal form (株式会社北浜運輸での|パワハラにより…): quasi-identifiers of their
own (AFFILIATION), weighed by the risk check, not part of the fact.

Fail closed: the name is cut off only when it closes with a word for an
institution whose kind says nothing sensitive (data/sensitive_institutions.toml)
or holds a legal form,
when it is written without kana (a proper name of kanji, katakana, digits:
no clause), and when no sensitive term lies inside it (精神科病院, 特別支援学校,
こども発達医療センター stay in the finding: their name tells the fact).
"""
from __future__ import annotations

import re
from typing import Callable, Sized

from redactor.data_files import load_toml
from redactor.recognizers._text import KANJI, words_regex

_DATA = load_toml("sensitive_institutions.toml", "redactor.recognizers.data")
_LEGAL = words_regex(load_toml("address_context.toml", "redactor.recognizers.data")["legal_forms"])
_NAME_CHARS = rf"[{KANJI}々ァ-ヶー・0-9A-Za-z]"
_LEAD = re.compile(rf"(?:{_NAME_CHARS}{{0,20}}?(?:{words_regex(_DATA['institutions'])})"
                   rf"|(?:{_LEGAL}){_NAME_CHARS}{{1,20}}?|{_NAME_CHARS}{{1,20}}?(?:{_LEGAL}))"
                   rf"(?:{words_regex(_DATA['particles'])})[ 、]*")


def institution_lead_end(text: str, start: int, term_start: int,
                         terms_in: Callable[[str], Sized]) -> int | None:
    """Where the fact starts when the finding at ``start`` opens with an
    institution's name and its particle before the term at ``term_start``;
    None when it does not (or the name itself holds a sensitive term, as
    ``terms_in`` finds them)."""
    m = _LEAD.match(text, start, term_start)
    if m is None or m.end() > term_start or len(terms_in(text[start:m.end()])):
        return None
    return m.end()
