"""A section's duty to report is no security detail (recognizers/_security_duties.py, issue 12
session 18); a control with its schedule, a weakness reported, and a system's own notice stay.
The sentences are made up."""
import pytest

from conftest import texts
from redactor.recognizers._security_duties import reporting_duty
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text", [
    "手順３　危機管理係長は、発災後２時間以内にシステムの被害状況を確認し、ＢＣＰの発動を町長に進言する。",
    "手順２　情報担当係長は発災後１時間以内に被害状況を確認し、ＢＣＰの発動を村長に進言する。",
    "サーバに障害が発生したときは、検知から１時間以内に村の担当者へ連絡すること。",
    "受託者は、情報漏えいのおそれを知ったときは、翌営業日までに発注者に報告するものとする。",
])
def test_who_tells_whom_by_when_is_no_detail(text):
    assert texts(R, text) == [], texts(R, text)


@pytest.mark.parametrize("text", [
    # a system's own notice, on a schedule
    "バックアップの失敗は、毎朝６時に保守業者から電子メールで通知される。",
    # a weakness, reported
    "操作ログは２か月分しか保存されていないことを委員会に報告した。",
    # a control with its schedule, whose result is reported
    "委託業者は、週１回、ファイアウォールのログを点検し、結果を情報管理課に報告する。",
    # the deadline of a control (an erasure), then a certificate handed in
    "受注者は、作業完了後７日以内に媒体のデータを消去し、消去証明書を提出する。",
    # a deadline, and a gap in who answers it
    "不正な通信を検知したときは、監視事業者が２時間以内に連絡するが、休日は担当者がいないため翌朝まで対応できない。",
])
def test_controls_and_weaknesses_that_end_in_a_report_stay(text):
    assert texts(R, text), text


def test_the_duty_needs_every_figure_to_be_a_deadline():
    body = "障害の発生から30分以内に課長に報告する"
    deadline = [(("障害",), (("period", "30分以内"),))]
    assert reporting_duty(body, deadline, False)
    assert not reporting_duty(body, deadline, True)                                  # a gap admitted
    assert not reporting_duty(body, [(("障害",), (("place", "3階"),))], False)         # a place is a specific
    assert not reporting_duty("毎朝6時に課長に報告する", [((), (("period", "毎朝"),))], False)  # a schedule
    assert not reporting_duty("30分以内に課長から通知される", deadline, False)         # passive: a system's
    erased = [(("消去",), (("period", "10日以内"),)), ((), ())]
    assert not reporting_duty("10日以内にデータを消去し、証明書を提出する", erased, False)


@pytest.mark.parametrize("text", [
    # the sections a circular goes to and the staff a course is for are who is told, no scope of access
    "本件を受け、8月3日付けで全課に対し「外部記録媒体の取扱いの徹底について」を通知した。",
    "　9月　全職員向け研修（テレワーク端末の安全な利用）",
])
def test_whom_a_notice_or_a_course_reaches_is_no_scope(text):
    assert texts(R, text) == [], texts(R, text)


@pytest.mark.parametrize("text", [
    "全職員が住民情報システムを閲覧できる設定になっている。",   # who may reach a system
    "全端末からファイルサーバに接続できる。",
    "パスワードは課ごとに共用している。",
])
def test_who_may_reach_a_system_stays_a_scope(text):
    assert texts(R, text), text
