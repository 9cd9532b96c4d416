"""People a council hears (参考人, 公述人, 証人) listed under their own heading
are private; the office's own heading after them (事務局, 村側出席者) ends
their block, on the name's line or above it (recognizers/_person_roles.py,
``_hearing``). All names are made up."""
from __future__ import annotations

import pytest

from conftest import person_action

_ROSTER = ("北沢村議会全員協議会　記録\n\n"
           "参考人\n"
           "　北沢区区長　丸山　忠男\n"
           "　北沢区住民　宮坂　キヨ\n"
           "事務局　議会事務局長　有賀　修一\n"
           "村側出席者\n"
           "　総務課長　唐沢　良枝\n"
           "公述人\n"
           "　住民　松本　一郎\n"
           "事務局\n"
           "　書記　高橋　進\n")


@pytest.mark.parametrize("name", ["有賀　修一", "唐沢　良枝", "高橋　進"])
def test_the_offices_heading_ends_the_block_of_people_heard(name: str) -> None:
    assert person_action(_ROSTER, name) == "KEEP"


@pytest.mark.parametrize("name", ["丸山　忠男", "宮坂　キヨ", "松本　一郎"])
def test_the_people_heard_stay_private(name: str) -> None:
    assert person_action(_ROSTER, name) == "MASK"
