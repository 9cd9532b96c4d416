"""NETWORK: a wireless network's name in brackets or quotes right after the
word for the network (来庁者用Wi-Fi（kaede_free）, 職員用無線LAN「staff-5g」),
however the hyphen of Wi-Fi is typed (Wi‑Fi with a non-breaking hyphen, Wi‐Fi):
the bracket says what the network is called. A standard, a count or a word in
the bracket (Wi-Fi（WPA3）, 無線LAN（2台）, Wi-Fi（無料）) is no name. Every
name here is made up."""
import pytest

from conftest import texts
from redactor.recognizers.network import NetworkRecognizer as R


@pytest.mark.parametrize("text, value", [
    ("来庁者用Wi-Fi（kaede_free）は庁内網と分離しております。", "kaede_free"),
    ("来庁者用Wi\u2011Fi（Kaede_Guest）は庁内網と分離しております。", "Kaede_Guest"),
    ("職員用の無線LAN「staff-5g」は、業務端末だけが接続できます。", "staff-5g"),
    ("公衆Wi\u2010Fi（momiji-net01）を図書館に設置しました。", "momiji-net01"),
])
def test_a_wireless_network_named_in_brackets(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "来庁者用Wi-Fi（WPA3）は庁内網と分離しております。",
    "無線LAN（2台）を更新します。",
    "公衆Wi-Fi（無料）を図書館に設置しました。",
    "Wi-Fi（Wi-Fi 6）対応の機器に更新します。",
    "Wi-Fi（IEEE802.11ax）に対応しています。",
])
def test_a_standard_or_a_word_in_brackets_is_no_name(text):
    assert texts(R, text) == []
