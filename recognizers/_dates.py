"""The date grammar the date-like recognizers share (no recognizer here).

A date is written 和暦 (昭和23年4月5日, 昭和二十三年四月五日, 平成元年, S23.4.5,
昭23・4・5) or 西暦 (1948年4月5日, 1948/4/5), with the spaces of a printed form
(昭和 23 年 4 月 5 日). ``DATE`` is the one regex for all of them, with named
groups that ``date_of`` reads into a Gregorian date, rejecting impossible
dates (平成40年, 2月30日, 昭和64年1月8日) so that a number that merely looks
like a date is not taken for one. The era table is data (``data/era.toml``,
start dates from the era proclamations). ``birth_date`` reads dates with it;
``date`` (event dates) uses the era names and writes its own narrower
patterns (digits only, with 同年), which find what an event date looks like.
"""
from __future__ import annotations

import datetime as dt
import re

from redactor.data_files import load_toml

ERAS = {e["name"]: e for e in load_toml("era.toml", "redactor.recognizers.data")["era"]}
ERA_LETTERS = {e["letter"]: e for e in ERAS.values()}

ERA_START = {name: dt.date.fromisoformat(e["start"]) for name, e in ERAS.items()}
ERA_NEXT: dict[str, dt.date] = {}
_names = sorted(ERAS, key=lambda n: ERA_START[n])
for _a, _b in zip(_names, _names[1:]):
    ERA_NEXT[_a] = ERA_START[_b]

_KN = "[〇一二三四五六七八九十]"
NUM = rf"(?:\d{{1,2}}|{_KN}{{1,3}})"
ERA_NAMES = "|".join(ERAS)
# The era by its letter (S23.4.5) or, as forms abbreviate it, its first kanji (昭23.4.5).
ABBREVIATIONS = {**{letter: e["name"] for letter, e in ERA_LETTERS.items()}, **{name[0]: name for name in ERAS},
                 **{name: name for name in ERAS}}  # 昭和38.5.6: the full name with the numeric parts
# (one character each: the full names are matched as words, and their second characters
# 和, 成, 正, 治 are no era letters; as letters they matched 和3.4.5 and failed on reading it)
_LETTERS = "".join(k for k in ABBREVIATIONS if len(k) == 1)
# 昭和23年4月5日, 昭和二十三年四月五日, 平成元年2月3日, 1948年(昭和23年)4月5日, 昭和23(1948)年4月5日,
# and with the spaces of a printed form (昭和 23 年 4 月 5 日)
# Between the parts a space, or a hard line break where text copied out of a
# PDF or typed into a fixed-width form wraps the value (昭和63年⏎1月3日).
_SP = r"(?:[ ]{0,2}\n[ ]{0,4}|[ ]?)"
# (the Western year in brackets after 年 too: 昭和63年（1988年）1月3日)
_WAREKI = (rf"(?P<era>{ERA_NAMES}){_SP}(?P<ey>元|{NUM})(?:[ ]?\((?:18|19|20)\d{{2}}(?:年)?\))?{_SP}年"
           rf"(?:[ ]?\((?:18|19|20)\d{{2}}年?\))?"
           rf"{_SP}(?P<em>{NUM}){_SP}月(?:{_SP}(?P<ed>{NUM}){_SP}日)?")
# S23.4.5, 昭23・4・5, 昭和23.4.5, H2年1月3日
_LETTER = (rf"(?P<letter>{ERA_NAMES}|[{_LETTERS}])[ .]?(?P<ly>\d{{1,2}})(?:[./・-]|年[ ]?)(?P<lm>\d{{1,2}})(?:[./・-]|月[ ]?)"
           rf"(?P<ld>\d{{1,2}})日?")
# 1948年4月5日, 1948年(昭和23年)4月5日, 1948(昭和23)年4月5日
_SEIREKI = (rf"(?P<sy>(?:18|19|20)\d{{2}})(?:[ ]?\((?:{ERA_NAMES})(?:元|\d{{1,2}})\))?{_SP}年"
            rf"(?:[ ]?\((?:{ERA_NAMES})(?:元|\d{{1,2}})年?\))?"
            rf"{_SP}(?P<sm>\d{{1,2}}){_SP}月(?:{_SP}(?P<sd>\d{{1,2}}){_SP}日)?")
# 一九八八年一月三日: the Western year in kanji digits, as vertical writing has it
_KANJI_SEIREKI = rf"(?P<ky>一[八九][〇一二三四五六七八九]{{2}}|二〇[〇一二三四五六七八九]{{2}})年[ ]?(?P<km>{NUM})[ ]?月(?:[ ]?(?P<kd>{NUM})[ ]?日)?"
_NUMERIC = rf"(?P<ny>(?:18|19|20)\d{{2}})(?P<sep>[./-])(?P<nm>\d{{1,2}})(?P=sep)(?P<nd>\d{{1,2}})"
DATE = rf"(?<![\d.〇一二三四五六七八九])(?:{_WAREKI}|{_LETTER}|{_SEIREKI}|{_KANJI_SEIREKI}|{_NUMERIC})(?![\d])"


def kanji_number(s: str) -> int:
    """二十三 -> 23, 十 -> 10, 五 -> 5, 〇 -> 0; Arabic digits pass through."""
    if s.isdigit():
        return int(s)
    digits = "〇一二三四五六七八九"
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)
    value = 0
    for ch in s:
        value = value * 10 + digits.index(ch)
    return value


def date_of(m: re.Match) -> tuple[dt.date | None, str]:
    """The Gregorian date of a match (day 1 when the day is missing) and its
    precision ('day' or 'month'); None when it does not exist."""
    g = m.groupdict()
    era = g["era"] or (ABBREVIATIONS[g["letter"]] if g["letter"] else None)
    try:
        if g["era"]:
            year_in_era = 1 if g["ey"] == "元" else kanji_number(g["ey"])
            month, day = kanji_number(g["em"]), g["ed"] and kanji_number(g["ed"])
        elif g["letter"]:
            year_in_era, month, day = int(g["ly"]), int(g["lm"]), int(g["ld"])
        elif g["ky"]:
            year_in_era, month, day = kanji_number(g["ky"]), kanji_number(g["km"]), g["kd"] and kanji_number(g["kd"])
        elif g["sy"]:
            year_in_era, month, day = int(g["sy"]), int(g["sm"]), g["sd"] and int(g["sd"])
        else:
            year_in_era, month, day = int(g["ny"]), int(g["nm"]), int(g["nd"])
    except ValueError:
        return None, ""
    precision = "day" if day else "month"
    if era:
        info = ERAS[era]
        if not 1 <= year_in_era <= info["last_year"]:
            return None, ""
        year = info["start_year"] + year_in_era - 1
    else:
        year = year_in_era
    try:
        date = dt.date(year, month, day or 1)
    except ValueError:
        return None, ""
    if era and not (era == "明治" and year_in_era <= 5):
        last_day = dt.date(year, month, day) if day else dt.date(year, month, 28)
        first_day = dt.date(year, month, day or 1)
        if last_day < ERA_START[era] or (era in ERA_NEXT and first_day >= ERA_NEXT[era]):
            return None, ""
    return date, precision
