"""報告者・承認者・決裁者 are staff field labels: with a unit of the office
after them (報告者　情報政策課　北浜　翼) the name is the unit's staff member;
alone, or with a residents' association, it stays for review."""
from __future__ import annotations

import pytest

from conftest import person_action


@pytest.mark.parametrize("label", ["報告者", "承認者", "決裁者"])
def test_a_record_label_then_a_unit_names_staff(label: str) -> None:
    assert person_action(f"{label}　情報政策課　北浜　翼", "北浜　翼") == "KEEP"


@pytest.mark.parametrize("text", ["報告者　北浜　翼", "報告者　本町町内会　北浜　翼"])
def test_the_label_alone_or_with_no_unit_is_no_evidence(text: str) -> None:
    assert person_action(text, "北浜　翼") != "KEEP"
