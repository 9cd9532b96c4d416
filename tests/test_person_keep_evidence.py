"""Positive evidence for KEEP read from a document's structure (issue 11,
point 2): the capacity an auditor's assistant is appointed in, a staff label
before a unit of the office after an item's number, a record's own staff
fields, a personnel list, an office title told right before a name. Each
positive case sits beside the same structure holding a private person, which
must stay MASK or REVIEW."""
from __future__ import annotations

import pytest

from conftest import person_action

# -- an auditor's appointed assistants (地方自治法 第252条の32) ----------------


@pytest.mark.parametrize(("text", "name"), [
    ("２　補助者　　公認会計士　北野　沙織、弁護士　真壁　大輔\n", "北野　沙織"),
    ("２　補助者　　公認会計士　北野　沙織、弁護士　真壁　大輔\n", "真壁　大輔"),
    ("監査補助者　情報処理安全確保支援士　真壁　大輔\n", "真壁　大輔"),
])
def test_an_auditors_assistant_named_with_a_profession_is_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize(("text", "name"), [
    ("２　補助者　　北野　沙織\n", "北野　沙織"),                       # no profession: no capacity told
    ("成年後見人　司法書士　北野　沙織、申立人　真壁　大輔\n", "真壁　大輔"),  # a party after the list
])
def test_the_same_list_without_the_evidence_is_not_kept(text: str, name: str) -> None:
    assert person_action(text, name) in ("MASK", "REVIEW")


# -- a staff label, then a unit of the office, after an item's number ---------


@pytest.mark.parametrize(("text", "name"), [
    ("（４）監査人　　情報管理課　北野　沙織、真壁　大輔\n", "北野　沙織"),
    ("３　調査員　資産税課　真壁　大輔\n", "真壁　大輔"),
    ("２．担当　道路維持課　北野　沙織\n", "北野　沙織"),
])
def test_a_numbered_staff_label_before_a_unit_names_staff(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize("text", [
    "３　調査員　北野　沙織\n",                 # no unit of the office
    "３　申請者　資産税課　北野　沙織\n",        # a party's field, whatever follows
])
def test_a_numbered_label_without_a_staff_unit_is_not_kept(text: str) -> None:
    assert person_action(text, "北野　沙織") in ("MASK", "REVIEW")
