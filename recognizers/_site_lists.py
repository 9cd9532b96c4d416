"""Sites told as the items of a list under a heading about where things go.

移設先の候補は次のとおり。／(1) 旧…浄水場の管理棟／(2) …株式会社の…データセンター
／(3) 本庁舎新館の5階: each item is a place on its own line, with no siting
verb and no site word of its own -- the heading says what the items are.
The rules that read a sentence for a site see no sentence here, and a
candidate list discloses a place as surely as a decision does.

Structure, not words: a heading line (short, or ending in ：, 。 or a
"as follows" phrase) that names a place for equipment (候補地, 移設先, 設置
場所 …, or 候補) with a word of servers or data in it or the paragraph before it
(設置場所 of AEDs is a list of places too), then the item lines right
after it (a mark or number at the line's start); each item is a finding
when it names a building, a floor, a room or a facility (the caller's test).
A note in brackets at an item's end that names a part of the system
(（業務系）) is left out; one that describes the place is kept.

Words: ``data/security_data_center.toml`` (list_heads, list_head_topics).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from redactor.data_files import load_toml
from redactor.recognizers._text import words_regex

_DC = load_toml("security_data_center.toml", "redactor.recognizers.data")

_HEAD_WORDS = re.compile(words_regex(_DC["list_heads"]))
# 候補 alone heads a list of people as well: with a word of equipment or siting
_CANDIDATE = re.compile(r"候補")
_TOPIC = re.compile(words_regex(_DC["list_head_topics"]))
# a heading line: short, or ending as a list's lead-in
_LEAD_IN = re.compile(r"(?:[：:]|次のとおり|以下のとおり|下記のとおり|次の[0-9０-９一二三四五六七八九十]+(?:か所|箇所|ヶ所|カ所|案)"
                      r"|である|です|とする|を検討(?:している|しております|中))[。]?[ 　]*$")
# (a circled number reads as a bare digit once normalised: ①旧… is 1旧…; a digit
# before a counter is a floor or a count, no mark: 3階…, 2台)
_ITEM = re.compile(r"[ 　]*(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]|[①-⑳]|[0-9０-９]{1,2}[.．、)）]|[・●○◆■□]"
                   r"|[0-9]{1,2}(?=[^0-9０-９ 　\n.．、)）階F号番月日年時分か箇ヶカ件台人名回つ％%])"
                   r"|[ア-オ][.．、)）]|(?:案|候補)[0-9０-９A-ZＡ-Ｚ一二三四五][：:]?|[A-ZＡ-Ｚ]案[：:]?)[ 　]*")
# a note naming a part of the system (（業務系）, （住民情報系）, （予備機用）)
_ROLE_NOTE = re.compile(r"[ 　]*[（(][^（）()\n]{0,12}(?:系|用|環境)[）)][ 　]*$")
_MAX_HEAD = 40
_MAX_ITEMS = 12
_TOPIC_REACH = 300  # the section the heading stands in: a paragraph or two before it


def _is_head(line: str, before: str) -> bool:
    """A heading of places for IT equipment: a head word (候補 alone too) and
    a word of servers, data or a data centre in it or the paragraph before
    (設置場所 of AEDs and 候補地 of a new school are lists of places too)."""
    if not (_HEAD_WORDS.search(line) or _CANDIDATE.search(line)):
        return False
    if not (_TOPIC.search(line) or _TOPIC.search(before)):
        return False
    return len(line.strip()) <= _MAX_HEAD or bool(_LEAD_IN.search(line))


def listed_places(text: str, is_site: Callable[[str], bool]) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each item under a heading about where IT equipment
    goes that names a place (``is_site`` decides on the item's text)."""
    anchors = [m.start() for m in _HEAD_WORDS.finditer(text)] + [m.start() for m in _CANDIDATE.finditer(text)]
    done = -1
    for a in sorted(anchors):
        line_s = text.rfind("\n", 0, a) + 1
        if line_s <= done:
            continue
        line_e = text.find("\n", a)
        if line_e == -1:
            continue  # no line after it
        done = line_e
        own_mark = _ITEM.match(text, line_s)
        if own_mark and own_mark.end() > line_s:
            continue  # an item itself (・設置場所：…): a field, read by the field rule
        if not _is_head(text[line_s:line_e], text[max(0, line_s - _TOPIC_REACH):line_s]):
            continue
        pos = line_e + 1
        for _ in range(_MAX_ITEMS):
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            mark = _ITEM.match(text, pos, end)
            if not mark or mark.end() == pos:
                break  # the list ends at the first line that is no item
            s, e = mark.end(), end
            note = _ROLE_NOTE.search(text, s, e)
            if note:
                e = note.start()
            while e > s and text[e - 1] in " 　。":
                e -= 1
            if e - s >= 2 and ("：" not in text[s:e] and ":" not in text[s:e]) and is_site(text[s:e]):
                yield s, e, "移設先・設置場所の候補の一覧の項目"
            pos = end + 1
            done = end
