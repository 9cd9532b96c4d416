"""CREDENTIAL: a secret said by what it is made of (the office's names and
numbers), the same as something known, quoted with its length, a login
pair written bare, a key's number, and the other names of a secret's column
in a table; each with a near miss that must not fire. All values are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.credential import CredentialRecognizer as R


def _cred(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text, value", [
    ("職員用のパスワードは、部署名の頭文字と内線番号を組み合わせたものを使っている。", "部署名の頭文字と内線番号を組み合わせたもの"),
    ("保守業者用のパスワードは会社名と同じでございます。", "会社名と同じ"),
    ("暗証番号は、全職員共通で「4桁の内線番号」としております。", "4桁の内線番号"),
    ("ルーターの管理画面は、出荷時のadmin／adminのまま運用していた。", "admin／admin"),
    ("マスターキーの番号はMK-4471でございます。", "MK-4471"),
    ("区分\tAPIキー\n本番\tpk_9a8b7c6d5e4f3a2b\n検証\tpk_1111aaaa2222bbbb", "pk_9a8b7c6d5e4f3a2b"),
    ("ユーザー名\t初期PW\nkyoiku-adm\tKyo#7788", "Kyo#7788"),
    # the same as a known fact, with its length; a network's own name with digits added
    ("暗証番号は誕生日と同じ4桁で、変更されていない職員が多い。", "誕生日と同じ4桁"),
    ("無線LANの暗号化キーは、SSIDの末尾に「2024」を付けたものです。", "SSIDの末尾に「2024」を付けたもの"),
    # the account's own name, a year said as a clause, a PIN by its longer name
    ("システムの初期パスワードはユーザーIDと同一の文字列になっている。", "ユーザーIDと同一の文字列"),
    ("暗証番号は、各自の生まれた年の西暦4桁を使っております。", "各自の生まれた年の西暦4桁"),
    ("PINコードは、職員番号の末尾4桁でございます。", "職員番号の末尾4桁"),
])
def test_a_secret_by_rule_pair_key_or_column(text, value):
    assert value in _cred(text), _cred(text)


@pytest.mark.parametrize("text", [
    "パスワードは「英数字8桁以上」に変更すること。",                 # a rule in quotes, no fact of a person or office
    "パスワードは定期的に変更するよう周知しております。",             # no value at all
    "回線はTCP/IPで、速度はkm/hではなく伝送速度で示します。",          # a slash pair, no login or default spoken of
    "鍵番号の管理簿を整備いたします。",                             # a key's number spoken of, none written
    "区分\t備考\n本番\tpk_9a8b7c6d5e4f3a2b",                          # a table with no secret's column
    "パスワードはユーザーIDと同じにしないこと。",                     # a rule against the described secret
    "パスワードは生年月日を使わないようにしてください。",               # the same, said with 使わない
])
def test_near_misses_are_none(text):
    assert _cred(text) == [], _cred(text)
