"""PERSON: names of natural persons, with the capacity they are named in.

Detection starts from Sudachi's 人名 tags (姓 / 名) and widens with context,
because the core dictionary tags many surnames as place names (鳴海, 千葉)
and splits names broken by PDF spaces (高 木):

- a run of proper-noun tokens (人名, 地名, 一般, or unknown) joined by at
  most one space is a *candidate*; a candidate with a 人名 token is a name
  on its own, one without needs context: a title right after it (委員,
  総務課長), a role word before it (市長, 相手方, 氏名：), an honorific
  (さん, 様, 氏) or a list it belongs to (担当者名 鳴海・高谷);
- the role (``official`` / ``private`` / ``unclear``) comes from the same
  words, listed in ``data/person_roles.toml``; a title after the name wins
  over everything, then a role word before it, then words that make the
  capacity doubtful (陳情者, 代理人, 指定管理者), then an honorific;
- ``refine`` makes one person one decision for the whole document: list
  items share their list's role, a surname-only mention takes the role of
  the full name it refers to, and bare later mentions of a named person's
  surname are found even where Sudachi did not tag them.

Titles are outside the span; a space inside a name (宮下 豊) is inside.
The role words live in ``_person_roles.py``, the document-level steps of
``refine`` in ``_person_document.py``, names in other written forms (romaji,
tables, brackets, readings) in ``_person_forms.py``; this module reads the tokens.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._drops import drop
from redactor.recognizers._name_lexicon import is_given_name, is_surname, split_full_name
from redactor.recognizers._person_anchored import (ROLE_WORDS, TITLES, anchored, heading_list, not_a_field_value_words,
                                                    not_a_name_before_honorific)
from redactor.recognizers._person_district import district_reason
from redactor.recognizers._person_spelt_labels import spelt_label
from redactor.recognizers._person_document import (HOLDER_AFTER, _appointees, _coordinated, _counted_lists,
                                                   _later_mentions,
                                                   _list_members, _members_by_surname, _one_role_per_person, _readings,
                                                   _share_list_roles)
from redactor.recognizers._org_context import (ends_like_an_organisation, not_a_person_after, not_a_person_before,
                                              quoted_title, title_of_a_body)
from redactor.recognizers._person_forms import find_written_forms, header_cell_at
from redactor.recognizers._person_index import KATAKANA_FIRST, MATCH_START, token_index
from redactor.recognizers._person_katakana import not_a_foreign_name
from redactor.recognizers._person_not_names_around import not_names_around
from redactor.recognizers._person_office_blocks import office_blocks
from redactor.recognizers._person_prose import SOURCE as PROSE_SOURCE, prose_names
from redactor.recognizers._person_stage_names import stage_name
from redactor.recognizers._person_roles import AFTER, BEFORE, COMMUNITY, HEADS_OF_PLACES, ROLES, decide_role, role_after
from redactor.recognizers._person_romaji import NOT_NAMES as ROMAJI_NOT_NAMES
from redactor.recognizers._person_romaji import PARTICLE as ROMAJI_PARTICLE
from redactor.recognizers._person_readings import (KANJI_WORD, NOT_GIVEN_AFTER_NAME, SPACED_ANCHOR, SPACED_RUN,
                                                  retag_hidden_names, spaced_name_within)
from redactor.recognizers._text import KANJI, KANJI_NAME, KANJI_ODORIJI, LATIN_NAME, LATIN_NAME_INITIAL
from redactor.tokens import Token, dictionary_tags

_COMPANY_BEFORE = ("株式会社", "有限会社", "合同会社", "(株)", "(有)", "法人")
_COMPANY_AFTER = ("株式会社", "有限会社", "合同会社", "(株)", "商店", "工務店", "事務所", "法律事務所")
# (their last and first characters: the windows that can hold one, tested before the words)
_COMPANY_BEFORE_LAST = frozenset(w[-1] for w in _COMPANY_BEFORE)
_COMPANY_AFTER_FIRST = frozenset(w[0] for w in _COMPANY_AFTER)
# What follows a place name rather than a name: 市/区/町/村 (not 市長),
# a digit (a plate: 松本 100 か, an amount: 金862,000円).
# (a number after the run is a place's lot, 緑町 3-2-1, but not an age: 荒木 友里 68歳)
_PLACE_AFTER = re.compile(rf"^[{KANJI}]{{0,2}}[市区町村郡県](?!長)|^[ ]?\d(?!\d{{0,2}}(?:歳|才))")
_SUFFIX_AFTER = re.compile(r"^[市区町村郡県](?!長)")
# (after a surname and a given name of the lexicons set apart, only a place's end: a number
# after a space opens the row's next cell -- 川端 トメ ０９０-… -- but 所 青葉|原市 is a place)
_TOWN_AFTER = re.compile(rf"^[{KANJI}]{{0,2}}[市区町村郡県](?!長)")
# A title compound fused to a surname that starts like a place suffix
# (田中|市民税係長, 高橋|都市計画課長, 伊藤|区民生活部長): 市民/区民/都市 are
# words of the department's name, not 市 closing a place name.
_FUSED_TITLE_START = re.compile(r"^(?:[市区町村県]民|都市)")
_CASE_PARTICLES = frozenset("をがにでへとはも")  # a word taken by one of these ends there
_KANJI = re.compile(rf"[{KANJI_NAME}]")
_KATAKANA = re.compile(r"^[ァ-ヺー]+$")
_HIRAGANA = re.compile(r"^[ぁ-ゖー]{2,}$")
_KANA_KANJI = re.compile(rf"^[ぁ-ゖ{KANJI_ODORIJI}]{{2,}}$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_KANJI2 = re.compile(rf"^[{KANJI}]{{2}}$")
_KANJI_NAME = re.compile(rf"^[{KANJI_NAME}]{{1,4}}$")
_KATAKANA_NAME = re.compile(r"^[ァ-ヺー・A-Z.]+$")
_NAME_CHARS = re.compile(rf"^[{KANJI_NAME}ァ-ヺー・{LATIN_NAME}]+$")
_MUNICIPALITY_END = tuple("市区町村県都府道郡")
# After a bare word that may be a surname: it stands for a person (伏見は, 大島と); の is left
# out (東京の, 宮崎の are mostly places).
_SUBJECT_PARTICLES = ("は", "が", "と", "を")
_JOINERS = (" ", "・", "=")  # inside one name: 宮下 豊, グエン・ティ・マイ, ウィン=ハリス (＝ is = after NFKC)
# A monarch or pope with a regnal number: ルイ15世, ヨハネ・パウロ2世, シャルル二世
# (not 世紀, 世代, 世界, 世帯, 世間).
_REGNAL = re.compile(r"(?<![ァ-ヺー・=])[ァ-ヺー]{2,}(?:[・=][ァ-ヺー]{2,}){0,3}"
                     r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})世(?![紀代界帯間])")
_REGNAL_ANCHOR = re.compile(r"[0-9一二三四五六七八九十]世(?![紀代界帯間])")


# Parts of speech a name is never tagged with (names and unknown words are 名詞).
_NEVER_NAME_POS = frozenset(["助詞", "助動詞", "補助記号", "動詞", "形容詞", "形状詞", "副詞", "接続詞",
                             "連体詞", "感動詞", "空白", "接頭辞", "代名詞"])



# Titles of a body's members that, with 会 after them, name the body itself
# (委員 → 委員会, 理事 → 理事会, 役員 → 役員会).
_MEMBER_TITLES = frozenset(["委員", "理事", "役員"])

def _is_katakana(surface: str) -> bool:
    """All katakana (スミス); the first character settles most words without a regex."""
    first = surface[:1]
    return ("ァ" <= first <= "ヺ" or first == "ー") and _KATAKANA.match(surface) is not None


def _foreign_part(surface: str) -> bool:
    """Katakana (スミス) or a romaji initial (H, H.): a piece of a foreign name."""
    return _is_katakana(surface) or ("A" <= surface[:1] <= "Z" and _INITIAL.match(surface) is not None)


def _is_nameish(t: Token) -> bool:
    """A token that can be part of a name: a proper noun, an unknown word,
    or any katakana word (foreign names are often common nouns to Sudachi:
    ブラッド・ピット; ``_judge`` asks more of an untagged katakana run)."""
    if t.pos[0] in _NEVER_NAME_POS:
        return False  # most tokens: particles, verbs, punctuation (fast path)
    if t.pos[1] != "固有名詞" and not t.oov:
        # the next most common: a known common noun (人名 tags are proper
        # nouns), a name part only when it is katakana (the tests below
        # give the same answer, more slowly); _is_katakana written inline
        surface = t.surface
        first = surface[:1]
        return len(surface) >= 2 and ("ァ" <= first <= "ヺ" or first == "ー") and _KATAKANA.match(surface) is not None
    if not _NAME_CHARS.match(t.surface):
        # hiragana given names (さやか) and kana-kanji ones (お秀, まり子)
        # count only when Sudachi tags them 人名
        return t.pos[2] == "人名" and bool(_HIRAGANA.match(t.surface) or _KANA_KANJI.match(t.surface))
    if _KATAKANA.match(t.surface) and len(t.surface) >= 2:
        return True
    if t.pos[1] == "固有名詞":
        if t.pos[2] == "地名" and t.surface.endswith(_MUNICIPALITY_END) and len(t.surface) > 2:
            return False  # 多摩市, 中野区: a municipality, not a surname
        return True
    return t.oov


# The words a two-kanji common noun before a given name must not be (one set lookup, not three list scans).
_OFFICIAL_OR_PRIVATE_WORDS = frozenset(AFTER["official"]) | frozenset(BEFORE["official"]) | frozenset(BEFORE["private"])


def _surname_before_given(t: Token, nxt: Token | None) -> bool:
    """垣根涼介, 名城信男: a two-kanji common noun right before a tagged given
    name is the surname Sudachi took for a word."""
    return (nxt is not None and nxt.pos[2] == "人名" and nxt.pos[3] == "名" and nxt.start == t.end
            and len(t.surface) == 2 and bool(_KANJI2.match(t.surface)) and t.pos[1] == "普通名詞"
            and t.surface not in _OFFICIAL_OR_PRIVATE_WORDS)


def _romaji_word(name: str) -> str | None:
    """Why capitalised romaji words with no context are not a person's name:
    the dictionary knows one of them only as a word and none as a name
    (Green Leaf Systems, Blue Ocean), or None."""
    kinds = [frozenset(t[0] for t in dictionary_tags(p) | dictionary_tags(p.lower())) for p in name.split(" ")]
    if any("人名" in k for k in kinds):
        return None
    if any(k and not k & {"人名", "地名"} for k in kinds):
        return "人名でない語として辞書にある英単語を含むローマ字の語（Green Systems）"
    return None


_GIVEN_TAG = ("名詞", "固有名詞", "人名", "名", "*", "*")
_SPACE = re.compile(" ")
# What follows a full name in running text: a particle, punctuation or a bracket.
_NAME_END_AFTER = re.compile(r"[はがをにとのもへや、。，．「」『』（）()・\s]|$")
# Last characters of place and facility names, never of a given name read so
# (…駅, …線, …川, …寺, …橋, …港, …島, …城, …館).
_NOT_NAME_LAST = frozenset("駅線川山寺橋港島城館院園社宮湖池谷坂峠岳湾浜沢岬丘台野原通道街")
# Titles and posts that a name is written fused with (谷口民生委員・児童委員, 山田主任児童委員).
_FUSED_TITLES = tuple(TITLES) + COMMUNITY
# The first characters of those and of the role words: a window that starts with none
# of them starts with no such word (the test ``ctx.starts_with_word`` makes first).
_FUSED_FIRST = frozenset(w[0] for w in _FUSED_TITLES if w)
_ROLE_FIRST = frozenset(w[0] for w in ROLE_WORDS if w)
# Residents' posts that are named after their district (南台民生委員, 柏木自治会長).
_DISTRICT_POSTS = frozenset(COMMUNITY) | frozenset(ROLES["community"]["commissioned"])


def _lexicon_given(surname: Token, t: Token, nxt: Token | None, spaced: bool = False) -> Token | None:
    """森|翼, 田中|大地: a kanji common noun right after a tagged surname that
    the name lexicon knows as a given name, retagged as one (None if not).
    Not a title or role word (田中|会長), and not the head of a compound
    that goes on in kanji (田中|光|熱費 is not split like that by Sudachi,
    but 山田|進|行政 would be), unless a title follows (田中翼委員)."""
    # after a space, a surname the lexicon knows that Sudachi read as a place
    # (伊集院 拓: 地名 + a word) counts as well
    # and so does a foreign family name in katakana that Sudachi tags as a name
    # (エドワーズ 綾: a council member of foreign origin with a Japanese given name)
    known = surname.pos[3] == "姓" or (spaced and surname.pos[2] == "地名" and KANJI_WORD.match(surname.surface)
                                       and is_surname(surname.surface)) \
        or (spaced and surname.pos[2] == "人名" and len(surname.surface) >= 2 and _KATAKANA.match(surname.surface) is not None) \
        or _place_surname_fused(surname, t, nxt)
    if not (known and t.pos[1] == "普通名詞" and len(t.surface) <= 3
            and KANJI_WORD.match(t.surface) and t.surface not in TITLES and t.surface not in ROLE_WORDS
            and t.surface not in _MUNICIPALITY_END  # 森|町 is a place
            and t.surface not in NOT_GIVEN_AFTER_NAME  # 北浜|大学, 江戸|時代: a body's or a period's name
            and is_given_name(t.surface)):
        return None
    if nxt is not None and nxt.start == t.end and nxt.pos[0] == "名詞" and _KANJI.match(nxt.surface[:1]) \
            and nxt.surface not in TITLES:
        return None
    if surname.pos[3] != "姓" and nxt is not None and nxt.start == t.end and nxt.surface == "の":
        return None  # 千葉 大地の広場: a place and a phrase, as often as a name
    return t._replace(pos=_GIVEN_TAG)


# Words for a family or a couple after its surname (一族, 兄弟, 夫妻), not followed by kanji.
_FAMILY_AFTER = re.compile(rf"(?:一族|一家|兄弟|姉妹|夫妻|夫婦|父子|母子|親子)(?![{KANJI_ODORIJI}])")
# 佐藤調査員, 北村指導医: a surname fused with a noun for a person by what they do -- a
# compound closed by a person suffix (員 師 士 医 官) with no organisation's character
# before it (so not 中野支所職員, 東部会館長) and a boundary after it. Which post it is the
# role lexicons may not know; the name is still a name (fail closed), not part of a word.
_PERSON_NOUN_AFTER = re.compile(rf"(?:(?![所課係局部室会校院館園署庁区町村市県団社])[{KANJI}]){{0,5}}(?:員|師|士|医|官)"
                                rf"(?![{KANJI_ODORIJI}ァ-ヶー])")
# Particles and punctuation that end a fused place-surname and given name (広島翼は).
_FUSED_NAME_END = frozenset("はがをにともへや、。")


def _place_surname_fused(surname: Token, t: Token, nxt: Token | None) -> bool:
    """広島|翼は, 青森|光が: a place the dictionary also knows as a surname, with a
    word the lexicons know as a given name written fused after it, and then a
    particle: the name a person is called by, not a place and a word (a place's
    facility or feature is one word to Sudachi: 広島港, 青森駅). The given name has
    two kanji or more (one after a place is mostly a part or a style of it: 福岡南,
    広島風); not before の (千葉大地の広場 reads as a place as often)."""
    return (surname.pos[2] == "地名" and surname.end == t.start and nxt is not None and nxt.start == t.end
            and len(t.surface) >= 2
            and nxt.surface[:1] in _FUSED_NAME_END and nxt.pos[0] in ("助詞", "補助記号")
            and KANJI_WORD.match(surname.surface) is not None and ("人名", "姓") in dictionary_tags(surname.surface))


# The parts of speech Sudachi gives the pieces of a given name it does not know
# (nouns, suffixes, prefixes, 也 read as an auxiliary, and a kanji read as an
# adverb: 颯|真, 尚|子, 唯|人; the joined pieces must still be a given name of
# the lexicons and end the name), and a kanji read as a particle (乃|愛, 之|介: 乃 and 之
# are particles of classical Japanese, written today in names).
_PIECE_KINDS = ("名詞", "接尾辞", "接頭辞", "助動詞", "副詞", "助詞")


def _pieced_given(tokens: list[Token], i: int) -> tuple[Token, int] | None:
    """柳澤|日布|美, 中園|文|胤, 金森|大|晶: after a token Sudachi tags as a
    surname, two or three pieces of one or two kanji each, written together,
    that Sudachi read as words, suffixes or an auxiliary but that together
    are a given name of the name lexicons, and then the name ends (a particle,
    punctuation, a bracket or a title). Returns the given name as one token
    tagged 名 and the index after it, or None. (A word of the dictionary is
    one token: 田中|時代, 佐藤|一家 are never pieces; a piece Sudachi tagged
    as a given name may be one of them: 菅谷|得|広, 三浦|一都|子.)"""
    n = len(tokens)
    pieces: list[Token] = []
    j = i
    while j < n and len(pieces) < 3:
        t = tokens[j]
        if pieces and t.start != pieces[-1].end:
            break
        if t.pos[0] not in _PIECE_KINDS or t.pos[3] == "姓" or not _KANJI_NAME.match(t.surface) \
                or len(t.surface) > 2:
            break
        pieces.append(t)
        j += 1
        if len(pieces) < 2:
            continue
        given = "".join(p.surface for p in pieces)
        if len(given) > 3:
            break
        # the name ends there: no kanji or katakana goes on, unless a title (柳澤日布美|教授)
        nxt = tokens[j] if j < n else None
        ends = nxt is None or nxt.start != t.end or not (
            _KANJI.match(nxt.surface[:1]) or "ァ" <= nxt.surface[:1] <= "ヺ") or nxt.surface in TITLES
        if ends and given not in TITLES and given not in ROLE_WORDS and given[-1] not in _MUNICIPALITY_END \
                and given[-1] not in _HOUSEHOLD_SUFFIX and is_given_name(given):
            return Token(given, pieces[0].start, t.end, _GIVEN_TAG), j
    return None


def _spaced_given(run: list[Token], t: Token) -> Token | None:
    """The given name two spaces after a surname (吉田　　孝行), or None: a
    tagged given name, or a kanji word the lexicon knows as one (孝行, 純一 are
    words to Sudachi), after a tagged surname or a single word the lexicon
    knows as a surname (上野 read as a place)."""
    last = run[-1]
    if sum(1 for t in run if t.surface.strip()) > 1:
        return None  # 長野　麻里　　大和　清: a whole name already, the next is another person
    if not (last.pos[3] == "姓" or (len(run) == 1 and KANJI_WORD.match(last.surface) and is_surname(last.surface))):
        return None
    if t.pos[2] == "人名" and t.pos[3] == "名":
        return t
    if t.pos[0] == "名詞" and len(t.surface) <= 3 and KANJI_WORD.match(t.surface) and is_given_name(t.surface) \
            and t.surface not in TITLES and t.surface not in ROLE_WORDS:
        return t._replace(pos=_GIVEN_TAG)
    return None


# A name right before an opening bracket (山下　ひかり（): kanji or kana after a kanji.
_NAME_BEFORE_BRACKET = re.compile(rf"[{KANJI_ODORIJI}][ ]?[{KANJI_ODORIJI}ぁ-ゖァ-ヺー]{{1,5}}$")
# Values of a name field that are no name (なし, 不明, 不詳, 本人): one list with the honorific
# and field readers (data/person_not_names.toml)
_NOT_NAMES = not_a_field_value_words()
# Other column headings that follow 氏名 in a table's header row (氏名 | 住所).
_FIELD_LABELS = frozenset(["住所", "所在地", "電話", "電話番号", "連絡先", "生年月日", "年齢", "性別", "職業",
                           "所属", "役職", "備考", "続柄", "国籍", "日付", "金額", "番号", "署名", "印"])


def _not_a_name_here(text: str, start: int, end: int, compact: str, full_name: bool = False,
                     given_last: bool = False) -> bool:
    """Place and company names that Sudachi tags like surnames.

    ``full_name``: Sudachi tagged both a surname and a given name. Such a run
    is a name even when the given name ends like a municipality (村山富市,
    when a title follows), before a prefecture (桃井直美高知県知事) or
    before a number (織田信忠80騎); only a municipality suffix right after
    it (北浦見|市) still makes it a place.

    ``given_last``: the run ends in a given name of two or more characters
    that Sudachi tagged as one, after a tagged surname written apart from
    it (佐伯　正道, 岡　富市; fused only for 道/都/府):
    its last character is the given name's, not a municipality's suffix
    (a place's 市 or 道 is a token of its own or inside a place token).
    """
    if len(compact) > 2 and compact.endswith(_MUNICIPALITY_END) and not given_last and not (
            full_name and role_after(text, end) is not None):
        return True  # 北浦見市, 東山野市
    after = text[end:end + 6]
    # (a surname and a given name of the lexicons written apart, 川端 トメ, are a name whose
    # next cell may open with a number -- 川端 トメ ０９０-…, 川端 トメ ７６歳 -- as a full name is)
    place_after = _SUFFIX_AFTER if full_name else _TOWN_AFTER if _lexicon_pair(text[start:end]) else _PLACE_AFTER
    if place_after.match(after) and not ctx.starts_with_word(after, AFTER["official"]) and not (
            _FUSED_TITLE_START.match(after) and role_after(text, end) is not None):
        return True
    raw = ctx.before(text, start, 6)
    before = raw.rstrip(" ")
    if before[-1:] in _COMPANY_BEFORE_LAST and ctx.ends_with_word(before, _COMPANY_BEFORE) and not (
            raw.endswith(" ") and (full_name or _ROMAJI_FULL.match(text, start, end)
                                   or _lexicon_pair(text[start:end]))):
        # 株式会社 山田: the company's own name; but a full name set apart by a space
        # after a company's name is one of its people (みなと監査法人 浅倉 透)
        return True
    return after[:1] in _COMPANY_AFTER_FIRST and bool(ctx.starts_with_word(after, _COMPANY_AFTER))


def _name_before_next_cell(run: list[Token]) -> list[Token] | None:
    """The run up to a whole name (a tagged surname, then a tagged given name)
    that a space ends, when more tokens follow the space; else None.

    A row of a form or a register sets its cells apart by spaces (譲渡人　大内
    トシ　小野瀬町大字中里…): the first word of the next cell, a place that
    Sudachi also tags as a surname, is joined to the name as if it went on.
    When that longer run turns out to be a place, the name before the space
    is still a name: it is judged on its own instead of dropped with the place."""
    for k in range(len(run) - 1, 1, -1):
        if run[k].surface == " " and run[k - 1].pos[2] == "人名" and run[k - 1].pos[3] == "名" \
                and any(t.pos[3] == "姓" for t in run[:k - 1]):
            return run[:k]
    return None


def _lexicon_pair(surface: str) -> bool:
    """A surname and a given name of the name lexicons written apart (倉橋 翔):
    a person's full name even where Sudachi tagged only one part."""
    parts = surface.split(" ")
    return len(parts) == 2 and is_surname(parts[0]) and is_given_name(parts[1])


def _surname_key(tokens: list[Token], run: list[Token] | None = None) -> str:
    """The surname a later mention of this person would use. A kanji name
    written with a space (宮代 陽翔) has its surname before the space, whatever
    Sudachi tagged (it reads 宮代 as a place and 陽|翔 as 姓 + 名)."""
    if run and any(t.surface == " " for t in run):
        head = "".join(t.surface for t in run[:[t.surface for t in run].index(" ")])
        if head and _KANJI_NAME.match(head):
            return head
    for t in tokens:
        if t.pos[2] == "人名" and t.pos[3] == "姓":
            return t.surface
    return tokens[0].surface


_NAME_BODY = (rf"[{KANJI_ODORIJI}ァ-ヺー{LATIN_NAME}][{KANJI_ODORIJI}ァ-ヺー・{LATIN_NAME}]*"
              rf"(?: [{KANJI_ODORIJI}ァ-ヺー{LATIN_NAME}][{KANJI_ODORIJI}ァ-ヺー・{LATIN_NAME}]*){{0,3}}")
# A given name in hiragana after the surname (錦織 さくら), only where the
# field ends right after it: prose after a surname (山田 と申します。) does not.
_KANA_GIVEN_NAME = r"(?: [ぁ-ゖー]{1,6}(?=[ ]*(?:\n|\t|$)|[ ]{2,}|[(（]))?"
# Names Sudachi does not know (ファム・ミン・ドゥック, TRAN VAN LONG, Sato
# Kenji) are found where the layout says a name stands: the value of a
# 氏名 field, or the display name before a mail address (Name <a@b>).
_FIELD_NAME = re.compile(
    r"(?:氏 ?名|名 ?前|フリガナ|ふりがな|名義人?)[ \t]*[:：]?[ \t]*(?P<value>%s%s)(?=[ ]{2,}|[ ]*[\n\t(（<、。,]|[ ]\d|$)"
    % (_NAME_BODY, _KANA_GIVEN_NAME))
_MAIL_NAME = re.compile(r"(?P<value>%s) ?<[^<>@\s]+@" % _NAME_BODY)
# The line of a form that gives the name in Latin letters (ローマ字　PHAN VAN HUNG under
# 氏名, 英字氏名: Nguyen Thi Lan): its value is the name whatever its words are.
_ROMAJI_FIELD = re.compile(r"(?:ローマ字|英字|アルファベット)(?:氏名|表記|名)?[ \t]*[:：]?[ \t]*"
                           rf"(?P<value>[{LATIN_NAME_INITIAL}][{LATIN_NAME}'-]*(?: [{LATIN_NAME_INITIAL}][{LATIN_NAME}'-]*){{1,4}})(?=[ ]*(?:\n|\t|$|[(（]))")
_ROMAJI_FIELD_ANCHOR = re.compile(r"ローマ字|英字|アルファベット")
# These three start with a character class, which the regex engine tries at
# every position of the document; they run only on lines with their anchor
# (see recognizers/_base.scan).
_MAIL_ANCHOR = re.compile(r"<[^<>@\s]+@")
# A romaji given name(s) and family name, the whole candidate (Peter Lindqvist, Peter Paul Brauer).
_ROMAJI_FULL = re.compile(r"[A-Z][a-zß-öø-ÿ]+(?: [A-Z][a-zß-öø-ÿ]+)? (?:O'|Mc)?[A-Z][a-zß-öø-ÿ'-]+$")
_ROMAJI_ANCHOR = re.compile(r"[A-Z][a-zß-öø-ÿ'-]+ (?:%s ){0,2}[A-ZÀ-ÖØ-Þ]" % ROMAJI_PARTICLE)
# Two or three capitalised romaji words followed by Japanese (Peter Paul Brauer が),
# with accents (José Antônio), O'/Mc prefixes and a hyphenated part (Chen Wei-Ling).
_ROMAJI_WORD = r"(?:O'|Mc)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ]+)?"
# Lower-case particles may stand between them (Maria dos Santos, Ludwig van Berg).
# (or by a slash and the name's katakana reading: Chen Wei／チェン・ウェイ)
_ROMAJI_NAME = re.compile(rf"(?<![A-Za-zÀ-ÿ0-9.'-])%s(?: (?:[A-Z]\. |(?:%s ){{1,2}})?%s){{1,2}}(?=[ ]?[ぁ-ゖ{KANJI}、。（(「」]|/[ ]?[ァ-ヺ])"
                          % (_ROMAJI_WORD, ROMAJI_PARTICLE, _ROMAJI_WORD))


# What follows a name to mean the household or its side, never the end of
# a given name: 山田太郎宅, 鈴木方, 佐藤家, 田中邸.
_HOUSEHOLD_SUFFIX = frozenset("宅方家邸")
# One or two kanji closing a given name Sudachi cut short (河北義次|郎,
# 板垣正|貫), before a particle or punctuation.
_TRAILING_KANJI = re.compile(rf"[{KANJI_ODORIJI}]{{1,2}}(?![{KANJI_ODORIJI}])")
# Initials or a short name particle right before a katakana name.
_FOREIGN_LEAD = re.compile(r"(?:(?<![A-Za-z])(?:[A-Z]{1,2}[.・] ?){1,3}|(?<![ァ-ヺー・=])[ァ-ヺー]{1,3}[・=])$")
# Initials before a romaji name (K. Miller, J. R. Smith).
_LATIN_INITIALS = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\. ?){1,2}$")
# A given name written in hiragana after a surname (まり子, みちこ, ゆき).
_KANA_RUN = re.compile(r"[ぁ-ゖー]{1,5}子?")
_HIRAGANA_CHAR = re.compile(r"[ぁ-ゖ]")
# Particles and function words that are also given names in the dictionary (より, まこと
# is a name; 苅谷より説明 is a surname and a particle).
_KANA_FUNCTION_WORDS = frozenset(["より", "から", "まで", "など", "ほど", "だけ", "しか", "こそ", "さえ", "でも",
                                  "とも", "ので", "のみ", "ばかり", "まま", "ため", "こと", "もの", "とき", "ころ",
                                  # in the name lexicon as readings, but honorifics, conjunctions and
                                  # particles after a surname (相沢さん, 相沢とか, 田中かな)
                                  "さん", "さま", "くん", "ちゃん", "とか", "かな", "かつ", "なお", "ただし",
                                  "あり", "いか", "ほか", "たち", "ども", "がた"])
_PARTICLE_AFTER_NAME = "はがのにをとやもへ"
# An honorific opening the kana after a surname (宮坂|さんと): never a given name.
_HONORIFIC_KANA = ("さん", "さま", "くん", "ちゃん", "どの", "たち")
# Single kanji that stand before a given name as words of their own (父 太郎).
_LEAD_WORDS = frozenset(w for ws in BEFORE.values() for w in ws if len(w) == 1)


# Dictionary readings of a word that can also be a surname written before a
# given name (東雲, 鬼灯: a plain noun; 北野: a place), unlike a verbal noun
# (出席), a time word (本日) or a numeral.
_SURNAME_WORD_TAGS = frozenset([("一般", "*"), ("地名", "一般"), ("人名", "姓"), ("人名", "一般")])
# Last characters of a word naming a role, a body or a municipality, never a surname here.
_NOT_SURNAME_END = frozenset("者人員長会課係部市区県都府道局所校園団")


# What may stand right before a word that opens a field or a list item.
_FIELD_OPENERS = frozenset(" \t\n:：.)）・、「【［[(（")


def _word_surname(text: str, s0: int, sur: str, given: Token) -> bool:
    """Whether ``sur``, a word of two or three kanji standing alone before one
    space and a given name Sudachi tags 名 (監査委員　東雲　律子), is the
    surname: the names are written 姓 + space + 名, and a surname that is also
    a word or a place (東雲, 鬼灯, 北野) is in no lexicon. The word must open
    its field (line start, a space, a tab or a colon before it) or an item of
    a list (after its number or bullet: １．東雲　キク, ・東雲　キク, 、東雲　キク)
    and read as a plain noun or a place, not a role, a body or a time word."""
    if given.pos[3] != "名" or len(sur) > 3 or sur[-1] in _NOT_SURNAME_END \
            or not (s0 == 0 or text[s0 - 1] in _FIELD_OPENERS):
        return False
    tags = dictionary_tags(sur)
    return bool(tags) and tags <= _SURNAME_WORD_TAGS


def _name_edges(text: str, start: int, end: int, full: bool, words: list[Token],
                foreign: bool) -> tuple[int, int, bool]:
    """Widen a name whose edge Sudachi cut off: the last kanji of a given
    name it split away (河北義次郎 read as 河北 + 義次 + 郎), and a
    one-kanji surname before a given name it tagged alone (桝 + 嘉一). Only
    names of a tagged shape are widened, never over a title (山田太郎氏,
    田中一郎市長) or a municipality suffix."""
    if not full and len(words) == 1 and words[0].pos[2] == "人名" and words[0].pos[3] == "一般" \
            and len(words[0].surface) <= 2 and _KANJI.match(words[0].surface):
        # a short name Sudachi knows whole (人名,一般) with one or two kanji fused after
        # it and then a particle: the rest of the name Sudachi took for a word
        m = _TRAILING_KANJI.match(text, end)
        if m and _NAME_END_AFTER.match(text, m.end()) and role_after(text, end) is None \
                and m.group(0)[-1] not in _MUNICIPALITY_END and m.group(0)[0] not in _HOUSEHOLD_SUFFIX \
                and not_a_person_after(text, end) is None:
            return start, m.end(), True
    if full and not text[end - 1].endswith(_MUNICIPALITY_END):  # 北浦見市|役所 is a place
        m = _TRAILING_KANJI.match(text, end)
        if m and role_after(text, end) is None and m.group(0)[-1] not in _MUNICIPALITY_END \
                and m.group(0)[0] not in _HOUSEHOLD_SUFFIX and not text.startswith(("名義", "及び", "並びに"), end):
            end = m.end()
    elif words and words[0].pos[2] == "人名" and start >= 1 and (
            words[0].pos[3] == "名" or (len(words) == 1 and text[start - 1] == " " and is_given_name(words[0].surface))):
        # (a given name Sudachi tagged as a surname, 友里, counts after a space:
        # 委員長　東　友里)
        lead = text[start - 1]
        if _KANJI.match(lead) and not _KANJI.match(text[start - 2:start - 1] or "x") \
                and lead not in _LEAD_WORDS and lead not in _MUNICIPALITY_END:
            start, full = start - 1, True
        elif lead == " " and start >= 2 and _KANJI.match(text[start - 2]) and text[start - 2] not in _LEAD_WORDS \
                and not _KANJI.match(text[start - 3:start - 2] or "x") and (
                    is_surname(text[start - 2]) or (words[0].pos[3] == "名" and text[start - 3:start - 2] in ("\t", "")
                                                    and (start == 2 or text[start - 3] == "\t"))):
            # 東 康弘, 林 美和: a one-kanji surname the lexicon knows; or any one kanji
            # opening a table cell before a tagged given name (卜 かおる)
            start, full = start - 2, True
        else:
            # 八月一日陽子, 四十物 静香, 鴨脚 博之: a surname of two to five kanji the
            # lexicon knows, alone between a boundary and the given name (attached or
            # after one space), that Sudachi read as a date, numerals or words
            gap = 1 if lead == " " else 0
            k = start - gap
            s0 = k
            while s0 > 0 and k - s0 < 16 and _KANJI.match(text[s0 - 1]):
                s0 -= 1
            for cut in range(max(s0, k - 5), k - 1):
                # the whole kanji run, or its end after a role word fused before it
                # (母檜垣　奈央) or a title (道路維持課職員伊集院 拓: 職員, 主事, 課長)
                sur = text[cut:k]
                if cut > s0 and text[s0:cut] not in ROLE_WORDS and not text[s0:cut].endswith(_FUSED_TITLES):
                    continue
                # (after a role word or title fused before it, the kanji between it and
                # the tagged given name are the surname even when no list knows them:
                # 相手方善知鳥陽菜氏)
                if 2 <= len(sur) <= 5 and (is_surname(sur) or ("人名", "姓") in dictionary_tags(sur)
                                           or (cut > s0 and len(sur) <= 4 and sur[-1] not in "者人員長会課係部"
                                               and not dictionary_tags(text[s0:cut] + sur[0]))
                                           or (gap and cut == s0 and _word_surname(text, s0, sur, words[0]))) \
                        and sur not in ROLE_WORDS and sur not in TITLES:
                    start, full = cut, True
                    break
    elif words and foreign:
        # H・R・ギーガー, H.A.リブリン, デ・ガスペリ, ル=グウィン: initials and
        # short particles of a foreign name that Sudachi did not join
        m = _FOREIGN_LEAD.search(text[max(0, start - 12):start])
        if m:
            start -= len(m.group(0))
    elif words and all(w.surface.isascii() and w.surface.isalpha() for w in words):
        # （K. Miller）, J. R. Smith: the initials before a romaji name are part of it
        m = _LATIN_INITIALS.search(text[max(0, start - 8):start])
        begin = start - len(m.group(0)) if m else start
        # (not the last letter of a phrase before it: Plan B. Miller)
        if m and not (text[begin - 1:begin] == " " and text[begin - 2:begin - 1].isascii()
                      and text[begin - 2:begin - 1].isalpha()):
            start = begin
    if words and words[0].pos[2:4] == ("人名", "姓") and start >= 1 and _KANJI.match(text[start - 1]):
        # 長曽我部, 大曽根: Sudachi read the first kanji of a long surname as a prefix or a word
        # (長|曽我部); after a boundary, the kanji before the tagged surname that make a surname the
        # lexicon knows with it are part of the name (one kanji left visible names the person)
        for n in (2, 1):
            lead = text[start - n:start]
            if len(lead) == n and all(_KANJI.match(c) for c in lead) and not _KANJI.match(text[start - n - 1:start - n] or "x") \
                    and lead not in ROLE_WORDS and (is_surname(lead + words[0].surface) or (
                        n == 1 and lead not in _SURNAME_LEAD_WORDS and text[start - 2:start - 1] in ("", " ", "\t", "\n"))):
                # (one kanji after a space or a line start: 委員　長曽我部, unless it is a word set
                # before surnames, 故 元 同, or a unit, 課 係 町)
                start -= n
                break
    return start, end, full


_SURNAME_LEAD_WORDS = frozenset(load_toml("person_not_names.toml", "redactor.recognizers.data")["surname_lead"]["words"])


def _katakana_word_or_place(word: Token, nxt: str, person_title: bool) -> bool:
    """A lone untagged katakana word that ``_judge`` drops whatever the
    context says (ヘルパーさん, ドイツ): a known common noun or a place, not a
    town before a title that only a person carries (リヴァプール伯爵), and not
    a common noun as the subject (ヤングは), which a name the dictionary
    also knows may be. Checked before ``decide_role``, which it does not need."""
    common = word.pos[1] == "普通名詞" and not word.oov
    if common and nxt in ("は", "が"):
        return False  # the context decides (see the weak guess in _judge)
    town_with_title = person_title and word.pos[2] == "地名" and word.pos[3] != "国"
    return (common or word.pos[2] == "地名") and not town_with_title


# Titles of royalty and of Buddhist teachers that Japanese writes as part of the
# name they follow (エリザベス女王, ダイアナ妃, ヘンリー王子, 空也上人): one span with the name.
_NAME_TITLES = frozenset(["女王", "王妃", "妃", "王子", "王女", "皇子", "皇女", "皇太子", "皇太子妃", "親王", "内親王",
                          "大帝", "大王", "姫", "上人", "禅師", "法師"])


# Around a one-kanji surname standing alone: a boundary or a particle before it,
# a case particle after it.
_LONE_BEFORE = re.compile(r"[、。「」（）()・ \nはがのとをにもへや]")
_LONE_AFTER = frozenset("はがのとをにも")


def _without_common_katakana_head(run: list[Token]) -> list[Token]:
    """The run less a katakana word the dictionary knows as a common noun when a
    space and a Japanese surname (a kanji token tagged 姓) follow it: センター　紺野聡美,
    ケアプラザ　紺野 are a unit's name and a person's, side by side in a line of a
    list; a foreign given name before a surname is a proper noun or unknown (マリア　山田)."""
    if len(run) >= 3 and run[1].surface == " " and run[0].pos[1] == "普通名詞" and not run[0].oov \
            and _is_katakana(run[0].surface) and run[2].pos[3] == "姓" and _KANJI.match(run[2].surface):
        return run[2:]
    return run


def _split_long_run(run: list[Token]) -> list[list[Token]]:
    """A run too long for one name that single spaces divide (大谷信彦　坂巻紀子
    長谷部修: names listed one after another with 全角空白 between them) is
    judged part by part, a lone surname kept with a lone given name after it
    (大谷 信彦); a run that is one name, or has no space, is left whole."""
    compact = sum(len(t.surface) for t in run if t.surface != " ")
    if compact <= 12 or not any(t.surface == " " for t in run) or any(t.surface.isascii() for t in run
                                                                      if t.surface not in _JOINERS) \
            or all(_foreign_part(t.surface) for t in run if t.surface not in _JOINERS):
        return [run]  # (romaji and katakana names hold spaces of their own: Peter Paul Brauer)
    parts: list[list[Token]] = [[]]
    for t in run:
        if t.surface == " ":
            parts.append([])
        else:
            parts[-1].append(t)
    groups: list[list[Token]] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        tags = {t.pos[3] for t in part if t.pos[2] == "人名"}
        nxt = parts[i + 1] if i + 1 < len(parts) else []
        nxt_tags = {t.pos[3] for t in nxt if t.pos[2] == "人名"}
        if tags == {"姓"} and nxt_tags == {"名"}:
            space = next(t for t in run if t.surface == " " and t.start == part[-1].end)
            groups.append(part + [space] + nxt)
            i += 2
            continue
        if part:
            groups.append(part)
        i += 1
    return groups


def _trailing_word(run: list[Token]) -> int:
    """Where to cut a run before its last space-separated part, when that part
    has no 人名 tag and what comes before it has one (0: no such cut)."""
    spaces = [i for i, t in enumerate(run) if t.surface == " "]
    if not spaces:
        return 0
    cut = spaces[-1]
    if any(t.pos[2] == "人名" for t in run[cut + 1:]) or not any(t.pos[2] == "人名" for t in run[:cut]):
        return 0
    return cut


def _modifier_before(text: str, start: int) -> bool:
    """の or a kanji word ends right before ``start`` (市の|データ, 独自|システム): what
    follows is what it modifies. (A verb's clause before a name, 乗せられた|グラント,
    modifies a person as readily: it is not counted.)"""
    prev = text[start - 1:start]
    return prev == "の" or bool(prev and _KANJI.match(prev))


_SPEAKER_HEAD = re.compile(r"[ \t]*[○◯〇◆◎◇●][^\n（(]{0,14}$")


def _title_before_bracket(text: str, bracket: int) -> bool:
    """A title or a speaker's mark right before the bracket (○委員（松本）,
    福祉課長（千葉）): the bracket holds that person's name, not a district."""
    line_start = text.rfind("\n", 0, bracket) + 1
    if _SPEAKER_HEAD.match(text, line_start, bracket):
        return True
    head = text[max(line_start, bracket - 14):bracket]
    return bool(ctx.ends_with_word(head, _FUSED_TITLES) or ctx.ends_with_word(head, tuple(ROLE_WORDS)))


class PersonRecognizer(JaRecognizer):
    ENTITIES = ("PERSON",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        for whole in self._runs(retag_hidden_names(tokens)):
            for run in _split_long_run(_without_common_katakana_head(whole)):
                result = self._judge(text, run)
                while result is None and _trailing_word(run):
                    # 和代 昭和30年, 妻 和代 北町: a word joined by one space after the name
                    # (an era, a place) made the whole run a place; the name before it
                    # is judged on its own (fail closed: the tagged name is not lost)
                    run = run[:_trailing_word(run)]
                    result = self._judge(text, run)
                if result is not None:
                    yield result
        for m in scan(_ROMAJI_NAME, _ROMAJI_ANCHOR, text):
            # Peter Paul Brauer が…: a capitalised romaji name with no context
            # is reported with a low score (masked under strict only).
            if ROMAJI_NOT_NAMES.intersection(m.group(0).split(" ")):
                drop("PERSON", text, m.start(), m.end(), "製品・組織・場所の語を含むローマ字（Windows Server）")
                continue
            role, source, word = decide_role(text, m.start(), m.end())
            not_name = (_romaji_word(m.group(0)) or not_a_person_after(text, m.end())
                        or not_a_person_before(text, m.start())
                        or quoted_title(text, m.start(), m.end())) if source == "none" else None
            if not not_name and source == "none" and text[m.end():m.end() + 1] == " ":
                # Grand Hall の, Office Suite で: set apart by a space and with no context,
                # as often a product or a place as a name (a honorific or role word is context)
                not_name = "文脈のないローマ字の語の並び"
            if not_name:  # Midori Systems は, Green Leaf社, 「Green Leaf」
                drop("PERSON", text, m.start(), m.end(), not_name)
                continue
            yield self.result("PERSON", m.start(), m.end(), 0.6 if source != "none" else 0.4,
                              "ローマ字の人名らしい語", role=role, role_source=source, role_word=word,
                              person_key=m.group(0).split(" ")[-1], full_name=True)
        yield from self._kana_given_names(text, tokens)
        yield from self._lexicon_full_names(text, tokens)
        yield from anchored(text, tokens, self.result)  # type: ignore[misc]  # emit is self.result: RecognizerResults; honorifics, name fields, name columns: fail closed
        yield from self._spaced_names(text)
        for m in scan(_REGNAL, _REGNAL_ANCHOR, text):
            yield self.result("PERSON", m.start(), m.end(), 0.6, "称号つきの人名（〜世）", role="unclear",
                              role_source="none", role_word="", person_key=m.group(0), full_name=True)
        for rx, anchor, why in ((_FIELD_NAME, None, "氏名欄の値"), (_MAIL_NAME, _MAIL_ANCHOR, "メールアドレスの表示名"),
                                (_ROMAJI_FIELD, _ROMAJI_FIELD_ANCHOR, "ローマ字氏名欄の値")):
            for m in scan(rx, anchor, text):
                start, end = m.span("value")
                value = m.group("value")
                if len(value.replace(" ", "")) < 2 or value in _NOT_NAMES or value in _FIELD_LABELS or heading_list(value):
                    drop("PERSON", text, start, end, "氏名欄の値が一字・「なし」・見出し語")
                    continue
                if header_cell_at(text, start):
                    drop("PERSON", text, start, end, "表の見出し行の語")
                    continue
                role, source, word = decide_role(text, start, end)
                field = rx is not _MAIL_NAME
                if field and source in ("none", "role_before") and role != "official":
                    role, source, word = "private", "field", "氏名"
                # a field's value outranks the same span read from the tokens
                # (Presidio keeps one result per span: the higher score)
                score = 0.9 if field else 0.8
                yield self.result("PERSON", start, end, score, why, role=role, role_source=source,
                                  role_word=word, person_key=value.split(" ")[0].split("・")[0],
                                  full_name=" " in value or "・" in value)

        yield from find_written_forms(self, text, tokens)  # romaji, tables, brackets... (_person_forms.py)
        yield from prose_names(self, text, tokens)  # names in running prose, by evidence (_person_prose.py)

    def _spaced_names(self, text: str) -> Iterable[RecognizerResult]:
        """山　田　太　郎, 佐 藤 花 子 様: a name spaced out one character at a
        time, as forms and headings do, which Sudachi reads as single
        characters. A run of three or more single kanji between single spaces
        is read again without the spaces; it is a name when the dictionary
        reads a surname and a given name there."""
        for m in scan(SPACED_RUN, SPACED_ANCHOR, text):
            chars = m.group(0)[::2]  # the kanji, without the spaces between them
            span = spaced_name_within(chars)
            if span is None:
                continue
            i, j = span  # 佐 藤 花 子 様: the name is the first four
            start, end = m.start() + 2 * i, m.start() + 2 * j - 1
            role, source, word = decide_role(text, start, end)
            yield self.result("PERSON", start, end, 0.85 if source != "none" else 0.6,
                              "一字ずつ空けて書かれた姓名", role=role, role_source=source, role_word=word,
                              person_key=chars[i:j], full_name=True)

    def _lexicon_full_names(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        """堀切翔一は, 宇佐美真琴が: a kanji full name with no context that
        Sudachi splits into words and places with no 人名 tag (so no run above
        sees it), which the lexicons split into a known surname of two kanji or
        more and a known given name at one of Sudachi's token boundaries.
        Reported with a low score (0.3): the strict profile masks it, the
        default drops it -- without context it is as often a word's compound."""
        n = len(tokens)
        for i in token_index(tokens).noun_before_noun():  # (the first of the tests below, by C loops)
            t = tokens[i]
            if t.pos[0] != "名詞" or t.pos[2] == "人名" or len(t.surface) > 4 or i + 1 >= n \
                    or tokens[i + 1].pos[0] != "名詞":
                continue  # the cheap tests first: most tokens are not a noun before a noun
            if not KANJI_WORD.match(t.surface) or (t.start > 0 and "\u4e00" <= text[t.start - 1] <= "\u9fff"):
                continue
            for j in (i + 1, i + 2):
                if j >= n:
                    break
                # every part a kanji noun with no 人名 tag, each right after the one before:
                # the parts before tokens[j] passed already (t above, or the turn before)
                p = tokens[j]
                if p.pos[0] != "名詞" or p.pos[2] == "人名" or not KANJI_WORD.match(p.surface) \
                        or tokens[j - 1].end != p.start:
                    break
                parts = tokens[i:j + 1]
                start, end = t.start, p.end
                if not 3 <= end - start <= 5 or _KANJI.match(text[end:end + 1]) \
                        or not _NAME_END_AFTER.match(text, end):
                    continue
                name = text[start:end]
                split = split_full_name(name, both_known=True)
                if split is None or len(split[0]) < 2 or not any(p.start == start + len(split[0]) for p in parts):
                    continue
                if len(split[1]) == 1 and ("人名", "名") not in dictionary_tags(split[1]):
                    continue
                if split[1] in NOT_GIVEN_AFTER_NAME:
                    continue  # 江戸|時代, 北浜|大学: a period's or a body's name
                if name.endswith(_MUNICIPALITY_END) or name[-1] in _NOT_NAME_LAST \
                        or any(p.pos[2] == "地名" and p.pos[3] == "国" for p in parts):
                    continue
                role, source, word = decide_role(text, start, end)
                if source == "none" and not_a_person_after(text, end):
                    continue
                yield self.result("PERSON", start, end, 0.3 if source == "none" else 0.7,
                                  "辞書の姓＋名に分かれる漢字の語（Sudachi は人名と読まない）", role=role,
                                  role_source=source, role_word=word, person_key=split[0], full_name=True)
                break

    def _kana_given_names(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        """赤木まり子, 大道寺あや子: a surname followed by a given name in
        hiragana, which Sudachi cuts into particles and verbs. The kana part
        counts only when the dictionary knows it as a given name (まり子,
        みちこ; never まで, との), so 田中から stays a surname and a particle."""
        index = token_index(tokens)
        # the tokens the first test below lets through: proper nouns, and words before a space
        candidates = sorted(set(index.where("pos1", "固有名詞")).union(
            index.ending_at(map(MATCH_START, _SPACE.finditer(text)))))
        for t in map(tokens.__getitem__, candidates):
            if t.pos[1] != "固有名詞" and text[t.end:t.end + 1] != " ":
                continue  # the cheap test first: the surname is a proper noun, or a word before a space (below)
            gap = 1 if text[t.end:t.end + 1] == " " else 0
            if not KANJI_WORD.match(t.surface):
                continue
            if t.pos[1] != "固有名詞" or not (t.pos[3] == "姓" or ("人名", "姓") in dictionary_tags(t.surface)):
                # 卜 かおる, 門 ゆり opening a table cell: a short surname the lexicon
                # knows, whatever Sudachi read it as, alone before a space
                if not (gap and len(t.surface) <= 2 and t.pos[0] == "名詞" and text[t.start - 1:t.start] in ("\t", "\n", "")
                        and is_surname(t.surface)):
                    continue
            # 相沢 ゆき（相続人）, 相沢 りょうた⏎: the given name after one space, as a
            # form or a list writes it, when the kana run ends right there
            kana = _KANA_RUN.match(text, t.end + gap)
            if not kana:
                continue
            for n in range(len(kana.group(0)), 1, -1):  # the longest given name first
                given = kana.group(0)[:n]
                nxt = text[t.end + gap + n:t.end + gap + n + 1]
                if _HIRAGANA_CHAR.match(nxt) and (gap or nxt not in _PARTICLE_AFTER_NAME):
                    continue
                if given in _KANA_FUNCTION_WORDS or given.startswith(_HONORIFIC_KANA):
                    continue
                # the dictionary's given names, or the name lexicon's (さち, かよ:
                # names the dictionary lacks) where a particle, a bracket or the
                # line's end follows -- not a particle and a word (北原|にお|住まい)
                if ("人名", "名") in dictionary_tags(given) or (
                        is_given_name(given) and given[0] not in _PARTICLE_AFTER_NAME and given[0] != "で"
                        and not _KANJI.match(nxt)):
                    end = t.end + gap + n
                    role, source, word = decide_role(text, t.start, end)
                    yield self.result("PERSON", t.start, end, 0.85, "姓＋かな書きの名（辞書・名前リストの名）",
                                      role=role, role_source=source, role_word=word,
                                      person_key=t.surface, full_name=True)
                    break

    @staticmethod
    def _runs(tokens: list[Token]) -> Iterable[list[Token]]:
        """Maximal runs of name-like tokens, allowing one space inside
        (宮下 豊) and one single-kanji common noun after a space when the
        run so far is a single kanji (a surname split by PDF spacing: 高 木)."""
        run: list[Token] = []
        i = 0
        n = len(tokens)
        never = _NEVER_NAME_POS
        # The tokens a run can start at, found once by C loops (see _person_index):
        # none of the parts of speech a name never has, and a proper noun, an unknown
        # word or katakana (what _is_nameish can accept), or a word before a 人名 token
        # (_surname_before_given). Outside a run, the next of them is looked up, not
        # walked to: most tokens are particles, verbs, punctuation and common nouns.
        index = token_index(tokens)
        starts = sorted(set(index.where_not_in("pos0", "never_name", never)).intersection(
            set(index.where("pos1", "固有名詞")).union(index.matching("katakana_first", KATAKANA_FIRST),
                                                    index.oov(), (i - 1 for i in index.where("pos2", "人名")))))
        while i < n:
            if not run:
                k = bisect_left(starts, i)
                if k == len(starts):
                    break
                i = starts[k]
            t = tokens[i]
            if not run and t.pos[0] in never:
                i += 1  # (never so: see starts above)
                continue
            if run and run[-1].end == t.start and run[-1].pos[3] == "姓" and t.pos[3] != "姓" \
                    and len(t.surface) <= 2:
                pieced = _pieced_given(tokens, i)
                if pieced is not None:
                    run.append(pieced[0])
                    i = pieced[1]
                    continue
            if run and run[-1].end == t.start and t.pos[1] == "普通名詞":
                t = _lexicon_given(run[-1], t, tokens[i + 1] if i + 1 < n else None) or t
            if _is_nameish(t) or (not run and i + 1 < n and tokens[i + 1].pos[2] == "人名"
                                  and _surname_before_given(t, tokens[i + 1])):
                if run and t.pos[2] == "地名" and run[-1].pos[3] == "名":
                    # a place right after a given name starts a new run:
                    # 赤間文三大阪, 北浦見市栄町 (surname + given name + 地名)
                    yield run
                    run = []
                run.append(t)
                i += 1
                continue
            if run and "\n" in t.surface and not t.surface.strip():
                # 後藤⏎誠一, 近藤　⏎美智子: a surname ending a line and a given name
                # opening the next (plain text copied out of a PDF or a fixed-width
                # form): one name, read across the break (the break stays in the output)
                j = i
                while j < n and j - i < 3 and not tokens[j].surface.strip():
                    j += 1
                breaks = "".join(tk.surface for tk in tokens[i:j]).count("\n")
                given = _spaced_given(run, tokens[j]) if j < n and breaks == 1 and len(run) == 1 else None
                if given is not None:
                    run.extend(tokens[i:j] + [given])
                    i = j + 1
                    continue
            if run and t.surface == " " and i + 1 < n and "\n" in tokens[i + 1].surface \
                    and not tokens[i + 1].surface.strip() and len(run) == 1:
                # 近藤 ⏎美智子: spaces before the break, read as above
                j = i + 1
                while j < n and j - i < 3 and not tokens[j].surface.strip():
                    j += 1
                breaks = "".join(tk.surface for tk in tokens[i:j]).count("\n")
                given = _spaced_given(run, tokens[j]) if j < n and breaks == 1 else None
                if given is not None:
                    run.extend(tokens[i:j] + [given])
                    i = j + 1
                    continue
            if run and t.surface == " " and i + 2 < n and tokens[i + 1].surface == " ":
                given = _spaced_given(run, tokens[i + 2])
                if given is not None:
                    # 中村　　早苗, 石川  裕子, 吉田　　孝行: a surname and a given name set
                    # apart by two spaces, as forms and aligned lists write them
                    run.extend([tokens[i], tokens[i + 1], given])
                    i += 3
                    continue
            if run and t.surface in _JOINERS and i + 1 < n:
                nxt = tokens[i + 1]
                if t.surface == " " and len(run) == 1 and nxt.pos[2] != "人名" and nxt.pos[0] != "空白" and (
                        run[0].pos[3] == "姓" or (run[0].pos[2] == "地名" and is_surname(run[0].surface))):
                    # 桐生 心|愛, 坂口 日|布|美: a given name of the lexicons after the space that
                    # Sudachi cut into a prefix and words (as _pieced_given does for one written fused)
                    pieced = _pieced_given(tokens, i + 1)
                    if pieced is not None:
                        run.extend([t, pieced[0]])
                        i = pieced[1]
                        continue
                if t.surface == " " and nxt.pos[1] == "普通名詞":  # 森 翼
                    nxt = _lexicon_given(run[-1], nxt, tokens[i + 2] if i + 2 < n else None,
                                         spaced=len(run) == 1) or nxt
                if t.surface != " ":
                    # グエン・ティ・マイ, マーク・E・スミス, ウィン=ハリス: a foreign
                    # name written with 中黒 or a double hyphen
                    joined = _foreign_part(run[-1].surface) and _foreign_part(nxt.surface)
                else:
                    split_surname = (len(run) == 1 and len(run[0].surface) == 1 and len(nxt.surface) == 1
                                     and _KANJI.match(nxt.surface) and run[0].pos[2] == "人名")
                    # after a whole name (月岡 徹也) a space ends it unless another
                    # name part follows: 月岡 徹也 教育部長 is a name and a title
                    complete = run[-1].pos[3] == "名" and any(r.pos[3] == "姓" for r in run)
                    joined = split_surname or (_is_nameish(nxt) and (
                        run[-1].pos[2] == "人名" or nxt.pos[2] == "人名")
                        and not (complete and nxt.pos[2] != "人名"))
                if joined:
                    run.extend([t, nxt])
                    i += 2
                    continue
            if run:
                yield run
                run = []
            i += 1
        if run:
            yield run

    def _judge(self, text: str, run: list[Token]) -> RecognizerResult | None:
        """A finding for a run, or None with a named reason (``_drops.drop``):
        detection fails closed, so every run with a 人名 token that is not
        reported says why (a place before 市, a company, part of a longer word)."""
        # (most runs open with no role word's first character: the window is then not read)
        lead = ctx.starts_with_word(text[run[0].start:run[-1].end], ROLE_WORDS) \
            if text[run[0].start:run[0].start + 1] in _ROLE_FIRST else None
        if lead:
            # 申立人 百目鬼 (Sudachi: 申|立人 as a name): the role word is the
            # label before the name, not part of it (a surname that only starts
            # like one, 妻木, has no token boundary there and stays whole)
            cut = run[0].start + len(lead)
            if cut == run[-1].end:
                return drop("PERSON", text, run[0].start, cut, "役割語（申立人、被保険者）")
            if any(t.start == cut for t in run):
                run = [t for t in run if t.start >= cut]
                while run and run[0].surface in _JOINERS:
                    run = run[1:]
                if not run:
                    return drop("PERSON", text, cut, cut, "役割語のあとに名がない")
        for k in range(1, len(run)):
            # 谷口|民生 + 委員・児童委員: a title that starts inside the run and goes on
            # past its end is the title, not a given name (民生 is tagged 名)
            if run[k].surface.strip() and run[k - 1].end == run[k].start \
                    and text[run[k].start:run[k].start + 1] in _FUSED_FIRST:
                fused = ctx.starts_with_word(text[run[k].start:run[k].start + 12], _FUSED_TITLES)
                if fused and run[k].start + len(fused) > run[-1].end:
                    run = run[:k]
                    break
        words = [t for t in run if t.surface not in _JOINERS and t.surface.strip()]
        start, end = run[0].start, run[-1].end
        tagged = [t for t in words if t.pos[2] == "人名"]
        tags = {t.pos[3] for t in tagged}  # 姓, 名, 一般
        katakana_only = all(map(_foreign_part, [t.surface for t in words]))
        full = "姓" in tags and "名" in tags
        start, end, full = _name_edges(text, start, end, full, words, katakana_only)
        surface = text[start:end]
        compact = surface.replace(" ", "").replace("\n", "")
        given_last = (full and len(words) >= 2 and words[-1].pos[2] == "人名" and words[-1].pos[3] == "名"
                      and len(words[-1].surface) >= 2 and words[-2].pos[3] == "姓" and words[-1].end == end
                      # written apart (佐伯　正道), or ending in 道/都/府, which close only a
                      # prefecture's one token (北浦|見市 fused is a city Sudachi split)
                      and (words[-2].end < words[-1].start or compact[-1] in "道都府")) \
            or (len(words) == 1 and words[0].pos[2] == "人名" and words[0].pos[3] == "姓" and words[0].surface == compact
                and compact[-1] in "村町" and is_surname(compact))
        # (小野|小町, 真田幸村: a given name, or a whole name Sudachi knows, whose own
        # last kanji is 町 or 村 -- inside a 人名 token, never a municipality's suffix)
        given_last = given_last or (
            compact[-1:] in ("村", "町") and words[-1].pos[2] == "人名" and words[-1].end == end
            and len(words[-1].surface) >= 2 and (
                (words[-1].pos[3] == "名" and len(words) >= 2 and words[-2].pos[3] == "姓")
                or (words[-1].pos[3] == "一般" and len(words) == 1 and len(compact) >= 3)))
        # (野々村, 奥村田: one token the dictionary tags as a surname and the name lexicon
        # knows as one -- not a made-up village Sudachi reads as a surname)
        if _not_a_name_here(text, start, end, compact, full, given_last):
            head = _name_before_next_cell(run)
            if head is not None:
                # 大内　トシ　小野瀬町大字…: the next cell's place was read on as a name
                # part; the name before it is judged alone, never dropped with it
                return self._judge(text, head)
            return drop("PERSON", text, start, end, "地名（市区町村・番号が続く）または会社名")
        has_given = "名" in tags
        # a surname _name_edges found before the tagged given name (卜 かおる, 八月一日陽子)
        has_surname = "姓" in tags or "一般" in tags or (full and start < run[0].start and "名" in tags)
        if not (has_given and has_surname) and len(words) == 2 and any(t.surface == " " for t in run) \
                and is_surname(words[0].surface) and is_given_name(words[1].surface):
            # 辻堂　美和: a surname and a given name of the lexicons written apart,
            # one person, whom a later 辻堂 names (Sudachi tagged only one part)
            has_given = has_surname = full = True
            tags = tags | {"姓", "名"}
        if len(compact) > (32 if _KATAKANA_NAME.match(compact) or _ROMAJI_FULL.match(surface) else 12):
            return drop("PERSON", text, start, end, "人名としては長すぎる語の並び")
        if " " in surface or len(compact) == 1:
            label = spelt_label(text, start, end)
            if label:  # 陳 情 者, 住　　所: a label spelt out one character at a time
                return drop("PERSON", text, start, end, f"一字ずつ空けて書いた見出し「{label}」")
        if len(words) == 1 and not has_given:
            # 智子様（東谷）, 地区 column: a resident's district the dictionary reads as a surname
            district = district_reason(text, start, end)
            if district:
                return drop("PERSON", text, start, end, district)
        nxt = text[end:end + 1]
        title = role_after(text, end)
        suffixed = title is not None
        surname_and_given = (
            ("姓" in tags and "名" in tags)
            # a whole name in the dictionary (手塚治虫: 人名,一般) or a tagged
            # foreign name written with 中黒 (ジャック・ワーナー)
            or any(t.pos[3] == "一般" and len(t.surface) >= 3 and _KANJI.match(t.surface) for t in tagged)
            or (bool(tagged) and "・" in surface and bool(_KATAKANA_NAME.match(surface))))
        if _KATAKANA.match(nxt) and not suffixed:
            return drop("PERSON", text, start, end, "カタカナ語の一部（マイナポータル）")
        # 相沢名義, （相沢方）, 相沢宅: a surname before the word for an account's
        # holder or a household (c/o), not the head of a longer word
        holder = HOLDER_AFTER.match(text, end) if _KANJI.match(nxt) and not suffixed and (
            "姓" in tags or is_surname(compact)) else None
        # 鳩山一族, グリム兄弟, 相沢夫妻: a family named by its surname (the word after is
        # the family's, never the head of a longer word with the name)
        family = _FAMILY_AFTER.match(text, end) if _KANJI.match(nxt) and not suffixed and not holder and tagged \
            else None
        person_noun = _PERSON_NOUN_AFTER.match(text, end) if _KANJI.match(nxt) and not suffixed and not holder \
            and not family and ("姓" in tags or is_surname(compact)) else None
        if _KANJI.match(nxt) and not suffixed and not surname_and_given and not holder and not family and not person_noun:
            # part of a longer word (中野出張所, 上原地区) -- but a tagged surname
            # and given name stay a name before any title (田中六助通産大臣)
            # nor does a foreign name in parts before its title (…・マクワーター警察長)
            foreign_parts = len(words) > 1 and all(_KATAKANA.match(t.surface) for t in words)
            if not foreign_parts and not (len(words) == 1 and _KATAKANA.match(words[0].surface)
                                          and words[0].pos[2] == "人名"):
                return drop("PERSON", text, start, end, "漢字の続く長い語の一部（中野出張所）")
        if len(compact) == 1 and not suffixed:
            if words[0].pos[3] == "姓" and _LONE_BEFORE.match(text[start - 1:start] or "、") \
                    and text[end:end + 1] in _LONE_AFTER:
                # その後、堀は反対した: a one-kanji surname Sudachi tags as one, standing
                # alone between a boundary and a case particle -- a weak guess (strict
                # only), as the one kanji may still be a word (原は, 堀が)
                return self.result("PERSON", start, end, 0.3, "一字の姓（Sudachi 人名）が単独で格助詞の前にある",
                                   role="unclear", role_source="none", role_word="",
                                   person_key=compact, full_name=False)
            # one kanji alone (金, 林) is a name only with a title or honorific
            return drop("PERSON", text, start, end, "敬称・肩書のない一字")
        # a title that only a person carries (大統領, 伯爵, 警部: not an office
        # of this municipality) after a katakana word or a town's name makes
        # it a name: ナポリターノ大統領, リヴァプール伯爵 (a country is not: ドイツ大統領)
        person_title = title is not None and title[0] == "unclear"
        if katakana_only and len(words) > 1 and len(words) == len(run) and len(tagged) < len(words) \
                and not person_title:
            return drop("PERSON", text, start, end, "カタカナの複合語（メールシステム）")
        if not tagged and katakana_only and len(words) == 1 and not holder and compact not in TITLES \
                and _katakana_word_or_place(words[0], text[end:end + 1], person_title):
            # the drop below that no context can prevent, decided before reading
            # the context (a document has many システム, データ, ドイツ)
            return drop("PERSON", text, start, end, "カタカナの普通名詞・国名")
        # the context is read only for runs that passed the cheap tests above
        role, source, word = decide_role(text, start, end, title)
        if holder and source == "none":
            role, source, word = "private", "honorific", holder.group(0)
        if source == "honorific" and compact in TITLES:
            return drop("PERSON", text, start, end, "敬称の前の職名（保健師さん）")
        if not tagged and katakana_only:
            all_common = all(t.pos[1] == "普通名詞" and not t.oov for t in words)
            if source == "none" and all_common and _modifier_before(text, start):
                # 新規のプランが, 市のデータは, 独自システムが: a known word after a word that
                # modifies it (の, a kanji word) is a phrase, not a name
                return drop("PERSON", text, start, end, "修飾語に続くカタカナの普通名詞（文脈なし）")
            if source == "none" and any(t.pos[1] == "固有名詞" and t.pos[2] == "一般" for t in words):
                # ソニーは, ヤマハが: the dictionary knows the word as a proper noun that is
                # neither a person's nor a place's name -- a company, a brand or a work
                return drop("PERSON", text, start, end, "人名でない固有名詞として辞書にあるカタカナ語（文脈なし）")
            if len(words) == 1 and all_common and source == "none" and text[end:end + 1] in ("は", "が") \
                    and any(tag[0] == "人名" for tag in dictionary_tags(words[0].surface)) \
                    and not not_a_person_after(text, end):
                # ヤングは, グラントが: a word that the dictionary also knows as a
                # name, as the subject: a weak guess (strict only)
                return self.result("PERSON", start, end, 0.3, "人名にもなるカタカナ語が主語の位置にある",
                                   role="unclear", role_source="none", role_word="",
                                   person_key=words[0].surface, full_name=False)
            town_with_title = person_title and words[0].pos[2] == "地名" and words[0].pos[3] != "国"
            if len(words) == 1 and (all_common or words[0].pos[2] == "地名") and not town_with_title:
                # ヘルパーさん, 住民のデータ, ドイツ: a word or a place, not a name
                return drop("PERSON", text, start, end, "カタカナの普通名詞・国名")
            strong = (source in ("title_after", "honorific", "role_before")
                      or (source == "person_word" and person_title)) and not all_common
            if not strong:
                if len(words) == 1 and not self._subject_position(text, end):
                    return drop("PERSON", text, start, end, "文脈のないカタカナ語")
                not_name = (not_a_foreign_name(words) or ends_like_an_organisation([t.surface for t in words])
                            or not_a_person_after(text, end)
                            or not_a_person_before(text, start) or quoted_title(text, start, end))
                if not_name:  # ミドリ・システムズは, ミドリ社は, ミドリに入社, 「ミドリ」は
                    return drop("PERSON", text, start, end, not_name)
                # ジョン・スミスは..., バザーリアが...: a foreign name with no context
                # is reported with a low score (REVIEW under the default profile,
                # masked under strict); a run of known common nouns with nothing
                # around it (ワークショップ・セミナー) only under strict.
                return self.result("PERSON", start, end, 0.3 if len(words) == 1 or all_common else 0.4,
                                   "カタカナの人名らしい語（文脈なし）", role="unclear", role_source="none",
                                   role_word="", person_key=words[0].surface, full_name=len(words) > 1)
        if tagged and katakana_only and len(words) > 1:
            has_given = has_surname = True  # ジョン・スミス: tagged parts of a foreign full name
        if not tagged:
            # No 人名 tag: only a title, a role word or an honorific makes it a name,
            # except a place the dictionary also knows as a surname standing as
            # the subject (伏見は, 宗像が): reported with a low score (strict only).
            if source == "none" and len(words) == 1 and words[0].pos[2] == "地名" \
                    and text[end:end + 1] in _SUBJECT_PARTICLES and not _KANJI.match(text[start - 1:start]) \
                    and ("人名", "姓") in dictionary_tags(words[0].surface) and not not_a_person_after(text, end):
                return self.result("PERSON", start, end, 0.35, "姓にもなる地名が主語・相手の位置にある",
                                   role="unclear", role_source="none", role_word="",
                                   person_key=compact, full_name=False)
            if source == "none" and len(words) == 1 and stage_name(words[0], text, end, ROMAJI_NOT_NAMES):
                # KAORUが作詞した: one romaji word in capitals that reads as a given name
                # (_person_stage_names.py) -- a weak guess (strict only)
                return self.result("PERSON", start, end, 0.3, "名として読める大文字ローマ字一語（芸名）",
                                   role="unclear", role_source="none", role_word="",
                                   person_key=compact, full_name=False)
            if source in ("none", "doubt") or (len(compact) > 6 and not katakana_only):
                return drop("PERSON", text, start, end, "人名タグも文脈もない固有名詞")
            if source in ("role_before", "title_after", "person_word") and text[start - 1:start] in ("(", "（") \
                    and (text[end:end + 1] in (")", "）") or title is not None) \
                    and all(t.pos[2] == "地名" for t in words) and _NAME_BEFORE_BRACKET.search(text, 0, start - 1) \
                    and not _title_before_bracket(text, start - 1):
                # 消防団員　山下　ひかり（柏木）, 森山花子（西町主任児童委員）: the district
                # in brackets after a name, not a second person (the role word belongs
                # to the name before it) -- but ○委員（松本） is the speaker's surname
                return drop("PERSON", text, start, end, "氏名のあとの括弧内の地名（地区）")
            if text[start - 1:start] in ("(", "（") and text[end:end + 1] in (")", "）") \
                    and all(t.pos[2] == "地名" or t.pos[1] == "普通名詞" for t in words) \
                    and ctx.ends_with_word(ctx.before(text, start - 1, 12).rstrip(" "), _DISTRICT_POSTS):
                # 自治会長（本町）, 民生委員（東町）: the district of a resident's post in
                # brackets after it, not a person called 本町
                return drop("PERSON", text, start, end, "地域の役職のあとの括弧内の地区名")
            if title is not None and title[1] in _DISTRICT_POSTS and text[end:end + 1] not in (" ", "\t") \
                    and all(t.pos[2] == "地名" or t.pos[1] == "普通名詞" for t in words):
                # 南台青少年育成委員, （中央民生委員・児童委員）, 柏木老人クラブ会長: the
                # district a resident's post belongs to, not a person called 南台
                return drop("PERSON", text, start, end, "地域の役職の前の地区名")
            if source == "title_after" and word in HEADS_OF_PLACES and all(t.pos[2] == "地名" for t in words):
                # 北多摩市長, 多摩町長: the head of a place, not a person called 多摩
                return drop("PERSON", text, start, end, "首長の職名の前の地名")
            if source == "title_after" and text.startswith(word + "会", end) and word in _MEMBER_TITLES:
                # ホロウェイ委員会, ミドリ理事会: 委員 opens the name of the body (委員会),
                # named after its chair or its founder, and no one is called 委員 there
                return drop("PERSON", text, start, end, "会議体の名（〜委員会・〜理事会）の一部")
            body = title_of_a_body(words[0], word) if len(words) == 1 and source in ("title_after", "person_word") \
                else None
            if body:  # 日本代表, ミドリ社長 (ミドリ a company the dictionary knows)
                return drop("PERSON", text, start, end, body)
            prev = text[start - 1:start]
            if _KANJI.match(prev) and source not in ("title_after", "role_before", "incident"):  # 父ザラチェンコ: the role word itself
                return drop("PERSON", text, start, end, "漢字に続く語の一部")
            reason = not_a_name_before_honorific(compact, text[max(0, start - 1):start]) \
                if source == "honorific" else None
            if reason:  # 農協さん, 運転手さん: the same reasons as for any run before an honorific
                return drop("PERSON", text, start, end, reason)
            if source == "honorific" and len(words) == 1 and words[0].pos[2] != "人名" and not words[0].oov \
                    and words[0].pos[1] != "固有名詞":
                return drop("PERSON", text, start, end, "敬称の前の普通名詞")
            if source == "role_before" and katakana_only and len(words) == 1 and not words[0].oov \
                    and words[0].pos[1] == "固有名詞" and words[0].pos[2] == "一般" \
                    and text[end:end + 1] in _CASE_PARTICLES:
                # 相談者のマイナンバーを, 申請者のエクセルで: a katakana word the dictionary knows as a
                # proper noun that is no name (a product, a scheme), taken by a case particle
                return drop("PERSON", text, start, end, "辞書が人名でない固有名詞とする片仮名語（製品・制度の名）")
            score, why = 0.6, f"文脈語「{word}」に接する固有名詞"
        elif has_given and has_surname:
            score, why = 0.85, "姓名（Sudachi 人名）"
        elif has_surname or has_given:
            if source == "none":
                # A surname or given name alone with nothing around it is often
                # a word or a place: reported with a low score, which the
                # default profile drops and the strict profile masks.
                score = 0.45 if has_surname else 0.35
            else:
                score = 0.8
            why = "姓または名（Sudachi 人名）"
        else:
            return drop("PERSON", text, start, end, "人名の部分がない")
        if source == "none" and (katakana_only or not (has_given and has_surname)):
            # (a kanji surname and given name is name enough: 山田太郎の商品 may be a sole trader's)
            not_name = not_a_person_after(text, end) or (
                ends_like_an_organisation([t.surface for t in words]) if katakana_only else None)
            if not_name:  # 北山は, but 北山社の, 北山に入社: a company or a place of that name
                return drop("PERSON", text, start, end, not_name)
        if source == "none" and header_cell_at(text, start):
            # 氏　名　　住　所　　功　績: a heading of a table's header row spelt out with
            # spaces reads like a given name (功, 績), but the row is the table's headings
            return drop("PERSON", text, start, end, "表の見出し行の語")
        if source != "none" and score >= 0.6:
            score = min(1.0, score + 0.1)
            why += f"、{'役職' if role == 'official' else '文脈'}「{word}」"
        if title is not None and title[1] in _NAME_TITLES and text.startswith(title[1], end):
            # エリザベス女王, ダイアナ妃: a royal title written fused after the name is
            # read as part of what the person is called; the mask covers it too
            end += len(title[1])
        extra = {"across_line_break": True} if "\n" in surface else {}
        # a surname _name_edges found before the run (南 陽子: 南 read as a place) keys the person
        widened = text[start:run[0].start].strip(" ") if start < run[0].start else ""
        return self.result("PERSON", start, end, score, why, role=role, role_source=source,
                           role_word=word, person_key=widened if _KANJI_NAME.match(widened) else _surname_key(words, run),
                           full_name=bool(has_given and (has_surname or len(words) > 1))
                           or (len(words) > 1 and all(t.surface.isascii() and t.surface.isalpha() for t in words)),
                           **extra)

    @staticmethod
    def _subject_position(text: str, end: int) -> bool:
        """Followed by a case particle or a title: バザーリアは, カッブが, ナーセルに, マヌエル帝;
        or by the years of a life in brackets, as a biography opens."""
        nxt = text[end:end + 1]
        return nxt in ("は", "が", "と", "や", "ら", "の", "、", "に", "を", "も") or bool(_KANJI.match(nxt)) \
            or PersonRecognizer._life_years_after(text, end)

    @staticmethod
    def _life_years_after(text: str, end: int) -> bool:
        """The years of a life in brackets right after a name, as a biography opens:
        ザヴァツキ（1931年 - 2004年）は."""
        return text[end:end + 1] in ("(", "（") and text[end + 1:end + 2].isdigit()

    # -- document level -------------------------------------------------------

    def refine(self, text: str, findings: list[Finding]) -> list[Finding]:
        persons = sorted((f for f in findings if f.label == "PERSON" and f.recognizer == self.name),
                         key=lambda f: f.start)
        others = [f for f in findings if not (f.label == "PERSON" and f.recognizer == self.name)]
        persons = not_names_around(text, persons)  # places, headers, bodies (_person_not_names_around.py)
        persons = persons + _list_members(text, persons, others)
        persons = persons + _counted_lists(text, persons, others)
        persons = _share_list_roles(text, persons + _coordinated(text, persons, others))
        persons.sort(key=lambda f: f.start)
        persons += _readings(text, persons)
        persons = _one_role_per_person(office_blocks(text, persons))  # titles over a block (_person_office_blocks.py)
        # (a weak guess of _person_prose does not take a later mention's place: the default
        # profile drops the guess, and the mention must stay, with its own role)
        persons += _later_mentions(text, persons, [f for f in others if f.recognizer != PROSE_SOURCE])
        persons = _one_role_per_person(sorted(persons, key=lambda f: f.start))
        persons = _members_by_surname(text, persons)
        persons = _appointees(text, persons)
        return others + persons

