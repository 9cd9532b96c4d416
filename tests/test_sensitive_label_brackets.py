"""SENSITIVE: a record item named with its value in brackets right after
it (診断名（…）, 障害名（…）): the value is the fact when a term of the
lists or a disease's ending is in it; a bracket with neither (診断名（当該部分）)
is no value. Made-up cases."""
import pytest

from redactor.pipeline import Redactor


def sensitive(text):
    return {f.text: f.action for f in Redactor("default").check(text).findings if f.label == "SENSITIVE"}


@pytest.mark.parametrize("text,value", [
    ("「傷病に関する意見」欄のうち診断名（パーキンソン病、糖尿病）を不開示とした。", "パーキンソン病、糖尿病"),
    ("主治医意見書の診断名（レビー小体型認知症、骨粗しょう症）について", "レビー小体型認知症、骨粗しょう症"),
    ("障害名（視覚障害）の記載部分", "視覚障害"),
])
def test_the_value_in_brackets_after_a_record_item_is_found(text, value):
    assert sensitive(text).get(value) == "MASK"


def test_a_bracket_that_names_no_condition_is_no_value():
    assert "当該部分" not in sensitive("審査会は、診断名（当該部分）の開示について判断した。")


# -- plain phrasings: treatment as a reason, a mobility aid, an injury in a person's brackets --

def test_ones_own_treatment_given_as_a_reason_is_found():
    got = sensitive("灘尾氏については、御自身の通院のため辞退したいとの申出があった。")
    assert any("通院のため" in t for t in got)


def test_a_programme_for_treatment_is_no_fact_about_a_person():
    assert sensitive("通院のための移動支援事業を拡充する。") == {}


def test_a_mobility_aid_used_by_one_person():
    got = sensitive("被害者は杖を使用しており、席に着く前に発車した。")
    assert any(t.startswith("杖を使用") for t in got)


def test_an_injury_in_the_brackets_of_a_person_label_is_the_bracket_only():
    got = sensitive("負傷者　蔵前　とし（８６歳、妻）＝負傷者（顔面・両手に熱傷（中等症）、中央病院に搬送）\n")
    assert "顔面・両手に熱傷（中等症）、中央病院に搬送" in got
