import pytest

from conftest import found
from redactor.recognizers.address import AddressRecognizer as R


@pytest.mark.parametrize("text, value", [
    ("住所東京都さくら市本町二丁目3番地の4", "東京都さくら市本町二丁目3番地の4"),
    ("中町三丁目4番12号に住む", "中町三丁目4番12号"),
    ("多摩市関戸1-2-3 さくらハイツ205号室", "多摩市関戸1-2-3 さくらハイツ205号室"),
    ("札幌市中央区北1条西2丁目3番地", "札幌市中央区北1条西2丁目3番地"),
    ("川辺町大字砂田1204番地", "川辺町大字砂田1204番地"),
    ("住所　神奈川県横浜市戸塚区汲沢３－２１－８", "神奈川県横浜市戸塚区汲沢３－２１－８"),
])
def test_addresses(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text, kind", [
    ("本店所在地 大阪府大阪市北区中之島三丁目6番18号 株式会社テスト", "corporate"),
    ("相手方の住所 さくら市本町1-2-3", "residence"),
])
def test_kind(text, kind):
    assert [a["kind"] for _, a in found(R, text)] == [kind]


@pytest.mark.parametrize("text", [
    "市道三丁目12番地先で事故があった",   # a road location, not a residence
    "第3番目の議題",
    "本町二丁目の住民",                    # no house number: a PLACE, not an ADDRESS
])
def test_not_addresses(text):
    assert found(R, text) == []
