"""EMAIL: e-mail addresses.

Presidio's stock ``EmailRecognizer`` validates the domain with tldextract,
which downloads the public-suffix list on first use; nothing may reach the
network at run time, so this recognizer checks the shape only. Internal
domains (``*.lg.jp``, ``*.local``) are e-mail addresses all the same.
Whether an address is an office's (KEEP under the default profile) is a
fact the policy reads from ``kind``, and it needs positive evidence in the
address itself (fail closed): the municipality's domain (``*.lg.jp``,
``*.go.jp``, ``city.*.jp``, ``pref.*.jp``, ``town.*.jp``, ``vill.*.jp``) or a
department or role mailbox (soumu@, info@, kikaku-ka@). A personal-looking
address at any other domain is ``unknown`` (masked) whatever stands around
it: 「問い合わせ先 hanako123@example.com」 is often a private organiser's.

Addresses written with a stand-in for @ (taro(at)example.jp, taro★example.jp,
taro アットマーク example.jp) are found as well.
"""
from __future__ import annotations

import re
from typing import Any

from redactor.data_files import load_words
from redactor.recognizers._base import JaPattern, JaPatternRecognizer

_OFFICE_LOCAL_PARTS = frozenset(load_words("office_mail_words.tsv"))
_FREE_MAIL = frozenset(load_words("free_mail_domains.tsv"))
# Romanised suffixes of a unit's name after a department word: kikaku-ka,
# fukushika, shiminbu, soudan-shitsu.
_UNIT_SUFFIXES = ("", "ka", "bu", "kyoku", "shitsu", "situ", "gakari", "kakari", "center", "sec", "div")
# Labels of a public body's domain (city.sakura.chiba.jp: a municipality's
# own second-level domain under the geographic .jp names).
_PUBLIC_SUFFIXES = (".lg.jp", ".go.jp")
_PUBLIC_LABELS = frozenset(("city", "pref", "town", "vill", "village"))


def is_public_domain(domain: str) -> bool:
    """lg.jp / go.jp, or a municipality's geographic domain: city.<name>.<pref>.jp,
    town.…, vill.…, or pref.<name>.jp -- the public label first, in that shape
    (taro@town.example.jp or a label anywhere else is no evidence)."""
    labels = domain.split(".")
    if domain.endswith(_PUBLIC_SUFFIXES):
        return True
    return labels[-1] == "jp" and labels[0] in _PUBLIC_LABELS and (
        len(labels) == 4 or (labels[0] == "pref" and len(labels) == 3))


# Romanisations of the same syllables (訓令式 and typing habits): jyo/jo (情報:
# jyoho, joho), syo/sho, tyo/cho, si/shi. The word list is written in one
# spelling; a local part in another is the same department word.
_SPELLINGS = (("jy", "j"), ("sy", "sh"), ("ty", "ch"), ("tu", "tsu"))


def _standard_spelling(part: str) -> str:
    """``part`` with the 訓令式 spellings above rewritten as the word list writes them."""
    for variant, standard in _SPELLINGS:
        part = part.replace(variant, standard)
    return part


def _is_role_mailbox(local: str, domain: str) -> bool:
    """soumu, kikaku-ka, fukushika, info2: every part of the local part split
    at - . _ + and digits is a department word, or one and a unit suffix
    (kanri.hanako is a person's), on a domain that is not free mail."""
    if domain in _FREE_MAIL or any(domain.endswith("." + d) for d in _FREE_MAIL):
        return False
    parts = [_standard_spelling(p) for p in re.split(r"[-._+0-9]+", local) if p]
    return bool(parts) and all(
        (i > 0 and part in _UNIT_SUFFIXES)  # kikaku-ka: the unit written apart
        or any(part == w + suf for w in _OFFICE_LOCAL_PARTS if part.startswith(w) for suf in _UNIT_SUFFIXES)
        for i, part in enumerate(parts))


# What people write for @ to keep harvesters off (taro(at)example.jp,
# taro★example.jp with 「★を@に」, taro アットマーク example.jp): the address is
# as personal as with @.
_AT_WORDS = r"\(at\)|\[at\]|\{at\}|<at>|\(AT\)|\[AT\]|\(アット\)|アットマーク|あっとまーく"
# A symbol for @ (★, ☆) is also a bullet or a file-name decoration
# (report■final.docx): it counts only with a mail word near it (メール, 「★を@に」).
_AT_SYMBOLS = r"[★☆◆■]"
_LOCAL = r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+"
_DOMAIN = r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,10}(?![A-Za-z0-9\-])"
# The address spelt out in words (kobayashi at example dot com), with a mail word near it.
_SPELT = r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+ (?:at|AT) [A-Za-z0-9\-]+(?: (?:dot|DOT) [A-Za-z0-9\-]+)+(?![A-Za-z0-9\-])"
_SPLIT = re.compile(rf"[ ]?(?:@|{_AT_WORDS}|{_AT_SYMBOLS})[ ]?| (?:at|AT) ")


class EmailRecognizer(JaPatternRecognizer):
    ENTITY = "EMAIL"
    DESCRIPTION = "メールアドレス"
    PATTERNS = (
        JaPattern("local@domain", r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", 0.9, anchor='@'),
        JaPattern("@の言い換え", _LOCAL + rf"[ ]?(?:{_AT_WORDS})[ ]?" + _DOMAIN, 0.8,
                  anchor=r"at\)|at\]|at\}|at>|AT\)|AT\]|アット|あっと"),
        JaPattern("@の記号", _LOCAL + rf"{_AT_SYMBOLS}" + _DOMAIN, 0.5, needs_context=True, anchor=_AT_SYMBOLS),
        JaPattern("単語で書いたアドレス", _SPELT, 0.5, needs_context=True, anchor=r" (?:dot|DOT) "),
    )
    CONTEXT = ("メール", "E-mail", "Email", "e-mail", "mail", "@")

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        local, domain = (_SPLIT.split(text[start:end].lower(), maxsplit=1) + [""])[:2]
        domain = domain.replace(" dot ", ".")
        # lg.jp and go.jp are reserved for local and national government
        # bodies: a mailbox there is an office's, published for contact.
        if is_public_domain(domain):
            return {"kind": "office"}
        if _is_role_mailbox(local, domain):
            return {"kind": "office"}
        return {"kind": "unknown"}
