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


# -- hand-spaced registers: headings, row numbers, surnames that hold a unit word ------

def test_a_spaced_heading_shi_mei_is_no_honorific_and_its_rows_are_names():
    text = ("番号　氏　名　　　　生年月日　　　　　住　所\n"
            "１　　岸辺　トヨ　　大正１５年３月２日　緑町２丁目\n"
            "２　　小田切　正三　昭和３年１月２０日　西浜町４番地\n")
    got = found(text)
    assert "番号" not in got                       # 番号 before 氏　名 is no name
    assert got.get("岸辺　トヨ") == "MASK" and got.get("小田切　正三") == "MASK"


def test_a_heading_naming_whose_name_the_column_holds():
    text = ("No.　罹災者氏名　　　地区　　　被害区分　　支給額\n"
            "1　　　汐見　鉄男　　　本町　　　全壊　　　　100,000円\n")
    got = found(text)
    assert "地区" not in got                       # the next heading is no name field's value
    assert got.get("汐見　鉄男") == "MASK"


@pytest.mark.parametrize("name", ["乙部 千代", "阿部", "長谷部 正", "室井"])
def test_a_surname_holding_a_unit_word_stays_a_name_in_a_name_column(name):
    text = f"| No | 氏名 | 年齢 |\n|----|------|------|\n| 1 | {name} | 91 |\n"
    assert found(text).get(name) == "MASK"


def test_a_units_name_in_a_name_column_is_dropped_with_its_reason():
    with recording() as drops:
        Redactor("default").check("番号\t氏名\t住所\n1\t企画調整部\t本庁舎\n")
    assert any("団体名" in d.reason for d in drops if d.label == "PERSON")


def test_a_name_field_saying_unknown_is_no_name():
    assert "不詳" not in found("加害者　　　氏名　　不詳\n")


@pytest.mark.parametrize("text, name", [
    ("１．東雲　キク（９２）　一人暮らし\n", "東雲　キク"),   # a word that is also a surname, after a list number
    ("・東雲　キク\n", "東雲　キク"),
])
def test_a_list_items_surname_that_is_also_a_word(text, name):
    assert name in found(text)



def test_headings_spelt_out_with_gaps_as_wide_as_the_columns():
    # 氏　　名 and 住　　所 are one heading each, so the rows line up with them
    text = ("番号　　氏　　名　　　年齢　　住　　所\n"
            "１　　　岸辺　トヨ　　９１　　北町\n")
    assert found(text).get("岸辺　トヨ") == "MASK"


@pytest.mark.parametrize("text, name", [
    ("１．砂川　トヨ（９１）\n", "砂川　トヨ"),      # a place-like surname and a kana given name, age after
    ("見守り対象の方　大沢　ヨネ(88歳)\n", "大沢　ヨネ"),
])
def test_an_age_in_brackets_after_surname_and_kana_names_a_person(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", ["来月は砂川　トヨ（第２回）を開く。\n", "来月は砂川　トヨ(2024年)を開く。\n"])
def test_a_bracket_that_holds_no_age_forms_no_pair(text):
    # an ordinal or a year in the bracket is no age: the place and the kana word stay apart
    assert "砂川　トヨ" not in found(text)


def test_a_contractors_staff_list_names_private_persons_despite_a_title_cell():
    # 主任 in a row with a company is the company's title, not an office of the municipality
    text = "| 番号 | 氏名 | 会社名 | 役職 |\n|---|---|---|---|\n| 1 | 汐見　さつき | 株式会社北斗データ | 主任 |\n"
    got = found(text)
    assert got.get("汐見　さつき") in ("MASK", "REVIEW")
    assert "会社名" not in got                       # a ruled header row's heading is no field value


@pytest.mark.parametrize("heading", ["被害内容", "相談内容", "支給理由", "世帯状況"])
def test_a_name_column_beside_a_heading_ending_like_one(heading):
    text = f"{heading}\t受給者\n全壊\t東雲さつき\n"
    assert found(text).get("東雲さつき") == "MASK"
