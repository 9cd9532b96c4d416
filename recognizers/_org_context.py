"""Words around a candidate name that make it an organisation's, a
product's or a place's name, not a person's: after it (ミドリ社, ミドリの
子会社, ミドリに入社する, ミドリ県, ミドリに移住する), before it (子会社の
ミドリ), around it (「ミドリ」 alone in brackets), a title of a body after
it (日本代表), and the parts of a katakana name (〜・コーポレーション).

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
from redactor.recognizers import _context as ctx
from redactor.tokens import Token, dictionary_tags

_DATA = load_toml("name_not_person.toml", "redactor.recognizers.data")
_ORG_SUFFIXES = tuple(_DATA["organisation"]["suffixes"])
_ORG_SUFFIX_EXCEPTIONS = tuple(_DATA["organisation"]["suffix_exceptions"])
_ORG_AFTER_NO = tuple(_DATA["organisation"]["after_no"])
_ORG_AFTER_PARTICLE = tuple(_DATA["organisation"]["after_particle"])
_ORG_BEFORE = tuple(_DATA["organisation"]["before"])
_ORG_BEFORE_NO = tuple(_DATA["organisation"]["before_no"])
_PLACE_BEFORE = tuple(_DATA["place"]["before"])
_KATAKANA_LAST = frozenset(_DATA["organisation"]["katakana_last"])
_KATAKANA_FIRST = frozenset(_DATA["organisation"]["katakana_first"])
_ORG_HEADS = frozenset(_DATA["organisation"]["heads"])
_COUNTRY_TITLES = frozenset(_DATA["place"]["country_titles"])
_PLACE_SUFFIXES = tuple(_DATA["place"]["suffixes"])
_PLACE_AFTER_NO = tuple(_DATA["place"]["after_no"])
_PLACE_AFTER_PARTICLE = tuple(_DATA["place"]["after_particle"])

ORG_REASON = "会社・団体・施設・製品の名に続く語（〜社、〜美術館、〜の子会社、〜に入社）"
PLACE_REASON = "地名に続く語（〜県、〜駅、〜産、〜に移住）"
ORG_BEFORE_REASON = "会社・団体の種類を言う語のあとの名（メーカーの〜、バンド〜）"
PLACE_BEFORE_REASON = "地名の種類を言う語のあとの名（都市〜、州〜）"
QUOTED_REASON = "かぎ括弧で囲まれたカタカナ・ローマ字の語（作品・商品の名）"
# After a quoted word: the quote gives what someone is called, signs as or
# calls in as (「ミドリ」と名乗る男, 「ミドリ」名義の要望書, 「ミドリ」から電話).
_CALLED = ("と名乗", "と称", "という名", "という人", "という男", "という女", "さん", "様", "氏",
           "名義", "の名義", "名で", "の名で", "と署名", "の署名", "と記名", "と記載", "と記入",
           "から電話", "から連絡", "から相談", "から苦情", "から申", "から要望", "に電話", "に連絡")


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


def not_a_person_before(text: str, start: int) -> str | None:
    """The drop reason when the word right before ``start`` (with nothing,
    ・ or a space between; with の only for 子会社 and the like) says what
    kind of organisation or place follows."""
    before = ctx.before(text, start, 10)
    if before.endswith("の"):
        return ORG_BEFORE_REASON if ctx.ends_with_word(before[:-1], _ORG_BEFORE_NO) else None
    if before.endswith(("・", " ")):
        before = before[:-1]
    if ctx.ends_with_word(before, _ORG_BEFORE):
        return ORG_BEFORE_REASON
    if ctx.ends_with_word(before, _PLACE_BEFORE):
        return PLACE_BEFORE_REASON
    return None


def quoted_title(text: str, start: int, end: int) -> str | None:
    """The drop reason when a katakana or romaji word stands alone in 「」 or
    『』 (a work's, a product's or a shop's name), unless what follows says
    it is what someone is called (「ミドリ」と名乗る男)."""
    if start < 1 or end >= len(text):
        return None
    pair = text[start - 1] + text[end]
    if pair not in ("「」", "『』") or text.startswith(_CALLED, end + 1):
        return None
    return QUOTED_REASON


def title_of_a_body(word: Token, title: str) -> str | None:
    """The drop reason when ``title`` after the single word ``word`` names
    the office of a country or a company rather than a person called
    ``word``: a country before 代表 or 大使 (日本代表), or a word the
    dictionary knows only as a proper noun that is no name or place (a
    company) before 社長 or 会長."""
    if word.pos[2] == "地名" and word.pos[3] == "国" and title in _COUNTRY_TITLES:
        return "国名のあとの職名・代表（日本代表、米国大使）"
    if title in _ORG_HEADS and word.pos[1] == "固有名詞" and word.pos[2] == "一般" and not word.oov \
            and all(t[0] not in ("人名", "地名") for t in dictionary_tags(word.surface)):
        return "会社名のあとの職名（〜社長、〜会長）"
    if word.surface[-1:] in _BODY_LAST and len(word.surface) >= 2 and word.pos[1] == "固有名詞" \
            and word.pos[2] == "一般" and not word.oov \
            and all(t[0] not in ("人名", "地名") for t in dictionary_tags(word.surface)):
        return "団体名のあとの職名（〜組副長、〜党幹事長）"
    return None


# Last characters of a body's proper name (新選組, 海援隊, 北辰党): a title after such
# a word is the body's office, not a person called so.
_BODY_LAST = frozenset("組党団隊軍派会社局省庁")


def ends_like_an_organisation(parts: list[str]) -> str | None:
    """The drop reason when a katakana name in parts ends with a word that
    closes a company's, a team's or a building's name (〜・コーポレーション,
    〜・シティ, 〜・スタジアム) or opens with an adjective that opens one
    (アメリカン・〜, ゼネラル・〜), else None."""
    if len(parts) > 1 and (parts[-1] in _KATAKANA_LAST or parts[0] in _KATAKANA_FIRST):
        return "会社・団体・施設の名に使う語で始まるか終わるカタカナ複合語（〜・コーポレーション、アメリカン・〜）"
    return None
