"""PERSON: a one-word romaji name standing alone in prose (a stage or pen name
written in capitals: ``KAORUが作詞した``, ``HIKARUは1999年に…``).

Singers, writers and athletes are named in Japanese prose by one romaji word
in capitals, which Sudachi does not know (an unknown word) and no title or
honorific surrounds. Capital words are as often acronyms (NHK, JR) and
brands; one that reads back into hiragana (``_romaji_kana``) as a given name
of the bundled lists is a name more often than not -- but still only a
guess, so it is reported with a low score (masked under the strict profile,
below the default profile's floor). A reading that is also a surname
(HONDA, SUZUKI) is left out: companies are named after their founders; so is
one whose sound the dictionary knows in katakana as a word, a company or a
place and not as a given name (TOYOTA: トヨタ).
Checked only for a lone unknown ASCII word that ``PersonRecognizer`` was
about to drop for want of context: one set lookup per spelling tried.
"""
from __future__ import annotations

from redactor.recognizers._name_lexicon import is_given_name, is_surname
from redactor.recognizers._romaji_kana import readings
from redactor.tokens import Token, dictionary_tags

_NOT_GIVEN = frozenset([("人名", "姓"), ("地名", "一般"), ("地名", "国")])


def _katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hiragana)


# After the word: a case particle, or the particles that join it to a verb or a list.
_AFTER = frozenset("はがとのもや")


def stage_name(token: Token, text: str, end: int, not_names: frozenset[str]) -> bool:
    """Whether a lone unknown romaji word in capitals (three to ten letters)
    reads as a given name and stands before a particle (``KAORUが``), not
    inside Latin text (``by KAORU``) nor right after another Latin word."""
    surface = token.surface
    if not (token.oov and 3 <= len(surface) <= 10 and surface.isascii() and surface.isalpha()
            and surface.isupper()):
        return False
    if text[end:end + 1] not in _AFTER or surface in not_names or surface.title() in not_names:
        return False
    start = token.start
    before = text[start - 1:start]
    if before and before.isascii() and (before.isalnum() or before in " &-./'"):
        return False  # X JAPAN, KAT-TUN, a word of an English phrase
    spellings = readings(surface)
    if not any(is_given_name(k) for k in spellings) or any(is_surname(k) for k in spellings):
        return False
    # the dictionary's word for the same sound in katakana: a company or a word
    # (トヨタ, アサヒ), a surname or a place (マツダ, ヤマト) unless it is a given name too
    tags = dictionary_tags(_katakana(spellings[0]))
    return not tags or ("人名", "名") in tags or (("一般", "*") not in tags and not tags & _NOT_GIVEN)
