"""A site's place described in a clause with the site as its topic.

データセンターは、市の西を流れる〇〇川の河岸段丘の上、海岸線から約6キロの
場所にございます / バックアップ媒体は、隣の市にある倉庫業者の保管庫へ
週1回搬送しております / 委託先の施設は、県内最大の貯水池のほとりにあり、…

The structure makes it a place, whatever its words: a topic that is a site
or what a site holds (データセンター, サーバ室, 同センター, サーバ, バックアップ
媒体, 事業者の施設) with は or も, then a locative predicate (…にございます,
…に位置し, …へ送っております, …でございます, …で、). What stands between
them is where the site is. It is a finding only when it narrows the place
down -- a land form or hazard zone (段丘, 浸水想定区域の外), a relation to a
landmark (…の南隣, …のほとり, …沿い), a distance, a region, prefecture or
municipality, a floor, a quoted name -- so that 「データセンターは、安全性の
高い建物にございます」 and 「サーバは国内にあります」 name nothing and are
none. A clause may hold several descriptions one after another (…造成地で、
国道から見える位置にございます): each segment that narrows the place is
kept, and neighbours are joined; a segment with nothing specific (免震構造で、
24時間有人で) is left out.

Words: ``data/site_described.toml`` and the site words of
``data/security_data_center.toml``.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from redactor.data_files import load_toml, load_tsv
from redactor.recognizers import _context as ctx
from redactor.recognizers._drops import drop
from redactor.first_chars import guarded
from redactor.recognizers._text import KANJI, factored_words_regex, sentences_back_start, words_regex

_DATA = load_toml("site_described.toml", "redactor.recognizers.data")
_DC = load_toml("security_data_center.toml", "redactor.recognizers.data")

# topics that are a site or hold its things, and the ones that need a site
# spoken of nearby (施設は, 場所は)
_STRONG_TOPICS = (list(_DATA["topics"]) + [w for w in _DC["site_subjects"] if w not in _DATA["context_topics"]]
                  + _DC["room_words"] + _DC["storage_rooms"] + _DC["system_roles"] + ["副センター", "主センター", "バックアップセンター",
                                                               "災害対策センター", "DRサイト", "バックアップサイト"])
# (a word referring back, 同センター, is a site's only after one: 市民センターは
# 避難所です。同センターは… is the hall)
_CONTEXT_TOPICS = tuple(_DATA["context_topics"]) + tuple(_DC["refer_back"])
# (a topic ends a word: 住民情報システムのサーバは; it is not the tail of
# another noun, which the particle after it shows: …のサーバは / サーバーは)
# (factored and guarded: an alternation of some 150 words tried at every
# character cost a third of the recognizer's time; this is a tenth of that)
_TOPIC = guarded(re.compile(
    rf"(?:{_DATA['operator_facilities']}|{factored_words_regex(_STRONG_TOPICS)}|(?P<ctx>{factored_words_regex(_CONTEXT_TOPICS)}))"
    r"(?:は|も|については|に(?:つ|付)いては)(?:[、，]|[ 　])?"))
_PREDICATE = re.compile(_DATA["predicates"])
_OPERATOR_FACILITY = re.compile(_DATA["operator_facilities"])
# a verb in the attributive form before a noun is a relative clause, not the
# end of the place (…の北にある造成地, …に位置する台地): read on
_ATTRIBUTIVE = re.compile(rf"[ぁ-ん]{{0,6}}(?=[{KANJI}ァ-ヶーA-Za-z0-9「])")

_PREFECTURES = [row[0] for row in load_tsv("address_prefectures.tsv", "redactor.recognizers.data")]
_OWN = frozenset(_DC["own_place"]) | frozenset(_DC["not_place"])
_MUNICIPALITY = re.compile(rf"[{KANJI}ヶ]{{1,6}}[市区町村](?![{KANJI}])")
_SPECIFIC = re.compile(
    rf"{words_regex(_DATA['geography'])}|{_DATA['relations']}"
    rf"|{words_regex(_PREFECTURES)}|{words_regex(_DC['regions'])}|{words_regex(_DC['designated_cities'])}"
    r"|[0-9０-９]+(?:[.,．][0-9０-９]+)?(?:km|キロ|メートル|ｍ|m)(?![A-Za-z])"
    r"|(?:車|徒歩|電車|バス|高速|自転車|歩いて)で?(?:約|およそ)?[0-9０-９]+(?:分|時間)"
    r"|[「『]|(?:地下)?[0-9０-９一二三四五六七八九十]+階|[0-9]+号(?:棟|館|室)")
_NOT_SPECIFIC = frozenset(_DATA["not_specific"])
_VAGUE_DC = re.compile("|".join(_DC["vague_patterns"]))
_VAGUE_ONLY = re.compile(rf"(?:{words_regex(_DATA['not_specific'])})(?:にある|に所在する|の)?[^、。]{{0,12}}")
# a place of any name with the verb of being there, before the facility (…台にある事業者のセンター)
_PLACED_AT = re.compile(rf"(?P<place>[ぁ-んァ-ヶー{KANJI}A-Za-z0-9]{{2,14}}?)(?:内)?に(?:ある|所在する|立地する|建つ|位置する)"
                        rf"(?=[^、。]{{0,12}}?(?:施設|センター|拠点|建物|ビル|倉庫|保管庫|社屋|事業所))")
_NOT_SITE_HEADS = tuple(_DC["public_center_heads"]) + tuple(_DC["other_facility_heads"]) + tuple(_DC["not_site_centres"])
# what makes a site spoken of: the site words and the machines and media kept
# at one (not システム or データ alone: 新システムの説明会の場所は…)
_CONTEXT = tuple(w for w in _DC["context_words"] if w not in ("施設", "センター") and w not in _DATA["context_topics"]) \
    + tuple(_DATA["context_things"])
_NOT_NAMES = frozenset(_DC["not_nicknames"])
# an adverb before the place is no part of it (長いこと本庁舎の地下2階)
_ADVERB_LEAD = re.compile(rf"(?:[{KANJI}]{{0,2}}[ぁ-ん]*?(?:こと|ずっと|以前から|前から)|{words_regex(_DC['name_adverbs'])})"
                          rf"(?=[ァ-ヶー{KANJI}A-Za-z0-9「])")
# a topic of its own inside the clause (住基系は…DC、内部系は…の施設に置いている):
# the place after it is that topic's
_INNER_TOPIC = re.compile(rf"(?<=[ァ-ヶー{KANJI}A-Za-z0-9])(?:は|も)[、，]?")
_SENTENCE_END = "。\n"
_MAX_CLAUSE = 80


def _specific(part: str) -> bool:
    """The segment narrows the place down (a land form, a relation to a
    landmark, a distance, a named place), and is not a generic place."""
    part = part.strip("、，　 ")
    if not part or part in _NOT_SPECIFIC:
        return False
    quoted = re.fullmatch(r"[「『](.+)[」』]", part)
    if quoted and quoted.group(1) in _NOT_NAMES:
        return False  # 移行先は「未定」: a state, not a name
    for m in _SPECIFIC.finditer(part):
        if not _MUNICIPALITY.fullmatch(m.group(0)):
            return True
    if _VAGUE_ONLY.fullmatch(part):
        return False  # 同じ市内にある事業者の施設: vague, left to the vague-hint rule (REVIEW)
    if any(m.group(0) not in _OWN and not m.group(0).endswith(tuple(_OWN)) for m in _MUNICIPALITY.finditer(part)):
        return True
    if _VAGUE_DC.search(part):
        return False  # 異なるプレート上にある拠点: vague, REVIEW by the vague-hint rule
    placed = _PLACED_AT.match(part)
    # みずほ台にある事業者のセンター: a place of any name the site is at
    return bool(placed and placed.group("place") not in _NOT_SPECIFIC and placed.group("place") not in _OWN)


def specific_place(part: str) -> bool:
    """Whether ``part`` narrows a place down by itself (``_site_joined``
    widens a site over such a segment before it)."""
    return _specific(part)


def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    """[s, e) less its leading comma-parts that narrow nothing (毎日午前2時に、
    約300km離れた… keeps the distance on), or None when no part narrows."""
    inner = None
    for inner in _INNER_TOPIC.finditer(text, s, e):
        pass
    if inner is not None:
        s = inner.end()
    while s < e and text[s] in "、，　 ":
        s += 1
    parts = [m for m in re.finditer(r"[^、，]+", text[s:e])]
    for p in parts:
        if _specific(p.group(0)):
            lead = _ADVERB_LEAD.match(text, s + p.start(), e)
            return (lead.end() if lead else s + p.start()), e
    return None


def _site_nearby(text: str, pos: int) -> bool:
    """A site, a server or a backup is spoken of in the sentence around ``pos``
    or in the two before it."""
    start = sentences_back_start(text, pos)
    end = min([i for i in (text.find("。", pos), text.find("\n", pos)) if i != -1] or [len(text)])
    # (or a contractor's facility: データは委託先のセンターで保管しております。場所は、…)
    return bool(ctx.find_word(text[start:end], _CONTEXT) or _OPERATOR_FACILITY.search(text, start, end))


def site_spoken_of(text: str, pos: int) -> bool:
    """A site, a server or a backup is spoken of around ``pos`` (its sentence
    or the two before): ``_site_surroundings`` reads a landmark only there."""
    return _site_nearby(text, pos)


def _predicates(text: str, start: int, end: int) -> Iterator[re.Match]:
    """The locative predicates of the clause [start, end), relative clauses
    (…にある造成地) passed over."""
    for p in _PREDICATE.finditer(text, start, end):
        if p.group(0).endswith(("で、",)):
            yield p
            continue
        a = _ATTRIBUTIVE.match(text, p.end())
        if a and (text[p.start():a.end()]).endswith(("る", "た", "い", "な")):
            continue
        yield p


# a place said of every one of many (各小学校の敷地内, 全支所の倉庫): no one site
_MANY = ("各", "全て", "すべて", "全部", "複数", "いずれの", "どの")


def described_places(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each place description in a clause whose topic is
    a site or what a site holds."""
    done = 0
    for t in _TOPIC.finditer(text):
        if t.start() < done:
            continue
        if t.group("ctx") and (not _site_nearby(text, t.start())
                               or ctx.ends_with_word(text[max(0, t.start() - 8):t.start()], _NOT_SITE_HEADS)):
            continue  # 施設は、駅の近く about a library, 市民センターは: no site spoken of
        end = min([i for i in (text.find(c, t.end()) for c in _SENTENCE_END) if i != -1] or [len(text)])
        end = min(end, t.end() + _MAX_CLAUSE)
        s = t.end()
        for p in _predicates(text, t.end(), end):
            for t2 in _TOPIC.finditer(text, s, p.start()):
                # 主センターは首都圏、副センターは関西圏に置かれています: the place
                # before a parallel topic is the first topic's, its verb left out
                if t2.group("ctx") or text[t2.start() - 1:t2.start()] != "、":
                    continue
                kept = _trimmed(text, s, t2.start() - 1)
                if kept and kept[1] - kept[0] >= 2:
                    yield kept[0], kept[1], "拠点を主題とする文の所在の記述"
                s = t2.end()
            kept = _trimmed(text, s, p.start())
            if kept and text.startswith(_MANY, kept[0]) and not text.startswith("各種", kept[0]):
                drop("DATA_CENTER", text, kept[0], kept[1], "多数の場所を指す語（各小学校の敷地内）")
                kept = None  # 防災倉庫は、各小学校の敷地内に: every one of many places names none
            if kept and kept[1] - kept[0] >= 2:
                done = kept[1]
                yield kept[0], kept[1], "拠点を主題とする文の所在の記述"
            elif s < p.start():
                drop("DATA_CENTER", text, s, p.start(), "拠点を主題とする文の述語の前だが場所を絞り込む語がない")
            s = p.end()
            if text[s:s + 1] not in ("、", "，") and not p.group(0).endswith("、"):
                break  # the clause ends with this predicate (…にございます。)


# A turn that only states a place, answering a question about where a site,
# a server or a backup is (○委員　バックアップはどこに置いてあるのか。／
# ○課長　隣の県でございます。): the first sentence of the answer, up to its
# copula, less what narrows nothing (詳細は申し上げられませんが、…).
_WHERE = tuple(_DC["where_questions"])
# (the recognizers read normalised text: the speaker's full-width space is a space)
# (or a speaker named by office alone, as many minutes write it: 情報政策課長　…, 総務課長（佐藤）　…)
_SPEAKER = re.compile(r"[○〇◯◎●][^\n 　]{1,24}[ 　]"
                      r"|[^\n 　、。]{1,20}(?:長|委員|議員|主査|主任|主事|補佐|参事|理事|担当)(?:[（(][^（）()\n]{1,12}[）)])?[ 　]")
_ASKED = re.compile(r"(?:か|[?？])[。 　]*$")
_ANSWER = re.compile(r"(?P<place>[^。\n]{2,60}?)(?:でございます|です|であります|になります|となります)(?:。|$)", re.M)


def answered_places(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each place stated as the answer to where a site,
    a server or a backup is."""
    prev = ""
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        # (or asks whether it is somewhere: データセンターは川の近くではないか。／
        # 川からは2キロほど離れた、…段丘の上でございます -- the answer places it)
        asked = prev and ctx.find_word(prev, _CONTEXT) and (ctx.find_word(prev, _WHERE) or _ASKED.search(prev))
        prev = line
        if not asked:
            continue
        speaker = _SPEAKER.match(line)
        s = start + (speaker.end() if speaker else 0)
        m = _ANSWER.match(text, s, end)
        if not m:
            continue
        kept = _trimmed(text, m.start("place"), m.end("place"))
        if kept and kept[1] - kept[0] >= 2:
            yield kept[0], kept[1], "拠点の場所を問われて答えた場所"

