"""Names in the name column of a roster table of a council's or a body's
members (a seat or a political group column, or a title calling it a list of
members) are kept; a recipient table, a private association's roster, a
party's row and a name another reading makes private are not."""
from __future__ import annotations

import pytest

from conftest import person_action

_SEATS = ("議席番号\t氏名\t会派\n"
          "1\t長谷川　陽介\t市民クラブ\n"
          "2\t千賀　真理子\tみらい\n")

_MEMBERS = ("北杜台市環境審議会委員名簿\n\n"
            "区分\t氏名\t所属・役職\n"
            "関係団体\t黒柳　忠\t北杜台商工会議所\n"
            "公募市民\t藤代　晴美\t公募\n")


@pytest.mark.parametrize(("text", "name"), [(_SEATS, "長谷川　陽介"), (_SEATS, "千賀　真理子"),
                                            (_MEMBERS, "黒柳　忠"), (_MEMBERS, "藤代　晴美")])
def test_a_name_in_a_members_roster_table_is_kept(text: str, name: str) -> None:
    assert person_action(text, name) == "KEEP"


@pytest.mark.parametrize("text", [
    "補助金交付決定者一覧\n\n番号\t氏名\t住所\t金額\n1\t黒柳　忠\t北杜台市緑町1-2-3\t50,000円\n",
    "緑ケ丘自治会役員名簿\n\n役職\t氏名\t任期\n班長\t黒柳　忠\t2年\n",
    "北杜台市環境審議会委員名簿\n\n区分\t氏名\t備考\n意見陳述人\t黒柳　忠\t\n",
])
def test_a_name_in_another_table_is_not_kept(text: str) -> None:
    assert person_action(text, "黒柳　忠") != "KEEP"


def test_a_member_another_reading_makes_private_keeps_the_conflict() -> None:
    text = _MEMBERS + "\n相談者　藤代　晴美から苦情があった。\n"
    assert person_action(text, "藤代　晴美") != "KEEP"


def test_a_list_of_community_volunteers_is_no_members_roster() -> None:
    text = ("令和７年度　地域福祉推進委員名簿\n\nNo.\t氏名\t役職\t住所\n"
            "1\t黒柳　忠\t地区社協会長\t北杜台市緑町1-2-3\n")
    assert person_action(text, "黒柳　忠") != "KEEP"


def test_a_community_post_in_a_members_roster_row_is_no_members() -> None:
    text = "議席番号\t氏名\t会派\n1\t黒柳　忠\t自治会長\n"
    assert person_action(text, "黒柳　忠") != "KEEP"


_BOXED = ("第２回　南浜市景観審議会　会議要旨\n\n"
          "出席委員（敬称略・五十音順）\n"
          "┌──────┬────────────┬────────┐\n"
          "│区分　　　　│所属等　　　　　　　　　　　│氏名　　　　　　│\n"
          "├──────┼────────────┼────────┤\n"
          "│学識経験者　│南浜大学工学部教授　　　　　│沢渡　修（会長）│\n"
          "│団体推薦　　│南浜商工会議所　専務理事　　│鹿野　恵　　　　│\n"
          "│団体推薦　　│南浜市町内会連合会　会長　　│小椋　登　　　　│\n"
          "└──────┴────────────┴────────┘\n\n"
          "意見を述べた者\n"
          "┌──────┬────────┐\n"
          "│区分　　　　│氏名　　　　　　│\n"
          "├──────┼────────┤\n"
          "│住民　　　　│浅井　徹　　　　│\n"
          "└──────┴────────┘\n")


@pytest.mark.parametrize("name", ["沢渡　修", "鹿野　恵"])
def test_a_box_drawn_table_under_the_members_heading_is_a_roster(name: str) -> None:
    assert person_action(_BOXED, name) == "KEEP"


@pytest.mark.parametrize("name", ["小椋　登", "浅井　徹"])
def test_a_community_row_or_a_table_under_another_heading_is_not(name: str) -> None:
    assert person_action(_BOXED, name) == "MASK"


def test_a_members_heading_in_a_private_associations_minutes_is_no_roster() -> None:
    text = ("北原町内会　役員会　記録\n\n"
            "出席委員\n"
            "│区分　　　　│氏名　　　　　　│\n"
            "│会計　　　　│鹿野　恵　　　　│\n")
    assert person_action(text, "鹿野　恵") == "MASK"


# The same roster laid out with full-width spaces and a rule line, as plain text keeps it.
_SPACED_MEMBERS = ("北杜台市環境審議会　委員名簿\n\n"
                   "区分　　　　　　氏名　　　　　　所属・役職等\n"
                   "━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
                   "学識経験者　　◎黒柳　忠　　　　北杜台大学教授\n"
                   "　　　　　　　　藤代　晴美　　　北杜台商工会議所専務理事\n"
                   "公募市民　　　　堀之内　湊　　　市民（東地区）\n"
                   "━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n")


@pytest.mark.parametrize("name", ["黒柳　忠", "藤代　晴美", "堀之内　湊"])
def test_a_name_in_a_members_roster_laid_out_with_spaces_is_kept(name: str) -> None:
    assert person_action(_SPACED_MEMBERS, name) == "KEEP"


@pytest.mark.parametrize("text, name", [
    # a private association's roster, and a roster whose title names no members' list
    (_SPACED_MEMBERS.replace("北杜台市環境審議会", "緑ケ丘自治会"), "藤代　晴美"),
    (_SPACED_MEMBERS.replace("委員名簿", "参加者一覧"), "藤代　晴美"),
    # a community post in the row: a volunteer's row, not a member's
    (_SPACED_MEMBERS.replace("北杜台商工会議所専務理事", "緑ケ丘自治会長"), "藤代　晴美"),
])
def test_a_spaced_list_that_is_no_members_roster_is_not_kept(text: str, name: str) -> None:
    assert person_action(text, name) != "KEEP"


def test_the_heading_row_of_a_roster_is_no_name() -> None:
    from redactor.pipeline import Redactor
    texts = [f.text for f in Redactor("default").check(_SPACED_MEMBERS).findings if f.label == "PERSON"]
    assert "所属・役職等" not in texts
