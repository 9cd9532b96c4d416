"""CREDENTIAL told in words away from the credential word: where a key, a
card or a written-down secret is kept, and a secret's recipe given as the
answer to a question about it.

- **kept somewhere**: a key, a card or a note of a password said to be kept
  at a spot a reader could go to (サーバ室の鍵は総務課長席の右の引き出しに
  保管, パスワードは保守用端末のデスクトップのテキストファイルに保存): the
  spot opens the door as well as the key. The spot must be a particular
  one -- a chain with の ending in a piece of furniture, a container or a
  file (引き出し, キーボックス, 机, 付箋, テキストファイル) -- a control
  every office states (鍵は金庫で保管, パスワードは施錠できる保管庫に) names
  no spot and is none.
- **a value answered**: the question asks for a password or an ID (…の
  パスワードは何か。), the answer gives it and nothing else (「kikaku」で
  ございます。).
- **a recipe answered**: the question asks how passwords are made (パスワードの
  決め方は), the answer says what they are made of (生年月日の8桁の後ろに課の
  略称を付けたもの): whoever reads both can work the secret out.

Words: ``data/security_credential.toml`` (``kept``).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.data_files import load_toml
from redactor.recognizers._text import words_regex

_DATA = load_toml("security_credential.toml", "redactor.recognizers.data")
_KEPT = _DATA["kept"]
_THINGS = words_regex(_KEPT["things"])
_SPOTS = words_regex(_KEPT["spots"])
# the thing as topic or object, then the spot and the verb of keeping
# (…の鍵は、…の引き出しに保管; …を記したメモを…の裏に貼って)
_KEPT_AT = re.compile(
    rf"(?:{_THINGS})[^。\n]{{0,12}}?(?:は|を|も|が)[、，]?[ 　]?"
    rf"(?P<spot>[^、。\n「」]{{2,40}}?(?:{_SPOTS})(?:[ 　]?[（(][^（）()\n]{{1,20}}[）)])?)"
    r"(?:の(?:中|内|上|下|裏|奥|横)?)?(?:に|で|へ)(?:は|も)?[、]?"
    # (…の裏にテープで貼って: what it is fixed with may stand before the verb)
    r"(?:(?:テープ|セロハンテープ|磁石|マグネット|画びょう|画鋲|ピン|クリップ)で)?"
    # (…の引き出しに入っている, …のフックに吊るして: where it sits, said with the verb of being in or hanging)
    r"(?:保管|保存|入れ|入っ|置い|置か|しま|貼|張|掛け|掛か|かけ|かか|吊る|吊|下げ|挟|記載|記録|書い|管理|格納|収納|収め|ある|あり"
    # (…の扉の内側に掲示されている: posted where whoever opens the panel reads it)
    r"|掲示|掲げ|表示)")
# a form's field for the spot (鍵の保管場所：総務課長の机の右の引き出し): the heading says
# what is kept, the value is the spot
_KEPT_FIELD = re.compile(
    rf"(?:{_THINGS})の?(?:保管場所|保管先|置き場所|置場|格納場所|保管位置)[ 　]*(?:[:：]|\t|は[、，]?)[ 　]*"
    rf"(?P<spot>[^、。\n\t「」]{{2,40}}?(?:{_SPOTS})(?:[ 　]?[（(][^（）()\n]{{1,20}}[）)])?)(?:の(?:中|内|上|下|裏|奥|横))?(?=[。\n\t]|$|です|である|に)")
_KEPT_ANCHOR = re.compile(_SPOTS)
# a spot must say whose or which one: a chain with の (課長席の右の引き出し)
# or a named room or desk (守衛室の…, 保守用端末の…)
_PARTICULAR = re.compile(r"の")
# the question about how secrets are made, and the recipe in the answer
_ASKED_RECIPE = re.compile(words_regex(_KEPT["recipe_questions"]))
_RECIPE = re.compile(
    rf"(?P<value>[^、。\n「」は○◯）) 　:：]{{0,14}}(?:{words_regex(_DATA['made_of'])})[^。\n「」]{{0,24}}?"
    r"(?:にした|にして|を付けた|を付け加えた|を加えた|を足した|を並べた|をつなげた|を組み合わせた|と組み合わせた|の組み合わせ|の組合せ)(?:もの)?)"
    r"(?=で|です|でござ|と(?:して|なって|しており)|に(?:して|なって|設定|統一)|を(?:使|用い|設定)|。|$)")
_RECIPE_ANCHOR = re.compile(r"付け|加え|足し|並べ|つなげ|組み合わせ|組合せ|にし")
_FORBIDS = re.compile(r"しない|禁止|避け|ならない|いけない|不可|だめ")


def kept_spots(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, thing) of each particular spot a key, a card or a written
    secret is said to be kept at."""
    if not _KEPT_ANCHOR.search(text):
        return
    for m in _KEPT_AT.finditer(text):
        spot = m.group("spot")
        if not _PARTICULAR.search(spot) or _FORBIDS.search(text, m.end(), m.end() + 12):
            continue  # 金庫で保管: every office says so, no spot is named; …に保管しないこと: a rule
        s, e = m.span("spot")
        # (the spot's own clause: after the last comma or topic inside it)
        cut = max(spot.rfind("、"), spot.rfind("，"))
        if cut != -1:
            s += cut + 1
        yield s, e, m.group(0)[:8]
    for m in _KEPT_FIELD.finditer(text):
        if _PARTICULAR.search(m.group("spot")):
            yield m.start("spot"), m.end("spot"), m.group(0)[:8]


def recipes_answered(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each recipe for a secret given in the sentence after a
    question on how secrets are made, or in the same sentence."""
    if not _RECIPE_ANCHOR.search(text):
        return
    for m in _RECIPE.finditer(text):
        before = text[max(0, m.start() - 120):m.start()]
        if not _ASKED_RECIPE.search(before) or _FORBIDS.match(text, m.end()) \
                or _FORBIDS.search(text, m.end(), m.end() + 12):
            continue
        s = m.start("value")
        yield s, m.end("value")


# a question asking for a secret or an account, and an answer that is the value alone
_ASKED_VALUE = re.compile(rf"(?:{words_regex(_DATA['words']['password'] + _DATA['words']['pin'] + _DATA['words']['user_id'])})"
                          r"[^。\n]{0,16}?(?:か|[?？])[。 　]*$")
_SPEAKER = re.compile(r"[○〇◯◎●][^\n 　]{1,24}[ 　]|[（(][^）)\n]{1,12}[）)][ 　]?|[^\n 　]{1,12}[ 　]")
_ANSWER_VALUE = re.compile(r"(?:はい[、，]?)?[「『\"]?(?P<value>[A-Za-z0-9][A-Za-z0-9!#$%&@*+_./-]{2,63})[」』\"]?[ ]?"
                           r"(?:でございます|です|になります|となっております|であります)[。]?[ 　]*$")


def values_answered(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each value given alone as the answer to a question
    asking for a password, a PIN or an account."""
    if "か" not in text and "?" not in text and "？" not in text:
        return
    prev = ""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        asked, prev = prev, line
        if not asked or not _ASKED_VALUE.search(asked):
            continue
        speaker = _SPEAKER.match(line)
        m = _ANSWER_VALUE.match(line, speaker.end() if speaker else 0)
        if m and (any(c.isdigit() for c in m.group("value")) or m.group("value").islower()):
            yield start + m.start("value"), start + m.end("value")
