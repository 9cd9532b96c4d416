"""Labels spelt out one character at a time: 陳 情 者, 申　請　人, 住　　所.

Forms and bills set a field label's characters apart with spaces so that
labels of different lengths line up (陳 情 者　…, 氏　　名　…). Sudachi then
reads the pieces as words, and 陳 as a surname with 情 as a given name: a
"person" that is the label itself. A candidate is dropped, with this named
reason, only when the one-character pieces around it, spaces removed, make a
word known as a label before a name (the role words of person_roles.toml
[before]) or a table heading of person_forms.toml -- positive evidence that it
is the label. Any other spaced one-character run (桂 　翔, a name written apart)
stays a candidate.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers._person_roles import BEFORE

_TABLE = load_toml("person_forms.toml", "redactor.recognizers.data")["table"]
_LABELS = frozenset(w for ws in BEFORE.values() for w in ws if len(w) >= 2) | frozenset(
    h for h in _TABLE["name_headers"] + _TABLE["other_headers"] if len(h) >= 2)
_MAX_SPAN = 24


def spelt_label(text: str, start: int, end: int) -> str | None:
    """The label text[start:end] is part of, spelt out one character at a
    time (陳 情 者), or None."""
    line_start = text.rfind("\n", max(0, start - _MAX_SPAN), start) + 1
    line_end = text.find("\n", end, end + _MAX_SPAN)
    line_end = min(len(text), end + _MAX_SPAN) if line_end == -1 else line_end
    seg = text[line_start:line_end]
    # every run of one-character pieces on the line, spaced apart
    for m in re.finditer(r"(?:(?<=^)|(?<=[\s]))(?:[^\s][ \u3000]{1,3})+[^\s](?=[\s]|$)", seg):
        s, e = line_start + m.start(), line_start + m.end()
        if s <= start and end <= e:
            word = re.sub(r"[ \u3000]", "", m.group(0))
            if word in _LABELS:
                return word
    return None
