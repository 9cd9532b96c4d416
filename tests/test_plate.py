import pytest

from conftest import found
from redactor.recognizers.plate import PlateRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("相手方の普通乗用自動車（品川 330 さ 12-34）", "品川 330 さ 12-34", "private"),
    ("公用車（土浦 300 す 2-17）", "土浦 300 す 2-17", "official"),
    ("なにわ５００あ１２－３４", "なにわ５００あ１２－３４", "private"),
])
def test_plates(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["令和6年3月21日", "第2会議室 3号館", "金 100 円"])
def test_not_plates(text):
    assert found(R, text) == []
