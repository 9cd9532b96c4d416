"""The employer written in brackets right after a name: ``担当：Y（北浜建設）``.

A staff label (担当, 担当者) before a name says "the person who handles
this", which a municipality's minutes and forms use for its own staff --
but a contractor's report or a vendor's line uses it for the company's staff
as well, and then names the company in brackets after the name. Such a
person is the company's employee, a private person (a contractor's staff are
masked like residents); only the municipality's staff are named in office.
KEEP needs positive evidence, and a company named as the employer is
evidence against it. A unit of the municipality in the brackets
(``担当：Y（情報政策課）``) is no company.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml

_ORG = load_toml("name_not_person.toml", "redactor.recognizers.data")["organisation"]
_ROLES = load_toml("person_roles.toml", "redactor.recognizers.data")["company_people"]
# Forms and trades that end a company's name (北浜建設, ミドリ通信, 北辰株式会社);
# facilities, schools and governments of the same list are left out.
_COMPANY_ENDS = tuple(w for w in _ORG["suffixes"] if w not in (
    "大学", "学園", "記念館", "美術館", "博物館", "劇場", "教会", "大聖堂", "聖堂", "広場", "学校", "高校", "線",
    "本社", "支社", "傘下", "系列", "店舗", "研究所", "財団", "協会", "連盟", "機構", "組合"))
_COMPANY_MARKS = tuple(_ROLES["company_marks"])
# One bracket right after the name (a space may stand between), its content on one line.
_BRACKET = re.compile(r"[ ]?[(（](?P<body>[^()（）\n]{2,30})[)）]")


def employer_after(text: str, end: int) -> str | None:
    """The company named in brackets right after the name at ``end``, or None."""
    if text[end:end + 1] not in ("(", "（", " "):
        return None
    m = _BRACKET.match(text, end)
    if m is None:
        return None
    body = m.group("body").strip()
    # a company's mark anywhere (（株式会社北浜 管理部）) or a trade ending the name; a unit of
    # the office (（情報政策課）, （…センター）) ends in neither
    if any(w in body for w in _COMPANY_MARKS) or body.endswith(_COMPANY_ENDS):
        return body
    return None
