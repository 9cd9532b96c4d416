"""Facts of the statutory classes said in everyday words, with no term.

A committee member or a neighbour rarely says 「逮捕歴がある」 or 「生活保護を
受給している」; they say 「警察に連れて行かれた」, 「役所の保護を受けて暮らして
いる」, 「健診で引っかかった」. Each class has nouns that belong to it and the
verbs Japanese uses with them (data/sensitive_everyday.toml): a head noun,
then within a few characters of the same sentence one of its class's verbs;
a few verbs say the fact alone (だまされて, 身を隠して).

Such words are ordinary, so a match is only a candidate: the caller keeps it
only in the predicate of a private person's topic (_sensitive_topic), and the
usual checks for a programme, a statistic or a group apply to it as to a
term. Whole phrases are matched with one regex per class (heads, then the
verbs after them), so the cost is one scan per class, not one per word.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.recognizers._base import scan
from redactor.recognizers._text import KANJI_ODORIJI, words_regex

_DATA = load_toml("sensitive_everyday.toml", "redactor.recognizers.data")
_REACH = int(_DATA["reach"])
# A head, then what stands between it and the verb (no sentence end, no line end,
# no topic は: 妻は|元夫から逃げ starts at 元夫), then the verb. The head is a word of its own: no kanji before it
# (工夫 is no husband) and no kanji or katakana after it (保護者, 薬局: the noun goes
# on to name something else), except 上の (信仰上の理由) and after a head that
# ends on a particle (一人では|風呂にも入れない), or before a verb of its class
# that starts with a kanji (便潜血|陽性).
_CLASSES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (c["kind"], re.compile(words_regex(c["heads"])), re.compile(
        rf"(?<![{KANJI_ODORIJI}])(?:{words_regex(c['heads'])})(?:(?<=[ぁ-ん])|(?!(?!上の)[{KANJI_ODORIJI}ァ-ヶー])|(?=(?:{words_regex(c['verbs'])})))"
        rf"[^。\n「」は]{{0,{_REACH}}}?(?:{words_regex(c['verbs'])})"))
    for c in _DATA["classes"].values()]
_ALONE: list[tuple[str, re.Pattern[str]]] = [
    (c["kind"], re.compile(words_regex(c["alone"]))) for c in _DATA["classes"].values() if c.get("alone")]


def everyday_matches(text: str) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, phrase, kind) of each head-and-verb phrase (and each
    verb that says its fact alone), leftmost first per class."""
    for kind, heads, pattern in _CLASSES:
        for m in scan(pattern, heads, text):  # (only the lines that hold a head: the phrase stays in its line)
            yield m.start(), m.end(), m.group(0), kind
    for kind, pattern in _ALONE:
        for m in scan(pattern, pattern, text):
            yield m.start(), m.end(), m.group(0), kind
