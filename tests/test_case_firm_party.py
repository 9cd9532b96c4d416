"""CASE_NUMBER: a party word whose value is a firm (申請者　株式会社…) names
the firm, so the number is a firm's matter (corporate, KEEP); a person
named on the line keeps it a person's. Made-up numbers and names."""
import pytest

from conftest import found
from redactor.recognizers.case_number import CaseNumberRecognizer as R


def kinds(text):
    return [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text, number", [
    ("申請番号　R6-建-0045　申請者　株式会社南浜建設", "R6-建-0045"),
    ("申請番号　R6-建-0045　申請者　南浜建設㈱", "R6-建-0045"),
    ("受付番号　R6-0045　南浜建設株式会社　様", "R6-0045"),
])
def test_a_firm_as_the_party_makes_the_number_a_firms(text, number):
    assert kinds(text) == [(number, "corporate")]


@pytest.mark.parametrize("text, number", [
    # a person is the party; the firm is the person's employer
    ("申請番号　R6-建-0045　申請者　南浜一郎（株式会社南浜建設勤務）", "R6-建-0045"),
    # a person's name first, then a firm: the person stays named
    ("申請番号　R6-建-0045　申請者　南浜一郎　株式会社南浜建設", "R6-建-0045"),
    ("受付番号　R6-0045　相談者　南浜一郎様", "R6-0045"),
])
def test_a_person_named_as_the_party_keeps_the_number_a_persons(text, number):
    assert kinds(text) == [(number, "receipt")]
