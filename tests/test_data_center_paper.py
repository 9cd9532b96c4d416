"""DATA_CENTER as paper documents name a site (issue 12, session 16): a
colocation's section and rack after the floor (3F-C区画 ラック12), a site
named right after the verb that puts machines there (…を設置しております
…センター、これは…), and a bare site a move goes to or from (…サイト（…の
北側）への移設). All names and places are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _texts(text: str) -> list[str]:
    return [text[f.start:f.end] for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]


@pytest.mark.parametrize("text, value", [
    # the floor's section by its letter, then the rack in it
    ("サーバは、東北データセンター（仙台市泉区）3F-C区画 ラック12に収容している。",
     "東北データセンター（仙台市泉区）3F-C区画 ラック12"),
    ("作業場所　：東北データセンター（仙台市泉区、通称「泉の杜」）3F-C区画 ラック12\n作業者　：佐藤",
     "東北データセンター（仙台市泉区、通称「泉の杜」）3F-C区画 ラック12"),
    # a site named after the relative clause that puts the system there, then described
    ("原因は、システムを設置しております南東北情報センター、これは郡山市の工業団地内にある事業者の施設でございますが、"
     "そこの空調の故障によるものです。", "南東北情報センター、これは郡山市の工業団地内にある事業者の施設"),
    # a bare site a system is moved to, with where it stands in brackets
    ("サーバは、来年度に同じ事業者の八王子サイト（大学の南側）への移設を予定している。", "事業者の八王子サイト（大学の南側）"),
    # a room made out of another, between the floor and the room's word
    ("親局設備は、町役場庁舎２階 旧宿直室を改修した無線機械室に設置する。", "町役場庁舎２階 旧宿直室を改修した無線機械室"),
    # a site's word after a clause, with the city or the building in brackets
    ("４．履行場所　受注者が指定するデータセンター（埼玉県川越市内、みらい系の第３サイト）及び本町役場",
     "受注者が指定するデータセンター（埼玉県川越市内、みらい系の第３サイト）"),
    ("保存先は、県が用意するデータセンター（県庁舎西館５階）とする。", "県が用意するデータセンター（県庁舎西館５階）"),
    # what kind of facility it is, said before its quoted name
    ("バックアップデータの保管先は、受注者が提案するデータセンターとする。本市では県の共同利用施設である"
     "「みずほ情報センター」（旧県立高校跡地）の利用も検討している。", "県の共同利用施設である「みずほ情報センター」（旧県立高校跡地）"),
    # a distance from the current site joined to the rest of the description
    ("(2) データセンター\n　受注者は、基準に準拠したデータセンターを提案すること。なお、発注者は現行センターから"
     "80km以上離れ、信濃川水系の浸水想定区域外にある施設を想定している。",
     "現行センターから80km以上離れ、信濃川水系の浸水想定区域外にある施設"),
])
def test_paper_sites(text, value):
    assert value in _texts(text), _texts(text)


@pytest.mark.parametrize("text", [
    # a public counter moved, a name at a sentence's end with no verb that puts machines there
    "来年度、市民課の窓口は市民ホールへの移転を予定している。",
    "説明会を開催しております北部市民センター、こちらは駐車場が広い施設でございます。",
    # a distance in a sentence about no site (a route, a festival)
    "祭りの会場は、駅から2km以上離れ、駐車場も少ない。",
    # a site's word after a clause with only a prefecture or a status in brackets
    "新しいデータセンター（東京都）への移行を検討する。",
    "他市のデータセンター（仮称）の整備状況を調べた。",
    # a machine room of the building's own plant, no reuse said
    "３階の空調機械室は点検中です。",
])
def test_no_site(text):
    assert not _texts(text), _texts(text)


@pytest.mark.parametrize("text, value", [
    # a network shared by the prefecture's schools owns the centre
    ("成績データは、県学校情報ネットワークの共同データセンター（県庁舎東館４階）に置いたサーバに保存する。",
     "県学校情報ネットワークの共同データセンター（県庁舎東館４階）"),
    # the building and floor a room is on, in a list of equipment
    ("　　品目　　　　　　　　数量　　設置場所\n　　ルータ（冗長構成）　　２　　　町役場庁舎３階　旧倉庫（現サーバ室）",
     "町役場庁舎３階　旧倉庫（現サーバ室）"),
])
def test_a_site_is_read_from_its_owner_or_its_floor(text, value):
    got = _texts(text)
    assert value in got, got


def test_an_owner_before_no_site_is_nothing():
    # 事業者の and a room word that is a public building's: no site to extend
    assert _texts("運営事業者の市民センターで説明会を開きます。") == []
