"""CREDENTIAL: the secret written after a credential word (not the word),
naming rules and posted keys as their own kinds; rules about credentials
are not credentials."""
import pytest

from conftest import found
from redactor.recognizers.credential import CredentialRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("初期パスワードはSakura2024!である。", "Sakura2024!", "password"),
    ("PW:kouhou2023 と付箋に書いてあった。", "kouhou2023", "password"),
    ("暗証番号は全員共通で2580とした。", "2580", "pin"),
    ("金庫の暗証番号は7391である。", "7391", "pin"),
    ("端末のPINは482913とした。", "482913", "pin"),
    ("アカウント名はmaint-user02です。", "maint-user02", "user_id"),
    ("管理者のユーザーID「admin-tama」とパスワード「Tm#20240401」が書かれていた。", "admin-tama", "user_id"),
    ("管理者のユーザーID「admin-tama」とパスワード「Tm#20240401」が書かれていた。", "Tm#20240401", "password"),
    ("APIキーは sk-9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c を設定ファイルに記載していた。",
     "sk-9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c", "key"),
    ("設定ファイルに AKIAABCDEFGHIJKLMNOP が残っていた。", "AKIAABCDEFGHIJKLMNOP", "key"),
    ("パスワードを書いた付箋があった。付箋には「Kanri#2025」とあった。", "Kanri#2025", "password"),
    ("ロビーに掲示しているゲスト用のパスワードはguest-2025である。", "guest-2025", "posted_public"),
    ("来庁者用Wi-Fiのパスワードは受付に掲示している「welcome2025」である。", "welcome2025", "posted_public"),
    ("IDは「s」に職員番号5桁を付けた形式である。", "IDは「s」に職員番号5桁を付けた形式", "naming_rule"),
    ("ユーザーIDは職員番号の頭に「c」を付けた形式である。", "ユーザーIDは職員番号の頭に「c」を付けた形式", "naming_rule"),
    # a default secret in letters only, quoted right after the word
    ("管理者パスワードは「admin」のまま運用していた。", "admin", "password"),
    ("職員用のパスワードは「higashi」のままだと聞いております。", "higashi", "password"),
    # lower-case defaults right after the word
    ("保守用の端末は、ID：admin　PW：admin のままであった。", "admin", "password"),
    ("保守用の端末は、ID：admin　PW：admin のままであった。", "admin", "user_id"),
    ("サーバのユーザー名はadministrator、パスワードはpasswordでした。", "password", "password"),
])
def test_credentials(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


def test_the_word_is_outside_the_span():
    assert [t for t, _ in found(R, "パスワードはMinato#77です。")] == ["Minato#77"]


@pytest.mark.parametrize("text", [
    "パスワードは12文字以上とする。", "パスワードは90日ごとに変更する。", "ICカードとIDで認証する。",
    "パスワードの管理を徹底する。", "パスワードは8文字以上とする。", "IDカードを忘れた職員は受付で記帳する。",
    "IDカード番号は職員ごとに異なる。", "パスワードの再発行には3日かかる。", "個人番号は12桁の数字である。",
    "AndroidID 12345678を控えた。",
    # quoted, but no secret: a rule, a masked display, a word after another word
    "パスワードは「英数字混在」とする。", "パスワードは「****」と表示される。",
    "パスワードを変更したら「Enter」キーを押す。",
    # words after the word that are no secret
    "パスワードはSMSで送付する。", "パスワードはWindowsの設定画面から変更する。", "パスワードの変更はwebsiteから行う。",
])
def test_rules_about_credentials_are_not_credentials(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    # quoted after の (a default kept), a default shared by two words
    ("初期パスワードの「0000」のまま使っている職員がいる。", "0000"),
    ("ID・パスワードはいずれもadminのままでございます。", "admin"),
])
def test_defaults_said_in_passing(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    "パスワードの「変更」ボタンを押す。", "ID・パスワードはいずれも厳重に管理しております。",
])
def test_words_after_the_credential_word_that_are_no_secret(text):
    assert found(R, text) == []


# --- a secret written in words (issue 12, third pass) ------------------------

@pytest.mark.parametrize("text, value", [
    ("合言葉は「やまなみ」です。", "やまなみ"),
    ("初期パスワードは、ひらがなで「あさつゆ」と打ったものでございます。", "あさつゆ"),
    ("書庫の暗証番号は係長の誕生日です。", "係長の誕生日"),
    ("パスワードは町の木の名前をローマ字にしたものでございます。", "町の木の名前をローマ字にしたもの"),
    # a zipped file's secret made of what the mail carrying it shows
    ("添付した圧縮ファイルのパスワードは、ファイル名と同じにしておりました。", "ファイル名と同じ"),
])
def test_a_secret_written_in_words(text, value):
    assert value in [t for t, _ in found(R, text)]


def test_a_secret_said_twice_is_found_twice():
    text = "暗証番号は「ごーろくなな」、つまり5677でございます。"
    assert {"ごーろくなな", "5677"} <= {t for t, _ in found(R, text)}


@pytest.mark.parametrize("text", [
    "パスワードは「推測されにくいもの」にしてください。",   # a rule in quotes
    "パスワードは生年月日など推測されやすいものを避けてください。",  # what to avoid
    "暗証番号は4桁の数字です。",                          # the format only
    "パスワードはファイル名と同じにしないこと。",           # a rule against it
])
def test_rules_about_secrets_are_no_secret(text):
    assert found(R, text) == []
