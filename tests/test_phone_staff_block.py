"""A number on the line under a staff line that names its unit (担当：道路課
北浜 ⏎ 電話：042-…) is the unit's line; a staff line with no unit, a room
that is no unit (教室) or a party's line above keep the number masked."""
from __future__ import annotations

import pytest

from conftest import _redactor


def _phone(text: str) -> str | None:
    return next((f.action for f in _redactor().check(text).findings if f.label == "PHONE"), None)


def test_a_staff_line_with_its_unit_makes_the_number_the_units() -> None:
    assert _phone("担当：道路課　北浜\n電話：042-555-1234") == "KEEP"


@pytest.mark.parametrize("text", [
    "担当：北浜\n電話：042-555-1234",          # no unit named
    "担当：教室　北浜\n電話：042-555-1234",    # 教室 is no unit of the office
    "相談者　北浜様\n電話：042-555-1234",      # a party's line
])
def test_no_unit_on_the_staff_line_keeps_the_number_masked(text: str) -> None:
    assert _phone(text) == "MASK"


@pytest.mark.parametrize("text", [
    "担当　子育て支援課保育係長　南条　美咲\n電話　045-321-7788（内線412）",
    "　　　　　　　　　　　　　　担当：道路課主査　北浜\n　　　　　　　　　　　　　　　　　　電話：042-555-1234",
    "担当　環境政策課　南条　美咲\nTEL　045-321-7788",
])
def test_a_staff_line_with_its_unit_and_post_makes_the_number_the_units(text: str) -> None:
    # the post (係長, 主査) closes the unit's name; the indentation of a signature block is no matter
    assert _phone(text) == "KEEP"


@pytest.mark.parametrize("text", [
    "担当　南条　美咲\n電話　045-321-7788",                    # no unit at all
    "担当　相談者　南条　美咲\n電話　045-321-7788",            # a party, no unit
    "担当　教室長　南条　美咲\n電話　045-321-7788",            # 教室 is no unit of the office
])
def test_a_staff_line_with_no_unit_keeps_the_number_masked(text: str) -> None:
    assert _phone(text) == "MASK"


@pytest.mark.parametrize("text, action", [
    # a report form's header names the reporting facility; its address and number follow
    ("クラブ名　みどり児童クラブ（南小学校内）\n所在地　北浜市港町三丁目４番５号\n電話　042-555-1234", "KEEP"),
    ("施設名：北浜市立東公民館\n電話：042-555-1234", "KEEP"),
    # a shop with no legal form, or a person in the field, is no public body's
    ("事業所名　みなと商店\n所在地　北浜市港町三丁目４番５号\n電話　042-555-1234", "MASK"),
    ("団体名　山田花子様方\n電話　042-555-1234", "MASK"),
])
def test_a_header_field_naming_the_reporting_body(text: str, action: str) -> None:
    assert _phone(text) == action
