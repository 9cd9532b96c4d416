"""SECURITY_DETAIL spans where a clause or a row begins and ends: a short
clause that ends in a predicate (建物が古く、) is part of the fact, not a
frame; a polite statement joined by が before it stays out; the present as
the frame of an admission (現時点では、) stays in; a labelled row's value
runs past a 。 to the row's end; a system's standby said to be missing is a
gap. Each with the near miss. The sentences and figures are made up."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _flagged(text):
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text, value", [
    # a short clause with its own predicate opens the statement
    ("○課長　分庁舎に置いておりますが、建物が古く、大雨のたびに1階に水が入り、サーバーは2階に移しております。",
     "建物が古く、大雨のたびに1階に水が入り、サーバーは2階に移しております"),
    # the present bounds an admitted gap: it says the gap still holds
    ("○情報政策課長　現時点では、第2庁舎が被災した場合の待機系はございません。",
     "現時点では、第2庁舎が被災した場合の待機系はございません"),
    ("○課長　住民情報系の予備系はございません。", "住民情報系の予備系はございません"),
    # a labelled row of a report: the note after the 。 is the same figure's
    ("標的型メール訓練の結果\n　開封した職員　97名（8.1％）。うち12名は前回も開封\n　報告した職員　240名",
     "開封した職員　97名（8.1％）。うち12名は前回も開封"),
])
def test_where_the_span_begins_and_ends(text, value):
    got = _flagged(text)
    assert value in got, got


@pytest.mark.parametrize("text, value", [
    # the present bounds a control in place too: it says the control still holds (session 17)
    ("○課長　現在、住民記録のバックアップは週1回でございます。", "現在、住民記録のバックアップは週1回でございます"),
    # an adverb of the talk opening the sentence stays outside
    ("○課長　先ほど、住民記録のバックアップは週1回と申し上げました。", "住民記録のバックアップは週1回と申し上げました"),
    # ではなく、 sets aside what the sentence is not about: a frame
    ("費用がかさむため、ではなく、予算の都合から、バックアップは月1回とする。", "予算の都合から、バックアップは月1回とする"),
    # a speaker's turn ends at its 。: the next sentence is no note on a field
    ("○課長　切替訓練は隔年で6月の第2土曜日に行っております。関係機関とのやり取りは安全な方法で行っております。",
     "切替訓練は隔年で6月の第2土曜日に行っております"),
])
def test_the_span_stops_where_the_statement_does(text, value):
    got = _flagged(text)
    assert value in got, got


def test_a_standby_said_to_exist_is_no_gap():
    assert not any("ございません" in t for t in _flagged("○課長　住民情報系の待機系はございます。"))


@pytest.mark.parametrize("text, value", [
    # a field row under a control row takes the control's word
    ("項目\t仕様\nバックアップ\t日次（差分）、週次（全体）\n保管\t本庁舎地下1階の金庫\n", "保管\t本庁舎地下1階の金庫"),
    ("項目\t仕様\nファイアウォールのログ\t取得する\n保存期間\t1年間\n", "保存期間\t1年間"),
])
def test_a_field_row_states_the_control_above_it(text, value):
    got = _flagged(text)
    assert value in got, got


@pytest.mark.parametrize("text", [
    # a field row under no control, or after the table was broken by prose
    "項目\t内容\n会議\t毎月1回\n場所\t第2会議室\n",
    "項目\t仕様\nバックアップ\t日次\n以下は会場の案内である。\n場所\t第2会議室\n",
    # who is in charge is no field of the control
    "項目\t仕様\nバックアップ\t日次\n担当\t第2会議室の係\n",
])
def test_a_field_row_without_a_control_above_stays_quiet(text):
    got = _flagged(text)
    assert not any("会議室" in g for g in got), got


def test_whoever_should_not_can_change_it_is_a_gap():
    got = _flagged("○委員　学校のパソコンは、子どもでも管理者の設定を変えられると聞いている。")
    assert "学校のパソコンは、子どもでも管理者の設定を変えられると聞いている" in got, got


def test_a_park_open_to_children_is_no_gap():
    assert _flagged("○委員　この公園は子どもでも入れる。") == []


def test_a_short_topic_naming_who_acts_is_part_of_the_step():
    from conftest import found as _found
    from redactor.recognizers.security_detail import SecurityDetailRecognizer as _R
    got = [t for t, _ in _found(_R, "（3）管理係は、電算室のルータ（192.168.5.1）で外部への通信を止める。")]
    assert any(t.startswith("管理係は、") for t in got), got


def test_a_note_of_the_budget_a_fix_waits_on_stays_with_it():
    from conftest import found as _found
    from redactor.recognizers.security_detail import SecurityDetailRecognizer as _R
    text = ("情報セキュリティ自己点検の結果、サーバ室の入退室記録に漏れがあった。\n"
            "（２）サーバ室の入室管理は、夜間の午後９時から午前８時まで、ICカードによる解錠に切り替える（令和７年度予算要求中）。")
    got = [t for t, _ in _found(_R, text)]
    assert any(t.endswith("（令和７年度予算要求中）") for t in got), got
