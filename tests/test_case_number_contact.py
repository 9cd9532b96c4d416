"""A contact number in brackets after a name (有馬（電話045-…）) is a phone, not
the name's record ID; a record ID there (有馬様（R8-福-0123）) stays one."""
from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _labels(redactor: Redactor, text: str, inner: str) -> set[str]:
    start = text.index(inner)
    return {f.label for f in redactor.check(text).findings if f.start < start + len(inner) and start < f.end}


# (a phone with the word for whose line it is fused to it: 役場, 自宅, 本庁)
@pytest.mark.parametrize("inner", ["電話045-555-2020", "TEL0467-55-1234", "携帯090-5555-1234", "本庁0467-21-3300",
                                   "自宅045-555-2020"])
def test_a_contact_number_after_a_name_is_no_record(redactor: Redactor, inner: str) -> None:
    text = f"担当　企画課　政策係　有馬（{inner}）\n"
    assert "CASE_NUMBER" not in _labels(redactor, text, inner)


def test_a_record_id_after_a_name_stays_one(redactor: Redactor) -> None:
    text = "相談者　北条　秋江（R8-福-0123）から電話があった。\n"
    assert "CASE_NUMBER" in _labels(redactor, text, "R8-福-0123")
