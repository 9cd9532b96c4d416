"""A seeded generator of re-identification (mosaic) scenarios with gold.

Each generated document describes one or more residents the way minutes,
bills and case reports do: a subject (a role of the case such as 申出人 or
相談者, a sex word, a child, a household, a named resident) with two to
five attributes drawn from the kinds an examiner weighs (small areas,
dates without a year, households, described work, origin, age, sex,
school and class, an incident). The attributes are spread the ways real
documents spread them: in one sentence, over two sentences that refer back
(その方, 同氏, 当該世帯), in a councillor's question and the official's
answer (or two answers with the member asking again), with sentences about
nothing personal in between, as a role repeated in a bill, or as rows of a
table of recipients. Each risk group names its ``category`` (pattern/layout,
``table_row`` or ``control_*``) for ``evaluation.score_risk_by_category``.

Beside them stand controls that must stay low: a statistic about many
people, an attribute of an official, a general description of a district,
a policy sentence, a resident described by age and sex only, a
hypothetical resident (例えば…の方が転入された場合) and a public event with
tens of participants.

The output is gold JSONL (``/work/shared/spec/gold-format.md``): quasi-
identifier spans with ``risk`` groups that ``redactor eval`` scores
(high groups found, low groups flagged high, what ``--generalize`` leaves).

Every combination written as high is one an examiner would call high: a
small area with two narrowing attributes, a dated incident in a small area,
a rare job or origin with two more attributes, or a school class with an
incident. Vocabulary: ``redactor/data/risk_scenarios.toml`` (made-up names).

Usage::

    python -m redactor.stress.risk_scenarios -n 300 --seed 7 -o risk_suite.jsonl
    redactor eval risk_suite.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Iterator

from redactor.data_files import load_toml

_V = load_toml("risk_scenarios.toml")

# slot name -> gold label
_LABELS = {"date": "DATE", "time": "DATE", "place": "PLACE", "landmark": "PLACE", "district": "PLACE",
           "age": "AGE", "sex": "GENDER", "family": "FAMILY", "work": "OCCUPATION", "origin": "NATIONALITY",
           "school": "AFFILIATION", "class": "AFFILIATION", "name": "PERSON"}
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass
class _Doc:
    """A document under construction: text pieces and the gold spans in it."""

    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)
    risk: list[dict[str, Any]] = field(default_factory=list)
    size: int = 0

    def write(self, template: str, slots: dict[str, str], action: str = "KEEP",
              person_action: str = "MASK") -> list[int]:
        """Append ``template`` with its slots filled; the labelled slots
        become gold spans (PERSON MASK, or ``person_action``: a council
        member named in the minutes' speaker mark is KEEP). Returns their indices."""
        ids: list[int] = []
        pos = 0
        for m in _SLOT.finditer(template):
            self._plain(template[pos:m.start()])
            name = m.group(1)
            key = re.sub(r"\d+$", "", name)
            value = slots[name]
            label = _LABELS.get(key)
            if label:
                ids.append(len(self.spans))
                self.spans.append({"start": self.size, "end": self.size + len(value), "label": label,
                                   "action": person_action if label == "PERSON" else action})
            self._plain(value)
            pos = m.end()
        self._plain(template[pos:])
        return ids

    def _plain(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)

    def group(self, subject: str, ids: list[int], level: str, why: str, category: str = "") -> None:
        """A risk group; ``category`` (pattern/layout, or control kind) lets a
        report say which ways of spreading attributes the tool misses."""
        qi = [i for i in ids if self.spans[i]["label"] != "PERSON"]
        if qi:
            grp = {"subject": subject, "span_ids": qi, "level": level, "why": why}
            if category:
                grp["category"] = category
            self.risk.append(grp)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Draw:
    """Values drawn from the vocabulary, with the numbers filled in."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def pick(self, key: str) -> str:
        return self.fill(self.r.choice(_V[key]))

    def fill(self, s: str) -> str:
        r = self.r
        kanji = "一二三四五六七八九"
        return (s.replace("{s}", r.choice(_V["stems"])).replace("{a}", r.choice(_V["aza"]))
                .replace("{n}", str(r.randint(1, 12))).replace("{m}", str(r.randint(1, 9)))
                .replace("{kn}", kanji[r.randint(0, 5)]).replace("{mo}", str(r.randint(1, 12)))
                .replace("{d}", str(r.randint(1, 28))).replace("{h}", str(r.randint(1, 11)))
                .replace("{c}", str(r.randint(2, 9))))


# -- how an attribute is written before the subject noun, or said about them --

def _mod(kind: str, v: str) -> str | None:
    """The attribute as a modifier of the subject noun (「{place}に住む」), or
    None when it reads only as a statement (長男は県外に在住)."""
    slot = "{%s}" % kind
    if kind == "place":
        return slot + "に住む" if v.endswith(("地区", "丁目", "号棟", "団地", "集落", "ニュータウン")) else slot + "の"
    if kind in ("family", "work"):
        if re.search("[はが]", v) and kind == "family":
            return None
        if v.endswith("暮らし") and not v.endswith("で暮らし"):
            return slot + "の"  # 一人暮らしの
        if v.endswith(("し", "れ")):
            return slot + "た"
        if re.search(r"[るたむいな]$", v):
            return slot
        return slot + "の"
    return slot + "の"


def _pred(kind: str, v: str, ref: str) -> str:
    """The attribute said about a subject already introduced (``ref`` is the
    back-reference, or '' for a sentence with no subject written)."""
    slot = "{%s}" % kind
    head = f"{ref}は" if ref else ""
    if kind == "place":
        return f"{head}{slot}にお住まいです。" if ref else f"住まいは{slot}です。"
    if kind == "age":
        return f"{head}{slot}です。" if ref else f"年齢は{slot}です。"
    if kind == "school":
        return f"{head}{slot}に通っています。" if ref else f"{slot}に在籍しています。"
    if kind == "class":
        return f"{head}{slot}です。" if ref else f"学年・学級は{slot}です。"
    if re.search("[はが]", v):
        return f"{ref}について申し上げますと、{slot}とのことです。" if ref else f"なお、{slot}とのことです。"
    if v.endswith("暮らし") and not v.endswith("で暮らし"):
        return f"{head}{slot}です。"
    if v.endswith(("し", "れ")):
        return f"{head}{slot}ています。"
    if re.search(r"[るたむいな]$", v):
        return f"{head}{slot}。" if not v.endswith("ない") else f"{head}{slot}方です。"
    return f"{head}{slot}です。"


_PATTERNS = ("area_two", "dated_incident", "rare_trait", "school_incident",
             # harder: the household is the subject; a job described in words; an origin said apart
             # from the rest; an incident dated without a year, said over several sentences
             "household_across", "work_described", "origin_across", "event_no_year")
#: patterns whose attributes are always spread over sentences, paragraphs or speaker turns
_ACROSS = frozenset({"household_across", "origin_across", "event_no_year"})


def _subject_attrs(d: _Draw, pattern: str) -> dict[str, str]:
    """Attributes of a high subject, by the combination that makes it high."""
    r = d.r
    a: dict[str, str] = {}
    if pattern == "area_two":  # a small area and two narrowing attributes
        a["place"] = d.pick("small_areas")
        for kind in r.sample(["age", "family", "work", "origin"], 2):
            a[kind] = d.pick({"age": "ages_band", "family": "households", "work": "works", "origin": "origins"}[kind])
        if r.random() < 0.6:
            a["sex"] = d.pick("sexes")
    elif pattern == "dated_incident":  # a dated incident in a small area
        a["date"] = d.pick("dates")
        if r.random() < 0.5:
            a["place"] = d.pick("small_areas")
        else:
            a["landmark"] = d.pick("landmarks")
        if r.random() < 0.7:
            a["age"] = d.pick(r.choice(["ages_band", "ages_exact"]))
        if r.random() < 0.7:
            a["sex"] = d.pick("sexes")
    elif pattern == "rare_trait":  # a rare job or origin with two more attributes
        kind = r.choice(["work", "origin"])
        a[kind] = d.pick("rare_works" if kind == "work" else "rare_origins")
        a["age"] = d.pick("ages_band")
        a["sex"] = d.pick("sexes")
        if r.random() < 0.5:
            a["place"] = d.pick("small_areas")
    elif pattern == "household_across":  # a household in a small area, with its make-up and one more trait
        a["family"] = d.pick("households")
        a["place"] = d.pick("small_areas")
        kind = r.choice(["origin", "work", "age"])
        a[kind] = d.pick({"origin": "origins", "work": "works", "age": "ages_band"}[kind])
    elif pattern == "work_described":  # a job said in words, a small area and age or sex
        a["work"] = d.pick("rare_works")
        a["place"] = d.pick("small_areas")
        if r.random() < 0.5:
            a["age"] = d.pick("ages_band")
        else:
            a["sex"] = d.pick("sexes")
    elif pattern == "origin_across":  # origin, household and small area in different sentences
        a["origin"] = d.pick("rare_origins")
        a["family"] = d.pick("households")
        a["place"] = d.pick("small_areas")
    elif pattern == "event_no_year":  # an incident on a day without a year, in a small area, with age
        a["date"] = d.pick("dates")
        a["place"] = d.pick("small_areas")
        a["age"] = d.pick(r.choice(["ages_band", "ages_exact"]))
        if r.random() < 0.5:
            a["sex"] = d.pick("sexes")
    else:  # a school class and an incident
        a["school"] = d.pick("schools")
        a["class"] = d.pick("middle_classes" if "中学校" in a["school"] else "classes")
        if r.random() < 0.6 or "組" not in a["class"]:  # a grade alone needs the day to single a pupil out
            a["date"] = d.pick("dates")
    return a


def _why(pattern: str) -> str:
    return {"area_two": "small area + two narrowing attributes", "dated_incident": "dated incident in a small area",
            "rare_trait": "rare job or origin + age + sex", "school_incident": "school class + incident",
            "household_across": "household make-up + small area + one more trait, over sentences",
            "work_described": "a job few hold, said in words + small area + age or sex",
            "origin_across": "rare origin + household + small area, over sentences",
            "event_no_year": "incident on a day (no year) + small area + age"}[pattern]


def _write_subject(doc: _Doc, d: _Draw, pattern: str, layout: str) -> None:
    """One high subject written in ``layout``; its spans become one group."""
    r = d.r
    a = _subject_attrs(d, pattern)
    child = pattern == "school_incident"
    incident = (d.pick("child_incidents" if child else "incidents")
                if pattern in ("dated_incident", "school_incident", "event_no_year") else None)
    name = None
    if child:
        noun = r.choice(["児童", "{sex}", "生徒"])
        if noun == "{sex}":
            a["sex"] = d.pick("child_sexes")
        backrefs = _V["child_backrefs"]
    elif pattern == "household_across":
        noun = r.choice(_V["household_nouns"])
        backrefs = _V["household_backrefs"]
    else:
        choice = r.random()
        if choice < 0.35 or "sex" not in a:
            noun = r.choice(_V["roles"])
        elif choice < 0.5:
            name, noun = r.choice(_V["surnames"]), "{name}さん"
        else:
            noun = "{sex}"
        backrefs = _V["backrefs"]
    slots = dict(a)
    if name:
        slots["name"] = name
    ids: list[int] = []
    kinds = [k for k in a if k not in ("date", "sex", "landmark")]
    r.shuffle(kinds)
    # modifiers written before the noun in the introducing sentence; the rest
    # is said about the subject afterwards
    before = kinds if layout == "one" else kinds[:max(1, len(kinds) // 2)]
    mods = [m for m in (_mod(k, a[k]) for k in before) if m]
    after = [k for k in kinds if k not in before or _mod(k, a[k]) is None]
    noun_text = "".join(mods) + noun
    if "sex" in a and noun != "{sex}":
        if r.random() < 0.5:
            noun_text += "（{sex}）"
        else:
            after.append("sex")
    opening = "{date}、" if "date" in a else ""
    if incident:
        where = "{landmark}で" if "landmark" in a else ""
        intro = f"{opening}{noun_text}が{where}{incident}。"
    else:
        verb = r.choice(["から相談がありました。", "について報告します。", "から申出があった。", "が窓口に来られました。"])
        intro = f"{opening}{noun_text}{verb}"
    follow = []
    for k in after:
        if k == "sex":
            follow.append(r.choice(["{sex}です。", "性別は{sex}です。", "なお、{sex}の方です。"]))
            continue
        refs = backrefs + ([noun] if noun in _V["roles"] else [])
        # a new paragraph names whom it is about; a sentence right after may not
        ref = r.choice(refs if (layout in ("paragraphs", "interleaved", "multi_turn") and not follow) else refs + [""])
        follow.append(_pred(k, a[k], ref))
    follow_text = "".join(follow)
    if layout == "turn":
        council = r.choice(_V["surnames"])
        ids += doc.write(f"○{r.randint(1, 20)}番（{{name0}}{r.choice(_V['councillor_titles'])}）　", {"name0": council},
                         person_action="KEEP")
        ids = []
        ids += doc.write(intro + "\n", slots)
        if follow_text:
            ids += doc.write(f"○{r.choice(_V['official_titles'])}　お尋ねの件ですが、" + follow_text + "\n", slots)
    elif layout == "multi_turn":
        # the member introduces, the official answers in part, the member asks again, the rest follows
        council = r.choice(_V["surnames"])
        mark = f"○{r.randint(1, 20)}番（{{name0}}{r.choice(_V['councillor_titles'])}）　"
        doc.write(mark, {"name0": council}, person_action="KEEP")
        ids += doc.write(intro + "\n", slots)
        official = r.choice(_V["official_titles"])
        half = max(1, len(follow) // 2)
        ids += doc.write(f"○{official}　お答えします。" + "".join(follow[:half]) + "\n", slots)
        if follow[half:]:
            doc.write(mark + r.choice(_V["follow_up_questions"]) + "\n", {"name0": council}, person_action="KEEP")
            ids += doc.write(f"○{official}　" + "".join(follow[half:]) + "\n", slots)
    elif layout == "interleaved":
        # sentences with nothing about the person stand between the introduction and the rest
        filler = "".join(r.sample(_V["fillers"], 2))
        ids += doc.write(intro + filler + "\n" + follow_text + "\n", slots)
    elif layout == "paragraphs" and follow_text:
        ids += doc.write(intro + "\n\n", slots)
        ids += doc.write(follow_text + "\n", slots)
    else:
        ids += doc.write(intro + follow_text + "\n", slots)
    doc.group(noun.strip("{}"), ids, "high", _why(pattern), f"{pattern}/{layout}")


def _write_table(doc: _Doc, d: _Draw) -> None:
    """A table of private recipients: each row is a subject of its own."""
    r = d.r
    sep = r.choice(["\t", "\u3000"])
    columns = r.choice([("place", "item", "amount", "age"), ("place", "age", "sex", "item", "amount"),
                        ("place", "family", "item", "amount"), ("place", "item", "age", "family")])
    head = {"place": "地区", "item": "品目", "amount": "金額", "age": "年齢", "sex": "性別", "family": "世帯"}
    doc.write(r.choice(["（別表）補助金交付先一覧\n", "交付決定の内訳\n", "助成の状況（個人）\n"]), {})
    doc.write(sep.join(head[c] for c in columns) + "\n", {})
    for _ in range(r.randint(2, 3)):
        slots = {"place": d.pick("small_areas"), "age": d.pick(r.choice(["ages_exact", "ages_band"])),
                 "sex": d.pick("sexes"), "family": r.choice(["一人暮らし", "高齢夫婦世帯", "母子家庭", "三世代同居", "父子家庭"]),
                 "item": d.pick("items"), "amount": f"{r.randint(1, 30) * 5000:,}円"}
        cells = [("{%s}" % c) if c in _LABELS else slots[c] for c in columns]
        ids = doc.write(sep.join(cells) + "\n", slots)
        doc.group("交付先", ids, "high", "a row of a table of private recipients: small area + age or household",
                  "table_row")


_CONTROLS = ("statistic", "official", "district", "policy", "broad", "hypothetical", "public_event")


def _write_control(doc: _Doc, d: _Draw, kind: str) -> None:
    """A sentence that must stay low: it describes many people, an official,
    a district, a policy, or a resident by age and sex only."""
    r = d.r
    if kind == "statistic":
        t = r.choice(["{district}では{age}の方が{count}おられ、{family}の方も増えております。",
                      "{district}の{family}の高齢者は{count}で、前年より増加しています。",
                      "{district}に住む{age}の住民は{count}となっております。"])
        slots = {"district": d.pick("districts"), "age": d.pick("ages_band"), "count": d.pick("stat_counts"),
                 "family": r.choice(["一人暮らし", "高齢夫婦世帯", "ひとり暮らし"])}
    elif kind == "official":
        t = r.choice(["{official}（{age}・{sex}）が{district}を担当しております。",
                      "{official}は{age}の{sex}で、{district}の担当となっています。",
                      "{district}担当の{staff}が、{age}の{sex}職員とともに訪問しました。"])
        slots = {"official": d.pick("officials"), "age": r.choice(["20代", "30代", "40代", "50代"]), "sex": d.pick("sexes"),
                 "district": d.pick("districts"), "staff": r.choice(["保健師", "ケースワーカー", "主査", "相談員"])}
    elif kind == "district":
        t = r.choice(["{district}は{family}が多く、{work}が多い地域です。",
                      "{district}には{origin}の方も多く住んでおられます。",
                      "{district}では{family}の世帯の割合が市内で最も高くなっています。"])
        slots = {"district": d.pick("districts"), "family": r.choice(["高齢者世帯", "三世代同居", "単独世帯"]),
                 "work": r.choice(["農家", "漁業者", "会社員"]), "origin": r.choice(["ベトナム国籍", "ブラジル国籍", "外国籍"])}
    elif kind == "policy":
        t = r.choice(["{family}の高齢者や{origin}の住民に対し、{policy}。",
                      "{district}を含む市内全域で、{family}の方への{policy_noun}。",
                      "{age}以上の{family}の方を対象に、{policy}。"])
        slots = {"family": r.choice(["一人暮らし", "ひとり暮らし", "高齢者世帯"]), "origin": "外国籍",
                 "policy": d.pick("policies"), "district": d.pick("districts"),
                 "policy_noun": "見守りを強化してまいります", "age": r.choice(["65歳", "75歳"])}
    elif kind == "hypothetical":
        t = d.r.choice(_V["hypotheticals"])
        slots = {"age": d.pick("ages_band"), "family": r.choice(["一人暮らし", "ひとり親世帯", "高齢夫婦世帯"]),
                 "origin": r.choice(["外国籍", "ネパール出身", "ベトナム国籍"])}
    elif kind == "public_event":
        t = d.r.choice(_V["public_events"])
        # many took part (tens of people): the date and place describe the event, not a person
        slots = {"date": d.pick("dates"), "district": d.pick("districts"), "count": d.fill(r.choice(["約{c}0人", "{c}0名"])),
                 "age": d.pick("ages_band")}
    else:
        t = r.choice(["{age}の{sex}から、ごみの出し方について問合せがありました。",
                      "窓口に{age}の{sex}が来られ、制度について説明しました。"])
        slots = {"age": d.pick("ages_band"), "sex": d.pick("sexes")}
    ids = doc.write(t + "\n", slots)
    doc.group(kind, ids, "low", f"control: {kind}", f"control_{kind}")


def scenario(seed: int, index: int) -> dict[str, Any]:
    """One gold document: one or two high subjects (or a table) and a control."""
    r = random.Random(f"{seed}:{index}")
    d = _Draw(r)
    doc = _Doc()
    kind = r.choice(["minutes", "agenda_bill", "report"])
    control_first = r.random() < 0.3
    control = r.choice(_CONTROLS)
    separate = r.random() < 0.5  # the control in its own paragraph, or right after the subject
    if control_first:
        _write_control(doc, d, control)
        doc.write("\n" if separate else "", {})
    if r.random() < 0.15:
        _write_table(doc, d)
    else:
        layout = r.choice(["one", "sentences", "sentences", "turn", "paragraphs", "multi_turn", "interleaved"])
        pattern = r.choice(_PATTERNS)
        if pattern in _ACROSS and layout == "one":
            layout = r.choice(["sentences", "turn", "paragraphs", "multi_turn", "interleaved"])
        _write_subject(doc, d, pattern, layout)
    if not control_first:
        doc.write("\n" if separate else "", {})
        _write_control(doc, d, control)
    return {"id": f"risk-{seed}-{index:04d}", "kind": kind, "text": doc.text, "spans": doc.spans, "risk": doc.risk}


def generate(n: int = 30, seed: int = 1) -> Iterator[dict[str, Any]]:
    """``n`` scenarios, the same for the same seed."""
    for i in range(n):
        yield scenario(seed, i)


def write_suite(path: str, n: int = 300, seed: int = 1) -> int:
    """Write ``n`` scenarios as gold JSONL to ``path``; returns the count."""
    with open(path, "w", encoding="utf-8") as fh:
        for doc in generate(n, seed):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Generate re-identification scenarios as gold JSONL.")
    p.add_argument("-n", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("-o", "--output", default="-")
    args = p.parse_args(argv)
    if args.output == "-":
        for doc in generate(args.n, args.seed):
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    else:
        write_suite(args.output, args.n, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
