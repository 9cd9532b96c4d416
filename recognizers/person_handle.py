"""PERSON: names people go by online -- handles and display names.

Complaints about posts, online abuse and requests to delete postings reach
the minutes with the poster's or the victim's handle (ハンドルネーム「…」,
＠で始まるアカウント). A handle singles a person out as surely as the name on
their register, and usually leads to it: it is a private person's name
unless the sentence says the account is the municipality's own (公式).

Found: the value of a handle field (ハンドルネーム「さくらもち」, 表示名：…), a
quoted name given as one (「…」というハンドルネーム, 「…」と名乗る人物), a quoted
account or user in a sentence about social media (アカウント「…」), and an
@account in such a sentence (SNS, 投稿, アカウント …); an e-mail address
(a@b.example) is not an account, nor 管理者アカウント「admin」 in a sentence
about a system (a credential).
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._text import words_regex
from redactor.recognizers._base import JaRecognizer
from redactor.tokens import Token

_DATA = load_toml("person_handles.toml", "redactor.recognizers.data")


# 「ハンドルネーム「さくらもち」」, 「表示名：さくらもち」, 「ニックネームは『もちこ』」
_FIELD = re.compile(rf"(?:{words_regex(_DATA['fields'])})(?:(?:は|:|：| |　|\t)+(?P<open>[「『\"“(（]?)|(?P<open2>[「『\"“(（]))"
                    r"(?P<value>[^\s「」『』\"“”()（）、。,]{2,30})")
# 「VALUE」という…ハンドルネーム, 「VALUE」と名乗る: the quoted value before the word
_QUOTED = re.compile(r"[「『](?P<value>[^「」『』\n]{2,30})[」』]"
                     rf"(?:という|との|の)?(?P<word>{words_regex(_DATA['bracket_words'])}|{words_regex(_DATA['calling_verbs'])})")
# アカウント「VALUE」, ユーザー「VALUE」: the word, then the quoted value
_WORD_QUOTED = re.compile(rf"(?P<word>{words_regex(_DATA['bracket_words'])})[ 　]?[「『](?P<value>[^「」『』\n]{{2,30}})[」』]")
_CLOSE = {"「": "」", "『": "』", '"': '"', "“": "”", "(": ")", "（": "）"}
# @account: letters, digits and _ (the form every service allows), not the
# local part's end of an e-mail address (a@b) nor a domain after it.
_ACCOUNT = re.compile(r"(?<![A-Za-z0-9._%+\-])[@＠](?P<value>[A-Za-z0-9_]{3,30})(?![A-Za-z0-9_.@-]*\.[A-Za-z]{2,})")
_ANCHOR = re.compile(r"[@＠]")


def _heading_row(text: str, pos: int) -> bool:
    """The TAB-separated line at ``pos`` heads a table: three or more cells,
    and the line under it has as many (アカウント名<TAB>パスワード<TAB>システム
    over the rows). A label and its value in a two-cell row (表示名<TAB>…) is
    a field."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if line_end == -1:
        return False
    next_end = text.find("\n", line_end + 1)
    cells = text.count("\t", line_start, line_end)
    below = text.count("\t", line_end + 1, next_end if next_end != -1 else len(text))
    return cells >= 2 and below == cells


class HandleNameRecognizer(JaRecognizer):
    ENTITIES = ("PERSON",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        for m in _FIELD.finditer(text):
            opened = m.group("open") or m.group("open2")
            start, end = m.span("value")
            if opened and text[end:end + 1] != _CLOSE.get(opened, ""):
                continue  # an open bracket not closed right after: not one value
            if "\t" in text[m.start():start] and _heading_row(text, m.start()):
                continue  # アカウント名<TAB>パスワード: the next heading of a table's heading row, no value
            yield self._handle(text, start, end, "ハンドルネーム・表示名の欄の値")
        for rx in (_QUOTED, _WORD_QUOTED):
            for m in rx.finditer(text):
                start, end = m.span("value")
                if not self._about_accounts(text, m.start(), m.group("word")):
                    continue  # ユーザー「…」 in a sentence about a system, not social media
                yield self._handle(text, start, end, f"「{m.group('word')}」と書かれた名前（ハンドルネーム等）")
        if not _ANCHOR.search(text):
            return
        for m in _ACCOUNT.finditer(text):
            sentence = ctx.sentence_around(text, m.start())
            if not ctx.find_word(sentence, _DATA["sns_words"]):
                continue  # @ with no social media in the sentence: not an account
            yield self._handle(text, m.start(), m.end(), "SNS のアカウント名（@…）")

    @staticmethod
    def _about_accounts(text: str, pos: int, word: str) -> bool:
        """A sentence about an online identity: a handle's own field word
        (ハンドルネーム, ニックネーム), or a social-media word beside
        アカウント/ユーザー (管理者アカウント「admin」 is a system's, a credential)."""
        if word in _DATA["fields"] or word.startswith("名前の"):
            return True
        sentence = ctx.sentence_around(text, pos)
        return any(w in sentence for w in _DATA["sns_words"] if w not in ("アカウント", word))

    def _handle(self, text: str, start: int, end: int, why: str) -> RecognizerResult:
        sentence = ctx.sentence_around(text, start)
        official = ctx.find_word(sentence, _DATA["official_words"])
        role = "official" if official and "公式" in sentence else "private"
        return self.result("PERSON", start, end, 0.8, why, role=role,
                           role_source="field", role_word="公式アカウント" if role == "official" else "ハンドル",
                           person_key=text[start:end], full_name=True)
