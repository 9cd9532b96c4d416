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
