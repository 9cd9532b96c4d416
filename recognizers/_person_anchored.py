"""PERSON candidates anchored on context, so that detection fails closed.

Sudachi's 人名 tags miss names it reads as words or places (鬼灯, 南, 桜)
and given names in hiragana (さくら). Where the context itself says "a
person's name stands here", the name is found whatever the dictionary
thinks of it:

- every run of name characters right before a personal honorific (さん,
  様, さま, 氏, 君, 殿, ちゃん, くん): 中村　さくら様, 鬼灯さん;
- every value after a name field label (氏名, 宛名, 申請者, 相談者, 申立人,
  請求人, 代理人, 被保険者, 世帯主 ...): 申立人　鬼灯 蒼;
- every cell under such a label in a tab-separated table (a name column).

A candidate is dropped only for a positive, named reason (``_drops.drop``):
a title or job before the honorific (福祉課長さん, 運転手さん), a polite
word (お客様, 皆さん), an organisation (農協さん), a place (北多摩市),
a field heading (氏名　住所). The name lexicons (``_name_lexicon``) keep a
candidate that is a known name from being dropped as a word, join a
surname to a given name across one space (門 恵子さん, 杉 みなみさん) and
split a fused full name (鬼灯蒼) to key the person by the surname.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import Callable, Iterable

from redactor.data_files import load_toml
from redactor.recognizers._person_district import post_of_next_name
from redactor.recognizers._base import scan
from redactor.recognizers._person_table import header_cell_at, rules_as_tabs
from redactor.recognizers import _context as ctx
from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._drops import drop
from redactor.recognizers._person_roles import AFTER, BEFORE, COMMUNITY, ROLES as _ROLES, decide_role
from redactor.recognizers._text import KANJI, KANJI_NAME, KANJI_ODORIJI, LATIN_NAME, words_regex
from redactor.tokens import Token, dictionary_tags

# 氏　名 (a heading spelt out): the 氏 is followed by spaces and 名 and the cell ends
_SPACED_NAME_HEADING = re.compile(r"[ \t]{1,3}名(?:[ \t]|$)", re.M)
_WORDS = load_toml("person_not_names.toml", "redactor.recognizers.data")
_NOT_BEFORE_HONORIFIC = frozenset(_WORDS["before_honorific"]["words"])
_PERSON_SUFFIXES = tuple(_WORDS["before_honorific"]["person_suffixes"])
_ORG_SUFFIXES = tuple(_WORDS["before_honorific"]["org_suffixes"])
_NOT_FIELD_VALUES = frozenset(_WORDS["field_values"]["words"])
_NUMERAL_COUNTERS = tuple(_WORDS["numeral_counters"]["words"])
_KANJI_NUMERALS = re.compile(r"[〇一二三四五六七八九十百]+")


def not_a_field_value_words() -> frozenset[str]:
    """Values of a name field that are no name (なし, 不詳, 本人)."""
    return _NOT_FIELD_VALUES
TITLES = frozenset(AFTER["official"]) | frozenset(AFTER["person"])
_TITLE_ENDINGS = tuple(sorted(TITLES, key=len, reverse=True))
ROLE_WORDS = frozenset(w for ws in BEFORE.values() for w in ws)
_FIELD_HEADINGS = frozenset(["住所", "所在地", "電話", "電話番号", "連絡先", "生年月日", "年齢", "性別", "職業",
                             "所属", "役職", "備考", "続柄", "国籍", "日付", "金額", "番号", "署名", "印",
                             "氏名", "名前", "フリガナ", "ふりがな", "宛名", "様", "殿",
                             # the post columns of a personnel list (人事異動: 新職　氏名　旧職)
                             "新職", "旧職", "現職", "前職", "職名", "役職名", "所属名"])
_MUNICIPALITY = re.compile(rf"[{KANJI}ヶ]+[都道府県市区町村郡]")

# Honorifics that follow a person's name (君 is how minutes name members;
# person_roles decides that it is an official's).
_HONORIFIC = re.compile(r"ちゃん|くん|さん|さま|様|氏|君|殿")
# Words that start with an honorific's character and are not one.
_NOT_HONORIFIC_AFTER = {"様": "式子々相態変", "氏": "名族子", "君": "主臨", "殿": "堂様下", "さま": "ざよ",
                        "ちゃん": "と", "さん": "ぽ"}
_NAME_CHAR = re.compile(rf"[{KANJI_NAME}ァ-ヺーA-Za-z・]")
_KANJI_OR_KATA = re.compile(rf"[{KANJI_NAME}ァ-ヺー]")
_HIRA = re.compile(r"[ぁ-ゖー]")
_NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百千〇元]")
_PARTICLES = "はがのにをとへもやで、。「（(：:"
# what follows a child's honorific: a particle, a stop or a bracket (ゆうたくんの, みおちゃん、)
_AFTER_CHILD_HONORIFIC = frozenset("のがはにをともへや、。）)」 \n")
_POLITE_PREFIX = ("お", "ご", "御")
_CHILD_HONORIFICS = ("ちゃん", "くん")
_KANA_BEFORE_CHAN = frozenset(_WORDS["before_honorific"]["kana_before_chan"])
_KANA_BEFORE_SAN = frozenset(_WORDS["before_honorific"]["kana_before_san"])
_KANA_BEFORE_SAN_POLITE = frozenset(_WORDS["before_honorific"]["kana_before_san_polite"])
_ADULT_HONORIFICS = ("さん", "様", "さま")

# A field label, then a separator, then the value up to where a field ends.
# The label may close a compound label (異議申立人, 申出人代理人弁護士), and a
# value may open with the mark of the deceased (被相続人　亡　…, 故 …).
# Only the labels of a party named in a form or notice (not 市民, 児童 or
# 会社員, which head table rows and titles: 利用者 満足度調査).
NAME_FIELDS = frozenset(["氏名", "宛名", "宛先", "申請者", "申立人", "請求人", "審査請求人", "相談者", "代理人",
                         # the requester of a disclosure (情報公開条例の開示請求者)
                         "請求者", "開示請求者",
                         "被保険者", "世帯主", "通報者", "受給者", "保護者", "相手方", "契約者", "所有者", "名義人",
                         "口座名義", "連帯保証人", "保証人", "申出人", "申出者", "届出人", "届出者", "請願者",
                         "陳情者", "入居者", "利用者", "被害者", "加害者", "運転者", "患者", "本人氏名",
                         # people who apply for or attend what the office runs (講座, 試験, 窓口)
                         "受講者", "申込者", "応募者", "受験者", "来庁者", "来所者",
                         # a contractor's people as a form's fields (建設業法 第19条の2, 第26条;
                         # inspection and service reports): names Sudachi does not know too
                         "現場代理人", "主任技術者", "監理技術者", "専門技術者", "現場責任者", "工事責任者",
                         "作業責任者", "管理技術者", "照査技術者", "点検者", "作業者", "作業従事者", "常駐技術者",
                         # parties of succession, debts and suits (民法 第882条以下, 民事訴訟法):
                         # the deceased, heirs, debtors, the parties of a suit
                         "被相続人", "相続人", "遺言者", "受遺者", "死亡者", "故人", "債務者", "債権者", "滞納者",
                         "原告", "被告", "参加人", "補助参加人",
                         # an agent's profession as its field (代理人弁護士　…): REVIEW, see [before] unclear
                         "弁護士", "司法書士", "行政書士"])
# (a resident's community post is a field too: 自治会長：東雲大地, 民生委員　東雲大地 -- fail
# closed: the value is a candidate whose role decide_role reads from the post)
_FIELD_LABELS = sorted(set(NAME_FIELDS) | set(COMMUNITY) | set(_ROLES["community"]["commissioned"]),
                       key=len, reverse=True)
_SEG = rf"[{KANJI_NAME}ァ-ヺー{LATIN_NAME}][{KANJI_NAME}ァ-ヺー{LATIN_NAME}・]{{0,11}}"
_GIVEN_SEG = rf"(?:[{KANJI_NAME}ァ-ヺー{LATIN_NAME}][{KANJI_NAME}ァ-ヺー{LATIN_NAME}・]{{0,7}}|[ぁ-ゖー]{{2,6}})"
# Initials standing for a name (K.T., S・K, T.M.): two or three capitals, each after a stop or a
# 中黒 (the text is normalised: Ｋ．Ｔ． reads K.T.). One capital alone (Ａさん) is read as a name run.
INITIALS = r"[A-Z](?:[.・] ?[A-Z]){1,2}\.?"
_INITIALS_BEFORE = re.compile(rf"(?<![A-Za-z0-9.・]){INITIALS}\Z")
_INITIALS_WHOLE = re.compile(INITIALS)
_FIELD = re.compile(
    r"(?:^|(?<=[\t 　\nの%s]))(?P<label>%s)(?:氏名|名)?(?:[ \t]*[:：][ \t]*|[ \t]+)(?:[亡故][ ]?)?"
    r"(?P<value>%s|%s(?: ?%s)?|[ぁ-ゖー]{2,6}(?: [ぁ-ゖー]{1,6})?)(?=[ ]?(?:様|殿|さん|[(（])|[ ]*(?:\n|\t|$)|[ ]{2,}|[(（、。,]"
    # (or one space and the row's next cell, which opens with a number or an era's date:
    # 世帯主　東雲　さくら　昭和２０年生, 連絡者　東雲　さくら　０９０-…; no name holds a digit)
    r"|[ ](?:\d|(?:明治|大正|昭和|平成|令和)[\d元]|[MTSHR]\d))"
    % (KANJI, words_regex(_FIELD_LABELS, longest_first=False), INITIALS, _SEG, _GIVEN_SEG), re.M)

# How a field's value ends other than before a numbered cell (see _FIELD).
_VALUE_END = re.compile(r"[ ]?(?:様|殿|さん|[(（])|[ ]*(?:\n|\t|$)|[ ]{2,}|[(（、。,]")

# A role or post with the name in brackets after it (保護者代表（月見野 さくら）, 町内会長（東雲）):
# the bracket holds what the label names, as a field's value does.
_BRACKET_FIELD = re.compile(
    r"(?:^|(?<=[\t 　\nの%s]))(?P<label>%s)(?:代表)?[(（](?P<value>%s(?: ?%s)?)(?=[ ]?(?:様|殿|さん|氏)?[)）])"
    % (KANJI, words_regex(_FIELD_LABELS, longest_first=False), _SEG, _GIVEN_SEG), re.M)

# How the name of a district ends (北町, 三丁目, 緑が丘団地): a bracket after a post holding one names
# the post's district.
_DISTRICT_END = re.compile(r"(?:町|村|区|地区|丁目|団地|集落|台|丘|組)$")

# Hiragana words before a given name that are not a surname: demonstratives and
# greetings (この めいさん, おはよう ゆいちゃん), and how a kana word ends when it is
# a particle's or a sentence's (きょうは, いっしょに).
_KANA_NOT_SURNAMES = frozenset(["この", "その", "あの", "どの", "こんにちは", "おはよう", "こんばんは", "ありがとう",
                                "おめでとう", "さようなら", "みなさん", "あなた", "わたし", "ぼく", "きみ", "みんな",
                                "おとうさん", "おかあさん", "せんせい", "ともだち", "おともだち", "きょう", "あした"])
_KANA_ENDS = frozenset("はがをにへでもとやかよねなの")


def _ends_like_a_particle(word: str) -> bool:
    """A kana word ending like a particle (きょうは, ともだちと), but not the
    …もと of surnames (やまもと, さかもと)."""
    return word[-1] in _KANA_ENDS and not word.endswith("もと")
_FUSED_KANA = re.compile(rf"(?<=[{KANJI_ODORIJI}ァ-ヺー])[ぁ-ゖー]{{2,6}}$")

Emit = Callable[..., object]


def _tail(text: str, end: int, char: re.Pattern, limit: int) -> int:
    """Start of the run of ``char`` characters ending at ``end`` (at most ``limit``)."""
    i = end
    while i > 0 and end - i < limit and char.match(text, i - 1):
        i -= 1
    return i


def not_a_name_before_honorific(s: str, before: str) -> str | None:
    """Why ``s`` right before an honorific is not a name, or None (a name).
    A name in the lexicons is a name whatever else it is (大地, 桜, 森)."""
    compact = s.replace(" ", "")
    if compact in _NOT_BEFORE_HONORIFIC:
        return "敬称がつく普通の語（皆さん、お客様、大家さん）"
    if compact in _KIN and not lex.is_surname(compact):
        # 長男さん: a relative named by the relation (the given-name lexicon
        # also lists 長男 as a reading of a name, never so before さん)
        return "敬称の前が続柄の語（長男さん、娘さん）"
    if lex.is_surname(compact) or lex.is_given_name(compact):
        return None
    if compact in TITLES or compact.endswith(_TITLE_ENDINGS):
        return "敬称の前の職名・肩書（課長さん、先生）"
    if lex.split_full_name(compact, both_known=True):
        return None
    if before.endswith(_POLITE_PREFIX):
        return "お・ご＋語（お医者さん、ご苦労様）"
    if compact.endswith(_ORG_SUFFIXES):
        return "敬称の前の団体名（農協さん、〇〇銀行さん）"
    if len(compact) >= 2 and compact.endswith(_PERSON_SUFFIXES):
        return "敬称の前の職業・続柄の語（運転手さん、看護師さん）"
    if compact in ROLE_WORDS:
        return "敬称の前の役割語"
    return None


def past_counter(text: str, s: int, p: int) -> int:
    """The start of the name in the run ``text[s:p]`` past a numeral's
    counter written solid before it (１２番中嶋美穂君: the chair calls a
    member by seat number; ２組田中さん, 十二番森君): the counter ends the
    number, it starts no name. A run that a known surname starts
    (一番ヶ瀬) is left whole."""
    lead = 0
    if s == 0 or not text[s - 1].isdigit():
        m = _KANJI_NUMERALS.match(text, s, p)
        if not m:
            return s
        lead = m.end() - s
    counter = ctx.starts_with_word(text[s + lead:p], _NUMERAL_COUNTERS)
    if not counter:
        return s
    cut = s + lead + len(counter)
    run = text[s:p]
    if any(lex.is_surname(run[:k]) for k in range(cut - s + 1, len(run) + 1)):
        return s
    if cut >= p:
        # １２番さん: a seat's number, no name (digits before it); 二階様, 四階さん:
        # kanji alone may be a surname (二階), so the run stays whole
        return s if lead else p
    return cut


def _person_key(compact: str, parts: list[str]) -> tuple[str, bool]:
    """(surname key, full name?) from the parts the name was written in."""
    if len(parts) > 1:
        return parts[0], True
    split = lex.split_full_name(compact)
    if split:
        return split[0], True
    return compact, False


def _name_tokens_before(by_end: dict[int, Token], floor: int, end: int) -> int:
    """Start of the trailing tokens before ``end`` that can be a name (人名,
    a proper noun other than a place, an unknown word, a lexicon name),
    within six characters: the name at the end of a long run of words
    (北多摩市福祉課山田 -> 山田)."""
    s = end
    while s in by_end:
        t = by_end[s]
        if t.start < floor or end - t.start > 6 or not (
                t.pos[2] == "人名" or t.oov or (t.pos[1] == "固有名詞" and t.pos[2] != "地名")
                or lex.is_surname(t.surface) or lex.is_given_name(t.surface)):
            break
        s = t.start
    return s


def before_honorifics(text: str, emit: Emit, bounds: frozenset[int], by_end: dict[int, Token],
                      tokens: list[Token]) -> Iterable[object]:
    """A finding for each run of name characters right before an honorific.
    ``bounds``: where Sudachi's tokens start and end; an honorific inside a
    word (同様, 模様, 諸君, 貴殿, 氏名) is not one."""
    for m in _HONORIFIC.finditer(text):
        h, word = m.start(), m.group(0)
        # a token that took the honorific in (江殿; 一井 将厚様 read 将|厚様, a
        # kind of paper; 将厚くん read 厚く|ん): still an honorific when that
        # token is a name, or when the name characters before the honorific
        # are a known name of two characters or more, or one after a surname
        # and a space (一井 一様); 同様, 模様 and 諸君 stay words
        inside_name = False
        if h not in bounds:
            swallowed = tokens[bisect_right(tokens, h, key=lambda t: t.start) - 1]
            run = text[_tail(text, h, _NAME_CHAR, 6):h]
            inside_name = swallowed.pos[1] == "固有名詞" or swallowed.oov or (
                (lex.is_given_name(run) or lex.is_surname(run) or lex.split_full_name(run, both_known=True)
                 # 鬼灯史津華氏 read 史津|華氏 (Fahrenheit): a rare surname before a known given name
                 or (len(run) >= 4 and lex.split_full_name(run) is not None))
                and (len(run) >= 2 or (
                    text[h - 2:h - 1] == " " and lex.is_surname(text[_tail(text, h - 2, _NAME_CHAR, 4):h - 2])))
            ) or (
                # 鬼灯一様: a one-kanji given name the lexicon knows, fused into a
                # word with the honorific (一様), after two or more name characters
                swallowed.start == h - 1 and lex.is_given_name(run[-1:]) and (
                    len(run) >= 3 or (len(run) == 1 and text[h - 2:h - 1] == " "
                                      and h - 2 - _tail(text, h - 2, _NAME_CHAR, 4) >= 2)))
            kana_run = text[_tail(text, h, _HIRA, 6):h]
            if not inside_name and word in _CHILD_HONORIFICS and len(kana_run) >= 2 \
                    and text[m.end():m.end() + 1] in _AFTER_CHILD_HONORIFIC:
                # そうた|くんの read そう|たく|ん: a hiragana run, then くん/ちゃん and a
                # particle or a stop, is a child's name and its honorific (the
                # words it is not, おばあちゃん and the like, are dropped below)
                inside_name = True
        if (h not in bounds and not inside_name) or m.end() not in bounds or (
                text[m.end():m.end() + 1] and text[m.end()] in _NOT_HONORIFIC_AFTER.get(word, "")):
            if h not in bounds and not inside_name and text[_tail(text, h, _NAME_CHAR, 6):h]:
                drop("PERSON", text, _tail(text, h, _NAME_CHAR, 6), h, f"敬称「{word}」が語の一部（同様・模様・諸君）")
            continue  # 同様, 様式, 氏名, 殿堂: not an honorific
        if word == "氏" and _SPACED_NAME_HEADING.match(text, m.end()):
            # 番号　氏　名　生年月日: the heading 氏名 spelt out with a space, not an honorific
            drop("PERSON", text, _tail(text, h, _NAME_CHAR, 6), h, "見出し「氏　名」の「氏」")
            continue
        p = h - 1 if text[h - 1:h] == " " else h
        initials = _INITIALS_BEFORE.search(text, max(0, p - 10), p)
        if initials:
            # K.T.さん, Ｓ・Ｋ様: initials written for a name are a person's name (fail closed)
            s = initials.start()
            compact = text[s:p]
            key, full = _person_key(compact, [compact])
            role, source, rword = decide_role(text, s, p)
            yield emit("PERSON", s, p, 0.8, f"敬称「{word}」の前のイニシャル", role=role, role_source=source,
                       role_word=rword, person_key=key, full_name=full)
            continue
        run_start = _tail(text, p, _NAME_CHAR, 24)
        s = past_counter(text, run_start, p)
        if s == p and run_start < p:
            drop("PERSON", text, run_start, p, "数字のあとの助数詞だけ（１２番さん）")
        if p - s > 6:  # longer than one name written solid: the name is its end, if any
            s = _name_tokens_before(by_end, s, p)
            if s == p:
                drop("PERSON", text, _tail(text, p, _NAME_CHAR, 24), p, "敬称の前が人名には長い語の並び")
                continue
        if s < p and not text[s:p].strip("ー"):
            s = p  # みーちゃん: a long-vowel mark ends a hiragana name, read below
        parts: list[str]
        if s < p:
            given = text[s:p]
            parts = [given]
        else:
            # a given name in hiragana (さくら様, 中村　ひなたちゃん): the whole
            # hiragana run, or its end after a particle (宛名はさくら様), when
            # the lexicon knows it as a given name
            k = _tail(text, p, _HIRA, 6)
            given = ""
            fused = _fused_kana_name(text, p)
            if fused is not None:
                # みやもとはるとさん: a whole name in hiragana written solid
                s, cut = fused
                given, k = text[s:p], p  # (k = p: the loop below has nothing to read)
                parts = [text[s:cut], text[cut:p]]
            for cut in range(k, p - 1):
                if (cut == k or text[cut - 1] in _PARTICLES) and lex.is_given_name(text[cut:p]):
                    given, s = text[cut:p], cut
                    break
            if not given and word in _CHILD_HONORIFICS and p - k >= 2:
                # みーちゃん, ゆいくん: a child's name or nickname in hiragana that
                # the lexicon does not know -- after ちゃん/くん a name unless it
                # is a relation, a baby or a pet (おばあちゃん, わんちゃん)
                cut = max((i + 1 for i in range(k, p) if text[i] in _PARTICLES), default=k)
                nick = text[cut:p]
                if len(nick) >= 2 and not nick.startswith("ー"):
                    if nick in _KANA_BEFORE_CHAN or nick.removeprefix("お") in _KANA_BEFORE_CHAN:
                        drop("PERSON", text, cut, p, f"「{word}」の前の続柄・赤ちゃん・ペットの語")
                        continue
                    given, s = nick, cut
            if given and word in _ADULT_HONORIFICS and _kana_word_of_address(given):
                # ごくろうさま, おきゃくさま: the lexicons know the kana as a given name too
                drop("PERSON", text, s, p, f"「{word}」の前の続柄・呼び掛けのかな語")
                continue
            if not given and word in _ADULT_HONORIFICS and p - k >= 2:
                # かじやさん, ちゃやさん: a hiragana word before さん/様 that the
                # lexicon does not know: a house's name (屋号) or a name written in
                # kana -- found unless it is a relation or a word of address
                # (おばあさん, だんなさん, みなさま); Sudachi's particle right before
                # the honorific (かじ|や|さん) is part of the word
                cut = _kana_word_start(by_end, k, p)
                kana = text[cut:p]
                if len(kana) >= 2:
                    if _kana_word_of_address(kana):
                        drop("PERSON", text, cut, p, f"「{word}」の前の続柄・呼び掛けのかな語")
                        continue
                    given, s = kana, cut
            if not given:
                continue  # no name characters before the honorific: nothing to find
            if fused is None:
                parts = [given]
            if s > 0 and _KANJI_OR_KATA.match(text, s - 1):  # 佐々木ひなた: the surname before it
                s2 = past_counter(text, _tail(text, s, _NAME_CHAR, 8), s)  # (５歳ゆうとくん: no surname)
                if s2 < s and text[s2:s] not in ROLE_WORDS:
                    parts.insert(0, text[s2:s])
                    s = s2
        # one space back to a surname (門 恵子さん, 中村　さくら様)
        # -- not over a date or time word (令和5年度 田中さん, 本日 森さん)
        if s >= 2 and text[s - 1] == " " and _KANJI_OR_KATA.match(text, s - 2):
            s2 = _tail(text, s - 1, _NAME_CHAR, 5)
            sur = text[s2:s - 1]
            before_sur = by_end.get(s - 1)
            unknown_sur = not lex.is_surname(sur)
            if len(parts) == 1 and len(sur) <= 4 and sur not in ROLE_WORDS and sur not in NAME_FIELDS \
                    and sur not in _FIELD_HEADINGS and not _office_word_before(sur, parts[0], before_sur) and not (
                    unknown_sur and (_NUMERAL.match(text, s2 - 1) if s2 else False
                                     or (before_sur is not None and before_sur.pos[2] in ("副詞可能", "助数詞可能")))
                    ) and (not unknown_sur or (
                    not sur.endswith(_TITLE_ENDINGS) and (lex.is_given_name(parts[0]) or len(parts[0]) <= 2))):
                parts.insert(0, sur)
                s = s2
        elif s >= 3 and text[s - 1] == " " and _HIRA.match(text, s - 2) and len(parts) == 1 \
                and _HIRA.match(parts[0]):
            # おの　ひろしさん, あらい そうた さんへ: a whole name in hiragana (notices
            # written for children, やさしい日本語) -- the hiragana word before the
            # space is the surname when it stands alone as a word and is a known
            # surname, or does not end like a particle or a copula's sentence
            s2 = _tail(text, s - 1, _HIRA, 6)
            sur = text[s2:s - 1]
            alone = s2 == 0 or text[s2 - 1] in " \n\t「（(、"
            if alone and 2 <= len(sur) <= 5 and sur not in _KANA_NOT_SURNAMES and (
                    lex.is_surname(sur) or ("人名", "姓") in dictionary_tags(sur) or not _ends_like_a_particle(sur)):
                parts.insert(0, sur)
                s = s2
        # a role word fused before the name (会社員山田さん): the name is after it
        # (a surname that only starts like one, 母袋さん, stays whole)
        compact = "".join(parts)
        lead = ctx.starts_with_word(parts[0], ROLE_WORDS) if not lex.is_surname(parts[0]) else None
        whole = lex.split_full_name(compact) if lead else None
        if whole and lead and lex.is_surname(whole[0]) and len(whole[0]) > len(lead):
            lead = None  # 妻沼典雪: a known surname that starts like 妻 -- both readings hidden (fail closed)
        if lead and len(lead) < len(compact):
            s += len(lead)
            parts[0] = parts[0][len(lead):]
            compact = compact[len(lead):]
            if not parts[0]:
                parts.pop(0)
        if s < p and text[s] == "・" and parts:  # 故・大森一郎氏: the 中黒 after 故 is no part of the name
            s += 1
            parts[0] = parts[0][1:]
            compact = compact[1:]
            if not parts[0]:
                parts.pop(0)
        reason = not_a_name_before_honorific(compact, text[max(0, s - 1):s]) if len(parts) == 1 else None
        if reason:
            drop("PERSON", text, s, p, reason)
            continue
        key, full = _person_key(compact, parts)
        role, source, rword = decide_role(text, s, p)
        yield emit("PERSON", s, p, 0.8 if len(compact) == 1 else 0.85, f"敬称「{word}」の前の人名",
                   role=role, role_source=source, role_word=rword, person_key=key, full_name=full)


def _kana_word_of_address(kana: str) -> bool:
    """A relation, a role or a word of address in kana said before さん/様
    (おばあ, だんな; with its polite お/ご: おきゃく, ごくろう)."""
    return kana in _KANA_BEFORE_SAN or kana.removeprefix("お") in _KANA_BEFORE_SAN or (
        kana[:1] in "おご" and kana[1:] in _KANA_BEFORE_SAN_POLITE)


def _kana_word_start(by_end: dict[int, Token], floor: int, end: int) -> int:
    """Where the hiragana word ending at ``end`` starts (not before ``floor``,
    the start of the hiragana run): back over Sudachi's tokens to a particle,
    an auxiliary or a pre-noun word (集落の|かじや, その|よしえ); a particle
    right before the honorific is read as the word's last kana (かじ|や)."""
    pos, first = end, True
    while pos > floor:
        t = by_end.get(pos)
        if t is None or t.start < floor:
            return pos if t is not None else floor
        if t.pos[0] in ("助詞", "助動詞", "連体詞", "代名詞") and not (first and t.pos[0] == "助詞"):
            return pos
        pos, first = t.start, False
    return pos


def _fused_kana_name(text: str, end: int) -> tuple[int, int] | None:
    """(start, cut) of a whole name in hiragana written solid right before
    ``end`` (みやもとはると, ますだくみこ): a hiragana run standing as a word,
    made of a given name the lexicons or the dictionary know (two characters
    or more) after a surname, known or not (few lists hold surnames in kana),
    that is no greeting or word of address and does not end like a particle
    (こんにちは|さくら, せんせいの|みな are not)."""
    k = _tail(text, end, _HIRA, 10)
    if end - k < 4 or not (k == 0 or text[k - 1] in " \n\t「（(、"):
        return None
    best = None
    for cut in range(k + 2, end - 1):
        sur, given = text[k:cut], text[cut:end]
        if given in _KANA_FUNCTION_WORDS or sur in _KANA_NOT_SURNAMES or len(sur) > 5 \
                or not (lex.is_given_name(given) or ("人名", "名") in dictionary_tags(given)):
            continue
        known = lex.is_surname(sur) or ("人名", "姓") in dictionary_tags(sur)
        if known:
            return k, cut
        if best is None and not _ends_like_a_particle(sur):
            best = (k, cut)  # the longest given name, unless a known surname splits it
    return best


# Kana words that the name lists know as readings but that end a phrase (…から, …まで).
_KANA_FUNCTION_WORDS = frozenset(["から", "まで", "より", "など", "だけ", "ほど", "ため", "こと", "もの", "とき"])


# Kin terms (households.toml: 妻, 二女, 長男 …): a value made only of them, joined by ・ or
# 、 (他の相続人（妻・二女）), names relations, not persons by name.
_HOUSEHOLDS = load_toml("households.toml", "redactor.recognizers.data")
_KIN_TERMS = frozenset(_HOUSEHOLDS["kin_terms"] + _HOUSEHOLDS["female_kin"] + _HOUSEHOLDS["male_kin"])


def heading_list(value: str) -> bool:
    """Whether ``value`` is column headings joined by ・ or 、 (所属・役職等,
    住所・電話番号), or one spelt out with a space (旧　職): the next cell of a
    table's heading row, not a name."""
    if " " in value and value.replace(" ", "") in _FIELD_HEADINGS:
        return True
    headings = re.split(r"[・/／、]", value[:-1] if value.endswith("等") else value)
    return len(headings) >= 2 and all(h in _FIELD_HEADINGS for h in headings)


def _value_reason(value: str) -> str | None:
    """Why a name field's value is not a name, or None (it is one)."""
    first = value.split(" ")[0]
    if value in _NOT_FIELD_VALUES or first in _NOT_FIELD_VALUES:
        return "氏名欄の値が「なし」「本人」など"
    kin = re.split(r"[・、,]", value)
    if len(kin) >= 2 and all(k.strip() in _KIN_TERMS for k in kin):
        return "続柄の語の並び（妻・二女）"
    if _HIRA.match(value) and " " not in value and not lex.is_given_name(value):
        return "ひらがなの語（名の辞書にない）"
    if value in _FIELD_HEADINGS or first in _FIELD_HEADINGS or value in ROLE_WORDS:
        return "見出し語（表の見出し行）"
    if heading_list(value):
        return "見出し語の並び（所属・役職等: 表の見出し行）"
    split = lex.split_full_name(first)
    if _MUNICIPALITY.match(first) and not lex.is_surname(first) and not (
            split and (len(split[1]) >= 2 or lex.is_surname(split[0]))):
        # 北多摩市 is a place; 一井友市, 鬼灯友市, 上町蒼 (a surname before a known given name) are not
        return "地名（市区町村）で始まる値"
    if first.endswith(_ORG_SUFFIXES) or "株式会社" in value or "有限会社" in value:
        return "団体名"
    if " " not in value and dictionary_tags(value) == _VERBAL_NOUN and not lex.is_surname(value) \
            and not lex.is_given_name(value):
        # 審査請求人　退室, 申立人　着席: a stage direction of the minutes, not the party's name
        return "動作を表す語（退室・着席など）"
    return None


# Sudachi's reading of a verbal noun (退室, 着席, 発言): an action, not a name.
_VERBAL_NOUN = frozenset([("サ変可能", "*")])


def _common_words_only(tokens: list[Token], start: int, end: int) -> bool:
    """Four or more characters of known common nouns and nothing a name list
    knows (満足度調査, 説明会資料): a heading or a description, not a name."""
    i = bisect_left(tokens, start, key=lambda t: t.start)
    words = []
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].surface != " ":
            words.append(tokens[i])
        i += 1
    if sum(len(t.surface) for t in words) < 4 or any(t.end > end for t in words):
        # (a token running past the value is not the value's word: Sudachi has 林(はやし) as one)
        return False
    return all(t.pos[1] == "普通名詞" and not t.oov and not lex.is_surname(t.surface)
               and not lex.is_given_name(t.surface) for t in words)


def field_values(text: str, emit: Emit, tokens: list[Token]) -> Iterable[object]:
    """A finding for each value after a name field label (申立人　鬼灯 蒼), also
    in a ruled table's label and value cells (┃申請者┃鬼灯 蒼┃)."""
    ruled = rules_as_tabs(text)
    for m in itertools.chain(_FIELD.finditer(ruled), _BRACKET_FIELD.finditer(ruled) if "（" in text or "(" in text else ()):
        start, end = m.span("value")
        value = m.group("value")
        if m.re is _BRACKET_FIELD and " " not in value:
            if _DISTRICT_END.search(value) and (not lex.is_surname(value)
                                                 or any(tag[0] == "地名" for tag in dictionary_tags(value))):
                # 民生委員（北町）, 自治会長（本町）: the district the post serves, not its holder
                drop("PERSON", text, start, end, "役職のあとの括弧内の地区名")
                continue
            if len(value) == 1 and not lex.is_surname(value):
                # 申請者（済）: a mark in brackets, not a one-kanji surname
                drop("PERSON", text, start, end, "役職のあとの括弧内の一字（姓でない）")
                continue
        if m.re is _FIELD and " " not in value and not _VALUE_END.match(ruled, end):
            # 申請者　大字東雲字中島　30代: one word before a cell that opens with a number
            # is as often a place or a word as a name; only a surname and a given name
            # set apart end there (世帯主　東雲　さくら　昭和20年生)
            drop("PERSON", text, start, end, "一語の値のあとに数字で始まる欄（名と姓の組でない）")
            continue
        last = value.rsplit(" ", 1)
        if len(last) == 2 and last[1] in ("様", "殿", "さん", "さま", "君", "氏"):
            # 宛名　猪狩　様: the honorific set apart is not a given name
            value = last[0]
            end = start + len(value)
        kana = _FUSED_KANA.search(value)
        if kana and not lex.is_given_name(kana.group(0)):
            # 山田です。: hiragana after the name is a given name only when
            # the lexicon knows it (一井つばさ), else it is the sentence going on
            end -= len(kana.group(0))
            value = value[:-len(kana.group(0))]
        initials = _INITIALS_WHOLE.fullmatch(value) is not None  # A.M. is a name here, not 午前
        reason = _value_reason(value) or (
            "普通名詞だけの値（見出し・説明）" if not initials and _common_words_only(tokens, start, end) else None) or (
            "表の見出し行の語" if header_cell_at(text, start) else None)
        if reason:
            drop("PERSON", text, start, end, reason)
            continue
        parts = value.split(" ")
        key, full = _person_key(value.replace(" ", ""), parts)
        role, source, word = decide_role(text, start, end)
        if source == "none" or (source == "role_before" and role != "official"):
            role, source, word = ("unclear" if m.group("label") in BEFORE["unclear"] else "private",
                                  "field", m.group("label"))
        yield emit("PERSON", start, end, 0.9, f"「{m.group('label')}」欄の値", role=role, role_source=source,
                   role_word=word, person_key=key, full_name=full)


_CELL = re.compile(r"^%s(?: %s)?$" % (_SEG, _GIVEN_SEG))


def _data_row(cells: list[str], columns: dict[int, str]) -> bool:
    """A row of the table under way, though a cell holds a word that heads
    name columns elsewhere (1 | 高砂舗道株式会社 | 監理技術者 | 渡辺 紬: a post
    in the 役職 column): a cell with a number, or a value in a name column."""
    return any(any(ch.isdigit() for ch in c) for c in cells) or any(
        i < len(cells) and cells[i].strip(" ") and _CELL.match(cells[i].strip(" ")) for i in columns)


def name_columns(text: str, emit: Emit) -> Iterable[object]:
    """A finding for each cell under a name heading (氏名, 申請者) in a
    tab-separated table, how Word, HTML and PDF tables are read."""
    if "\t" not in text:
        return
    columns: dict[int, str] = {}
    pos = 0
    for line in text.split("\n"):
        cells = line.split("\t")
        heads = {i: c.strip() for i, c in enumerate(cells) if c.strip() in NAME_FIELDS}
        if len(cells) < 2:
            columns = {}
        elif heads and not (columns and _data_row(cells, columns)):
            columns = heads
        elif columns:
            offset = pos
            for i, cell in enumerate(cells):
                value = cell.strip(" ")
                if i in columns and value and _CELL.match(value):
                    start = offset + cell.index(value)
                    end = start + len(value)
                    reason = _value_reason(value)
                    if reason:
                        drop("PERSON", text, start, end, reason)
                    else:
                        key, full = _person_key(value.replace(" ", ""), value.split(" "))
                        role = "unclear" if columns[i] in BEFORE["unclear"] or columns[i] == "代理人" else "private"
                        yield emit("PERSON", start, end, 0.9, f"「{columns[i]}」列の値", role=role,
                                   role_source="column", role_word=columns[i], person_key=key, full_name=full)
                offset += len(cell) + 1
        pos += len(line) + 1


# A family relation written right before a given name (長女さくらが, 次男 湊斗は):
# how minutes and reports name a resident's child or spouse.
_RELATIONS = ("長男", "長女", "次男", "次女", "三男", "三女", "妻", "夫", "孫", "息子", "娘")
# Every relation a household is described with; read where a bracket, の, である,
# ・ or a space sets the name apart (兄（清）, 孫の亮、, 三男　蓮も).
_KIN = ("長男", "長女", "次男", "次女", "三男", "三女", "四男", "四女", "妻", "夫", "孫", "孫娘", "孫息子", "息子", "娘",
        "父", "母", "義父", "義母", "祖父", "祖母", "兄", "姉", "弟", "妹", "義兄", "義姉", "義弟", "義妹", "叔父", "叔母",
        "伯父", "伯母", "甥", "姪", "養父", "養母", "継父", "継母", "実父", "実母", "内縁の夫", "内縁の妻")
_RELATION_GIVEN = re.compile(
    rf"(?<![{KANJI_ODORIJI}])(?P<rel>%s)[ ]?(?P<name>[ぁ-ゖー]{{2,5}}|[ァ-ヺー]{{2,6}}|[{KANJI_ODORIJI}]{{2,3}})"
    r"(?=[はがをにともへ、。])" % "|".join(_RELATIONS))


# The same with the name in brackets after the relation (娘さん（ひまり、６歳）)
# or given its reading in brackets (長男の陽翔（はると）くん).
_RELATION_BRACKET = re.compile(
    rf"(?<![{KANJI_ODORIJI}])(?P<rel>%s)(?:さん|ちゃん|くん)?[(（](?P<name>[ぁ-ゖー]{{2,5}}|[ァ-ヺー]{{2,6}}|[{KANJI_ODORIJI}]{{1,3}})"
    r"(?P<age>[、,・ ][0-9０-９]{1,3}歳)?[^)）\n]{0,8}[)）]" % "|".join(sorted(_KIN, key=len, reverse=True)))
_RELATION_READING = re.compile(
    rf"(?<![{KANJI_ODORIJI}])(?P<rel>%s)の?[ ]?(?P<name>[{KANJI_ODORIJI}]{{1,3}})[(（][ぁ-ゖァ-ヺー]{{2,8}}[)）]"
    % "|".join(_RELATIONS))
# Every match of the relation regexes starts with a relation word: they are
# tried only where one stands (``_base.scan``), not at every character of the
# text, where their lookbehind keeps the regex engine from skipping ahead.
_KIN_WORD = re.compile(words_regex(_KIN + _RELATIONS))


def relation_given_names(text: str, emit: Emit) -> Iterable[object]:
    """長女さくらが, 妻 陽子は: a given name right after a family relation word,
    when the lexicon knows it as a given name (長女さくら; not 長女から, 妻同伴);
    in brackets after it with an age or known to the lexicon (娘さん（ひまり、
    ６歳）; not 妻（会社員）), or with its reading in brackets (長男の陽翔（はると）)."""
    for m in scan(_RELATION_BRACKET, _KIN_WORD, text, 0):
        name = m.group("name")
        if name in ROLE_WORDS or name in TITLES or not (m.group("age") or lex.is_given_name(name)):
            continue
        yield _relation_name(text, emit, m)
    for m in scan(_RELATION_READING, _KIN_WORD, text, 0):
        if m.group("name") in ROLE_WORDS or m.group("name") in TITLES:
            continue
        yield _relation_name(text, emit, m)
    yield from _joined_relation_names(text, emit)
    for m in scan(_RELATION_GIVEN, _KIN_WORD, text, 0):
        name = m.group("name")
        if not lex.is_given_name(name) or name in ROLE_WORDS or name in TITLES or _HONORIFIC.match(name):
            continue  # (息子さんが, 娘さんとは: the relation with its honorific, no name after it)
        start, end = m.span("name")
        role, source, word = decide_role(text, start, end)
        if role != "official":
            role, source, word = "private", "relation", m.group("rel")
        yield emit("PERSON", start, end, 0.8, f"続柄「{m.group('rel')}」のあとの名", role=role,
                   role_source=source, role_word=word, person_key=name, full_name=False)


# A relation, then の, である, ・ or a space, then a given name (孫の亮、 父である勝利,
# 義父・清, 三男　蓮も):
# how a household is described in a report. After の a word that is mostly an
# abstract noun (健康, 希望: サ変・形状詞 in the dictionary) is not taken, and one
# kanji only where a list goes on or the line ends (孫の亮、; not 母の愛は).
_RELATION_JOINED = re.compile(
    rf"(?<![{KANJI_ODORIJI}])(?P<rel>%s)(?P<conn>の|である|・| )(?P<name>[ぁ-ゖー]{{2,5}}|[ァ-ヺー]{{2,6}}|[{KANJI_ODORIJI}]{{1,3}})"
    r"(?=[はがをにともへ、。（(\n]|$)" % "|".join(sorted(_KIN, key=len, reverse=True)))
_ABSTRACT_TAGS = frozenset([("サ変可能", "*"), ("形状詞可能", "*"), ("副詞可能", "*")])


def _joined_relation_names(text: str, emit: Emit) -> Iterable[object]:
    for m in scan(_RELATION_JOINED, _KIN_WORD, text, 0):
        name, conn = m.group("name"), m.group("conn")
        if not lex.is_given_name(name) or name in ROLE_WORDS or name in TITLES:
            continue
        after = text[m.end():m.end() + 1]
        if conn == "の" and dictionary_tags(name) & _ABSTRACT_TAGS:
            continue  # 父の健康が, 母の希望は: a word about the relative, not a name
        if len(name) == 1 and not (after in ("、", "（", "(", "\n", "") or conn != "の"):
            continue  # 母の愛は: one kanji after の only as an item of a list
        yield _relation_name(text, emit, m, "のあとの名")


def _relation_name(text: str, emit: Emit, m: re.Match, how: str = "のあとの名（括弧書き）") -> object:
    start, end = m.span("name")
    role, source, word = decide_role(text, start, end)
    if role != "official":
        role, source, word = "private", "relation", m.group("rel")
    return emit("PERSON", start, end, 0.8, f"続柄「{m.group('rel')}」{how}", role=role,
                role_source=source, role_word=word, person_key=m.group("name"), full_name=False)


# People named by their tie to another (同級生の真壁と, 隣人の乙部が): the word
# after the tie is a name when the lexicon knows it as a surname, even where
# Sudachi reads it as a word (真壁: a kind of wall). Ties at work leave the
# capacity open (同僚の森本 may be staff).
_TIES_PRIVATE = ("同級生", "隣人", "友人", "知人", "交際相手", "同居人", "知り合い", "元夫", "元妻", "親族", "近所の人")
_TIES_UNCLEAR = ("同僚", "上司", "部下")
_TIE_NAME = re.compile(rf"(?P<tie>%s)(?:の|である|、)(?P<name>[{KANJI_ODORIJI}]{{2,4}})(?=[はがをにとのもや、。]|から|より|で)"
                       % "|".join(_TIES_PRIVATE + _TIES_UNCLEAR))


def tied_surnames(text: str, emit: Emit) -> Iterable[object]:
    """同級生の真壁と, 隣人の乙部が: a lexicon surname (or surname and given
    name) right after a word for a person's tie to another."""
    for m in _TIE_NAME.finditer(text):
        name = m.group("name")
        split = lex.split_full_name(name, both_known=True)
        if not (lex.is_surname(name) or split) or name in ROLE_WORDS or name in TITLES:
            continue
        start, end = m.span("name")
        role, source, word = decide_role(text, start, end)
        if source == "none" or (source == "role_before" and role != "official"):
            role = "private" if m.group("tie") in _TIES_PRIVATE else "unclear"
            source, word = "tie", m.group("tie")
        yield emit("PERSON", start, end, 0.7, f"「{m.group('tie')}」のあとの姓", role=role, role_source=source,
                   role_word=word, person_key=split[0] if split else name, full_name=bool(split))


# A community post written right after a name (宮内消防団分団長, 砂金町内会長): the
# holder is a resident (person_roles.toml [community]); the name before it is
# found like one before an honorific, when the lexicons know it as a surname or
# a full name (Sudachi reads 宮内, 砂金 as words).
_COMMUNITY_POST_WORDS = words_regex(
    COMMUNITY + tuple(_ROLES["community"]["commissioned"]) + tuple(b + p for b in _ROLES["community"]["community_bodies"]
                      for p in _ROLES["community"]["community_posts"] + ["分団長", "副分団長", "班長"]))
_COMMUNITY_NAME_MAX = 7
_COMMUNITY_POST = re.compile(rf"(?<![{KANJI_NAME}])(?P<name>[{KANJI_NAME}]{{1,{_COMMUNITY_NAME_MAX}}}?)(?P<post>{_COMMUNITY_POST_WORDS})")
# Tried only from the few characters before each post (``_base.scan``, lead):
# at every kanji of a text, the lazy name run tried each post after it, the
# slowest regex of the PERSON step.
_COMMUNITY_POST_ANCHOR = re.compile(_COMMUNITY_POST_WORDS)
# A name right after a post, set apart by a space (…会長　松田 和夫): the post is its.
_POST_OF_NEXT_NAME = re.compile(rf"[ \t]{{1,2}}([{KANJI_NAME}]{{1,6}})")
_PLACE_END = ("町", "村", "区", "市", "郡", "県", "丁目", "地区", "団地", "台", "ヶ丘", "が丘", "地域", "校区", "学区")


_KATAKANA_WORD = re.compile(r"^[ァ-ヺー]+$")
_KANJI_WORD = re.compile(rf"^[{KANJI_NAME}]+$")
_STAFF_PLACES = frozenset(_ROLES["unit_before"]["staff_labels"]) | {"窓口", "事務所", "事務局", "本部", "支所", "出張所"}


def _office_word_before(word: str, given: str, token: object) -> bool:
    """センター　紺野さん, 窓口　今泉様: the word a space before the name is where
    the person sits, not a surname -- a katakana common noun before a kanji
    name (a katakana surname before a kanji given name is no Japanese name's
    shape), or a staff label or an office's counter (受付, 窓口)."""
    if word in _STAFF_PLACES:
        return True
    return bool(_KATAKANA_WORD.match(word) and _KANJI_WORD.match(given) and token is not None
                and getattr(token, "surface", "") == word and token.pos[1] == "普通名詞")  # type: ignore[attr-defined]


def before_community_posts(text: str, emit: Emit) -> Iterable[object]:
    """A finding for a lexicon surname (or surname and given name) fused right
    before a community post: 宮内消防団分団長 (not 緑町自治会長: a place's)."""
    for m in scan(_COMMUNITY_POST, _COMMUNITY_POST_ANCHOR, text, _COMMUNITY_NAME_MAX):
        name = m.group("name")
        split = lex.split_full_name(name, both_known=True)
        if name.endswith(_PLACE_END) or name in ROLE_WORDS or not (lex.is_surname(name) or split) \
                or (len(name) == 1 and m.group("post")[0] in "町村区"):  # 東|町内会長 is 東町内会's
            continue
        start, end = m.span("name")
        nxt = _POST_OF_NEXT_NAME.match(text, m.end())
        if (nxt and any(lex.is_surname(nxt.group(1)[:i]) for i in range(1, min(4, len(nxt.group(1))) + 1))) \
                or post_of_next_name(text, m.end()) or (
                text[start - 1:start] in ("(", "（") and _KANJI_OR_KATA.match(text, start - 2)):
            # 柏木老人クラブ会長　松田 和夫, 沼田 秀樹（中央民生委員）: the post is the
            # name's beside it, and the word before the post is its district
            continue
        role, source, word = decide_role(text, start, end)
        yield emit("PERSON", start, end, 0.8, "地域の役職の前の姓", role=role, role_source=source,
                   role_word=word, person_key=split[0] if split else name, full_name=bool(split))


# A staff label, a unit of the office, then a name (担当：情報政策課　木戸, 文責　庶務係
# 真壁 翼): the layout says a staff member's name stands there, whatever Sudachi
# reads it as (木戸, 真壁 are words to it); the lexicons must know it.
_STAFF_NAME = re.compile(
    rf"(?:%s)[ \t]*[:：]?[ \t]*[{KANJI}ヶ]{{1,12}}(?:課|係|室|局|センター|担当)[ \t]+"
    rf"(?P<name>[{KANJI_NAME}]{{1,4}}(?: [{KANJI_NAME}]{{1,3}})?)(?=[ \t]*(?:$|[\n\t（(、。)）]))"
    % words_regex(_ROLES["unit_before"]["staff_labels"]), re.M)


def staff_names(text: str, emit: Emit) -> Iterable[object]:
    """A finding for the name after a staff label and a unit (see ``_STAFF_NAME``)."""
    for m in _STAFF_NAME.finditer(text):
        name = m.group("name")
        parts = name.split(" ")
        split = lex.split_full_name(parts[0], both_known=True) if len(parts) == 1 else None
        if name in ROLE_WORDS or name in TITLES or not (lex.is_surname(parts[0]) or split):
            continue
        start, end = m.span("name")
        role, source, word = decide_role(text, start, end)
        yield emit("PERSON", start, end, 0.8, "担当欄の課名のあとの姓", role=role, role_source=source,
                   role_word=word, person_key=split[0] if split else parts[0], full_name=len(parts) > 1 or bool(split))


_START, _END = itemgetter(1), itemgetter(2)  # Token.start, Token.end


def anchored(text: str, tokens: list[Token], emit: Emit) -> Iterable[object]:
    """All context-anchored PERSON candidates of ``text``."""
    yield from relation_given_names(text, emit)
    yield from tied_surnames(text, emit)
    if "会" in text or "団" in text or "員" in text:
        yield from before_community_posts(text, emit)
    yield from staff_names(text, emit)
    # built by C loops (map, zip): a Python loop per token costs more than the rest of this step
    ends = list(map(_END, tokens))
    bounds = frozenset(map(_START, tokens)).union(ends)
    yield from before_honorifics(text, emit, bounds, dict(zip(ends, tokens)), tokens)
    yield from field_values(text, emit, tokens)
    yield from name_columns(text, emit)
