"""EMAIL: e-mail addresses.

Presidio's stock ``EmailRecognizer`` validates the domain with tldextract,
which downloads the public-suffix list on first use; nothing may reach the
network at run time, so this recognizer checks the shape only. Internal
domains (``*.lg.jp``, ``*.local``) are e-mail addresses all the same.
Whether an address is a department's (KEEP under the default profile) is a
fact the policy reads from ``kind``.
"""
from __future__ import annotations

from typing import Any

from redactor.data_files import load_words
from redactor.recognizers import context as ctx
from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_OFFICE_LOCAL_PARTS = load_words("office_mail_words.tsv")
_OFFICE_CONTEXT = ("問い合わせ", "問合せ", "担当課", "事務局")


class EmailRecognizer(JaPatternRecognizer):
    ENTITY = "EMAIL"
    DESCRIPTION = "メールアドレス"
    PATTERNS = (
        JaPattern("local@domain", r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", 0.9, anchor='@'),
    )
    CONTEXT = ("メール", "E-mail", "Email", "e-mail", "mail")

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        local, _, domain = text[start:end].lower().partition("@")
        # lg.jp and go.jp are reserved for local and national government
        # bodies: a mailbox there is an office's, published for contact.
        if domain.endswith((".lg.jp", ".go.jp")) or any(w in local for w in _OFFICE_LOCAL_PARTS):
            return {"kind": "office"}
        if ctx.find_word(ctx.before(text, start, 30), _OFFICE_CONTEXT):
            return {"kind": "office"}
        return {"kind": "unknown"}
