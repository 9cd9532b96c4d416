"""NETWORK: a device's name right before its address in brackets is found
with it (recognizers/network.py, _with_host_before). Made-up lines."""
import pytest

from conftest import texts
from redactor.recognizers.network import NetworkRecognizer as R


@pytest.mark.parametrize("text, expected", [
    ("1 ｜11/2 8:05 ｜edge-rt01 (192.168.10.1) ｜再起動で復旧", "edge-rt01 (192.168.10.1)"),
    ("障害は fw-main（10.20.0.1）で発生した。", "fw-main（10.20.0.1）"),
])
def test_a_host_name_before_its_bracketed_address_is_part_of_it(text, expected):
    assert expected in texts(R, text)


@pytest.mark.parametrize("text, expected", [
    # a product's name is no device's
    ("Windows-Server (10.1.1.5) を更新した。", "10.1.1.5"),
    # a name not right before the bracket
    ("sw-01 は稼働中、予備 (10.1.1.6) は停止中。", "10.1.1.6"),
])
def test_other_words_before_a_bracketed_address_stay_out(text, expected):
    assert expected in texts(R, text)


@pytest.mark.parametrize("text", [
    "10/3 ｜sw-02 ｜ポート7リンクダウン。ケーブル交換で復旧",
    "フロアスイッチのポート12にケーブルを差し直した。",
])
def test_a_switch_socket_is_no_service_port(text):
    assert not [t for t in texts(R, text) if "ポート" in t]


@pytest.mark.parametrize("text, expected", [
    ("管理画面はポート8443で待ち受けている。", "ポート8443"),
    ("サーバのポート22番を外部に開けている。", "ポート22番"),
    ("ファイアウォールでTCP 3389を閉じた。", "TCP 3389"),
])
def test_a_service_port_stays_a_finding(text, expected):
    assert expected in texts(R, text)
