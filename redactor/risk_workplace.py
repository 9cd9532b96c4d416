"""A sensitive fact told of someone whose workplace the text describes.

The mosaic check holds a sensitive fact (public assistance, an illness, DV:
``risk_facts``) to a stricter circle: a combination fewer than some two
hundred residents share is high (情報公開法第5条第1号後段: what names no one
but would still harm them). It weighs work by the share of residents with the
job (アルバイト, about one in twenty), so 「市内の運送会社で週３日アルバイトを
している男性」 reads as some twelve hundred men. An examiner reads it as the
people who work there: the workplace described (a kind of business in the
municipality, 市内の運送会社, 駅前の弁当工場) is a circle of its own of some
dozens, and a colleague who reads that a man of their workplace is on public
assistance knows who it is. So a sensitive fact with the person's workplace
described (the OCCUPATION recognizer's ``勤め先`` forms: where they work, not
what) and one more trait of the person (their sex, age, household, origin) is
high.

Not: a job named alone (会社員, 介護職: thousands share it), a workplace with
nothing else said of the person, or a workplace with no sensitive fact (a
colleague learns nothing that harms them; the ordinary rules weigh it).
"""
from __future__ import annotations

from typing import Sequence

from redactor.finding import Finding

# the OCCUPATION recognizer's patterns that describe where someone works (市内の運送会社で…)
_WORKPLACE_PATTERNS = frozenset({"勤め先", "勤め先の職"})
# the traits that, with the workplace, leave one or two of its staff
_TRAITS = frozenset({"GENDER", "AGE", "FAMILY", "NATIONALITY"})


def workplace_circle(findings: Sequence[Finding]) -> bool:
    """The person's workplace is described and one more trait of theirs is told."""
    return any(f.label == "OCCUPATION" and f.attributes.get("pattern") in _WORKPLACE_PATTERNS for f in findings) \
        and any(f.label in _TRAITS for f in findings)
