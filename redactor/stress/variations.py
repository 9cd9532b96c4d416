"""Harder PII variations for the stress suite: three more document kinds.

Why: the first frames of ``generator.py`` came to score near 1.0 while
independently written documents still leak names, because real documents
write people in more shapes than those frames: a 参考人 speaking in
committee minutes (private, unlike the members), a child called by given
name and ちゃん/くん, a family member named after the relation (長男の健一),
a person mentioned again by given name alone, a katakana reading in
brackets inside a sentence, a 送付先 line with 様方 or 殿, a surname
before 方 after an address, a roster whose name cell is broken over two
lines or whose romaji names stand upper case in separate columns, a
private person with a neighbourhood post before or after the name or fused
to it (山田自治会長), and phone numbers with the area code in brackets, a
private FAX line or a workplace extension. Officials with a title fused to
the surname (山田市長, 佐藤総務課長) are written as KEEP near misses. An assembly
staged for residents (子ども議会) seats children as 議員 beside the real
council's chair and the mayor (KEEP), and a surname fused with a
profession's noun (佐藤弁護士) closes a 送付書's notes.

Each value gets a ``category`` naming the variation, as in ``generator.py``;
the words come from ``variations.toml`` (made up, from the domain).
The methods are mixed into ``generator._Writer`` and use its helpers.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from redactor.data_files import load_toml

_PKG = "redactor.stress"

#: The categories this module writes, in report order.
VARIANT_CATEGORIES: tuple[str, ...] = (
    "speaker_private", "community_role_list", "community_role_after", "community_role_fused",
    "community_role_table", "honorific_chan_kun", "name_after_relation", "given_only_mention",
    "name_before_reading", "reading_in_brackets", "addressee_field", "honorific_katagata",
    "name_katagaki", "name_cell_break", "romaji_upper_tab", "name_spaced_chars", "variant_kanji_surname",
    "name_hiragana_full",
    "address_katagaki", "address_banchi_forms", "address_floor", "address_building_only", "address_short",
    "address_kanji_digits",
    "phone_bracket", "phone_fax_private", "phone_ext_private",
    "official_title_fused", "staged_assembly_member", "person_noun_fused",
)
#: Address shapes drawn from one deck (so each turns up about equally often).
ADDRESS_FORMS = ("address_banchi_forms", "address_floor", "address_short", "address_kanji_digits",
                 "address_building_only")
#: Of them, the KEEP near misses.
VARIANT_KEEP = frozenset({"official_title_fused"})
#: The document kinds this module adds.
VARIANT_KINDS = ("hearing", "delivery_form", "roster", "staged_assembly")


class VariantsMixin:
    """Document kinds and values of the harder variations (mixed into ``_Writer``)."""

    rng: Any
    lex: dict[str, Any]
    city: str

    @property
    def var(self) -> dict[str, Any]:
        data = getattr(self, "_var", None)
        if data is None:
            data = self._var = load_toml("variations.toml", _PKG)
        return data

    # -- names -------------------------------------------------------------
    def v_name(self):
        """An ordinary name, or (4 in 10) one with an uncommon surname."""
        base = self.common_name()
        if self.chance(0.4):
            sur, sr = self._fresh(self.var["surnames"]["uncommon"])
            return replace(base, surname=sur, sur_read=sr)
        return base

    def spaced(self, d) -> None:
        """A name spread to the width of a form's column (均等割付): 山　田　太　郎, 林　　　修."""
        name = self.common_name()
        full = name.surname + name.given
        if len(full) <= 3:
            value = name.surname + "　" * (5 - len(full)) + name.given
        else:
            value = self.pick(("　", " ")).join(full)
        d.span(value, "PERSON", "MASK", "name_spaced_chars")

    def variant_kanji(self, d) -> None:
        """A surname with a variant character (髙橋, 山﨑), as on a family register."""
        sur, _ = self._fresh(self.var["surnames"]["variant_kanji"])
        d.span(f"{sur}{self.pick(('', '　', ' '))}{self.common_name().given}", "PERSON", "MASK",
               "variant_kanji_surname")

    def hiragana_full(self, d) -> None:
        """A whole name in hiragana, as in letters to children or easy-Japanese notices."""
        name = self.common_name()
        d.span(f"{name.sur_read}{self.pick(('　', ' ', ''))}{name.given_read}", "PERSON", "MASK", "name_hiragana_full")

    def kid(self, d) -> None:
        """A child: given name (sometimes with surname) before ちゃん or くん."""
        name = self.common_name()
        value = name.given if self.chance(0.6) else name.render(self.pick(("", "　")))
        d.span(value, "PERSON", "MASK", "honorific_chan_kun")
        d.put(self.pick(("ちゃん", "ちゃん", "くん")) if name.gender == "f" else self.pick(("くん", "君", "ちゃん")))

    def relative(self, d) -> None:
        """A family member named after the relation word (長男の健一, 妻・花子)."""
        name = self.common_name()
        rels = self.var["relations"]
        rel = self.pick(rels["female"] if name.gender == "f" else rels["male"])
        join = self.pick(rels["joins"])
        d.put(rel + join)
        d.span(name.given if self.chance(0.7) else name.render(""), "PERSON", "MASK", "name_after_relation")
        if join == "（":
            d.put("）")

    def reading_of(self, name) -> str:
        from redactor.stress.generator import hira_to_kata
        sep = self.pick(("　", " ", "・", ""))
        reading = f"{name.sur_read}{sep}{name.given_read}"
        return hira_to_kata(reading) if self.chance(0.75) else reading

    def title_fused(self, d) -> None:
        """An official with the title fused to the surname: KEEP (山田市長, 佐藤総務課長)."""
        o = self.lex["office"]
        d.span(self.official().surname, "PERSON", "KEEP", "official_title_fused")
        d.put(self.pick((self.pick(o["top_titles"]), self.pick(o["sections"]) + "長",
                         self.pick(o["departments"]) + "長", "議長", "副議長")))

    # -- numbers and addresses ------------------------------------------------
    def phone_variant(self, d, category: str) -> None:
        from redactor.stress.generator import fullwidth
        if category == "phone_bracket":
            area, local, last = self.landline().split("-")
            value = self.pick((f"({area}){local}-{last}", f"（{area}）{local}－{last}",
                               f"{area}({local}){last}", fullwidth(f"({area}){local}-{last}")))
            d.span(value, "PHONE", "MASK", category)
        elif category == "phone_fax_private":
            num = self.landline()
            d.span(self.pick((num, fullwidth(num).replace("-", "－"), num.replace("-", ""))), "PHONE", "MASK", category)
        elif category == "phone_ext_private":
            ext = self.digits(self.pick((3, 4)), first_nonzero=True)
            value, close = self.pick(((f"{self.landline()}（内線{ext}", "）"), (f"{self.landline()} 内線{ext}", ""),
                                      (f"{self.landline()} ext.{ext}", "")))
            d.span(value, "PHONE", "MASK", category)
            d.put(close)
        else:
            raise ValueError(category)

    def address_variant(self, d, category: str) -> None:
        """An address in one of the harder shapes; ``address_katagaki`` also
        writes the householder's surname before 方 (a PERSON span)."""
        from redactor.stress.generator import fullwidth, kanji_number
        rng = self.rng
        a, b, c = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 20)
        if category == "address_banchi_forms":
            town = self._prefix() + self.town()
            value = self.pick((
                f"{town}{kanji_number(a)}丁目{kanji_number(b)}番{kanji_number(c)}号",
                f"{town}{a}丁目{b}番地の{c}",
                f"{town}{b}番地{c}号",
                f"{town}{a}丁目{b}番{c}",
                f"{town}{fullwidth(str(a))}－{fullwidth(str(b))}－{fullwidth(str(c))}",
                f"{self.pick(self.lex['places']['towns_rural'])}大字{self.pick(self.lex['places']['aza'])}"
                f"{rng.randint(100, 3999)}番地の{c}",
                f"{town}{a}の{b}の{c}"))
            d.span(value, "ADDRESS", "MASK", category)
        elif category == "address_floor":
            head, tail = self.chome_address()
            bld, floor = self.pick(self.var["places"]["buildings"]), rng.randint(2, 9)
            value = head + tail + self.pick((
                f"　{bld}{floor}階", f" {bld} {floor}F", f"{bld}{kanji_number(floor)}階{floor}0{c % 9 + 1}号室",
                f"　{bld}　{fullwidth(str(floor))}階", f"{bld}{floor}0{c % 9 + 1}"))
            d.span(value, "ADDRESS", "MASK", category)
        elif category == "address_building_only":
            bld = self.pick(self.var["places"]["buildings"] + self.lex["places"]["buildings"])
            value = self.pick((f"{bld}{rng.randint(1, 9)}0{c % 9 + 1}号室", f"{bld}　{rng.randint(1, 9)}0{c % 9 + 1}",
                               f"{bld}{fullwidth(str(rng.randint(1, 9)))}０{fullwidth(str(c % 9 + 1))}号"))
            d.span(value, "ADDRESS", "MASK", category)
        elif category == "address_short":
            value = self.pick((f"{self.town()}{b}-{c}", f"{self.town()}{a}-{b}-{c}", f"{self.town()}{b}の{c}",
                               f"{self.town()}{fullwidth(str(b))}－{fullwidth(str(c))}"))
            d.span(value, "ADDRESS", "MASK", category)
        elif category == "address_kanji_digits":
            digits = "〇一二三四五六七八九"
            kb = "".join(digits[int(ch)] for ch in str(b * 7 % 200 + 10))   # 一二三 style, digit by digit
            value = self.pick((f"{self._prefix()}{self.town()}{kanji_number(a)}丁目{kb}番地",
                               f"{self._prefix()}{self.town()}{kanji_number(a)}丁目{kb}番地の{kanji_number(c)}",
                               f"{self.pick(self.lex['places']['towns_rural'])}大字{self.pick(self.lex['places']['aza'])}"
                               f"字{self.pick(self.lex['places']['aza'])}{kb}番地"))
            d.span(value, "ADDRESS", "MASK", category)
        elif category == "address_katagaki":
            head, tail = self.chome_address()
            d.span(head + tail, "ADDRESS", "MASK", category)
            d.put(self.pick(("　", " ", "")))
            d.span(self.v_name().surname, "PERSON", "MASK", "name_katagaki")
            d.put(self.pick(("方", "様方", "　方")))
        else:
            raise ValueError(category)

    # -- document kinds ---------------------------------------------------------
    def hearing(self, d) -> None:
        """Committee minutes with private 参考人 (MASK) beside members (KEEP)."""
        o, v = self.lex["office"], self.var
        committee = self.pick(o["committees"])
        d.put(f"{self.city}議会　{committee}会議録（参考人招致）\n\n開会日時　{self.reiwa_date()}\n\n出席委員\n")
        for role in ("委員長", "委員", "委員"):
            self.official_line(d, role)
        d.put("\n出席参考人\n")
        guests = []
        for _ in range(2):
            name, role = self.v_name(), self.pick(v["community"]["roles"])
            if self.chance(0.5):
                d.put(f"　{self.town()}{role}　")
                self.write_name(d, name, "community_role_list", sep=self.pick(("　", "", " ")))
            else:
                d.put("　")
                self.write_name(d, name, "community_role_after", sep=self.pick(("　", "")))
                d.put(self.pick((f"（{self.town()}{role}）", f"　{role}", f"（{role}）")))
            d.put("\n")
            guests.append(name)
        chair = self.official()
        d.put("\n○委員長（")
        self.write_name(d, chair, "official_keep", "KEEP", sep="")
        d.put("君）　これより参考人から御意見を伺います。")
        d.span(guests[0].surname, "PERSON", "MASK", "speaker_private")
        d.put("参考人、お願いします。\n")
        for name in guests:
            if self.chance(0.5):
                d.put("○参考人（")
                self.write_name(d, name, "speaker_private", sep="")
                d.put("君）　")
            else:
                d.put("○")
                d.span(name.surname, "PERSON", "MASK", "speaker_private")
                d.put("参考人　")
            for frame in self.rng.sample(v["frames"]["hearing"], 2):
                d.fill(frame, kid=self.kid, rel=self.relative, role=self.pick(v["community"]["roles"]),
                       p=lambda dd: self.write_name(dd, self.v_name(), "community_role_after",
                                                    sep=self.pick(("", "　"))))
            d.put("\n○")
            d.span(self.official().surname, "PERSON", "KEEP", "official_fused")
            d.put("委員　ただいまの")
            d.span(name.surname, "PERSON", "MASK", "speaker_private")
            d.put("参考人のお話について伺います。")
            if self.chance(0.7):
                d.put("この件は、既に")
                self.title_fused(d)
                d.put("にも申し入れがあったと聞いております。")
            d.put("\n")
        d.put("○委員長（")
        self.write_name(d, chair, "official_keep", "KEEP", sep="")
        d.put("君）　")
        d.span(guests[-1].surname, "PERSON", "MASK", "speaker_private")
        d.put(self.pick(("参考人には、", "さんには、")) + "お忙しいところありがとうございました。\n")

    def delivery_form(self, d) -> None:
        """A 送付書/届出書: addressee lines, 様方 and 殿, 方 after an address,
        a katakana reading inside a sentence, a person mentioned again by given name."""
        o, v = self.lex["office"], self.var
        d.put(f"{self.pick(('送付書', '届出書', '変更届', '申出書（写）'))}\n\n{self.reiwa_date()}\n\n")
        d.put(self.pick(("送付先　", "宛先　", "送付先住所　", "届出人住所　")))
        self.address_variant(d, self.pick(("address_katagaki", "address_banchi_forms",
                                           "address_floor", "address_katagaki")))
        d.put("\n" + self.pick(("　　", "")))
        if self.chance(0.5):
            self.write_name(d, self.v_name(), "honorific_katagata", sep=self.pick(("", "　")))
            d.put("様方　")
            self.write_name(d, self.v_name(), "addressee_field", sep=self.pick(("", "　")))
            d.put(self.pick(("様", "　様")))
        else:
            self.write_name(d, self.v_name(), "honorific_katagata", sep=self.pick(("", "　", " ")))
            d.put(self.pick(("殿", "　殿", " 殿")))
        d.put("\n\n" + self.pick(v["fields"]["addressee"]))
        main = self.v_name()
        self.write_name(d, main, "addressee_field", sep=self.pick(("　", "", " ")))
        d.put("\n住所　")
        self.address_variant(d, self.draw(ADDRESS_FORMS))
        d.put(self.pick(("\n署名　", "\n氏　　名　", "\n記入者　")))
        self.spaced(d)
        d.put("\n電話　")
        self.phone_variant(d, "phone_bracket")
        if self.chance(0.7):
            d.put(self.pick(("\nFAX　", "\nファクス　", "\nＦＡＸ：", "　FAX ")))
            self.phone_variant(d, "phone_fax_private")
        d.put(self.pick(("\n勤務先電話　", "\n連絡先（勤務先）　", "\n日中の連絡先　")))
        self.phone_variant(d, "phone_ext_private")
        d.put("\n\n")
        d.fill(self.pick(v["frames"]["reading"]),
               p=lambda dd: self.write_name(dd, main, "name_before_reading", sep=self.pick(("", "　"))),
               r=lambda dd: dd.span(self.reading_of(main), "PERSON", "MASK", "reading_in_brackets"))
        d.put("\n")
        d.fill(self.pick(v["frames"]["child"]), town=self.town(), kid=self.kid,
               p=lambda dd: dd.span(self.v_name().surname, "PERSON", "MASK", "name_katagaki"))
        d.fill(self.pick(v["frames"]["given_again"]),
               g=lambda dd: dd.span(main.given, "PERSON", "MASK", "given_only_mention"))
        d.put(self.pick(("\n\n（お子さんあての通知）\n　", "\n\n（やさしい日本語）\n　")))
        self.hiragana_full(d)
        d.put(self.pick(("さん　おたんじょうび　おめでとう。", "さんへ　がっこうから　おしらせです。")))
        d.put("\n\n（世帯の状況）\n　")
        for i in range(self.rng.randint(1, 2)):
            if i:
                d.put("、")
            self.relative(d)
        d.put("\n\n（備考）　")
        d.span(self.v_name().surname, "PERSON", "MASK", "person_noun_fused")
        d.put(self.pick(v["person_nouns"]["words"]) + self.pick(v["person_nouns"]["after"]))
        d.put(f"\n\n{self.city}{self.pick(o['sections'])}　担当　")
        self.title_fused(d)
        d.put("\n")

    def staged_assembly(self, d) -> None:
        """The record of an assembly staged for residents (子ども議会): participants named with
        seats, 議員 and 君 (MASK: residents, often children) beside the real council's chair and
        the executives answering (KEEP)."""
        a = self.var["staged_assembly"]
        assembly = self.pick(a["assemblies"])
        d.put(f"{self.reiwa_date()}　{self.city}{assembly}　会議録\n\n○議長（{self.city}議会議長　")
        self.write_name(d, self.official(), "official_keep", "KEEP", sep=self.pick(("　", "")))
        d.put(f"君）　ただいまから{assembly}を開会いたします。\n")
        for seat in self.rng.sample(range(1, 13), self.rng.randint(2, 3)):
            name = self.common_name()
            d.put(f"○{seat}番（")
            if self.chance(0.6):
                d.put(f"{self.pick(a['schools'])}{self.pick(a['years'])}　")
                self.write_name(d, name, "staged_assembly_member", sep=self.pick(("　", "")))
                d.put("議員）　")
            else:
                self.write_name(d, name, "staged_assembly_member", sep=self.pick(("　", "")))
                d.put(self.pick(("君）　", "議員）　")))
            d.put(self.pick(a["questions"]) + f"\n○{self.pick(('市長', '教育長', '副市長'))}（")
            self.write_name(d, self.official(), "official_keep", "KEEP", sep=self.pick(("　", "")))
            d.put("君）　")
            d.span(name.surname, "PERSON", "MASK", "staged_assembly_member")
            d.put("議員" + self.pick(a["answers"]) + "\n")
        d.put(self.pick(("\n出席した子ども議員　", "\n出席議員　", "\n参加者　")))
        for i in range(2):
            if i:
                d.put("、")
            self.write_name(d, self.common_name(), "staged_assembly_member", sep=self.pick(("　", "")))
        d.put("\n")

    def roster(self, d) -> None:
        """A tab-separated roster: name cells broken over two lines, romaji upper
        case in separate columns, community posts in a column, fused posts in a note."""
        from redactor.stress.generator import fullwidth
        v = self.var
        if self.chance(0.5):
            d.put(f"令和{self.num(2, 7)}年度　{self.pick(('地区見守り協力員', '防災訓練参加者', '地域福祉推進委員'))}名簿\n\n")
            d.put(self.pick(("No.\t氏名\t役職\t住所\t電話\n", "番号\t氏　名\t地域での役職\t住　所\t連絡先\n")))
            for i in range(self.rng.randint(3, 5)):
                d.put(f"{i + 1}\t")
                name = self.v_name()
                form = self.rng.randrange(5)
                if form == 3:
                    self.pick((self.spaced, self.variant_kanji))(d)
                elif form == 0:   # the cell wrapped inside the name
                    d.span(f"{name.surname}\n{name.given}", "PERSON", "MASK", "name_cell_break")
                elif form == 1:   # the given name on a continuation line of the row
                    d.span(name.surname, "PERSON", "MASK", "name_cell_break")
                    d.put("\t" + self.pick(v["community"]["roles"]) + "\t\t\n\t")
                    d.span(name.given, "PERSON", "MASK", "name_cell_break")
                elif form == 2:
                    self.write_name(d, name, "community_role_table", sep=self.pick(("　", "", " ")))
                else:
                    self.variant_kanji(d)
                if form != 1:
                    d.put("\t" + self.pick(v["community"]["roles"]))
                d.put("\t")
                self.address_variant(d, self.draw(ADDRESS_FORMS))
                d.put("\t")
                self.phone_variant(d, self.pick(("phone_bracket", "phone_fax_private")))
                d.put("\n")
            d.put("\n備考　")
            d.span(self.v_name().surname, "PERSON", "MASK", "community_role_fused")
            d.put(self.pick(v["community"]["roles"]) + "は欠席。連絡調整は")
            self.title_fused(d)
            d.put("が行う。\n")
        else:
            d.put(f"{self.pick(('日本語教室', '外国人住民相談会', '防災講習会'))}　受講者一覧\n\n")
            d.put(self.pick(("No.\tFAMILY NAME\tGIVEN NAME\t国籍\t電話\n", "番号\t姓（ローマ字）\t名（ローマ字）\t国籍\t連絡先\n")))
            f = self.lex["foreign"]
            for i in range(self.rng.randint(3, 5)):
                if self.chance(0.5):
                    fam, giv = self.pick(f["romaji_family"]), self.pick(f["romaji_given"]).upper()
                else:
                    fam, giv = self.pick(f["romaji_japanese_family"]), self.pick(f["romaji_japanese_given"]).upper()
                if self.chance(0.2):
                    fam, giv = fullwidth(fam), fullwidth(giv)
                d.put(f"{i + 1}\t")
                d.span(fam, "PERSON", "MASK", "romaji_upper_tab")
                d.put("\t")
                d.span(giv, "PERSON", "MASK", "romaji_upper_tab")
                d.put(f"\t{self.pick(('ベトナム', 'フィリピン', 'ブラジル', 'ネパール', '日本', '中国'))}\t")
                self.phone_variant(d, "phone_bracket")
                d.put("\n")
            d.put("\n連絡　")
            d.span(self.v_name().surname, "PERSON", "MASK", "community_role_fused")
            d.put(self.pick(v["community"]["roles"]) + "経由で参加者に通知する。\n")

