"""A contractor's entry (role label, company by its legal form, address,
number) is the company's: its address and fixed line are kept. A person on
such a line, an employer or a mobile stay masked."""
from __future__ import annotations

import pytest

from conftest import _redactor


def _action(text: str, label: str) -> str | None:
    for f in _redactor().check(text).findings:
        if f.label == label:
            return f.action
    return None


@pytest.mark.parametrize("text", [
    "受託者　株式会社ミドリ情報　北浜市本町二丁目3番4号　電話 042-555-1234",
    "受託者　株式会社ミドリ情報　北浜市本町二丁目3番4号　TEL：042-555-1234",
    "一次下請　ミドリ設備工業株式会社　北浜市本町2-3-4　042-555-1234",
])
def test_a_company_then_its_address_keeps_the_fixed_line(text: str) -> None:
    assert _action(text, "PHONE") == "KEEP"


@pytest.mark.parametrize("text", [
    "相談者　山田様　北浜市本町二丁目3番4号　電話 042-555-1234",   # a person on the line
    "勤務先　株式会社ミドリ情報　北浜市本町二丁目3番4号　電話 042-555-1234",  # an employer
    "受託者　株式会社ミドリ情報　北浜市本町二丁目3番4号　携帯 090-5555-1234",  # a mobile
    "北浜市本町二丁目3番4号　電話 042-555-1234",                 # no owner named
])
def test_no_company_entry_keeps_the_number_masked(text: str) -> None:
    assert _action(text, "PHONE") == "MASK"


@pytest.mark.parametrize("text", [
    "一次下請　ミドリ設備工業株式会社　北浜市本町2-3-4　042-555-1234",
    "一次下請（設備）　ミドリ設備工業株式会社　北浜市本町2-3-4",
    "再委託先　株式会社ミドリ情報　北浜市本町2-3-4",
])
def test_a_contractor_tier_then_the_company_keeps_its_address(text: str) -> None:
    assert _action(text, "ADDRESS") == "KEEP"


@pytest.mark.parametrize("text", [
    "下請　山田　一郎　北浜市本町2-3-4",                              # a person after the label
    "相談者は株式会社ミドリの下請で働く山田さん、北浜市本町2-3-4在住。",  # an employer in prose
])
def test_a_person_with_a_contractor_word_keeps_the_address_masked(text: str) -> None:
    assert _action(text, "ADDRESS") == "MASK"
