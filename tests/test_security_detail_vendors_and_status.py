"""SECURITY_DETAIL spans leave a vendor's name out, keep a finding's status
note in, and a notice addressed to all staff is no scope of access.
(Made-up firms and systems.)"""
import pytest

from conftest import texts
from redactor.recognizers._security_vendor import vendors, without_vendors
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text,detail,vendor", [
    ("システムの保守は、株式会社アオイ情報が遠隔保守回線（IPsec-VPN）で毎週木曜日に行う。",
     "遠隔保守回線（IPsec-VPN）で毎週木曜日に行う", "株式会社アオイ情報"),
    ("ファイアウォールの設定変更は、委託先の（株）モミジネットが遠隔で行い、市は確認していない。",
     "遠隔で行い、市は確認していない", "（株）モミジネット"),
])
def test_a_vendor_named_inside_the_clause_stays_visible(text, detail, vendor):
    found = texts(R, text)
    assert detail in found
    assert not any(vendor in f for f in found)


def test_the_pieces_on_both_sides_of_a_vendor_that_tell_something_stay():
    text = "バックアップテープは、月1回、カエデ電算株式会社の社員が自家用車で本社の金庫へ運んでいる。"
    found = texts(R, text)
    assert "バックアップテープは、月1回、" in found
    assert "社員が自家用車で本社の金庫へ運んでいる" in found


@pytest.mark.parametrize("text,name", [
    ("保守委託先カエデ電算株式会社の", "カエデ電算株式会社"),      # a role in kanji before the name is no part of it
    ("は、ヒノキシステムサポート株式会社が", "ヒノキシステムサポート株式会社"),
    ("は、柏木電機株式会社が", "柏木電機株式会社"),
    ("の㈱ナラ通信が", "㈱ナラ通信"),
])
def test_a_vendor_is_a_name_with_its_legal_form(text, name):
    assert [text[s:e] for s, e in vendors(text, 0, len(text))] == [name]


@pytest.mark.parametrize("text", [
    "保守はアオイ情報が遠隔で行う",            # no legal form: could be a product or a system
    "会社の規定により毎週火曜日に行う",
])
def test_no_legal_form_no_vendor(text):
    assert list(vendors(text, 0, len(text))) == []
    assert without_vendors(text, 0, len(text)) == [(0, len(text))]


def test_a_space_joining_an_operator_to_its_site_stays_in_the_span():
    text = "本番環境は株式会社サクラクラウド　函館第2センターに設置し、待機系は持たない"
    pieces = [text[s:e] for s, e in without_vendors(text, 0, len(text))]
    assert pieces[-1].startswith("　函館")


def test_a_findings_status_note_stays_inside():
    text = "指摘事項2：サーバ室の入退室記録が令和5年度は作成されていなかった（未対応）。"
    assert texts(R, text) == ["指摘事項2：サーバ室の入退室記録が令和5年度は作成されていなかった（未対応）"]


def test_a_dated_note_stays_outside():
    text = "指摘事項2：サーバ室の入退室記録が令和5年度は作成されていなかった（6月10日改善済み）。"
    assert texts(R, text) == ["指摘事項2：サーバ室の入退室記録が令和5年度は作成されていなかった"]


@pytest.mark.parametrize("text", [
    "標的型攻撃メールへの注意喚起を全職員に行いました。",
    "不審なメールを開かないよう、全職員に周知しております。",
])
def test_a_notice_to_all_staff_is_no_scope(text):
    assert texts(R, text) == []


def test_all_staff_who_may_read_is_a_scope():
    text = "共有フォルダは全職員が閲覧できる設定となっている。"
    assert texts(R, text) == ["共有フォルダは全職員が閲覧できる設定となっている"]


@pytest.mark.parametrize("text", [
    "国のガイドラインでは、パスワードは8文字以上とすることが推奨されています。",
    "総務省のガイドラインにおいては、バックアップを遠隔地に保管することが求められております。",
])
def test_a_published_norm_told_as_what_it_says_is_none(text):
    assert texts(R, text) == []


def test_our_own_control_beside_the_norm_still_fires():
    text = "ガイドラインに沿って、本市ではパスワードを90日ごとに変更しております。"
    assert any("90日ごと" in t for t in texts(R, text))
