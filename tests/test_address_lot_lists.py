"""Land written as agenda bills and farmland minutes write it: a place and
several lots (大字上野字向田５１２番、５１３番及び５１４番の２), and tables whose
land column is headed 所在地番 or 申請地, drawn with bars. Made-up places."""
import pytest

from redactor import Redactor


def _found(text: str, label: str) -> list[tuple[str, str]]:
    return [(f.text, f.action) for f in Redactor().check(text).findings if f.label == label]


@pytest.mark.parametrize("text, whole", [
    ("申請地　大字上野字向田５１２番、５１３番及び５１４番の２\n地目　田\n", "大字上野字向田５１２番、５１３番及び５１４番の２"),
    ("所在地　北浜市大字上野字中原１２３番地・１２４番地\n", "北浜市大字上野字中原１２３番地・１２４番地"),
])
def test_further_lots_of_the_same_place_join_its_address(text, whole):
    assert (whole, "MASK") in _found(text, "ADDRESS")


@pytest.mark.parametrize("text, address", [
    ("北浜市緑町二丁目３番４号、５号室は空き。", "北浜市緑町二丁目３番４号"),  # a house number's 号: no lot list
    ("上野字向田512番、２番目の区画\n", "上野字向田512番"),               # an ordinal, no lot
])
def test_what_follows_a_house_number_or_an_ordinal_is_no_further_lot(text, address):
    assert [t for t, _ in _found(text, "ADDRESS")] == [address]


_LAND = ("番号｜申請人｜所在地番｜地目｜面積\n"
         "１｜北村　和也｜上野字向田512-1｜田｜1,234\n"
         "２｜南　花子｜下野字川端33｜畑｜560\n")


def test_a_land_column_of_a_bar_table_is_an_address_column():
    assert ("下野字川端33", "MASK") in _found(_LAND, "ADDRESS")


def test_the_heading_of_a_bar_tables_name_column_says_the_row_is_a_private_party():
    persons = _found(_LAND, "PERSON")
    assert ("北村　和也", "MASK") in persons and ("南　花子", "MASK") in persons
