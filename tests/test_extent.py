"""A statement's finding reaches the statement's end when the layout wrapped
it, and takes a bracketed note right after it; an item of a list ends at its
line, and a note of when a step was done stays outside."""
import pytest

from redactor import Redactor
from redactor.recognizers._extent import end_across_wraps, soft_line_break, start_across_wraps, with_trailing_note

_R = Redactor()


def _security(text: str) -> list[str]:
    return [f.text for f in _R.check(text).findings if f.label == "SECURITY_DETAIL"]


def test_a_wrapped_statement_is_masked_to_its_end():
    text = ("○情報政策課長　基幹系システムのバックアップテープは、週に一度、本庁舎地下の\n"
            "書庫に施錠して保管しており、遠隔地には置いておりません。\n")
    assert any(t.endswith("遠隔地には置いておりません") and "\n" in t for t in _security(text))


def test_a_note_in_brackets_after_a_statement_is_part_of_it():
    assert any(t.endswith("（サーバ上）") for t in _security("○課長　アクセスログは６か月間保存しております（サーバ上）。"))


@pytest.mark.parametrize("text, end", [
    ("設定を変更した（12月1日実施）。", "設定を変更した"),
    ("設定を変更した（対応済み）。", "設定を変更した"),
    ("便潜血陽性（山田さんの申告による）", "便潜血陽性"),   # the note's source, not the fact
])
def test_a_note_of_when_or_whether_it_was_done_or_who_told_it_stays_outside(text, end):
    assert with_trailing_note(text, len(end)) == len(end)


def test_an_item_of_a_list_ends_at_its_line():
    text = "・端末は4名で1台を共用し、同じアカウントで使っている\nウイルス対策につきましても、必要な措置を講じております。"
    assert not soft_line_break(text, text.index("\n"))


def test_a_line_that_ends_a_sentence_or_a_table_row_is_no_wrap():
    assert not soft_line_break("バックアップは週に一度、取得している。\n次に、ログについて申し上げます。", 19)
    assert not soft_line_break("項目\t内容、週に一度の取得\n次の行も表の行です、続き", 12)


def test_edges_move_over_a_wrap_both_ways():
    text = "サーバのバックアップは、週に一度、本庁舎の\n書庫に保管している。"
    assert end_across_wraps(text, text.index("\n")) == text.index("。")
    assert start_across_wraps(text, text.index("\n") + 1) == text.index("本庁舎")


def test_an_item_wrapped_under_its_hanging_indent_goes_on():
    text = "・バックアップは週１回取得し、\n　本庁舎地下の書庫に保管している。\n・次の項目"
    assert soft_line_break(text, text.index("\n"))
    assert not soft_line_break("・バックアップは週１回取得し、\n・本庁舎地下の書庫", 15)   # the next item
    assert not soft_line_break("　サーバは本庁舎にある。ログは\n　次の段落です。", 15)      # a paragraph's indent
