"""SECURITY_DETAIL: the product a control runs on, named in Latin script as
the value of the control's field or column, and a control's pass or check
skipped while the door or the login still opens. Near misses: a value in
Japanese or a bare kind of device, a budget table, a rule that forbids.
(Made-up products and places.)"""
import pytest

from conftest import texts
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text,value", [
    ("・資産管理：Kumo Asset Pro\n・ファイル無害化：CLEANDOC", "Kumo Asset Pro"),
    ("・資産管理：Kumo Asset Pro\n・ファイル無害化：CLEANDOC", "CLEANDOC"),
    ("システム名\tウイルス対策\t備考\n住民情報\tShieldy One\t\n財務会計\tなし\t", "Shieldy One"),
])
def test_a_security_product_named_under_its_control(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "・ウイルス対策ソフト：導入済み（全端末）",       # in Japanese: no product named
    "・ファイアウォール：UTM",                         # a kind of device, no product
    "品名\t数量\t金額\nウイルス対策ソフト\t800\t1,200,000",  # a budget line
])
def test_no_product_named_is_no_detail(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text,detail", [
    ("情報セキュリティ監査\n委託業者の作業員は、入館証なしで電算室に入ることができる。", "入館証なしで電算室に入ることができる"),
    ("保守用端末には、パスワードなしでログインできる。", "パスワードなしでログインできる"),
    ("開発業者は本番環境のデータベースに直接ログインして修正を行っている。", "直接ログイン"),
])
def test_a_pass_or_check_skipped_and_still_let_in(text, detail):
    assert any(detail in t for t in texts(R, text))


@pytest.mark.parametrize("text", [
    "入館証なしでの入室はできません。",
    "パスワードなしでは使えない設定としている。",
    "申請なしに持ち出すことは禁止しております。",
])
def test_a_rule_against_skipping_it_is_none(text):
    assert texts(R, text) == []


def test_monitoring_said_alone_in_a_turn_about_systems():
    text = "○情報政策課長　監視は平日の日中のみでございます。"
    assert texts(R, text) == ["監視は平日の日中のみでございます"]


@pytest.mark.parametrize("text", [
    "監視は平日の日中のみでございます。",            # no system word: a river's or a market's as well
    "河川の監視は、大雨の際に消防団が行っております。",
])
def test_monitoring_alone_with_no_system_is_none(text):
    assert texts(R, text) == []


def test_a_finding_on_remote_maintenance_goes_on_without_naming_the_system():
    text = ("指摘事項3　保守業者の作業記録\n　保守業者が月1回、リモートで作業を行っているが、作業記録の提出を求めていない。"
            "また、作業時に市職員が立ち会っていない。")
    assert "作業時に市職員が立ち会っていない" in texts(R, text)


def test_a_lift_technicians_visit_is_no_remote_maintenance():
    assert texts(R, "エレベーターの保守業者が月1回点検に来ているが、市職員は立ち会っていない。") == []


def test_an_operations_schedule_row_cadence_first():
    text = "別紙　運用スケジュール\n月次\tウイルス定義の確認、ログの点検\n年次\t災害復旧訓練（10月）、外部監査（2月）"
    found = texts(R, text)
    assert "月次\tウイルス定義の確認、ログの点検" in found
    assert "年次\t災害復旧訓練（10月）、外部監査（2月）" in found


@pytest.mark.parametrize("text", [
    "年間行事\n毎月\t広報紙の発行\n年次\t避難訓練（9月）、消防訓練（11月）",   # a town's calendar: no system
])
def test_a_calendar_with_no_system_is_none(text):
    assert texts(R, text) == []


def test_data_sent_by_the_system_to_a_named_receivers_server_on_a_schedule():
    text = "住民記録のデータは、毎日午後7時に県のサーバへ自動送信される。"
    assert texts(R, text) == ["住民記録のデータは、毎日午後7時に県のサーバへ自動送信される"]


def test_a_citizens_application_sent_online_is_none():
    assert texts(R, "申請データは、オンラインで送信できます。") == []


@pytest.mark.parametrize("text,detail", [
    ("○情報政策課長　ネットワーク機器のファームウェアは、導入時のバージョンのままでございます。", "導入時のバージョンのまま"),
    ("○情報政策課長　パスワードの変更は、職員の任意としております。", "任意としております"),
    ("○情報政策課長　職員の端末から、外部のクラウドストレージに自由にアップロードできる状態です。", "自由にアップロード"),
])
def test_weaknesses_said_as_left_as_bought_optional_or_free(text, detail):
    assert any(detail in t for t in texts(R, text))


@pytest.mark.parametrize("text", [
    "アンケートへの回答は任意としております。",
    "ファームウェアは導入時のバージョンから最新版に更新した。",
])
def test_optional_answers_and_updates_done_are_none(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text, value", [
    # a product in quotes, with no version, put on the machines
    ("（２）サーバ及び業務端末には、県と共同調達した「Shieldy Endpoint Suite」を導入すること。", "Shieldy Endpoint Suite"),
    ("○課長　庁内の全端末に「Kumo Desk Guard」を導入いたしました。", "Kumo Desk Guard"),
])
def test_a_quoted_product_put_on_the_machines(text, value):
    assert any(value in t for t in texts(R, text)), texts(R, text)


@pytest.mark.parametrize("text", [
    # one word names a service anyone uses; no machine named; a service for residents
    "○課長　外部のクラウドストレージは「Kumo」を利用しています。",
    "○課長　市民向けに「Kumo Talk Plus」を導入し、相談窓口を開設します。",
])
def test_a_quoted_service_for_residents_or_of_one_word_is_none(text):
    assert texts(R, text) == [], texts(R, text)
