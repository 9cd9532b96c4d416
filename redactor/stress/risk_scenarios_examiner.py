"""Seeded scenarios of the combinations an examiner judges high, and their controls.

``risk_scenarios`` spreads a resident's attributes the ways documents do;
this suite holds the judgements of issue 13 item 3 and the ways a person of
a case is named (items 2 and 3 of this session's brief), each beside a
control written with the same words that must stay low:

- ``sensitive_fact``: a 町名, an age band and the sex of a person a sensitive
  fact is told of (control: the same person with no fact, in the whole city);
- ``village_two``: a 字, 集落 or 団地 with an age band and the sex (control: a
  city's 丁目 with the same);
- ``rare_plus``: a rare origin with a spouse named (control: 外国籍);
- ``role_field``: a field line headed by the role, the rest in the next
  sentence (control: a statistic of the area);
- ``next_turn``: a place in one turn, the person's age and household in the
  next (control: the next turn introduces someone else, 別の方);
- ``staff_form``: the fields of a disciplinary paper (control: the office's
  unit and post on a form about a resident's request);
- ``official``: a member of staff described at work (control only);
- ``case_across`` (every document, after the two kinds above): one person's
  case told across passages -- question and answer turns with the chair's
  call between and a back-reference (御指摘の, その方), a numbered item
  whose sentence wraps onto the next line, or sentences with no person word
  after the one that introduces them (control: the same shape about many
  residents, a statistic of the area).

Gold JSONL as ``/work/shared/spec/gold-format.md``; each group has a
``category``. Vocabulary: ``redactor/data/risk_scenarios_examiner.toml``
(made-up names)::

    python -m redactor.stress.risk_scenarios_examiner -n 200 --seed 1 -o examiner.jsonl
    redactor eval examiner.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from typing import Any, Iterator

from redactor.data_files import load_toml

_V = load_toml("risk_scenarios_examiner.toml")
# slot name (digits stripped) -> gold label and action
_LABELS = {"place": ("PLACE", "KEEP"), "age": ("AGE", "KEEP"), "sex": ("GENDER", "KEEP"),
           "family": ("FAMILY", "KEEP"), "origin": ("NATIONALITY", "KEEP"), "unit": ("AFFILIATION", "KEEP"),
           "post": ("OCCUPATION", "KEEP"), "fact": ("SENSITIVE", "MASK")}
_SLOT = re.compile(r"\{(\w+)\}")
KINDS = ("sensitive_fact", "village_two", "rare_plus", "role_field", "next_turn", "staff_form", "official")
ACROSS = "case_across"  # written in every document besides two of KINDS


class _Doc:
    """Text written piece by piece, with the gold spans of its slots."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, Any]] = []
        self.risk: list[dict[str, Any]] = []

    def write(self, template: str, slots: dict[str, str]) -> list[int]:
        ids, pos = [], 0
        for m in _SLOT.finditer(template):
            self.text += template[pos:m.start()]
            value = slots[m.group(1)]
            label = _LABELS.get(re.sub(r"\d+$", "", m.group(1)))
            if label:
                ids.append(len(self.spans))
                self.spans.append({"start": len(self.text), "end": len(self.text) + len(value),
                                   "label": label[0], "action": label[1]})
            self.text += value
            pos = m.end()
        self.text += template[pos:]
        return ids

    def group(self, ids: list[int], level: str, category: str) -> None:
        self.risk.append({"subject": category, "span_ids": ids, "level": level, "why": category,
                          "category": category})


def _fill(r: random.Random, s: str) -> str:
    return (s.replace("{s}", r.choice(_V["stems"])).replace("{a}", r.choice(_V["aza"]))
            .replace("{kn}", "一二三四五"[r.randint(0, 4)]).replace("{c}", str(r.randint(2, 9))))


def _pick(r: random.Random, key: str) -> str:
    return _fill(r, r.choice(_V[key]))


def _write(doc: _Doc, r: random.Random, kind: str, role: str) -> None:
    """One high person of ``kind`` and its control (``official``: a control only).
    ``role``: the role word of this part (another part of the document uses another)."""
    age, sex = _pick(r, "ages"), _pick(r, "sexes")
    if kind == "sensitive_fact":
        slots = {"place": _pick(r, "towns"), "age": age, "sex": sex, "fact": _pick(r, "facts")}
        doc.group(doc.write(f"　{role}は、{{place}}に住む{{age}}の{{sex}}で、{{fact}}。\n", slots), "high", kind)
        doc.group(doc.write(f"　別の{role}は、{{place}}に住む{{age}}の{{sex}}である。\n", dict(slots)), "low",
                  "control_" + kind)
    elif kind == "village_two":
        slots = {"place": _pick(r, "villages"), "age": age, "sex": sex}
        doc.group(doc.write(f"　{role}は、{{place}}に住む{{age}}の{{sex}}である。\n", slots), "high", kind)
        doc.write("\n", {})
        slots = {"place": _pick(r, "blocks"), "age": _pick(r, "broad_ages"), "sex": _pick(r, "sexes")}
        doc.group(doc.write("　別件の申請者は、{place}に住む{age}の{sex}である。\n", slots), "low", "control_" + kind)
    elif kind == "rare_plus":
        name = r.choice(_V["councillors"])
        slots = {"origin": _pick(r, "rare_origins"), "family": _pick(r, "spouses")}
        doc.group(doc.write(f"○３番（{name}議員）　{{origin}}の方からお話を伺いました。{{family}}は市内の工場で働いています。\n",
                            slots), "high", kind)
        doc.write("\n", {})
        doc.group(doc.write("○３番（%s議員）　外国籍の{sex}の方からも相談がありました。\n" % name, {"sex": _pick(r, "sexes")}),
                  "low", "control_" + kind)
    elif kind == "role_field":
        slots = {"place": _pick(r, "villages"), "age": age, "family": _pick(r, "households")}
        ids = doc.write(f"１　{role}　　{{place}}　{{age}}\n２　経過\n　{role}は、{{family}}である。\n", slots)
        doc.group(ids, "high", kind)
        doc.write("\n", {})
        doc.group(doc.write("　{place}の{age}の住民は" + _pick(r, "counts") + "である。\n",
                            {"place": slots["place"], "age": _pick(r, "ages")}), "low", "control_" + kind)
    elif kind == "next_turn":
        name = r.choice(_V["councillors"])
        head = f"○５番（{name}議員）　"
        slots = {"place": _pick(r, "villages"), "age": age, "sex": sex, "family": _pick(r, "households")}
        ids = doc.write(head + "{place}の方の件です。\n" + head + "{age}の{sex}で、{family}です。\n", slots)
        doc.group(ids, "high", kind)
        doc.write("\n", {})
        ctrl = doc.write(head + "{place}の方の件です。\n", {"place": _pick(r, "villages")})
        ctrl += doc.write(head + "別の方で、{age}の{sex}が窓口に来られました。\n", {"age": _pick(r, "ages"), "sex": _pick(r, "sexes")})
        doc.group(ctrl, "low", "control_" + kind)
    elif kind == "staff_form":
        slots = {"unit": _pick(r, "units"), "post": _pick(r, "posts"), "age": age, "sex": sex}
        ids = doc.write("職員の処分\n　所属　　{unit}\n　職名　　{post}\n　年齢　　{age}\n　性別　　{sex}\n"
                        "　処分　　" + _pick(r, "measures") + "\n", slots)
        doc.group(ids, "high", kind)
        doc.write("\n", {})
        ctrl = doc.write("申出書\n　所属　　{unit}\n　職名　　{post}\n　内容　　保育所の入所について\n",
                         {"unit": _pick(r, "units"), "post": _pick(r, "posts")})
        doc.group(ctrl, "low", "control_" + kind)
    else:  # official
        slots = {"age": age, "sex": sex, "place": _pick(r, "villages")}
        doc.group(doc.write(_pick(r, "officials") + "（{age}・{sex}）が{place}を巡回した。\n", slots), "low",
                  "control_official")


def _write_case(doc: _Doc, r: random.Random, role: str) -> None:
    """One person's case told across passages, and a control of the same shape
    about many residents (what the subject formation must read whole, on text no
    rule was written for): turns, a wrapped list item, or sentences."""
    layout = r.choice(["turns", "item", "sentences"])
    slots = {"place": _pick(r, "villages"), "age": _pick(r, "ages"), "family": _pick(r, "case_households")}
    many = {"place": _pick(r, "villages"), "age": _pick(r, "ages")}
    count = _pick(r, "counts")
    if layout == "turns":
        name, post = r.choice(_V["councillors"]), r.choice(_V["case_posts"])
        head = f"○５番（{name}議員）　"
        call = f"○議長　{post}。\n" if r.random() < 0.5 else ""
        ids = doc.write(head + "{place}の奥に、" + r.choice(_V["case_matters"]) + "があります。\n" + call
                        + f"○{post}　御指摘の家は把握しております。所有者の方は{{age}}で、{{family}}と伺っています。\n"
                        + head + "その方の御家族とは連絡が取れているのですか。\n", slots)
        doc.group(ids, "high", ACROSS)
        doc.write("\n", {})
        ctrl = doc.write(head + "{place}の除雪について伺います。\n" + call
                         + f"○{post}　御指摘の地域には{{age}}の方が{count}お住まいです。\n", many)
    elif layout == "item":
        ids = doc.write(f"（１）{role}は{{place}}に住む{{age}}の方で、\n　　　{{family}}である。"
                        + _fill(r, "令和{c}年に相談があった。\n"), slots)
        doc.group(ids, "high", ACROSS)
        ctrl = doc.write("（２）{place}全体では、\n　　　{age}の住民が" + count + "である。\n", many)
    else:
        ids = doc.write(f"　{role}は{{place}}の出身である。" + _fill(r, "令和{c}年に市内へ戻った。\n")
                        + "　現在は{age}で、{family}である。\n", slots)
        doc.group(ids, "high", ACROSS)
        doc.write("\n", {})
        ctrl = doc.write("　{place}の出身者は多い。\n　現在も{age}の住民が" + count + "いる。\n", many)
    doc.group(ctrl, "low", "control_" + ACROSS)


def scenario(seed: int, index: int) -> dict[str, Any]:
    """One document: two kinds, each with its control, in separate paragraphs,
    then a case told across passages (drawn after the two kinds: their text
    under a seed is the same as before the case was added)."""
    r = random.Random(seed * 100003 + index)
    doc = _Doc()
    roles = r.sample(_V["roles"], 2)
    for n, kind in enumerate(r.sample(KINDS, 2)):
        if n:
            doc.write("\n", {})
        _write(doc, r, kind, roles[n])
    doc.write("\n──────────\n\n", {})  # a matter of its own: the persons above are not carried into it
    # a role word not written above (別件の申請者 included): the same role word is the same person
    _write_case(doc, r, r.choice([w for w in _V["roles"] if w not in doc.text] or ["当事者"]))
    return {"id": f"examiner-{seed}-{index:04d}", "text": doc.text, "spans": doc.spans, "risk": doc.risk}


def generate(n: int = 30, seed: int = 1) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield scenario(seed, i)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Generate examiner-judgement risk scenarios as gold JSONL.")
    p.add_argument("-n", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("-o", "--output", default="-")
    args = p.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        for doc in generate(args.n, args.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
