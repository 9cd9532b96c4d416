"""SECURITY_DETAIL: a control trigger plus a concrete specific or a weakness."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text, category", [
    ("→ 職員は指紋認証の後にIDとパスワードでログインする。", "authentication"),
    ("パスワードは60日ごとに変更し、過去3世代は使えない。", "password_policy"),
    ("毎週土曜日の深夜にバックアップを取得している。", "backup"),
    ("アクセスログは3年間保存する。", "logging"),
    ("サーバ室は地下2階にあり、入退室はICカードで管理する。", "physical_access"),
    ("ファイアウォール「SecureBox 300」のバージョンは5.2.1である。", "product_version"),
    ("西庁舎の回線は1系統のみで冗長化していない。", "weakness"),
    ("多要素認証は導入していない。", "weakness"),
])
def test_concrete_controls_and_weaknesses(text, category):
    ((_, attrs),) = found(R, text)
    assert attrs["category"] == category and attrs["generic"] is False


@pytest.mark.parametrize("text", [
    "庁内ネットワークはLGWANに接続し、インターネット接続系とは分離している。",
    "来年度中に多要素認証へ切り替える予定である。",
])
def test_common_and_planned_controls_are_generic(text):
    ((_, attrs),) = found(R, text)
    assert attrs["generic"] is True


@pytest.mark.parametrize("text", [
    "情報セキュリティ対策を講じ、個人情報を適切に管理する。",
    "バックアップの取り方を教えていただきたい。",
    "操作ログの保存期間は。",
    "２　アカウントの管理",
    "議会棟の無線LANは、傍聴者も使えるのですか。",
    "令和6年度に無線LANを更新します。",
])
def test_general_statements_questions_and_headings_do_not_fire(text):
    assert found(R, text) == []


def test_speaker_label_is_outside_the_span():
    text = "○山本情報政策課長　認証サーバは本庁舎3階のサーバ室に置きます。"
    ((value, _),) = found(R, text)
    assert value.startswith("認証サーバ") and "山本" not in value
