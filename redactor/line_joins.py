"""Where a line break falls inside a word or a value, so detection reads across it.

Two readers need this. The PDF reader (``documents/pdf_text.py``) sees the
layout: a line that runs to the right edge of the text block and ends
inside a word was wrapped by the layout, and it joins it with the next line
using the character tests here (``continues_word``, ``latin_break``,
``hyphen_wrap``). Plain text has no layout: text copied out of a PDF or
typed into a fixed-width form keeps hard line breaks in the middle of a
phone number (080-1234-⏎5678), a name (山田⏎太郎さん) or an address
(本町二丁⏎目3番5号), and each piece alone is found by no recognizer (or as
half a value). ``value_breaks`` finds those breaks from the characters on
both sides only: the line ends mid-value and the next line carries on the
same kind of value.

The rules are narrow on purpose. A join in the wrong place glues two items
together (a heading onto a name, one table row onto the next) and can
change how a value is read (福祉課長⏎山田太郎様 read as the official's
name), so a break is joined only where one of these holds, and never after
a sentence end or a closing bracket, before a new item (・, 1., （1）, ○, ◆,
a TAB table row), or around a blank line:

- a number broken next to a hyphen (090-1234-⏎5678, 090-1234⏎-5678), or a digit run broken
  where the two runs together are as long as a phone or account number
  (口座番号123⏎4567: 7 digits or more);
- an e-mail address broken in its local part or domain;
- an address broken inside a unit word (二丁⏎目), between a number and its
  unit (二⏎丁目, 二丁目⏎3番5号) or inside the place name (東村山市⏎本町二丁目…),
  on a line that is writing an address (a 都道府県市区町村 word before it);
- a name broken between surname and given name where the given name ends
  in an honorific on the next line (申請者の山田⏎太郎さん), or stands alone
  after a form label such as 氏名 (氏名　山田⏎太郎); or inside one of its
  parts when the pieces make a surname or a given name (大⏎河原 光さん,
  樋口 由⏎美子から, 杉本ま⏎ゆみ);
- a word broken where no line may start (禁則: 々, a small kana, ー), or a
  katakana word running on in prose;
- a value wrapped under its form label, the next line indented to the
  column where the value starts (住所：北浜市緑町三丁⏎　　　目4番5号).

Only the text the recognizers see is joined (``normalize(..., join_lines=True)``);
offsets still point into the original, the break stays in the masked output
(``masking.apply_masks``) and ``verify`` already compares without line breaks.
Word and HTML paragraphs are never joined (a paragraph break is the
author's), nor PDF text beyond its own layout joins.
"""
from __future__ import annotations

import re
import unicodedata

from redactor.data_files import load_toml

_DATA = load_toml("line_breaks.toml")

# -- shared with the PDF reader ------------------------------------------------

# Punctuation a layout wrap may fall next to inside a sentence: after a
# comma or a closing bracket, before an opening one (公用車⏎（さくら 300 す…）:
# the context word stays with what it describes.
WRAP_AFTER = "、，,）」』)"
WRAP_BEFORE = "（「『("
HYPHENS = "-－‐‑‒–—―ー−"


def is_word_char(ch: str) -> bool:
    """Letters, digits, kana and kanji: what a wrapped word is made of."""
    if not ch:
        return False
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or ch in "ー々〆〇ヶ－-"


def continues_word(last: str, first: str) -> bool:
    """Could a line ending in ``last`` go on in a line starting with ``first``
    inside one sentence (word characters, or a comma or bracket between)?"""
    return ((is_word_char(last) or last in WRAP_AFTER)
            and (is_word_char(first) or first in WRAP_BEFORE))


def latin_break(last: str, first: str) -> bool:
    """A wrap between two Latin words (not inside a number such as 090-1234)."""
    return (last.isascii() and first.isascii() and last.isalnum() and first.isalnum()
            and (last.isalpha() or first.isalpha()))


def hyphen_wrap(last: str, first: str) -> bool:
    """A number broken after a hyphen (090-3321-⏎7788): Latin line breaking
    may break there, and a number must never be read in two pieces."""
    return last[-1:] in "-－‐" and first[:1].isdigit()


# -- plain text ------------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SENTENCE_ENDS = frozenset(_DATA["sentence_ends"] + _DATA["closing_brackets"])
_ITEM_MARKS = _DATA["item_marks"]
_HONORIFICS = "|".join(sorted(map(re.escape, _DATA["honorifics"]), key=len, reverse=True))
_NOT_NAME_ENDS = frozenset(_DATA["not_name_ends"])
_UNIT_SPLITS = tuple((a, b) for a, b in _DATA["unit_splits"])
_PLACE_SUFFIXES = _DATA["place_suffixes"]

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ"
_KATAKANA = "\u30a1-\u30faー"
_NUMERALS = "0-9〇一二三四五六七八九十"
_HY = re.escape(HYPHENS)
# Enclosed numbers (①, ⑴, ⒈, ㉑) start an item; NFKC turns them into plain digits.
_ENCLOSED = re.compile("[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]")
# A new item: a bullet or speaker mark, a list number (1. 1) 1、 １　 (1) (一)),
# a 第N条-style heading, or a Markdown-style "- " / "* " bullet. On NFKC text.
_ITEM = re.compile(
    rf"[{re.escape(_ITEM_MARKS)}]|[0-9]{{1,3}}[.)、 ](?![0-9])|\([0-9{_NUMERALS}]{{1,3}}\)"
    rf"|第[{_NUMERALS}百]+[条項号章節款回部編]|[-*+] ")

# Most lines end a sentence: these are refused before any folding.
_QUICK_NO = frozenset(_DATA["sentence_ends"] + _DATA["closing_brackets"] + " \t\u3000、，,") - {"."}
_EDGE = 40  # characters of each line the rules look at

_NUMBER_AFTER_HYPHEN = re.compile(rf"[0-9][{_HY}]$")
_HYPHENATED_END = re.compile(rf"[0-9]+[{_HY}][0-9]+$")
_HYPHEN_DIGIT = re.compile(rf"[{_HY}][0-9]")
_DIGIT_RUN_END = re.compile(rf"[0-9](?:[0-9]|[{_HY}](?=[0-9]))*$")
_DIGIT_RUN_START = re.compile(rf"[0-9](?:[0-9]|[{_HY}](?=[0-9]))*")
# Together at least as long as the shortest value written as one number
# (a 7-digit account number or postal code); two short numbers on
# consecutive lines are more often two quantities.
_MIN_JOINED_DIGITS = 7
# What follows a number that is a quantity of its own: the next line's
# number then starts something new, and gluing it on would hide the value
# that ends the line (普通預金 1234567⏎2024年4月から).
_UNITS_AFTER_NUMBER = frozenset("年月日時分秒円件名人歳号条項回割倍%％個枚台本冊頁ページ")

_MAIL_LOCAL = "A-Za-z0-9._%+\\-"
_MAIL_AT_BEFORE = re.compile(rf"[{_MAIL_LOCAL}]+@([A-Za-z0-9.\-]*)$")
_MAIL_DOMAIN_START = re.compile(r"[A-Za-z0-9.\-]+")
_MAIL_LOCAL_END = re.compile(rf"(^|[^{_MAIL_LOCAL}])([{_MAIL_LOCAL}]+)$")
_MAIL_AT_AFTER = re.compile(rf"[{_MAIL_LOCAL}]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_DOMAIN = re.compile(r"[A-Za-z0-9]\.[A-Za-z]{2,}")

_UNIT = rf"(?:丁目|番地|号室|番|号)(?![{_KANJI}])|(?:丁目|番地|番|号)(?=[{_NUMERALS}])"
_NUMERAL_END = re.compile(rf"[{_KANJI}][{_NUMERALS}]+$")
_UNIT_START = re.compile(_UNIT)
_UNIT_END = re.compile(rf"[{_NUMERALS}](?:丁目|番地|番)$")
_BLOCK_START = re.compile(rf"[{_NUMERALS}]+(?:番|号|丁目|-[0-9])")
_CHOME_END = re.compile(rf"[{_KANJI}][{_NUMERALS}]+丁目$")
_PLACE_END = re.compile(rf"[{_KANJI}][{re.escape(_PLACE_SUFFIXES)}][{_KANJI}]{{0,4}}$")
# The rest of a place name and its number; the number may itself run on to
# the line after (大字上⏎野字中島14⏎2番地), or a 字 name follow. 番地 is written
# only after a place (字中⏎原456番地の…); a 字 opening the line must lead to its
# 地番 (大字上野⏎字中原456番地, not 大字上野⏎字幕付きで…).
_PLACE_REST = re.compile(
    rf"[{_KANJI}ぁ-ゖ{_KATAKANA}]{{0,6}}?(?:[{_NUMERALS}]+丁目|[{_NUMERALS}]+(?:番地|番[{_NUMERALS}])|[0-9]+-[0-9]"
    rf"|(?<=[{_KANJI}])字[{_KANJI}]|(?<=[{_KANJI}])[0-9]+$)"
    rf"|字[{_KANJI}]{{1,6}}?[0-9{_NUMERALS}]+(?:番|-|$)"
    # an address abroad: a district, road or street and the number with 号 (…深圳市⏎南山区科技園12号)
    rf"|[{_KANJI}]{{0,6}}?[区路街][{_KANJI}]{{0,6}}?[0-9]+号(?![0-9線議機様])")

_LABELLED_SURNAME = re.compile(
    "(?:" + "|".join(map(re.escape, _DATA["name_labels"])) + rf")[\s:：]*(?:[{_KANJI}]{{1,3}}|[{_KATAKANA}]{{2,8}})$")
_GIVEN_ALONE = re.compile(rf"(?:[{_KANJI}]{{1,3}}|[{_KATAKANA}]{{1,8}})(?=$|[(（、,])")
_FIELD_LABELS = frozenset(_DATA["field_labels"]) | frozenset(_DATA["name_labels"])
_SURNAME_END = re.compile(rf"(?:^|[^{_KANJI}])([{_KANJI}]{{1,4}})$")
_KATAKANA_END = re.compile(rf"(?:^|[^{_KATAKANA}])([{_KATAKANA}]{{2,8}})$")
_KATAKANA_SET = frozenset(chr(c) for c in range(0x30A1, 0x30FB)) | {"ー"}
_GIVEN_KANJI = re.compile(rf"[{_KANJI}]{{1,3}}(?:{_HONORIFICS})")
_GIVEN_KATAKANA = re.compile(rf"[{_KATAKANA}]{{1,8}}(?:{_HONORIFICS})")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def starts_item(line: str) -> bool:
    """Does ``line`` (as written) start a new item: a bullet, a speaker mark,
    a list number, a heading number, an indented or tabbed row?"""
    if not line or line[0] in " \t\u3000" or _ENCLOSED.match(line):
        return True
    return bool(_ITEM.match(_fold(line[:8])))


def _number(tail: str, head: str, item_line: bool) -> bool:
    if _NUMBER_AFTER_HYPHEN.search(tail) and head[:1].isascii() and head[:1].isdigit():
        return True
    if _HYPHENATED_END.search(tail) and _HYPHEN_DIGIT.match(head):
        return True  # 090-1234⏎-5678
    if item_line:
        return False
    before = _DIGIT_RUN_END.search(tail)
    after = _DIGIT_RUN_START.match(head)
    if not before or not after or before.start() == 0:
        return False  # a line that is only a number is a column of figures
    if _whole_phone(before.group()) or _whole_phone(after.group()):
        return False  # a whole phone number on one side (090-1234-5678⏎2024年…): joining would hide it
    if tail[before.start() - 1] in ",.":
        return False  # an amount or a decimal (1,000⏎200)
    if tail[before.start() - 1].isspace() and tail[before.start() - 2:before.start() - 1].isdigit():
        return False  # digits grouped by spaces (1234 5678⏎9012): the break is a separator
    rest = head[after.end():after.end() + 2]
    if rest and (rest[0].isspace() or rest[0] in "),、" or (rest[0] == "." and rest[1:2].isdigit())):
        return False  # a numbered row (「1 山田」) or another quantity
    if rest[:1] in _UNITS_AFTER_NUMBER:
        return False  # the next line opens with a year, a date, an amount or a count (…1234567⏎2024年)
    digits = sum(c.isdigit() for c in before.group() + after.group())
    return digits >= _MIN_JOINED_DIGITS


def _mail(tail: str, head: str) -> bool:
    at = _MAIL_AT_BEFORE.search(tail)
    if at:
        rest = _MAIL_DOMAIN_START.match(head)
        return bool(rest and _DOMAIN.search(at.group(1) + rest.group()))
    local = _MAIL_LOCAL_END.search(tail)
    if not local or not _MAIL_AT_AFTER.match(head):
        return False
    # 「送付先は taro.⏎yamada@…」 but not 「Contact⏎yamada@…」 (an English word
    # before an address): the local part is cut at a separator or follows
    # Japanese text directly.
    part = local.group(2)
    return part[-1] in "._-" or head[0] in "._-@" or (local.group(1) != "" and not local.group(1).isascii())


# Digits of a lot or block number broken inside the number or before its
# hyphen (緑町三丁目1⏎5番8号, 本宮町1⏎-22-3, 本宮町1-2⏎2-3): the next line
# carries on with the rest of the number and its unit or next hyphen.
_ADDR_DIGITS = (
    # after a town name or 丁目, the number goes on to 番地, 丁目 or a hyphen
    (re.compile(rf"(?![番号])[{_KANJI}][0-9]+$"), re.compile(rf"[0-9]*(?:[0-9](?:番地?|丁目)|[{_HY}][0-9])")),
    # after 番, to 号 (4番1⏎5号)
    (re.compile(r"番[0-9]+$"), re.compile(r"[0-9]*[0-9]号")),
    # inside a hyphenated block number, to its next hyphen (1-2⏎2-3; not 1-2-3⏎201号室)
    (re.compile(rf"[0-9][{_HY}][0-9]+$"), re.compile(rf"[0-9]*[{_HY}][0-9]")),
)
# A branch number (7番地⏎の2, 7番地の⏎2).
_BRANCH_END = re.compile(rf"[{_NUMERALS}](?:番地?|号)(の)?$")
# A building and a room number after the block number (本宮町1-22-3 コーポ⏎青葉201号室,
# 本宮町1-22-3 コーポ青葉⏎201号室): what stands between the block number and the
# room number is a building name, wherever the line was broken in it.
_BUILDING = rf"{_KANJI}{_KATAKANA}ぁ-ゖ・A-Za-z"
_ROOM_TAIL = re.compile(
    rf"(?:(?:[0-9]+[{_HY}])+[0-9]+|[{_NUMERALS}]+(?:番地?|号)(?:の?[0-9]+)?)"
    rf" ?([{_BUILDING}]{{0,16}}[0-9]{{0,3}})$")
_ROOM_HEAD = re.compile(rf"([{_BUILDING}]{{0,16}})[0-9]{{1,4}}(?:号室?|(?=$|[ 、,.。]))")


# A particle after a noun: the words between are a sentence, not a building's name
# (…番地の5⏎相手方は市営団地3号棟…: 相手方は opens a new statement).
_PARTICLE_AFTER_NOUN = re.compile(rf"[{_KANJI}{_KATAKANA}][はをにでへ]")


def _building_room(tail: str, head: str) -> bool:
    room, rest = _ROOM_TAIL.search(tail), _ROOM_HEAD.match(head)
    if not room or not rest or not (room.group(1) or rest.group(1)):
        return False  # 1-2-3⏎201号室: no building between, the numbers may be two things
    if _PARTICLE_AFTER_NOUN.search(room.group(1) + rest.group(1)):
        return False
    return any(c in _PLACE_SUFFIXES for c in tail[max(0, room.start() - 16):room.start()])


# A city or prefecture name broken inside it (北⏎浜市緑町三丁目…, 北浜⏎市緑町…):
# the next line finishes the name with its suffix and goes on to a town and
# a block number. The kanji either side of the break, at most three, make
# the name: a longer run is a word before the address (契約の相手方⏎桜台市…,
# whose reading as a company's address a join would lose).
_PLACE_NAME_HEAD = re.compile(
    rf"([{_KANJI}]{{0,2}}?)[{re.escape(_PLACE_SUFFIXES)}][{_KANJI}ぁ-ゖ{_KATAKANA}]{{0,10}}?"
    rf"(?:[{_NUMERALS}]+丁目|[{_NUMERALS}]+番地?|[0-9]+-[0-9])")


# The start of that name: a few kanji after a label, a particle or a space,
# none of them a suffix (not a whole address ending the line: …4番5号⏎南川町…).
_PLACE_NAME_START = re.compile(
    rf"(?:^|[^{_KANJI}{_NUMERALS}])((?:(?![{re.escape(_PLACE_SUFFIXES)}])[{_KANJI}]){{1,6}})$")


def _after_label(run: str) -> str:
    """``run`` without a form label written right before the value (住所北浜 -> 北浜)."""
    for n in range(min(len(run) - 1, 3), 1, -1):
        if run[:n] in _FIELD_LABELS:
            return run[n:]
    return run


def _address(tail: str, head: str) -> bool:
    if _building_room(tail, head):
        return True
    start, rest = _PLACE_NAME_START.search(tail), _PLACE_NAME_HEAD.match(head)
    if start and rest and len(_after_label(start.group(1))) + len(rest.group(1)) <= 3:
        return True  # 北浜⏎市緑町三丁目4番5号, 南⏎川県…
    for a, b in _UNIT_SPLITS:
        if tail.endswith(a) and head.startswith(b) and len(tail) > len(a) \
                and re.match(f"[{_NUMERALS}]", tail[-len(a) - 1]):
            return True  # 二丁⏎目, 五番⏎地, 101号⏎室
    if _CHOME_END.search(tail) and _BLOCK_START.match(head):
        return True  # 中央6丁目⏎25番33号: 丁目 is written only in an address
    if not any(c in _PLACE_SUFFIXES for c in tail[-20:]):
        return False  # no place written before: not an address line
    if _NUMERAL_END.search(tail) and _UNIT_START.match(head):
        return True  # 本町二⏎丁目, 二丁目3⏎番5号
    if _UNIT_END.search(tail) and _BLOCK_START.match(head):
        return True  # 本町二丁目⏎3番5号
    if any(end.search(tail) and start.match(head) for end, start in _ADDR_DIGITS):
        return True  # 三丁目1⏎5番8号, 本宮町1⏎-22-3
    branch = _BRANCH_END.search(tail)
    if branch and (re.match("[0-9]", head) if branch.group(1) else re.match("の[0-9]", head)):
        return True  # 7番地⏎の2, 7番地の⏎2
    return bool(_PLACE_END.search(tail) and _PLACE_REST.match(head))  # 東村山市⏎本町二丁目


_KANJI_RUN_END = re.compile(rf"[{_KANJI}]{{1,6}}$")
_KANJI_LEAD = re.compile(rf"[{_KANJI}]{{1,6}}")
# kanji that open the word after a name: 及び, 並びに, 宅, 名義, 様, 氏, 君, 殿, 方, 家, 等
_AFTER_NAME_KANJI = frozenset("及並宅名様氏君殿方家等")


def _dictionary_name_split(tail: str, head: str) -> bool:
    """比嘉⏎房江は: the kanji ending the line are a surname and the kanji
    opening the next line, up to the first non-kanji, a given name, both as
    the dictionary knows them (the next line's whole kanji word must be the
    given name: 中川⏎進捗状況 is no name)."""
    from redactor.tokens import dictionary_tags  # the dictionary loads on first use

    run = _KANJI_RUN_END.search(tail)
    lead = _KANJI_LEAD.match(head)
    if not run or not lead:
        return False
    word = lead.group()
    # the given name is the next line's whole kanji word, or its start when
    # what follows is a word that goes after a name (誠一及び, 佳奈宅, 和夫名義)
    candidates = [word] if len(word) <= 3 and head[len(word):len(word) + 1].strip() else []
    candidates += [word[:n] for n in (3, 2, 1) if n < len(word) and word[n] in _AFTER_NAME_KANJI]
    if not any(("人名", "名") in dictionary_tags(g) for g in candidates):
        return False
    word = run.group()
    surnames = [word] if len(word) <= 3 else [word[-3:], word[-2:]]
    return any(("人名", "姓") in dictionary_tags(s) for s in surnames)


# A surname, one space, and the start of the given name ending the line
# (芳賀 麻⏎衣, 氏名　芳賀　し⏎のぶ); the rest of the given name opening the next.
_SPACED_NAME_END = re.compile(rf"(?:^|[^{_KANJI}])([{_KANJI}]{{1,4}}) ([{_KANJI}]{{1,2}}|[ぁ-ゖ]{{1,3}})$")
# What may follow a name: the end, a bracket or comma, a particle, an honorific.
_AFTER_NAME = rf"(?=$|[ )）(（、,]|[はがのをにとへもで](?![ぁ-ゖ])|から|より|まで|{_HONORIFICS})"
_GIVEN_REST = re.compile(rf"([{_KANJI}]{{1,2}}?|[ぁ-ゖ]{{1,4}}?){_AFTER_NAME}")
# A surname and the start of a given name in hiragana, no space (佐藤ま⏎こと);
# a lone particle after the surname (佐藤は⏎…) starts no name.
_KANA_GIVEN_END = re.compile(rf"(?:^|[^{_KANJI}])([{_KANJI}]{{2,3}})([ぁ-ゖ]{{1,3}})$")
_KANA_GIVEN_REST = re.compile(rf"([ぁ-ゖ]{{1,4}}?){_AFTER_NAME}")
_PARTICLES = frozenset("はがのをにとへもでや")
# The rest of a surname, one space and a given name opening the line
# (大⏎河原 光さん, 波多⏎野 智恵さん): the line before ends with the surname's start.
_SURNAME_START_END = re.compile(rf"([{_KANJI}ツノヶ]{{1,2}})$")
_SURNAME_PIECE_CHAR = re.compile(rf"[{_KANJI}ツノヶ]")
_SURNAME_REST_GIVEN = re.compile(rf"([{_KANJI}ツノヶ]{{1,2}}) ([{_KANJI}]{{1,3}}?|[ぁ-ゖ]{{2,4}}?){_AFTER_NAME}")
# A title, one space, and the start of a surname ending the line (市長　遠⏎山　景一):
# the rest of the surname, one space and a given name make up the next line.
_TITLED_SURNAME_END = re.compile(rf"(?:{'|'.join(map(re.escape, _DATA['name_part_titles']))}) ([{_KANJI}]{{1,2}})$")
_SURNAME_REST = re.compile(rf"([{_KANJI}]{{1,2}}) [{_KANJI}]{{1,3}}$")


def _name_part_split(tail: str, head: str) -> bool:
    """A break inside one part of a name written with a space between its
    parts: inside the given name (長女（芳賀 麻⏎衣）, 氏名　芳賀　し⏎のぶ, 芳賀 由⏎美子から) when the
    piece before the space is a surname and the two pieces make a given name
    (as the dictionary or the name lexicon knows it, or kana), or inside the
    surname after a title (市長　遠⏎山　景一) when the pieces make a surname,
    or inside the surname before a spaced given name (委員の大⏎河原 光さん)
    when the pieces make a surname and the given name is one or has an
    honorific after it."""
    from redactor.recognizers._name_lexicon import is_given_name, is_surname
    from redactor.tokens import dictionary_tags  # the dictionary loads on first use

    m, rest = _SPACED_NAME_END.search(tail), _GIVEN_REST.match(head)
    if m and rest:
        surname, given = m.group(1), m.group(2) + rest.group(1)
        if (is_surname(surname) or ("人名", "姓") in dictionary_tags(surname)) and (
                (given[0] >= "ぁ" and given[0] <= "ゖ" and given[-1] >= "ぁ" and given[-1] <= "ゖ"
                 and 2 <= len(given) <= 5)
                or (len(given) <= 3 and (is_given_name(given) or ("人名", "名") in dictionary_tags(given)))):
            return True
    m, rest = _KANA_GIVEN_END.search(tail), _KANA_GIVEN_REST.match(head)
    if m and rest and not (len(m.group(2)) == 1 and m.group(2) in _PARTICLES):
        given = m.group(2) + rest.group(1)
        surname = m.group(1)
        if 2 <= len(given) <= 5 and any(
                is_surname(surname[-k:]) or ("人名", "姓") in dictionary_tags(surname[-k:])
                for k in (3, 2) if k <= len(surname)):
            return True  # 佐藤ま⏎こと: a surname and a given name in hiragana broken inside it
    m, rest = _SURNAME_START_END.search(tail), _SURNAME_REST_GIVEN.match(head)
    if m and rest:
        given = rest.group(2)
        named = is_given_name(given) or ("人名", "名") in dictionary_tags(given) or (
            re.match(_HONORIFICS, head[rest.end():]) is not None)
        for k in range(len(m.group(1)), 0, -1):
            if _SURNAME_PIECE_CHAR.match(tail[-k - 1:-k] if k < len(tail) else ""):
                # 環境部会長⏎　林　一郎: the piece ends a longer word (部会長), so it opens no
                # surname; a surname's start opens its word (委員の大⏎河原, ⏎大⏎河原)
                continue
            surname = m.group(1)[-k:] + rest.group(1)
            if named and 2 <= len(surname) <= 4 and (
                    is_surname(surname) or ("人名", "姓") in dictionary_tags(surname)):
                return True  # 大⏎河原 光さん: the two pieces make a surname before a given name
    m, rest = _TITLED_SURNAME_END.search(tail), _SURNAME_REST.match(head)
    if m and rest:
        surname = m.group(1) + rest.group(1)
        return is_surname(surname) or ("人名", "姓") in dictionary_tags(surname)
    return False


def _name_continues(tail: str, head: str, line: str) -> bool:
    """A name split by the dictionary on an indented or item line (a roster
    of names one per line is safe: the given name must have text after it
    on its own line)."""
    return _dictionary_name_split(tail, head) or _name_part_split(tail, head)


def _name(tail: str, head: str, line: str) -> bool:
    given = _GIVEN_ALONE.match(head)
    if given and _LABELLED_SURNAME.search(tail) and given.group() not in _FIELD_LABELS \
            and (head[0] in _KATAKANA_SET) == (tail[-1] in _KATAKANA_SET):
        return True  # 氏名　山田⏎太郎 (but not 氏名　山田⏎住所)
    for end, given_rx in ((_SURNAME_END, _GIVEN_KANJI), (_KATAKANA_END, _GIVEN_KATAKANA)):
        m = end.search(tail)
        if not m or not given_rx.match(head):
            continue
        surname = m.group(1)
        if surname[-1] in _NOT_NAME_ENDS:
            return False  # 福祉課長⏎山田様: a title above the addressee
        if len(surname) == len(line) and not 2 <= len(surname) <= 3:
            return False  # a line of one kanji (記) or a full name alone (a roster)
        return True
    if _name_part_split(tail, head):
        return True
    if len(tail.strip()) < len(line.strip()) or len(line.strip()) > 3:  # not a line that is only a name
        return _dictionary_name_split(tail, head)
    return False


# Characters Japanese line breaking (禁則) never puts first on a line: an
# iteration mark, a small kana, the long vowel mark. A line typed or copied
# that starts with one was broken inside a word (佐⏎々木, ウ⏎ィリアムズ, コ⏎ーポ).
_ITERATION = frozenset("々〻ゝゞヽヾ")
_SMALL_KATAKANA = frozenset("ァィゥェォッャュョヮー")
_SMALL_HIRAGANA = frozenset("ぁぃぅぇぉっゃゅょゎ")
_KATAKANA_RUN_END = re.compile(rf"[{_KATAKANA}]+$")


def _inside_word(tail: str, head: str, line: str, item_line: bool) -> bool:
    """The break falls inside a word: the next line starts with a character
    no word starts with, after one of the same script; or a katakana word
    runs on (ウィリア⏎ムズ エマ) from a line that holds more than that word
    (a line that is only a katakana word is a heading or a list entry, and
    a bullet or heading line ends its item: ・コーポレート⏎ガバナンス stays)."""
    last, first = tail[-1], head[0]
    if first in _ITERATION:
        return is_word_char(last) and not last.isdigit() and not last.isascii()
    if first in _SMALL_KATAKANA:
        return last in _KATAKANA_SET
    if first in _SMALL_HIRAGANA:
        return "ぁ" <= last <= "ゖ"
    run = _KATAKANA_RUN_END.search(tail)
    return (not item_line and run is not None and first in _KATAKANA_SET and len(run.group()) < len(line.strip())
            and len(run.group()) < len(tail))


def break_inside_value(line: str, next_line: str) -> str | None:
    """Why the break between ``line`` and ``next_line`` (both as written,
    without their line breaks) falls inside a value, or None to keep it."""
    if not line or not next_line or line[-1].isspace():
        return None
    if _NUMBER_AFTER_HYPHEN.search(_fold(line[-2:])) and _fold(next_line[:1]).isdigit() and "\t" not in line:
        return "number"  # 1-22-⏎3 コーポ…: a number left hanging on a hyphen goes on, even into "3 …"
    if starts_item(next_line):
        return None
    if "\t" in line or "\t" in next_line:
        return None  # table rows
    tail, head = _fold(line[-_EDGE:]), _fold(next_line[:_EDGE])
    if not tail or not head:
        return None
    if tail[-1] == "." and tail[-2:-1].isascii() and tail[-2:-1].isalnum():
        # a full stop, or the dot of an e-mail address (hanako.⏎sato@…)
        return "mail" if _mail(tail, head) else None
    if tail[-1] in _SENTENCE_ENDS:
        return None
    item_line = starts_item(line)
    if _number(tail, head, item_line):
        return "number"
    if _mail(tail, head):
        return "mail"
    if item_line:
        # a heading, bullet, speaker or indented line (a form's field: 「　住　所
        # 北浦見市本町⏎1-2-3」): only numbers, mail, an address and a name the
        # dictionary splits into surname and given name run on
        if _address(tail, head):
            return "address"
        if _name_continues(tail, head, line):
            return "name"
        return "word" if _inside_word(tail, head, line, item_line) else None
    if _address(tail, head):
        return "address"
    if _name(tail, head, line):
        return "name"
    return "word" if _inside_word(tail, head, line, item_line) else None


# Hard-wrapped text (copied out of a PDF, or typed at a fixed width): most
# lines of a paragraph have the same length, the width the text was wrapped
# at. A line of that width that ends inside a sentence was cut by the wrap,
# wherever the cut fell (inside a name: 申請者の山⏎田太郎から; inside a
# word), exactly as the PDF reader joins a line that runs to the right edge.
_MIN_WRAP_WIDTH = 20  # shorter lines of one length are rosters and lists, not wraps
_MIN_WRAPPED_LINES = 3


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was hard-wrapped at, or None: the most common
    length of lines that end inside a sentence, when at least three lines
    share it (±1) and it is 20 characters or more. Lines followed by a new
    item do not count: items of a list of similar length (・…要望書の提出⏎
    ・…陳情の受理) are no wrap, and a width taken from them glued the last
    item onto the sentence after the list."""
    counts: dict[int, int] = {}
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and starts_item(lines[i + 1]):
            continue  # a line followed by a new item (a bullet list) ended its item: no wrap
        if len(line) >= _MIN_WRAP_WIDTH and line[-1:] not in _QUICK_NO and "\t" not in line:
            counts[len(line)] = counts.get(len(line), 0) + 1
    best = None
    for width in counts:
        near = counts.get(width - 1, 0) + counts[width] + counts.get(width + 1, 0)
        if near >= _MIN_WRAPPED_LINES and (best is None or near > best[0]):
            best = (near, width)
    return best[1] if best else None


# a row of a table laid out with full-width spaces (地区　品目　金額): two gaps
# between cells; rows of one width are a table, not a paragraph wrapped at it
# (unless the cut falls inside a number: 緊急連絡先　…　090-1234-⏎5678)
_NUMBER_CUT = frozenset("0123456789０１２３４５６７８９-－‐(（")
_CELL_ROW = re.compile("[^\u3000 ]\u3000+[^\u3000 ].*[^\u3000 ]\u3000+[^\u3000 ]")


# a form's row: a short label in Japanese, then a space or a colon
# and its value (利用期間　令和6年…, 利用場所：…); ASCII words are left out, or
# a wrapped English paragraph ("The data ⏎ is kept") would read as rows
_FIELD_ROW = re.compile(r"[^\x00-\x7f\s\u3000:：]{2,8}[ \u3000:：]+[^\s\u3000:：]")


# a word in Latin letters or digits at the start of a line (FortiGate, 52-0917, 192.168.1.10)
_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-@/:]*")


def _latin_pushed(line: str, next_line: str, width: int) -> bool:
    """A layout does not break a word in Latin letters or a number: when it
    does not fit, the word goes to the next line whole and the line stops
    short of the width (…暗号化キーは⏎minato-psk-0415のまま). The line is still a
    wrap when the word would have run past the width."""
    word = _LATIN_WORD.match(next_line)
    # (a word longer than the line is broken by the layout, not pushed; a line of a few words
    # before a long address is a label, not a line the word did not fit on)
    return word is not None and len(word.group()) <= width and width // 2 <= len(line) < width \
        and len(line) + len(word.group()) > width + 1


def _wrapped(line: str, next_line: str, width: int | None) -> bool:
    """``line`` runs to the wrap width and the sentence goes on in ``next_line``.

    Two rows of a form, each opening with its label (利用期間　…⏎利用場所　…),
    are two fields even when they share the width: joined, the second label
    would no longer open its line and its value would be read as the end of
    the first (…3月31日利用場所　…)."""
    return (width is not None and (abs(len(line) - width) <= 1 or _latin_pushed(line, next_line, width))
            and "\t" not in line
            and not starts_item(next_line) and continues_word(line[-1], next_line[0])
            and (line[-1] in _NUMBER_CUT or not _CELL_ROW.search(line))
            and not (_FIELD_ROW.match(line) and _FIELD_ROW.match(next_line)))


_PHONE_TAIL = re.compile(r"[0-9()\-]*[0-9()\-]$")
_PHONE_HEAD = re.compile(r"[0-9()\-]+")
_PHONE_CHARS = frozenset("0123456789()-")  # what _PHONE_HEAD starts with
# A Japanese phone number once the pieces are put together: 0 and an area
# code (in brackets or not), an exchange and a line number, 10 or 11 digits.
_PHONE_SHAPE = re.compile(r"\(?0[0-9]{1,4}\)?-?[0-9]{1,4}-?[0-9]{3,4}")
_MOBILE_PREFIX = re.compile(r"0[5789]0")


def _whole_phone(piece: str) -> bool:
    """A whole phone number: the shape and the 10 or 11 digits of one
    (090-123 has the shape but is the start of one; a mobile or IP number,
    070/080/090/050, has 11 digits, so 090-1234-567 is not whole either)."""
    digits = "".join(c for c in piece if c.isdigit())
    if _PHONE_SHAPE.fullmatch(piece) is None:
        return False
    return len(digits) == 11 or (len(digits) == 10 and not _MOBILE_PREFIX.match(digits))


def phone_across(line: str, next_line: str) -> bool:
    """090⏎-1234-5678, 090-12⏎34-5678, 090-123⏎4-5678, （042）⏎393-5111: the
    digits, hyphens and brackets ending the line and opening the next make
    one phone number together, and neither piece is one alone."""
    if _fold(next_line[:1])[:1] not in _PHONE_CHARS:
        # the cheap test first: the folded head starts as its first character
        # folds (a combining mark after it never makes a digit or a bracket)
        return False
    tail, head = _fold(line[-16:]), _fold(next_line[:16])
    t, h = _PHONE_TAIL.search(tail), _PHONE_HEAD.match(head)
    if not t or not h:
        return False
    # a bracket opening what follows the number (5678（平日のみ）) is not part of it
    before, after = t.group().lstrip(")"), h.group().rstrip("(-")
    while after.endswith(")") and (before + after).count(")") > (before + after).count("("):
        after = after[:-1]  # the bracket closing what the number stood in ((電話:0280-7⏎6-3319))
    joined = before + after
    digits = sum(c.isdigit() for c in joined)
    return (10 <= digits <= 11 and _PHONE_SHAPE.fullmatch(joined) is not None
            and any(c.isdigit() for c in before) and any(c.isdigit() for c in after)
            and not _whole_phone(before))


_INDENT = re.compile(r"[ \u3000]+")
_FIELD_SEPARATORS = " \u3000:："


def _columns(text: str) -> int:
    """Display width: a full-width character takes two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def aligned_indent(line: str, next_line: str) -> int:
    """How many characters of indentation open ``next_line`` when they put
    it under the start of a form field's value in ``line`` (a value wrapped
    under its label: 「住所：北浜市緑町三丁⏎　　　目4番5号」), else 0. The
    indentation must end exactly where, in ``line``, a label's separator
    (a space or a colon) is followed by the value, by characters or by
    display width."""
    indent = _INDENT.match(next_line)
    if not indent or indent.end() >= len(next_line):
        return 0
    n = indent.end()
    width, at, col = _columns(indent.group()), 0, 0
    while col < len(line) and at < width:  # the character at that display width
        at += _columns(line[col])
        col += 1
    for col in {n} | ({col} if at == width else set()):
        if 0 < col < len(line) and line[col - 1] in _FIELD_SEPARATORS \
                and line[col] not in _FIELD_SEPARATORS and line[:col].strip(_FIELD_SEPARATORS):
            return n
    return 0


def value_breaks(text: str) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of the line breaks in ``text`` that fall inside
    a value or a hard-wrapped line (see the module docstring and
    ``wrap_width``), in order. A blank line never joins."""
    out: list[tuple[int, int]] = []
    breaks = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text)]
    if not breaks:
        return out
    bounds = [0] + [end for _, end in breaks]
    ends = [start for start, _ in breaks] + [len(text)]
    width = wrap_width([text[a:b] for a, b in zip(bounds, ends)])
    line_start = 0
    for i, (start, end) in enumerate(breaks):
        next_end = breaks[i + 1][0] if i + 1 < len(breaks) else len(text)
        line, next_line = text[line_start:start], text[end:next_end]
        if start > line_start and next_end > end and (
                (text[start - 1] not in _QUICK_NO and (
                    _wrapped(line, next_line, width) or break_inside_value(line, next_line)))
                or phone_across(line, next_line)):
            out.append((start, end))
        elif start > line_start and text[start - 1] not in _QUICK_NO and (indent := aligned_indent(line, next_line)):
            # a field's value wrapped under its label: read on past the indentation
            rest = next_line[indent:]
            if break_inside_value(line, rest) or phone_across(line, rest):
                out.append((start, end + indent))
        line_start = end
    return out
