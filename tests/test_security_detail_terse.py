"""A report's terse sentences (体言止め) with one particle or none: a stop
ends a statement, which a heading or a table label never has. Made-up
sentences; near misses: a heading without a stop, a general statement."""
import pytest

from redactor import Redactor


def _security(text: str) -> list[str]:
    return [f.text for f in Redactor().check(text).findings if f.label == "SECURITY_DETAIL"]


@pytest.mark.parametrize("sentence", [
    "アクセスログの保存期間は90日。",
    "操作ログを1年間保存。",
    "アクセスログを90日保存。",
])
def test_a_terse_sentence_with_a_stop_states_its_control(sentence):
    text = "住民情報システムの運用について報告します。" + sentence
    assert sentence.rstrip("。") in _security(text)


@pytest.mark.parametrize("text", [
    "２　アカウントの管理\n",       # a heading: no stop
    "ネットワーク分離を実施。",       # every municipality says it: no specific
])
def test_a_heading_or_a_general_statement_stays_visible(text):
    assert _security(text) == []
