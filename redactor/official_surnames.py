"""A surname told alone, later in a document, of a member of staff or an
official the document has named in office: positive evidence for KEEP.

Reports and records name a member of staff once with the title and then by
the surname, bare or with さん (「総務課主査の相馬　優が公用車を運転中…」 then
「相馬は直ちに警察に通報し」「相馬さんは通常どおり勤務している」). The
recognizer reads さん as a private person's honorific, and a bare surname
then takes the role of that mention, so the official's later mentions were
masked while the titled one was kept. In minutes the same is done for
members (``_person_document._members_by_surname``); this is its counterpart
for any document.

The full name titled as the office's staff (…課主査, 福祉課長, 保健師) is the
evidence: a surname-only mention whose only evidence of a private person is
an honorific (さん, 氏, 君) or another mention, and whose surname is that of
such a member of staff, is that member of staff. A member's title (委員,
議員) is not: outside minutes a member is not spoken of so.

Fail closed (a resident named near an official stays MASK):
- never when the document names a private person, or a party, with the same
  surname anywhere (相談者　相馬花子; 運転者 …: a party of an incident);
- never when a word and の describe the person first (相手方の相馬さん, 近所
  の相馬さん) or という introduces them (相馬さんという方);
- never for 様 or 殿 (how a letter addresses a resident), nor for a mention
  another context made a party (申出人　相馬).
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.finding import Finding

# A title of the office's staff (総務課主査, 福祉課長, 主事, 保健師): reports and
# records name staff by the surname after naming them once so. Not a member's
# title (委員, 議員, 会長): outside minutes, 「…さんから電話があった」 after a
# roster of members may be anyone of that name.
_STAFF_TITLE = re.compile(r"(?:課|係|室|局|部|所|センター)$|(?:主事|主査|主任|主幹|技師|技監|参事|保健師|職員|"
                          r"課長|係長|部長|所長|局長|次長|補佐|室長|園長|館長|指導員|相談員|支援員|ケースワーカー)$")
# Honorifics that say nothing of whether the person is staff (相馬さん, 相馬氏, 相馬君).
_NEUTRAL_HONORIFICS = frozenset({"さん", "氏", "君"})
# Sources of a surname-only mention's role that are no evidence of its own.
_WEAK_SOURCES = frozenset({"person", "mention", "none"})
# Posts an office and a private body both have (書記長: the 選挙管理委員会's
# secretary-general, 地方自治法 第191条, and a party's or a union's), so the
# recognizer leaves the capacity open; the same surname named in office with
# a staff title settles it as that officer's (村瀬書記長 after 事務局長　村瀬　悟).
_SHARED_POSTS = frozenset({"書記長"})
# Sources of a private role that name the person a party (相談者, 相手方): the
# document names a private person by that surname.
_NOT_PRIVATE_EVIDENCE = frozenset({"honorific", "person", "mention", "none"})


def _key(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "").replace("\n", "")


def _weak(f: Finding) -> bool:
    """A surname-only mention whose role rests on an honorific or another mention."""
    if f.attributes.get("full_name") or f.attributes.get("role") not in ("private", "unclear"):
        return False
    source = f.attributes.get("role_source", "none")
    if source == "person_word":
        return f.attributes.get("role_word") in _SHARED_POSTS
    if source == "honorific":
        return f.attributes.get("role_word") in _NEUTRAL_HONORIFICS
    return source in _WEAK_SOURCES


def mark_official_surnames(text: str, findings: Iterable[Finding]) -> None:
    """Give the official role, in place, to the surname-only PERSON mentions
    of an official the document names in office (see the module)."""
    persons = [f for f in findings if f.label == "PERSON"]
    officials: set[str] = set()
    others: set[str] = set()
    for f in persons:
        key = f.attributes.get("person_key")
        if not isinstance(key, str) or not key:
            continue
        role, source = f.attributes.get("role"), f.attributes.get("role_source", "none")
        if role == "official" and f.attributes.get("full_name") and source not in _WEAK_SOURCES \
                and _STAFF_TITLE.search(str(f.attributes.get("role_word", ""))):
            officials.add(key)
        elif role != "official" and not (_weak(f) and source == "person_word") and (f.attributes.get("full_name") or source not in _NOT_PRIVATE_EVIDENCE):
            others.add(key)  # a private person, a party or an unsettled full name by that surname
    surnames = officials - others
    if not surnames:
        return
    for f in persons:
        key = _key(f.text)
        if key not in surnames or not _weak(f):
            continue
        if text[f.start - 1:f.start] == "の" or "という" in text[f.end:f.end + 6]:
            continue  # 近所の相馬さん, 相馬さんという方: described as someone else
        f.attributes = {**f.attributes, "role": "official", "role_source": "official_surname"}
        f.reason = f"{f.reason.split('、同じ人物の他の記載')[0]}、職名とともに記載された職員・公務の人の姓"
