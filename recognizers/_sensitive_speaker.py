"""Whose words a quoted line is: a summary of opinions or a hearing's record
(意見の概要, 公聴会記録, 聞き取り) heads each speaker's words with a line that
names the speaker (○北浜 一郎さん（４５歳）, ・Ｍ氏（３０代、男性）) and gives
the words below it in 「」 with no subject: first-person speech, so a fact
told there (「多発性硬化症で杖を使っています」) is the speaker's own.

Only a quote that opens its line, right under such a heading (or under the
heading's other quoted lines), is read so; a quote inside a sentence keeps
the sentence's own subject.
"""
from __future__ import annotations

import re

# A heading line that names one person: a name or a letter with さん, 氏 or 様,
# an optional bracket of age, sex or district, nothing after it.
_SPEAKER_LINE = re.compile(r"[ 　]*[○◯●◎・]?[ 　]*[^\n「」。、]{1,20}?(?:さん|氏|様)"
                           r"(?:[（(][^（）()\n]{0,30}[）)])?[ 　]*")
# A quoted line under the heading (its words may run over several lines).
_QUOTE_LINE = re.compile(r"[ 　]*「")


def quoted_speaker(text: str, pos: int) -> str | None:
    """The heading naming the speaker of the quote that holds ``pos``, or
    None: the quote opens its line, and the lines above it up to the heading
    are that speaker's quoted words."""
    line_start = text.rfind("\n", 0, pos) + 1
    quote = text.rfind("「", line_start, pos)
    if quote == -1 or "」" in text[quote:pos] or not _QUOTE_LINE.fullmatch(text, line_start, quote + 1):
        return None
    end = line_start - 1
    for _ in range(6):  # (a speaker's words seldom run over more lines than this)
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if _SPEAKER_LINE.fullmatch(text, start, end):
            return text[start:end].strip(" 　")
        if not _QUOTE_LINE.match(text, start) and not text[start:end].strip(" 　").endswith("」"):
            return None  # a line of other words between: not this speaker's quote
        end = start - 1
    return None
