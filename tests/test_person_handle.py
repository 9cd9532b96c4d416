"""Handles and display names are a person's name (made-up handles)."""
import pytest

from redactor import Redactor
from redactor.recognizers.person_handle import HandleNameRecognizer as H


@pytest.mark.parametrize("text, value", [
    ("投稿者（ハンドルネーム「わらびもち」）から苦情が寄せられた。", "わらびもち"),
    ("表示名：こむぎ　投稿日時：5月2日", "こむぎ"),
    ("ニックネームは『ぽんず』で、市内在住とみられる。", "ぽんず"),
    ("SNS上で @mame_0321 というアカウントが中傷を繰り返した。", "@mame_0321"),
    ("掲示板への書き込み（＠yuzu_tea）について削除を要請した。", "＠yuzu_tea"),
])
def test_handles(text, value, texts):
    assert value in texts(H, text)


@pytest.mark.parametrize("text", [
    "ハンドル操作を誤り、車両が接触した。",          # the steering wheel
    "ハンドルネームを変更した。",                    # no value after the field word
    "問い合わせは info@example.jp まで。",            # an e-mail address
    "会議の資料は @ 記号で区切って入力する。",        # no account, no social media
    "担当者は @tanaka と書いて連絡を回した。",        # an @word with no social media in the sentence
])
def test_not_handles(text, texts):
    assert texts(H, text) == []


def test_a_handle_is_masked_and_the_city_s_own_account_is_kept():
    r = Redactor()
    private = r.check("SNS上で @mame_0321 というアカウントが中傷を繰り返した。").findings
    assert [(f.text, f.action) for f in private if f.label == "PERSON"] == [("@mame_0321", "MASK")]
    own = r.check("市公式アカウント（@kitahama_city）で周知した。").findings
    assert [(f.text, f.action) for f in own if f.label == "PERSON"] == [("@kitahama_city", "KEEP")]


@pytest.mark.parametrize("text, value", [
    ("「しろくま次郎」というハンドルネームの人物が書き込んだ。", "しろくま次郎"),
    ("「ねこまる」という名前のアカウントから誹謗中傷があった。", "ねこまる"),
    ("ネット上で「きなこ父さん」と名乗る人物が投稿した。", "きなこ父さん"),
    ("投稿主のアカウント「pon_pon_77」は既に削除されている。", "pon_pon_77"),
    ("X（旧ツイッター）のユーザー「midori_9」が動画を投稿した。", "midori_9"),
])
def test_quoted_handles(text, value, texts):
    assert value in texts(H, text)


@pytest.mark.parametrize("text", [
    "管理者アカウント「admin」のパスワードは共有している。",  # a system's account: a credential
    "ユーザー「kanri01」でログインする。",
])
def test_a_system_s_account_is_no_handle(text, texts):
    assert texts(H, text) == []


def test_a_heading_of_a_table_s_heading_row_is_no_handle(texts):
    # アカウント名 heads a column: the cell after it is the next heading, not a value
    table = "アカウント名\tパスワード\tシステム\nuser01\tAb3$kq9z\t住民記録\n"
    assert "パスワード" not in texts(H, table)
    # a label and its value in a two-cell row is a field
    assert "こむぎ" in texts(H, "表示名\tこむぎ\n投稿日\t5月2日\n")
