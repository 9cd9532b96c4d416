"""Whether a file's name gives away what was masked inside it.

Case files are often named after the person they are about
(「田丸久美子さん申請書.txt」, 「090-1234-5678_苦情.docx」). ``mask`` mirrors
names as they are, so the published copy would carry, in its name, the very
value masked in its text, and the manifest and the audit log's ``source``
would repeat it. The tool cannot choose a new name for a file (links and
indexes point to it), so such a file is never reported as done: it is
"needs review" with a note naming the labels (never the value), and a
person renames it before publishing.

A name matches a replaced value when the value, or (for a person) a part of
it of two characters or more such as the surname, is in the name once both
are folded the same way (NFKC, spaces and separators removed): a file name
drops the space between surname and given name, and writes digits
half-width.

The audit log names its file too (``source``): there the name of such a
file is withheld (``議事録/….txt``); its ``input_sha256`` still says which
file it was.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath
from typing import Iterable

from redactor.finding import Finding

# what file names drop or use instead of the spaces in a value
_SEPARATORS = re.compile(r"[\s\u3000_\-‐－ー・.,、。]+")
# a piece shorter than this (one kanji, one digit) matches far too much
_MIN_PIECE = 2


def _fold(text: str) -> str:
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))


def _pieces(f: Finding) -> set[str]:
    """The value, and for a person each name part and the surname key."""
    pieces = {f.text}
    if f.label == "PERSON":
        pieces.update(re.split(r"[\s\u3000]+", f.text))
        key = f.attributes.get("person_key")
        if isinstance(key, str):
            pieces.add(key)
    return {p for p in (_fold(p) for p in pieces) if len(p) >= _MIN_PIECE}


def masked_in_name(names: Iterable[str], replaced: Iterable[Finding]) -> list[str]:
    """The labels (sorted, each once) of the replaced findings whose value
    or a piece of it is in one of ``names`` (file names without their
    folders: a folder the user chose, /home/yamada, is not the document's
    name)."""
    folded = [_fold(n) for n in names]
    return sorted({f.label for f in replaced if any(p in n for p in _pieces(f) for n in folded)})


def withheld_name(path: str) -> str:
    """``path`` with its file name withheld (the folder and the suffix kept)."""
    from redactor.audit import WITHHELD

    p = PurePath(path)
    return str(p.with_name(WITHHELD + p.suffix))
