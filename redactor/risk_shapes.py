"""The shapes of text that both the mosaic check (``risk``) and its harmless
reasons (``risk_harmless``) read, written once here because ``risk`` imports
``risk_harmless`` and neither can import the other's:

- a count of many (約３０人, 120名, 15世帯): what makes a sentence speak of a
  population rather than of one resident;
- the speaker mark of 会議録 (○山田委員, ◯福祉課長, 〇議長): what opens a turn of the
  minutes, and the private persons given the floor in one (○公述人, ○参考人), who
  speak as residents, never in a role of the body.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml


def many_count(units: str, after: str = "") -> str:
    """The pattern of a count of many in ``units`` (an alternation: ``人|名|世帯``):
    about a number (約３０人, 約五十世帯) or two digits or more (120名); ``after``: a
    lookahead that bars the digits' count (``(?!家族)``: １２人家族 is one household)."""
    return r"約[0-9０-９一二三四五六七八九十百千]+(?:%s)|[0-9０-９]{2,}(?:%s)%s" % (units, units, after)


# the start of a turn of the minutes: the speaker mark after any indentation (some minutes write
# the mark with the ideographic zero 〇)
SPEAKER_MARK = "[ \t\u3000]*[○◯〇]"
# the private persons who speak in a turn of their own (○公述人（…君）): data/risk_roles.toml [speakers] private
PRIVATE_SPEAKERS = "|".join(map(re.escape, load_toml("risk_roles.toml")["speakers"]["private"]))
