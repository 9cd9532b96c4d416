"""CREDENTIAL written the ways forms, key-value tables and device lists
write it: a pair behind one label (ID/PW：…/…), a login column holding the
account and its secret in one cell, a label spaced out on a form line, a
key's spot given as a form field, a quote after に with a verb of use, the
secret said to be the account's own name, a disk's recovery key, an SNMP
community. Each kind has a near miss that must not fire. (Made-up values.)"""
import pytest

from conftest import texts
from redactor.recognizers.credential import CredentialRecognizer as R


@pytest.mark.parametrize("text,value", [
    ("ID/PW：tanuki/tanuki456", "tanuki/tanuki456"),
    ("複合機の管理画面には admin / hoge5678 でログインできた。", "admin / hoge5678"),
    ("No.\t機器\tログイン情報\n1\tNAS\tbackup / Nas#1999", "backup / Nas#1999"),
    ("接続情報：ユーザー　mori-vpn07　パスワード　Mori!0707", "mori-vpn07"),
    ("アカウント\tsomu-adm\nパスワード\t（別途通知）", "somu-adm"),
    ("書庫の鍵の保管場所：会計課長の机の左の引き出し", "会計課長の机の左の引き出し"),
    ("パスワードに「natsu」を使用していた。", "natsu"),
    ("パスワードはIDと同じ文字列だった。", "IDと同じ文字列"),
    ("回復キー 101010-202020-303030-404040-505050-606060-707070-808080 を印刷していた。",
     "101010-202020-303030-404040-505050-606060-707070-808080"),
    ("SNMPのコミュニティ名は「public」のままである。", "public"),
])
def test_a_secret_in_a_form_or_a_list(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "パスワードに「Kita」を含めないこと。",           # a rule, no verb of use
    "パスワードはIDと同じく90日ごとに変更する。",      # the same rule as the ID's, no secret
    "パスワードはIDごとに設定する。",
    "ユーザー 登録の手順はマニュアルによる。",         # a spaced word in Japanese, no value
    "The user manual is on the shelf.",               # "user" followed by a word, no label
    "鍵の保管場所：金庫",                             # a control every office states, no particular spot
    "地域のコミュニティ名は「みどり会」である。",       # a neighbourhood's name, no SNMP value in letters
    "No.\t機器\tログイン情報\n1\tNAS\t（各自設定）",     # a cell in words
])
def test_near_misses_are_none(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text,value", [
    ("パスワードはもみじです。", "もみじ"),                                   # a word in hiragana stated as the secret
    ("合言葉はかざぐるまのままだった。", "かざぐるま"),
    ("キーボックスの暗証番号は市役所の代表番号の下4桁です。", "市役所の代表番号の下4桁"),
    ("（委員）その共通のIDは何というのか。\n（課長）「fukushi」でございます。", "fukushi"),  # a bracketed speaker
    ("利用者IDは「mori＋職員番号」、初期パスワードは「生年月日8桁」。", "mori＋職員番号"),
    ("利用者IDは「mori＋職員番号」、初期パスワードは「生年月日8桁」。", "生年月日8桁"),
])
def test_a_secret_said_in_words_or_by_its_recipe(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "パスワードはこちらです。", "パスワードはまだです。", "パスワードはそのままでした。", "パスワードはひらがなです。",
    "パスワードはながいです。", "パスワードはなしです。",
    "利用者IDは「職員番号」を使う。",              # one fact, no recipe joined by a plus
    "申請書の「氏名＋ふりがな」欄に記入する。",      # a plus in a quote with no ID word
])
def test_words_that_state_no_secret(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text,value", [
    ("公用のタブレットのロックは「2468」に設定している。", "2468"),     # quoted digits set, on a handset
    ("裏口の暗証は#5678*である。", "#5678*"),                          # a keypad's code with # and *
    ("ログインIDは姓のローマ字となっている。", "姓のローマ字"),           # an ID's recipe from facts about the staff
    ("公用車のキーは、車庫の壁のフックに掛けてある。", "車庫の壁のフック"),
    ("金庫の鍵は、係長の机の一番下の引き出しに入っている。", "係長の机の一番下の引き出し"),
])
def test_a_lock_code_an_id_recipe_or_a_keys_spot(text, value):
    assert value in texts(R, text)


@pytest.mark.parametrize("text", [
    "記念式典は「2024」年の節目に開催した。",                # quoted digits, no lock nor handset
    "ログインIDはメールアドレスです。",                       # a public service's ID: no fact about staff
    "キーボードは机の下の引き出しに入っている。",             # a keyboard, no key to a lock
    "整理番号は#12である。",                                   # a number with #, no lock in the sentence
])
def test_near_misses_of_locks_ids_and_keys(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text,values", [
    ("ユーザーID　　パスワード\nmori01　　Mori#01\nmori02　　Mori#02", ["mori01", "Mori#01", "mori02", "Mori#02"]),
    ("| アカウント | パスワード |\n|---|---|\n| fukushi01 | Fk!2023 |", ["fukushi01", "Fk!2023"]),
    ("[ID] mori-admin [PW] Admin#2024", ["mori-admin", "Admin#2024"]),
])
def test_accounts_in_a_table_laid_out_with_spaces_or_bars(text, values):
    found = texts(R, text)
    assert all(v in found for v in values), found


def test_a_table_with_no_secret_column_is_none():
    assert texts(R, "ユーザーID　　氏名\nmori01　　森　花子") == []
