import pytest

from conftest import found
from redactor.recognizers.account import AccountRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("振込先 さくら銀行 中央支店 普通預金 1234567", "さくら銀行 中央支店 普通預金 1234567", "bank"),
    ("当座 7654321 へ振り込む", "当座 7654321", "bank"),
    ("ゆうちょ銀行 記号10120 番号12345671", "ゆうちょ銀行 記号10120 番号12345671", "postal"),
    ("クレジットカード 4111 1111 1111 1111", "4111 1111 1111 1111", "card"),
])
def test_accounts(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", ["普通預金の残高", "カード 4111 1111 1111 1112", "予算 1234567 円"])
def test_not_accounts(text):
    assert found(R, text) == []
