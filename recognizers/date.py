"""DATE: the date (and time) of an event: 令和5年2月14日午前10時20分頃,
同年8月, 令和元年5月, and the way minutes date an incident without a year
(6月14日, 先月12日の夕方, 先週の金曜日, お盆休みの最中, 昨年の台風の翌日,
午後3時ごろ), the day a person's state began (昨年11月6日から欠席が続いている), a
weekday of someone's weekly routine (毎週土曜日に面会), a day written with the era's
initial (R6.6.14), and the year of an event of a life (昭和62年に創業). ``precision`` is
day / month / relative / time / year. Dates of the
meeting or document itself (開催日時, 提出, 議決) are ``administrative``:
they are not about a person and the risk check ignores them.

Vocabulary of the dates without a year: ``data/quasi_identifiers.toml``
``[event_date]``."""
import re
from typing import Any

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._dates import ERA_NAMES
from redactor.recognizers._date_roles import date_role
from redactor.recognizers._text import KANJI, words_regex

# a numeral right before 年 (昭和62年, 5年前, 平成元年): a numbered year, not 昨年 or 年末
_NUMBERED_YEAR = re.compile(r"[0-9０-９〇一二三四五六七八九十元]年")
_ERA = ERA_NAMES
_TIME = r"(?:[ ]?(?:午前|午後)?[0-9]{1,2}時(?:[0-9]{1,2}分|半)?(?:頃|ごろ)?)?"
_ADMIN = ("提出", "開催", "会議", "開会", "閉会", "議決", "施行", "公布", "答申", "諮問", "受付", "作成", "決定",
          # the date field of a form or a notice (申請日　令和6年4月12日, 交付日, 記入日): the paper's, no event's
          "申請日", "届出日", "交付日", "発行日", "記入日", "回答日", "通知日", "起案日", "報告日")
_CHRONOLOGY = re.compile(r"[ \t\u3000・○\-]*$")  # only indentation or a bullet before the date on its line
_ENTRY_SEPARATORS = ("\u3000", "\t", "：", ":", "、", " ")
# a line that opens with a date (an entry of a 経過): 「　６月３日　」「　令和６年６月２日、」
_DATED_LINE = re.compile(r"[ \t\u3000・○\-]*(?:(?:令和|平成|昭和|[0-9]{4}年|[0-9]{1,2}年)[0-9元]*年?)?[0-9]{1,2}月[0-9]{1,2}日")


def _in_chronology(text: str, start: int, end: int) -> bool:
    """The date opens its line, and the line before or after opens with a
    date too: two dated lines in a row are a 経過 (a chronology), not a
    sentence that happens to start with a date (「６月３日、…が転倒した」)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _CHRONOLOGY.match(text, line_start, start) is None or text[end:end + 1] not in _ENTRY_SEPARATORS:
        return False
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
    next_start = text.find("\n", end) + 1
    return (prev_start >= 0 and prev_start < line_start and _dated_line(text, prev_start)) or (
        next_start > 0 and _dated_line(text, next_start))


def _dated_line(text: str, start: int) -> bool:
    """The line opens with a date, in words (６月３日) or with the era's initial (R5.10.18)."""
    return _DATED_LINE.match(text, start) is not None or _ERA_INITIAL_LINE.match(text, start) is not None
_ED = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["event_date"]
# an era's initial and the date in dots, as case records and tables write it (R6.6.14, H30.12.1):
# the initial of 令和 / 平成 / 昭和 (the 元号 romanised as forms abbreviate them)
_ERA_INITIAL = r"(?<![A-Za-z0-9.])[RHS][0-9元]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?![0-9.])"
_ERA_INITIAL_LINE = re.compile(r"[ \t\u3000・○\-]*[RHS][0-9元]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}")



_N = "[0-9一二三四五六七八九十]"
_TOD = words_regex(_ED["times_of_day"])
# what may follow a day: its weekday, the time of day, the hour
_DAY_TAIL = rf"(?:\([月火水木金土日]\)|[月火水木金土日]曜日?)?(?:の?(?:{_TOD}))?{_TIME}(?:ごろ|頃)?"
# A month number is a period, a session or an amount, not an event, before these.
_NOT_EVENT = r"(?!分|定例|臨時|議会|補正|期|末|以降|から|まで|中旬|下旬|上旬|以内|号|分の)"


# a season told as a plan's (今年の秋の完成を目指す, 令和８年春の開業に向け): no one's event
_PLAN_AFTER = r"の[^。、\n]{0,8}?(?:を目指|予定|見込み|見通し|に向け)"


class DateRecognizer(JaPatternRecognizer):
    GUARD_PATTERNS = True  # see JaPatternRecognizer: measured faster on the benchmark text
    ENTITY = "DATE"
    DESCRIPTION = "日付"
    PATTERNS = (
        JaPattern("年月日", rf"(?:(?:{_ERA})(?:元|[0-9]{{1,2}})年|(?:19|20)[0-9]{{2}}年|同年)[0-9]{{1,2}}月[0-9]{{1,2}}日(?:\([月火水木金土日]\))?{_TIME}(?!生)", 0.6),
        JaPattern("年月", rf"(?:(?:{_ERA})(?:元|[0-9]{{1,2}})年|(?:19|20)[0-9]{{2}}年|同年)[0-9]{{1,2}}月(?![0-9]|分)", 0.5),
        # 6月14日, 十二月三日の夕方 (no year): the day of an event in minutes
        JaPattern("月日", rf"(?<![0-9一二三四五六七八九十年度第])(?:(?:{words_regex(_ED['relative_months'])})の?)?{_N}{{1,3}}月{_N}{{1,3}}日{_DAY_TAIL}(?!生|まで|以降|から|付け?)", 0.5, anchor="月"),
        # 先月12日, 先月の12日の夕方
        JaPattern("相対日", rf"(?:{words_regex(_ED['relative_months'])})の?{_N}{{1,3}}日{_DAY_TAIL}(?!まで|以降|から)", 0.5,
                  anchor=words_regex(_ED["relative_months"])),
        # 昨年の11月, 本年３月: the month of an event in a year named relative to the meeting
        JaPattern("相対年月", rf"(?:{words_regex(_ED['relative_years'])})の?{_N}{{1,3}}月(?![0-9一二三四五六七八九十]|日){_NOT_EVENT}", 0.4,
                  anchor=words_regex(_ED["relative_years"])),
        # 今月初め, 先月末, 先月の半ば (not 今月末まで, a period)
        JaPattern("相対月内", rf"(?:{words_regex(_ED['relative_this_month'])})の?(?:初め|はじめ|末|上旬|中旬|下旬|半ば)(?!まで|から|以降|以内)",
                  0.4, anchor=words_regex(_ED["relative_this_month"])),
        # 昨年末, 一昨年の暮れ, 今年初め: the part of a year named relative to the meeting (not 本年末まで)
        JaPattern("相対月内", rf"(?:{words_regex(_ED['relative_years'])})(?:末|初め|はじめ|の暮れ|の瀬)(?![{KANJI}]|まで|から|以降|以内|に向け|を目途|をめど)",
                  0.4, anchor=words_regex(_ED["relative_years"])),
        # ３日前の深夜, ２週間前, 数日前の夜 (not 10日前までに, a deadline)
        JaPattern("日前", rf"(?<![0-9一二三四五六七八九十])(?:{_N}{{1,2}}|数)(?:日|週間)前(?:の(?:{_TOD}))?(?!まで|から|に(?:提出|申請|届))", 0.4,
                  anchor="日前|週間前"),
        # 先週の金曜日, 昨日の夕方, 昨夜, 今朝
        JaPattern("曜日", rf"(?:{words_regex(_ED['weekdays_before'])})の?[月火水木金土日]曜日?(?:の?(?:{_TOD}))?{_TIME}", 0.5,
                  anchor=words_regex(_ED["weekdays_before"])),
        # 先月の第２土曜日, 今月最初の日曜日の朝: a weekday of a month named relative to the meeting
        JaPattern("曜日", rf"(?:{words_regex(_ED['relative_this_month'])})の?(?:第[0-9一二三四五]|最初の|最後の)[月火水木金土日]曜日?"
                  rf"(?:の?(?:{_TOD}))?{_TIME}", 0.5, anchor="曜"),
        JaPattern("相対", rf"(?:{words_regex(_ED['relative_days'])})(?:の(?:{_TOD}))?{_TIME}", 0.4,
                  anchor=words_regex(_ED["relative_days"])),
        # お盆休みの最中, 昨年の台風の翌日, 年末年始
        JaPattern("行事", rf"(?:(?:{words_regex(_ED['relative_months'])})の)?(?:{words_regex(_ED['seasonal'])})(?:{words_regex(_ED['seasonal_after'])})", 0.4,
                  anchor=words_regex(_ED["seasonal"])),
        # 8月上旬、60代の女性が… / 昨年3月下旬に: the part of a month an event happened in,
        # written as the time of a clause (a comma or に after it); 3月上旬まで is a period
        JaPattern("旬", rf"(?<![0-9一二三四五六七八九十年度第])(?:(?:{words_regex(_ED['relative_months'])})の?)?{_N}{{1,3}}月[上中下]旬(?:ごろ|頃)?(?:の(?:{_TOD})(?=、|，|に))?(?=、|，|に[、，]?(?!かけ|まで|は))",
                  0.4, anchor="旬"),
        # 年末年始、… / お盆に、…: a season or an occasion opening a sentence as its time
        JaPattern("行事（文頭）", rf"(?<![^。\n\u3000 \t])(?:(?:{words_regex(_ED['relative_months'])})の)?(?:{words_regex(_ED['seasonal'])})(?=、|に、)",
                  0.4, anchor=words_regex(_ED["seasonal"])),
        # 先日の大雨, 先週の台風: a weather event dated by when it was, which everyone there knows
        JaPattern("天候", rf"(?:{words_regex(_ED['weather_before'])})の(?:{words_regex(_ED['weather_events'])})(?!対策|への備え|に備え|予報)",
                  0.4, anchor=words_regex(_ED["weather_events"])),
        # 昨年の秋ごろ, 一昨年の暮れ, 今年の春先: the season of an event (not 今年の秋までに, a plan)
        JaPattern("相対季節", rf"(?:{words_regex(_ED['relative_years'])})の?(?:{words_regex(_ED['year_parts'])})(?:ごろ|頃)?"
                  rf"(?!{words_regex(_ED['year_parts_not_after'])}|[{KANJI}]|{_PLAN_AFTER})", 0.4,
                  anchor=words_regex(_ED["relative_years"])),
        # 昭和62年に創業, 5年前に開業, 平成30年ごろから耕作を中止, 昭和40年代に分家: the year of an
        # event of a person's or a household's life, told with the event (not 令和2年度から, a
        # programme's year, nor a year with no such event after it)
        JaPattern("年（出来事）", rf"(?<![0-9一二三四五六七八九十])(?:(?:{_ERA})(?:元|{_N}{{1,2}})年(?:代)?|(?:19|20)[0-9]{{2}}年(?:代)?|{_N}{{1,2}}年前)"
                  rf"(?:ごろ|頃)?(?=(?:に|から|より|、)[^。\n]{{0,14}}?(?:{words_regex(_ED['life_events'])}))", 0.4, anchor="年"),
        # 昨年１１月６日から欠席が続いている, ９月１１日以降登校していない, 昨年秋から住んでいる: the
        # day a state of a person's began (a programme's 4月1日から受付 has no such state after it)
        JaPattern("起点", rf"(?<![0-9一二三四五六七八九十年度第])(?:(?:{words_regex(_ED['relative_months'])})の?)?{_N}{{1,3}}月(?:{_N}{{1,3}}日|[上中下]旬|末|初め)?"
                  rf"(?=(?:から|以降|より)[^。\n]{{0,14}}?(?:{words_regex(_ED['ongoing_states'])}))", 0.4, anchor="から|以降|より"),
        # 令和４年春に現場で転落した, 平成３０年の秋ごろ: the season of a numbered year, as the time of
        # an event (not 令和８年春までに, a plan)
        JaPattern("相対季節", rf"(?<![0-9一二三四五六七八九十])(?:{_ERA})(?:元|{_N}{{1,2}})年の?(?:{words_regex(_ED['year_parts'])})(?:ごろ|頃)?"
                  rf"(?!{words_regex(_ED['year_parts_not_after'])}|[{KANJI}]|{_PLAN_AFTER})", 0.4, anchor="年"),
        # 毎週土曜日に面会に来る, 隔週の水曜日の夜: a weekday that recurs in someone's week
        JaPattern("曜日（習慣）", rf"(?:{words_regex(_ED['routine_before'])})の?[月火水木金土日]曜日?(?:[と・や][月火水木金土日]曜日?)*"
                  rf"(?:の?(?:{_TOD}))?{_TIME}(?=に|は|の|、)(?![^、。\n]{{0,8}}?(?:{words_regex(_ED['routine_not_after'])}))", 0.4, anchor="曜"),
        # R6.6.14, H30.12.1: a day written with the era's initial (not R6.6.14生, a BIRTH_DATE)
        JaPattern("年月日（略記）", rf"{_ERA_INITIAL}(?!生|まで|から|付)", 0.5, anchor=r"[RHS][0-9元]"),
        # 午後3時ごろ, 3時半頃, 夜10時過ぎ, 深夜2時ごろ
        JaPattern("時刻", r"(?:(?:午前|午後|深夜|未明|早朝|明け方|夜中|夜|朝|夕方)[0-9]{1,2}時(?:[0-9]{1,2}分|半)?(?:頃|ごろ|過ぎ|前(?![^、。\n]{0,3}(?:まで|から)))?"
                  r"|(?<![0-9])[0-9]{1,2}時(?:[0-9]{1,2}分|半)?(?:頃|ごろ|過ぎ))", 0.4, anchor="時"),
    )

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        value = text[start:end]
        if "年" in value and "日" in value or re.search(r"月[0-9一二三四五六七八九十]+日", value) \
                or _ERA_INITIAL_LINE.fullmatch(value):
            precision = "day"
        elif "年" in value and "月" in value:
            precision = "month"
        elif "時" in value and "日" not in value:
            precision = "time"
        elif "月" not in value and "日" not in value and _NUMBERED_YEAR.search(value):
            # 昭和62年に創業: a year of a life, no day an incident is placed on (昨年の秋ごろ, 年末年始
            # have no numeral before 年 and stay relative: a time a generalisation can coarsen)
            precision = "year"
        else:
            precision = "relative"
        near = ctx.before(text, start, 12) + text[end:end + 8]
        if ctx.find_word(near, _ADMIN):
            kind = "administrative"
        elif ("年" not in value and value[:1].isdigit() or _ERA_INITIAL_LINE.fullmatch(value)) and _in_chronology(text, start, end):
            # 「　６月３日　担当者が訪問した」: a later entry of a report's 経過 (the
            # first entry carries the year and dates the matter), the day of the
            # office's own step; the risk check still reads the paragraph's
            # dates in words itself (risk._EVENT_TIME) but does not raise these
            kind = "chronology"
        else:
            kind = "event"
        role = date_role(text, start, end) if kind != "chronology" else None
        if role:
            # the paper's, the meeting's or the office's date (see _date_roles): no one's event
            return {"precision": precision, "kind": "administrative", "not_subject": role}
        return {"precision": precision, "kind": kind}
