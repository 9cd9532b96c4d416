"""CREDENTIAL said without a credential word right before the value: the
number of a lock named by the lock, a dial's combination spelt out, and a
login or device left at its factory default.

- **a lock's number**: a lock said to be set to a number (番号錠は4219に
  設定), or a sentence about a key box, a keypad or a door that gives
  「番号は0810」 or the digits keyed in (3719を押すと開く) -- the number opens it whatever word the sentence
  uses for the lock (公用車のキーはキーボックスに入れており、番号は0810), also
  a few words after 番号は when it is stated as what the lock is set to
  (番号は内線番号と同じ215にしております).
  A number with a counter after it (番号は3番, 0810号) is an ordinary one.
- **a combination**: the turns of a safe's or a padlock's dial written out
  (右に3回で25、左に2回で70): two turns or more, each a direction and a
  number; whoever reads them opens it.
- **an account in use**: a name in Latin letters said to be logged in
  with (soumu でログイン, 「kikaku」アカウントを共有), or given after an
  account word in the same sentence as what is used (アカウントは、窓口用の
  madoguchi を3人で使って, IDは…にした zeimu でございます). The name must
  look like one -- lower case or with a digit, or quoted -- so a product
  (Microsoftアカウント) is none.
- **a value typed in**: letters with digits or symbols said to be keyed
  in (文字列（8f3K9q2w）を入力, 「Rk7-uu2p」と打ち込む) in a sentence about
  connecting, logging in or unlocking: no credential word is needed, the
  act says what it is.
- **a default left unchanged**: a factory or initial ID or password said to
  be still in use (初期設定のIDとパスワードのまま, 出荷時のパスワードを変更して
  いない): the default is published in the maker's manual, so the clause
  is the secret; with the value named (パスワードは初期設定のadminのまま), the
  value. A rule that it must be changed (初期パスワードは変更すること)
  says nothing was left.

Words: ``data/security_credential.toml`` (``said``).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.data_files import load_toml
from redactor.recognizers._text import words_regex

_SAID = load_toml("security_credential.toml", "redactor.recognizers.data")["said"]
_LOCKS = re.compile(words_regex(_SAID["locks"]))
# (番号「1122」: with no particle, only a quoted number)
_NUMBER_TOLD = re.compile(r"番号(?:(?:は|が|を)[、，]?[ 　]?[「『]?|[「『])(?P<value>[0-9０-９]{3,8})(?![0-9０-９年月日号番円件人名歳台回桁階])")
# A PIN spelt digit by digit, in kanji (〇三一五) or apart by dots, commas or spaces
# (1・2・3・4, 暗証番号（5 2 7 1）), right after a PIN's word: the digits read out are the PIN.
_PIN_WORDS = r"(?:暗証番号|暗証|PIN|PINコード|パスコード|解錠番号|開錠番号|解除番号|ロック番号|番号)"
_SPELT = re.compile(_PIN_WORDS + r"(?:は|が|を)?[、，]?[ 　]?[「『（(]?(?P<value>[〇一二三四五六七八九零]{4,8}(?![十百千万億])"
                    r"|[0-9０-９](?:[・、，･ 　][0-9０-９]){3,7})(?![0-9０-９])")
# 書庫の番号錠は4219に設定, 電子錠を0505で開ける: the lock, then its number and a verb of setting or opening
_SET_TO = re.compile(rf"(?:{words_regex(_SAID['set_locks'])})(?:は|を|も)[、，]?[ 　]?[「『（(]?(?P<value>[0-9０-９]{{4,8}})[」』）)]?"
                     r"(?=に(?:設定|し|合わせ|なって|統一)|で(?:開|解|設定|統一|共通)|のまま|と(?:して|なって)|です|でござ|である)")
# 扉は、3719を押すと開く: digits keyed in, in a sentence about a lock
_KEYED = re.compile(r"(?<![0-9０-９])(?P<value>[*#＊＃]?[0-9０-９]{4,8}[*#＊＃]?)(?![0-9０-９])(?:を|と)[ 　]?(?:押|入力|打ち込|打|入れ|押下)")
# a lock's code with the keypad's # or * (通用口の暗証は#1234*), or digits quoted and set
# (スマートフォンのロックは「1379」に設定): in a sentence about a lock, a door or a handset
_HASHED = re.compile(r"(?:暗証|番号|コード)(?:は|が|を)[、，]?[ 　]?(?P<value>[#*＃＊][0-9０-９]{3,8}[#*＃＊]?|[0-9０-９]{3,8}[#*＃＊])")
_QUOTED_SET = re.compile(r"[「『](?P<value>[0-9０-９]{4,8})[」』](?=に(?:設定|変更|し|なって)|のまま|で(?:解除|解錠|開|ロック))")
_HANDSETS = re.compile(r"ロック|スマートフォン|スマホ|携帯|タブレット|端末|暗証|パスコード")
_DIGITS = r"[0-9０-９一二三四五六七八九十]{1,3}"
_TURN = rf"[右左](?:に|へ|回りに|回りで)?[ 　]?(?:{_DIGITS}回(?:転)?(?:まわして|回して|で|、)?)?[ 　]?{_DIGITS}(?:に合わせ(?:て|る)?)?"
_DIAL = re.compile(rf"(?P<value>{_TURN}(?:[、，・→ 　]+{_TURN})+)")
_DEFAULTS = words_regex(_SAID["defaults"])
_SECRETS = r"(?:ID|ＩＤ|パスワード|PW|アカウント|暗証番号|ログイン情報|認証情報|管理者情報)"
_LEFT = re.compile(
    rf"(?P<value>(?:{_DEFAULTS})(?:の|で)?[^。\n、]{{0,12}}?{_SECRETS}[^。\n]{{0,10}}?"
    r"(?:のまま|を?変更(?:せず|して(?:い|お)(?:ない|らず)|されて(?:い|お)(?:ない|らず))|から変えて(?:い|お)(?:ない|らず)|が使え(?:る|た)))")
# パスワードは初期設定のadminのまま, パスワードは、出荷時の「1234」から変更していない: the
# default named with its value after the credential word; the value is the secret
_LEFT_VALUE = re.compile(
    rf"{_SECRETS}(?:は|が|も)[、，]?[ 　]?(?:メーカー|機器|製品)?(?:の)?(?:{_DEFAULTS})時?(?:設定|状態)?の[ 　]?[「『\"]?"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9!#$%&@*+_.-]{2,31})[」』\"]?[ 　]?"
    r"(?=のまま|から(?:変更|変え)|で(?:ログイン|使|運用|利用))")
# 管理者のパスワードは工場出荷時のままでした: the default said of the secret, with no value
_LEFT_AFTER = re.compile(
    rf"(?P<value>{_SECRETS}(?:は|が|も)[、，]?[ 　]?(?:{_DEFAULTS})(?:時|設定|状態)?(?:の(?:状態|設定))?"
    r"(?:のまま|から(?:変更|変え)(?:して|られて)?(?:い|お)(?:ない|らず|なかった)))")
_RULE_AFTER = re.compile(r"[^。\n]{0,6}?(?:しない|禁止|ならない|いけない|こと|よう)")
# 番号は内線番号と同じ215にしております: the number a few words after 番号は, stated as
# what the lock is set to (a verb of setting or a copula right after it)
_NUMBER_SET_AFTER = re.compile(r"番号(?:は|を)[、，]?(?P<lead>[^。\n0-9０-９]{1,16}?)(?P<value>[0-9０-９]{3,8})"
                               r"(?![0-9０-９年月日号番円件人名歳台回桁階分時])"
                               r"(?=に(?:設定|し|して|なって|合わせ|統一)|です|でござ|である|のまま|で(?:統一|共通))")
# A value typed in to connect or log in (ステッカーの文字列（8f3K9q2w）を入力, 「Rk7-uu2p」と
#打ち込む): letters with digits or symbols, keyed into a login, a network or a lock
_TYPED = re.compile(r"(?<![A-Za-z0-9!#$%&@*+_.-])[「『（(]?(?P<value>(?=[^」』）)\s]*[A-Za-z])(?=[^」』）)\s]*[0-9!#$%&@*+_])"
                    r"[A-Za-z0-9][A-Za-z0-9!#$%&@*+_.-]{5,63})(?:[」』）)]?[ 　]?(?:を|と)[ 　]?(?:入力|打ち込|打ち|打っ)"
                    # (入れ only after a quoted value: Windows11を入れ installs a product)
                    r"|[」』）)][ 　]?(?:を|と)[ 　]?入れ)")
_TYPED_INTO = re.compile(r"接続|ログイン|ログオン|サインイン|無線|Wi-?Fi|WiFi|ＷｉＦｉ|Ｗｉ－Ｆｉ|解除|解錠|認証|ロック|パスワード|暗証")


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find("。", at), text.find("\n", at)) if i != -1]
    return start, min(ends) if ends else len(text)


def lock_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number given as 「番号は…」 in a sentence about a
    lock, a key box or a door."""
    for m in _SET_TO.finditer(text):
        yield m.span("value")
    for m in _QUOTED_SET.finditer(text):
        s, e = _sentence(text, m.start())
        if _LOCKS.search(text, s, e) or _HANDSETS.search(text, s, e):
            yield m.span("value")
    for m in _SPELT.finditer(text):
        s, e = _sentence(text, m.start())
        if not text.startswith("番号", m.start()) or _LOCKS.search(text, s, e):
            yield m.span("value")  # (番号 alone only in a sentence about a lock)
    if not _LOCKS.search(text):
        return  # (the rest needs a lock in the sentence)
    yield from _in_lock_sentences(_HASHED, text)
    yield from _in_lock_sentences(_KEYED, text)
    if "番号" not in text:
        return
    yield from _in_lock_sentences(_NUMBER_TOLD, text)
    # 番号は内線番号と同じ215に: the number stated as set, a few words after 番号は
    yield from _in_lock_sentences(_NUMBER_SET_AFTER, text)


def typed_in(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each value said to be typed in, in a sentence about
    connecting, logging in or unlocking: what is keyed in there is the secret."""
    if "入" not in text and "打" not in text:
        return
    for m in _TYPED.finditer(text):
        s, e = _sentence(text, m.start())
        if _TYPED_INTO.search(text, s, e):
            yield m.span("value")


def _in_lock_sentences(rx: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the value of each match of ``rx`` in a sentence that names a lock."""
    for m in rx.finditer(text):
        s, e = _sentence(text, m.start())
        if _LOCKS.search(text, s, e):
            yield m.span("value")


def dial_combinations(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each dial combination written out as turns."""
    if "右" not in text and "左" not in text:
        return
    yield from _in_lock_sentences(_DIAL, text)


def defaults_left(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause saying a default ID or password is still in use."""
    if not any(w in text for w in _SAID["defaults"]):
        return
    for rx in (_LEFT, _LEFT_VALUE, _LEFT_AFTER):
        for m in rx.finditer(text):
            if _RULE_AFTER.match(text, m.end()):
                continue  # 初期パスワードのままにしないこと: a rule, nothing was left
            yield m.span("value")


_NAME = r"(?<![A-Za-z0-9_.@\\-])(?P<q>[「『\"])?(?P<value>[A-Za-z][A-Za-z0-9_.\\-]{2,31})(?(q)[」』\"])"
# soumu でログイン, 「soumu01」でログインしていた
_LOGGED_IN_WITH = re.compile(_NAME + r"[ 　]?(?:で|にて)[ 　]?(?:ログイン|ログオン|サインイン)")
# 「kikaku」アカウント, sysadminアカウント, mainte ユーザーで (not ユーザー名, アカウント管理)
_NAMED_ACCOUNT = re.compile(_NAME + r"[ 　]?(?:という|との)?[ 　]?(?:ユーザー|ユーザ|アカウント)(?!名|ID|管理|数|登録|作成|情報|の作成|制御)")
# (a sentence about a login, a shared account or a system: not gmailアカウントを使って申し込む)
_LOGIN_WORD = re.compile(r"ログイン|ログオン|サインイン")
_ACCOUNT_WORD = re.compile(r"ユーザ|アカウント")
_NAME_REACH = 44
_IN_USE = re.compile(r"ログイン|ログオン|共有|共用|使い回|権限|管理者|保守|全員|パスワード|サーバ|端末|システム")
# アカウントは、窓口用の madoguchi を3人で使って; IDは…にした zeimu でございます
_GIVEN_AFTER = re.compile(r"(?:アカウント|ＩＤ|ID|ユーザー名|ユーザ名|ログイン)(?:は|も|が|には)[、，]?[^。\n]{0,20}?[ 　「『]"
                          r"(?P<value>[A-Za-z][A-Za-z0-9_.\\-]{2,31})[」』]?[ 　]?"
                          r"(?=(?:を|で)[^。\n]{0,10}?(?:使|共有|共用|ログイン|入|利用|行)|でございます|です|である|だ(?:った)?[。、]|のまま)")


def _looks_like_a_name(value: str, quoted: bool) -> bool:
    """An account's name: in lower case or with a digit, or quoted; not a
    product's capitalised name (Windows, Microsoft)."""
    return quoted or value.islower() or any(c.isdigit() for c in value)


def accounts_in_use(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each account name said to be logged in with or used."""
    # (each pattern read only from a window before its word: a scan of every
    # Latin letter in the text would cost a pass per document)
    for pattern, anchor in ((_LOGGED_IN_WITH, _LOGIN_WORD), (_NAMED_ACCOUNT, _ACCOUNT_WORD)):
        for a in anchor.finditer(text):
            for m in pattern.finditer(text, max(0, a.start() - _NAME_REACH), a.end() + 4):
                if not _looks_like_a_name(m.group("value"), bool(m.group("q"))):
                    continue
                if pattern is _NAMED_ACCOUNT:
                    s, e = _sentence(text, m.start())
                    if not _IN_USE.search(text, s, e):
                        continue
                yield m.span("value")
    for m in _GIVEN_AFTER.finditer(text):
        if _looks_like_a_name(m.group("value"), False):
            yield m.span("value")
