"""Date expressions shared by the date-like recognizers (no recognizer here).

A date is written 和暦 (昭和23年4月5日, 平成元年, S23.4.5) or 西暦 (1948年4月5日,
1948/4/5). The era table is data (``data/era.toml``); ``valid_date`` rejects
impossible dates (平成40年, 13月) so a number that merely looks like a date
is not taken for one.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml

ERAS = {e["name"]: e for e in load_toml("era.toml", "redactor.recognizers.data")["era"]}
ERA_LETTERS = {e["letter"]: e for e in ERAS.values()}

_ERA_NAMES = "|".join(ERAS)
_ERA_LETTER = "".join(ERA_LETTERS)
# One regex for every way a date of birth or an event date is written.
DATE = (
    rf"(?:(?:{_ERA_NAMES})[ ]?(?:元|\d{{1,2}})年[ ]?\d{{1,2}}月[ ]?\d{{1,2}}日"
    rf"|[{_ERA_LETTER}][ .]?\d{{1,2}}[./]\d{{1,2}}[./]\d{{1,2}}"
    rf"|(?:18|19|20)\d{{2}}年[ ]?\d{{1,2}}月[ ]?\d{{1,2}}日"
    rf"|(?:18|19|20)\d{{2}}[./-]\d{{1,2}}[./-]\d{{1,2}})"
)
_PARTS = re.compile(rf"(?P<era>{_ERA_NAMES}|[{_ERA_LETTER}])?[ .]?(?P<year>元|\d{{1,4}})\D+(?P<month>\d{{1,2}})\D+(?P<day>\d{{1,2}})")


def valid_date(text: str) -> bool:
    """Whether a matched date has a real era year, month and day."""
    m = _PARTS.search(text)
    if not m:
        return False
    month, day = int(m.group("month")), int(m.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    era = m.group("era")
    year = 1 if m.group("year") == "元" else int(m.group("year"))
    if era:
        info = ERAS.get(era) or ERA_LETTERS[era]  # the pattern matches only their names and letters
        return 1 <= year <= info["last_year"]
    return 1868 <= year <= 2100
