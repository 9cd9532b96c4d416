"""A site's place told by what surrounds it.

同センターの目の前には川が流れており、裏は山でございます / すぐ近くに大きな
物流倉庫があり、最寄りの駅は北山駅です / データセンターは北山駅から徒歩圏内
にございます: the landmark is the subject of its own clause (…がある, …が流れ
ている, 最寄りの駅は…), and the clause says where the site is as surely as
「…の隣にある」 does. The rules that read a place as the locative of the site
(…にございます) do not see it.

Structure, not words: a position word of nearness (近く, 隣, 目の前, 裏, 向かい)
with に or は, then a landmark as the subject of a verb of being there (が
あり, が流れ, が見え, が建ち) or a copula; the nearest station or interchange
as a topic (最寄りの駅は…); a station or an interchange with the walk or drive
from it (…駅から徒歩圏内). It is a finding only in a sentence about a site (a
site's word, a server or a backup here or in the two sentences before): 「市民
ホールの隣には公園があり」 is about a hall.

Words: ``data/site_described.toml`` (surroundings).
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.recognizers._drops import drop
from redactor.recognizers._site_described import site_spoken_of
from redactor.recognizers._text import sentence_span, words_regex

_DATA = load_toml("site_described.toml", "redactor.recognizers.data")
_S = _DATA["surroundings"]

_NEAR = words_regex(_S["near_positions"])
_BEING = words_regex(_S["being_verbs"])
_STOPS = words_regex(_S["nearest_stops"])
_CLAUSE = r"[^、。\n]"
_SURROUNDINGS = re.compile(
    # すぐ近くに…があり, 目の前には川が流れており, 裏は山でございます
    # (with the rest of its verb: …が流れており、)
    rf"(?:すぐ|ちょうど|真)?(?:{_NEAR})(?:に|には|にも|は)(?P<what>{_CLAUSE}{{1,20}}?)(?:が(?:{_BEING})[ぁ-ん]{{0,5}}?(?=[、。\n]|$)|(?=でございます|です|であり|で、))"
    # データセンターからは海が見え
    rf"|(?<=から)(?<!徒歩から)(?:は)?(?P<seen>{_CLAUSE}{{1,12}}?)が見え[ぁ-ん]{{0,5}}?(?=[、。\n]|$)"
    # 最寄りの駅は北山駅です
    rf"|最寄り(?:の)?(?:{_STOPS})(?:は|が)(?P<stop>{_CLAUSE}{{2,16}}?)(?=でございます|です|であり|で、|[、。\n])"
    # 北山駅から徒歩圏内, …インターから車で5分
    rf"|(?P<from>{_CLAUSE}{{1,12}}?(?:{_STOPS}))から(?:徒歩|歩いて|車で)(?:{_CLAUSE}{{0,6}}?)(?:圏内|[0-9０-９]+(?:分|キロ|km|ｋｍ))")
_ANCHOR = re.compile(rf"{_NEAR}|最寄り|から(?:徒歩|歩いて|車で)|が見え")
# a supplier's office placed in the sentence is no site (…に事務所がございます)
_OFFICE = re.compile(words_regex(_S["office_words"]))
_WHY = "拠点の周りの目印（近くに…がある・最寄りの駅）"


def surroundings(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each clause telling what surrounds a site."""
    done = 0
    for a in _ANCHOR.finditer(text):
        if a.start() < done:
            continue
        lo = max(0, a.start() - 14)
        m = None
        for m in _SURROUNDINGS.finditer(text, lo, min(len(text), a.end() + 40)):
            if m.start() <= a.start() < m.end():
                break
        else:
            m = None
        if m is None or not site_spoken_of(text, m.start()):
            continue
        sentence = sentence_span(text, m.start())
        if _OFFICE.search(text, sentence[0], sentence[1]):
            drop("DATA_CENTER", text, m.start(), m.end(), "周りの目印だが業者の事務所・営業所の文")
            continue  # 保守業者は…駅から徒歩圏内に事務所がございます: the supplier's office
        start = m.start()
        if m.group("from"):
            # (the station's clause starts after the particle before it: サーバは北山駅から…)
            cut = max(text.rfind(c, lo, m.start("from") + len(m.group("from")) - 1) for c in "はがをにでも、")
            start = max(m.start(), cut + 1) if cut >= m.start() else m.start()
        done = m.end()
        yield start, m.end(), _WHY
