"""Tables of private persons and lists of residents: the roster suite.

Why: the first generator (``generator.py``, ``variations.py``) writes a
table in one shape (TAB cells, 氏名 heading, the name second) and a list in
one shape (、-joined names closed by ほか何名), and came to score near 1.0;
the same tool leaks names from tables and lists written otherwise. Real
municipal documents lay a table out with TABs, one or more 全角空白, ruled
bars (│ ┃) or Markdown rows; head the name column 氏名, 氏　名, お名前,
受給者 …; put the name first, after a row number or after other columns
(地区, 生年月日, 住所, 学校名, 被害内容, a contractor's company and post);
leave cells empty; and hold names that are hard on their own (rare or
one-character surnames, surnames that are words or places, kana given
names of older women). Lists number their items (１．（３）①) with an age
or (地区、年齢) after the name, bullet them with 様, put a district and a
community post before the name (東谷自治会長　X) or in brackets after it,
write post：name, or close a 、-list with の各氏 / ほか何名.

This module writes those two families as their own document kinds
(``redactor generate-suite --kind rosters``), so the default suite and its
seeds stay as they were. Every value gets a ``category`` (the variation it
measures) and, for names, ``heading``/``column``/``name_kind`` keys saying
how the row was written, for a closer look at a miss. Private persons
(residents, their posts, a contractor's staff) are MASK; officials named
with their office's title in a list are KEEP (``list_official_keep``), as
in ``generator.py``. Words come from ``rosters.toml`` (made up, from the
domain); names from ``lexicon.toml`` plus the roster's own hard kinds.
"""
from __future__ import annotations

import random
from typing import Any, Callable

from redactor.data_files import load_toml
from redactor.stress.generator import Name, _Decks, _Doc, _Writer, fullwidth, hira_to_kata, kanji_number, seeded_documents

_PKG = "redactor.stress"

#: How the table's cells are separated; each is also the category of a name with no harder kind.
LAYOUTS = ("tab", "zenkaku_one", "zenkaku_wide", "ruled", "markdown")
#: Hard kinds of name; each takes over a table name's category (the kind is then what is measured).
ROSTER_NAME_KINDS = ("table_rare_surname", "table_one_char_surname", "table_word_surname", "table_old_kana_given")
#: Every category the roster suite writes, in report order.
ROSTER_CATEGORIES: tuple[str, ...] = (
    tuple(f"table_{lay}" for lay in LAYOUTS) + ("table_no_header",) + ROSTER_NAME_KINDS
    + ("table_contractor_staff", "table_birth_date", "table_address",
       "table_register", "table_romaji_upper", "table_reading", "table_cell_wrapped",
       "list_numbered", "list_bullet_sama", "list_place_post", "list_name_post", "list_post_colon",
       "list_kakushi", "list_official_keep")
)
#: Categories whose spans are KEEP (over-masking is measured on them).
ROSTER_KEEP = frozenset({"list_official_keep", "table_official_keep"})
#: How an office's table is laid out by ``office_table`` (each is also the category of its names).
OFFICE_FORMS = ("table_csv", "table_ascii_ruled", "table_split_columns", "table_reading_column", "table_post_first",
                "table_person_kind_heading", "table_cell_marks", "table_repeated_header", "table_field_per_line",
                "table_attendees")
ROSTER_CATEGORIES = ROSTER_CATEGORIES + OFFICE_FORMS + ("table_official_keep",)
ROSTER_KINDS = ("person_table", "post_list", "register", "office_table")
#: How a register row writes its person (each is also the category).
REGISTER_FORMS = ("table_register", "table_romaji_upper", "table_reading", "table_cell_wrapped")
TABLE_KINDS = ("recipient", "damage", "school", "contractor")

Cell = str | Callable[[_Doc], None]


class _RosterWriter(_Writer):
    """Writes roster tables and post lists with the base generator's helpers."""

    def __init__(self, rng: random.Random, decks: _Decks) -> None:
        super().__init__(rng, decks)
        self.ros = load_toml("rosters.toml", _PKG)

    # -- names -----------------------------------------------------------
    def roster_name(self, kind: str) -> Name:
        n = self.ros["names"]
        base = self.common_name()
        if kind == "table_rare_surname":
            return Name(self._fresh(n["rare"])[0], base.given, kind, gender=base.gender)
        if kind == "table_one_char_surname":
            return Name(self._fresh(n["one_char"])[0], base.given, kind, gender=base.gender)
        if kind == "table_word_surname":
            return Name(self._fresh(n["word"])[0], base.given, kind, gender=base.gender)
        if kind == "table_old_kana_given":
            return Name(base.surname, self.pick(n["old_kana"]), kind, gender="f")
        raise ValueError(kind)

    def some_name(self, p_hard: float = 0.35) -> tuple[Name, str]:
        """An ordinary name, or (``p_hard``) one of the hard kinds; returns (name, kind or "")."""
        if self.chance(p_hard):
            kind = self.draw(ROSTER_NAME_KINDS)
            return self.roster_name(kind), kind
        return self.common_name(), ""

    def name_sep(self) -> str:
        return self.pick(("", "　", " ", "　"))

    def put_name(self, d: _Doc, name: Name, category: str, action: str = "MASK", **extra: str) -> None:
        d.span(name.render(self.name_sep()), "PERSON", action, category)
        d.spans[-1].update({k: v for k, v in extra.items() if v})

    def district(self) -> str:
        return self.pick(self.ros["places"]["districts"])

    def age(self, lo: int = 65, hi: int = 99) -> str:
        return self.num(lo, hi, self.pick(("half", "full")))

    # -- cell values ----------------------------------------------------------
    def birth_cell(self, d: _Doc) -> None:
        year = self.rng.randint(1920, 1995)
        era, abbr, ey = (("大正", "T", year - 1911) if year < 1926 else ("昭和", "S", year - 1925)
                         if year < 1989 else ("平成", "H", year - 1988))
        m, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        value = self.pick((f"{era}{ey}年{m}月{day}日", fullwidth(f"{era}{ey}年{m}月{day}日"), f"{abbr}{ey}.{m}.{day}",
                           fullwidth(f"{abbr}{ey}.{m}.{day}"), f"{era[0]}{ey}.{m}.{day}",
                           f"{era}{'元' if ey == 1 else kanji_number(ey)}年{kanji_number(m)}月{kanji_number(day)}日"))
        d.span(value, "BIRTH_DATE", "MASK", "table_birth_date")

    def address_cell(self, d: _Doc) -> None:
        head, tail = self.chome_address()
        d.span(head + tail, "ADDRESS", "MASK", "table_address")

    # -- tables ---------------------------------------------------------------
    def _row(self, d: _Doc, cells: list[Cell], layout: str, gap: str) -> None:
        if layout == "ruled":
            bar = gap
            d.put(bar)
            for c in cells:
                c(d) if callable(c) else d.put(c)
                d.put(bar)
        elif layout == "markdown":
            d.put("|")
            for c in cells:
                d.put(" ")
                c(d) if callable(c) else d.put(c)
                d.put(" |")
        else:
            for i, c in enumerate(cells):
                if i:
                    d.put(gap)
                c(d) if callable(c) else d.put(c)
        d.put("\n")

    def _name_cell(self, name: Name, category: str, **extra: str) -> Callable[[_Doc], None]:
        """A cell writer for a private person's name (bound now, written when the row is)."""
        def write(d: _Doc) -> None:
            self.put_name(d, name, category, **extra)
        return write

    def person_table(self, d: _Doc) -> None:
        t = self.ros["tables"]
        layout = self.draw(LAYOUTS)
        gap = {"tab": "\t", "zenkaku_one": "　", "zenkaku_wide": self.pick(("　　", "　　　", "　　　　")),
               "ruled": self.pick(("│", "┃")), "markdown": "|"}[layout]
        empty_ok = layout in ("tab", "ruled", "markdown")   # an empty cell is visible only between marks
        kind = self.draw(TABLE_KINDS)
        heading = "氏名" if kind == "contractor" else self.pick(t["name_headings"])
        column = self.pick(("first", "after_no", "late"))
        d.put(f"令和{self.num(2, 7)}年度　{self.city}　{self.pick(t[kind])}\n\n")
        # other columns: (heading, cell writer)
        if kind == "recipient":
            others: list[tuple[str, Callable[[], Cell]]] = [
                ("地区", lambda: self.district()),
                ("生年月日", lambda: self.birth_cell),
                ("年齢", lambda: self.age()),
                ("住所", lambda: self.address_cell),
                ("備考", lambda: self.pick(t["notes"]) if empty_ok else self.pick(t["notes"]) or "－"),
            ]
            self.rng.shuffle(others)
            others = others[:self.rng.randint(2, 5)]
        elif kind == "damage":
            others = [("地区", lambda: self.district()), ("住所", lambda: self.address_cell),
                      ("被害内容", lambda: self.pick(t["damages"]))]
        elif kind == "school":
            others = [("学校名", lambda: self.pick(self.ros["places"]["schools"])),
                      ("学年", lambda: self.pick(("１年", "２年", "３年", "4年", "5年", "６年")))]
        else:
            others = [("会社名", lambda: self.pick(t["companies"])), ("役職", lambda: self.pick(t["staff_posts"]))]
            column = self.pick(("late", "late", "first"))
        if column == "late":
            k = self.rng.randint(1, len(others))
            before, after = others[:k], others[k:]
        else:
            before, after = [], others
        numbered = column != "first" and self.chance(0.7)
        head_cells: list[Cell] = (["番号"] if numbered else []) + [h for h, _ in before] + [heading] + [h for h, _ in after]
        # a table continued from the page before, or introduced by a sentence, has no header row
        headless = kind != "contractor" and self.chance(0.2)
        if headless:
            heading = ""
            d.put(self.pick(("次の者に支給する。\n", "（前頁からの続き）\n", "以下のとおり。\n")))
        else:
            self._row(d, head_cells, layout, gap)
            if layout == "markdown":
                d.put("|" + "|".join("---" for _ in head_cells) + "|\n")
            elif layout == "ruled" and self.chance(0.5):
                d.put("├" + "┼".join("──" for _ in head_cells) + "┤\n")
        for i in range(self.rng.randint(3, 7)):
            name, hard = self.some_name()
            category = ("table_contractor_staff" if kind == "contractor" else hard
                        or ("table_no_header" if headless else f"table_{layout}"))
            cells: list[Cell] = [self.num(i + 1, i + 1)] if numbered else []
            cells += [w() for _, w in before]
            cells.append(self._name_cell(name, category, heading=heading, column=column, name_kind=hard,
                                         layout=layout))
            for _, w in after:
                v = w()
                cells.append(v if callable(v) or v or empty_ok else "－")
            self._row(d, cells, layout, gap)
        d.put(f"\n担当　{self.city}{self.pick(self.lex['office']['sections'])}\n")

    # -- registers --------------------------------------------------------------
    def register(self, d: _Doc) -> None:
        """A 受付簿: number, date, the person, the matter, the section; cells
        padded with 全角空白 to a column or split by TABs. The person may be a
        romaji name in capitals, a name with its reading in brackets, or a name
        whose cell wraps (the given name on the next line, under the column)."""
        r, f = self.ros["register"], self.lex["foreign"]
        tab = self.chance(0.3)
        d.put(f"令和{self.num(2, 7)}年度　{self.pick(r['titles'])}\n\n")
        head = self.pick(r["headings"])
        d.put((head.replace("　", "\t") if tab else head.replace("　", "　　　")) + "\n")
        fy = self.rng.randint(2, 7)
        for i in range(self.rng.randint(4, 7)):
            form = self.draw(REGISTER_FORMS)
            number = fullwidth(f"{fy}-{self.rng.randint(1, 150) + i}").replace("-", "－")
            date = f"{self.rng.randint(1, 12)}月{self.rng.randint(1, 28):>2}日"
            lead = f"{number}\t{date}\t" if tab else f"{number}　{date}　　"
            d.put(lead)
            name, hard = self.some_name(0.3)
            rest = f"{self.pick(r['subjects'])}" + ("\t" if tab else "　　") + self.pick(self.lex["office"]["sections"])
            gap = "\t" if tab else "　" * self.rng.randint(2, 8)
            if form == "table_register":
                self.put_name(d, name, hard or form)
            elif form == "table_romaji_upper":
                if self.chance(0.5):
                    fam, giv = self.pick(f["romaji_family"]), self.pick(f["romaji_given"]).upper()
                    value = self.pick((f"{fam} {giv}", f"{giv} {fam}", f"{fam} {giv} {self.pick(f['romaji_family'])}"))
                else:
                    value = f"{self.pick(f['romaji_japanese_family'])} {self.pick(f['romaji_japanese_given']).upper()}"
                d.span(fullwidth(value) if self.chance(0.2) else value, "PERSON", "MASK", form)
            elif form == "table_reading":
                name = self.common_name()
                self.put_name(d, name, form)
                d.put("（")
                reading = f"{name.sur_read}{self.pick(('　', ' ', ''))}{name.given_read}"
                d.span(self.pick((reading, hira_to_kata(reading))), "PERSON", "MASK", form)
                d.put("）")
            else:   # the cell wraps: surname here, given name on the next line under the same column
                d.span(name.surname, "PERSON", "MASK", form)
                d.put(gap + rest + "\n" + ("\t\t" if tab else "　" * len(lead)))
                d.span(name.given, "PERSON", "MASK", form)
                d.put("\n")
                continue
            d.put(gap + rest + "\n")
        d.put(f"\n（{self.city}{self.pick(self.lex['office']['sections'])}）\n")

    # -- lists ----------------------------------------------------------------
    def list_name(self) -> tuple[Name, str]:
        return self.some_name(0.25)

    def put_list_name(self, d: _Doc, category: str) -> None:
        name, hard = self.list_name()
        self.put_name(d, name, category, name_kind=hard)

    def place_post(self) -> str:
        """A district and a post: 東谷自治会長, 上新田町内会　副会長, 杉ノ下区長."""
        c, p = self.ros["community"], self.ros["places"]
        if self.chance(0.6):
            return self.district() + self.pick(c["posts"])
        return f"{self.district()}{self.pick(p['bodies'])}{self.pick(('', '　', ' '))}{self.pick(c['body_posts'])}"

    def numbered_item(self, d: _Doc, i: int) -> None:
        n = i + 1
        mark = self.pick((f"{fullwidth(str(n))}．", f"（{fullwidth(str(n))}）", f"({n})", "①②③④⑤⑥⑦⑧⑨"[i % 9],
                          f"{n}. ", f"{n}）"))
        d.put(mark)
        self.put_list_name(d, "list_numbered")
        tail = self.pick((f"（{self.age()}）", f"（{self.age()}歳）", f"（{self.district()}、{self.age()}歳）",
                          f"（{self.district()}地区・{self.age()}）", f"　{self.age()}歳", f" ({self.age()})"))
        d.put(tail + "\n")

    def official_item(self, d: _Doc) -> None:
        o = self.lex["office"]
        title = self.pick((self.pick(o["sections"]) + "長", self.pick(o["departments"]) + "長",
                           self.pick(o["top_titles"])))
        d.put(self.pick((f"{title}　", f"{self.city}{title}　", f"事務局（{title}）　", f"{title}：")))
        self.put_name(d, self.official(), "list_official_keep", "KEEP")
        d.put("\n")

    def post_list(self, d: _Doc) -> None:
        L = self.ros["lists"]
        d.put(f"{self.district()}地区　{self.pick(('まちづくり懇談会', '防災会議', '地域ケア会議', '見守り連絡会'))}　記録\n\n")
        d.put(f"日時　{self.reiwa_date()}\n\n")
        sections = ["numbered", "bullet", "place_post", "name_post", "post_colon", "kakushi"]
        self.rng.shuffle(sections)
        for k, sec in enumerate(sections):
            d.put(f"{'１２３４５６７８'[k]}　{self.pick(L['headings'])}\n")
            n = self.rng.randint(2, 4)
            if sec == "numbered":
                for i in range(n):
                    d.put("　" if self.chance(0.5) else "")
                    self.numbered_item(d, i)
            elif sec == "bullet":
                for _ in range(n):
                    d.put(self.pick(("・", "・", "　・", "○")))
                    self.put_list_name(d, "list_bullet_sama")
                    d.put(self.pick(("　様", "様", " 様")) + self.pick(("", f"（{self.district()}）")) + "\n")
            elif sec == "place_post":
                for _ in range(n):
                    d.put(self.pick(("　", "")) + self.place_post() + self.pick(("　", "　　", " ")))
                    self.put_list_name(d, "list_place_post")
                    d.put("\n")
            elif sec == "name_post":
                for _ in range(n):
                    d.put(self.pick(("　", "・", "")))
                    self.put_list_name(d, "list_name_post")
                    post = self.pick(self.ros["community"]["posts"])
                    d.put(self.pick((f"（{self.district()}{post}）", f"（{self.district()}地区　{post}）",
                                     f"（{self.district()}・{post}）", f"（{post}、{self.district()}）")) + "\n")
            elif sec == "post_colon":
                for _ in range(n):
                    post = self.pick((self.pick(self.ros["community"]["posts"]), self.place_post()))
                    if post == "区長":   # a bare 区長 may be a city ward's head (an official): name the neighbourhood
                        post = self.district() + post
                    d.put(self.pick(("　", "")) + post + self.pick(("：", "：", ":", "　：")))
                    self.put_list_name(d, "list_post_colon")
                    d.put("\n")
            else:
                def names(dd: _Doc, n: int = n) -> None:
                    for i in range(n):
                        if i:
                            dd.put("、")
                        self.put_list_name(dd, "list_kakushi")
                    dd.put(self.pick(("の各氏", "の各氏", f"ほか{self.num(1, 9)}名", f"外{self.num(1, 9)}名",
                                      f"の{fullwidth(str(n))}氏")))
                d.put("　")
                d.fill(self.pick(L["kakushi"]), names=names, topic=self.pick(L["topics"]))
                d.put("\n")
            if self.chance(0.5):   # an official of the town among the residents: KEEP
                self.official_item(d)
            d.put("\n")


    # -- tables as offices lay them out (issue 11: the forms an unseen writer uses) ------------
    def office_table(self, d: _Doc) -> None:
        """One table in one of ``OFFICE_FORMS``: a system's CSV export, a table
        ruled with + - |, a name split over 姓/名 (and セイ/メイ) columns, the
        reading in a column of its own, a residents' body's roster with the post
        first and half-width spaces, a heading naming a kind of person (奨学生),
        様/殿/故/（妻） around the name in its cell, the header repeated after a
        page footer, one field per line, or attendees with their affiliation
        (private persons MASK, the office's staff KEEP)."""
        o = self.ros["office"]
        form = self.draw(OFFICE_FORMS)
        d.put(f"令和{self.num(2, 7)}年度　{self.city}　{self.pick(o['titles'])}\n\n")
        n = self.rng.randint(3, 6)
        if form == "table_csv":
            d.put(self.pick(('"No","氏名","地区","年齢","金額"\n', "No,氏名,地区,年齢,金額\n")))
            for i in range(n):
                d.put(f"{i + 1},")
                self.put_name(d, self.some_name(0.3)[0], form)
                d.put(f",{self.district()},{self.age()},\"{self.rng.randint(1, 99)},000\"\n")
        elif form == "table_ascii_ruled":
            plus, dash, bar = self.pick((("+", "-", "|"), ("＋", "ー", "｜"), ("+", "=", "|")))
            rule = plus + plus.join(dash * k for k in (4, 12, 6, 10)) + plus + "\n"
            d.put(rule + f"{bar} No {bar} {self.pick(('氏名', '被害者氏名', '受給者'))} {bar} 年齢 {bar} 地区 {bar}\n" + rule)
            for i in range(n):
                d.put(f"{bar} {i + 1}  {bar} ")
                self.put_name(d, self.some_name(0.3)[0], form)
                d.put(f" {bar} {self.age()} {bar} {self.district()} {bar}\n")
            d.put(rule)
        elif form == "table_split_columns":
            d.put(self.pick(("No.\t姓\t名\tセイ\tメイ\t性別\t地区\n", "番号\t姓\t名\tフリガナ(姓)\tフリガナ(名)\t地区\n")))
            for i in range(n):
                name = self.common_name()
                d.put(f"{i + 1}\t")
                for k, part in enumerate((name.surname, name.given, hira_to_kata(name.sur_read),
                                          hira_to_kata(name.given_read))):
                    d.span(part, "PERSON", "MASK", form)
                    d.put("\t")
                d.put(self.district() + "\n")
        elif form == "table_reading_column":
            tab = self.chance(0.5)
            d.put("番号\t氏名\tふりがな\t地区\n" if tab else "番号　氏名　　　　　ふりがな　　　　　　地区\n")
            for i in range(n):
                name = self.common_name()
                gap = "\t" if tab else "　　"
                d.put(f"{i + 1}{gap}")
                self.put_name(d, name, form)
                d.put(gap)
                d.span(f"{name.sur_read}　{name.given_read}", "PERSON", "MASK", form)
                d.put(f"{gap}{self.district()}\n")
        elif form == "table_post_first":
            d.put(f"{self.district()}{self.pick(('自治会', '町内会', '老人クラブ'))}　役員名簿\n\n")
            d.put("役職          氏名              班     電話\n")
            for post in self.rng.sample(o["body_posts"], n):
                d.put(post + " " * max(1, 14 - 2 * len(post)))
                name, _ = self.some_name(0.35)
                sep = self.pick(("  ", " ", "　"))
                d.span(name.render(sep), "PERSON", "MASK", form)
                d.put(" " * max(1, 18 - 2 * len(name.render(sep))) + f"{self.rng.randint(1, 9)}班    "
                      f"0{self.rng.randint(100, 999)}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}\n")
        elif form == "table_person_kind_heading":
            head = self.pick(o["person_kinds"])
            d.put(f"番号\t{head}\t学校名・所属\t備考\n" if self.chance(0.5) else f"番号　　{head}　　　　地区　　　備考\n")
            tab = "\t" in d._parts[-1]
            for i in range(n):
                d.put(f"{i + 1}" + ("\t" if tab else "　　"))
                self.put_name(d, self.some_name(0.3)[0], form)
                d.put(("\t" if tab else "　　") + self.district() + ("\t" if tab else "　　") + "－\n")
        elif form == "table_cell_marks":
            d.put("番号\t氏名\t続柄\t地区\n")
            for i in range(n):
                d.put(f"{i + 1}\t")
                name = self.some_name(0.3)[0]
                before, after, rel = self.pick((("", "　様", "本人"), ("", " 殿", "本人"), ("故 ", "", "本人"),
                                                ("", "（妻）", "妻"), ("", "（長男）", "長男"), ("", " 様（故人）", "本人")))
                d.put(before)
                self.put_name(d, name, form)
                d.put(f"{after}\t{rel}\t{self.district()}\n")
        elif form == "table_repeated_header":
            head = "番号　　氏名　　　　　　地区　　　年齢\n"
            d.put(head)
            for i in range(2 * n):
                if i == n:
                    d.put(f"　　　　　　　　　　－ {fullwidth('1')} －\n" + head)
                d.put(f"{fullwidth(str(i + 1))}　　")
                name = self.some_name(0.3)[0]
                self.put_name(d, name, form)
                d.put("　" * max(1, 6 - len(name.render(""))) + f"{self.district()}　　{self.age()}\n")
        elif form == "table_field_per_line":
            for i in range(n):
                d.put(self.pick((f"【{fullwidth(str(i + 1))}】\n", f"{'①②③④⑤⑥'[i]}\n", f"No.{i + 1}\n")))
                d.put(self.pick(("氏名\n", "氏　名\n", "お名前\n")))
                self.put_name(d, self.some_name(0.3)[0], form)
                d.put(f"\n地区\n{self.district()}\n年齢\n{self.age()}\n\n")
        else:   # attendees: private persons with their post or relation, the office's staff with its unit
            d.put("出席者\n" + self.pick(("名前\t所属・役職\n", "氏名\t所属\n")))
            for i in range(n):
                if i == 0 or self.chance(0.3):
                    self.put_name(d, self.official(), "table_official_keep", "KEEP")
                    d.put(f"\t{self.pick(self.lex['office']['sections'])} {self.pick(o['staff_titles'])}\n")
                else:
                    self.put_name(d, self.some_name(0.3)[0], form)
                    d.put("\t" + self.pick((f"{self.district()}{self.pick(self.ros['community']['posts'])}",
                                             f"本人の{self.pick(('長女', '長男', '妻', '弟'))}",
                                             f"{self.pick(self.ros['tables']['companies'])} 介護支援専門員")) + "\n")
        d.put(f"\n担当　{self.city}{self.pick(self.lex['office']['sections'])}\n")


def generate_rosters(seed: int, n_docs: int) -> list[dict[str, Any]]:
    """``n_docs`` gold documents of tables and lists, the same ones for the same ``seed``.

    Kept apart from ``generator.generate`` so its seeds write what they always did."""
    return [d.build(f"roster-{seed}-{i:04d}")
            for i, _, _, d in seeded_documents(seed, n_docs, ROSTER_KINDS, _RosterWriter)]
