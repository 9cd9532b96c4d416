"""NETWORK: a client machine named by an office's asset convention after
the word for it (端末SOMU-PC-012): letters and numbers joined by two hyphens
or more. Near misses: a product or a count after the same words. Names made up."""
import pytest

from conftest import texts
from redactor.recognizers.network import NetworkRecognizer as R


@pytest.mark.parametrize("text, name", [
    ("当該端末 SOMU-PC-042 で不審な通信を検知した。", "SOMU-PC-042"),
    ("｜10:05｜端末KYO-NB-17から外部へ通信｜", "KYO-NB-17"),
])
def test_a_client_named_by_convention_is_a_host(text, name):
    assert name in texts(R, text)


@pytest.mark.parametrize("text", [
    "端末ID12を配布した。", "パソコンWindows11へ移行する。", "タブレット端末iPad10台を配布した。", "端末PC-98を展示した。",
])
def test_a_product_or_a_count_after_the_word_is_none(text):
    assert not texts(R, text), text
