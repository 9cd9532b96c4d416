"""Whose line a telephone number is, read from an organisation named right
before it (PHONE ``kind`` = ``corporate``).

A company, a hospital, a bank or a university publishes its switchboard;
documents write that number straight after the organisation's name, with
nothing but a separator, a bracket or the line's label between:
「受注者は北浜建設株式会社（電話 012-345-6789）」, 「株式会社北浜設計　TEL 012-…」,
「北浜銀行本店　012-…」, 「北浜中央病院（012-…）」. The name is positive
evidence only when it *closes* right before the number:

- a legal form at the end of the name (北浜建設株式会社), or at its start
  with the rest of the name holding no particle (株式会社北浜設計, but not
  株式会社北浜設計の北浜一郎 nor 株式会社北浜設計から苦情): the organisation,
  not a person or a clause, stands before the number;
- a word for a kind of organisation at the end of the name (…病院, …銀行,
  …大学, …医師会), maybe with a branch after it (…銀行本店, …信用金庫北浜支店),
  and at least one character of a proper name before the word (a bare
  「病院 012-…」 names no one).

The caller asks only after every private word (自宅, 勤務先, さん …) and every
office word has had its say, and never for a mobile number (a company's
staff carry mobiles of their own): the rule adds KEEP evidence, it never
overrides a private one. Word lists are data (data/phone_context.toml
``organisation_kinds``; legal forms from data/address_context.toml).
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml
from redactor.recognizers._text import words_regex
from redactor.recognizers.email import is_public_domain

_CONTEXT = load_toml("phone_context.toml", "redactor.recognizers.data")
_ADDRESS = load_toml("address_context.toml", "redactor.recognizers.data")
_LEGAL = words_regex(_ADDRESS["legal_forms"])
_KINDS = words_regex(_CONTEXT["organisation_kinds"])
_BRANCHES = words_regex(_CONTEXT["organisation_branches"])
_EMPLOYMENT = words_regex(_ADDRESS["employment"])

# What may stand between the name and the number: separators, an opening
# bracket, the line's label (電話, TEL, 代表番号は).
_TAIL = r"[ \t:：・(（]*(?:(?:電話|TEL|Tel|tel|☎|代表)(?:番号)?は?)?[ :：]*"
# The name: a run without spaces, sentence marks or brackets (a legal form
# in brackets, (株), is part of it), ending right before the tail.
_NAME = r"(?P<name>(?:[^\s、。,，()（）「」『』【】:：]|\((?:株|有|同|社|財|福|医)\)){2,40}?)"
# A short name in brackets after the organisation's (北浜農業協同組合（ＪＡ北浜））:
# Latin letters or katakana in it (not a person's name, not a legal form (株)).
_SHORT_NAME = r"(?:[(（](?=[^()（）]*[A-Za-zァ-ヶ])[^()（）\s]{1,10}[)）])?"
_OWNER = re.compile(_NAME + _SHORT_NAME + _TAIL + r"$")
# Particles that make the run a clause (株式会社北浜設計の北浜一郎, …から苦情).
_PARTICLE = re.compile(r"の|は|が|を|に|で|へ|から|より|まで")
_SUFFIX_FORM = re.compile(rf"(?:{_LEGAL}|(?<=.)(?:{_KINDS}))(?:.{{0,10}}?(?:{_BRANCHES}))?$")
_PREFIX_FORM = re.compile(rf"(?:{_LEGAL})(?P<rest>.{{1,30}})$")


def organisation_before(line_before: str) -> str | None:
    """The organisation's name that closes right before the number in
    ``line_before`` (the number's line up to it), or None."""
    m = _OWNER.search(line_before)
    if m is None:
        return None
    name = m.group("name")
    if re.search(_EMPLOYMENT, name):
        return None  # 勤務先の北浜銀行: the person's workplace, not its switchboard
    cut = 0
    for particle in _PARTICLE.finditer(name):
        cut = particle.end()  # the words before are a clause (市民課に北浜建設株式会社): the name follows them
    owner = name[cut:]
    if _SUFFIX_FORM.search(owner):
        return owner
    prefix = _PREFIX_FORM.search(name)
    if prefix and not _PARTICLE.search(prefix.group("rest")):
        return name[prefix.start():]
    return None


# An e-mail address on the number's line (TEL … FAX … Email: fukushi@city.…).
_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def public_mail_on_line(line: str) -> bool:
    """Whether ``line`` holds an e-mail address at a public body's domain
    (*.lg.jp, *.go.jp, city.<name>.<pref>.jp, as the EMAIL recognizer reads
    them): the line is that body's contact line, and its numbers are the
    body's (TEL 042-… FAX 042-… Email: fukushi@city.kitahama.lg.jp)."""
    return any(is_public_domain(m.group("domain").lower()) for m in _MAIL.finditer(line))


# A service's hours right after the number (042-…（受付時間 平日8:30～17:15）):
# a counter's or a business's line; a resident's note says when to call
# (（平日18時以降希望）) and names no 受付 or 営業.
_HOURS_AFTER = re.compile(r"[ ]?[(（][ ]?(?P<word>受付時間|受付|開庁時間|窓口時間|相談時間|営業時間|診療時間)")


def service_hours_after(text: str, end: int) -> str | None:
    """``office`` or ``corporate`` when a service's hours follow the number."""
    m = _HOURS_AFTER.match(text, end)
    if m is None:
        return None
    return "corporate" if m.group("word") in ("営業時間", "診療時間") else "office"


# A speaker's mark naming an official of a unit of the office (○福祉課長（北浦）,
# ○市民部長, ○子育て支援課長補佐（南）): minutes write the speaker so.
_OFFICIAL_SPEAKER = re.compile(r"[○◯〇◎][^ \n、。]{0,20}?(?:課|部|局|室|係|所|センター|事務局)長(?:補佐)?"
                               r"(?:[(（][^()（）\n]{1,12}[)）])?[ ]")
# The number stated as the topic (電話番号は 042-…です, 担当の電話は …).
_NUMBER_TOPIC = re.compile(r"(?:電話|電話番号|番号|直通|ダイヤル)は[ :：]*$")


def official_states_number(text: str, start: int, private_words: frozenset[str]) -> bool:
    """Whether an official of a unit, speaking in minutes (○福祉課長（北浦）　…),
    states the number as the topic of the sentence (電話番号は 042-…です) with
    no private word between the speaker's mark and the number: the official
    gives the unit's own line."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _OFFICIAL_SPEAKER.match(text, line_start, start)
    if m is None or not _NUMBER_TOPIC.search(text, m.end(), start):
        return False
    sentence_start = max(m.end(), text.rfind("。", m.end(), start) + 1)
    said = text[sentence_start:start]
    return not any(w in said for w in private_words)


# A council member's office line: 「○○議員の事務所の電話は 042-…」, or a member
# speaking in minutes (○14番（北浦）, ○北浦議員) of 「私の事務所の電話」. A member's
# office is the public contact point of an elected official.
_MEMBER_SPEAKER = re.compile(r"[○◯〇◎](?:[0-9]{1,2}番|[^ \n、。]{1,10}議員)(?:[(（][^()（）\n]{1,12}[)）])?[ ]")
_MEMBER_OFFICE = re.compile(r"(?P<whose>私の|議員の|議員)事務所の?(?:電話|TEL)?(?:番号)?は?[ :：]*$")


def member_office(text: str, start: int) -> bool:
    """Whether the number is a council member's office line, said so right
    before it: 「…議員の事務所の電話は」, or 「私の事務所の電話は」 in a member's
    own turn in minutes."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _MEMBER_OFFICE.search(text, max(line_start, start - 20), start)
    if m is None:
        return False
    if m.group("whose") != "私の":
        return True
    return _MEMBER_SPEAKER.match(text, line_start, start) is not None
