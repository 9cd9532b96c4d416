"""A member named by a council seat or in a body's speaker header is kept as
an official at every mention; a party of the same name, a class's
attendance number and a header without a body's title are not."""
from __future__ import annotations

import pytest

from conftest import person_action

from redactor.finding import Finding
from redactor.council_seats import mark_council_seats

_CALLED = ("○議長（川村正夫君）　次に、7番、森川さくら君。\n"
           "○7番（森川さくら君）　通告に従い質問します。\n"
           "○議長（川村正夫君）　以上で森川さくら君の一般質問を終わります。\n")


@pytest.mark.parametrize("nth", [0, 1, 2])
def test_a_member_called_by_seat_is_kept_at_every_mention(nth: int) -> None:
    assert person_action(_CALLED, "森川さくら", nth) == "KEEP"


def test_a_seat_in_full_width_digits_with_giin() -> None:
    text = "○議長（川村正夫君）　次に、１２番、森川さくら議員。\n○議長（川村正夫君）　以上で森川さくら君の質問を終わります。\n"
    assert person_action(text, "森川さくら", 1) == "KEEP"


def test_a_party_of_the_same_name_keeps_the_conflict() -> None:
    text = "相談者　森川さくら\n○7番（森川さくら君）　通告に従い質問します。\n"
    assert person_action(text, "森川さくら", 0) != "KEEP"


def test_an_attendance_number_is_no_seat() -> None:
    assert person_action("出席番号7番、森川さくら君が発表した。", "森川さくら") == "MASK"


@pytest.mark.parametrize("text", [
    "〇委員（被保険者代表・大橋ミツ子）　伺います。",
    "〇委員（公益代表　大橋ミツ子）　伺います。",
    "○副会長（学識経験者・大橋ミツ子）　伺います。",
])
def test_a_member_after_the_constituency_in_a_body_header_is_kept(text: str) -> None:
    assert person_action(text, "大橋ミツ子") == "KEEP"


def test_a_party_in_a_header_without_a_body_title_is_not_kept() -> None:
    assert person_action("〇相談者（本人・大橋　光）　伺います。", "大橋　光") != "KEEP"


def _person(text: str, name: str, source: str, word: str = "") -> Finding:
    start = text.index(name)
    return Finding("PERSON", start, start + len(name), name, 0.8, "t", reason="姓名",
                   attributes={"role": "unclear", "role_source": source, "role_word": word})


def test_an_incident_party_is_never_seated() -> None:
    text = "運転者　森川さくら\n7番、森川さくら君。"
    f = _person(text, "森川さくら", "incident", "運転者")
    mark_council_seats(text, [f])
    assert f.attributes["role"] == "unclear"


def test_the_reason_names_the_seat() -> None:
    text = "7番、森川さくら君。"
    f = _person(text, "森川さくら", "honorific", "君")
    mark_council_seats(text, [f])
    assert f.attributes["role"] == "official" and "議席番号" in f.reason


@pytest.mark.parametrize("text, name", [
    ("監査責任者　CISO補佐官　田代　誠", "田代　誠"),
    ("情報セキュリティ管理者　田代　誠", "田代　誠"),
])
def test_posts_of_the_security_organisation_are_official(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


def test_an_audit_lead_alone_is_no_post_of_the_office() -> None:
    # 監査責任者 may be an outside auditor's: no KEEP without the office's post
    assert person_action("監査責任者　田代　誠", "田代　誠") != "KEEP"


def test_a_roster_of_members_by_seat_keeps_the_name_that_ends_its_cell() -> None:
    assert person_action("欠席議員　7番　森川さくら", "森川さくら") == "KEEP"


@pytest.mark.parametrize("text", ["出席番号　7番　森川さくら", "相談者　7番　森川さくら"])
def test_a_numbered_line_of_another_label_is_no_roster(text: str) -> None:
    assert person_action(text, "森川さくら") != "KEEP"


_SEAT_ROWS = ("第５回西丘市農業委員会総会　議事録\n\n"
              "出席委員　１番　大森　健二　２番　長田　清\n"
              "欠席委員　１０番　砂川　俊二\n"
              "傍聴者　１番　久保　雅人\n")


@pytest.mark.parametrize("name", ["大森　健二", "長田　清", "砂川　俊二"])
def test_seats_after_a_roster_label_below_the_first_line_are_kept(name: str) -> None:
    # the label opens the third and fourth line, not the document's first
    assert person_action(_SEAT_ROWS, name) == "KEEP"


def test_a_number_after_another_label_is_no_seat() -> None:
    assert person_action(_SEAT_ROWS, "久保　雅人") != "KEEP"
