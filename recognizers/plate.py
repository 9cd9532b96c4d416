"""PLATE: vehicle registration plates (自動車登録番号標).

Place name of the 運輸支局 (1-4 kanji, kana such as つくば, or kana then kanji
such as さくら台) + 分類番号
(1-3 digits or letters) + one hiragana of those plates carry + 一連指定番号
(up to four digits, written 12-34, ・・12 or 1234, or 12 34 after a
three-character 分類番号), with one or two spaces or none: 多摩 500 あ 12-34.
Written in part, a plate is found after the word for the vehicle or its
number: the place left out (相手方車両（500 あ 12-34）), the serial alone
(ナンバーは12-34), and a moped's municipal plate after 原付 (北浜市 あ 1234).
A 公用車 (the municipality's own vehicle) is ``official`` (kept by the
default profile); others are ``private``. Accident bills name both cars in
one sentence (「公用車が、相手方所有の軽自動車（多摩 580 ふ 12-09）に接触」), so
the owner is the one named nearest before the plate, or in a bracket right
after it (多摩 800 す 10-01（公用車）); an official word farther back does not
make a private car's plate public, nor does one whose vehicle is another
(公用車に追突した乗用車（…）): an official word counts only when it names the
vehicle the plate is written for, with nothing but the vehicle's kind and a
label between (公用車（…）, 本市所有の軽自動車（車両番号：…）). The municipality's
own bus carries a 事業用 plate (kana か, あ …) and is rarely called 公用車: such
a plate, in a document of its own transit service (市営バス, 交通局) with no
party named before it, is official too.
"""
from __future__ import annotations

import re
from typing import Any

from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._text import KANJI, words_regex

# The kana a plate may carry: no voiced kana and not お, し, へ, ん (道路運送車両法施行
# 規則 別表: they are never issued), so 「資料1と2」「20を30に」 fall out by the number
# shape below and 「500 が 12-34」 by the kana.
_KANA = "[あいうえかきくけこをさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ]"
# 一連指定番号 as printed: 12-34 (or 12・34, a dot typed for the hyphen), ・・12, ・123, 1234; a bare 1-3 digits only after a
# three-character 分類番号 (品川 300 さ 12), which no list number has.
_SERIAL = r"(?:\d{1,2}[-・･]\d{2}|[・.]{1,3}\d{1,3}|\d{4})"
# The hyphen typed as a space (品川 330 あ 12 34), as forms without a dash key
# print it: only after a three-character 分類番号, which no list number has.
_SPACED_SERIAL = r"\d{1,2}[ ]{1,2}\d{2}"
_OFFICIAL = ("公用車", "公用", "庁用車", "市有車", "市の車両", "町の車両", "村の車両", "公用自動車", "本市所有",
             "市所有", "町所有", "村所有", "市が所有", "清掃車", "塵芥収集車", "ごみ収集車", "パッカー車", "消防車", "消防ポンプ自動車",
             "救急車", "道路パトロール車", "パトロール車", "広報車", "市営バス", "コミュニティバス", "庁有車", "市保有",
             "市が保有", "市の保有", "市が管理する車", "市が借り上げ")
# The vehicle named between an official word and the plate (本市所有の軽自動車（…）):
# the same vehicle, not another one (公用車に追突した乗用車（…） is the other party's).
_VEHICLE = ("普通乗用自動車", "乗用自動車", "軽自動車", "乗用車", "自動車", "車両", "車", "軽トラック", "トラック", "バス",
            "バイク", "原動機付自転車", "ワゴン車", "ダンプ")
_ATTACHED = re.compile(r"(?:の|である)?(?:" + words_regex(_VEHICLE) + r")?"
                       r"[ (（:：、]*(?:車両番号|登録番号|ナンバー)?[ :：]*$")
# Who else a car may belong to: a party, a person, a company.
_PRIVATE = ("相手方", "被害者", "加害者", "申出人", "請求人", "申請者", "自家用", "個人所有", "私有", "住民", "男性",
            "女性", "さん", "氏", "会社", "事業者", "運転者")
_WINDOW = 40
# A place name of kana then kanji (さくら台, つつじ野): it starts after a
# boundary or a particle (車両がさくら台), never inside a kana word, and its
# kana do not start with a particle.
_MIXED_NAME = (rf"(?=[ぁ-ん])(?![がのはをにでともへや])(?:(?<=[がのはをにでともへ、( ])|(?<![ぁ-ん{KANJI}]))"
               rf"[ぁ-ん]{{1,4}}[{KANJI}]{{1,3}}")


# A place name in kanji, with the kana ノ, ケ or ヶ inside it as place names write
# them (袖ケ浦 is a plate's name; 西ノ宮, 霞ヶ丘 are written so in made-up and real towns).
_KANJI_NAME = rf"[{KANJI}](?:[ノケヶ]?[{KANJI}]){{0,3}}"


# Words for a vehicle or its plate, right before a plate written without its place.
_VEHICLE_WORDS = "ナンバー|車両番号|登録番号|車番|車両|自動車|乗用車|軽自動車|トラック|バイク|車"
# Mopeds and small vehicles whose plate the municipality issues (地方税法 軽自動車税の標識).
_MOPED = "原付|原動機付自転車|ミニカー|小型特殊自動車|スクーター"


# The kana of a 事業用 plate (自動車登録規則第13条, 別表: あいうえかきくけこを for
# vehicles that carry passengers or goods for hire: buses, taxis, lorries);
# a private car carries the others, a rental わ or れ.
_FOR_HIRE_KANA = frozenset("あいうえかきくけこを")
# Words for the municipality's own bus or transit service: its buses carry
# 事業用 plates, so no 公用車 word stands before them.
# Other carriers' vehicles, which carry 事業用 plates too (a taxi or a lorry in a 市営バス's accident).
_OTHER_FOR_HIRE = ("タクシー", "ハイヤー", "トラック", "貨物", "運送", "観光バス", "路線バス", "高速バス", "民間バス", "代行")
_OWN_TRANSIT = ("市営バス", "町営バス", "村営バス", "区営バス", "公営バス", "市バス", "交通局", "市営交通", "コミュニティバス")


def _for_hire(plate: str) -> bool:
    """Whether the plate's kana (the one hiragana, after the 分類番号) is a
    事業用 kana."""
    m = re.search(rf"[0-9A-Z][ ]{{0,2}}({_KANA})", plate)
    return m is not None and m.group(1) in _FOR_HIRE_KANA


def _last(window: str, words: tuple[str, ...]) -> int:
    """Where the last of ``words`` ends in ``window`` (-1: none)."""
    return max((i + len(w) for w in words if (i := window.rfind(w)) != -1), default=-1)


class PlateRecognizer(JaPatternRecognizer):
    ENTITY = "PLATE"
    DESCRIPTION = "自動車登録番号"
    PATTERNS = (
        # (one or two spaces between the parts: a form's columns, a full-width space typed twice)
        JaPattern("標板", rf"(?:{_MIXED_NAME}|(?<![{KANJI}ノケヶ])(?!(?:車両|登録|車)番号)(?:{_KANJI_NAME}|[ぁ-ん]{{3,4}}))[ ]{{0,2}}"
                          rf"(?:[0-9A-Z]{{3}}[ ]{{0,2}}{_KANA}[ ]{{0,2}}(?:{_SERIAL}|{_SPACED_SERIAL}|\d{{1,3}})"
                          rf"|[0-9A-Z]{{1,2}}[ ]{{0,2}}{_KANA}[ ]{{0,2}}{_SERIAL})(?![\d-])",
                  0.8, anchor=rf"[0-9A-Z][ ]{{0,2}}{_KANA}[ ]{{0,2}}[\d・.]"),
        # the place left out, right after the word for the vehicle or its number
        # (相手方車両（500 あ 12-34）, ナンバー：500 あ 1234): the 分類番号, the kana and the serial
        JaPattern("標板（地名なし）", rf"(?:{_VEHICLE_WORDS})[ ]?[（(:：は]?[ ]?(?P<value>[0-9]{{3}}[ ]{{0,2}}{_KANA}[ ]{{0,2}}"
                                   rf"(?:{_SERIAL}|{_SPACED_SERIAL}))(?![\d-])", 0.7,
                  anchor=rf"(?:{_VEHICLE_WORDS})[ ]?[（(:：は]?[ ]?[0-9]{{3}}"),
        # the serial alone after the plate's name (ナンバーは12-34, 車両番号「・・12」)
        JaPattern("一連指定番号", r"(?<!マイ)(?:ナンバー|車両番号|車番)(?:の?(?:下|末尾)?(?:[0-9一二三四]桁)?)?(?:は|が|[:：])?[ ]?[「（(]?"
                                rf"(?P<value>{_SERIAL})(?![\d-])", 0.6,
                  anchor=r"ナンバー|車両番号|車番"),
        # a moped's plate, issued by the municipality (原付（北浜市 あ 1234）): the
        # municipality's name, a kana and up to four digits, after the word for the vehicle
        JaPattern("原付標識", rf"(?:{_MOPED})[^。\n]{{0,12}}?(?P<value>[{KANJI}]{{1,5}}(?:市|町|村|区)[ ]{{0,2}}{_KANA}[ ]{{0,2}}\d{{1,4}})(?![\d-])",
                  0.7, anchor=_MOPED),
    )

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        after = ctx.after(text, end, 10).lstrip(" ")
        if after.startswith(("(", "の", "である")) and ctx.find_word(after, _OFFICIAL):
            return {"kind": "official"}  # 多摩 800 す 10-01（公用車）, …10-01の公用車
        before = ctx.before(text, start, _WINDOW)
        before = before[before.rfind("。") + 1:]
        official, private = _last(before, _OFFICIAL), _last(before, _PRIVATE)
        attached = _ATTACHED.search(before[official:])
        if official > private and attached and attached.start() == 0:
            return {"kind": "official"}  # 公用車（…）, 本市所有の軽自動車（…）: the official vehicle itself
        if private == -1 and _last(before, _OTHER_FOR_HIRE) == -1 and _for_hire(text[start:end]) \
                and ctx.find_word(text, _OWN_TRANSIT):
            # 当該車両　広島 200 か 13-20 in a 市営バス's accident report: a
            # 事業用 plate in a document of the municipality's own transit, no
            # party and no other carrier's vehicle (タクシー, トラック) named
            # before it: the municipality's bus
            return {"kind": "official"}
        return {"kind": "private"}
