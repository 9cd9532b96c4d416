"""CREDENTIAL: a default left in use said after the credential word, with its
value (パスワードは初期設定のadminのまま) or without one (パスワードは工場出荷時
のまま), and a shared value after a pause (IDとパスワードは、ともに「…」).
Rules that a default must be changed find nothing. Values are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.credential import CredentialRecognizer as C


def _cred(text: str) -> list[str]:
    return [f.text for f in _detector(C).detect(text)]


@pytest.mark.parametrize("text, value", [
    ("カメラの管理パスワードは、初期設定のsupervisorのまま運用していた。", "supervisor"),
    ("複合機のパスワードは出荷時の「11111」から変更していませんでした。", "11111"),
    ("無線ルータの管理者パスワードは工場出荷時のままでございました。", "パスワードは工場出荷時のまま"),
    ("ＵＰＳのパスワードは工場出荷時の87654321のままでした。", "87654321"),
    ("保守用のＩＤとパスワードは、ともに「ｋｅｉｓｏｋｕ」でございます。", "ｋｅｉｓｏｋｕ"),
])
def test_a_default_or_shared_value_is_found(text, value):
    assert value in _cred(text), _cred(text)


@pytest.mark.parametrize("text", [
    "パスワードは初期設定のままにしないこと。",
    "導入時のパスワードは、受領後直ちに変更するよう求めております。",
    "パスワードは出荷時の設定から変更済みでございます。",
])
def test_a_rule_or_a_change_made_is_not_found(text):
    assert _cred(text) == [], _cred(text)


@pytest.mark.parametrize("text", [
    "3\t税務課\t中\tパスワードをメモに書いて机に貼っていた\t是正済（R6.11）",
    "4\t福祉課\t軽微\t共有IDのパスワードが全員同じ\tH31.4.1是正",
])
def test_a_date_by_the_eras_initial_is_no_secret(text):
    assert not any(v.startswith(("R6", "H31")) for v in _cred(text)), _cred(text)
