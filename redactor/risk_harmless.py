"""A positive, named reason that a combination told of someone singles no one out.

The mosaic check (``risk.judge``) weighs the attributes grouped as one person's
and calls a combination high when a handful share it. An examiner calls some
such combinations harmless, and says why:

- ``statistic``: every sentence of the group reports many people (利用者は、
  東町地区にお住まいの７５歳以上の男性が中心です; ７０代の女性の回答が最も多かった).
  The attributes describe a population; no resident is singled out.
- ``public_honour``: every sentence tells an honour the body that gave it
  publishes with the person's name (県知事表彰を受けた, 金賞を受賞した): 情報公開法
  第5条第1号ただし書イ, information made public by custom.
- ``public_act``: every sentence tells a public act in the person's role (防犯講話を行った
  駐在所の巡査, 商店街振興組合の理事長に就任した): the programme or notice publishes it with
  their name (for an official, 第5条第1号ただし書ハ).
- ``own_statement``: every sentence of the group is said in the first person in the
  turn of a member or an official (○山田委員　私にも小学生の子が二人おり、北小学校に…):
  a public figure in role telling of themselves in minutes published with their name.

The words are data (``data/risk_harmless.toml``). This module only reads the
sentences; ``risk.judge`` decides whether the reason may lower the group (never
one with a sensitive fact, an incident or a row of a list, and an honour never
one with a small area, a rare attribute or a dated event: what an announcement
does not publish is judged as always). Fail closed: no reason found, the usual
judgement stands.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Sequence

from redactor.data_files import load_toml
from redactor.risk_facts import RELATIVE_WORDS
from redactor.risk_shapes import PRIVATE_SPEAKERS, SPEAKER_MARK, many_count

_DATA = load_toml("risk_harmless.toml")


def _alternation(words: Sequence[str]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


_STATISTIC = _alternation(_DATA["statistic"]["words"])
_HONOUR = _alternation(_DATA["public_honour"]["words"])
_PUBLIC_ACT = _alternation(_DATA["public_act"]["words"])
# a count of many people (約３０人, 120名, 15世帯); not a household's own count (子ども３人, ４人家族)
_COUNT = re.compile(many_count("人|名|世帯", after="(?!家族|兄弟|暮)"))
# one person counted (１名, お一人, 一人の): the sentence is about them, whatever else it counts
_ONE = re.compile(r"(?<![0-9０-９])[1１]名|(?<![0-9０-９])[1１]人|一名|一人(?!暮|ぐら|世帯|親)|お一人")
_SENTENCE_END = re.compile(r"[。\n]")
# the head of a turn of the minutes: a speaker mark at a line's start and the speaker's label
_TURN_HEAD = re.compile("^%s([^\\s\u3000（(]{1,20})" % SPEAKER_MARK, re.M)
_PUBLIC_POST = re.compile("(?:%s)$" % "|".join(map(re.escape, _DATA["own_statement"]["posts"])))
_PRIVATE = re.compile(PRIVATE_SPEAKERS)
_OTHERS = _alternation(_DATA["own_statement"]["others"])
_FIRST_PERSON = re.compile("|".join(map(re.escape, _DATA["own_statement"]["first_person"]))
                          + "|(?:私|わたし|うち)の(?:%s)" % RELATIVE_WORDS)


def _sentence_spans(text: str, extent: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The whole sentences the group's spans lie in, each once, in order."""
    seen: set[tuple[int, int]] = set()
    for a, b in extent:
        start = max(text.rfind("。", 0, a), text.rfind("\n", 0, a)) + 1
        m = _SENTENCE_END.search(text, max(a, b - 1))
        seen.add((start, m.start() if m else len(text)))
    return sorted(seen)


@lru_cache(maxsize=4)
def _turn_heads(text: str) -> tuple[list[int], list[str]]:
    """Where each speaker mark of the text starts, and its label: read once per
    document, however many groups ask whose turn a sentence is in."""
    heads = list(_TURN_HEAD.finditer(text))
    return [m.start() for m in heads], [m.group(1) for m in heads]


def _public_turn(text: str, start: int, end: int) -> bool:
    """The turn the sentence at ``start``..``end`` is said in is a member's or an
    official's (○山田委員, ◯委員長): the last speaker mark before its end."""
    starts, labels = _turn_heads(text)
    i = bisect_left(starts, end) - 1
    if i < 0:
        return False
    label = labels[i]
    return _PUBLIC_POST.search(label) is not None and _PRIVATE.search(label) is None


def harmless_reason(text: str, extent: Sequence[tuple[int, int]]) -> str | None:
    """``statistic`` when every sentence of the group reports many people,
    ``own_statement`` when every one is a member's or an official's first person in
    their turn, ``public_act`` when every one tells a public act in role, ``public_honour``
    when every one tells a published honour, else None. (Every sentence: what a group's other
    sentences add -- 同氏は一人暮らしで -- is no part of what was published.)"""
    spans = _sentence_spans(text, extent)
    sentences = [text[a:b] for a, b in spans]
    if not sentences:
        return None
    if all((_STATISTIC.search(s) or _COUNT.search(s)) and not _ONE.search(s) for s in sentences):
        return "statistic"
    if all(_FIRST_PERSON.search(text, a, b) and not _OTHERS.search(text, a, b) and _public_turn(text, a, b)
           for a, b in spans):
        return "own_statement"
    if all(_PUBLIC_ACT.search(s) for s in sentences):
        return "public_act"
    if all(_HONOUR.search(s) for s in sentences):
        return "public_honour"
    return None
