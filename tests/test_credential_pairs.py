"""CREDENTIAL: an ID and its password quoted as a pair a sentence after the
credential words (…IDとパスワードを書いたメモ。メモには「…/…」). Made-up values."""
import pytest

from conftest import texts
from redactor.recognizers.credential import CredentialRecognizer as R


@pytest.mark.parametrize("text, values", [
    ("ユーザIDとパスワードを書いたメモが机にあった。メモには「kaikei7 / Momiji#88」とあった。", {"kaikei7", "Momiji#88"}),
    ("IDとパスワードを記入した紙が貼られていた。紙には「nozei-3　／　Hinata2024」と書かれていた。", {"nozei-3", "Hinata2024"}),
    ("ID・PWを付箋に書いていた。付箋は「ID:shomu05 PW:Tsubaki!7」。", {"shomu05", "Tsubaki!7"}),
])
def test_a_quoted_pair_after_the_words(text, values):
    assert values <= set(texts(R, text)), texts(R, text)


def test_a_pair_on_a_note_with_no_credential_word():
    got = texts(R, "モニターの付箋には「kyoiku / Kr#5520」と書かれていた。")
    assert any("Kr#5520" in t for t in got), got


@pytest.mark.parametrize("text", [
    "付箋には、速度は km/h で書くとある。",
    "付箋には「and/or」の使い分けが書いてあった。",
])
def test_a_note_with_no_login_pair(text):
    assert texts(R, text) == [], texts(R, text)


@pytest.mark.parametrize("text", [
    # two product names quoted under a password rule: no secret in them
    "パスワードの規則を見直した。対象は「Windows / Office」である。",
    # a pair with no credential word before it
    "会議資料は「shiryo1 / shiryo2」の2部構成とした。",
])
def test_not_a_pair_of_secrets(text):
    assert texts(R, text) == [], texts(R, text)
