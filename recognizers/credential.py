"""CREDENTIAL: passwords, PINs, account IDs, keys and tokens written out.

The value is found in the same sentence, shortly after a credential word
(パスワード, 暗証番号, PIN, ID, アカウント名, キー): 「パスワードは Tama2020!」,
「暗証番号は全クラブ共通で0415である」, 「（ID 20070318、…）」. The word itself
is not part of the span; the secret is. A value is a run of letters,
digits and symbols that is not an ordinary number with a unit, a date or
a word; quoted right after the word (パスワードは「admin」のまま) or in
lower-case letters right after it (ID：admin, パスワードはpassword) a word
is the secret too (a default one; パスワードはSMSで is not), and so is a
capitalised word stated as the password (パスワードはKitahamaです) and a
value shared by all (ログインIDは全員共通でguest, いずれも「kanri」, 同じID（soumu）).
Digits in quotes after a password word are the password (出荷時の「0000」のまま).
In a table that lists accounts and their secrets (ユーザーID<TAB>パスワード),
each cell under such a heading is a value.

``kind``: password / pin / user_id / key; ``naming_rule`` for a sentence
that states how IDs are built (IDは「t」に職員番号6桁を付けた形式) and
``posted_public`` for a key posted on site (ロビーに掲示しているゲスト用
Wi-Fi のパスワード): both are REVIEW under the default profile.

A password or PIN written in words is a secret too: quoted in any script
after the word (合言葉は「やまびこ」, ひらがなで「はるかぜ」と打ったもの), or
described by what it is made of (暗証番号は課長の誕生日, 市の名前をローマ字に
したもの, 名字のローマ字と誕生日の組み合わせ, 職員番号の後ろに01を付けたもの);
a quoted rule (「推測されにくいもの」に) is none.

Tokens with a published prefix (AKIA…, ghp_…, xoxb-…, sk-…) are keys
wherever they stand. Words and formats: ``data/security_credential.toml``.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._credential_said import accounts_in_use, defaults_left, dial_combinations, lock_numbers, typed_in
from redactor.recognizers._credential_told import kept_spots, recipes_answered, values_answered
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import words_regex
from redactor.tokens import Token

_DATA = load_toml("security_credential.toml", "redactor.recognizers.data")
_WORDS = {kind: tuple(words) for kind, words in _DATA["words"].items()}
_KIND_OF = {w: k for k, words in _WORDS.items() for w in words}
# ASCII words stand alone (ID not in Android or IDC; PIN not in PINK); an ID
# card (IDカード) is no account.
# (checked on each hit: a plain alternation is scanned far faster than one
# with look-arounds)
_TRIGGER = re.compile("|".join(re.escape(w) for w in sorted(_KIND_OF, key=len, reverse=True)))
_ASCII_WORD_END = re.compile(r"[A-Za-z]|カード")


# キー alone: a Wi-Fi key only in a sentence about a wireless network, and
# not the end of a longer katakana word (テンキー, ホットキー)
_WIRELESS = re.compile(r"無線|Wi-?Fi|WiFi|ＷｉＦｉ|Ｗｉ－Ｆｉ|SSID|ＳＳＩＤ|アクセスポイント|WPA")


# words of a login form or a config that name a credential only as a label,
# with a colon or an equals sign after them (user: guest, ユーザー：kanri, pwd=…):
# "user manual", "login画面", ユーザーは職員 are none
_LABEL_ONLY = frozenset(_DATA["label_only"])
_LABEL_MARK = re.compile(r"[ 　]?[:：=＝]|\t")
# (a form's line spaced out in Japanese: ユーザー　kita-vpn01　パスワード　…; not "user manual")
_SPACED_LABEL = re.compile(r"[ 　]+(?=[a-z0-9])")
_SPACED_LABEL_WORDS = frozenset({"ユーザー", "ユーザ"})
# (…、ユーザーはkita_ftp、…: a user name's shape right after は -- lower case with a
# digit or joined by _ . - -- not ユーザーは職員, ユーザーはWindowsの)
_USER_IS = re.compile(r"(?:は|が)[ 　]?[a-z][a-z0-9]*(?:[_.-][a-z0-9]+|[0-9])")
# パス: the short form of パスワード said in speech (…、パスはKf#33wq です), not
# the end or the start of another katakana word (バイパス, キャンパス, パスポート)
_KATAKANA_WORD = re.compile(r"[ァ-ヶー]")


def _standalone(text: str, m: re.Match) -> bool:
    if m.group(0) in _LABEL_ONLY and not _LABEL_MARK.match(text, m.end()) \
            and not (m.group(0) in _SPACED_LABEL_WORDS and (_SPACED_LABEL.match(text, m.end())
                                                             or _USER_IS.match(text, m.end()))):
        return False
    if m.group(0) == "パス":
        return not (m.start() and _KATAKANA_WORD.match(text, m.start() - 1)) and not _KATAKANA_WORD.match(text, m.end())
    if m.group(0) == "キー":
        if m.start() and "ァ" <= text[m.start() - 1] <= "ヶ" or text[m.start() - 1:m.start()] == "ー":
            return False
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = min([i for i in (text.find("。", m.end()), text.find("\n", m.end())) if i != -1] or [len(text)])
        return bool(_WIRELESS.search(text, start, end))
    if not m.group(0).isascii():
        return True
    return not (m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha()) \
        and not _ASCII_WORD_END.match(text, m.end())
# (a Windows account with its domain, KITA\soumu01 or KITA¥soumu01, is one value)
# (symbols a password policy asks for stand inside it too: Kt^8~x?z=Q|1, Tz9;Lp4:Qw7;
# it ends on a letter, a digit or one of the plain symbols)
_VALUE = re.compile(r"(?<![A-Za-z0-9!#$%&@*+_.\\¥-])[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,30}[\\¥](?=[A-Za-z0-9]))?"
                    r"(?:[A-Za-z0-9!#$%&@*+_.-]|[\^~?=|<>\[\]{};:](?=[A-Za-z0-9!#$%&@*+_.^~?=|<>\[\]{};:-]*[A-Za-z0-9])){3,63}"
                    r"(?![A-Za-z0-9!#$%&@*+_-])")
# (a date by the era's initial, R6.12, H31.4.1, in a table's status cell: 是正済（R6.12）)
_NOT_VALUE = re.compile(r"^(?:\d+(?:\.\d+)?(?:桁|文字|日|か月|年|回|台|名|件|分|時間)?|(?:19|20)\d{2}|[A-Za-z]+"
                        r"|[RHSTrhst]\d{1,2}[./]\d{1,2}(?:[./]\d{1,2})?)$")
_NAMING = re.compile(r"ID(?:は|の)[、,]?.{2,60}?(?:形式|数字|文字列|組み合わせた?[^。]{0,10})")
_QUOTED = re.compile(r"[「\"『](?P<value>(?=[^」\"』]*\d)(?=[^」\"』]*[A-Za-z])[A-Za-z0-9!#$%&@*+_.-]{6,64})[」\"』]")
_SHARED = r"(?:全員|全て|すべて|一律|各課|全台|全端末|全職員|全課|全庁|全機器|各端末|各台)?(?:いずれも|ともに|共に|どちらも|とも|共通で|共通の|同じ|同一の?)?"
# (a quoted secret may hold the symbols above and one space: 「Kita 2024!」)
_QUOTED_RIGHT_AFTER = re.compile(r"(?:は|が|を|の|も|として|[:：])?[、，]?[ ]?" + _SHARED + r"[ ]?[「『\"（(](?P<value>(?=[^」』\"）)]*[A-Za-z0-9])(?=[^」』\"）)]{4})"
                                 r"[A-Za-z0-9!#$%&@*+_.^~?=|<>\[\]{};:-]{1,64}(?: [A-Za-z0-9!#$%&@*+_.^~?=|<>\[\]{};:-]{1,32})?)[」』\"）)]")
# (ID・パスワードはいずれもadmin: a word that joins two credential words may stand between;
# a comma may follow the particle as speech pauses: IDとパスワードは、ともに「suido」)
# (ログインIDは全員共通でguest; 共有のIDであるsoumu-kyotsu; …はいずれも「kanri」)
# パスワードに「haru」を使用: the quote after に with a verb of using or setting it
# (パスワードに「Kita」を含めない is a rule: no verb of use follows)
_QUOTED_AFTER_NI = re.compile(r"に[ ]?" + _SHARED + r"[「『\"](?P<value>(?=[^」』\"]*[A-Za-z0-9])[A-Za-z0-9!#$%&@*+_.^~?=|<>\[\]{};:-]{3,64})[」』\"]"
                              r"(?=を?(?:使|用い|利用|設定|採用|登録)|と(?:いう|して|設定|入力|登録)|が(?:使|設定))")
# (a label in brackets, [ID] kita-admin, 【PW】…: the bracket closes the label)
_RIGHT_AFTER = re.compile(r"[\]】］]?(?:は|が|を|も|である)?" + _SHARED + r"[ 　]?[:：=]?[ 　\t]?[「『\"（(]?")
# A word in letters with a capital (パスワードはKitahamaです) is the secret when the
# sentence states it as the value: a copula or 「のまま」 right after it, not
# a product's name in a clause (パスワードはWindowsの設定で…).
_STATED = re.compile(r"[ ]?(?:です|でした|でございます|だった|である|のまま|となって|にして|に設定|に統一|で統一|で共通|を使用)")
_JOINED_NAME = re.compile(r"[a-z]+(?:[_.-][a-z0-9]+)+")
_POSTED = tuple(_DATA["posted"])
# A long key or secret in base64 or hex (aws secret keys, client secrets):
# 16 characters or more that hold a slash, a plus or an equals sign the
# plain value above stops at, and digits or both cases.
_LONG_KEY = re.compile(r"[A-Za-z0-9+/][A-Za-z0-9+/=_.-]{15,127}(?<=[A-Za-z0-9=])(?![A-Za-z0-9+/=_.-])(?<=.)")
_LONG_KEY_WORDS = frozenset(_WORDS["key"] + _WORDS["password"])
_MIXED = re.compile(r"[+/=](?=.*[0-9])|[+/=](?=.*[a-z])(?=.*[A-Z])")
# A secret written in words, not in letters and digits:
# - quoted in any script in the sentence after the word (合言葉は「やまびこ」,
#   ひらがなで「はるかぜ」と打ったもの), unless the quote is a phrase about the
#   rule (「推測されにくいもの」に);
# - described by what it is made of (暗証番号は課長の誕生日, パスワードは市の
#   名前をローマ字にしたもの): whoever reads it can work the secret out.
_QUOTED_WORD = re.compile(r"[「『](?P<value>[^「」『』。\n 　]{2,16})[」』]")
# a word in hiragana stated as the secret without quotes (パスワードはさくらです, 合言葉は
# やまびこのまま): not a word that points or says there is none (こちらです, なしです, まだです)
_HIRAGANA_STATED = re.compile(r"(?:は|が|も)[、，]?[ 　]?(?P<value>[ぁ-ゖー]{3,10}?)"
                              r"(?=です|でした|である|だった|でございます|のまま|に設定|にして|としてい|と設定)")
_NOT_A_WORD_SECRET = frozenset(_DATA["not_a_word_secret"])
# (…は、にんしきしにくいものにして: a rule said in hiragana, no secret)
_RULE_IN_HIRAGANA = re.compile(r"もの|こと|よう|にくい|やすい|ない|ような|ように")
_RULE_PHRASE = re.compile(words_regex(_DATA["rule_phrase_words"], longest_first=False))
_MADE_OF = words_regex(_DATA["made_of"])
_DESCRIBED = re.compile(
    rf"(?:は|が|も)[、，]?(?P<value>[^、。，\n「」]{{0,16}}?(?:{_MADE_OF})"
    r"(?:の(?:下|末尾|先頭|最初|最後|頭|月日|西暦|和暦)?[0-9一二三四五六七八九十]+(?:桁|文字))?"
    r"(?:の?(?:後ろ|前|末尾|先頭|頭|最後|数字|数|文字|部分)?(?:を|に)[^、。，\n]{0,14}?(?:にした|にして|並べた|つなげた|組み合わせた|付けた|加えた|足した|逆にした"
    r"|繰り返した|並べ替えた|逆から読んだ|反転した|重ねた)(?:もの)?)?"
    # (名字のローマ字と誕生日の組み合わせ: two facts put together)
    r"(?:の(?:組み合わせ|組合せ))?"
    # (パスワードは会社名と同じ: the sameness is the secret's description too)
    r"(?:と(?:同じ|同一の?)(?:[0-9一二三四五六七八]+(?:桁|文字)|もの|番号|文字列)?(?=で|です|でござ|だ|に|。|$))?)"
    # (…を組み合わせたものを使っている: the description, then the verb of using it)
    # (…の郵便番号のまま: left as it was set)
    r"(?=で|です|でござ|だ|と(?:なって|して|同じ)|に(?:なって|して|設定)|を(?:使|用い|利用|設定)|のまま|。|$)")
# the secret said to be the account's own name (パスワードはIDと同じ文字列だった): whoever
# sees the ID knows it; only with 同じ/同一 -- パスワードはIDごとに設定 is a rule
_SAME_AS_ACCOUNT = re.compile(r"(?:は|が|も|を)[、，]?(?P<value>(?:ユーザー|ユーザ|ログイン|アカウント)?(?:ID|名|アカウント)"
                              r"と(?:同じ|同一の?)(?:もの|文字列|値)?)(?=で|です|でござ|だ|に(?:なって|して|設定|し)|のまま|。|$)")
# a quoted description of what the secret is made of, with its length
# (「4桁の内線番号」, 「生年月日の下4桁」): the secret, though 桁 is a rule's word too
_MADE_OF_QUOTED = re.compile(rf"(?:[0-9一二三四五六七八九十]+(?:桁|文字)の)?[^「」]{{0,8}}?(?:{_MADE_OF})"
                             r"(?:の?(?:下|末尾|先頭|最初|最後|頭)?[0-9一二三四五六七八九十]+(?:桁|文字))?")
# an account's ID said by its recipe in quotes (利用者IDは「kita＋職員番号」): letters or a
# fact a reader can look up, joined by a plus -- whoever reads it can build every ID
_ID_RECIPE_QUOTED = re.compile(rf"[ ]?(?:は|が|も|を)?[、，]?[ ]?[「『](?P<value>[^「」『』\n]{{0,12}}?[+＋][^「」『』\n]{{0,12}}?)[」』]")
_ID_RECIPE = re.compile(words_regex(_DATA["said"]["id_recipe"]))
_ID_RECIPE_PART = re.compile(rf"{_MADE_OF}|^[A-Za-z0-9]+$")
# An account and its password written as a pair without quotes (出荷時の
# admin／adminのまま, root/root): lower-case letters and digits on both sides of
# the slash, in a sentence about a login or a device's default.
_BARE_PAIR = re.compile(r"(?<![A-Za-z0-9_.@/-])(?P<id>[a-z][a-z0-9_.-]{2,20})[ ]?[/／][ ]?(?P<pw>[A-Za-z0-9!#$%&@*+_.-]{3,32})(?![A-Za-z0-9/])")
_PAIR_CONTEXT = tuple(_DATA["pair_context"])
# what forbids the described secret (…と同じにしないこと, …を使わないよう)
_FORBIDDEN_AFTER = re.compile(r"(?:と(?:同じ|同一の?)(?:もの|番号|文字列)?)?(?:に|を|は|と)?(?:しない|して(?:は|も)?(?:いけ|なら|だめ)|禁止|避け|使わない|使用しない|設定しない"
                              r"|ならないよう|しないよう|なっていないか|不可)")
_TOKEN = re.compile("|".join(f"(?:{p})" for p in _DATA["token_patterns"]))
_TOKEN_ANCHOR = re.compile(r"AKIA|gh[pousr]_|xox|sk-|-----BEGIN|[0-9]{6}-[0-9]{6}-")
# An ID and its password quoted together (「kaikei7 / Momiji#88」, 「ID：soumu2　PW：…」):
# two values apart by a slash, a colon or a space, a sentence or two after
# the credential words; the first is the account, the second the secret.
_QUOTED_PAIR = re.compile(
    r"[「『\"](?:[A-Za-z]{1,10}[:：=][ 　]?)?(?P<id>[A-Za-z0-9][A-Za-z0-9@_.-]{2,40})[ 　]*[/／:：,、 　][ 　]*"
    r"(?:[A-Za-z]{1,10}[:：=][ 　]?)?(?P<pw>[A-Za-z0-9!#$%&@*+_.-]{4,64})[」』\"]")
_SENTENCE_END = "。\n"
# A value named before its word (guestというIDで, 「admin」というアカウント):
# a user name in lower case or with a digit, not a product (Windowsという OS).
_NAMED_BEFORE = re.compile(
    r"(?<![A-Za-z0-9_.@-])[「『\"]?(?P<value>[A-Za-z][A-Za-z0-9_.-]{2,31})[」』\"]?[ ]?(?:という|との|なる)[ ]?"
    r"(?P<word>ログインID|ユーザーID|ユーザID|ユーザー名|ユーザ名|アカウント名|アカウント|ID|パスワード)")
# A PIN or password said in the readings of its digits (いちにいさんよん,
# ゼロゼロゼロゼロ): four digits or more, right after the word.
_DIGIT_READINGS = (r"(?:ぜろ|れい|まる|いち|いっ|にい|にー|に|さん|よん|し|ごー|ご|ろく|なな|しち|はち|きゅう|きゅー|く"
                   r"|ゼロ|レイ|マル|イチ|ニイ|ニー|ニ|サン|ヨン|シ|ゴー|ゴ|ロク|ナナ|シチ|ハチ|キュウ|キュー|ク)")
# (ゼロ、ハチ、イチ、ゴ: read one by one, with a comma or a dot between)
_READ_OUT = re.compile(r"(?:は|が|も|を)?[、，:：]?[ 　]?(?:「)?(?P<value>" + _DIGIT_READINGS + r"{4,8}"
                       r"|" + _DIGIT_READINGS + r"(?:[、，・ 　]" + _DIGIT_READINGS + r"){3,7})(?=」|で|と|の|を|に|だ|。|、|$)")
# A value in quotes (…出荷時の「0000」のまま): digits in quotes after a password
# word are the password itself, not a count (「0000」年 would be a year).
_QUOTE_OPEN = "「『\""
_QUOTE_CLOSE = re.compile(r"[」』\"](?![年月日桁文字回])")
# Cells of a table that lists accounts (ユーザーID<TAB>パスワード ⏎ kita001<TAB>…).
_TABLE_KIND = dict(_DATA["table"]["headings"])
_TABLE_HEADINGS = frozenset(_TABLE_KIND)
# (an ID column counts only in a table that lists secrets too: ID<TAB>氏名 numbers people)
_SECRET_HEADINGS = frozenset(h for h, kind in _TABLE_KIND.items() if kind != "user_id")
# a heading row laid out with spaces: a line with a secret's heading, a space and no kana of prose
_SPACED_HEADING_ROW = re.compile(r"(?m)^(?=[^ぁ-ゖ\n]*? )[^ぁ-ゖ\n]*?(?:" + words_regex(sorted(_SECRET_HEADINGS)) + r")[^ぁ-ゖ\n]*$")
_BARS = str.maketrans({"|": "\t", "│": "\t", "┃": "\t"})
_CELL_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$%&@*+_.\-]{2,63}"
                         # (a login column holds the account and its secret in one cell: administrator / Fs#2021)
                         r"(?:[ ]?[/／][ ]?[A-Za-z0-9][A-Za-z0-9!#$%&@*+_.\-]{2,63})?")


# the joins of a list of values (… から …, …・…, …、…, … 及び …)
_LIST_JOIN = re.compile(r"[ 　]?(?:から|～|〜|~|、|，|・|及び|および|と|や|,)[ 　]?")


def _shape(value: str) -> str:
    """What a value is made of, for telling a list's next value from a word:
    letters and digits, digits only, a lower-case word, or another shape."""
    if value.isdigit():
        return "digits"
    if any(c.isdigit() for c in value):
        return "mixed"
    return "lower" if value.islower() else "other"


class CredentialRecognizer(JaRecognizer):
    ENTITIES = ("CREDENTIAL",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        taken: list[tuple[int, int]] = []
        for m in _NAMING.finditer(text):
            s, e = m.span()
            for word in ("アカウント", "ユーザー", "ユーザ", "ログイン"):  # アカウントIDは…
                if text.endswith(word, 0, s):
                    s -= len(word)
                    break
            taken.append((s, e))
            yield self.result("CREDENTIAL", s, e, 0.7, "IDの付け方（命名規則）の記載", kind="naming_rule")
        for m in _TRIGGER.finditer(text):
            if not _standalone(text, m):
                continue
            word = m.group(0)
            end_of_sentence = min([i for i in (text.find(c, m.end()) for c in _SENTENCE_END) if i != -1] or [len(text)])
            window_end = min(end_of_sentence, m.end() + 40)
            if word in _WORDS["password"] or word in _WORDS["pin"]:
                worded = self._in_words(text, m, window_end, end_of_sentence, taken)
                if worded is not None:
                    yield worded  # (and on: 「いちにさんよん」、つまり1234 says it twice)
            elif word in _WORDS["user_id"]:
                r = _ID_RECIPE_QUOTED.match(text, m.end(), window_end)
                if r and all(_ID_RECIPE_PART.search(p.strip(" 　")) for p in re.split("[+＋]", r.group("value"))) \
                        and not any(r.start("value") < te and ts < r.end("value") for ts, te in taken):
                    taken.append(r.span("value"))
                    yield self.result("CREDENTIAL", r.start("value"), r.end("value"), 0.7, "IDの付け方（命名規則）の記載",
                                      kind="naming_rule")
                    continue
                d = _DESCRIBED.match(text, m.end(), end_of_sentence)
                if d and _ID_RECIPE.search(d.group("value")) and not _FORBIDDEN_AFTER.match(text, d.end()) \
                        and not any(d.start("value") < te and ts < d.end("value") for ts, te in taken):
                    # ログインIDは姓のローマ字となっている: the ID's recipe, from facts about the staff
                    taken.append(d.span("value"))
                    yield self.result("CREDENTIAL", d.start("value"), d.end("value"), 0.7, "IDの付け方（命名規則）の記載",
                                      kind="naming_rule")
                    continue
            q = _QUOTED_RIGHT_AFTER.match(text, m.end(), window_end) or _QUOTED_AFTER_NI.match(text, m.end(), window_end)
            if q and q.group("value").startswith("@") and text[q.start("value") - 1] in "（(":
                q = None  # 公式アカウント（@kitahama_city）: a handle in brackets names the account, no secret
            if q and not any(q.start("value") < te and ts < q.end("value") for ts, te in taken):
                # パスワードは「admin」のまま: quoted right after the word, a
                # value in letters only is the secret itself (a default one)
                yield self._value(text, m, q.start("value"), q.end("value"), end_of_sentence, taken)
                continue
            lead = _RIGHT_AFTER.match(text, m.end(), window_end)
            k = _LONG_KEY.match(text, lead.end(), end_of_sentence) if lead and word in _LONG_KEY_WORDS else None
            if k and _MIXED.search(k.group(0)) and not any(k.start() < te and ts < k.end() for ts, te in taken):
                # Secret: wJalr…/K7MD…: a key in base64 runs past slashes and pluses
                yield self._value(text, m, k.start(), k.end(), end_of_sentence, taken)
                continue
            for v in _VALUE.finditer(text, m.end(), window_end):
                value = v.group(0).rstrip(".")
                digits_ok = value.isdigit() and (word in _WORDS["pin"] or word in _WORDS["card"]
                                                 or (word in _WORDS["user_id"] and len(value) >= 6)
                                                 or (word in _WORDS["password"] and len(value) >= 4
                                                     and _QUOTE_CLOSE.match(text, v.start() + len(value))
                                                     and text[v.start() - 1:v.start()] in _QUOTE_OPEN)
                                                 # パスワードは全台1234で統一: digits stated as the value right after the word
                                                 or (word in _WORDS["password"] and len(value) >= 4
                                                     and bool(_STATED.match(text, v.start() + len(value)))
                                                     and bool(_RIGHT_AFTER.fullmatch(text, m.end(), v.start()))))
                # ID：admin, パスワードはpassword: a default in lower-case letters
                # written right after the word (not パスワードはSMSで, …はWindowsの)
                # ID：jyuki_admin: lower-case words joined by _ - . are a user name's shape
                default = (value.isalpha() and value.islower() or bool(_JOINED_NAME.fullmatch(value))
                           or (value.isalpha() and word in _WORDS["password"]
                               and bool(_STATED.match(text, v.start() + len(value))))) \
                    and _RIGHT_AFTER.fullmatch(text, m.end(), v.start())
                if _NOT_VALUE.match(value) and not digits_ok and not default:
                    continue
                if word in ("ID", "アカウント") and not re.search(r"\d", value) and not default:
                    continue
                if word == "アカウント" and text.startswith("の", v.start() + len(value)) \
                        and not re.match(r"の(?:よう|形|形式|とおり|通り)", text[v.start() + len(value):]):
                    continue  # アカウントはgoogleのもの: whose account, not its name (s2051034のように is one)
                s, e = v.start(), v.start() + len(value)
                pair = _BARE_PAIR.match(text, s)
                if pair and not any(s < te and ts < pair.end() for ts, te in taken):
                    e = pair.end()  # パスワードは admin/admin のまま: the pair is one secret, slash and all
                # (ID/PW：soumu/soumu123 -- the secret after the slash already taken by ID -- the account alone)
                if any(s < te and ts < e for ts, te in taken):
                    continue
                yield self._value(text, m, s, e, end_of_sentence, taken)
                yield from self._listed_after(text, m, value, e, end_of_sentence, taken)
                break
        for n in _NAMED_BEFORE.finditer(text):
            s, e = n.span("value")
            value = n.group("value")
            if not (value.islower() or any(c.isdigit() for c in value)) or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            word = n.group("word")
            yield self.result("CREDENTIAL", s, e, 0.8, f"「{word}」の前に書かれた値", kind=_KIND_OF[word],
                              credential_word=word)
        yield from self._told(text, taken)
        yield from self._tokens_and_quotes(text, taken)
        yield from self._table_cells(text, taken)

    def _listed_after(self, text: str, m: re.Match, first: str, end: int, end_of_sentence: int,
                      taken: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
        """Values listed after the first one (madoguchi1 から madoguchi5, kita01・kita02):
        each of the same shape as the first -- letters with digits, or a
        lower-case word -- is a value of the same kind."""
        pos = end
        while (j := _LIST_JOIN.match(text, pos, end_of_sentence)) is not None:
            v = _VALUE.match(text, j.end(), end_of_sentence)
            if v is None:
                return
            value = v.group(0).rstrip(".")
            if _shape(value) != _shape(first) or any(v.start() < te and ts < v.start() + len(value) for ts, te in taken):
                return
            yield self._value(text, m, v.start(), v.start() + len(value), end_of_sentence, taken)
            pos = v.start() + len(value)

    def _told(self, text: str, taken: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
        """Secrets told away from their word: the spot a key, a card or a
        note of a password is kept at, and a recipe answering how secrets are
        made (``_credential_told``)."""
        for s, e, thing in kept_spots(text):
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            yield self.result("CREDENTIAL", s, e, 0.75, "鍵・カード・パスワードの保管場所", kind="kept_at",
                              credential_word=thing)
        # (``_credential_said``: a lock's number, a dial's turns, a default left in use)
        for finder, score, reason, kind in ((values_answered, 0.8, "問われたパスワード・IDの値", "password"),
                                            (recipes_answered, 0.75, "問われたパスワードの作り方", "password"),
                                            (lock_numbers, 0.75, "錠・キーボックスの番号", "pin"),
                                            (dial_combinations, 0.75, "ダイヤル錠の組合せ", "pin"),
                                            (defaults_left, 0.75, "初期設定のまま使われているID・パスワード", "password"),
                                            (accounts_in_use, 0.75, "ログインに使われているアカウント名", "user_id"),
                                            (typed_in, 0.75, "接続・ログインのために入力する値", "password")):
            for s, e in finder(text):
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                yield self.result("CREDENTIAL", s, e, score, reason, kind=kind, credential_word="")

    def _table_cells(self, text: str, taken: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
        """Values in the cells of a table under a credential heading (ユーザーID,
        パスワード, 暗証番号): the heading says what the cell holds. A cell in
        words (（各自設定）, 未設定) is no value."""
        # (a table ruled with bars, | ID | パスワード |, reads as one with tabs: one bar is one
        # character, so the offsets stay; a table laid out with spaces is read too)
        ruled = text.translate(_BARS) if "|" in text or "│" in text or "┃" in text else text
        if "\t" not in ruled and not _SPACED_HEADING_ROW.search(text):
            return  # (no table, and no heading row of a secret's column laid out with spaces: one search)
        for s, e, head in cells_under(ruled, _TABLE_HEADINGS, needs=_SECRET_HEADINGS, spaced=True):
            while s < e and text[s] in " 　":
                s += 1
            while e > s and text[e - 1] in " 　":
                e -= 1
            if not _CELL_VALUE.fullmatch(text, s, e) or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            yield self.result("CREDENTIAL", s, e, 0.85, f"表の「{head}」列の値", kind=_TABLE_KIND[head],
                              credential_word=head)

    def _in_words(self, text: str, m: re.Match, window_end: int, end_of_sentence: int,
                  taken: list[tuple[int, int]]) -> RecognizerResult | None:
        """A password or PIN written in words after the word ``m``: quoted in
        any script, or described by what it is made of."""
        r = _READ_OUT.match(text, m.end(), end_of_sentence)
        if r and not any(r.start("value") < te and ts < r.end("value") for ts, te in taken):
            return self._value(text, m, r.start("value"), r.end("value"), end_of_sentence, taken)
        h = _HIRAGANA_STATED.match(text, m.end(), end_of_sentence)
        if h and h.group("value") not in _NOT_A_WORD_SECRET and not h.group("value").endswith("い") \
                and not _RULE_IN_HIRAGANA.search(h.group("value")) \
                and not any(h.start("value") < te and ts < h.end("value") for ts, te in taken):
            return self._value(text, m, h.start("value"), h.end("value"), end_of_sentence, taken)
        d = _DESCRIBED.match(text, m.end(), end_of_sentence) or _SAME_AS_ACCOUNT.match(text, m.end(), end_of_sentence)
        if d and _FORBIDDEN_AFTER.match(text, d.end()):
            d = None  # パスワードはユーザーIDと同じにしないこと: a rule against it, no secret
        if d and not any(d.start("value") < te and ts < d.end("value") for ts, te in taken):
            return self._value(text, m, d.start("value"), d.end("value"), end_of_sentence, taken)
        for q in _QUOTED_WORD.finditer(text, m.end(), window_end):
            value = q.group("value")
            if value.isascii() or (_RULE_PHRASE.search(value) and not _MADE_OF_QUOTED.fullmatch(value)):
                continue  # letters and digits: the value finders below; 「英数字を混ぜたもの」: a rule
            if any(q.start("value") < te and ts < q.end("value") for ts, te in taken):
                continue
            return self._value(text, m, q.start("value"), q.end("value"), end_of_sentence, taken)
        return None

    def _value(self, text: str, m: re.Match, s: int, e: int, end_of_sentence: int,
               taken: list[tuple[int, int]]) -> RecognizerResult:
        """The value [s, e) written after the credential word ``m``."""
        word = m.group(0)
        taken.append((s, e))
        sentence_start = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        sentence = text[sentence_start:end_of_sentence]
        kind = "posted_public" if ctx.find_word(sentence, _POSTED) else _KIND_OF[word]
        return self.result("CREDENTIAL", s, e, 0.85, f"「{word}」の後に書かれた値", kind=kind,
                           credential_word=word)

    def _tokens_and_quotes(self, text: str, taken: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
        if _TOKEN_ANCHOR.search(text):
            for t in _TOKEN.finditer(text):
                s, e = t.span()
                if any(ts <= s and e <= te for ts, te in taken):
                    continue  # (a token cut short by a word's window before is yielded whole)
                taken.append((s, e))
                yield self.result("CREDENTIAL", s, e, 0.9, "公開されている形式のアクセストークン・鍵", kind="key",
                                  credential_word="")
        # An ID and a password quoted as a pair a sentence or two after the words
        # (…IDとパスワードを書いたメモ。メモには「kaikei7 / Momiji#88」)
        for q in _QUOTED_PAIR.finditer(text):
            words = text[max(0, q.start() - 80):q.start()]
            pw_word = ctx.find_word(words, _WORDS["password"] + _WORDS["pin"])
            if not pw_word or not any(c.isdigit() or not c.isalnum() for c in q.group("pw")):
                continue  # 「Windows / Office」: no secret word before it, or two words
            for group, kind, word in (("id", "user_id", ctx.find_word(words, _WORDS["user_id"])), ("pw", _KIND_OF[pw_word], pw_word)):
                s, e = q.span(group)
                if group == "id" and not word:
                    continue  # the first value is an account only where an ID word says so
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                yield self.result("CREDENTIAL", s, e, 0.75, f"「{word}」に続く文で引用された値", kind=kind,
                                  credential_word=word)
        for q in _BARE_PAIR.finditer(text):
            sentence = ctx.sentence_around(text, q.start())
            if not ctx.find_word(sentence, _PAIR_CONTEXT):
                continue  # and/or, km/h: no login or default spoken of
            s, e = q.span()
            if any(ts <= s and e <= te for ts, te in taken):
                continue
            # (admin / admin1234 でログイン: the secret after the slash taken as the account logged in
            # with -- the pair is still one span, or the account before the slash would stay visible)
            taken.append((s, e))  # one span: the slash between the two would be left as a clue
            yield self.result("CREDENTIAL", s, e, 0.75, "ログインの組（ID／パスワード）として書かれた値", kind="password",
                              credential_word="")
        # A quoted secret a sentence or two after the word (…パスワードを記入した
        # 付箋が貼られていた。付箋には「Nouzei#2023」と記載).
        for q in _QUOTED.finditer(text):
            s, e = q.span("value")
            word = ctx.find_word(text[max(0, s - 80):s], tuple(_KIND_OF))
            if not word or any(s < te and ts < e for ts, te in taken) or _NOT_VALUE.match(q.group("value")):
                continue
            taken.append((s, e))
            yield self.result("CREDENTIAL", s, e, 0.75, f"「{word}」に続く文で引用された値", kind=_KIND_OF[word],
                              credential_word=word)
