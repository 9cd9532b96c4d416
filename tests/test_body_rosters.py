"""A body's chair listed in its roster beside its 委員, and a member listed
under 出席委員 after a constituency, are kept as officials at every mention;
a neighbourhood association's 会長, a 会長 row with no 委員 row, a roster in
a document headed by no body, and a party of the same name are not."""
from __future__ import annotations

import pytest

from conftest import person_action

from redactor.body_rosters import mark_body_rosters
from redactor.finding import Finding

_COUNCIL = ("第２回北杜台市景観審議会　議事録\n\n"
            "出席者\n"
            "　会長　　平塚　宗一郎（北杜台大学教授）\n"
            "　委員　　坪内　雅代（公募）\n"
            "　委員　　根津　孝弘（北杜台商工会）\n\n"
            "平塚会長　前回の議事録を確認します。\n"
            "坪内委員　意見はありません。\n")


@pytest.mark.parametrize(("name", "nth"), [("平塚　宗一郎", 0), ("平塚", 1)])
def test_a_chair_listed_with_the_members_is_kept_at_every_mention(name: str, nth: int) -> None:
    assert person_action(_COUNCIL, name, nth) == "KEEP"


_MEMBERS = ("北杜台市国民健康保険運営協議会　会議録\n\n"
            "出席委員\n"
            "　公益代表　　　　芦田　智子\n"
            "　被保険者代表　　鷲尾　すみれ\n\n"
            "１　議事\n")


def test_a_member_under_the_members_heading_is_kept_after_the_constituency() -> None:
    assert person_action(_MEMBERS, "鷲尾　すみれ") == "KEEP"


def test_a_neighbourhood_associations_chair_is_not_kept() -> None:
    text = ("緑ケ丘自治会　役員会議事録\n\n"
            "出席者\n"
            "　会長　　平塚　宗一郎\n"
            "　委員　　坪内　雅代\n")
    assert person_action(text, "平塚　宗一郎") != "KEEP"


def test_a_chair_row_without_member_rows_is_not_kept() -> None:
    text = ("第２回北杜台市景観審議会　議事録\n\n"
            "意見を述べた団体\n"
            "　会長　　平塚宗一郎（北杜台緑化の会）\n"
            "　会計　　坪内雅代\n")
    chair = _person(text, "平塚宗一郎", "unclear", "role_before", "会長")
    mark_body_rosters(text, [chair])
    assert chair.attributes["role"] == "unclear"


def test_the_same_chair_row_beside_a_member_row_is_kept() -> None:
    text = ("第２回北杜台市景観審議会　議事録\n\n"
            "出席者\n"
            "　会長　　平塚宗一郎（北杜台大学）\n"
            "　委員　　坪内雅代\n")
    chair = _person(text, "平塚宗一郎", "unclear", "role_before", "会長")
    mark_body_rosters(text, [chair])
    assert chair.attributes["role"] == "official"


def test_a_roster_in_a_document_headed_by_no_body_is_not_kept() -> None:
    text = ("苦情対応記録\n\n"
            "関係者\n"
            "　会長　　平塚　宗一郎\n"
            "　委員　　坪内　雅代\n")
    assert person_action(text, "平塚　宗一郎") != "KEEP"


def test_rows_under_another_heading_take_no_members_role() -> None:
    text = ("北杜台市国民健康保険運営協議会　会議録\n\n"
            "傍聴者\n"
            "　被保険者　　鷲尾　すみれ\n")
    assert person_action(text, "鷲尾　すみれ") != "KEEP"


def _person(text: str, name: str, role: str, source: str, word: str = "") -> Finding:
    start = text.index(name)
    return Finding("PERSON", start, start + len(name), name, 0.8, "t", reason="姓名",
                   attributes={"role": role, "role_source": source, "role_word": word,
                               "person_key": name[:2], "full_name": True})


def test_a_private_person_of_the_same_name_is_never_changed() -> None:
    text = "第１回北杜台市景観審議会\n\n出席者\n会長　平塚宗一郎\n委員　坪内雅代\n\n相談者　平塚宗一郎から苦情。"
    chair = _person(text, "平塚宗一郎", "unclear", "role_before", "会長")
    party = Finding("PERSON", text.rindex("平塚宗一郎"), text.rindex("平塚宗一郎") + 5, "平塚宗一郎", 0.8, "t",
                    reason="姓名", attributes={"role": "private", "role_source": "role_before", "role_word": "相談者"})
    mark_body_rosters(text, [chair, party])
    assert chair.attributes["role"] == "official"
    assert party.attributes["role"] == "private"


_ATTENDANCE = ("北杜台市いじめ問題対策連絡協議会　会議録\n\n"
               "出席者\n"
               "　北杜台大学教授　　浅沼　遼\n"
               "　弁護士　　　　　　真鍋　沙耶\n"
               "　蔵本　修（北杜台医師会理事）\n"
               "　医師　　　　　　　浜崎　修\n"
               "　意見陳述人　　　　真鍋　ゆかり\n"
               "　鷲見　透\n\n"
               "浜崎医師　心のケアが必要です。\n"
               "真鍋さん　意見を述べます。\n")


@pytest.mark.parametrize(("name", "nth"), [("浅沼　遼", 0), ("真鍋　沙耶", 0), ("蔵本　修", 0), ("浜崎　修", 0)])
def test_a_member_sitting_for_a_profession_in_a_bodys_attendance_is_kept(name: str, nth: int) -> None:
    assert person_action(_ATTENDANCE, name, nth) == "KEEP"


@pytest.mark.parametrize("name", ["真鍋　ゆかり", "鷲見　透"])
def test_a_witness_or_a_bare_name_in_the_attendance_is_not_kept(name: str) -> None:
    assert person_action(_ATTENDANCE, name) != "KEEP"


def test_a_surname_a_witness_shares_is_not_taken_for_the_member() -> None:
    assert person_action(_ATTENDANCE, "真鍋", 2) != "KEEP"


def test_an_attendance_list_outside_a_bodys_minutes_is_not_a_roster() -> None:
    text = _ATTENDANCE.replace("北杜台市いじめ問題対策連絡協議会　会議録", "事故の経過メモ")
    assert person_action(text, "浅沼　遼") != "KEEP"


def test_the_members_surname_with_a_profession_takes_the_roster() -> None:
    text = "第１回北杜台市景観審議会\n\n出席者\n　医師　浜崎修\n\n浜崎医師　意見を述べます。"
    full = _person(text, "浜崎修", "unclear", "none")
    later = Finding("PERSON", text.rindex("浜崎"), text.rindex("浜崎") + 2, "浜崎", 0.6, "t", reason="姓",
                    attributes={"role": "unclear", "role_source": "person_word", "role_word": "医師",
                                "person_key": "浜崎", "full_name": False})
    mark_body_rosters(text, [full, later])
    assert (full.attributes["role"], later.attributes["role"]) == ("official", "official")


_CARRIED = ("第８回　東浜地区土地区画整理審議会　会議録\n\n"
            "日時　令和４年５月１２日（木）　午後２時から\n"
            "出席委員　（宅地所有者から選挙された委員）\n"
            "　　　　　堀井　正人（会長）、石黒　文雄（副会長）、小宮山　晴美、\n"
            "　　　　　浜口　治\n"
            "　　　　　（学識経験者）森下　俊介、安井　奈緒子\n"
            "出席した委員（五十音順）\n"
            "　朝倉　由布子（弁護士）、石動　学（大学教授）\n"
            "意見陳述人\n"
            "　　　　　大川　信也\n"
            "出席委員\n"
            "　　　　　（参考人）吉永　節子\n"
            "　　　　　地権者の古賀　勉\n")


@pytest.mark.parametrize("name", ["堀井　正人", "浜口　治", "森下　俊介", "安井　奈緒子", "朝倉　由布子", "石動　学"])
def test_members_on_lines_carried_on_under_the_members_heading_are_kept(name: str) -> None:
    assert person_action(_CARRIED, name) == "KEEP"


@pytest.mark.parametrize("name", ["大川　信也", "吉永　節子", "古賀　勉"])
def test_a_party_a_witness_or_a_sentence_under_a_heading_is_not_kept(name: str) -> None:
    # under another heading, with a witness's word, or in a clause (地権者の…)
    assert person_action(_CARRIED, name) != "KEEP"
