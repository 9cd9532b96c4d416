"""Leak keys: the form in which a masked value is looked for, shared by
mask time and verification.

At mask time the pipeline records, for every hidden finding, the keyed hash
of its leak key and how often the value stays visible (``leak_fields``,
``VisibleCounts``); the PDF writer searches its own output for the same
keys (``documents/pdf/leak_scan``); ``verify`` later compares an output
with those records. The primitives live here, below both, so that the
document formats need not import the verifier (which reads documents
through them).

A leak key is NFKC with the project's character folds and no whitespace,
so that a value broken over two lines or typed in full-width digits is
still found.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from redactor.audit import AuditKey
from redactor.normalize import normalize

_SPACE = re.compile(r"\s+")


# The keyed hash of a value's first characters lets ``find_hashes`` hash
# whole windows only where a value could start (a cheap first pass).
HEAD = 2


def leak_key(text: str) -> str:
    """The form in which masked values are looked for: folded, no spaces."""
    return _SPACE.sub("", normalize(text).text)


@lru_cache(maxsize=4096)  # bounded: it holds a document's values only while in use
def _value_key(value: str) -> str:
    """``leak_key`` of one masked value: a name masked fifty times is folded
    once (whole texts go through ``leak_key`` and are not cached here)."""
    return leak_key(value)


def count_occurrences(needle: str, haystack: str) -> int:
    """Occurrences of ``needle`` in ``haystack``, overlapping ones too
    (both already in leak-key form)."""
    if not needle:
        return 0
    n, pos = 0, haystack.find(needle)
    while pos != -1:
        n += 1
        pos = haystack.find(needle, pos + 1)
    return n


class VisibleCounts:
    """How often each masked value is still visible in one masked text.

    The text is folded once per document and each distinct value counted
    once: the same name masked fifty times costs one scan, not fifty.
    Made per document, so nothing of one document is kept for the next.
    """

    def __init__(self, masked_text: str) -> None:
        self._hay = leak_key(masked_text)
        self._counts: dict[str, int] = {}

    def __call__(self, key: str) -> int:
        n = self._counts.get(key)
        if n is None:
            n = self._counts[key] = count_occurrences(key, self._hay)
        return n


def leak_fields(key: AuditKey, value: str, visible: VisibleCounts | None) -> dict[str, Any]:
    """What the audit record of a hidden finding carries for ``verify``:
    the keyed hash and length of its leak key, and how often that value is
    still visible in the masked text (kept elsewhere on purpose)."""
    k = _value_key(value)
    fields: dict[str, Any] = {"leak_hmac": key.digest(k), "leak_len": len(k),
                              "leak_head_hmac": key.digest(k[:HEAD])}
    if visible is not None:
        fields["visible_after"] = visible(k)
    return fields


def is_hidden(record: dict[str, Any]) -> bool:
    """A finding record whose text must not appear in the output: masked,
    or replaced (a REVIEW masked pending review, a generalised value)."""
    return record.get("type") == "finding" and (
        record.get("action") == "MASK" or record.get("replacement") is not None)
