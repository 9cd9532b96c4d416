"""A line opened by a public facility's or office's name is that facility's
entry: its address and its number are kept. A line that names a person or a
household anywhere, or opens with no facility, is not; a reference number
after a number field's label is no address."""
from __future__ import annotations

import pytest

from conftest import found

from redactor.recognizers.address import AddressRecognizer
from redactor.recognizers.phone import PhoneRecognizer
from redactor.recognizers._drops import recording


def _kinds(cls: type, text: str, label: str) -> list[str]:
    return [a.get("kind", "") for _, a in found(cls, text, label)]


@pytest.mark.parametrize("text", [
    "西浦市立図書館　TEL 0467-55-2233　所在地　西浦市中央二丁目３番１号",
    "・西浦市休日急患診療所　西浦市本町５－６－７　0467-55-7119",
    "〒２５１－００１１　西浦市本町一丁目１番１号　西浦市役所福祉課",
])
def test_an_address_on_a_facilitys_line_is_the_facilitys(text: str) -> None:
    assert _kinds(AddressRecognizer, text, "ADDRESS") == ["public_facility"]


@pytest.mark.parametrize("text", [
    "西浦市立図書館　利用者　北条様　西浦市中央二丁目３番１号",
    "西浦市立図書館　TEL 0467-55-2233　西浦市中央二丁目３番１号　北条宅を訪問した。",
    "北条　智恵　西浦市中央二丁目３番１号　0467-55-2233",
    "〒２５１－００１１　西浦市本町一丁目１番１号　北条　智恵",
])
def test_a_persons_line_is_no_facilitys_entry(text: str) -> None:
    assert "public_facility" not in _kinds(AddressRecognizer, text, "ADDRESS")


def test_a_number_on_a_facilitys_line_after_its_bracketed_address_is_the_facilitys() -> None:
    text = "西浦市民会館（西浦市緑町４丁目５番６号）　電話０４６７－５５－８８００"
    assert _kinds(PhoneRecognizer, text, "PHONE") == ["office"]


@pytest.mark.parametrize("text", [
    "北条　智恵（西浦市緑町４丁目５番６号）　電話０４６７－５５－８８００",
    "西浦市民会館の利用者（西浦市緑町４丁目５番６号）　電話０４６７－５５－８８００",
])
def test_a_number_on_a_persons_line_is_not_the_facilitys(text: str) -> None:
    assert "office" not in _kinds(PhoneRecognizer, text, "PHONE")


def test_a_reference_number_after_a_number_field_is_no_address() -> None:
    text = "入札番号　西浦８－０３５"
    with recording() as drops:
        assert found(AddressRecognizer, text, "ADDRESS") == []
    assert any("番号欄" in d.reason for d in drops)


@pytest.mark.parametrize("text", ["住所　西浦８－３－５", "郵便番号　２５１－００１１　西浦市緑町８－３－５"])
def test_an_address_field_or_a_postal_code_keeps_the_address(text: str) -> None:
    assert found(AddressRecognizer, text, "ADDRESS") != []


def test_an_address_above_the_municipalitys_office_is_the_offices() -> None:
    text = "　〒２５１－００１１　西浦市本町一丁目１番１号\n　西浦市総務部情報政策課\n　電話　0467-55-1234\n"
    assert _kinds(AddressRecognizer, text, "ADDRESS") == ["public_facility"]


@pytest.mark.parametrize("text", [
    "申請者住所　西浦市緑町一丁目２番３号\n西浦市福祉課\n",
    "　西浦市緑町一丁目２番３号\n　西浦市福祉課　様\n",
])
def test_a_residents_address_above_an_office_line_is_not_the_offices(text: str) -> None:
    assert "public_facility" not in _kinds(AddressRecognizer, text, "ADDRESS")


def test_an_address_with_a_building_part_in_brackets_is_the_buildings() -> None:
    text = "設置場所：西浦市本町四丁目１番地（西浦市役所第二庁舎屋上）"
    assert _kinds(AddressRecognizer, text, "ADDRESS") == ["public_facility"]
