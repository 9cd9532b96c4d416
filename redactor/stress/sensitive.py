"""A seeded generator of gold documents for SENSITIVE facts (要配慮個人情報).

Why: the recognizers found a sensitive fact where a term stood with a
predicate about a person (統合失調症で入院している); independently written
case records, registers and minutes state most facts otherwise: as a bullet
or a field of a record (・脳血管性認知症（通院中）, 要介護度：要介護３), as a
cell of a register, as a nominal sentence (現状：５月以降不登校。), inside a
quoted remark, or in everyday words without the technical term (心の病気で
仕事を休んでいる). This suite writes every statutory class of 要配慮個人情報
(``sensitive.toml``: 病歴, 心身の障害, 要介護度, 生活保護, 犯罪の経歴, 刑事・少年
事件の手続, 犯罪被害, 健康診断の結果, 信条; and what unseen minutes say in plain words
more than by a term: bullying suffered, a household's hardship, the behaviours
of dementia, a capacity judged for a guardianship) in each of those forms, beside
statements about a programme or a number of people that name the same
classes and must stay visible (``general_*``, gold KEEP: their over-masking
is the share flagged).

Each fact's ``category`` is its form (``sens_bullet``, ``sens_cell`` …); an
extra ``class`` key says which statutory class it is, so a miss can be read
both ways. Subjects are role nouns of a case (相談者, 世帯主, 長男 …) or
made-up names (PERSON MASK, category ``person_subject``). Gold actions follow
the default profile: a fact about a person is MASK.
"""
from __future__ import annotations

import random
from typing import Any

from redactor.data_files import load_toml
from redactor.stress.generator import _Decks, _Doc, _Writer, fullwidth, seeded_documents

_PKG = "redactor.stress"

#: The forms a fact is written in; each is the category of its span.
FORMS: tuple[str, ...] = ("verb", "nominal_sentence", "bullet", "field", "cell", "quote", "plain")
#: The statutory classes (sensitive.toml [classes]).
CLASSES: tuple[str, ...] = ("illness", "disability", "care", "welfare", "record", "procedure", "victim",
                            "health_check", "creed", "bullying", "hardship", "dementia", "capacity")
#: Forms a memo writes (``memo``): a note after a person's name and a colon, a condition in its paper's bracket.
MEMO_FORMS: tuple[str, ...] = ("named_item", "paper")
GENERAL: tuple[str, ...] = ("general_programme", "general_statistics")
#: What a memo writes that names a class of no one: enclosed papers, a breakdown's rows, a question.
MEMO_GENERAL: tuple[str, ...] = ("general_papers", "general_breakdown", "general_question")
#: Every category the suite writes, in report order.
CATEGORIES: tuple[str, ...] = (tuple(f"sens_{f}" for f in FORMS + MEMO_FORMS) + GENERAL + MEMO_GENERAL
                               + ("person_subject",))
#: Categories whose spans are KEEP (general statements: over-masking is the flagged share).
KEEP_CATEGORIES = frozenset(GENERAL + MEMO_GENERAL)
KINDS = ("record", "minutes", "register", "report", "memo", "notice")


class _SensWriter(_Writer):
    """Writes case records, minutes, registers and reports with their facts."""

    def __init__(self, rng: random.Random, decks: _Decks) -> None:
        super().__init__(rng, decks)
        self.sens = load_toml("sensitive.toml", _PKG)
        self.item_no = 0

    # -- pieces --------------------------------------------------------------
    def fact(self, cls: str, form: str) -> str:
        """The words of one fact of class ``cls`` for ``form``."""
        c = self.sens["classes"][cls]
        key = {"verb": "verb", "quote": "quote", "plain": "plain"}.get(form, "nominal")
        return self.pick(c[key]).replace("{d}", self.pick(c["items"]))

    def subject(self, d: _Doc) -> None:
        """A role noun of the case, or (one time in three) a made-up name with its honorific."""
        if self.chance(0.33):
            self.write_name(d, self.common_name(), "person_subject")
            d.put(self.pick(self.sens["subjects"]["honorific"]))
        else:
            d.put(self.pick(self.sens["subjects"]["roles"]))

    def write_fact(self, d: _Doc, cls: str, form: str) -> None:
        """One fact in the frame of ``form`` (a bullet or a field on a line of its own)."""
        words = self.fact(cls, form)

        def fact(doc: _Doc) -> None:
            doc.span(words, "SENSITIVE", "MASK", f"sens_{form}")
            doc.spans[-1]["class"] = cls

        self.item_no += form == "bullet"
        d.fill(self.pick(self.sens["frames"][form]), s=self.subject, f=fact, n=fullwidth(str(self.item_no)),
               label=self.pick(self.sens["classes"][cls]["field"]))

    def general(self, d: _Doc, which: str) -> None:
        d.span(self.pick(self.sens["general"][which.removeprefix("general_")]), "SENSITIVE", "KEEP", which)
        d.put("。")

    # -- documents -------------------------------------------------------------
    def record(self, d: _Doc) -> None:
        """A case worker's record: fields, bullets and nominal sentences under headings."""
        d.put(f"支援経過記録（{self.reiwa_date()}）\n\n対象：")
        self.subject(d)
        d.put(f"（{self.num(20, 89)}歳）\n\n１　本人の状況\n")
        for _ in range(self.rng.randint(3, 5)):
            self.write_fact(d, self.decks.draw(CLASSES), self.decks.draw(("field", "bullet", "nominal_sentence")))
            d.put("\n")
        d.put("\n２　経過\n　")
        self.write_fact(d, self.decks.draw(CLASSES), self.decks.draw(("verb", "quote")))
        d.put("\n\n３　参考\n　")
        self.general(d, self.decks.draw(GENERAL))
        d.put("\n")

    def minutes(self, d: _Doc) -> None:
        """Committee minutes: a member tells of one case, staff answer about the programme."""
        d.put(f"厚生文教委員会記録（第{self.num(1, 9)}号）\n\n")
        for _ in range(self.rng.randint(2, 3)):
            d.put(f"○{self.num(1, 24)}番委員　ある方から相談を受けました。")
            self.write_fact(d, self.decks.draw(CLASSES), self.decks.draw(("verb", "quote", "plain")))
            d.put("市はどう対応するのか伺います。\n○福祉課長　")
            self.general(d, self.decks.draw(GENERAL))
            d.put("個別の事案については、担当課で丁寧に対応してまいります。\n")
        d.put("○委員長　以上で質疑を終わります。\n")

    def register(self, d: _Doc) -> None:
        """A register of cases as a TAB table: one fact per row in its class's column."""
        cls = self.decks.draw(CLASSES)
        label = self.pick(self.sens["classes"][cls]["field"])
        d.put(f"相談受付一覧（{self.reiwa_date()}現在）\n\n番号\t年代\t{label}\t対応\n")
        for i in range(self.rng.randint(3, 6)):
            d.put(f"{i + 1}\t{self.rng.randint(2, 8)}0代\t")
            d.span(self.fact(cls, "cell"), "SENSITIVE", "MASK", "sens_cell")
            d.spans[-1]["class"] = cls
            d.put(f"\t{self.pick(('継続支援', '関係機関へ連絡', '終結', '訪問予定'))}\n")
        d.put("\n備考　")
        self.general(d, "general_statistics")
        d.put("\n")

    def report(self, d: _Doc) -> None:
        """An incident report: a document sent to the wrong person, and what it held."""
        d.put(f"個人情報の漏えい事案について（報告）\n\n１　発生日　{self.reiwa_date()}\n"
              "２　概要\n　通知書を別の世帯に誤って送付した。通知書には次の記載があった。\n")
        for _ in range(self.rng.randint(2, 3)):
            self.write_fact(d, self.decks.draw(CLASSES), self.decks.draw(("field", "bullet")))
            d.put("\n")
        d.put("３　対応\n　")
        self.write_fact(d, self.decks.draw(CLASSES), "plain")
        d.put("\n４　再発防止\n　")
        self.general(d, "general_programme")
        d.put("\n")

    def memo(self, d: _Doc) -> None:
        """A case meeting's memo: each person's state after the name and a colon,
        a condition in the bracket of its paper; then what names a class of no one:
        the enclosed papers, a breakdown of holders by grade."""
        m = self.sens["memo"]
        d.put(f"ケース会議メモ（{self.reiwa_date()}）\n\n１　利用者の状況\n")
        for _ in range(self.rng.randint(2, 3)):
            cls = self.pick(sorted(m["notes"]))
            d.put(f"・{self.pick(m['roles'])}　")
            self.write_name(d, self.common_name(), "person_subject", sep="　")
            d.put("：")
            items = self.sens["classes"][cls]["items"]
            d.span(self.pick(m["notes"][cls]).replace("{d}", self.pick(items)), "SENSITIVE", "MASK", "sens_named_item")
            d.spans[-1]["class"] = cls
            d.put("\n")
        d.put("\n２　受領した書類\n　")
        self.subject(d)
        d.put(f"の{self.pick(m['papers'])}（")
        d.span(self.pick(self.sens["classes"]["illness"]["items"]), "SENSITIVE", "MASK", "sens_paper")
        d.spans[-1]["class"] = "illness"
        d.put("）を受領した。\n\n添付　")
        d.span(self.pick(m["general"]["papers"]), "SENSITIVE", "KEEP", "general_papers")
        d.put("\n\n３　参考（区分別の利用者数）\n")
        self.breakdown(d)

    def breakdown(self, d: _Doc) -> None:
        """Two rows of a breakdown table: a grade and how many hold it."""
        for row in self.rng.sample(self.sens["memo"]["general"]["breakdown"], 2):
            d.span(row.replace("{n}", fullwidth(str(self.rng.randint(1, 30)))), "SENSITIVE", "KEEP", "general_breakdown")
            d.put("\n")

    def notice(self, d: _Doc) -> None:
        """An office's notice of a service: the papers to enclose, its users by grade,
        the questions put about a class of persons. It states no one's fact."""
        m = self.sens["memo"]
        d.put(f"福祉サービスの利用案内（{self.reiwa_date()}改定）\n\n１　提出書類\n添付　")
        d.span(self.pick(m["general"]["papers"]), "SENSITIVE", "KEEP", "general_papers")
        d.put("\n\n２　利用者数（区分別）\n")
        self.breakdown(d)
        d.put("\n３　よくある質問\n")
        for q in self.rng.sample(m["general"]["questions"], 2):
            d.put("Ｑ　")
            d.span(q, "SENSITIVE", "KEEP", "general_question")
            d.put("。\nＡ　福祉課の窓口にお問い合わせください。\n")


def generate_sensitive(seed: int, n_docs: int) -> list[dict[str, Any]]:
    """``n_docs`` gold documents for SENSITIVE facts, the same for the same ``seed``."""
    return [d.build(f"sensitive-{seed}-{i:04d}") for i, _, _, d in seeded_documents(seed, n_docs, KINDS, _SensWriter)]
