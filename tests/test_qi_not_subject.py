"""Attribute-shaped words that describe no private person (made-up text):
the paper's, the meeting's and the office's dates; each reason with the
near miss that stays a person's attribute."""
import pytest

from conftest import found
from redactor.recognizers.date import DateRecognizer


def _date_role(text):
    [(_, attrs)] = found(DateRecognizer, text)
    return attrs["kind"], attrs.get("not_subject")


@pytest.mark.parametrize("text, role", [
    ("日　時　令和６年１０月３日（木）午後２時～４時\n", "field"),
    ("監査実施日：令和６年９月１７日\n", "field"),
    ("申請期限は令和６年６月３０日です。", "field"),
    ("○建設常任委員会（令和５年３月８日）\n", "field"),
    ("　　令和６年５月２２日\n", "heading"),
    ("第３回定例会（第２日）　令和５年６月１３日\n", "heading"),
    ("次回は令和７年１月２３日（木）に開催する。", "meeting"),
    ("令和６年８月１日から施行する。", "meeting"),
    ("令和６年４月１日現在の人口は３万人です。", "meeting"),
    ("令和６年３月１日付けで採用した。", "meeting"),
    ("令和５年１０月１日から１２月２８日まで", "period"),
    ("６月３日、当課職員が相談者宅を訪問した。", "procedure"),
    ("５月２２日に来庁された相談者の件です。", "procedure"),
    ("令和５年１１月に住宅の使用許可を取り消した。", "procedure"),
    ("説明会を９月２０日に市民会館で開きます。", "meeting"),
])
def test_a_date_of_the_paper_the_meeting_or_the_office_is_no_ones_event(text, role):
    assert _date_role(text) == ("administrative", role)


@pytest.mark.parametrize("text", [
    "１　発生日時　令和６年７月１日午後４時２０分頃\n",
    "令和６年３月１９日午後３時ごろ、市職員が運転する公用車が相手方の車両に接触した。",
    "先月１２日の夕方、高校生の男子が自転車と接触して転倒しました。",
    "令和６年４月に転入し、５月に生活保護を申請した。",
    "６月３日、担当者が訪問した際、相談者が自宅で倒れているのを発見した。",
    "５月８日、当課職員が通知書を誤って別の世帯に送付した。",
])
def test_an_incident_or_a_change_in_a_life_keeps_its_date(text):
    attrs = found(DateRecognizer, text)[0][1]  # the first date: the incident's
    assert (attrs["kind"], attrs.get("not_subject")) == ("event", None)
