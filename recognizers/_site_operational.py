"""A room of an operational facility named with where it is.

東部浄水場管理棟2階の中央監視室 / 東消防署の通信指令室 / 本庁舎屋上の中継局 /
出張所のカウンター裏のラック: a municipality runs machines outside its
server room (remote monitoring of water and sewers, fire dispatch, the
disaster radio, a school's or a branch office's rack). Such a room says by
its name what it holds; named with where it stands -- a facility with its
own name, a building that is one place (本署, 別館, 管理棟) or a floor -- it
is a site an intruder can walk to, so it is a DATA_CENTER as a server room
is. So is where such a room is said to stand: in brackets after it
(中央監視室（若葉浄水場管理棟2階）) or as what it is (中央監視室は、管理棟の
2階にございます). A plain place is one too when the sentence puts such
machines in it (校舎2階の職員室の奥にサーバラックを置いている): the place said
first, then what is put there and the verb.

Structure, not a list of sites: a place is a chain of up to four parts
(named facility, building, floor, a town by its name, the system the room
holds: 指令システムの, a landmark with a position: 職員室の奥)
joined by の / にある / 内の, and at least one part names one place. A room
named with nothing (中央監視室の更新) or with a generic facility
(各浄水場の監視室, 浄水場の監視室) names no place and is no finding here.
Data: ``site_described.toml`` [operational] (and [rooms] housing); floors,
numbered buildings and positions from ``_site_place``.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.recognizers._base import scan
from redactor.recognizers._drops import drop
from redactor.recognizers._site_place import FLOOR, NUMBERED_BUILDING, POSITION
from redactor.recognizers._text import sentence_span, sentences_back_start, words_regex

_ALL = load_toml("site_described.toml", "redactor.recognizers.data")
_D = _ALL["operational"]

_NAME = r"[一-龥々ァ-ヶーA-Za-z0-9]"
_HEADS = words_regex(_D["facility_heads"])
# (a name in hiragana, ひかり出張所, only where a phrase begins: inside a sentence
# hiragana are its particles and verbs)
# (not a conjunction or a demonstrative that opens a sentence: ただし水道局庁舎, なお本署)
_NOT_NAME = "ただし|なお|また|さらに|および|ならびに|その|この|あの|うち|ほか|まず|つぎ"
_FACILITY = rf"(?:(?:(?:(?<=[、。「『（(\t\n 　])|(?<![\s\S]))(?!{_NOT_NAME})[ぁ-ゖ]{{2,6}})?{_NAME}{{0,8}}?(?:{_HEADS}))"
_BUILDING = rf"(?:{NUMBERED_BUILDING}|[0-9]棟|{words_regex(_D['specific_buildings'])})"
# (the roof, where the disaster radio's relay station stands: 本庁舎屋上の中継局)
_FLOOR = rf"(?:{FLOOR}|屋上)"
_POSITION = POSITION
# a landmark a place is said by: a room (職員室), or any noun with a position after it (カウンター裏)
_LANDMARK = rf"(?:[一-龥]{{1,5}}室|[一-龥ァ-ヶー]{{2,8}}(?=の?(?:{_POSITION})))"
_TOWN = r"(?:[一-龥ァ-ヶー]{1,5}(?:町|村|市|区|地区))"
_SYSTEM = rf"(?:[一-龥ァ-ヶーA-Za-z]{{1,10}}(?:{words_regex(_D['system_words'])}))"
_JOIN = rf"(?:の|内の|にある|内にある|[ 　])?(?:(?:{_POSITION})(?:の|にある)?)?"
# a wing named for what it houses (ポンプ棟, 電気棟): part of a place, no one place alone
_WING = r"(?:[一-龥ァ-ヶー]{1,6}棟)"
_PART = rf"(?:{_BUILDING}|{_FLOOR}|{_FACILITY}|{_WING}|{_TOWN}(?=の)|{_SYSTEM}(?=の)|{words_regex(_D['generic_buildings'])}|{_LANDMARK})"
_ROOM = words_regex(_D["control_rooms"])
_START = r"(?<![一-龥々ァ-ヶーA-Za-z0-9])"
_SITED_ROOM = re.compile(rf"{_START}(?P<place>(?:{_PART}{_JOIN}){{1,4}}?)(?P<room>{_ROOM})")
_ANCHOR = re.compile(_ROOM)
# the place said first, then the machines put there (…の奥に、主幹スイッチが置かれて)
_EQUIPMENT = words_regex(_D["equipment"])
_PUT_IN = re.compile(
    rf"{_START}(?P<place>(?:{_PART}{_JOIN}){{0,3}}{_PART}(?:の(?:{_POSITION}))?)に(?:は|も)?、?"
    rf"(?P<thing>[^、。\n]{{0,20}}?(?:{_EQUIPMENT})[^、。\n]{{0,12}}?)(?:を|が|は|も)[^、。\n]{{0,6}}?"
    rf"(?:{words_regex(_ALL['rooms']['housing'])}|置か|設けて|ござ|あり)")
_EQUIPMENT_ANCHOR = re.compile(_EQUIPMENT)
_CHAIN = rf"(?:{_PART}{_JOIN}){{0,3}}{_PART}(?:の(?:{_POSITION}))?"
# the room, then where it stands in brackets (中央監視室（若葉浄水場管理棟2階）)
_ROOM_NOTED = re.compile(rf"(?P<room>{_ROOM})[（(](?P<place>{_CHAIN})[）)]")
# the room as the topic, then where it stands (中央監視室は、管理棟の2階にございます)
_ROOM_TOPIC = re.compile(rf"(?P<room>{_ROOM})(?:は|も)[、，]?[ 　]?(?P<place>{_CHAIN})"
                         r"(?=に(?:ござ|あり|ある|あって|設置|置|配置|入って)|です|でござ|であり|となって)")
_SPECIFIC = re.compile(rf"{_BUILDING}|{_FLOOR}")
_FACILITY_IN = re.compile(_FACILITY)
_HEAD_WORDS = frozenset(_D["facility_heads"])
_GENERIC = tuple(sorted(_D["generic_names"], key=len, reverse=True))


# rooms whose name alone does not say they hold machines (a rack, a machine room of a
# building's plant): a site only in a sentence that speaks of IT or control machines
_PLAIN_ROOMS = frozenset(_D["plain_rooms"])
_IT_WORD = re.compile(rf"{_EQUIPMENT}|{words_regex(_D['machine_words'])}")


def _named_facility(place: str) -> bool:
    """A facility in the place has a name of its own (東部浄水場, 第二中学校):
    more than its head word (浄水場, 下水処理場) and not a generic
    word before it (各浄水場, 市立図書館)."""
    for m in _FACILITY_IN.finditer(place):
        word = m.group(0)
        if word in _HEAD_WORDS or any(word.startswith(g) and word[len(g):] in _HEAD_WORDS for g in _GENERIC):
            continue
        return True
    return False


_TOWN_IN = re.compile(rf"^{_TOWN}(?=の)")
_GENERIC_TOWNS = frozenset(_D["generic_towns"])


def _named_town(place: str) -> bool:
    """The chain opens with a town by its name (山辺町の浄水場), not 本市 or 各町."""
    m = _TOWN_IN.match(place)
    if m is None:
        return False
    town = m.group(0)
    return town not in _GENERIC_TOWNS and not town.endswith(tuple(_GENERIC_TOWNS))


def _one_place(place: str) -> bool:
    """The chain names one place: a floor, a building that is one place, a
    named facility, or a facility of a town named by its name."""
    return bool(_SPECIFIC.search(place)) or _named_facility(place) or _named_town(place)


def operational_rooms(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each control room, rack or radio station named
    with a place that is one place, and of each such place the sentence
    puts IT or control equipment in."""
    for m in scan(_SITED_ROOM, _ANCHOR, text):
        # (the room's sentence and the one before it: a match holds no 。 or line end)
        if m.group("room") in _PLAIN_ROOMS and not _IT_WORD.search(
                text[sentences_back_start(text, m.end(), 2):sentence_span(text, m.end())[1]]):
            # 中央館2階のラックに雑誌を: a rack holds papers unless its sentence or the one before speaks of machines
            drop("DATA_CENTER", text, m.start(), m.end(), "ラック・機械室だが文（と前の文）に機器の語がない")
        elif _one_place(m.group("place")):
            yield m.start(), m.end(), "機器を収めた施設の部屋・局舎（施設名・建物・階で示した場所）"
        else:
            # 浄水場の中央監視室, 各校のサーバラック: no one place is named
            drop("DATA_CENTER", text, m.start(), m.end(), "部屋の前の場所が一か所を名指さない（各校・名のない施設）")
    for rx, anchor, group, why in ((_ROOM_NOTED, _ANCHOR, 0, "機器を収めた部屋と括弧内の所在（建物・階）"),
                                   (_ROOM_TOPIC, _ANCHOR, "place", "機器を収めた部屋の所在（建物・階）"),
                                   (_PUT_IN, _EQUIPMENT_ANCHOR, "place", "機器を置くと述べた場所（施設名・建物・階）")):
        for m in scan(rx, anchor, text):
            if _one_place(m.group("place")):
                yield m.start(group), m.end(group), why
            else:
                drop("DATA_CENTER", text, m.start(group), m.end(group), "述べた場所が一か所を名指さない（建物・階・名のない施設）")
