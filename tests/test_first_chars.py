"""The first-character guard: faster search, never a different match."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from redactor.first_chars import guarded, start_class

# made-up text with the shapes the guarded patterns look for
_TEXT = ("元市職員の佐藤さんは担当職員に相談した。\n同氏は令和5年3月に転居し、約30人が参加した。\n"
         "職員が来た。主査の田中が答えた。元主査が話した。\n所在地は前橋市（架空）\n")


@pytest.mark.parametrize("pattern", [
    r"(?<!元)(?<!元.)(?<!元..)(?:職員|主査|担当職員)",        # lookbehinds first
    r"(?:約)?[0-9０-９]{1,3}(?:人|月)",                        # optional group first
    r"(?:令和|平成)?[0-9]+年|同氏|所在地は(?P<city>\w+市)",      # an alternation of regexes
    r"(?=[主担])(?:主査|担当)の",                              # a lookahead already
])
def test_guarded_finds_the_same_matches_and_groups(pattern: str) -> None:
    rx = re.compile(pattern)
    g = guarded(rx)
    assert g is not rx  # the start could be told: the guard is in place
    assert [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(_TEXT)] == \
        [(m.span(), m.groups(), m.groupdict()) for m in g.finditer(_TEXT)]
    assert [m.span() for m in rx.finditer(_TEXT, 10, 60)] == [m.span() for m in g.finditer(_TEXT, 10, 60)]


def test_the_class_holds_every_first_character() -> None:
    cls = start_class(re.compile(r"(?<!元)(?:職員|主査)|(?:約)?[0-9]+人"))
    assert cls is not None
    for first in "職主約05":
        assert re.fullmatch(cls, first)
    assert not re.fullmatch(cls, "元")  # a near miss: only in the lookbehind


@pytest.mark.parametrize("pattern", [
    r"(?:約)?",            # can match empty: a guard would lose the empty matches
    r".{2}市",             # any character first
    r"\w+市",              # a category first
    r"[^。]+。",           # a negated class first
    r"(?i:abc)",           # inline flags
])
def test_patterns_whose_start_cannot_be_told_are_left_alone(pattern: str) -> None:
    rx = re.compile(pattern)
    assert start_class(rx) is None
    assert guarded(rx) is rx


def test_ignorecase_patterns_are_left_alone() -> None:
    rx = re.compile("abc", re.IGNORECASE)
    assert guarded(rx) is rx


@pytest.mark.parametrize("module", ["redactor.risk", "redactor.recognizers.data_center",
                                    "redactor.recognizers.security_detail",
                                    "redactor.recognizers.birth_date"])
def test_every_regex_of_a_guarded_module_matches_as_before(module: str) -> None:
    """The guarded regexes of the modules that use the guard, compared with
    the unguarded pattern (the part after the lookahead) on the bundled examples."""
    from redactor.benchmark import bundled_examples

    text = "\n".join(Path(p).read_text(encoding="utf-8") for p in bundled_examples()) + _TEXT
    checked = 0
    for value in vars(importlib.import_module(module)).values():
        if isinstance(value, re.Pattern) and value.pattern.startswith("(?=[") and "])(?:" in value.pattern:
            try:
                inner = re.compile(value.pattern[value.pattern.index("])(?:") + 5:-1], value.flags)
            except re.error:
                continue  # a lookahead written by hand, not the guard
            if guarded(inner).pattern != value.pattern:
                continue
            assert [m.span() for m in inner.finditer(text)] == [m.span() for m in value.finditer(text)]
            checked += 1
    assert checked  # the module does use the guard


def test_guarded_pattern_recognizers_match_as_unguarded() -> None:
    """Recognizers with ``GUARD_PATTERNS`` find with each guarded regex what
    the plain regex finds, on the bundled examples."""
    from redactor.benchmark import bundled_examples
    from redactor.recognizers import default_recognizers
    from redactor.recognizers._base import JaPatternRecognizer

    text = "\n".join(Path(p).read_text(encoding="utf-8") for p in bundled_examples()) + _TEXT
    guarded_recognizers = [r for r in default_recognizers()
                           if isinstance(r, JaPatternRecognizer) and r.GUARD_PATTERNS]
    assert guarded_recognizers
    for rec in guarded_recognizers:
        for pattern, rx, _ in rec._compiled:
            plain = re.compile(pattern.regex)
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in rx.finditer(text)]


# made-up lines: job words after modifiers, overlapping words (会社員/社員),
# a job word at a line start after a line without one, one near the text's end
_JOBS = ("元会社員の父は町内の製材所に勤める。\n個人タクシー運転手\n社員\n市職員の山田さん\n"
         "食品製造の会社員と看護師が来た。\n教員")


@pytest.mark.parametrize("pattern, anchor, lead", [
    (r"(?:[\u4e00-\u9fffァ-ヶー]{1,6}の|[\u4e00-\u9fffァ-ヶー]{1,6}(?=(?:会社員|社員|運転手|看護師|教員)))?"
     r"(?:会社員|社員|運転手|看護師|教員)", "会社員|社員|運転手|看護師|教員", 7),
    (r"[\u4e00-\u9fff]{0,2}社員", "社員|会社", 4),   # anchors that overlap (会社|社員)
])
def test_scan_with_a_lead_finds_what_finditer_finds(pattern: str, anchor: str, lead: int) -> None:
    from redactor.recognizers._base import scan

    rx, a = re.compile(pattern), re.compile(anchor)
    expected = [m.span() for m in scan(rx, a, _JOBS)]
    assert expected  # the text has matches to compare
    assert [m.span() for m in scan(rx, a, _JOBS, lead)] == expected


def test_scan_with_too_short_a_lead_misses_a_match() -> None:
    """The lead is what makes the shortcut exact: one too short loses the
    match whose job word starts further in (a near miss of the test above)."""
    from redactor.recognizers._base import scan

    rx, a = re.compile(r"[\u4e00-\u9fffァ-ヶー]{1,6}の(?:運転手|会社員)"), re.compile("運転手|会社員")
    assert [m.span() for m in scan(rx, a, _JOBS, 2)] != [m.span() for m in scan(rx, a, _JOBS)]


@pytest.mark.parametrize("pattern, skips", [
    ("市役所", True),                     # a literal first: the engine skips to it
    ("[市町村]役場", True),               # a plain class first
    ("職員|主査|会計年度任用職員", True),  # words that each start with a literal
    (r"(?<!元)職員", False),              # a lookbehind first: tried in full everywhere
    (r"(?:約)?[0-9]+人", False),          # an optional group first
])
def test_fast_guards_only_what_the_engine_does_not_skip_to(pattern: str, skips: bool) -> None:
    from redactor.first_chars import fast, skipped_to

    rx = re.compile(pattern)
    assert skipped_to(rx) is skips
    f = fast(rx)
    assert (f is rx) is skips
    assert fast(rx) is f  # worked out once
    assert [m.span() for m in rx.finditer(_TEXT)] == [m.span() for m in f.finditer(_TEXT)]


def test_fast_leaves_a_guarded_pattern_alone() -> None:
    from redactor.first_chars import fast

    g = guarded(re.compile(r"(?<!元)職員"))
    assert fast(g) is g
