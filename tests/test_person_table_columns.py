"""PERSON in the reading and owner columns of tables, and a community post's
holder in brackets in a list. Each rule fires once and has a near miss that
must not. All names, places and companies are made up."""
import pytest

from redactor.pipeline import Redactor
from redactor.recognizers._drops import recording


def found(text, profile="default"):
    """PERSON findings as {text: action} (MASK or REVIEW only)."""
    return {f.text: f.action for f in Redactor(profile).check(text).findings
            if f.label == "PERSON" and f.action in ("MASK", "REVIEW")}


# -- the reading column of a register -------------------------------------------

@pytest.mark.parametrize("heading, reading", [
    ("よみがな", "きたうら みつこ"),
    ("カナ氏名", "キタウラ ミツコ"),
    ("氏名（カナ）", "キタウラ ミツコ"),
])
def test_a_reading_column_holds_names(heading, reading):
    text = f"番号\t{heading}\t住所\n1\t{reading}\t北浦見市栄町1-2\n"
    assert found(text).get(reading) == "MASK"


def test_a_place_reading_column_is_no_name_column():
    # the reading of a district, not of a person
    assert found("番号\t地区(カナ)\t住所\n1\tミドリガオカ\t北浦見市栄町\n", "strict") == {}


# -- owners and right-holders of a land or compensation list ---------------------

@pytest.mark.parametrize("heading", ["地権者", "権利者", "所有者", "保護者"])
def test_an_owner_column_holds_names(heading):
    text = f"番号\t{heading}\t所在地\t地番\t面積\n1\t岬野 太一\t北浦見市栄町\t12番3\t120\n"
    assert found(text).get("岬野 太一") == "MASK"


def test_an_owner_column_in_a_space_aligned_table():
    text = "番号　地権者　　　所在地\n１　　岬野 太一　　北浦見市栄町\n"
    assert found(text).get("岬野 太一") == "MASK"


def test_an_official_title_in_the_row_sends_the_name_to_review():
    text = "番号\t地権者\t役職\n1\t岬野 太一\t市長\n"
    assert found(text).get("岬野 太一") == "REVIEW"
    # near miss: a row without a title stays a private owner's
    assert found("番号\t地権者\t役職\n1\t岬野 太一\t会員\n").get("岬野 太一") == "MASK"


def test_companies_and_municipalities_in_an_owner_column_are_dropped_with_a_reason():
    text = ("番号\t地権者\t所在地\n1\t株式会社みらい\t北浦見市栄町\n"
            "2\t北浦見市\t北浦見市栄町\n3\t緑川土地改良区\t北浦見市栄町\n")
    with recording() as drops:
        assert found(text, "strict") == {}
    reasons = {d.text: d.reason for d in drops if d.label == "PERSON"}
    assert "市" in reasons["北浦見市"]
    assert "株式会社" in reasons["株式会社みらい"]
    assert "改良区" in reasons["緑川土地改良区"]


def test_a_name_ending_like_a_town_is_still_a_name():
    # 太市 is a given name: the cell is a person's, not a city's
    assert "岬野太市" in found("番号\t地権者\t所在地\n1\t岬野太市\t北浦見市栄町\n")


# -- a community post's holder in brackets -------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("1\t緑が丘小学校（PTA会長　岬野　太一）\t出席\n", "岬野　太一"),
    ("・東地区（自治会長　山辺一郎）\n", "山辺一郎"),
])
def test_a_holder_in_brackets_after_a_community_post(text, name):
    assert found(text).get(name) == "MASK"


def test_a_post_in_brackets_without_a_name():
    with recording() as drops:
        assert found("1\t緑が丘小学校（PTA会長　欠席）\t出席\n", "strict") == {}
    assert any(d.text == "欠席" for d in drops)


def test_a_cell_ending_in_shi_is_a_city_only_where_the_document_writes_it_as_an_address():
    # 源市 is an old-style given name the lexicon may not know: with no address
    # starting 「山根源市」 in the document, the cell stays a name
    assert "山根源市" in found("番号\t地権者\t所在地\n1\t山根源市\t北浦見市栄町\n")
