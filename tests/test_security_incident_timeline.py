"""SECURITY_DETAIL: an incident's timeline of the municipality's own systems
(when which system was encrypted, stopped, restored) is REVIEW with its
reason, not dropped; another body's incident, a typhoon's outage of a
counter and a system's start of service are none. Made-up sentences."""
import pytest

from conftest import found
from redactor.recognizers._security_incident import incident_timeline
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text", [
    "６月３日午前３時頃に基幹系サーバが暗号化され、全庁の業務が停止いたしました。",
    "翌日には住民記録システムを復旧し、窓口業務を再開いたしました。",
    "税務システムは、約２０時間にわたり利用できなくなりました。",
])
def test_a_step_of_our_systems_timeline_is_review(text):
    results = found(R, text)
    assert results and all(a["generic"] for _, a in results), results
    assert any(a["category"] == "incident_response" for _, a in results)


@pytest.mark.parametrize("text", [
    # another body's incident
    "近隣の市では、６月３日にサーバが暗号化され、３日間業務が停止したと報道されております。",
    # no system word: a typhoon's outage of a counter
    "台風により、６月３日に３時間にわたり窓口業務が停止いたしました。",
    # no event of a system: a start of service
    "新しい介護保険システムは４月１日から稼働しております。",
    # no system named: an outage report with its hour (what broke is not said)
    "障害は午後1時に復旧し、データの消失はございませんでした。",
    # no when: what happened, told once
    "端末のファイルが暗号化され、脅迫文が表示された。",
    # a question asks
    "サーバはいつ復旧したのか、６月何日か伺います。",
])
def test_what_is_no_step_of_our_timeline_does_not_fire(text):
    assert not found(R, text)


def test_the_three_parts_are_all_needed():
    text = "基幹系サーバは翌日に復旧いたしました。"
    assert incident_timeline(text, 0, len(text))
    for without in ("基幹系サーバは", "翌日に"):
        t = text.replace(without, "")
        assert not incident_timeline(t, 0, len(t)), t


def test_an_incidents_date_and_hour_is_no_schedule_to_mask():
    # (a recurring hour is: バックアップは毎日午前3時に取得しております)
    results = found(R, "バックアップは6月14日午前3時頃に停止いたしました。")
    assert results and all(a["generic"] for _, a in results), results
