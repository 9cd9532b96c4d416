"""SECURITY_DETAIL under a numbered heading that names the control
(recognizers/_security_sections.py): a plan names the drill or the control
once and gives its schedule in the lines under it. The documents are made up."""
import pytest

from conftest import texts
from redactor.recognizers._security_sections import sections
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R

_PLAN = (
    "第2　標的型メール攻撃への対応訓練\n"
    "　1　時期\n"
    "　　毎年9月第2週と2月第1週に、事前の予告をせずに行う。\n"
    "　2　結果の公表\n"
    "　　第1回　送付1,500通　開封210通\n"
    "第3　防災訓練\n"
    "　1　時期\n"
    "　　毎年9月1日に、全職員で行う。\n"
    "第4　ファイアウォールの設定変更\n"
    "　(1)変更は、毎月第3水曜日の午後7時から行う。\n"
)


def test_a_section_runs_to_the_next_heading_of_its_level():
    spans = [(_PLAN[s.heading_start:s.heading_end].strip(), _PLAN[s.body_start:s.body_end]) for s in sections(_PLAN)]
    heads = [h for h, _ in spans]
    assert heads[0] == "第2　標的型メール攻撃への対応訓練"
    first = spans[0][1]
    assert "9月第2週" in first and "防災訓練" not in first
    # a sibling heading governs only its own lines
    result_section = dict(spans)["2　結果の公表"]
    assert "開封210通" in result_section and "時期" not in result_section


def test_a_numbered_statement_is_no_heading():
    text = "(1)変更は、毎月第3水曜日の午後7時から行う。\n次の行\n"
    assert list(sections(text)) == []


def test_a_line_under_a_heading_naming_the_control_takes_it():
    found = texts(R, _PLAN)
    assert any("9月第2週" in t for t in found)
    assert any("毎月第3水曜日" in t for t in found)


@pytest.mark.parametrize("text", [
    # an evacuation drill's heading names no information control
    "第3　防災訓練\n　1　時期\n　　毎年9月第1週に、全職員で行う。\n",
    # a row of results under the heading is no statement
    "第2　標的型攻撃メール訓練\n　1　結果\n　　第1回　送付1,500通　開封210通\n",
    # a sibling heading of no control does not inherit the one before it
    "1　バックアップ\n　毎日取得する。\n2　会議の日程\n　毎月第2水曜日の午後に開く。\n",
])
def test_headings_that_name_no_control_give_nothing(text):
    assert not [t for t in texts(R, text) if "毎月第2水曜日" in t or "9月第1週" in t or "開封" in t], text


def test_a_rule_line_or_a_blank_line_before_plain_text_ends_the_section():
    text = ("第6　ログ\n　アクセスログは6か月保存する。\n──────────\n（質疑の要旨）\n"
            "（採決）全員賛成で原案のとおり可決。\n")
    assert all("全員" not in t for t in texts(R, text))
    body = [text[s.body_start:s.body_end] for s in sections(text)]
    assert body and all("採決" not in b for b in body)
    text = "第6　ログ\n　アクセスログは6か月保存する。\n\n委員会は全員賛成で可決した。\n"
    assert all("採決" not in text[s.body_start:s.body_end] and "全員" not in text[s.body_start:s.body_end]
               for s in sections(text))
