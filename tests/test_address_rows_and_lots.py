"""ADDRESS: a home's address told with a working life below it, a 地番 after
a 字 that Sudachi fuses with the 大字 name's last kanji, and a public-housing
unit as a TAB table's cell (issue 11). Positive and negative cases side by
side; all places and names are made up."""
from redactor.pipeline import Redactor


def addresses(text):
    return {f.text: f.action for f in Redactor("default").check(text).findings if f.label == "ADDRESS"}


def test_a_home_address_with_a_factory_job_on_the_next_line_is_a_home():
    text = "(2) No.4　現住所　千葉県松戸市小金原４－７－２　コーポ小金原２０５\n　　令和元年に市内の印刷工場に就職したが、翌年退職した。\n"
    assert addresses(text) == {"千葉県松戸市小金原４－７－２　コーポ小金原２０５": "MASK"}


def test_a_company_named_on_the_line_under_an_address_still_owns_it():
    text = "所在地　千葉県松戸市小金原４－７－２\n株式会社こがね印刷\n"
    assert addresses(text).get("千葉県松戸市小金原４－７－２") == "KEEP"


def test_a_lot_after_a_aza_fused_with_the_oaza_name():
    # Sudachi reads 東谷|原字|大坪: the 字 still makes the bare 番 a 地番
    text = "　　東谷原字大坪３１５番　　　　芦原　修一　　　　２街区３画地\n"
    assert "東谷原字大坪３１５番" in addresses(text)


def test_a_word_ending_in_ji_is_no_aza():
    assert addresses("計画の数字３番を見直す。\n") == {}


def test_a_public_housing_unit_in_a_tab_cell():
    text = "番号\t住宅名及び住戸\t相手方\n３\t大字上野字下川原団地５号\t灘尾　敦\n"
    assert addresses(text).get("大字上野字下川原団地５号") == "MASK"


def test_a_companys_location_label_indented_under_the_company_line():
    text = ("　　申請人（譲受人）　株式会社みなと資材　代表取締役　灘尾　直人\n"
            "　　　　　　　　　　　所在地　北浦見町大字中里２０１番地の５\n"
            "　　譲渡人　　　　　　蔵前　トシ　北浦見町大字中里１９６番地\n")
    got = addresses(text)
    assert got["北浦見町大字中里２０１番地の５"] == "KEEP"
    assert got["北浦見町大字中里１９６番地"] == "MASK"


def test_an_employer_on_the_line_above_does_not_own_the_address():
    text = "申請人　灘尾　直人（株式会社みなと資材勤務）\n　　所在地　北浦見町大字中里２０１番地の５\n"
    assert addresses(text)["北浦見町大字中里２０１番地の５"] == "MASK"
