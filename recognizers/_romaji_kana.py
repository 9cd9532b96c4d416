"""Romaji read back into hiragana, to look a romaji name up in the name lexicons.

Passports, residence cards and English documents write Japanese names in
Hepburn romaji (Harumi, Shunsuke, Kyoko), mostly without the long vowels
(Yuko for ゆうこ, Ota for おおた). Reading the romaji back into hiragana lets the
lexicons' readings (はるみ, しゅんすけ) say that a capitalised word can be a
Japanese given name, so a family name in capitals before it (UTSUGI Harumi)
is a name rather than a brand (TOKYO Station). The conversion is a table
walk over at most a dozen letters; the lexicon question is one set lookup
per spelling tried (the spelling as written, then with the long vowels that
passports drop put back: at most four).
"""
from __future__ import annotations

import re

_VOWELS = {"a": "あ", "i": "い", "u": "う", "e": "え", "o": "お"}
_ROWS = {
    "k": "かきくけこ", "g": "がぎぐげご", "s": "さしすせそ", "z": "ざじずぜぞ", "t": "たちつてと",
    "d": "だぢづでど", "n": "なにぬねの", "h": "はひふへほ", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ",
    "m": "まみむめも", "r": "らりるれろ", "y": "や?ゆ?よ", "w": "わ??を", "f": "??ふ??", "j": "?じ???",
}  # (? : no such syllable in Hepburn: yi, ye, wi, wu, we)
# Hepburn's irregular syllables and the contracted ones (しゃ, ちょ, きゅ).
_SPECIAL = {
    "shi": "し", "chi": "ち", "tsu": "つ", "fu": "ふ", "ji": "じ",
    "sha": "しゃ", "shu": "しゅ", "sho": "しょ", "she": "しぇ",
    "cha": "ちゃ", "chu": "ちゅ", "cho": "ちょ", "che": "ちぇ",
    "ja": "じゃ", "ju": "じゅ", "jo": "じょ", "je": "じぇ",
}
for _c, _row in (("k", "き"), ("g", "ぎ"), ("n", "に"), ("h", "ひ"), ("b", "び"), ("p", "ぴ"), ("m", "み"),
                 ("r", "り")):
    _SPECIAL[_c + "ya"] = _row + "ゃ"
    _SPECIAL[_c + "yu"] = _row + "ゅ"
    _SPECIAL[_c + "yo"] = _row + "ょ"
_ORDER = "aiueo"
_WORD = re.compile(r"^[a-z]{2,16}$")


def to_hiragana(word: str) -> str | None:
    """The hiragana a Hepburn spelling reads as (harumi -> はるみ, shunsuke ->
    しゅんすけ, kenichi -> けんいち), or None when it is not Hepburn."""
    w = word.lower().replace("-", "")
    if not _WORD.match(w.replace("'", "")):
        return None
    out: list[str] = []
    i = 0
    while i < len(w):
        c = w[i]
        if c in _VOWELS:
            out.append(_VOWELS[c])
            i += 1
            continue
        three, two = w[i:i + 3], w[i:i + 2]
        if three in _SPECIAL:
            out.append(_SPECIAL[three])
            i += 3
            continue
        if two in _SPECIAL:
            out.append(_SPECIAL[two])
            i += 2
            continue
        if c == "n" and (i + 1 == len(w) or (w[i + 1] not in _VOWELS and w[i + 1] != "y")):
            out.append("ん")  # kenta, shin
            i += 2 if w[i + 1:i + 2] == "'" else 1  # ken'ichi
            continue
        if c == "m" and i + 1 < len(w) and w[i + 1] in "bmp":
            out.append("ん")  # kambe (かんべ), homma
            i += 1
            continue
        if i + 1 < len(w) and w[i + 1] == c and c != "n":
            out.append("っ")  # hattori, kazukko
            i += 1
            continue
        if c == "t" and w[i + 1:i + 3] == "ch":
            out.append("っ")  # hotchi
            i += 1
            continue
        row = _ROWS.get(c)
        if row is None or i + 1 >= len(w) or w[i + 1] not in _VOWELS:
            return None
        kana = row[_ORDER.index(w[i + 1])]
        if kana == "?":
            return None
        out.append(kana)
        i += 2
    return "".join(out)


_LONG_AFTER = frozenset("おこそとのほもよろごぞどぼぽょうくすつぬふむゆるぐずづぶぷゅ")


def readings(word: str) -> list[str]:
    """The hiragana spellings a romaji name may stand for, at most four: as
    written; with ん before a vowel (Kenichi: けんいち, as ken'ichi); and with the
    long vowel a passport leaves out after an o or u (Yuko: ゆうこ, Taro: たろう)."""
    kana = to_hiragana(word)
    if kana is None:
        return []
    out = [kana]
    w = word.lower()
    n = w.find("n", 1)
    if 0 < n < len(w) - 1 and w[n + 1] in _VOWELS:
        split = to_hiragana(w[:n + 1] + "'" + w[n + 1:])
        if split:
            out.append(split)
    for i, k in enumerate(kana):
        if len(out) >= 4:
            break
        if k in _LONG_AFTER and kana[i + 1:i + 2] != "う":
            out.append(kana[:i + 1] + "う" + kana[i + 1:])
    return out
