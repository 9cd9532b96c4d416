"""PERSON in brackets: a name in 「」 and a name followed by its relation in
（）.

- 山田花子（妻）, 浜辺 翼（長女）, 岬 光（代表）: households and 続柄 fields
  put the relation in brackets right after each name. A name-shaped word
  there (a surname the dictionary knows, or two parts with a space) is a
  name even where Sudachi took its parts for words (浜辺 = beach, 翼 = wing).
- 「鈴木」と名乗る男性, 口座名義は「浜辺 翼」: minutes quote names the way
  someone gave or wrote them; the words around the quote (と名乗る, 名義)
  say it is a name, so slogans and event names in 「」 are left alone.

Words for both live in ``data/person_forms.toml``.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers import _name_lexicon as lex
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._person_roles import AFTER, decide_role
from redactor.recognizers._text import KANJI_NAME, KANJI_ODORIJI
from redactor.tokens import dictionary_tags

_DATA = load_toml("person_forms.toml", "redactor.recognizers.data")["brackets"]
_RELATIONS = tuple(_DATA["relations"])
_PRIVATE_RELATIONS = frozenset(_DATA["private_relations"])
_QUOTE_AFTER = tuple(_DATA["quote_after"])
_QUOTE_BEFORE = tuple(_DATA["quote_before"])
_PERSON_ONLY = frozenset(_DATA["quote_person_only"])
# After と名乗: the one who did it is a person (と名乗る男性, と名乗った人物).
_NAMER = re.compile(r"(?:る|った|り)[^\n。]{0,3}?(?:男|女|人|者|方|職員|業者)")
_REL = "|".join(re.escape(w) for w in sorted(_RELATIONS, key=len, reverse=True))
# The relation, alone or with an age or a note (長男・12歳, 妻、45歳).
_RELATION = re.compile(r"[(（](?P<rel>%s)(?:[・、,][^()（）\n]{1,10})?[)）]" % _REL)
# A name right before it: kanji surname + given name (kanji or kana), with or
# without one space, or a katakana name in parts.
_NAME_BEFORE = re.compile(
    rf"(?<![{KANJI_NAME}])(?P<surname>[{KANJI_NAME}]{{1,4}})(?P<space> ?)(?P<given>[{KANJI_ODORIJI}ぁ-ゖァ-ヺー]{{1,5}})$"
    r"|(?<![ァ-ヺー・=])(?P<foreign>[ァ-ヺー]{2,}(?:[・= ][ァ-ヺー]{2,}){1,3})$")
_QUOTED = re.compile(rf"「(?P<name>[{KANJI_NAME}]{{1,4}} ?[{KANJI_ODORIJI}ぁ-ゖァ-ヺー]{{0,5}}|[ァ-ヺー]{{2,}}(?:[・= ][ァ-ヺー]{{2,}}){{0,3}})」")
_QUOTE_ANCHOR = re.compile(r"「[^「」\n]{1,12}」")
# A nickname or handle in quotes by which a person goes (「ゆずぽん」と名乗る人物,
# 「taro_77」と名乗った男性): any letters, since a handle is no name's shape.
_QUOTED_HANDLE = re.compile(r"「(?P<name>[ぁ-ゖァ-ヺーA-Za-z0-9_.\-]{2,16})」と名乗")
_HANDLE_ANCHOR = re.compile(r"」と名乗")
_KANJI = re.compile(rf"[{KANJI_NAME}]")
# How the names of places and bodies end (a municipality, 会, 課, 局 ...).
_TITLES = tuple(w for ws in AFTER.values() for w in ws)
_NOT_NAME_END = tuple("市区町村県都府道郡会課係室部局所社団校園館店省庁")


def _has_surname(word: str) -> bool:
    """A known surname of two or more kanji opens the word (大河原剛), known to
    Sudachi or to the name lexicon (鶏冠井瑞穂: Sudachi reads both parts as places)."""
    return any(("人名", "姓") in dictionary_tags(word[:n]) or lex.is_surname(word[:n])
               for n in range(min(4, len(word) - 1), 1, -1))


def _kanji_name(word: str) -> bool:
    """鈴木, 浜辺翼: a surname the dictionary knows, alone or followed by a
    given name it knows (青空 is a surname, 市場 no given name)."""
    if ("人名", "姓") in dictionary_tags(word):
        return True
    return any(("人名", "姓") in dictionary_tags(word[:n]) and ("人名", "名") in dictionary_tags(word[n:])
               for n in range(1, len(word)))


def _name_shaped(m: re.Match) -> bool:
    if m.group("foreign"):
        return True
    surname, given = m.group("surname"), m.group("given")
    if m.group("space"):
        return len(surname) >= 1 and len(surname + given) >= 2
    word = surname + given
    if word.endswith(_NOT_NAME_END) or ctx.ends_with_word(word, _TITLES):
        return False  # 北浦見市（代表）, 教育委員会（事務局）; 山田課長（代表） is PersonRecognizer's
    return _has_surname(word) and len(word) >= 3


def find_relation_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """山田花子（妻）, 浜辺 翼（長女）: names followed by a relation in brackets."""
    for r in scan(_RELATION, None, text):
        window = max(0, r.start() - 12)
        line_start = text.rfind("\n", window, r.start()) + 1  # bounded: only the window matters
        m = _NAME_BEFORE.search(text, max(line_start, window), r.start())
        if not m or not _name_shaped(m):
            continue
        start, end = m.span()
        rel = r.group("rel")
        role, source, word = decide_role(text, start, end)
        if source in ("none", "role_before") and role != "official":
            role, source, word = ("private" if rel in _PRIVATE_RELATIONS else "unclear"), "relation", rel
        # (0.9: the relation is evidence a bare full name (0.85) of the same span lacks)
        yield rec.result("PERSON", start, end, 0.9, f"続柄・立場（{rel}）を括弧書きで添えた氏名",
                         role=role, role_source=source, role_word=word,
                         person_key=m.group("foreign") or m.group("surname"), full_name=True)


def find_quoted_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """「鈴木」と名乗る, 名義は「浜辺 翼」: a quoted name, with words around
    the quote that say it is one."""
    for m in scan(_QUOTED, _QUOTE_ANCHOR, text):
        after = text[m.end():m.end() + 8]
        before = ctx.before(text, m.start(), 8)
        word = ctx.starts_with_word(after, _QUOTE_AFTER) or ctx.ends_with_word(before, _QUOTE_BEFORE)
        if not word:
            continue
        start, end = m.span("name")
        name = m.group("name")
        if " " not in name and "・" not in name and (word not in _PERSON_ONLY or (
                word == "と名乗" and not _NAMER.match(text, m.end() + 3))):
            # 「松竹」名義, 「本田」と名乗るメール: a brand is named so too; a
            # full name with a space, or a caller (と名乗る男性) is not
            continue
        if _KANJI.match(name) and " " not in name and not _kanji_name(name):
            continue  # 「青空市場」と称する: words, not a name
        role, source, rword = decide_role(text, start, end)
        if source in ("none", "doubt") and role != "official":
            role, source, rword = "private", "quote", word
        yield rec.result("PERSON", start, end, 0.8, f"「」で示された氏名（{word}）",
                         role=role, role_source=source, role_word=rword,
                         person_key=re.split(r"[ ・=]", name)[0], full_name=" " in name or "・" in name)
    for m in scan(_QUOTED_HANDLE, _HANDLE_ANCHOR, text):
        if _QUOTED.fullmatch(m.group(0)[:m.group(0).index("」") + 1]) or not _NAMER.match(text, m.end()):
            continue  # a name's shape is read above; と名乗るメール, と名乗るサイト are no person
        start, end = m.span("name")
        role, source, rword = decide_role(text, start, end)
        if source in ("none", "doubt") and role != "official":
            role, source, rword = "private", "quote", "と名乗"
        yield rec.result("PERSON", start, end, 0.8, "「」で示された呼び名（と名乗る人物）",
                         role=role, role_source=source, role_word=rword, person_key=m.group("name"),
                         full_name=False)
