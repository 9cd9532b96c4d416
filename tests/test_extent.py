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


def test_a_long_item_laid_out_at_the_page_width_goes_on():
    # an item broken by the layout inside a word, on a particle or a joining form
    for text in ("（１）サーバのバックアップは毎週金曜日の夜間に取得し、媒体は本庁舎地下の書庫に保\n管しているが、遠隔地には置いていない。",
                 "（２）職員の端末は共用アカウントでログインする運用となっており、操作ログは九十日で\n上書きされる。",
                 "・委託先とのデータの受渡しは毎月第２水曜日に、暗号化していないＵＳＢメモリを用いて持\n参する方法で行う。"):
        assert soft_line_break(text, text.index("\n")), text
    # the weakness on the second line is masked with the rest of the item
    assert any(t.endswith("遠隔地には置いていない") for t in _security(
        "３．運用状況\n（１）サーバのバックアップは毎週金曜日の夜間に取得し、媒体は本庁舎地下の書庫に保\n"
        "管しているが、遠隔地には置いていない。\n"))


def test_a_long_item_that_ends_on_a_predicate_or_before_a_new_item_stays_whole():
    for text in ("（１）端末は４名で１台を共用し、同じアカウントで使っておりま\n（２）次の項目です。",   # a new item
                 "（１）端末は４名で１台を共用し、全員が同じアカウントで使っている\n次の段落です。",   # a predicate
                 "・短い項目、ここまで\n次の段落はここから始まり、終わる。"):                     # short
        assert not soft_line_break(text, text.index("\n")), text


def test_a_long_line_wrapped_onto_an_indented_line_goes_on():
    text = ("　保守業者によるリモート保守の接続は、申請の都度ではなく常時許可しており、接続記録は\n"
            "　残していない。\n")
    assert soft_line_break(text, text.index("\n"))
    # a short line before an indented paragraph, or one ending on a predicate, stays apart
    assert not soft_line_break("　サーバは本庁舎にある。ログは\n　次の段落です。", 15)
    assert not soft_line_break("　保守業者によるリモート保守の接続は、申請の都度許可しております\n　次に、研修について申し上げます。", 32)


def test_a_start_moves_back_over_an_indented_wrap():
    text = ("　保守業者によるリモート保守の接続は、申請の都度ではなく常時許可しており、接続記録は\n"
            "　残していない。\n")
    assert start_across_wraps(text, text.index("残して")) == text.index("接続記録")
