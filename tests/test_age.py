import pytest

from conftest import found
from redactor.recognizers.age import AgeRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("42歳の女性", "42歳", "exact"), ("満７２歳", "満７２歳", "exact"), ("八十代の男性", "八十代", "band"),
    ("80代・男性", "80代", "band"), ("30代後半", "30代後半", "band"),
])
def test_ages(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["65歳以上の方", "18歳未満の児童", "20歳到達時", "3歳児健診"])
def test_ages_in_rules_are_not_findings(text):
    assert found(R, text) == []
