"""A first-character guard for regexes that are searched through long text.

Python's regex engine skips quickly to where a match can start only when
the pattern starts with a literal or a plain character class. A pattern
that starts with a lookbehind (``(?<!元)職員|…``), an optional group or an
alternation of regexes is instead tried in full at every character of the
text: an alternation of 100 words is 100 tries per character.

``guarded`` puts a lookahead of the characters a match can start with in
front of such a pattern (``(?=[職担主…])``): at most characters it fails on
one class test. It never changes what matches: the class holds every
character a match can start with (it is worked out from the parsed
pattern, so a word added to a data file is covered), and a pattern whose
start cannot be worked out, or that can match the empty string, is
returned unchanged.

Guard only what was measured faster: a pattern that starts with a plain
character, a class or an alternation of plain words is already skipped to
by the engine, and a guard in front of it makes it slower.
"""
from __future__ import annotations

import re

try:  # the parser is internal to ``re`` (``sre_parse`` before Python 3.11)
    from re import _compiler as _K, _constants as _C, _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_compile as _K  # type: ignore[no-redef]
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}


class _Unknown(Exception):
    """The start of the pattern cannot be told (\\w, ., a negated class …)."""


def _starts(items, ranges: list[tuple[int, int]]) -> bool:
    """Add to ``ranges`` the code points a match of ``items`` (a parsed
    sequence) can start with; True when it can also match empty."""
    for op, av in items:
        if op is _C.LITERAL:
            ranges.append((av, av))
            return False
        if op is _C.IN:
            for o, a in av:
                if o is _C.LITERAL:
                    ranges.append((a, a))
                elif o is _C.RANGE:
                    ranges.append(a)
                else:
                    raise _Unknown  # NEGATE, CATEGORY (\d, \w)
            return False
        if op is _C.BRANCH:
            if not any([_starts(branch, ranges) for branch in av[1]]):  # every branch, not the first nullable
                return False
            continue
        if op is _C.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown  # inline flags ((?i:…))
            if not _starts(av[3], ranges):
                return False
            continue
        if op in _REPEATS:
            if not _starts(av[2], ranges) and av[0] > 0:
                return False
            continue
        if op is getattr(_C, "ATOMIC_GROUP", None):
            if not _starts(av, ranges):
                return False
            continue
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue  # zero width: the match starts with what follows
        raise _Unknown  # ., [^…], a back-reference …
    return True


def start_class(rx: re.Pattern) -> str | None:
    """A character class (``[…]``) holding every character a match of
    ``rx`` can start with, or None when that cannot be told."""
    if rx.flags & re.IGNORECASE:
        return None
    ranges: list[tuple[int, int]] = []
    try:
        if _starts(_P.parse(rx.pattern, rx.flags), ranges):
            return None  # can match the empty string
    except _Unknown:
        return None
    parts = sorted(set(ranges))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in parts) + "]"


def guarded(rx: re.Pattern) -> re.Pattern:
    """``rx`` with a lookahead of its start characters in front (same
    matches, same groups), or ``rx`` itself when its start cannot be told."""
    cls = start_class(rx)
    if cls is None:
        return rx
    try:
        return re.compile(f"(?={cls})(?:{rx.pattern})", rx.flags)
    except re.error:  # e.g. global inline flags, which must stay first
        return rx


def skipped_to(rx: re.Pattern) -> bool:
    """Does the engine skip by itself to where a match of ``rx`` can start?
    It does when the pattern starts with a literal, a plain character
    class or an alternation of words that each start with a literal (the
    prefix or character set the compiler puts in front of the program);
    then a guard only slows it down. Asked of the compiler's own test;
    True (leave the pattern alone) when that cannot be asked."""
    try:
        parsed = _P.parse(rx.pattern, rx.flags)
        if parsed.getwidth()[0] == 0:
            return True  # can match the empty string: no guard either
        return bool(_K._get_literal_prefix(parsed, rx.flags)[0] or _K._get_charset_prefix(parsed, rx.flags))
    except Exception:  # noqa: BLE001 - an internal of ``re`` changed: leave the pattern as it is
        return True


_FAST: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def fast(rx: re.Pattern) -> re.Pattern:
    """``rx`` guarded when the engine does not skip to its starts by itself
    (``skipped_to``), else ``rx``: the same matches. Worked out once per
    pattern (the entry keeps the pattern alive, so its id is not reused)."""
    entry = _FAST.get(id(rx))
    if entry is not None and entry[0] is rx:
        return entry[1]
    # (a pattern that opens with a lookahead of characters is guarded already)
    out = rx if rx.pattern.startswith("(?=[") or skipped_to(rx) else guarded(rx)
    _FAST[id(rx)] = (rx, out)
    return out
