"""A seeded generator of gold documents for stress-testing detection.

Why: a hand-annotated corpus is small and its names and layouts are few;
the tool can look good on it and still miss a name after a full-width
space, a phone number broken over two lines, or a 地割 address. This
generator writes many made-up municipal documents (minutes, bills,
petitions, subsidy tables, attendance lists, notices, consultation
records; and, from ``variations.py``, committee minutes with private
参考人, 送付書/届出書 and rosters) from its own frames and word lists
(``frames.toml``, ``lexicon.toml``, ``variations.toml``, written from how
such documents are worded, not from the recognizers), and labels every value it writes with the *variation*
it exercises (``category``), so ``redactor eval --by-category`` can say
which writing habits the tool misses.

Offsets are never counted by hand: a document is built from segments and
each value's start and end are recorded as it is written; ``generate``
checks ``text[start:end] == value`` for every span before returning.

The same seed always gives the same documents (one ``random.Random`` per
call, no global state), so a figure measured today can be compared with
one measured after a fix.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

from redactor.data_files import load_toml
from redactor.stress.variations import VARIANT_CATEGORIES, VARIANT_KEEP, VARIANT_KINDS, VariantsMixin

_PKG = "redactor.stress"

#: Every category the generator writes, in the order reports list them.
CATEGORIES: tuple[str, ...] = (
    # how a private person's name is written
    "name_sep_none", "name_sep_space", "name_sep_zenkaku", "name_sep_two_spaces", "name_linebreak",
    "honorific_san", "honorific_sama", "honorific_shi", "name_field", "name_table_tab", "name_list",
    "name_relation", "name_quote", "name_reading", "account_holder",
    # what kind of name it is
    "romaji", "cjk_name", "katakana_name", "rare_surname", "one_char_surname", "hiragana_given",
    "katakana_given", "word_given",
    # who the person is
    "community_role", "later_mention", "official_keep", "official_fused",
    # numbers and addresses
    "phone_home", "phone_linebreak", "phone_fullwidth", "phone_mobile", "phone_office_keep",
    "email_personal", "email_office_keep",
    "address_chome", "address_room", "address_aza", "address_hokkaido", "address_kyoto",
    "address_regional", "address_linebreak", "address_public_keep",
    "birth_date_plain", "birth_date_kanji", "birth_date_abbrev", "birth_date_table",
    "account_yucho", "account_bank", "passport", "mynumber",
    # harder shapes (variations.py): 参考人, children, relatives, readings, rosters, 様方, 方
) + VARIANT_CATEGORIES

#: Categories whose spans are KEEP under the default profile (over-masking is measured on them).
KEEP_CATEGORIES = frozenset({"official_keep", "official_fused", "phone_office_keep", "email_office_keep",
                             "address_public_keep"}) | VARIANT_KEEP

#: Name kinds that take over a span's category (the kind is the point, not the frame).
NAME_KINDS = ("rare_surname", "one_char_surname", "hiragana_given", "katakana_given", "word_given",
              "romaji", "cjk_name", "katakana_name")

KINDS = ("minutes", "agenda_bill", "petition", "subsidy_table", "attendance", "notice", "report") + VARIANT_KINDS
WRAPPED_KINDS = ("minutes", "agenda_bill", "petition", "report", "hearing")

_SLOT = re.compile(r"\{(\w+)\}")
_FW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .",
                    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
                    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ　．")
_KANJI_DIGITS = "〇一二三四五六七八九"


def fullwidth(s: str) -> str:
    """ASCII letters, digits, space and dot as their full-width forms."""
    return s.translate(_FW)


def kanji_number(n: int) -> str:
    """1..99 as written in dates (十, 二十三); 1 alone stays 一."""
    tens, ones = divmod(n, 10)
    out = ("" if tens == 0 else "十" if tens == 1 else _KANJI_DIGITS[tens] + "十")
    return out + (_KANJI_DIGITS[ones] if ones else "")


def hira_to_kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def _split(entry: str) -> tuple[str, str]:
    word, _, reading = entry.partition(":")
    return word, reading


@dataclass(frozen=True)
class Name:
    """A made-up person: surname and given name, with readings when known.

    ``fixed`` holds a name whose written form does not follow surname +
    separator + given (romaji, katakana names with ・ or ＝)."""

    surname: str
    given: str
    kind: str = ""
    sur_read: str = ""
    given_read: str = ""
    fixed: str = ""
    gender: str = ""   # "m" / "f" when the given name says so (family relations follow it)

    def render(self, sep: str) -> str:
        return self.fixed or f"{self.surname}{sep}{self.given}"


class _Doc:
    """A document under construction: text segments and the spans written into them."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._parts: list[str] = []
        self._n = 0
        self.spans: list[dict[str, Any]] = []

    def put(self, s: str) -> None:
        self._parts.append(s)
        self._n += len(s)

    def span(self, value: str, label: str, action: str, category: str) -> None:
        self.spans.append({"start": self._n, "end": self._n + len(value), "label": label,
                           "action": action, "category": category, "value": value})
        self.put(value)

    def fill(self, template: str, **slots: str | Callable[["_Doc"], None]) -> None:
        """Write ``template``, each {slot} replaced by a string or written by a callable."""
        pos = 0
        for m in _SLOT.finditer(template):
            self.put(template[pos:m.start()])
            value = slots[m.group(1)]
            if callable(value):
                value(self)
            else:
                self.put(value)
            pos = m.end()
        self.put(template[pos:])

    def build(self, doc_id: str, wrap: int = 0, broken: dict[str, str] | None = None,
              actions: tuple[str, ...] = ("MASK",)) -> dict[str, Any]:
        """The gold document; ``wrap`` > 0 breaks long lines every ``wrap``
        characters, as text copied out of a PDF comes (see ``_wrap``); ``broken``
        names the labels a break may fall into (default ``_BROKEN``), ``actions``
        the actions of the spans it may break."""
        text = "".join(self._parts)
        spans = []
        for sp in self.spans:
            value = sp.pop("value")
            assert text[sp["start"]:sp["end"]] == value, (doc_id, sp, value)
            spans.append(sp)
        if wrap:
            text, spans = _wrap(text, spans, wrap, broken or _BROKEN, actions)
            for sp in spans:
                assert "\n" not in text[sp["start"]:sp["end"]] or sp["category"] in (broken or _BROKEN).values(), \
                    (doc_id, sp)
        return {"id": doc_id, "kind": self.kind, "text": text, "spans": spans}


# A value a hard line break falls into is measured as that label's line-break variation.
_BROKEN = {"PERSON": "name_linebreak", "PHONE": "phone_linebreak", "ADDRESS": "address_linebreak"}


# what a Japanese layout never puts at the start of a line (禁則処理)
_NO_LINE_START = "。、，．）」』】"


def _wrap(text: str, spans: list[dict[str, Any]], width: int, broken: dict[str, str] = _BROKEN,
          actions: tuple[str, ...] = ("MASK",)) -> tuple[str, list[dict[str, Any]]]:
    """Hard line breaks every ``width`` characters of each long line, as in
    text copied out of a PDF. A break may fall inside a value of a label of
    ``broken`` whose action is one of ``actions`` (a private name, phone number
    or address to mask; a security statement to mask or review): the span then counts as that label's
    line-break category. Inside any other value it moves to the value's start,
    so the other categories keep measuring what they say. Tab-separated rows
    stay whole (a table's cells are extracted cell by cell)."""
    breaks: list[int] = []
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        while "\t" not in line and line_end - line_start > width:
            # each line runs to the width from where the last one broke, as a layout fills it
            p = line_start + width
            while p < line_end and text[p] in _NO_LINE_START:
                p += 1  # 禁則: a 。 or a closing bracket stays at the end of its line
            for sp in spans:
                if sp["start"] < p < sp["end"] and not (sp["action"] in actions and sp["label"] in broken):
                    # a value no break may fall into goes to the next line whole, or stays on
                    # this one when it is the line's first word
                    p = sp["start"] if sp["start"] > line_start else sp["end"]
                    break
            if p >= line_end:
                break
            breaks.append(p)
            line_start = p
        pos += len(line) + 1
    out, last = [], 0
    for p in breaks:
        out.append(text[last:p])
        last = p
    out.append(text[last:])
    new_text = "\n".join(out)
    new_spans = []
    for sp in spans:
        start = sp["start"] + sum(p <= sp["start"] for p in breaks)
        end = sp["end"] + sum(p < sp["end"] for p in breaks)
        moved = dict(sp, start=start, end=end)
        if any(sp["start"] < p < sp["end"] for p in breaks):
            moved["category"] = broken[sp["label"]]
        new_spans.append(moved)
    return new_text, new_spans


class _Decks:
    """Shuffled decks of categories, one per group of alternatives."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.decks: dict[tuple[str, ...], list[str]] = {}

    def draw(self, options: tuple[str, ...]) -> str:
        deck = self.decks.setdefault(options, [])
        if not deck:
            deck.extend(options)
            self.rng.shuffle(deck)
        return deck.pop()


class _Writer(VariantsMixin):
    """Draws names, numbers, addresses and dates, and writes the frames."""

    def __init__(self, rng: random.Random, decks: "_Decks") -> None:
        self.rng = rng
        self.decks = decks
        self.lex = load_toml("lexicon.toml", _PKG)
        self.frames = load_toml("frames.toml", _PKG)
        self.used: set[str] = set()
        self.city = ""
        self.last = Name("", "")   # the private person written last (for later mentions)

    # -- small helpers -------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def draw(self, options: tuple[str, ...]) -> str:
        """A category from a deck shared by all documents of one call, so
        every category turns up about equally often even in a small sample."""
        return self.decks.draw(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(str(self.rng.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.rng.randrange(1, 10)) + s[1:]
        return s

    def num(self, lo: int, hi: int, style: str | None = None) -> str:
        n = self.rng.randint(lo, hi)
        style = style or self.pick(("half", "full", "half"))
        return fullwidth(str(n)) if style == "full" else str(n)

    def town(self) -> str:
        return self.pick(self.lex["places"]["chome_towns"])

    def field(self, what: str) -> str:
        """A form label (氏名：, 住　所 ...) for ``what``."""
        return self.pick(self.frames["fields"][what])

    def topic(self) -> str:
        return self.pick(self.frames["topics"]["words"])

    def reiwa_date(self) -> str:
        return f"令和{self.num(2, 7)}年{self.num(1, 12)}月{self.num(1, 28)}日"

    # -- names -----------------------------------------------------------
    def _fresh(self, options: list[str]) -> tuple[str, str]:
        for _ in range(20):
            word, reading = _split(self.pick(options))
            if word not in self.used:
                break
        self.used.add(word)
        return word, reading

    def common_name(self) -> Name:
        sur, sr = self._fresh(self.lex["surnames"]["common"])
        gender = self.pick(("male", "female"))
        given, gr = _split(self.pick(self.lex["given"][gender]))
        return Name(sur, given, "", sr, gr, gender=gender[0])

    def name_of_kind(self, kind: str) -> Name:
        lex, g = self.lex, self.lex["given"]
        if kind in ("rare_surname", "one_char_surname"):
            sur, sr = self._fresh(lex["surnames"]["rare" if kind == "rare_surname" else "one_char"])
            gender = self.pick(("male", "female"))
            given, gr = _split(self.pick(g[gender]))
            return Name(sur, given, kind, sr, gr, gender=gender[0])
        base = self.common_name()
        if kind == "hiragana_given":
            return Name(base.surname, self.pick(g["hiragana"]), kind)
        if kind == "katakana_given":
            return Name(base.surname, self.pick(g["katakana"]), kind)
        if kind == "word_given":
            given, gr = _split(self.pick(g["word"]))
            return Name(base.surname, given, kind, base.sur_read, gr)
        f = lex["foreign"]
        if kind == "romaji":
            form = self.rng.randrange(4)
            if form == 0:   # Japanese name, given first: Taro YAMADA
                fam, giv = self.pick(f["romaji_japanese_family"]), self.pick(f["romaji_japanese_given"])
                return Name(fam, giv, kind, fixed=f"{giv} {fam}")
            if form == 1:   # family first, as on a residence card: YAMADA Taro
                fam, giv = self.pick(f["romaji_japanese_family"]), self.pick(f["romaji_japanese_given"])
                return Name(fam, giv, kind, fixed=f"{fam} {giv}")
            fam, giv = self.pick(f["romaji_family"]), self.pick(f["romaji_given"])
            if form == 2:   # with a middle initial: Richard O. MILLER
                return Name(fam, giv, kind, fixed=f"{giv} {self.pick(f['romaji_middle'])} {fam}")
            return Name(fam, giv, kind, fixed=fullwidth(f"{giv} {fam}"))
        if kind == "cjk_name":
            fam, giv = self.pick(f["cjk_family"]), self.pick(f["cjk_given"])
            return Name(fam, giv, kind, fixed=f"{fam}{self.pick((' ', '　', ''))}{giv}")
        if kind == "katakana_name":
            fam, giv = self.pick(f["kata_family"]), self.pick(f["kata_given"])
            return Name(fam, giv, kind, fixed=f"{giv}{self.pick(('・', '＝', '　'))}{fam}")
        raise ValueError(kind)

    def private(self, category: str) -> tuple[Name, str]:
        """A private person for a frame testing ``category``; a special kind of
        name takes over the category (the kind is then what is measured)."""
        if self.chance(0.4):
            kind = self.draw(NAME_KINDS)
            return self.name_of_kind(kind), kind
        return self.common_name(), category

    def sep(self) -> str:
        return self.pick(("", "", "　", " "))

    def write_name(self, d: _Doc, name: Name, category: str, action: str = "MASK",
                   sep: str | None = None) -> None:
        d.span(name.render(self.sep() if sep is None else sep), "PERSON", action, category)

    def person(self, category: str, sep: str | None = None) -> Callable[[_Doc], None]:
        """A slot writer for a private person in a frame testing ``category``."""
        name, cat = self.private(category)
        self.last = name
        return lambda d: self.write_name(d, name, cat, sep=sep)

    def official(self) -> Name:
        if self.chance(0.15):
            return self.name_of_kind("one_char_surname")
        return self.common_name()

    # -- private-person moves (one sentence each) -------------------------
    def move(self, d: _Doc, which: str) -> None:
        fr = self.frames["private"]
        town, topic = self.town(), self.topic()
        if which in ("name_sep_none", "name_sep_space", "name_sep_zenkaku", "name_sep_two_spaces",
                     "name_linebreak"):
            sep = {"name_sep_none": "", "name_sep_space": " ", "name_sep_zenkaku": "　",
                   "name_sep_two_spaces": self.pick(("  ", "　　")), "name_linebreak": "\n"}[which]
            name = self.common_name()   # the separator is the point: an ordinary name
            self.last = name
            d.fill(self.pick(fr["bare"]), town=town, topic=topic,
                   p=lambda dd: self.write_name(dd, name, which, sep=sep))
        elif which in ("honorific_san", "honorific_sama", "honorific_shi"):
            key = which.split("_")[1]
            d.fill(self.pick(fr[key]), town=town, topic=topic, p=self.person(which))
        elif which == "community_role":
            d.fill(self.pick(fr["community"]), town=town, topic=topic,
                   role=self.pick(self.lex["community"]["roles"]), p=self.person(which))
        elif which == "name_quote":
            d.fill(self.pick(fr["quote"]), p=self.person(which))
        elif which == "later_mention":
            self.move(d, self.pick(("honorific_san", "honorific_shi", "community_role")))
            # a foreign name is mentioned again by its family name, in the width it was written in
            sur = self.last.surname
            if self.last.fixed and fullwidth(sur) in self.last.fixed:
                sur = fullwidth(sur)
            d.fill(self.pick(fr["later"]), s=lambda dd: dd.span(sur, "PERSON", "MASK", "later_mention"))
        else:
            raise ValueError(which)

    def relation_entry(self, d: _Doc) -> None:
        """A household member: name followed by the relation in brackets."""
        name, cat = self.private("name_relation")
        fam = self.lex["family"]
        rel = self.pick(fam["female"] if name.gender == "f" else fam["male"] if name.gender == "m" else fam["any"])
        d.fill(self.pick(self.frames["private"]["relation"]),
               p=lambda dd: self.write_name(dd, name, cat, sep=self.pick(("", "　"))), rel=rel)

    # -- numbers -----------------------------------------------------------
    def landline(self) -> str:
        area_len = self.pick((1, 2, 3, 4))
        # the digit after 0 stays 1-6: 07x/08x/09x begin mobile, 050 IP and 0120 free-dial numbers;
        # 03 and 06 are two-digit area codes only (Tokyo, Osaka)
        first = self.pick("36") if area_len == 1 else self.pick("1245")
        area = "0120"
        while area.startswith(("0120", "050", "0570")):
            area = "0" + first + self.digits(area_len - 1)
        local = {1: 4, 2: 3, 3: 2, 4: 1}[area_len]
        return f"{area}-{self.digits(local, first_nonzero=True)}-{self.digits(4)}"

    def mobile(self) -> str:
        head = self.pick(("090", "080", "070"))
        a, b = self.digits(4, first_nonzero=True), self.digits(4)
        return self.pick((f"{head}-{a}-{b}", f"{head}-{a}-{b}", f"{head} {a} {b}", f"{head}{a}{b}",
                          f"{head}（{a}）{b}"))

    def phone(self, d: _Doc, category: str) -> None:
        if category == "phone_home":
            d.span(self.landline(), "PHONE", "MASK", category)
        elif category == "phone_mobile":
            d.span(self.mobile(), "PHONE", "MASK", category)
        elif category == "phone_fullwidth":
            num = self.pick((self.landline(), self.mobile().replace(" ", "-")))
            dash = self.pick(("－", "－", "ー", "‐"))
            d.span(fullwidth(num).replace("-", dash), "PHONE", "MASK", category)
        elif category == "phone_linebreak":
            num = self.pick((self.landline(), f"{self.pick(('090', '080'))}-{self.digits(4, True)}-{self.digits(4)}"))
            cut = self.pick([i + 1 for i, c in enumerate(num) if c == "-"] + [len(num) - 2])
            d.span(num[:cut] + "\n" + num[cut:], "PHONE", "MASK", category)
        elif category == "phone_office_keep":
            ext, num = self.digits(4, first_nonzero=True), self.landline()
            value, close = self.pick(((f"{num}（内線{ext}", "）"), (f"{num} 内線{ext}", ""), (f"{num}(内線{ext}", ")")))
            d.span(value, "PHONE", "KEEP", category)   # 内線 digits are part of PHONE (gold format)
            d.put(close)
        else:
            raise ValueError(category)

    def email_personal(self, d: _Doc) -> None:
        f = self.lex["foreign"]
        fam = self.pick(f["romaji_japanese_family"]).lower()
        giv = self.pick(f["romaji_japanese_given"]).lower()
        local = self.pick((f"{giv}.{fam}", f"{fam}{self.digits(4)}", f"{giv[0]}-{fam}", f"{fam}_{giv}{self.digits(2)}"))
        d.span(f"{local}@{self.pick(('example.jp', 'example.com', 'example.net', 'mail.example.org'))}",
               "EMAIL", "MASK", "email_personal")

    def email_office(self, d: _Doc) -> None:
        o = self.lex["office"]
        d.span(f"{self.pick(o['mail_sections'])}@city.{self.pick(o['mail_towns'])}.lg.jp",
               "EMAIL", "KEEP", "email_office_keep")

    def mynumber(self) -> str:
        body = [self.rng.randrange(10) for _ in range(11)]
        # check digit of the 個人番号 (番号法施行令 第8条): weights 2..7, 2..6 from the right
        total = sum(body[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = total % 11
        s = "".join(map(str, body)) + str(0 if r <= 1 else 11 - r)
        form = self.rng.randrange(4)
        if form == 0:
            return f"{s[:4]} {s[4:8]} {s[8:]}"
        if form == 1:
            return f"{s[:4]}-{s[4:8]}-{s[8:]}"
        if form == 2:
            return fullwidth(s)
        return s

    # -- addresses ---------------------------------------------------------
    def _prefix(self) -> str:
        city = self.city or self.pick(self.lex["places"]["cities"])
        return self.pick(("", city, self.pick(self.lex["places"]["prefectures"]) + city))

    def _banchi(self) -> str:
        a, b, c = self.rng.randint(1, 30), self.rng.randint(1, 40), self.rng.randint(1, 25)
        form = self.rng.randrange(4)
        if form == 0:
            return f"{a}番{b}号"
        if form == 1:
            return f"{a}-{b}"
        if form == 2:
            return fullwidth(f"{a}番{b}号")
        return f"{a}番地{c}"

    def chome_address(self) -> tuple[str, str]:
        """(町名 + 丁目, 番地) of an ordinary urban residence."""
        chome = self.rng.randint(1, 6)
        ch = self.pick((f"{kanji_number(chome)}丁目", f"{chome}丁目", fullwidth(f"{chome}丁目")))
        if self.chance(0.25):   # 1-2-3 form
            return f"{self._prefix()}{self.town()}", f"{chome}-{self.rng.randint(1, 30)}-{self.rng.randint(1, 25)}"
        return f"{self._prefix()}{self.town()}{ch}", self._banchi()

    def address(self, d: _Doc, category: str) -> None:
        p, rng = self.lex["places"], self.rng
        if category == "address_chome":
            head, tail = self.chome_address()
            value = head + tail
        elif category == "address_linebreak":
            head, tail = self.chome_address()
            value = head + "\n" + tail
        elif category == "address_room":
            head, tail = self.chome_address()
            b = self.pick(p["buildings"])
            room = f"{rng.randint(1, 9)}0{rng.randint(1, 9)}"
            value = head + tail + self.pick((
                f"　{b}{fullwidth(str(rng.randint(1, 12)))}号棟{fullwidth(room)}号室",
                f" {b}{room}号室", f"{b}{room}", f"　{b}　{rng.randint(1, 12)}-{room}"))
        elif category == "address_aza":
            num = f"{rng.randint(1, 3999)}番地" + self.pick(("", f"の{rng.randint(1, 9)}", f"{rng.randint(1, 9)}"))
            aza1, aza2 = self.pick(p["aza"]), self.pick(p["aza"])
            value = self.pick((
                f"{self.pick(p['counties'])}{self.pick(p['towns_rural'])}大字{aza1}字{aza2}{num}",
                f"{self.pick(p['cities'])}大字{aza1}{num}",
                f"{self.pick(p['towns_rural'])}字{aza2}{num}"))
        elif category == "address_hokkaido":
            ns, ew = self.pick(("北", "南")), self.pick(("東", "西"))
            jo, ch = rng.randint(1, 24), rng.randint(1, 15)
            city = self.pick(p["hokkaido_cities"]) + self.pick(p["hokkaido_wards"])
            value = self.pick(("北海道", "")) + city + self.pick((
                f"{ns}{jo}条{ew}{ch}丁目{rng.randint(1, 20)}番{rng.randint(1, 30)}号",
                f"{ns}{kanji_number(jo)}条{ew}{kanji_number(ch)}丁目{rng.randint(1, 20)}-{rng.randint(1, 30)}",
                f"{ns}{jo}条{ew}{ch}丁目{rng.randint(1, 20)}-{rng.randint(1, 30)}"))
        elif category == "address_kyoto":
            st1, st2 = rng.sample(p["kyoto_streets"], 2)
            way = self.pick(("上る", "下る", "西入", "東入", "上ル", "下ル"))
            value = (f"{self.pick(p['cities'])}{self.pick(p['hokkaido_wards'])}{st1}通{st2}{way}"
                     f"{self.pick(p['kyoto_towns'])}{rng.randint(1, 700)}番地" + self.pick(("", f"の{rng.randint(1, 9)}")))
        elif category == "address_regional":
            county, town = self.pick(p["counties"]), self.pick(p["towns_rural"])
            value = self.pick((
                f"{county}{town}第{rng.randint(1, 30)}地割{rng.randint(1, 300)}番地" + self.pick(("", f"{rng.randint(1, 9)}")),
                f"{town}{self.pick(p['iwate_aza'])}第{kanji_number(rng.randint(1, 30))}地割字{self.pick(p['aza'])}{rng.randint(1, 300)}",
                f"{county}{town}{self.pick(p['nagasaki_go'])}郷{rng.randint(1, 3000)}番地",
                f"{town}{self.pick(p['nagasaki_men'])}免{rng.randint(1, 3000)}番地",
                f"{county}{town}字{self.pick(p['okinawa_aza'])}{rng.randint(1, 1500)}番地",
                f"{town}字{self.pick(p['okinawa_aza'])}{rng.randint(1, 1500)}"))
        else:
            raise ValueError(category)
        d.span(value, "ADDRESS", "MASK", category)

    def public_address(self, d: _Doc) -> None:
        city = self.city or self.pick(self.lex["places"]["cities"])
        value = f"{city}{self.town()}{self.rng.randint(1, 5)}丁目{self.rng.randint(1, 20)}番{self.rng.randint(1, 30)}号"
        d.span(value, "ADDRESS", "KEEP", "address_public_keep")

    PHONE_MASK = ("phone_home", "phone_mobile", "phone_fullwidth", "phone_linebreak")
    BIRTH = ("birth_date_plain", "birth_date_kanji", "birth_date_abbrev")
    ADDRESS_MASK = ("address_chome", "address_room", "address_aza", "address_hokkaido", "address_kyoto",
                    "address_regional", "address_linebreak")

    def any_address(self, d: _Doc) -> None:
        self.address(d, self.draw(self.ADDRESS_MASK))

    # -- dates of birth --------------------------------------------------
    def _era(self) -> tuple[str, str, int, int, int]:
        year = self.rng.randint(1930, 2012)
        if year == 1989:
            year = 1990
        era, abbr, ey = (("昭和", "S", year - 1925) if year < 1989 else ("平成", "H", year - 1988))
        return era, abbr, ey, self.rng.randint(1, 12), self.rng.randint(1, 28)

    def birth(self, d: _Doc, category: str) -> None:
        era, abbr, y, m, day = self._era()
        if category == "birth_date_kanji":
            ey = "元" if y == 1 else kanji_number(y)
            value = f"{era}{ey}年{kanji_number(m)}月{kanji_number(day)}日" + self.pick(("生", "生まれ"))
        elif category == "birth_date_abbrev":
            value = self.pick((f"{abbr}{y}.{m}.{day}", f"{abbr}.{y}.{m:02d}.{day:02d}", f"{era[0]}{y}.{m}.{day}",
                               fullwidth(f"{abbr}{y}.{m}.{day}"))) + self.pick(("生", ""))
        elif category == "birth_date_table":
            value = self.pick((f"{era}{y}年{m}月{day}日", f"{abbr}{y}.{m}.{day}", f"{1925 + y if era == '昭和' else 1988 + y}/{m}/{day}"))
        elif category == "birth_date_plain":
            value = self.pick((f"{era}{y}年{m}月{day}日生", fullwidth(f"{era}{y}年{m}月{day}日") + "生まれ",
                               f"{1925 + y if era == '昭和' else 1988 + y}年{m}月{day}日生"))
        else:
            raise ValueError(category)
        d.span(value, "BIRTH_DATE", "MASK", category)

    # -- accounts and ids ---------------------------------------------------
    def account_yucho(self, d: _Doc) -> None:
        kigo = f"1{self.digits(3)}0"
        bango = self.digits(7, first_nonzero=True) + "1"
        if self.chance(0.5):
            d.put("ゆうちょ銀行　記号")
            d.span(fullwidth(kigo), "ACCOUNT", "MASK", "account_yucho")
            d.put("　番号")
            d.span(fullwidth(bango), "ACCOUNT", "MASK", "account_yucho")
        else:
            d.put(self.pick(("ゆうちょ銀行　", "ゆうちょ ")))
            d.span(f"{kigo}-{bango}", "ACCOUNT", "MASK", "account_yucho")

    def account_bank(self, d: _Doc) -> None:
        b = self.lex["banks"]
        d.put(f"{self.pick(b['banks'])}　{self.pick(b['branches'])}　{self.pick(('普通預金', '普通', '当座'))}　"
              + self.pick(("口座番号", "No.", "")))
        d.span(self.pick((self.digits(7), fullwidth(self.digits(7)))), "ACCOUNT", "MASK", "account_bank")
        name = self.common_name()
        d.put("　口座名義　")
        d.span(hira_to_kata(f"{name.sur_read}{self.pick(('　', ' ', ''))}{name.given_read}"),
               "PERSON", "MASK", "account_holder")

    def passport(self, d: _Doc) -> None:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        d.span(letters + self.digits(7), "GOV_ID", "MASK", "passport")

    # -- frames ------------------------------------------------------------
    PRIVATE_MOVES = ("honorific_san", "honorific_shi", "community_role", "later_mention", "name_quote",
                     "name_sep_none", "name_sep_space", "name_sep_zenkaku", "name_sep_two_spaces", "name_linebreak")

    def fused_list(self, d: _Doc, n: int) -> None:
        o = self.lex["office"]
        for i in range(n):
            if i:
                d.put(self.pick(("、", "　", "、")))
            d.span(self.official().surname, "PERSON", "KEEP", "official_fused")
            title = self.pick(o["sections"])[:-1] + self.pick(o["section_titles"]) if self.chance(0.7) else \
                self.pick(o["departments"]) + "長"
            d.put(title)

    def official_line(self, d: _Doc, title: str) -> None:
        d.put(f"　{title}　")
        self.write_name(d, self.official(), "official_keep", "KEEP", sep=self.pick(("　", "", " ")))
        d.put("\n")

    def official_in_text(self, d: _Doc) -> None:
        """An official named in a sentence, in their capacity (KEEP)."""
        o, fr = self.lex["office"], self.frames["official"]
        person = self.official()
        title = self.pick(o["sections"]) + "長" if self.chance(0.6) else self.pick(o["top_titles"])
        if self.chance(0.5):
            d.fill(self.pick(fr["titled"]), title=title,
                   o=lambda dd: self.write_name(dd, person, "official_keep", "KEEP"))
        else:
            d.fill(self.pick(fr["fused"]), title=title,
                   s=lambda dd: dd.span(person.surname, "PERSON", "KEEP", "official_fused"))

    def minutes(self, d: _Doc) -> None:
        o, fr = self.lex["office"], self.frames["minutes"]
        committee = self.pick(o["committees"])
        d.put(f"令和{self.num(2, 7)}年第{self.num(1, 4)}回{self.city}議会定例会\n{committee}会議録\n\n")
        d.put(f"開会日時　{self.reiwa_date()}　午前１０時\n\n出席委員（５名）\n")
        for role in ("委員長", "副委員長", "委員", "委員", "委員"):
            self.official_line(d, role)
        d.put("\n説明のため出席した者\n")
        if self.chance(0.5):
            d.put("　")
            self.fused_list(d, self.rng.randint(3, 5))
            d.put("\n")
        for _ in range(self.rng.randint(1, 3)):
            self.official_line(d, self.pick(o["sections"]) + "長")
        d.put("\n")
        chair = self.official()
        d.put("○委員長（")
        self.write_name(d, chair, "official_keep", "KEEP", sep="")
        d.fill("君）　{x}\n", x=self.pick(fr["openings"]).format(committee=committee))
        for _ in range(self.rng.randint(2, 3)):
            member = self.official()
            if self.chance(0.5):
                d.put(f"○{fullwidth(str(self.rng.randint(1, 24)))}番（")
                self.write_name(d, member, "official_keep", "KEEP", sep="")
                d.put("君）　")
            else:
                d.put("○")
                d.span(member.surname, "PERSON", "KEEP", "official_fused")
                d.put("委員　")
            d.put(self.pick(fr["questions"]).format(topic=self.topic()))
            for _ in range(2):
                self.move(d, self.draw(self.PRIVATE_MOVES))
            d.put("\n")
            staff, title = self.official(), self.pick(o["sections"]) + "長"
            if self.chance(0.5):
                d.put(f"○{title}（")
                self.write_name(d, staff, "official_keep", "KEEP", sep="")
                d.put("君）　")
            else:
                d.put("○")
                d.span(staff.surname, "PERSON", "KEEP", "official_fused")
                d.put(f"{title}　")
            d.put(self.pick(fr["answers"]).format(topic=self.topic()))
            if self.chance(0.6):
                self.official_in_text(d)
            if self.chance(0.5):
                self.move(d, self.draw(self.PRIVATE_MOVES))
            d.put("\n")
        d.put("○委員長（")
        self.write_name(d, chair, "official_keep", "KEEP", sep="")
        d.put("君）　以上で本日の委員会を閉会いたします。\n")

    def agenda_bill(self, d: _Doc) -> None:
        fr = self.frames["bill"]
        d.put(f"議案第{self.num(1, 90)}号\n\n　　　{self.pick(fr['titles'])}\n\n　{fr['preamble']}\n\n")
        d.put(f"　　{self.reiwa_date()}提出\n\n　　　　{self.city}長　")
        self.write_name(d, self.official(), "official_keep", "KEEP", sep=self.pick(("　", "")))
        d.put("\n\n記\n\n１　相手方\n　　" + self.field("address"))
        self.any_address(d)
        d.put("\n　　" + self.field("name"))
        name, cat = self.private("name_field")
        self.write_name(d, name, cat)
        if self.chance(0.5):
            d.put("\n　　" + self.field("phone"))
            self.phone(d, self.draw(self.PHONE_MASK))
        if self.chance(0.5):
            d.put("\n　　" + self.field("birth"))
            self.birth(d, self.draw(self.BIRTH))
        d.put(f"\n\n２　損害賠償の額　金{self.rng.randint(5, 900) * 1000:,}円\n\n３　事故の概要\n　")
        d.put(f"{self.reiwa_date()}午後{self.num(1, 5)}時頃、{self.town()}地内の市道において、")
        d.put("公用車が後退した際、後方に停車中の")
        self.write_name(d, name, cat)
        d.put("氏所有の車両に接触したものである。\n\n")
        for which in self.rng.sample(("name_sep_none", "name_sep_zenkaku", "name_linebreak", "honorific_shi",
                                      "later_mention", "name_sep_two_spaces", "name_sep_space"), 2):
            d.put("　")
            self.move(d, which)
            d.put("\n")

    def petition(self, d: _Doc) -> None:
        d.put(f"陳情第{self.num(1, 30)}号\n\n{self.pick(self.frames['petition']['titles'])}を求める陳情書\n\n")
        d.put(f"{self.reiwa_date()}\n\n{self.city}議会議長　")
        self.write_name(d, self.official(), "official_keep", "KEEP", sep=self.pick(("　", "")))
        d.put("　様\n\n陳情者\n　" + self.field("address"))
        self.any_address(d)
        d.put("\n　" + self.field("name"))
        d.fill("{p}", p=self.person("name_field", sep=self.pick(("　", "", " "))))
        d.put("\n　" + self.field("phone"))
        self.phone(d, self.draw(self.PHONE_MASK))
        if self.chance(0.7):
            d.put("\n　" + self.field("mail"))
            self.email_personal(d)
        d.put("\n\n（陳情の趣旨）\n　")
        self.move(d, self.pick(("community_role", "honorific_san", "later_mention")))
        d.put(f"\n　つきましては、{self.topic()}について早急な対応を求めます。\n\n連署者　")
        self.name_list(d)
        d.put("\n")

    def name_list(self, d: _Doc) -> None:
        n = self.rng.randint(2, 4)
        joiner = self.pick(("、", "・", "，"))
        for i in range(n):
            if i:
                d.put(joiner)
            name, cat = self.private("name_list")
            self.write_name(d, name, cat, sep=self.pick(("", "", "　")))
        d.put(self.pick((f"ほか{self.num(1, 30)}名", f"外{self.num(1, 30)}名", f"の{fullwidth(str(n))}名",
                         f"の{n}名", "")))

    def subsidy_table(self, d: _Doc) -> None:
        prog = self.pick(("住宅改修費", "生け垣設置", "雨水貯留槽設置", "太陽光発電設備設置"))
        d.put(f"令和{self.num(2, 7)}年度　{prog}補助金　交付決定者一覧\n\n")
        d.put(self.pick(("番号\t氏名\t住所\t生年月日\t交付決定額\n", "No.\t氏　名\t住　所\t生年月日\t金額\n")))
        for i in range(self.rng.randint(3, 6)):
            d.put(f"{i + 1}\t")
            name, cat = self.private("name_table_tab")
            self.write_name(d, name, cat, sep=self.pick(("　", "", " ")))
            d.put("\t")
            self.address(d, self.pick(("address_chome", "address_room", "address_aza", "address_regional",
                                       "address_hokkaido")))
            d.put("\t")
            self.birth(d, "birth_date_table")
            d.put(f"\t{self.rng.randint(5, 200) * 1000:,}円\n")
        d.put(f"\n担当　{self.city}{self.pick(self.lex['office']['sections'])}　電話　")
        self.phone(d, "phone_office_keep")
        d.put("\n")

    def attendance(self, d: _Doc) -> None:
        o = self.lex["office"]
        d.put(f"第{self.num(1, 12)}回{self.city}地域福祉推進会議　出席者名簿\n\n開催日　{self.reiwa_date()}\n会場　")
        d.put(f"{self.city}立{self.pick(self.lex['places']['facilities'])}（")
        self.public_address(d)
        d.put("）\n\n１　市出席者\n")
        self.official_line(d, self.pick(o["top_titles"]))
        d.put("　")
        self.fused_list(d, self.rng.randint(3, 6))
        d.put("\n\n２　地域代表\n")
        for _ in range(self.rng.randint(2, 4)):
            d.put(f"　{self.pick(self.lex['community']['roles'])}　")
            d.fill("{p}", p=self.person("community_role"))
            d.put(f"（{self.town()}）\n")
        d.put("\n３　一般参加者\n　")
        self.name_list(d)
        d.put("\n\n事務局　")
        self.fused_list(d, 2)
        d.put("\n")

    def notice(self, d: _Doc) -> None:
        o = self.lex["office"]
        self.any_address(d)
        d.put("\n")
        name, cat = self.private("name_field")
        self.write_name(d, name, cat, sep=self.pick(("　", "", " ")))
        d.put(self.pick(("　様", " 様", "様", "　殿")) + f"\n\n{' ' * 20}{self.reiwa_date()}\n{' ' * 20}{self.city}長　")
        self.write_name(d, self.official(), "official_keep", "KEEP", sep=self.pick(("　", "")))
        d.put(f"\n\n{self.pick(self.frames['notice']['kinds'])}通知書\n\n　")
        self.move(d, "honorific_sama")
        d.put("\n\n記\n\n１　世帯員　")
        for i in range(self.rng.randint(1, 3)):
            if i:
                d.put("、")
            self.relation_entry(d)
        d.put("\n２　振込先　")
        if self.draw(("account_yucho", "account_bank")) == "account_yucho":
            self.account_yucho(d)
        else:
            self.account_bank(d)
        if self.draw(("mynumber", "passport")) == "mynumber":
            d.put("\n３　個人番号　")
            d.span(self.mynumber(), "GOV_ID", "MASK", "mynumber")
        else:
            d.put("\n３　旅券番号　")
            self.passport(d)
        d.put(f"\n\n問合せ先　{self.city}{self.pick(o['departments'])}{self.pick(o['sections'])}\n　電話　")
        self.phone(d, "phone_office_keep")
        if self.chance(0.7):
            d.put("\n　電子メール　")
            self.email_office(d)
        d.put("\n")

    def report(self, d: _Doc) -> None:
        o = self.lex["office"]
        d.put(f"相談受付記録\n\n受付日　{self.reiwa_date()}\n")
        name = self.common_name()
        sep = self.pick(("　", "", " "))
        kata = self.chance(0.6)   # フリガナ is written in katakana, ふりがな in hiragana
        reading = f"{name.sur_read}{self.pick(('　', ' '))}{name.given_read}"
        reading = hira_to_kata(reading) if kata else reading
        label = "フリガナ　" if kata else "ふりがな　"
        form = self.rng.randrange(3)
        if form == 0:
            d.put("相談者　")
            self.write_name(d, name, "name_field", sep=sep)
            d.put(self.pick(("（", "(")))
            d.span(reading, "PERSON", "MASK", "name_reading")
            d.put(self.pick(("）", ")")) + "\n")
        elif form == 1:
            d.put(self.field("name"))
            self.write_name(d, name, "name_field", sep=sep)
            d.put("\n" + self.pick((label, "　　　")))
            d.span(reading, "PERSON", "MASK", "name_reading")
            d.put("\n")
        else:
            d.put(label)
            d.span(reading, "PERSON", "MASK", "name_reading")
            d.put("\n氏　名　")
            self.write_name(d, name, "name_field", sep=sep)
            d.put("\n")
        self.last = name
        d.put(self.field("birth"))
        self.birth(d, self.draw(self.BIRTH))
        d.put("\n" + self.field("address"))
        self.any_address(d)
        d.put("\n" + self.field("phone"))
        self.phone(d, self.draw(self.PHONE_MASK))
        if self.chance(0.5):
            d.put("\n" + self.field("mail"))
            self.email_personal(d)
        d.put("\n世帯構成　")
        for i in range(self.rng.randint(1, 3)):
            if i:
                d.put("、")
            self.relation_entry(d)
        d.put("\n緊急連絡先　")
        self.relation_entry(d)
        d.put("　")
        self.phone(d, self.draw(self.PHONE_MASK))
        if self.chance(0.4):
            d.put("\n旅券番号　")
            self.passport(d)
        d.put(f"\n\n相談内容\n　{self.topic()}について相談があった。")
        d.put(self.pick(("相談者本人によれば、", "")))
        for _ in range(3):
            self.move(d, self.draw(self.PRIVATE_MOVES + ("honorific_sama",)))
        if self.chance(0.5):
            self.official_in_text(d)
        d.put(f"\n\n対応職員　{self.pick(o['sections'])[:-1]}{self.pick(o['section_titles'])}　")
        self.write_name(d, self.official(), "official_keep", "KEEP", sep=self.pick(("　", "")))
        d.put("\n")


def seeded_documents(seed: int, n_docs: int, kinds: Sequence[str],
                     writer: Callable[[random.Random, "_Decks"], "_Writer"]) -> Iterator[tuple[int, "_Writer", str, "_Doc"]]:
    """(index, writer, kind, document written) for ``n_docs`` documents, the same
    ones for the same ``seed``: document kinds take turns (in an order shuffled by
    the seed) so every frame appears in a small sample; everything else is drawn
    at random. Shared by this suite and the rosters suite."""
    rng = random.Random(seed)
    order = list(kinds)
    rng.shuffle(order)
    decks = _Decks(random.Random(rng.getrandbits(64)))
    for i in range(n_docs):
        w = writer(random.Random(rng.getrandbits(64)), decks)
        w.city = w.pick(w.lex["places"]["cities"])
        kind = order[i % len(order)]
        d = _Doc(kind)
        getattr(w, kind)(d)
        yield i, w, kind, d


def generate(seed: int, n_docs: int) -> list[dict[str, Any]]:
    """``n_docs`` gold documents, the same ones for the same ``seed``."""
    docs = []
    for i, w, kind, d in seeded_documents(seed, n_docs, KINDS, _Writer):
        # running text (not forms or tables) is sometimes copied out of a PDF with hard breaks
        wrap = w.rng.randint(28, 40) if kind in WRAPPED_KINDS and w.chance(0.25) else 0
        docs.append(d.build(f"stress-{seed}-{i:04d}", wrap))
    return docs
