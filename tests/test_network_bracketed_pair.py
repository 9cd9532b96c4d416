"""NETWORK: a value with another in brackets right after it is one finding,
brackets and all; two values apart by words stay two. Made-up addresses."""
from conftest import _detector
from redactor.recognizers.network import NetworkRecognizer as R


def _net(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


def test_a_vlan_with_its_subnet_in_brackets_is_one_span():
    assert _net("　管理用セグメント　VLAN 210（172.16.210.0/24）\n") == ["VLAN 210（172.16.210.0/24）"]


def test_a_host_with_its_address_in_brackets_is_one_span():
    assert _net("ファイルサーバ kita-fs01（10.2.3.4）を置く。") == ["kita-fs01（10.2.3.4）"]


def test_two_values_apart_by_words_stay_two():
    assert _net("VLAN 20 と 10.0.0.1 を使う。") == ["VLAN 20", "10.0.0.1"]
