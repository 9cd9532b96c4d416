"""SENSITIVE in an official's answer: the speaker's mark (○福祉課長（北浜一郎君）)
names who answers, not whom a fact is about; a service named after a group
(…方の通院支援), the office's staff serving a group (ケースワーカーが訪問) and
the office's standing practice (…こととしている) state no one person's fact.
The same facts told of one person, or in a party's own turn, stay."""
from __future__ import annotations

import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


def _sensitive(text: str) -> list[str]:
    return [t for t, _ in found(R, text, "SENSITIVE")]


@pytest.mark.parametrize("text", [
    "○福祉課長（南條　達也君）　生活保護を受給している世帯への支援を拡充します。",
    "○３番（北見　晴人君）　人工透析を受けている方の通院支援を求めます。",
    "生活保護を受給している世帯への訪問は、ケースワーカーが年２回行っております。",
    "ケースワーカーは、生活保護を受けている方の自立支援を担当しております。",
    "職員は、生活保護の相談を受けた際に、必要な助言を行うこととしている。",
    "○委員（保険医代表・北見　晴人）　受診を控え、糖尿病が悪化して入院となった例が多い。",
])
def test_a_group_or_a_programme_in_an_officials_turn_is_no_ones_fact(text: str) -> None:
    assert _sensitive(text) == []


@pytest.mark.parametrize("text", [
    "○審査請求人（南條　達也）　私は生活保護を受給しています。",
    "○福祉課長（南條　達也君）　相談者の北見さんは生活保護を受給している世帯への支援を求めていた。",
    "生活保護を受けている北見さんの自立支援を担当しております。",
    "○３番（北見　晴人君）　私の知人は、うつ病で休職している。",
    "本人は、昨年、生活保護の相談を受けた際に、福祉課で手続をした。",
    # one instance told as a case, in a member's turn: the speaker's mark is not the anchor, the case is
    "○委員（保険医代表・北見　晴人）　治療を控え、糖尿病が悪化して入院となった例がありました。",
    "○委員（保険医代表・北見　晴人）　治療を控え、糖尿病が悪化して入院となった例が先月ありました。",
])
def test_the_same_facts_of_one_person_stay(text: str) -> None:
    assert _sensitive(text) != []


def test_a_case_told_as_one_instance_is_found_with_its_predicate() -> None:
    text = "○委員（北見）　治療を控え、糖尿病が悪化して入院となった例が先月ありました。"
    assert [("入院となった" in t) for t in _sensitive(text)] == [True]
