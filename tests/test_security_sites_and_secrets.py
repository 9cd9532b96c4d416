"""DATA_CENTER, NETWORK and CREDENTIAL forms found with the generated
security suite, each tested with phrasings the generator does not write,
and a near miss for each rule."""
import pytest

from redactor.recognizers.credential import CredentialRecognizer
from redactor.recognizers.data_center import DataCenterRecognizer
from redactor.recognizers.network import NetworkRecognizer


@pytest.mark.parametrize("text, value", [
    ("バックアップはみやこ情報サービス第三センターに保管している。", "みやこ情報サービス第三センター"),
    ("サーバは「やまびこベース」で稼働しております。", "「やまびこベース」"),
    ("住民情報のサーバは東庁舎2階の奥の部屋に置いている。", "東庁舎2階の奥"),
    ("予備のサーバは空港のすぐそばの倉庫に保管している。", "空港のすぐそば"),
    ("予備のサーバを置いている建物は、駅から歩いて10分の場所にある。", "駅から歩いて10分"),
    ("本市のサーバは北辰システムサービスさいたま第一センターに設置しております。", "北辰システムサービスさいたま第一センター"),
    ("予備機の設置場所は「あさひテラス」です。", "「あさひテラス」"),
])
def test_sites_by_long_operator_names_quoted_names_positions_and_walks(text, value, texts):
    assert any(value in t for t in texts(DataCenterRecognizer, text)), texts(DataCenterRecognizer, text)


@pytest.mark.parametrize("text", [
    "会議は「ふれあいの丘」で開催しております。",      # no machine placed there
    "展示品は「市民ギャラリー」に置いている。",
    "展示は本庁舎1階の北側で行っております。",
    "市民会館は駅から歩いて10分の場所にある。",        # no site in the sentence
    "・開催場所：「ふれあい広場」",                      # a meeting's place, not a machine's
])
def test_the_same_shapes_without_machines_are_no_site(text, texts):
    assert texts(DataCenterRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("保守はUDPの161番ポートで行っている。", "UDPの161番ポート"),
    ("・Wi-Fi（SSID）：kocho_staff", "kocho_staff"),
    ("職員ポータルはportal.intranet.yamabiko.example で公開している。", "portal.intranet.yamabiko.example"),
])
def test_ports_with_their_protocol_bracketed_ssids_and_intranet_hosts(text, value, texts):
    assert value in texts(NetworkRecognizer, text)


@pytest.mark.parametrize("text", [
    "番ポートという言葉は使わない。",
    "資料はcity.corp.example.comに掲載しています。",   # corp as a public sub-domain
])
def test_no_port_number_and_public_sub_domains_are_no_network(text, texts):
    assert texts(NetworkRecognizer, text) == []


@pytest.mark.parametrize("text, value", [
    ("・ログインID：tanaka_k", "tanaka_k"),
    ("ユーザーIDはsuzuki-hでございます。", "suzuki-h"),
    ("ゲスト用の共有キーはhikari-guest-2024です。", "hikari-guest-2024"),
])
def test_user_names_joined_by_a_mark_and_shared_keys(text, value, texts):
    assert texts(CredentialRecognizer, text) == [value]


@pytest.mark.parametrize("text", [
    "IDの発行は情報政策課が行う。",
    "共有キーの更新は年1回です。",
    "IDはWindowsの標準機能で管理している。",
])
def test_credential_words_without_a_value_do_not_fire(text, texts):
    assert texts(CredentialRecognizer, text) == []


def test_a_site_name_starting_with_a_particle_like_kana_keeps_it(texts):
    text = "バックアップテープはとうほく電算やまがた第2センターで保管している。"
    assert "とうほく電算やまがた第2センター" in texts(DataCenterRecognizer, text)


@pytest.mark.parametrize("text, value", [
    ("・管理者アカウント：sysadmin／パスワード：Aoba#2023", "sysadmin"),
    ("保守用のアカウントはmaint、パスワードはmaint123のままではないか。", "maint"),
    ("キーボックスの番号は1192でございます。", "1192"),
])
def test_account_names_after_the_word_account_and_key_box_numbers(text, value, texts):
    assert value in texts(CredentialRecognizer, text)


@pytest.mark.parametrize("text", [
    "アカウントはgoogleのものを使っております。",       # whose account, not its name
    "市の公式アカウントはTwitterとLINEで運用しております。",
    "退職者のアカウントは年度末まで残っている。",
])
def test_the_word_account_without_a_name_after_it_is_no_credential(text, texts):
    assert texts(CredentialRecognizer, text) == []
