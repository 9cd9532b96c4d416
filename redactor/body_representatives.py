"""The person named as acting for a juridical person: positive evidence for
KEEP.

Lists of bodies (入札参加資格者名簿, 協定の締結先, 指定事業者の告示) and bills
name each body with the person who acts for it, the title between:
「株式会社みなと運送　代表取締役　北浜一郎」, 「一般社団法人みなと協会　会長　北浜一郎」,
「みなと漁業協同組合（代表理事組合長　北浜一郎）」, or a table row
「有限会社みなと管工<TAB>取締役　北浜一郎」. The representative of a juridical
person is registered and published with it (商業登記, 法人登記), and the
document names them for the body, in that office.

Fail closed: only a name the recognizer left unclear is changed (a name
another context made private, such as a subsidy recipient's representative,
is never touched, nor one in a list of subsidy recipients, where the
representatives are private persons); the body must carry a legal form (株式会社, 一般社団法人,
…協同組合: see recognizers/_body_row.py), so a residents' association's 会長
or a trade name's 代表 (みなと商店　代表) stays unclear.
"""
from __future__ import annotations

from typing import Iterable

from redactor.finding import Finding
from redactor.recognizers._body_row import acting_for
from redactor.recognizers._person_roles import in_subsidy_list


def mark_body_representatives(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the unclear PERSON findings
    named with their title right after a juridical person's name."""
    for f in findings:
        if f.label != "PERSON" or f.attributes.get("role") != "unclear":
            continue
        body = acting_for(text, f.start)
        if body is None or in_subsidy_list(text, f.start):
            continue  # (a subsidy recipient's representative is a private person: the team's rule)
        f.attributes = {**f.attributes, "role": "official", "role_source": "body_representative"}
        base = f.reason.split("、同じ氏名が公務と私人")[0]
        f.reason = f"{base}、法人（{body}）の代表者・役職として記載された氏名"
