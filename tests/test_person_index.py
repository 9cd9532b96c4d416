"""The shared per-text facts and token index of the PERSON passes (_person_index)
give the answers the slower loops they replaced gave: these tests compare each
shortcut with the plain computation on made-up text."""
from __future__ import annotations

import re

from redactor.recognizers import _person_roles as roles
from redactor.recognizers._person_index import KATAKANA_FIRST, facts, token_index
from redactor.tokens import tokenize

_TEXT = ("申請者　北浜 太郎（きたはま たろう）様から、データ管理システムの件で相談があった。\n"
         "出席委員　南町 花子　東山一郎委員長\tグエン・ヴァン・ナム\n"
         "総務課長の西川は、北浜市役所で説明した。ウィルソン氏 山 田 花 子")


def _tokens():
    return tokenize(_TEXT)


def test_index_columns_match_a_plain_scan():
    tokens = _tokens()
    index = token_index(tokens)
    assert index.where("pos1", "固有名詞") == [i for i, t in enumerate(tokens) if t.pos[1] == "固有名詞"]
    assert index.where("surfaces", " ") == [i for i, t in enumerate(tokens) if t.surface == " "]
    never = frozenset(["助詞", "補助記号", "空白"])
    assert index.where_not_in("pos0", "test_never", never) == [i for i, t in enumerate(tokens)
                                                              if t.pos[0] not in never]
    assert index.noun_before_noun() == [i for i in range(len(tokens) - 1)
                                        if tokens[i].pos[0] == "名詞" and tokens[i + 1].pos[0] == "名詞"]
    titles = frozenset(["委員長", "様", "氏"])
    assert index.with_surface("test_titles", titles) == [i for i, t in enumerate(tokens) if t.surface in titles]
    assert index.matching("katakana_first", KATAKANA_FIRST) == [
        i for i, t in enumerate(tokens) if "ァ" <= t.surface[:1] <= "ヺ" or t.surface[:1] == "ー"]
    assert index.oov() == [i for i, t in enumerate(tokens) if t.oov]
    spaces = [m.start() for m in re.finditer(" ", _TEXT)]
    assert index.ending_at(spaces) == [i for i, t in enumerate(tokens) if t.end in spaces]
    assert index.starting_at(spaces) == [i for i, t in enumerate(tokens) if t.start in spaces]


def test_index_is_kept_per_list_not_per_content():
    tokens = _tokens()
    index = token_index(tokens)
    assert token_index(tokens) is index
    other = list(tokens)  # the same tokens in another list (a retagged copy) gets its own
    assert token_index(other) is not index
    assert token_index(tokens) is index  # the two most recent lists are both kept


def test_facts_answer_for_the_text_asked_about():
    text = "参考人の意見を聞いた。"
    assert facts(text).has_any("heard", roles._HEARD)
    other = "委員の意見を聞いた。"
    assert not facts(other).has_any("heard", roles._HEARD)  # another text, its own answer
    assert facts(text).has_any("heard", roles._HEARD)


def test_role_after_shortcut_agrees_with_the_full_reading():
    # every character that the shortcut answers None for, before tails that would
    # otherwise carry a title, an honorific, a reading or a table column
    tails = ["", "委員", "さん", "総務課長", "（やまだ）様", "\t市長", " 議員", "前市長"]
    for c in sorted(roles._NOTHING_AFTER):
        for tail in tails:
            text = "山田" + c + tail
            assert roles.role_after(text, 2) == roles._role_after(text, 2), (c, tail)


def test_role_after_shortcut_leaves_what_can_open_a_title_alone():
    # near misses: characters that open an honorific, a title, a reading or a column
    for c in ("さ", "様", "課", " ", "（", "\t", "く", "ち", "セ"):
        assert c not in roles._NOTHING_AFTER
    assert roles.role_after("山田さん", 2) == ("private", "さん")
    assert roles.role_after("山田は", 2) is None


def test_roster_heading_anywhere_finds_exactly_the_lines_a_heading_matches():
    lines = ["出席委員（５名）", "　説明員", "【委員】", "委員の意見", "出席委員は５名であった。", "傍聴者"]
    for line in lines:
        alone = roles._ROSTER_HEADING.match(line) is not None
        within = roles._ROSTER_HEADING_ANYWHERE.search("前文\n" + line + "\n後文") is not None
        assert alone == within, line
