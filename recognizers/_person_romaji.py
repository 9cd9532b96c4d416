"""PERSON in romaji, as Japanese documents write foreign and Japanese names
in Latin letters: the family name in capitals (Taro YAMADA, YAMADA Taro,
YAMADA, Taro), a middle initial (Richard O. MILLER), lower-case particles
(Maria da SILVA, Jan van der BERG, Ana de la CRUZ), and all capitals in a
form's name field (氏名　SATO HANAKO).

Sudachi cuts such names into unknown words, so ``PersonRecognizer`` sees at
most the part in capitals. The family name in capitals is the convention
of passports, residence cards and official English, which makes the shape
itself a good sign; organisations and headings written the same way (ABC
Corporation, PROJECT SUMMARY) are told apart by their words (listed in
``data/person_forms.toml``) and, for all capitals, by needing a role word,
a title or an honorific beside the name.

Recognizers see NFKC text, so full-width romaji (Ｔａｒｏ　ＹＡＭＡＤＡ) is
matched here as ASCII and reported in the original's characters.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._drops import drop
from redactor.recognizers._name_lexicon import is_given_name
from redactor.recognizers._person_roles import READING, decide_role
from redactor.recognizers._person_table import name_heading
from redactor.recognizers._romaji_kana import readings, to_hiragana
from redactor.recognizers._text import KANJI_ODORIJI, words_regex

_DATA = load_toml("person_forms.toml", "redactor.recognizers.data")["romaji"]
_BRACKETS = load_toml("person_forms.toml", "redactor.recognizers.data")["brackets"]
_NOT_NAMES = frozenset(_DATA["not_names"])
NOT_NAMES = _NOT_NAMES  # also read by PersonRecognizer's capitalised-words rule
_NOT_NAMES_UPPER = frozenset(_DATA["not_names_upper"])
_ROLE_WORDS_IN_BRACKETS = sorted(set(_BRACKETS["relations"]) | set(
    load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["occupations"]), key=len, reverse=True)
_BRACKET_ROLE = re.compile(r"[(（](?:%s)(?:[・、,][^()（）\n]{1,10})?[)）]" % words_regex(_ROLE_WORDS_IN_BRACKETS, longest_first=False))
_PARTICLE = "(?:%s)" % "|".join(sorted(_DATA["particles"], key=len, reverse=True))
PARTICLE = _PARTICLE  # also read by PersonRecognizer's capitalised-words rule (Maria dos Santos)

# Latin letters with the accents of European names (José, María, Müller, Ángel):
# NFKC keeps them, so they are matched as they are.
_LO = r"[a-zß-öø-ÿ]"
_HI = r"[A-ZÀ-ÖØ-Þ]"
# A capitalised word, with the prefixes of Irish and Scottish names (O'Brien,
# McLean, MacArthur) and a second part after a hyphen (Anne-Marie, Wei-Ling, Wei-ling).
_CAP_WORD = r"(?:O'|D'|Mc|Mac(?=[A-Z]))?%s%s+" % (_HI, _LO)
_CAP = r"%s(?:-%s?%s+)?" % (_CAP_WORD, _HI, _LO)     # Taro, Anne-Marie, O'Brien
_UP = r"[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?"     # YAMADA, GARCIA-LOPEZ, MUÑOZ
_EDGE_BEFORE = r"(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9.&@/_'-])"
_EDGE_AFTER = r"(?![A-Za-zÀ-ÖØ-öø-ÿ0-9&@_'-])"
# Given name(s) first, family name in capitals last: Taro YAMADA, Richard O. MILLER,
# Mary Ann SMITH, Jan van der BERG.
# (up to three given and middle names: John Michael Paul SMITH, Maria Cristina L. REYES)
_FAMILY_PREFIX = "(?:%s) " % "|".join(sorted(_DATA["family_prefixes"], key=len, reverse=True))
_GIVEN_FIRST = re.compile(
    r"%s(?P<given>%s(?: (?:%s|[A-Z]\.)){0,2})(?P<particles>(?: %s){0,2}) (?P<family>(?:%s)?%s)%s"
    % (_EDGE_BEFORE, _CAP, _CAP, _PARTICLE, _FAMILY_PREFIX, _UP, _EDGE_AFTER))
# Family name in capitals first: YAMADA Taro, YAMADA, Taro, NGUYEN Van Nam, and
# up to four given names (TRAN Thi Thu Ha, SANTOS Maria Cristina Luz); a family
# name of two words opens with a listed prefix (DELA CRUZ Jose Mari, DE LEON Ana;
# also last: Juan Miguel DELA CRUZ).
_FAMILY_FIRST = re.compile(
    r"%s(?P<family>(?:%s)?%s)(?P<comma>,?) (?P<given>%s(?: (?:%s|[A-Z]\.)){0,3})%s"
    % (_EDGE_BEFORE, _FAMILY_PREFIX, _UP, _CAP, _CAP, _EDGE_AFTER))
# All capitals, two or three words (SATO HANAKO): a name only beside a role word,
# a title or an honorific; alone it is as likely a heading.
_ALL_CAPS = re.compile(r"%s(?P<family>%s)(?: %s){1,2}%s" % (_EDGE_BEFORE, _UP, _UP, _EDGE_AFTER))
# Family name first, capitalised, a comma, then the given name(s) (O'Brien, Sean;
# Harwood-Mori, Alice): the order of name lists and forms; a name only with a
# hyphen in the family name or context (Tokyo, Japan has the same shape).
_CAP_COMMA = re.compile(r"%s(?P<family>%s), (?P<given>%s(?: %s)?)%s"
                        % (_EDGE_BEFORE, _CAP, _CAP, _CAP, _EDGE_AFTER))
_ANCHOR = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'-]*,? [A-Za-zÀ-ÖØ-öø-ÿ]")
_VOWEL = re.compile(r"[AEIOUY]")
# A version right after the words: a product's name, not a person's (ABCDE Kanri Ver.3, … v2.1, … 11.0).
_VERSION_AFTER = re.compile(r" ?(?:Ver\.?|Version|ver\.?|v|V)?[ ]?\d+(?:\.\d+)+|[ ](?:Ver|Version|ver)\b")
# An English form of address right before the name (Mr. John SMITH, Dr. Ana de la CRUZ).
_ENGLISH_TITLE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? $")
# Context that says a person is meant: a role word before the name, a title
# or an honorific after it, or a form's name field.
_STRONG = frozenset(["role_before", "title_after", "honorific", "person_word", "field",
                     # a word that makes the capacity doubtful (民生委員, 代理人) or an incident's party
                     # still says a person is named there
                     "doubt", "incident"])


def _family_ok(family: str, strong: bool) -> bool:
    """A family name in capitals has a vowel (DX, XP, NTT are acronyms); two
    letters (LI, NG) are a family name only with context."""
    if family in _NOT_NAMES_UPPER or not _VOWEL.search(family):
        return False
    return len(family) >= 3 or strong


_COMPANY = ("株式会社", "有限会社", "合同会社", "(株)", "(有)", "社", "グループ", "ホールディングス")


# An item of a list beside a Japanese name (颯太、Kenichi SATO, Kenichi SATO・村田):
# a list separator with kana or kanji on its other side, or a household relation
# in brackets right after (INOUE Daisuke（孫）).
_LIST_SEPARATORS = "、,・"
_JAPANESE = re.compile(rf"[{KANJI_ODORIJI}ぁ-ゖァ-ヺ]")
_RELATION_AFTER = re.compile(r"\((?:%s)\)" % words_regex(_BRACKETS["private_relations"], longest_first=False))


def _in_name_list(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" ")  # …颯太、
    after = text[end:end + 4].lstrip(" ")                # 、村田…
    if len(before) >= 2 and before[-1] in _LIST_SEPARATORS and _JAPANESE.match(before[-2]):
        return True
    if len(after) >= 2 and after[0] in _LIST_SEPARATORS and _JAPANESE.match(after[1]):
        return True
    return _RELATION_AFTER.match(text, end) is not None


def _reads_as_japanese_name(family: str, given: str) -> bool:
    """Both words are Hepburn romaji and the given name reads as a given name
    of the lexicons of three kana or more (Harumi: はるみ; Yuko: ゆうこ with the
    long vowel a passport drops); at most four set lookups."""
    if " " in given or "." in given or to_hiragana(family) is None:
        return False
    # three kana at least: Ken, Yuki, Mai are also words and brands (Ken SATO alone stays out)
    return any(len(kana) >= 3 and is_given_name(kana) for kana in readings(given))


def _company_beside(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 6):start].rstrip(" ")
    after = text[end:end + 9].lstrip(" ")
    return before.endswith(_COMPANY[:5]) or after.startswith(_COMPANY)


# A cell's edge in a table laid out by tabs, runs of spaces or rules (┃, |, │).
_CELL_EDGE_BEFORE = re.compile(r"(?:^|\t| {2,}|[│┃|｜])[ \t]*$")
_CELL_EDGE_AFTER = re.compile(r"[ \t]*(?:$|\t| {2,}|[│┃|｜])")
_CELL_SPLIT = re.compile(r"\t| {2,}|[│┃|｜]")
_TABLE_LINES = 40


def _name_table_cell(text: str, start: int, end: int) -> bool:
    """Whether [start, end) fills a cell of a table whose heading row, above
    in the same block of lines, has a column of names (申請者, 氏名, 相談者):
    a register's row, where a name in capitals (SATO YUKI) needs no honorific.
    One line read either side, and the block's lines above until a blank one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if not (_CELL_EDGE_BEFORE.search(text, line_start, start) and _CELL_EDGE_AFTER.match(text, end, line_end)):
        return False
    row = [c for c in _CELL_SPLIT.split(text[line_start:line_end]) if c.strip()]
    if len(row) < 3:
        return False  # a row has three cells at least; a heading beside a phrase is no table
    # the cell's place in its row, from the left and from the right (a row whose
    # first cells are set apart by one space only lines up with its heading from the right)
    left = len([c for c in _CELL_SPLIT.split(text[line_start:start]) if c.strip()])
    right = len(row) - left
    for _, above in ctx.lines_above(text, line_start, _TABLE_LINES):
        if not above.strip():
            return False
        heads = [c.replace(" ", "") for c in _CELL_SPLIT.split(above) if c.strip()]
        if len(heads) >= 3 and any(name_heading(h) for h in heads):
            return (left < len(heads) and name_heading(heads[left])) or \
                (right <= len(heads) and name_heading(heads[-right]))
    return False


def find_romaji_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """Romaji names in ``text`` (normalised), as results of ``rec``."""
    seen: set[tuple[int, int]] = set()
    for rx, kind in ((_GIVEN_FIRST, "given_first"), (_FAMILY_FIRST, "family_first"), (_ALL_CAPS, "all_caps"),
                     (_CAP_COMMA, "cap_comma")):
        for m in scan(rx, _ANCHOR, text):
            start, end = m.span()
            if any(s <= start < e or start <= s < end for s, e in seen):
                continue
            words = re.findall(r"[A-Za-z]+", m.group(0))
            if any(w in _NOT_NAMES for w in words):
                drop("PERSON", text, start, end, "組織・催し・製品の語を含むローマ字（ABC Corporation）")
                continue
            if _VERSION_AFTER.match(text, end):
                drop("PERSON", text, start, end, "版番号が続くローマ字（製品名: … Ver.2.1）")
                continue
            role, source, word = decide_role(text, start, end)
            title = _ENGLISH_TITLE.search(text, max(0, start - 6), start)
            if title and source == "none":
                role, source, word = "unclear", "honorific", title.group(0).strip()
            strong = source in _STRONG or role == "official"
            # DO VAN HUNG（ド・ヴァン・フン）: a reading in brackets is given for a name, and so
            # is a relation or an occupation (NGUYEN VAN AN（技能実習生）, SILVA ANA（妻）)
            reading = kind == "all_caps" and (READING.match(text[end:end + 34]) is not None
                                              or _BRACKET_ROLE.match(text, end) is not None)
            family = m.group("family")
            if kind == "cap_comma":
                # the family name is capitalised, not in capitals: the vowel and
                # length test is for acronyms; a hyphen or context makes it a name
                if not (strong or "-" in family):
                    drop("PERSON", text, start, end, "「姓, 名」形のローマ字に文脈がない")
                    continue
            elif not _family_ok(family, strong or reading):
                drop("PERSON", text, start, end, "大文字の姓が略語の形（母音なし・二字で文脈なし）")
                continue
            if kind == "all_caps":
                if not (strong or reading or _name_table_cell(text, start, end)) \
                        or any(w in _NOT_NAMES_UPPER for w in words):
                    drop("PERSON", text, start, end, "大文字だけのローマ字の語の並び（文脈も読み仮名もない・見出し語）")
                    continue
                score = 0.85
            elif kind == "cap_comma":
                score = 0.85 if strong else 0.55
            elif strong:
                score = 0.85
            elif _company_beside(text, start, end):
                drop("PERSON", text, start, end, "会社名に続くローマ字（Aaaa BBBB株式会社）")
                continue
            elif (kind == "given_first" and (m.group("particles") or "." in m.group("given") or len(family) >= 5)) \
                    or (kind == "family_first" and (m.group("comma") or " " in m.group("given") or " " in family)):
                # a particle, an initial, a long family name in capitals, a comma,
                # two given names (NGUYEN Van Nam) or a family name of two words
                # (DOS SANTOS Ana): a name's shape, reported
                # without context for a person to confirm
                score = 0.55
            elif text[start - 1:start] != "(" and _reads_as_japanese_name(m.group("family"), m.group("given")):
                # UTSUGI Harumi, Noriko KAMIYAMA: Hepburn words whose given name the name
                # lexicon knows by its reading (はるみ), not an English word (TOKYO Station);
                # in brackets after a name it is that name's reading (_person_brackets.py)
                score = 0.55
            elif _in_name_list(text, start, end):
                # 福田颯太、Kenichi SATO、村田麻衣 / INOUE Daisuke（孫）: an item of a list of
                # Japanese names or a household member: a name, its role read by the list
                score = 0.6
            else:
                # Ken SATO or NTT Docomo alone: a brand as often as a name
                drop("PERSON", text, start, end, "文脈のない短いローマ字の語の並び（ブランド名と区別できない）")
                continue
            seen.add((start, end))
            yield rec.result("PERSON", start, end, score, "ローマ字の氏名（姓を大文字で書く形）",
                             role=role, role_source=source, role_word=word,
                             person_key=family, full_name=True)
