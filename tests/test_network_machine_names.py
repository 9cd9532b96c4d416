"""NETWORK by form (recognizers/_network_machine_names.py, issue 12 session 18): machine names
by their naming scheme in running text and in columns whose heading says nothing of hosts, and
address ranges read whole (network._ranges_joined). Made-up machines and towns."""
import pytest

from redactor import Redactor
from redactor.normalize import normalize
from redactor.recognizers._network_machine_names import host_column_cells, is_machine_name, machine_names
from redactor.recognizers.network import NetworkRecognizer

_R = Redactor()
_NET = NetworkRecognizer()


def _network(text):
    t = normalize(text).text
    return [t[f.start:f.end] for f in _R.check(text).findings if f.label == "NETWORK"]


def _hidden(text, value):
    s = text.index(value)
    covered = set()
    for f in _R.check(text).findings:
        if f.action in ("MASK", "REVIEW"):
            covered.update(range(f.start, f.end))
    return all(i in covered for i in range(s, s + len(value)))


@pytest.mark.parametrize("name", ["tama-db-03", "hq4f-ap-c", "NISHI-PC-107", "somu-gw", "fs-main2", "ksv-app-11",
                                  "nozu-print01", "zeimu-batch07", "edge-proxy-2"])
def test_a_naming_schemes_name_is_a_machine(name):
    assert is_machine_name(name)


@pytest.mark.parametrize("word", ["e-mail", "SSL-VPN", "IP-VPN", "ad-hoc", "log-in", "PC-98", "UTM-01", "OA-PC",
                                  "covid-19", "m-FILTER", "Wi-Fi", "FG-60F", "B-07", "e-learning", "co-op"])
def test_words_and_models_of_the_same_shape_are_not(word):
    assert not is_machine_name(word)


@pytest.mark.parametrize("text, value", [
    ("　障害時の切替え先として tama-db-03 を待機させている。", "tama-db-03"),
    ("　帳票は印刷データを作成し（nozu-print01で出力）、翌朝に発送する。", "nozu-print01"),
    ("　再起動したのは somu-gw だけである。", "somu-gw"),
    ("　中継：edge-proxy-2.dmz.nw.town-nozu.lg.jp を経由する。", "edge-proxy-2.dmz.nw.town-nozu.lg.jp"),
    ("　認証は ad-dc02.hq.example-town.jp が行う。", "ad-dc02.hq.example-town.jp"),
])
def test_a_machine_named_in_passing(text, value):
    t = normalize(text).text
    assert value in [t[r.start:r.end] for r in machine_names(_NET, t)]
    assert _hidden(text, value)  # (by NETWORK, or inside the security detail that holds it)


@pytest.mark.parametrize("text", [
    "　研修はe-learningで行い、SSL-VPNとWi-Fiの使い方を説明した。",
    "　新型コロナ（COVID-19）の影響で、PC-98の時代から続く帳票を見直した。",
    "　詳細は https://www.town-nozu.lg.jp/joho/sec-plan-01.html を参照。",
    "　問合せ先 joho-sec01@town-nozu.lg.jp",
])
def test_words_urls_and_mail_addresses_are_no_machine_names(text):
    t = normalize(text).text
    assert [t[r.start:r.end] for r in machine_names(_NET, t)] == []


TABLE = ("■停止する機器\n"
         "　業務　　　　　　呼称　　　　　　　　　　　番地\n"
         "　財務　　　　　　zaimu-ap.nozu.local　　　10.4.2.10\n"
         "　文書　　　　　　bunsho07　　　　　　　　10.4.2.15\n"
         "　共有　　　　　　NZ-FS-01 / NZ-FS-02　　　10.4.1.31-32\n")


def test_a_column_of_machines_whatever_its_heading():
    for value in ("zaimu-ap.nozu.local", "bunsho07", "NZ-FS-01", "NZ-FS-02", "10.4.1.31-32"):
        assert _hidden(TABLE, value), value


@pytest.mark.parametrize("table", [
    "型番\t台数\nFAS-2720\t2\nDX-200\t1\n",            # a column of models under a product word
    "品目\t数量\t備考\nABC-123\t2\t予備\nXYZ-99\t1\t同上\n",  # items with no machine's name among them
    "呼称\t備考\nbunsho07\t文書\n東棟\t倉庫\nkita3\t－\n",     # a column that also holds words
])
def test_columns_that_are_not_machines(table):
    t = normalize(table).text
    assert [t[r.start:r.end] for r in host_column_cells(_NET, t)] == []


@pytest.mark.parametrize("text, value", [
    ("　払出し範囲は 172.20.8.1～172.20.8.200 とする。", "172.20.8.1～172.20.8.200"),
    ("　監視対象は10.30.0.0から10.30.255.255まで。", "10.30.0.0から10.30.255.255"),
    ("　予備機は 192.168.5.11-12 を使う。", "192.168.5.11-12"),
])
def test_an_address_range_is_one_finding(text, value):
    assert normalize(value).text in _network(text), _network(text)


def test_two_addresses_in_a_list_stay_two():
    assert _network("　ＤＮＳは 10.1.1.5、10.1.1.6 である。") == ["10.1.1.5", "10.1.1.6"]


def test_a_column_of_finding_numbers_beside_addresses_is_not_machines():
    table = ("番号\t対象\t内容\n"
             "FW-01\t境界FW（10.9.0.1）\t不要なポートが開放\n"
             "AU-02\t認証サーバ（10.9.0.5）\t多要素認証なし\n")
    t = normalize(table).text
    assert [t[r.start:r.end] for r in host_column_cells(_NET, t)] == []


def test_a_number_after_a_dot_is_a_version_not_a_domain():
    # a column of items numbered No.1, Rev.2 beside one machine's name: the numbers are no hosts
    table = "名称\t設置場所\nNo.1\t本庁舎\nRev.2\t分庁舎\nzei-db-02\tサーバ室\n"
    found = {f.text for f in Redactor().check(table).findings if f.label == "NETWORK" and f.action == "MASK"}
    assert not {"No.1", "Rev.2"} & found


def _column_cells(table: str) -> list[str]:
    t = normalize(table).text
    return [t[r.start:r.end] for r in host_column_cells(_NET, t)]


def test_an_empty_cell_keeps_the_cells_after_it_under_their_headings():
    # row 2 has no name: its 予備 stays under 区分, so the name column still holds names only
    table = "No\t名称\t区分\tIP\n1\tzei-db-02\t本番\t10.1.2.3\n2\t\t予備\t10.1.2.4\n3\tkeiri02\t本番\t10.1.2.5\n"
    assert "keiri02" in _column_cells(table)


def test_a_column_beside_ip_addresses_is_a_column_of_machines():
    table = "名称\tIPアドレス\tOS\nbunsho01\t10.0.0.1\tWindows\nkeiri02\t10.0.0.2\tLinux\n"
    assert {"bunsho01", "keiri02"} <= set(_column_cells(table))
    # near miss: the same names with no address, no scheme and no internal domain
    assert _column_cells("名称\t担当\nbunsho01\t総務\nkeiri02\t会計\n") == []


@pytest.mark.parametrize("text", ["手順はweb-manual.pdfを参照する。", "db-migration.sqlを実行した。",
                                  "backup-plan.docxを更新した。"])
def test_a_files_name_is_no_machine(text):
    assert [r for r in machine_names(_NET, normalize(text).text)] == []


def test_a_machine_with_a_domain_is_still_one():
    t = normalize("切替え先は zeimu-db-02.local とする。").text
    assert [t[r.start:r.end] for r in machine_names(_NET, t)] == ["zeimu-db-02.local"]
