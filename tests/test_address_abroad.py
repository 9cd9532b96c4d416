"""Addresses abroad: Latin script in its country's form, or another country's
units in Japanese script. Every address here is made up."""
import pytest

from conftest import texts
from redactor import Redactor
from redactor.recognizers.address_abroad import AddressAbroadRecognizer as R


@pytest.mark.parametrize("text, value", [
    # a field says it is an address, whatever the country's form
    ("送付先　Room 1203, Block B, 88 Jianguo Road, Chaoyang District, Beijing 100022, China",
     "Room 1203, Block B, 88 Jianguo Road, Chaoyang District, Beijing 100022, China"),
    ("住所 5F, No. 12, Sec. 3, Zhongshan N. Rd., Taipei 104, Taiwan",
     "5F, No. 12, Sec. 3, Zhongshan N. Rd., Taipei 104, Taiwan"),
    ("長女の住所は 45 Rue des Tilleuls, 69003 Lyon, France です。", "45 Rue des Tilleuls, 69003 Lyon, France"),
    ("現住所\tUnit 7, 15 Wharf St, Hobart TAS 7000, Australia", "Unit 7, 15 Wharf St, Hobart TAS 7000, Australia"),
    # a street word of the country's standard beside a house number, no field
    ("Via Garibaldi 14, 10122 Torino TO, Italia に転居した。", "Via Garibaldi 14, 10122 Torino TO, Italia"),
    ("次男は Lindenstraße 5, 80331 München に住んでいる。", "Lindenstraße 5, 80331 München"),
    ("転居先は 3-9-2 Higashi-machi, Suginami-ku, Tokyo 166-0001 Japan です。",
     "3-9-2 Higashi-machi, Suginami-ku, Tokyo 166-0001 Japan"),
    # parts separated by commas with a postal code in its country's shape
    ("申出人は Flat 2, Elm Court, Bristol BS1 4DJ, UK から申請した。", "Flat 2, Elm Court, Bristol BS1 4DJ, UK"),
    # another country's units in Japanese script
    ("妻の実家は韓国釜山広域市海雲台区センタム中央路45です。", "韓国釜山広域市海雲台区センタム中央路45"),
])
def test_addresses_abroad(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "サーバは Windows Server 2019 SP1 で、Microsoft 365 E3 を導入した。",
    "Google Drive, 2TB の契約を結んだ。",            # a street word, but 2TB is no house number
    "2024 Annual Street Festival に参加した。",       # the street's name would end at its type
    "会議は Room 3, Building A で行った。",           # a unit and a building, no street, no field
    "問合せは https://www.example.jp/a/1234 まで。",  # a URL
    "Tokyo 2020, Osaka 2025 の記念事業",              # a year is no postal code
    "VLAN 10, VLAN 20 に分割した。",
])
def test_not_addresses_abroad(text):
    assert texts(R, text) == []


def test_an_address_abroad_is_masked_and_a_company_s_is_kept():
    r = Redactor()
    home = r.check("海外在住の相談者（住所：Flat 9, 4 Mill Lane, York YO1 7HU, UK）").findings
    assert [(f.label, f.action) for f in home if "Mill Lane" in f.text] == [("ADDRESS", "MASK")]
    office = r.check("本社所在地：1 Harbor Plaza, Suite 300, Boston, MA 02110").findings
    assert [(f.label, f.action) for f in office if "Harbor Plaza" in f.text] == [("ADDRESS", "KEEP")]


@pytest.mark.parametrize("text, value", [
    # a country, place names with a unit, a house number: an address in Japanese script
    ("長男は中国上海市浦東新区緑葉大道100号に住んでいる。", "中国上海市浦東新区緑葉大道100号"),
    ("ブラジル連邦共和国サンパウロ州サンパウロ市ミドリ大通り1000", "ブラジル連邦共和国サンパウロ州サンパウロ市ミドリ大通り1000"),
    # a place abroad with its country and 在住: a relative's home as far as the record goes
    ("代表者　Northwood, Emily（英国マンチェスター在住）", "英国マンチェスター在住"),
    ("次男はフィリピン・セブ在住である。", "フィリピン・セブ在住"),
    ("長女は米国オレゴン州ポートランドに住んでいる。", "米国オレゴン州ポートランド"),
    # a table cell down to a district abroad
    ("1\tサントス マリア\tフィリピン共和国セブ市ラホグ地区\t会社員", "フィリピン共和国セブ市ラホグ地区"),
])
def test_addresses_abroad_in_japanese_script(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "中国在住の親族がいる。",                   # the country alone: no more than a nationality
    "英国の大学に留学中である。",
    "マンチェスター在住の作家が講演した。",      # no country: a public figure's city
    "1\t北浜 花子\tアメリカ合衆国オレゴン州\t会社員",  # a state alone in a cell
    "中国製品100個を購入した。",                # no unit, no house
])
def test_places_abroad_that_are_no_address(text):
    assert texts(R, text) == []


def test_a_sentence_after_an_address_label_is_read_from_its_address_not_its_particle():
    # 現住所は… is a sentence: the address in it starts at the block numbers
    text = "現住所は1-2-3 Honcho, Sakura-shi, Chiba とのことでした。"
    found = [(f.text, f.label) for f in Redactor().check(text).findings if f.label == "ADDRESS"]
    assert found == [("1-2-3 Honcho, Sakura-shi, Chiba", "ADDRESS")]
