"""PLACE: a numbered building of a housing estate said alone, with its floor
and the end of the corridor (made-up text), and the building as the object
of works, which is no one's place."""
import pytest

from conftest import found, texts
from redactor.recognizers.place import PlaceRecognizer


@pytest.mark.parametrize("text, value", [
    ("あの方は２号棟にお住まいです。", "２号棟"),
    ("７号棟の５階の西の端の部屋から煙が出た。", "７号棟の５階の西の端"),
])
def test_a_numbered_building_is_a_small_area(text, value):
    assert value in texts(PlaceRecognizer, text)
    assert all(a.get("kind") == "small_area" for t, a in found(PlaceRecognizer, text) if t == value)


@pytest.mark.parametrize("text", ["第４号棟の改修工事を発注した。", "１号棟の耐震診断を行う。"])
def test_a_building_under_works_is_no_place(text):
    assert texts(PlaceRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("大字北野２０３ 町営住宅Ｃ－１｜", "町営住宅Ｃ－１"),
    ("県営住宅５号棟にお住まいの方", "県営住宅５号棟"),
])
def test_public_housing_said_by_its_building_code(text, value):
    assert value in texts(PlaceRecognizer, text)


def test_public_housing_alone_is_no_place():
    assert texts(PlaceRecognizer, "市営住宅の入居者を募集する。") == []
