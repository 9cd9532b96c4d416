"""A facility list's entry keeps its number as it keeps its address (the
facility kinds of ADDRESS: ホール, 分署, a nickname in 「」, an 字 name with
katakana), and a contact block keeps its numbers when its first line names
the unit after a contact heading (問い合わせ先, 【事務局】, 連絡窓口) or a body
housed in a unit (…委員会（総務課内）). A household on the line, or a person
heading the block, keeps the mask. Made-up lists."""
from __future__ import annotations

import pytest

from redactor.pipeline import Redactor


def actions(text: str, label: str) -> list[tuple[str, str]]:
    return [(f.text, f.action) for f in Redactor("default").check(text).findings if f.label == label]


@pytest.mark.parametrize("line, number", [
    ("　西浦市民文化ホール　　西浦市本町二丁目９番地　　0467-55-2200", "0467-55-2200"),
    ("　西浦消防署南分署　　西浦市港町４丁目２番地　　0467-55-0119", "0467-55-0119"),
    ("　西浦市郷土資料館　　西浦市大字古町字城ノ腰１２番地　　0467-55-3131", "0467-55-3131"),
])
def test_a_facility_entrys_number_is_kept(line: str, number: str) -> None:
    assert actions(line + "\n", "PHONE") == [(number, "KEEP")]


def test_a_facility_with_a_nickname_keeps_its_address() -> None:
    text = "　西浦市子育て支援センター「ぽかぽか」　西浦市緑町３－４－５　0467-55-4455\n"
    assert actions(text, "ADDRESS") == [("西浦市緑町３－４－５", "KEEP")]


@pytest.mark.parametrize("line", [
    "　西浦市民文化ホール　利用者　北条様　西浦市本町二丁目９番地　0467-55-2200",
    "　入院先は病院　0467-55-2200",
])
def test_a_person_on_a_facilitys_line_keeps_the_mask(line: str) -> None:
    assert {a for _, a in actions(line + "\n", "PHONE")} == {"MASK"}


@pytest.mark.parametrize("block", [
    "問い合わせ先　西浦町役場　総務課管財係\n　　西浦町大字本郷１０番地\n　　電話 0467-55-1111　FAX 0467-55-1119\n",
    "【事務局】にしうら区環境部環境課　環境計画係\n　　にしうら区本町一丁目２番１号\n　　電話　03-5555-4410\n",
    "問合せ　西浦村選挙管理委員会（総務課内）\n　電話　0467-55-2311\n",
])
def test_a_contact_block_under_a_heading_keeps_its_numbers(block: str) -> None:
    found = actions(block, "PHONE")
    assert found and {a for _, a in found} == {"KEEP"}


@pytest.mark.parametrize("block", [
    "問い合わせ先　北条　花子様\n　　西浦町大字本郷１０番地\n　　電話 0467-55-1111\n",
    "問合せ　西浦村選挙管理委員会（北条様方）\n　電話　0467-55-2311\n",
])
def test_a_person_heading_a_contact_block_keeps_the_mask(block: str) -> None:
    assert {a for _, a in actions(block, "PHONE")} == {"MASK"}


_POLLING = ("投票区　投票所名　　　　　　　所在地　　　　　　　　　　　区域\n"
            "第１　　西浦村役場１階ロビー　　西浦村大字本郷４５０番地　　本村、新町\n"
            "第２　　上郷生活改善センター　　西浦村大字上郷字坂下６６番地２　　上郷、川原\n")


def test_a_space_aligned_list_of_polling_stations_keeps_their_addresses() -> None:
    assert {a for _, a in actions(_POLLING, "ADDRESS")} == {"KEEP"}


def test_a_voters_list_with_a_polling_station_column_keeps_the_mask() -> None:
    text = ("氏名　　　　　住所　　　　　　　　　　投票所\n"
            "北条　花子　　西浦村大字上郷６６番地２　　上郷生活改善センター\n")
    assert {a for _, a in actions(text, "ADDRESS")} == {"MASK"}
