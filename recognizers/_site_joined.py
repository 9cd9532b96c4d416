"""A site's description found in pieces, made whole.

A place is often said in segments joined by 、 (市役所から車で東へ20分、山の
中腹にある旧保養所 / 火山から約50キロ、土砂災害警戒区域の外), and a site in a
place and an owner (本州の日本海側にある、同社の第2拠点; 大手通信事業者の
首都圏のデータセンター). The rules that find a site end at a comma or start at
the site's word, so a piece is left visible: a leak as large as a miss.

The structure decides, not the words:
- a segment right before a site's finding, after a comma, that narrows the
  place down by itself (a distance from a landmark, a land form, a region --
  the test of ``_site_described``) and ends in a noun, is part of it; a
  segment that is a clause of its own (…を視察し、) or narrows nothing
  (毎日午前2時に、) is not;
- two site findings with only a joint between them (の, にある、) are one
  stretch: the joint between two masked pieces tells how they fit;
- the set the site is picked from, said before it (…事業者のデータセンターの
  うち、…), and what it is the place of, said after it (…工業団地内に立地する
  施設), belong to its description;
- the owner of the site said before it as a subject or with の (委託先が九州に
  持つ…, 大手通信事業者の…) is part of it, as an operator named by its
  company name already is.

A vague hint (REVIEW) is never joined to a site: its action differs.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers._site_described import specific_place
from redactor.recognizers._text import KANJI, words_regex

_DC = load_toml("security_data_center.toml", "redactor.recognizers.data")

# what a segment before a site may end with: a noun, or a word of position
# (…寄り, …沿い, …あたり, …ほど)
_NOUN_END = re.compile(rf"(?:[{KANJI}ァ-ヶーA-Za-z0-9０-９）)」』]|寄り|沿い|あたり|辺り|ところ|ほど|付近)$")
# what cuts a segment from the one before it
_SEGMENT_CUT = re.compile(r"[、，。\n「（(：:\t]|(?<=[ァ-ヶー" + KANJI + r"A-Za-z0-9])(?:は|も)")
# a clause of its own inside a segment: an object, a subject or a polite verb
_CLAUSE_MARK = re.compile(r"を|ます|でし|まし|ており|ている|しない|ない[、]?$")
_MAX_SEGMENT = 30
_BEING_THERE = re.compile(r"(?:内)?に(?:あります|ございます|ある|あり|所在する|位置する|立地する)$")
# joints between two pieces of one site (の, 、, にある、, 内の); not にあり、,
# which ends a clause: what follows is another fact about the site
# (nor a comma alone: 本館3階 電算室、南公民館2階 … is a list of two sites)
# (nor a space: a label and its value, 点検場所　…, are no one place)
# (said politely too: …市にあります、…のデータセンター)
# (or the copula's joining form: …の盆地で、最寄りのインターから…)
_JOINT = re.compile(r"(?:の|にある、?|に所在する|内の|内にある、?|(?:内)?に(?:あります|ございます|所在する|位置する)、"
                    r"|(?:で|であり|でして|でございまして)[、，])")
# an owner before the site (委託先が…, 大手通信事業者の…, 同社の、…): a noun
# ending in an operator's word, with が, or with の after a word that says
# which operator (委託先の… alone names none and is left to the site rules)
_OWNER = re.compile(rf"(?:[{KANJI}ァ-ヶー]{{0,8}}?(?:{words_regex(_DC['operators_of_sites'])})が"
                    rf"|(?:[{KANJI}ァ-ヶー]{{2,8}}?(?:{words_regex(_DC['operators_of_sites'])})|同社|同事業者|当該事業者)の[、，]?)$")
# the verb that makes a subject the site's owner (…が九州に持つ施設)
_HAVING = re.compile(r"持つ|持って|構え|保有|所有|有する|運営|設けた|設けて")
_NO_JOIN_KINDS = ("vague_hint",)
# the set a site is picked from, said before it (…事業者のデータセンターのうち、本市が
#利用している…, 民間事業者が運営する施設のうち、内陸の…): one description of the site
_AMONG = re.compile(rf"(?:{words_regex(_DC['facility_words'])})(?:群)?の(?:うち|中で)[、，]?$")
_AMONG_REACH = 40
# what the place is the site of, said after it (…工業団地内に立地する施設)
_STANDING_TAIL = re.compile(rf"(?:内)?に(?:立地|所在|位置)する(?:{words_regex(_DC['facility_words'])}|建物)")



def _segment_before(text: str, start: int, others: list[tuple[int, int]]) -> int | None:
    """Start of a specific segment ending in 、 right before ``start``, or None
    (a segment that holds another site, or a label and its value apart by a
    space, is a list's item of its own: 電算室、南公民館2階…)."""
    if start < 2 or text[start - 1] not in "、，":
        return None
    end = start - 1
    lo = max(0, end - _MAX_SEGMENT)
    cut = None
    for cut in _SEGMENT_CUT.finditer(text, lo, end):
        pass
    s = cut.end() if cut else lo
    if cut is None and lo > 0:
        return None  # longer than a segment of a place
    seg = text[s:end].strip(" 　")
    if any(a < end and b > s for a, b in others) or " " in seg or "　" in seg:
        return None
    # (a place and the verb of being there, said before the site: いわき市にあります、…の
    # データセンター; the place is the site's however politely it is said)
    seg = _BEING_THERE.sub("", seg)
    if len(seg) < 3 or not _NOUN_END.search(seg) or _CLAUSE_MARK.search(seg):
        return None
    if not specific_place(seg):
        return None
    return s + (len(text[s:end]) - len(text[s:end].lstrip(" 　")))


def joined_sites(text: str, findings: list[Finding], recognizer: str,
                 owner_start: Callable[[str, int], int] | None = None) -> list[Finding]:
    """``findings`` with this recognizer's DATA_CENTER findings widened over a
    specific segment or an owner before them, and over the joint between two
    of them. ``owner_start`` reads an operator named before a site (the site
    rules' own reading); it is tried across a comma too (みどり電算の、…,
    …社が運営する、…), which those rules stop at."""
    own = [i for i, f in enumerate(findings) if f.label == "DATA_CENTER" and f.recognizer == recognizer
           and f.attributes.get("kind") not in _NO_JOIN_KINDS]
    if not own:
        return findings
    out = list(findings)
    spans = [(f.start, f.end) for f in findings if f.label == "DATA_CENTER"]
    for i in own:
        f = out[i]
        start = f.start
        for _ in range(3):  # segment after segment (…から約40キロ、…から10キロ以上、…)
            s = _segment_before(text, start, [sp for sp in spans if sp != (f.start, f.end)])
            if s is None:
                break
            start = s
        if owner_start and start > 2 and text[start - 1] in "、，":
            op = owner_start(text, start - 1)
            if op < start - 1:
                start = op
        owner = _OWNER.search(text, max(0, start - 36), start)
        if owner and owner.group(0).endswith("が") and not _HAVING.search(text, start, f.end):
            owner = None  # 委託先が「…」と呼んでいる施設: the subject of calling, not of having
        if owner:
            start = owner.start()
        among = _AMONG.search(text, max(0, start - _AMONG_REACH), start)
        if among:
            # (from the start of the clause that names the set)
            start = max(text.rfind(c, 0, among.start()) for c in "、，。\n") + 1
        tail = _STANDING_TAIL.match(text, f.end)
        if tail:
            f = out[i] = replace(f, end=tail.end(), text=text[f.start:tail.end()])
        if start != f.start:
            out[i] = replace(f, start=start, text=text[start:f.end], reason=f"{f.reason}、前の区切りの所在の記述・運営者")
    # the joint between two pieces: the earlier one reaches the later one
    pieces = sorted((out[i].start, out[i].end, i) for i in own)
    for (s1, e1, i), (s2, e2, _j) in zip(pieces, pieces[1:]):
        if e1 < s2 and _JOINT.fullmatch(text, e1, s2):
            f = out[i]
            if f.end < s2:
                out[i] = replace(f, end=s2, text=text[f.start:s2])
    return out

