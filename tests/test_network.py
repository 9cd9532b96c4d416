import pytest

from conftest import found
from redactor.recognizers.network import NetworkRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("業務系（10.20.0.0/16）", "10.20.0.0/16", "ip"),
    ("サーバは192.168.1.10です", "192.168.1.10", "ip"),
    ("fs01.soumu.example.local に保存", "fs01.soumu.example.local", "host"),
    ("\\\\fs02\\share\\kakari に置く", "\\\\fs02\\share\\kakari", "unc_path"),
    ("http://10.1.2.3:8080/admin を開く", "http://10.1.2.3:8080/admin", "url"),
    ("TCP 3389番を開放", "TCP 3389番", "port"),
    ("アドレスは2001:db8::1です", "2001:db8::1", "ip"),
])
def test_network_identifiers(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "https://www.city.sakura.lg.jp/ をご覧ください", "バージョン7.0.12に更新", "999.10.1.1", "午後3時:30分",
])
def test_not_network_identifiers(text):
    assert found(R, text) == []
