"""A room named by what it holds.

本庁舎7階の執務室内に、庁内LANの中継機器を収容した小部屋（旧印刷室、7B号室）
がある / サーバを置いている倉庫: a room that is no server room by name (a
storeroom, a former printing room, a small room) is one by what the sentence
says it holds -- network or server equipment, or backup media, as the object of
a verb of housing (収容した, 設置している, 置いてある) in the relative clause
before the room word. An intruder looks for exactly that room, so the room is
a site, with the clause that says what it holds and a note in brackets after
it (its old use, its number).

Structure, not a list of rooms: [equipment]を [housing verb, attributive] [room
word] (data: ``site_described.toml`` [rooms]). What is housed must be IT
equipment or media: 「書類を収納した倉庫」 or 「備品を置いている部屋」 hold
nothing an intruder is after.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.recognizers._base import scan
from redactor.recognizers._text import words_regex

_ALL = load_toml("site_described.toml", "redactor.recognizers.data")
_R = _ALL["rooms"]
# the machines (one list, [operational] equipment) and the plain words for them
_HELD = words_regex(_ALL["operational"]["equipment"] + _R["held"])

_HOLDING_ROOM = re.compile(
    # (with whose or which network's it is: 庁内LANの中継機器)
    rf"(?:(?<![一-龥ァ-ヶーA-Za-z0-9])[一-龥ァ-ヶーA-Za-z0-9]{{1,10}}の)?(?:{_HELD})(?:等|など|類)?を(?:{words_regex(_R['housing'])})"
    rf"(?:した|している|しておる|してある|ている|てある|た)[ 　]?"
    rf"(?:{words_regex(_R['room_words'])})"
    # its note in brackets: the old use, the number on the door (（旧印刷室、7B号室）)
    r"(?:[（(][^（()）\n。]{1,30}[）)])?")
_ANCHOR = re.compile(words_regex(_R["room_words"]))


def holding_rooms(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each room said to hold IT equipment or media."""
    for m in scan(_HOLDING_ROOM, _ANCHOR, text):  # (only the lines that name a room)
        yield m.start(), m.end(), "機器や媒体を収容した部屋（何を置いているかで示した場所）"
