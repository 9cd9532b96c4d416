"""Words after a candidate name that make it an organisation's, a
product's or a place's name, not a person's (ミドリ社, ミドリの子会社,
ミドリに入社する, ミドリ県, ミドリに移住する).

The PERSON recognizer guesses at a katakana word, a bare surname or a
romaji word that has nothing around it naming a person, with a low score
that only the strict profile masks. A company or a place written the
same way is the commonest such guess that is wrong; what follows it says
so. The words are in ``data/name_not_person.toml``; they are read only for
those weak guesses, never where an honorific, a title, a role word or a
name field says a person is meant (fail closed).
"""
from __future__ import annotations

from redactor.data_files import load_toml
from redactor.recognizers import context as ctx

_DATA = load_toml("name_not_person.toml", "redactor.recognizers.data")
_ORG_SUFFIXES = tuple(_DATA["organisation"]["suffixes"])
_ORG_SUFFIX_EXCEPTIONS = tuple(_DATA["organisation"]["suffix_exceptions"])
_ORG_AFTER_NO = tuple(_DATA["organisation"]["after_no"])
_ORG_AFTER_PARTICLE = tuple(_DATA["organisation"]["after_particle"])
_PLACE_SUFFIXES = tuple(_DATA["place"]["suffixes"])
_PLACE_AFTER_NO = tuple(_DATA["place"]["after_no"])
_PLACE_AFTER_PARTICLE = tuple(_DATA["place"]["after_particle"])

ORG_REASON = "会社・団体・製品の名に続く語（〜社、〜の子会社、〜に入社）"
PLACE_REASON = "地名に続く語（〜県、〜駅、〜産、〜に移住）"


def not_a_person_after(text: str, end: int) -> str | None:
    """The drop reason when the words right after ``end`` belong to an
    organisation or a place (see the module docstring), else None."""
    after = ctx.after(text, end, 8)
    if not after:
        return None
    if after[0] == "の":
        rest = after[1:]
        if ctx.starts_with_word(rest, _ORG_AFTER_NO):
            return ORG_REASON
        if ctx.starts_with_word(rest, _PLACE_AFTER_NO):
            return PLACE_REASON
        return None
    if ctx.starts_with_word(after, _ORG_AFTER_PARTICLE):
        return ORG_REASON
    if ctx.starts_with_word(after, _PLACE_AFTER_PARTICLE):
        return PLACE_REASON
    if ctx.starts_with_word(after, _ORG_SUFFIXES) and not ctx.starts_with_word(after, _ORG_SUFFIX_EXCEPTIONS):
        return ORG_REASON
    if ctx.starts_with_word(after, _PLACE_SUFFIXES):
        return PLACE_REASON
    return None
