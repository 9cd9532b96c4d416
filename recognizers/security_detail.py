"""SECURITY_DETAIL: a sentence that states a concrete security control or an
admitted weakness (情報公開条例: 情報セキュリティ対策の詳細 are not published).

A sentence counts when it has a trigger term of a category (認証, バックアップ,
ログ, 入退室, 回線, バージョン ...; ``data/security_terms.toml``) AND either
a concrete specific (a period 90日ごと, a schedule 毎週金曜日, a place 地下1階の
金庫, a product 「FortiGate 200F」, a count 4名分のみ) or an admitted
weakness (冗長化していない, 未導入, 無効になっていた). Dates of the meeting
itself (令和6年度, 12月) are not specifics. General statements
(セキュリティ対策を講じる) have no specific and never fire.

The span is the sentence without its lead (→, ・, (1), a speaker label), so
a speaker's name is never inside it. ``category`` names the control;
``generic`` marks planned or proposed controls and statements every
municipality makes (LGWAN 接続, ネットワーク分離), which the default profile
sends to REVIEW rather than masking.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import context as ctx
from redactor.recognizers.base import JaRecognizer
from redactor.tokens import Token

_DATA = load_toml("security_terms.toml", "redactor.recognizers.data")
_TRIGGERS = {cat: tuple(words) for cat, words in _DATA["triggers"].items()}
_ALL_TRIGGERS = tuple(w for words in _TRIGGERS.values() for w in words)
_CATEGORY_OF = {w: cat for cat, words in _TRIGGERS.items() for w in words}
_SPECIFIC = re.compile("|".join(_DATA["specifics"]["patterns"]))
_CONTROL_SPECIFIC = re.compile("|".join(p for p in _DATA["specifics"]["patterns"] if "\\d" not in p and "[0-9" not in p))
_WEAK = frozenset(_DATA["weak_triggers"]["words"])
_WEAKNESS = re.compile("|".join(_DATA["weakness"]["patterns"]))
_PLANNED = tuple(_DATA["generic"]["planned"])
_COMMON = tuple(_DATA["generic"]["common"])
_NEVER = tuple(_DATA["never"]["phrases"])
_SENTENCE = re.compile(r"[^。\n]+")
# Dates and ordinal numbers of the proceedings are not security specifics.
_DATES = re.compile(r"(?:令和|平成|昭和)(?:元|\d+)年度?|\d{4}年度?|\d+月\d+日|\d+月(?!\d)|第\d+|\(\d+\)|\d+\)")
# The lead of a line in minutes: arrows, bullets, item numbers, bracketed
# section names and speaker labels (○中条委員, 情報政策課主査, (江口係長)).
_LEAD = re.compile(
    r"^(?:[ \t→・\-*※]|[(（][0-9一二三四五六七八九十]+[)）]|[(（][^()（）]{1,14}[)）]|〔[^〕]{1,12}〕"
    r"|[ア-ンｱ-ﾝ](?= )|○[^ 、。]{1,15}|[^ 、。]{1,18}(?:課|係|室|部|局|センター)(?:長|主査|主任|主事|係長|職員|補佐)?(?= ))+")
_QUESTION_TAIL = re.compile(r"(?:のではないか|のではないでしょうか|のではないですか|のですか|ですか|のか|か)$")
_HIRAGANA = re.compile(r"[ぁ-ゖ]{2}")


class SecurityDetailRecognizer(JaRecognizer):
    ENTITIES = ("SECURITY_DETAIL",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        for m in _SENTENCE.finditer(text):
            sentence = m.group(0)
            trigger = ctx.find_word(sentence, _ALL_TRIGGERS)
            if not trigger or ctx.find_word(sentence, _NEVER):
                continue
            if not _HIRAGANA.search(sentence):
                continue  # a heading or a table label (２　アカウントの管理), not a statement
            plain = _DATES.sub("", sentence)
            specific = _SPECIFIC.search(plain)
            weakness = _WEAKNESS.search(sentence)
            planned = ctx.find_word(sentence, _PLANNED)
            common = ctx.find_word(sentence, _COMMON)
            if sentence.rstrip().endswith("か") and not weakness:
                continue  # a question that states nothing (…使えるのですか)
            if not (specific or weakness or planned or common):
                continue
            triggers = set(_TRIGGER_RX.findall(sentence))
            if triggers <= _WEAK and not (weakness or planned or _CONTROL_SPECIFIC.search(plain)):
                continue  # …のアカウントにログインし (a narrative), not a control
            lead = _LEAD.match(sentence)
            start = m.start() + (lead.end() if lead else 0)
            body = text[start:m.end()]
            tail = _QUESTION_TAIL.search(body)
            end = m.end() - (len(tail.group(0)) if tail else 0)
            if end - start < 8:
                continue
            category = "weakness" if weakness else _category(sentence)
            generic = bool(planned) or (bool(common) and not weakness and not _strong_specific(plain))
            detail = (weakness or specific).group(0) if (weakness or specific) else (planned or common)
            why = f"セキュリティ上の具体的な記述（{category}：「{trigger}」と「{detail}」）"
            if planned:
                why += f"、予定・提案の対策（{planned}）"
            yield self.result("SECURITY_DETAIL", start, end, 0.7 if generic else 0.8, why,
                              category=category, generic=generic, trigger=trigger)


_TRIGGER_RX = re.compile("|".join(re.escape(w) for w in sorted(_ALL_TRIGGERS, key=len, reverse=True)))
_VERSION = re.compile(r"\d+\.\d+|「[^」]*[A-Za-z][^」]*」")


def _category(sentence: str) -> str:
    """The control the sentence is about: a product with a version first
    (it names the product whatever else is said), else the first trigger."""
    first = _TRIGGER_RX.search(sentence)
    if _VERSION.search(sentence) and ctx.find_word(sentence, _TRIGGERS["product_version"]):
        return "product_version"
    return _CATEGORY_OF[first.group(0)] if first else "weakness"


def _strong_specific(plain: str) -> bool:
    """A specific beyond the wording every municipality uses: a number, a
    product, a place (地下1階), a schedule."""
    return bool(re.search(r"\d|「[^」]+」|地下|階|毎[日週月]|ごとに", plain))
