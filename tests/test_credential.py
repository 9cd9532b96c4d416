import pytest

from conftest import found
from redactor.recognizers.credential import CredentialRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("初期パスワードはSakura2024!である。", "Sakura2024!", "password"),
    ("暗証番号は全員共通で2580とした。", "2580", "pin"),
    ("アカウント名はmaint-user02です。", "maint-user02", "user_id"),
    ("パスワードを書いた付箋があった。付箋には「Kanri#2025」とあった。", "Kanri#2025", "password"),
    ("ロビーに掲示しているゲスト用のパスワードはguest-2025である。", "guest-2025", "posted_public"),
    ("IDは「s」に職員番号5桁を付けた形式である。", "IDは「s」に職員番号5桁を付けた形式", "naming_rule"),
])
def test_credentials(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "パスワードは12文字以上とする。", "パスワードは90日ごとに変更する。", "ICカードとIDで認証する。",
    "パスワードの管理を徹底する。",
])
def test_rules_about_credentials_are_not_credentials(text):
    assert found(R, text) == []
