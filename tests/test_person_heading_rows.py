"""PERSON: the heading row of a table written with spaces is no name — a
post column spelt out (新　職, 旧　職) before or after the heading 氏　名, and
headings joined by ・ (所属・役職等) as the name field's value; a name followed
by the honorific 氏 is still one. Made-up lists."""
from __future__ import annotations

import pytest

from redactor.pipeline import Redactor


def person_texts(text: str) -> list[str]:
    return [f.text for f in Redactor("default").check(text).findings if f.label == "PERSON"]


@pytest.mark.parametrize("heading", [
    "　新　職　　　　　　　　　氏　名　　　　　旧　職\n",
    "　現　職　　　　　氏　名　　　　　前　職\n",
    "区分　　　　氏名　　　　所属・役職等\n",
])
def test_a_heading_row_holds_no_name(heading: str) -> None:
    text = heading + "　総務部長　　　　　　　西浦　一真　　　財政部長\n"
    assert all(w not in "".join(person_texts(text)) for w in ("職", "所属"))


@pytest.mark.parametrize("text", ["西浦氏から申出があった。\n", "申出人　西浦　氏　名簿の写しを求める。\n"])
def test_a_name_before_the_honorific_is_still_found(text: str) -> None:
    assert "西浦" in person_texts(text)
