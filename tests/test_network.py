"""NETWORK: addresses (validated with ipaddress), internal hosts and URLs,
UNC paths, ports, SSIDs, VLAN ids; public web addresses are not findings."""
import pytest

from conftest import found
from redactor.recognizers.network import NetworkRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("業務系（10.20.0.0/16）", "10.20.0.0/16", "ip"),
    ("サーバは192.168.1.10です", "192.168.1.10", "ip"),
    ("外部の入口は198.51.100.7である。", "198.51.100.7", "ip"),  # documentation range: stands for a real one
    ("アドレスは2001:db8::1です", "2001:db8::1", "ip"),
    ("fs01.soumu.example.local に保存", "fs01.soumu.example.local", "host"),
    ("ファイルサーバ名はfs01で、データは毎日複製される。", "fs01", "host"),
    ("ホスト名「nas-soumu02」の共有領域に保存した。", "nas-soumu02", "host"),
    ("\\\\fs02\\share\\kakari に置く", "\\\\fs02\\share\\kakari", "unc_path"),
    ("http://10.1.2.3:8080/admin を開く", "http://10.1.2.3:8080/admin", "url"),
    ("管理画面は http://intranet/admin から開く。", "http://intranet/admin", "url"),
    ("管理画面のURLはhttps://admin.city-higashi.local/である。", "https://admin.city-higashi.local/", "url"),
    ("TCP 3389番を開放", "TCP 3389番", "port"),
    ("保守にはポート22番を使う。", "ポート22番", "port"),
    ("職員用無線LANのSSIDは「CITY-STAFF5G」で、来庁者用とは分けている。", "CITY-STAFF5G", "ssid"),
    ("業務系はVLAN 120、学習系はVLAN ID 130に割り当てた。", "VLAN 120", "vlan"),
    ("業務系はVLAN 120、学習系はVLAN ID 130に割り当てた。", "VLAN ID 130", "vlan"),
    # small parts, but said to be an address
    ("資料のとおり、サーバのIPアドレスは10.1.1.2である。", "10.1.1.2", "ip"),
    ("職員用の無線LANは、VLANは20番で業務系と分けております。", "VLANは20番", "vlan"),
    ("無線LANのSSID名は「higashi_staff」でございます。", "higashi_staff", "ssid"),
    # a name quoted further along a table's row about SSIDs
    ("│SSIDの非公開化　│一部未了　│本館の「HGS-KAIGI-STAFF」が見えたまま│", "HGS-KAIGI-STAFF", "ssid"),
    ("ファイルサーバ（FS-01）には無線LANから接続できない。", "FS-01", "host"),
])
def test_network_identifiers(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "https://www.city.sakura.lg.jp/ をご覧ください", "市のホームページ https://www.city.example.lg.jp/ をご覧ください。",
    "バージョン7.0.12に更新", "999.10.1.1", "午後3時:30分", "Windows 10のサポートが終了する。",
    "令和6年度予算は1.5億円である。", "会議は第3会議室で開く。",
    "VLANは業務ごとに分けている。", "SSID名は受付に掲示している。", "SSIDは「ステルス」設定、暗号化は「WPA3-SAE」とした。", "サーバ（2台）を更新する。",
    "ファイルサーバ（共有用）の容量を増やす。",
    # a section of a document
    "資料の2.1.3.1をご覧ください。", "詳細は3.2.1.4項のとおりである。",
])
def test_not_network_identifiers(text):
    assert found(R, text) == []


def test_a_product_version_is_not_an_ip_address():
    # a browser's Producer string in a printed PDF's metadata
    assert found(R, "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36") == []
    assert [t for t, _ in found(R, "管理画面は http://10.1.2.3/ にある。")] == ["http://10.1.2.3/"]


@pytest.mark.parametrize("text, values", [
    ("職員用Wi-Fiのネットワーク名はcity-staff01です。", ["city-staff01"]),
    ("無線LANのSSIDはcity-guestとcity-staffの2つです。", ["city-guest", "city-staff"]),
    ("ポートは443番と8443番を開けている。", ["ポートは443番と8443番"]),
])
def test_network_names_and_port_lists(text, values):
    assert [t for t, _ in found(R, text)] == values


@pytest.mark.parametrize("text", [
    "ネットワーク名は受付でご案内しております。", "SSIDは受付に掲示しており、パスワードと一緒にお知らせします。",
    "ポートは443番と5時間おきに確認する。",
])
def test_lists_and_names_that_are_not_network_identifiers(text):
    assert [t for t, _ in found(R, text) if t != "ポートは443番"] == []


@pytest.mark.parametrize("text, value", [
    # a server's role as the first label, on any domain
    ("内部DNSは ns1.city-kawabe.lg.jp でございます。", "ns1.city-kawabe.lg.jp"),
    ("ファイアウォールはfw01.city-kawabe.jpで、VPNはvpn.city-kawabe.jpから接続します。", "vpn.city-kawabe.jp"),
    ("メールサーバは mail.city-kawabe.jp でございます。", "mail.city-kawabe.jp"),
    ("mail.city-kawabe.example.jpの管理画面は外部から見える状態であった。", "mail.city-kawabe.example.jp"),
    # a hardware address, with colons or hyphens
    ("サーバのMACアドレスは00:1A:2B:3C:4D:5Eです。", "00:1A:2B:3C:4D:5E"),
    ("・許可端末：00-1a-2b-3c-4d-5f", "00-1a-2b-3c-4d-5f"),
])
def test_role_named_hosts_and_hardware_addresses(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "お問い合わせはmail@city.kawabe.lg.jpまでお願いいたします。",
    "市のホームページ（www.city.kawabe.lg.jp）をご覧ください。",
    "メール配信サービス（mail.kawabe-info.jp）にご登録ください。",   # a public service's host
    "登録番号は12-34-56-78-90-12です。",                              # digits in groups
    "時刻は10:30:00です。",
])
def test_public_hosts_mail_addresses_and_numbers_in_groups_are_no_network(text):
    assert found(R, text) == []


# --- internal URLs in other shapes (issue 12, third pass) --------------------

@pytest.mark.parametrize("text, value", [
    # any scheme a share or a server is reached by
    ("集計表はftp://10.8.0.12/upload/に置いてください。", "ftp://10.8.0.12/upload/"),
    ("共有は smb://nas02/kikaku を使う。", "smb://nas02/kikaku"),
    # a last label that is no top-level domain (a hyphen or a digit in it)
    ("掲示板（http://bbs.town-office/）に掲載しました。", "http://bbs.town-office/"),
    # a URL the words before it call internal, whatever its domain
    ("庁内ポータルのアドレスは https://portal.town.example.jp/top です。", "https://portal.town.example.jp/top"),
    ("職員専用サイト（https://staff.town.example.jp/）に掲載しています。", "https://staff.town.example.jp/"),
])
def test_internal_urls_by_scheme_host_and_label(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "詳しくは町ホームページ（https://www.town.example.lg.jp/kurashi/）をご覧ください。",
    # an intranet word earlier in the sentence, another clause: the public site
    "庁内でも周知し、町ホームページ（https://www.town.example.lg.jp/）に掲載します。",
    "https://www.example-town.jp/ で公開中です。",
])
def test_public_urls_stay_unflagged(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text,value", [
    ("リモートデスクトップの3389番を外部に公開していた。", "リモートデスクトップの3389番"),
    ("SSHの22番ポートが開いていた。", "SSHの22番ポート"),
])
def test_a_port_said_by_the_service_it_opens(text, value):
    from redactor.recognizers.network import NetworkRecognizer
    assert value in [t for t, _ in found(NetworkRecognizer, text)]


def test_a_number_with_ban_and_no_service_is_no_port():
    from redactor.recognizers.network import NetworkRecognizer
    assert found(NetworkRecognizer, "会議室は3番を使用してください。") == []
