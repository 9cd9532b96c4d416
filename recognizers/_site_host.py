"""The building that houses a site, said again as a topic and described.

サーバ室は、別館1階の旧書庫を使っている。別館は、県道に面した旧保健所の
建物であり、半地下のため、台風のときに浸水のおそれがある: the second
sentence says where the server room is as surely as the first, though it
names no room: its topic is the building the room was placed in, and its
predicate narrows that building down (what it faces or stands by, what it
was before) and tells the hazard of its place.

Structure, not words: a building of a compound by its part's name (別館,
北棟, 第2庁舎; ``data/site_described.toml`` [host]) as the topic (…は), said
in the same or one of the two sentences before together with a site's room
(サーバ室, 電算室, 書庫 …), and a copula predicate (…であり, …です) whose
clause holds a relation to a landmark (…に面した, …沿いの) or a former use
(旧…, かつての…). A clause after it in the same sentence that tells a hazard
(浸水, 土砂, 液状化) belongs to the description. 「別館は、土日は閉館です」
narrows nothing and 「別館は駅前通りに面した旧郵便局です」 with no room of
machines before it is a building of the town, not a site.

A site said to be where another one is (データセンターは、基幹系の移行先と
同じ建物である) is placed as surely: what the other is is the description.
「同じ建物」 alone narrows nothing; tied to another site or system it does.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.recognizers._text import sentence_span, sentences_back_start, words_regex

_DATA = load_toml("site_described.toml", "redactor.recognizers.data")
_DC = load_toml("security_data_center.toml", "redactor.recognizers.data")
_H = _DATA["host"]

_BUILDINGS = words_regex(_H["buildings"])
_TOPIC = re.compile(rf"(?<![ぁ-んァ-ヶー一-龥])(?P<b>{_BUILDINGS})(?:は|も)[、，]?")
_COPULA = re.compile(r"(?:であり|である|です|でございます|で、|だ)")
_RELATION = re.compile(r"に(?:面した|面する|面して|隣接する|隣接した|近い)|沿い|の(?:隣|向かい|真向かい|裏手?|ほとり|そば|正面)の?")
_FORMER = re.compile(_H["former"])
_HAZARD = re.compile(words_regex(_H["hazards"]))
_ROOMS = tuple(_DC["room_words"]) + tuple(_DC["storage_rooms"])
_WHY = "拠点の入る建物を主題にした説明（…に面した旧…、浸水のおそれ）"
_MAX_DESC = 40


def _room_with_building(text: str, building: str, pos: int) -> bool:
    """A room of machines or media is said with ``building`` in the sentence
    of ``pos`` (before it) or in one of the two sentences before."""
    start = sentences_back_start(text, pos)
    before = text[start:pos]
    return building in before and any(r in before for r in _ROOMS)


def host_buildings(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each description of a building that houses a site."""
    for t in _TOPIC.finditer(text):  # (one pass of the buildings' alternation)
        s_start, s_end = sentence_span(text, t.start())
        if t.start() != s_start and text[t.start() - 1] not in "、 　":
            continue  # (the topic opens its sentence or a clause)
        cop = _COPULA.search(text, t.end(), min(s_end, t.end() + _MAX_DESC))
        if cop is None:
            continue
        desc = text[t.end():cop.start()]
        if not (_RELATION.search(desc) or _FORMER.search(desc)):
            continue  # 別館は、土日は閉館です: nothing narrows the building down
        if not _room_with_building(text, t.group("b"), t.start()):
            continue  # a building of the town, no site said in it
        end = cop.start()
        rest = text[cop.end():s_end]
        if cop.group(0) in ("であり", "で、") and _HAZARD.search(rest):
            # …であり、地下のため、大雨時に浸水のおそれがある: the hazard of its place
            end = s_end
            while end > cop.end() and text[end - 1] in "、，。 　":
                end -= 1
        yield t.start(), end, _WHY  # (the building is named with its description: 別館は…)


_SITE_TOPIC = re.compile(rf"(?:{words_regex(list(_DC['site_words']) + list(_DC['room_words']))})(?:は|も)[、，]?")
_SAME_AS = re.compile(r"(?P<other>[^、。\n]{2,30}?)と(?:同じ|同一の?)(?:建物|施設|センター|拠点|場所|敷地|フロア|ビル|部屋|区画)")
_OTHER_SITE = re.compile(r"移行先|移設先|移転先|設置先|保管先|委託先|システム|サーバ|センター|拠点|施設")
_WHY_SAME = "他の拠点・システムと同じ場所だと述べる拠点の説明"


def same_as_another(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each site said to stand where another site or
    system stands (…の移行先と同じ建物)."""
    if "同じ" not in text and "同一" not in text:
        return
    for t in _SITE_TOPIC.finditer(text):
        s_start, s_end = sentence_span(text, t.start())
        m = _SAME_AS.match(text, t.end(), s_end)
        if m is None or not _OTHER_SITE.search(m.group("other")):
            continue  # データセンターは同じ建物です: the other is not said
        if not _COPULA.match(text, m.end()):
            continue
        yield t.end(), m.end(), _WHY_SAME
