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
