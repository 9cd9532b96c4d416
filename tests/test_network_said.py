"""NETWORK values said in prose or re-typed (recognizers/_network_said.py):
addresses broken by spaces or line ends, read out in kanji numerals, ports
and VLANs said with の, and names given to a machine or a Wi-Fi. Negative
cases side by side. All values are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.network import NetworkRecognizer as N


def _net(text: str) -> list[str]:
    return [f.text for f in _detector(N).detect(text)]


@pytest.mark.parametrize("text, value", [
    ("制御盤のＩＰアドレスは 172.20. 5. 31 に固定しております。", "172.20. 5. 31"),
    ("録画装置のアドレスは10.8.\n40.2です。", "10.8.\n40.2"),
    ("親局装置のアドレスは、百七十二・十六・二・一でございます。", "百七十二・十六・二・一"),
    ("ルータのアドレスは一九二・一六八・一・一のままです。", "一九二・一六八・一・一"),
    ("保守業者はＵＤＰの１６１番で機器の状態を取得しています。", "ＵＤＰの１６１番"),
    ("監視系のＶＬＡＮのＩＤは３１０です。", "ＶＬＡＮのＩＤは３１０"),
    ("図書館の業務サーバの名前はLIB-SV-MAIN で、全館から参照しています。", "LIB-SV-MAIN"),
    ("校内の無線の名前は sensei_net です。", "sensei_net"),
    ("来館者用のWi-Fiは「Tosyo_Guest」、職員用は「Tosyo_Work」と名付けています。", "Tosyo_Work"),
])
def test_a_value_said_in_prose_is_found(text, value):
    assert value in _net(text), _net(text)


@pytest.mark.parametrize("text", [
    "詳しくは資料の3. 2. 1. 4をご覧ください。",
    "作業は一・二・三・四の順に進めます。",
    "申請システムの名前はe-Govです。",
    "サーバの名前は未定です。",
    "ＶＬＡＮの数は十程度でございます。",
    "TCPの仕組みについて研修を行いました。",
])
def test_what_is_no_network_value_is_not_found(text):
    assert _net(text) == []


@pytest.mark.parametrize("text, value", [
    ("監視カメラは192.168.60.11から40までを割り当てております。", "192.168.60.11から40"),
    ("保守用にポート番号三三八九番を開けております。", "ポート番号三三八九番"),
    ("学習系のドメインは gakushu.minami-city.ed.jp で、児童の端末はすべて参加しています。", "gakushu.minami-city.ed.jp"),
])
def test_ranges_kanji_ports_and_joined_domains_are_found(text, value):
    assert value in _net(text), _net(text)


def test_vlan_ids_listed_by_what_each_carries():
    assert _net("ＶＬＡＮは、事務用が１１０、監視用が１２０でございます。") == ["１１０", "１２０"]


@pytest.mark.parametrize("text", [
    "職員のメールアドレスのドメインは city.example.lg.jp でございます。",
    "ＶＬＡＮは、業務系と情報系で分けております。",
])
def test_a_public_domain_or_a_vlan_without_ids_is_not_found(text):
    assert _net(text) == []


def test_the_word_ssid_in_brackets_is_a_label_not_a_name():
    assert _net("・無線LAN（SSID）：KOCHO-LAN") == ["KOCHO-LAN"]
