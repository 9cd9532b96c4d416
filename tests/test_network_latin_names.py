"""NETWORK: Latin-script names of the network read by their grammar (issue
12): a dotted host right after a server word whatever its domain, a host in
a table's row after full-width spaces, a segment, VLAN or domain called by a
name's shape, a VLAN number as a switch's config writes it, and a Wi-Fi's
name right after the word for it. Each with the near miss: a web site, a
word where a name would stand, a standard or a cipher. Made-up names."""
import pytest

from conftest import found
from redactor.recognizers.network import NetworkRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    # a dotted host after a server word: the word says it is a machine of the network
    ("認証サーバ radius02.somu.town-minori.lg.jp への接続は庁内に限る。", "radius02.somu.town-minori.lg.jp", "host"),
    ("ホスト名：kiban.db.zeimu.minori.example は保守業者にも伝えていない。", "kiban.db.zeimu.minori.example", "host"),
    # a table's row: full-width spaces between the word and the name
    ("　ファイルサーバ　　fsv-kita03", "fsv-kita03", "host"),
    # a segment, a VLAN and a domain by their names
    ("保守用セグメント HOSHU-NET01 には委託業者の端末のみ接続する。", "HOSHU-NET01", "segment"),
    ("VLAN名は ZEI_VLAN で、税務課の端末だけが所属する。", "ZEI_VLAN", "segment"),
    ("ドメイン名：MINORI-HQ", "MINORI-HQ", "segment"),
    # a VLAN number as a switch's configuration writes it
    ("　東庁舎　vlan-310", "東庁舎　vlan-310", "vlan"),
    # a Wi-Fi's name after the word for it
    ("　職員用Wi-Fi　　MINORI-STAFF-5G", "MINORI-STAFF-5G", "ssid"),
    ("無線LANは minori_office01 という名前で発信している。", "minori_office01", "ssid"),
])
def test_latin_names_by_their_grammar(text, value, kind):
    got = [(t, a["kind"]) for t, a in found(R, text)]
    assert (value, kind) in got, got


@pytest.mark.parametrize("text", [
    # a web site after a server word, a bare municipal domain
    "Webサーバ www.town-minori.lg.jp を更新した。",
    "サーバ town-minori.lg.jp の証明書を更新した。",
    # a word, not a name, after a segment or a domain
    "セグメントAとセグメントBに分けている。", "ドメイン名は未定である。",
    # a standard or a cipher after the word for Wi-Fi
    "Wi-Fi 6に対応した機器を導入する。", "無線LANは WPA3-SAE で暗号化している。",
])
def test_words_standards_and_web_sites_are_no_names(text):
    assert found(R, text) == [], found(R, text)


@pytest.mark.parametrize("text, value", [
    # a role with a word after it, as a site names its machines
    ("接続先は vpn-gw.minori-city.jp のポート 10443 である。", "vpn-gw.minori-city.jp"),
    ("ルータ　rt-honsha.minori-town.lg.jp", "rt-honsha.minori-town.lg.jp"),
    # where the data goes, named by its machine
    ("バックアップ先は nas-bk02 で、週１回取得している。", "nas-bk02"),
])
def test_roles_with_a_word_and_destinations_named_by_their_machine(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "広告は ad-campaign.example.co.jp から配信される。",
    "ad-campaign.example.co.jp から配信される。",
    "ログは log-view.example.jp で見られる。",
])
def test_an_advert_or_a_viewer_with_a_role_like_label_is_no_host(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("2 ｜10/15 17:40　｜東庁舎 VLAN130　｜DHCPの払出し枯渇", "東庁舎 VLAN130"),
    ("　本館3F　vlan-20", "本館3F　vlan-20"),
])
def test_a_vlan_read_with_the_building_before_it(text, value):
    assert value in [t for t, _ in found(R, text)]


def test_a_vlan_after_a_word_that_is_no_building_stays_alone():
    assert [t for t, _ in found(R, "業務系 VLAN130 に割り当てた。")] == ["VLAN130"]
