"""A word read as a surname that is the district a listed resident lives in.

Rosters of residents write each person with their district: 山田花子（東谷）,
（主任児童委員、上新田）, （川端・組長）, a 地区 column beside the 氏名 column.
Sudachi tags many district names as surnames (宮下, 川端, 東谷), so each
such district turned into a second "person" (a false alarm in every row).

The word is read as a district, not a person, only on two pieces of positive
evidence, both required (fail closed: one alone keeps the candidate):

- the document itself uses the word as a place: right before 地区, 地域, a
  residents' body (自治会, 町内会, 子ども会, 老人クラブ …; person_roles.toml
  ``community_bodies``) or a numbered 班/組 (東谷第二班, 上新田三組);
- it stands where a district stands in a roster: alone, or beside a post or
  an age, in brackets right after a name (… 智子様（川端）, …（民生委員、上新田）).

A word in those brackets right before a resident's post (…（新開班長）) is that
post's district: the post is the name's before the bracket. So is a word
right before a resident's post that a name written after it holds
(東谷自主防災会長　桑原 隆): the holder is named.

A cell under a place heading (地区, 町名, 行政区) of a TAB table is a place
on the heading's word alone: the column says what its cells hold, as a 氏名
column does for names.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers._name_lexicon import is_given_name, is_surname, split_full_name
from redactor.recognizers._person_roles import COMMUNITY
from redactor.recognizers._text import KANJI_NAME, words_regex

_ROLES = load_toml("person_roles.toml", "redactor.recognizers.data")
# what follows a place's name, never a person's: its district, its residents' body, a numbered 班/組
_PLACE_AFTER = re.compile(
    r"(?:地区|地域|校区|学区|%s|第?[0-9０-９一二三四五六七八九十]{1,3}(?:班|組|区))"
    % words_regex(_ROLES["community"]["community_bodies"]))
# the headings of a table column holding where a person lives
# a resident's post written right after the district (長者森PTA会長, 東谷民生委員)
_POST_AFTER = re.compile(words_regex(tuple(COMMUNITY) + tuple(_ROLES["community"]["commissioned"])
                                     + ("班長", "組長", "区長", "副区長", "班", "組")))
# posts of a numbered group that a person's surname may name too (山田班): a district only
# where the document uses the word as a place
_BARE_GROUP_POSTS = frozenset({"班長", "組長", "班", "組"})
_PLACE_HEADS = frozenset({"地区", "地区名", "町名", "町内", "行政区", "居住地区", "地域", "自治会", "町内会",
                          "自治会名", "町内会名", "区", "班", "組"})
_OPEN = "(（"
_CLOSE = ")）"
# what may stand beside the district inside the brackets: separators and spaces
_SEPARATORS = "、,，・/／ 　"
# the end of a name the brackets follow (a kanji or kana of the name, or an honorific)
_MAX_BRACKET = 24
_MAX_ROWS_UP = 60


def _used_as_place(text: str, word: str) -> bool:
    """The document writes ``word`` right before a district or a residents' body."""
    for m in re.finditer(re.escape(word), text):
        if _PLACE_AFTER.match(text, m.end()):
            return True
    return False


def _in_brackets_after_name(text: str, start: int, end: int) -> bool:
    """text[start:end] is a whole part of a bracket right after a name."""
    open_at = -1
    for i in range(start - 1, max(-1, start - _MAX_BRACKET), -1):
        ch = text[i]
        if ch in _CLOSE or ch == "\n":
            return False
        if ch in _OPEN:
            open_at = i
            break
    if open_at <= 0:
        return False
    if not (text[start - 1] in _OPEN or text[start - 1] in _SEPARATORS):
        return False
    after = text[end:end + 2]
    if not (after[:1] in _CLOSE or after[:1] in _SEPARATORS or _PLACE_AFTER.match(text, end)
            or _POST_AFTER.match(text, end)):
        return False
    return _name_ends_at(text, open_at)


_HONORIFIC_END = re.compile(r"(?:様|殿|さん|氏) ?$")
_NAME_RUN_END = re.compile(rf"[{KANJI_NAME}ぁ-ゖァ-ヺー ]{{1,8}}$")


def _name_ends_at(text: str, pos: int) -> bool:
    """A name (or a name and its honorific) ends right before ``pos``: the
    run of name characters there ends with a word the name lexicons know
    (小島千尋（新開班長）, 佐藤様（北町）). Not any word: in 訪問（中村民生委員）
    the bracket follows an act, and 中村 is the person, not a district."""
    window = text[max(0, pos - 8):pos]
    if _HONORIFIC_END.search(window):
        return True
    m = _NAME_RUN_END.search(window)
    if not m:
        return False
    run = m.group(0).replace(" ", "")
    return any(is_surname(run[i:]) or is_given_name(run[i:]) or split_full_name(run[i:]) is not None
               for i in range(len(run)))


def _under_place_heading(text: str, start: int, end: int) -> bool:
    """text[start:end] is a whole TAB cell of a row whose header row above
    heads that column with a place heading (地区, 町名)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    if "\t" not in line:
        return False
    before = text[line_start:start]
    if before and not before.endswith("\t"):
        return False
    if text[end:end + 1] not in ("\t", "\n", ""):
        return False
    col = before.count("\t")
    width = line.count("\t")
    pos = line_start - 1
    for _ in range(_MAX_ROWS_UP):
        if pos <= 0:
            return False
        prev_start = text.rfind("\n", 0, pos) + 1
        row = text[prev_start:pos]
        if "\t" not in row or row.count("\t") != width:
            return False
        heading = row.split("\t")[col].replace(" ", "").replace("\u3000", "")
        if heading in _PLACE_HEADS:
            return True
        pos = prev_start - 1
    return False


# the name a post is written before, set apart by a space or two: a surname and a
# given name with a space between (伍賀 紀子), or a run opening with a known surname
_NEXT_NAME = re.compile(rf"[ \t\u3000]{{1,2}}(?P<sur>[{KANJI_NAME}]{{1,4}})(?P<given>[ \u3000][{KANJI_NAME}ぁ-ゖァ-ヺー]{{1,4}}"
                        rf"(?![{KANJI_NAME}ぁ-ゖァ-ヺー]))?")


def post_of_next_name(text: str, post_end: int) -> bool:
    """The post ending at ``post_end`` is held by the name written right after
    it (柏木老人クラブ会長　松田 和夫, 東谷主任児童委員 伍賀 紀子): the word before
    the post is then the post's district, not the holder's surname."""
    m = _NEXT_NAME.match(text, post_end)
    if not m:
        return False
    sur = m.group("sur")
    # (the whole word a surname or a full name: 本日訪問した starts with 本, a surname, and is none)
    return bool(m.group("given")) or is_surname(sur) or split_full_name(sur) is not None


def district_reason(text: str, start: int, end: int) -> str | None:
    """Why text[start:end] (one word read as a surname, no given name) is a
    district, not a person; None when the evidence is not all there."""
    word = text[start:end]
    if not word:
        return None
    if _under_place_heading(text, start, end):
        return "表の地区・町名の列の値"
    if _in_brackets_after_name(text, start, end):
        if _used_as_place(text, word):
            return "氏名のあとの括弧内の地区名（文書中で地区として使われる語）"
        if _POST_AFTER.match(text, end):
            # 小島千尋（新開班長）: the post is the name's before the bracket, the word its district
            return "氏名のあとの括弧内の役職の前の地区名"
    post = _POST_AFTER.match(text, end)
    if post and post.group(0) in _BARE_GROUP_POSTS and not _used_as_place(text, word):
        return None  # 山田班長　佐藤 一郎: a 班 may be named after its leader, a person
    if post and post_of_next_name(text, post.end()):
        return "名前の前に書かれた地域の役職の前の地区名"
    return None
