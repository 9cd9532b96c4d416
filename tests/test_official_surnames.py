"""A member of staff named once with the title and later by the surname alone
(bare or with さん) is kept at every mention; a resident who shares the
surname, one described as someone else (近所の…さん), a letter's addressee
(…様) and a party of an incident are not."""
from __future__ import annotations

import pytest

from conftest import person_action

from redactor.finding import Finding
from redactor.official_surnames import mark_official_surnames

_REPORT = ("公用車事故報告\n\n"
           "　令和８年５月１０日、総務課主査の鵜飼　正樹が公用車を運転中、交差点で追突事故を起こした。\n"
           "　鵜飼は直ちに警察に通報した。\n"
           "　鵜飼さんは事故後も通常どおり勤務している。\n")


@pytest.mark.parametrize("nth", [1, 2])
def test_later_surname_mentions_of_a_titled_staff_member_are_kept(nth: int) -> None:
    assert person_action(_REPORT, "鵜飼", nth) == "KEEP"


def test_a_resident_with_the_same_surname_stays_masked() -> None:
    text = ("相談記録\n\n相談者　鵜飼　花江\n対応者　福祉課主査　鵜飼　正樹\n"
            "　鵜飼さんから、家賃が払えないとの相談があった。\n")
    assert person_action(text, "鵜飼さん") != "KEEP"


@pytest.mark.parametrize("mention", ["近所の鵜飼さん", "鵜飼様"])
def test_a_described_or_addressed_person_stays_masked(mention: str) -> None:
    text = f"総務課主査の鵜飼　正樹が対応した。\n{mention}から苦情の電話があった。\n"
    assert person_action(text, mention.replace("近所の", "")[:2], 1) != "KEEP"


def _f(text: str, name: str, nth: int, **attrs: object) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Finding("PERSON", start, start + len(name), name, 0.8, "t", reason="姓", attributes=dict(attrs))


def test_an_incident_party_keeps_every_mention_undecided() -> None:
    text = "運転者　総務課主査　鵜飼正樹\n鵜飼さんは謝罪した。"
    full = _f(text, "鵜飼正樹", 0, role="unclear", role_source="incident_person", person_key="鵜飼", full_name=True)
    later = _f(text, "鵜飼", 1, role="private", role_source="honorific", role_word="さん", person_key="鵜飼",
               full_name=False)
    mark_official_surnames(text, [full, later])
    assert later.attributes["role"] == "private"


def test_the_same_surname_mention_beside_a_titled_full_name_is_kept() -> None:
    text = "総務課主査　鵜飼正樹\n鵜飼さんは謝罪した。"
    full = _f(text, "鵜飼正樹", 0, role="official", role_source="role_before", role_word="課主査",
              person_key="鵜飼", full_name=True)
    later = _f(text, "鵜飼", 1, role="private", role_source="honorific", role_word="さん", person_key="鵜飼",
               full_name=False)
    mark_official_surnames(text, [full, later])
    assert later.attributes["role"] == "official"


def test_a_members_title_is_no_staff_members() -> None:
    text = "委員　鵜飼正樹\n鵜飼さんから電話があった。"
    full = _f(text, "鵜飼正樹", 0, role="official", role_source="role_before", role_word="委員",
              person_key="鵜飼", full_name=True)
    later = _f(text, "鵜飼", 1, role="private", role_source="honorific", role_word="さん", person_key="鵜飼",
               full_name=False)
    mark_official_surnames(text, [full, later])
    assert later.attributes["role"] == "private"


_ELECTION = ("選挙管理委員会会議録\n\n"
             "出席者\n"
             "　委員長　　門脇　正\n"
             "書記長　　選挙管理委員会事務局長　村瀬　悟\n\n"
             "　なお、会議録は村瀬書記長が確認した。\n")


def test_a_secretary_general_named_in_office_is_kept_by_the_surname() -> None:
    assert person_action(_ELECTION, "村瀬", 1) == "KEEP"


def test_a_secretary_general_with_a_private_namesake_is_not() -> None:
    text = _ELECTION + "　労働組合の村瀬　花子書記長から要望があった。\n"
    assert person_action(text, "村瀬", 1) != "KEEP"


def test_a_secretary_general_no_one_named_in_office_is_not() -> None:
    assert person_action("記録\n\n　○○党の村瀬書記長が来庁した。\n", "村瀬") != "KEEP"
