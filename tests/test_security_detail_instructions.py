"""SECURITY_DETAIL in an instruction to the reader: the instruction asks
for a course of action and states nothing, but the reason it gives before
it (…ため、…ので、) states a fact of the systems. Made-up sentences."""
import pytest

from conftest import texts
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text, expected", [
    ("停電時はＵＰＳで約５分しかもたないため、作業中のデータはこまめに保存してください。", "５分しかもたない"),
    ("ファイルサーバのバックアップは週１回しか取っていないので、大事な文書は各自でも控えを残してください。", "週１回しか"),
])
def test_the_reason_before_an_instruction_is_a_statement(text, expected):
    found = texts(R, text)
    assert any(expected in t for t in found), found
    assert not any("ください" in t for t in found), found


@pytest.mark.parametrize("text", [
    # an instruction with no reason states nothing
    "不審なメールは開かずに削除してください。",
    # a request for an explanation with its reason is still a question
    "バックアップの仕組みがよく分からないので、取得の方法と回数を教えてください。",
])
def test_an_instruction_or_a_request_alone_states_nothing(text):
    assert texts(R, text) == []
