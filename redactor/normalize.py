"""Normalised view of a text with a map back to the original offsets.

Recognizers match on NFKC text (full-width digits and letters become ASCII,
全角空白 becomes a space, half-width katakana becomes full-width) plus a few
異体字 folds (髙→高, 﨑→崎) so that one pattern covers every way a clerk
typed a number or a name. Findings must still point into the original, so
every normalised character remembers the original character range it came
from.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from redactor.data_files import load_tsv_pairs

# Characters NFKC leaves alone but that people use interchangeably in names
# and numbers. Kept in a data file so that a new fold is a one-line change.
_EXTRA_FOLDS: dict[str, str] = dict(load_tsv_pairs("char_folds.tsv"))


@dataclass(frozen=True)
class NormalizedText:
    """``text`` is the normalised string; ``starts[i]``/``ends[i]`` give the
    original range that normalised character ``i`` came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) back to the original text."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _EXTRA_FOLDS:
        return _EXTRA_FOLDS[ch]
    out = unicodedata.normalize("NFKC", ch)
    return "".join(_EXTRA_FOLDS.get(c, c) for c in out)


def normalize(original: str) -> NormalizedText:
    """Return the normalised view of ``original`` with its offset map.

    Characters are folded one at a time so each output character has a
    known source; the one multi-character case NFKC handles (a half-width
    kana followed by ﾞ/ﾟ) is composed here and mapped to both sources.
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(original):
        folded = _fold_char(ch)
        if folded and unicodedata.combining(folded[0]) and chars:
            composed = unicodedata.normalize("NFC", chars[-1] + folded)
            if len(composed) == 1:
                chars[-1] = composed
                ends[-1] = i + 1
                folded = folded[1:]
        for c in folded:
            chars.append(c)
            starts.append(i)
            ends.append(i + 1)
    return NormalizedText(original, "".join(chars), tuple(starts), tuple(ends))
