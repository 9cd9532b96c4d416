"""SENSITIVE terms said of no one: the tests ``sensitive.py`` runs before it
reports a clause, each a positive, named reason for not reporting it
(``_drops.drop``), each with a near miss in tests/test_sensitive_general.py.

- A person word inside a compound that names no person is no person word:
  様 in 様々 or 同様, 歳 in 歳出, 夫 in 工夫, 私 in 私立, 姉 in 姉妹都市
  (``blank_compounds``, applied before a sentence is searched for one).
- A term in a relative clause on a noun that stands for a group, in a
  sentence that names no one person and says what is done for the group or
  asks about it: 「生活保護を受給している世帯への支援を拡充する」「うつ病で休職
  している職員の復職支援について伺います」 (``group_statement``). The same
  clause about one person stays: 「…受給している北浜さんへの支援」「休職して
  いる職員Ａは来月復帰する」.
- A victim's or a welfare term whose sentence has an organisation as its
  topic and names no one person: 「市は警察に被害届を提出した」「本市では支援
  措置の申出を受け付けている」 (``organisation_topic``): the organisation's own
  act or loss. 「相談者は警察に被害届を提出した」 stays.

Word lists are data (data/sensitive_general.toml).
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._text import KANJI, sentence_span, words_regex

_DATA = load_toml("sensitive_general.toml", "redactor.recognizers.data")
_NOT_PERSON = re.compile(words_regex(_DATA["compounds"]["not_person"]))
_NOT_POLICY = re.compile(words_regex(_DATA["compounds"]["not_policy"]))
_GROUP_WORDS = frozenset(_DATA["group_words"]["words"])
_G = _DATA["general"]
_AIMS = tuple(_G["aims"])
_GENERAL_WORDS = tuple(_G["general_words"])
# A head noun right after a plain verb or adjective form, 中の or のある/のない
# (…している|世帯, 受給中の|世帯, 障害のある|方), or after the term and の
# (認知症の|方, checked by position in ``group_statement``).
_HEAD = re.compile(rf"(?<=[るたいうくすつむぬ])(?:{words_regex(_G['heads'])})|(?<=中の)(?:{words_regex(_G['heads'])})")
_HEAD_AFTER_NO = re.compile(rf"の(?P<head>{words_regex(_G['heads'])})")
# A polite noun after the group's head (要介護認定を受けている高齢者|の方には):
# the head is still the group.
_POLITE_HEAD = re.compile(r"の(?:方々|方|皆様|皆さん)")
# A service named right after the head (…方の通院支援, …世帯の自立支援, …方への訪問相談):
# a compound that ends with what a programme gives, said of the group it serves.
_SERVED = re.compile(rf"の[{KANJI}]{{0,6}}(?:{words_regex(_G['services'])})")
# One person's mark right after the head (職員Ａ, 男性１名: a count of one).
_ONE_MARK = re.compile(r"[A-ZＡ-Ｚ甲乙丙丁](?![A-Za-zＡ-Ｚａ-ｚ])|[1１一](?:名|人)(?!以上)")
# A count of two or more (５名, 12人, 三世帯): many people, not one.
_MANY = re.compile(r"(?<![0-9０-９])(?:[2-9２-９]|[1-9１-９][0-9０-９]+|[二三四五六七八九十][十百]?)(?:名|人|世帯|件)")
_ORG = _DATA["organisation"]
_ORG_TOPIC = re.compile(rf"(?<![{KANJI}ァ-ヶー])(?:[{KANJI}ァ-ヶー]{{0,8}})(?P<org>{words_regex(_ORG['endings'])})"
                        r"(?:では|としては|としても|は|が|も)")
ORGANISATION_KINDS = frozenset(_ORG["kinds"])
NEEDS_PERSON = frozenset(_DATA["needs_person"]["terms"])
WEIGHED = frozenset(_DATA["weighed"]["words"])
# A person noun with one person's mark (患者Ａ, 職員B, 男性甲).
_MARKED = re.compile(rf"(?:{words_regex(_DATA['marked']['nouns'])})[A-ZＡ-Ｚ甲乙丙丁](?![A-Za-zＡ-Ｚａ-ｚ])")


def marked_person(sentence: str) -> str | None:
    """A person noun with one person's mark in ``sentence`` (患者Ａ)."""
    m = _MARKED.search(sentence)
    return m.group(0) if m else None


def blank_compounds(window: str) -> str:
    """``window`` with the compounds that hold a person word but name no
    person (様々, 歳出, 工夫) blanked, the same length."""
    return _NOT_PERSON.sub(lambda m: "　" * len(m.group(0)), window)


def blank_policy_compounds(window: str) -> str:
    """``window`` with the compounds that hold a policy word but name no
    group (方向 in 避難する方向で) blanked, the same length."""
    return _NOT_POLICY.sub(lambda m: "　" * len(m.group(0)), window)


def individual_words(anchors: list[str]) -> tuple[str, ...]:
    """The person words of ``anchors`` that single out one person (夫, 本人,
    さん, 82歳), not those that may stand for many (世帯, 職員, 児童)."""
    return tuple(w for w in anchors if w not in _GROUP_WORDS)


def might_be_group(text: str, t_end: int) -> bool:
    """A cheap first look: a group noun follows the term within its sentence's
    reach (most clauses have none, and need no person search)."""
    end = text.find("。", t_end, t_end + 31)
    window = text[t_end:end if end != -1 else t_end + 31]
    return _HEAD_AFTER_NO.match(text, t_end) is not None or _HEAD.search(window) is not None


def group_statement(text: str, t_start: int, t_end: int, names_one: bool) -> str | None:
    """The reason a term is said of a group, or None: the term's clause
    modifies a group noun (…している|世帯, 認知症の|方) that is followed by
    what is done for it or counted of it (への, の支援, が増え), or the
    sentence after it is a general statement or question (体制, 伺います);
    ``names_one``: the sentence names one person (then never)."""
    if names_one:
        return None
    _, s_end = sentence_span(text, t_start)
    m = _HEAD_AFTER_NO.match(text, t_end)
    head_end = m.end() if m else None
    head = m.group("head") if m else None
    if m is None:
        h = _HEAD.search(text, t_end, min(s_end, t_end + 30))
        if h is None or "、" in text[t_end:h.start()] and "は" in text[t_end:h.start()]:
            return None
        head, head_end = h.group(0), h.end()
    assert head_end is not None and head is not None
    return _said_of_head(text, head, head_end, s_end)


def has_group_head(text: str, c_start: int, t_start: int) -> bool:
    """A cheap first look: a group noun after a verb stands in the clause
    before the term (…された方への|就労継続支援)."""
    return _HEAD.search(text, c_start, t_start) is not None


def group_before_term(text: str, c_start: int, t_start: int, names_one: bool) -> str | None:
    """The reason a term is what is done for a group its clause names before
    it, or None: the clause's first fact defines the group (がんと診断された方
    への|就労継続支援を行う, 虐待を受けた児童を|一時保護する体制を強化する), so
    the later term is the service or the measure for that class, said of no
    one. The tests after the head are ``group_statement``'s; ``names_one``:
    the sentence names one person (then never: 相談者の長男が…)."""
    if names_one:
        return None
    h = _HEAD.search(text, c_start, t_start)
    if h is None or "、" in text[c_start:h.start()]:
        return None
    _, s_end = sentence_span(text, t_start)
    return _said_of_head(text, h.group(0), h.end(), s_end)


def _said_of_head(text: str, head: str, head_end: int, s_end: int) -> str | None:
    """What the words after a group's head say of the group, as a reason, or
    None: an aim or a service for it, a count of it, a general statement."""
    if _ONE_MARK.match(text, head_end):
        return None  # 職員Ａ, 男性１名: one person
    after = text[head_end:s_end]
    polite = _POLITE_HEAD.match(after)  # 高齢者|の方には: the polite noun after the group's
    if polite:
        after = after[polite.end():]
    aim = ctx.starts_with_word(after, _AIMS)
    if not aim:
        served = _SERVED.match(after)  # …受けている方の|通院支援として, …世帯の|生活相談に: a service for the group
        aim = served.group(0) if served else None
    if aim:
        return f"集団を表す語「{head}」を修飾する節、その後に「{aim}」（一人を特定する語なし）: 一般的な記述"
    count = _MANY.search(after)
    if count:  # 休職している職員は現在５名です: a count of them
        return f"集団を表す語「{head}」を修飾する節、その数（「{count.group(0)}」）: 集団についての記述"
    word = ctx.find_word(after, _GENERAL_WORDS)
    if word:
        return f"集団を表す語「{head}」を修飾する節、文に「{word}」（一人を特定する語なし）: 一般的な記述・質問"
    return None


def organisation_topic(text: str, t_start: int, names_one: bool) -> str | None:
    """The reason a victim's or welfare term is an organisation's own matter
    (市は警察に被害届を提出した), or None: the sentence's topic before the term
    is an organisation and the sentence names no one person."""
    if names_one:
        return None
    s_start, _ = sentence_span(text, t_start)
    m = _ORG_TOPIC.search(text, s_start, t_start)
    if m is None:
        return None
    return f"文の主題が組織（「{m.group(0)}」）、一人を特定する語なし: 組織の行為・被害"
