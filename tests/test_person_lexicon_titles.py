"""Surnames Sudachi reads as common nouns, found before a title or in a
post's brackets, and predecessors named as such. Made-up names; each rule
has a case that fires and a near miss."""
import pytest


@pytest.mark.parametrize("text,name", [
    ("前任の鵜飼委員から引き継ぎを受けた。", "鵜飼"),
    ("前任の民生委員（鵜飼）から引き継いだ。", "鵜飼"),
    ("前任者の鵜飼 房江委員", "鵜飼 房江"),
    ("前任の担当委員である鵜飼 房江さん", "鵜飼 房江"),
])
def test_a_predecessor_is_not_kept_as_an_official(person_action, text, name):
    assert person_action(text, name) == "REVIEW"


def test_a_sitting_member_and_a_former_department_head_stay_officials(person_action):
    assert person_action("委員　鵜飼 房江", "鵜飼 房江") == "KEEP"
    assert person_action("前任の総務課長　鵜飼 房江", "鵜飼 房江") == "KEEP"


def test_common_noun_surname_before_a_title_is_found(person_action):
    assert person_action("鵜飼委員から質問があった。", "鵜飼") == "KEEP"


@pytest.mark.parametrize("text,word", [
    ("森林委員会を開催した。", "森林"),   # a committee, not 森林 + 委員
    ("森林課長が説明した。", "森林"),     # the head of a department named so
])
def test_common_noun_surname_as_part_of_a_body_is_not_a_name(person_action, text, word):
    assert person_action(text, word) is None
