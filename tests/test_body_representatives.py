"""PERSON: the person named with a title right after a juridical person's
name (a legal form in it) acts for the body and is kept; a residents'
association's 会長, a trade name's 代表, an employee and a subsidy
recipient's representative are not (redactor/body_representatives.py).
Made-up names and bodies."""
from __future__ import annotations

import pytest

from conftest import person_action


@pytest.mark.parametrize("text, name", [
    ("・災害時の物資供給に関する協定\n　南浜飲料株式会社　南浜工場長　西浦　悠真\n", "西浦　悠真"),
    ("・災害時の輸送に関する協定\n　一般社団法人南浜県トラック協会　会長　東谷　清隆\n", "東谷　清隆"),
    ("■ 産業功労\n　南浜漁業協同組合（代表理事組合長　北川　修造）\n", "北川　修造"),
    ("指定番号\t名称\t代表者\n第12号\t有限会社みなみ管工\t取締役　西浦　さくら\n", "西浦　さくら"),
])
def test_a_person_acting_for_a_juridical_person_is_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize("text, name", [
    ("・災害時の協力に関する協定\n　南浜町建設業協会　会長　東谷　清隆\n", "東谷　清隆"),       # no legal form
    ("・見守り活動\n　南浜三丁目自治会　会長　東谷　清隆\n", "東谷　清隆"),             # a residents' body
    ("補助金交付先一覧\n　南浜飲料株式会社　代表取締役　西浦　悠真\n", "西浦　悠真"),       # a subsidy recipient's
])
def test_no_juridical_person_or_a_subsidy_list_is_no_evidence(text: str, name: str) -> None:
    assert person_action(text, name) != "KEEP"
