"""Regexes tried only near their anchor (``_base.scan``) find exactly what a
scan of every character finds.

Each regex here starts with a lookbehind or a run of kanji, which keeps
Python's regex engine from skipping to where a match can start: searched
through a whole document it is tried in full at every character. ``scan``
tries it only at (or a bounded ``lead`` before) each place its anchor
occurs. The texts below are made-up pieces glued at random, seeded, with
hits, near misses, line ends and brackets, so that a word list or a bound
changed on one side and not the other shows up here as a different match.
"""
import random
import re

import pytest

from redactor.recognizers import _person_anchored as anchored
from redactor.recognizers import address_abroad
from redactor.recognizers._base import scan

_NAMES = ["山", "田", "宮内", "砂金", "柏木", "東", "北浜", "佐々木", "一", "二", "々", "ヶ", "陽子", "清", "亮",
          "さくら", "はると", "ひまり", "ユウキ", "ア", "ー", "会社員"]
_GLUE = ["の", "である", "・", " ", "　", "（", "）", "(", ")", "、", "。", "は", "が", "に", "と", "\n", "\t",
         "6歳", "、６歳", "さん", "ちゃん", "くん", "町", "村", "区", "市", "長", "会", "団"]


def _texts(words: list[str], n: int = 1500, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    pieces = words + _NAMES + _GLUE
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))) for _ in range(n)]


def _same(rx: re.Pattern, anchor: re.Pattern, lead: int, texts: list[str]) -> int:
    found = 0
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan(rx, anchor, text, lead)] == expected, text
        found += len(expected)
    return found


@pytest.mark.parametrize("name", ["_RELATION_GIVEN", "_RELATION_BRACKET", "_RELATION_READING", "_RELATION_JOINED"])
def test_relation_regexes_tried_at_relation_words_find_the_same(name):
    texts = _texts(list(anchored._KIN + anchored._RELATIONS) + ["（はると）", "(ミナ)"])
    found = _same(getattr(anchored, name), anchored._KIN_WORD, 0, texts)
    assert found  # the texts hold matches, not only misses


def test_community_posts_tried_before_each_post_find_the_same():
    posts = re.findall(r"[^|\\]+", anchored._COMMUNITY_POST_WORDS)[:80]
    texts = _texts(posts + ["消防団", "自治会", "老人クラブ", "鈴木一郎太"])
    found = _same(anchored._COMMUNITY_POST, anchored._COMMUNITY_POST_ANCHOR, anchored._COMMUNITY_NAME_MAX, texts)
    assert found


def test_a_name_longer_than_the_lead_is_not_a_community_post_name_either_way():
    # eight kanji before the post: past the regex's own bound, so no match at all
    text = "宮内宮内宮内宮内自治会長"
    assert not list(anchored._COMMUNITY_POST.finditer(text))
    assert not list(scan(anchored._COMMUNITY_POST, anchored._COMMUNITY_POST_ANCHOR, text,
                         anchored._COMMUNITY_NAME_MAX))


def test_foreign_addresses_tried_before_each_unit_find_the_same():
    texts = _texts(["省", "州", "特別市", "自治区", "広域市", "上海", "浦東", "新", "世紀", "大道", "路", "街", "通り",
                    "ストリート", "100", "-", "号", "番地", "中国", "北京", "朝陽", "建国", "88",
                    "カリフォルニア", "ニューサウスウェールズ", "黒竜江"])
    found = _same(address_abroad._FOREIGN, address_abroad._FOREIGN_ANCHOR, address_abroad._FOREIGN_LEAD, texts)
    assert found


def test_a_word_list_anchor_is_factored_with_the_same_places() -> None:
    """An anchor that is a list of words is scanned factored by common
    beginnings; the places it gives are those of the list written longest
    first (the longest word at each place)."""
    from redactor.recognizers._base import _factored_anchor
    from redactor.recognizers._text import words_regex

    words = ["会長", "自治会長", "町内会長", "会計", "会計年度任用職員", "職員", "主事", "主事補", "係長", "課長"]
    anchor = re.compile(words_regex(words))
    fast = _factored_anchor(anchor)
    assert fast is not anchor
    texts = _texts(words, n=400)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in anchor.finditer(text)], text
        assert [bool(fast.match(text, p)) for p in range(len(text))] == \
            [bool(anchor.match(text, p)) for p in range(len(text))]
    rx = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}(?:自治会長|町内会長|会長)")
    assert _same(rx, anchor, 6, texts) > 0  # scan over the factored anchor: what finditer finds


@pytest.mark.parametrize("pattern", [
    "会長|自治会長|町内会長|会計|会計年度任用職員|職員|主事|主事補",  # a short word before a longer one it begins
    r"会長|[0-9]+人|職員|主事|主査|係長|課長|部長",                     # not only words
    "会長|職員|主事",                                                   # too short to be worth it
])
def test_anchors_that_would_match_otherwise_are_left_alone(pattern: str) -> None:
    from redactor.recognizers._base import _factored_anchor

    anchor = re.compile(pattern)
    assert _factored_anchor(anchor) is anchor
