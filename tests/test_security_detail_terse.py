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


def test_a_table_row_that_states_its_control_only_across_its_cells_is_read_whole():
    # (no cell alone: a place, a room, a missing record; the row says where the gap is)
    text = "No.\t場所\t設備\t状態\n1\t本庁舎地下１階\tサーバ室\t入退室記録なし\n"
    assert any("サーバ室" in t and "入退室記録なし" in t for t in _security(text))


def test_a_row_under_a_checklists_known_headings_is_judged_by_its_columns():
    text = ("情報セキュリティ自己点検表\n"
            "No\t点検項目\t点検結果\n"
            "1\tサーバ室の扉の施錠\t不適合\n"
            "2\t端末のスクリーンロック\t適合\n")
    assert not any("スクリーンロック" in t for t in _security(text))


def test_a_row_with_no_control_word_is_not_read_whole():
    text = "職員名簿\n氏名\t所属\t備考\n山田太郎\t総務課\t研修受講\n"
    assert _security(text) == []
