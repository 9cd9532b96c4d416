"""ADDRESS: the office of the municipality's own bodies (議会, 教育委員会) and
of its joint bodies (広域行政組合) is a public office's address (KEEP); a
resident named beside such a body keeps the mask. Made-up addresses."""
import pytest

from redactor.pipeline import Redactor


def address_actions(text):
    return [(f.text, f.action) for f in Redactor("default").check(text).findings if f.label == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    ("南浜市議会　〒123-4567　南浜市本町1-1-1", "〒123-4567　南浜市本町1-1-1"),
    ("南浜市教育委員会（南浜市本町1-1-1）", "南浜市本町1-1-1"),
    ("南浜地区広域行政組合　南浜市港町5-6-7", "南浜市港町5-6-7"),
])
def test_a_municipal_bodys_office_is_kept(text, address):
    assert address_actions(text) == [(address, "KEEP")]


@pytest.mark.parametrize("text, address", [
    ("議会で質問した西浦一郎さん（南浜市本町2-3-4）", "南浜市本町2-3-4"),
    ("教育委員会に通報した住民（南浜市本町2-3-4）", "南浜市本町2-3-4"),
])
def test_a_resident_beside_a_body_keeps_the_mask(text, address):
    assert address_actions(text) == [(address, "MASK")]


@pytest.mark.parametrize("text, address", [
    ("受託者の所在地は、東京都港区芝五丁目7番1号である。", "東京都港区芝五丁目7番1号"),
    ("指定管理者　南浜市本町3-4-5", "南浜市本町3-4-5"),
])
def test_a_business_by_its_contract_role_right_before_its_address(text, address):
    assert address_actions(text) == [(address, "KEEP")]


@pytest.mark.parametrize("text, address", [
    ("受注者の自宅　南浜市本町3-4-5", "南浜市本町3-4-5"),       # a household word
    ("契約の相手方　南浜市本町3-4-5　西浦一郎", "南浜市本町3-4-5"),  # a landowner may be one
    ("受託者の従業員である西浦一郎さんの住所は南浜市本町3-4-5である。", "南浜市本町3-4-5"),
])
def test_a_household_or_a_person_keeps_the_mask(text, address):
    assert address_actions(text) == [(address, "MASK")]
