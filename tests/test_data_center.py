import pytest

from conftest import found
from redactor.analyzer import Detector
from redactor.recognizers.address import AddressRecognizer
from redactor.recognizers.data_center import DataCenterRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("主たる環境は北関東第3データセンターに置く。", "北関東第3データセンター", "name"),
    ("みなと情報株式会社の横浜データセンターへ移す。", "みなと情報株式会社の横浜データセンター", "name"),
    ("サーバは本館地下のサーバ室で運用する。", "本館地下のサーバ室", "name"),
    ("拠点は山頂から約30キロ離れた台地にある。", "山頂から約30キロ離れた台地", "hint"),
    ("副拠点は異なるプレート上にある拠点で、複製する。", "異なるプレート上にある拠点", "vague_hint"),
])
def test_sites(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "新しいデータセンターへ移行する。", "データセンターの利用料は市の負担となる。",
])
def test_generic_mentions_are_not_findings(text):
    assert found(R, text) == []


def test_address_beside_a_site_becomes_the_sites_address():
    text = "移行先は南データセンターで、所在地は千葉県さくら市緑町3丁目4番5号である。"
    labels = {f.text: f.label for f in Detector([R(), AddressRecognizer()]).detect(text)}
    assert labels["千葉県さくら市緑町3丁目4番5号"] == "DATA_CENTER"


def test_later_bare_mention_of_the_site():
    text = "主たる環境は那須第2データセンターに置く。那須は火山が近いのではないか。"
    assert [t for t, _ in found(R, text)] == ["那須第2データセンター", "那須"]
