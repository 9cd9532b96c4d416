"""Speaker headers of minutes, kept out of clause-long findings.

A minutes line opens with who speaks: 「◆高齢福祉課長（栗林 みどり）　」,
「〇7番（山田太郎君）　」, 「大谷委員　　」. Recognizers that mark a whole
clause (a security weakness, a sensitive fact) take the clause from the
line start, and so masked the speaker's name and title with it: an
official named in role, to be kept, disappeared, and the reader lost who
said it. Such a finding now starts after the header. Only clause labels are
moved; a name, phone or address found inside the header is untouched, and a
finding that lies wholly inside the header is left as it is (fail closed:
the header's own text is never unmasked by this step).
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.finding import Finding

#: Labels whose findings are clauses read from the line start.
CLAUSE_LABELS = frozenset({"SECURITY_DETAIL", "SENSITIVE"})

_MARK = "○◯〇◆◎◇●"
# The speaker's name in brackets: no digits (「本人（72歳）」 is not a speaker).
_NAME_IN_BRACKETS = r"[（(][^）)\n0-9０-９]{1,24}[）)]"
# A title ends in one of these characters (課長, 議員, 7番, 知事, 主査, 監査委員);
# 長男（…） or 本人（…） at a line start is not a speaker.
_TITLE_END = "長員番官監事査幹任"
# A header, then white space before the speech, is one of:
#   a speaker mark and a title (〇大谷委員, ◆課長（名）; not a marked option: ○2 生活保護),
#   a title with the speaker's name in brackets (市長（名）),
#   a question/answer number with name and title in brackets (A3（山田係長）),
#   a name and a council title (大谷委員, 山田君);
# or a name or title with 氏 or a title and a colon (Okafor氏：, 情報課長：).
_HEADER = re.compile(
    rf"^[ \t\u3000]*(?:[{_MARK}][^\s（(。、]{{0,20}}(?:{_NAME_IN_BRACKETS}|(?<=[{_TITLE_END}君]))"
    # (a name written with a space, then the title: ○杉本　正樹委員)
    rf"|[{_MARK}][^\s（(。、0-9０-９]{{1,6}}[ \u3000][^\s（(。、0-9０-９]{{1,12}}(?<=[{_TITLE_END}君])"
    rf"|[^\s（(。、]{{0,19}}(?<!男)[{_TITLE_END}]{_NAME_IN_BRACKETS}"
    rf"|[^\s（(。、]{{0,6}}[（(][^）)\n0-9０-９]{{1,24}}[{_TITLE_END}君][）)]"
    r"|[^\s（(。、]{1,12}(?:委員長|委員|議長|議員|君))[ \t\u3000]+"
    rf"|^[ \t\u3000]*[^\s（(。、：:]{{1,20}}(?<=[{_TITLE_END}君氏])[：:][ \t\u3000]*",
    re.M,
)


def header_end(text: str, line_start: int) -> int | None:
    """End of the speaker header opening the line at ``line_start``, or None."""
    m = _HEADER.match(text, line_start)
    return m.end() if m else None


def trim_speaker_headers(text: str, findings: Iterable[Finding]) -> None:
    """Move the start of each clause finding that begins inside a line's
    speaker header (and runs past it) to the end of the header, in place."""
    for f in findings:
        if f.label not in CLAUSE_LABELS:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        end = header_end(text, line_start)
        if end is not None and f.start < end < f.end:
            f.start = end
            f.text = text[f.start:f.end]
