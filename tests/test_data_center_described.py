"""DATA_CENTER: a site's place described in a clause with the site (or what
it holds) as its topic and a locative predicate: the description is masked
when it narrows the place down, whatever its words; a generic one is none.
All places and names are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _dc(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text, value", [
    # land form and a relation to a landmark, in one clause
    ("データセンターは、土砂災害警戒区域の外、ゴルフ場の南隣にございます。", "土砂災害警戒区域の外、ゴルフ場の南隣"),
    ("データセンターは、標高の高い扇状地の扇頂部に位置しております。", "標高の高い扇状地の扇頂部"),
    # a contractor's facility by role as the topic
    ("委託事業者の施設は、県内最大の貯水池のほとりにございます。", "県内最大の貯水池のほとり"),
    # two descriptions one after another: each is kept
    ("データセンターは、市役所の北にある造成地で、国道から見える位置にございます。", "市役所の北にある造成地"),
    ("データセンターは、市役所の北にある造成地で、国道から見える位置にございます。", "国道から見える位置"),
    # media sent somewhere: the time before the place is left out
    ("バックアップ媒体は、毎週金曜日に、隣の市にある倉庫業者の保管庫へ搬送しております。", "隣の市にある倉庫業者の保管庫"),
    # the server room as the topic
    ("サーバ室は、議会棟の裏の平屋の建物にございます。", "議会棟の裏の平屋の建物"),
])
def test_a_described_place_of_a_site_is_masked(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text, not_value", [
    # a segment that narrows nothing is left out of the finding
    ("データセンターは、免震構造で、県北部の工業団地にございます。", "免震構造"),
    # another topic inside the clause: the place is that topic's, from after it
    ("住基系はさざなみ電算の港南DC、内部系は県内の旧変電所を改修した施設に置いている。", "住基系は"),
])
def test_what_does_not_place_the_site_stays_out(text, not_value):
    assert _dc(text) and not any(not_value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "データセンターは、安全性の高い建物にございます。",          # nothing narrows the place
    "サーバは国内にございます。",                                 # a country is no place of a site
    "データセンターは、24時間有人で運用しております。",            # no place at all
    "移行先は「未定」でございます。",                             # a state in quotes
    "図書館の新しい施設は、駅の近くにございます。",                # a facility, no site spoken of
    "市民センターは避難所です。同センターは、川のほとりにございます。",  # 同センター of a public hall
    "相手方の所在地は前橋市です。",                               # a company's address topic
])
def test_a_generic_or_unrelated_place_is_none(text):
    assert _dc(text) == [], _dc(text)


@pytest.mark.parametrize("text, value", [
    # the height said with a particle, a hazard zone in or out
    ("データセンターは県北の工業団地にあります。海抜は約50メートルで、近くに活断層はございません。", "海抜は約50メートル"),
    ("副センターの敷地は、土砂災害警戒区域の外、ため池の下流にございます。", "土砂災害警戒区域の外、ため池の下流"),
    # machines spread over two numbered sites of one operator
    ("サーバ群は、ほくと電算の第２センターと第３センターに分散しております。", "第３センター"),
])
def test_heights_zones_and_spread_sites(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "ハザードマップを更新し、浸水想定区域を全戸に周知いたします。",   # a zone, no site spoken of
    "職員を各課に分散して配置しております。",                       # spread, but staff, not machines
])
def test_zones_and_spreading_without_a_site_are_none(text):
    assert _dc(text) == [], _dc(text)
