"""Re-identification (mosaic) check over what stays visible.

Masking names is not enough: 「本町二丁目にお住まいの八十代の女性が、12月3日
に屋根の雪下ろし中に転落」 singles out a neighbour. This module

1. groups the visible quasi-identifiers (AGE, GENDER, PLACE, DATE, FAMILY,
   AFFILIATION, OCCUPATION, NATIONALITY) that describe one person: the
   ones in the same paragraph (a blank line ends it; a line that
   introduces another person, 相手方Ｂ or a speaker's name, starts a new
   group), anchored by a subject word (相手方, 児童, 女性, さん ...);
2. estimates k, how many people in the area share the visible
   combination: the municipality's population (policy ``[risk]
   population``, else a documented default) times the share of each
   attribute (``data/population.toml``, age bands after the 2020 census);
   a dated incident (事故, 転倒, 搬送 ...) in a 町丁目-sized area or a school
   class counts as close to unique;
3. reports ``high`` when k < threshold (``[risk] k_threshold``, default 10),
   with the attribute that narrows most, and raises the subject's
   quasi-identifiers to REVIEW;
4. proposes the smallest generalisation that lifts k over the threshold
   (``generalize``): a day to its month, an exact age to its decade, a
   丁目 to its 町名, a class to its school, an occupation to a broad group.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from redactor.data_files import load_toml
from redactor.finding import KEEP, MASK, REVIEW, Finding

_POP = load_toml("population.toml")
_QI = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")
RISK_LABELS = ("AGE", "GENDER", "PLACE", "DATE", "FAMILY", "AFFILIATION", "OCCUPATION", "NATIONALITY")
_INCIDENT = re.compile("|".join(map(re.escape, _QI["incident_words"])))
_SUBJECT = re.compile("|".join(map(re.escape, _QI["subject_words"])))
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n")
_NEIGHBOUR = re.compile("|".join(map(re.escape, _QI["neighbour_words"])))
_ET = _QI["event_time"]
# 昨年11月, 本年6月14日, 9月には, 十一月二十日, 先月: when an incident happened,
# though not a full date (the DATE recognizer reads only dates with a year).
# The month and day are taken whole (atomic): 「3月31日まで」 is a period, and
# must not match as 「3月」 once 「3月31日」 has been refused.
_EVENT_TIME = re.compile(
    r"(?<![0-9０-９〇一二三四五六七八九十年度第])(?:%s)?(?>[0-9０-９一二三四五六七八九十]{1,3}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?)(?!%s)|%s"
    % ("|".join(map(re.escape, _ET["prefixes"])), "|".join(map(re.escape, _ET["not_after"])),
       "|".join(map(re.escape, _ET["words"]))))
# A finding that is itself an event about the person (右腕の骨を折った, 暴行を受けた).
_EVENT_KINDS = ("injury", "victim")


@dataclass
class RiskSubject:
    """One person described by visible quasi-identifiers."""

    level: str
    findings: list[Finding]
    k: float
    top_attribute: str
    incident: str | None
    suggestion: list[str] = field(default_factory=list)
    k_after: float | None = None
    event_time: str | None = None  # 昨年11月: the event is dated though no DATE finding is

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(f.start, f.end) for f in self.findings]

    @property
    def combination(self) -> list[dict[str, str]]:
        return [{"label": f.label, "text": f.text} for f in self.findings]

    def summary(self) -> str:
        combo = "・".join(f"{f.label}「{f.text}」" for f in self.findings)
        inc = f"、事案「{self.incident}」" if self.incident else ""
        if self.event_time:
            inc += f"、時期「{self.event_time}」"
        return f"{combo}{inc} → 推定 k≈{self.k:.1f}（最も絞り込む属性: {self.top_attribute}）"

    def to_prediction(self) -> dict[str, Any]:
        return {"level": self.level, "spans": [list(s) for s in self.spans]}

    def to_view(self) -> dict[str, Any]:
        return {"level": self.level, "summary": self.summary(), "combination": self.combination,
                "estimate": round(self.k, 2), "top_attribute": self.top_attribute,
                "incident": self.incident, "suggestion": self.suggestion, "spans": self.spans}

    def to_audit(self) -> dict[str, Any]:
        return {"type": "risk", "level": self.level, "spans": self.spans,
                "labels": [f.label for f in self.findings], "estimate_before": round(self.k, 3),
                "estimate_after": None if self.k_after is None else round(self.k_after, 3),
                "top_attribute": self.top_attribute, "generalised": self.suggestion}


@dataclass
class RiskAssessment:
    findings: list[Finding]
    subjects: list[RiskSubject] = field(default_factory=list)


def risk_settings(policy) -> tuple[float, float]:
    risk = (getattr(policy, "settings", {}) or {}).get("risk", {})
    return (float(risk.get("population", _POP["area"]["default_population"])),
            float(risk.get("k_threshold", 10)))


def _age_share(f: Finding, female: bool | None) -> float:
    digits = re.findall(r"[0-9]+", f.text)
    if not digits:
        return 0.1
    band = str(min(80, int(digits[0]) // 10 * 10))
    share = _POP["age_bands"].get(band, 0.1)
    if f.attributes.get("kind") == "exact":
        share *= _POP["shares"]["exact_age_in_band"]
    return share


def attribute_shares(findings: list[Finding]) -> dict[str, float]:
    """The share of residents matching each visible attribute (label -> share)."""
    s = _POP["shares"]
    shares: dict[str, float] = {}
    for f in findings:
        if f.label == "AGE":
            v = _age_share(f, None)
        elif f.label == "GENDER":
            v = 0.5
        elif f.label == "FAMILY":
            v = s["family"]
        elif f.label == "OCCUPATION":
            v = s["occupation"]
        elif f.label == "NATIONALITY":
            v = s["nationality"]
        elif f.label == "AFFILIATION":
            v = s["school_class"] if re.search(r"組|学年|年生|[0-9一二三四五六]年", f.text) else (
                s["school"] if re.search("学校|高校|保育|幼稚園|学童", f.text) else s["employer"])
        elif f.label == "PLACE":
            small = f.attributes.get("kind") == "small_area" or re.search("丁目|地内|地先|線", f.text)
            v = _POP["area"]["chome_share"] if small else _POP["area"]["town_share"]
        else:
            continue
        key = f.label
        shares[key] = min(shares.get(key, 1.0), v)
    return shares


# An attribute narrows "by an order of magnitude" when at most this share of
# residents has it (an age band, a household type, an occupation; not sex).
_NARROWING = 0.2


def estimate_k(findings: list[Finding], population: float, incident: str | None,
               dated: bool = False, neighbour: bool = False) -> tuple[float, str]:
    """(k, the attribute that narrows most) for one subject's visible attributes.

    ``dated``: the text dates the event though no DATE finding does (昨年11月);
    ``neighbour``: the person is placed next to another household (隣家)."""
    shares = attribute_shares(findings)
    k = population
    for v in shares.values():
        k *= v
    in_chome = "PLACE" in shares and shares["PLACE"] <= _POP["area"]["chome_share"]
    small_area = in_chome or ("AFFILIATION" in shares and shares["AFFILIATION"] <= _POP["shares"]["school"])
    dated = dated or any(f.label == "DATE" for f in findings)
    if (incident and dated and small_area) or (neighbour and in_chome):
        k = min(k, _POP["incident"]["k_when_dated_incident_in_small_area"])
    elif in_chome and sum(1 for label, v in shares.items() if label != "PLACE" and v <= _NARROWING) >= 2:
        # a 町丁目-sized area and two more attributes that each narrow by an
        # order of magnitude (字北原 + 80代 + ひとり暮らし; sex only halves):
        # an examiner finds the household by asking around, whatever the
        # municipality's population makes the product look like
        k = min(k, _POP["incident"]["k_when_dated_incident_in_small_area"])
    top = min(shares, key=shares.get) if shares else "DATE"
    return k, top


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


# A line that introduces another person: a subject word with a letter or
# number after it (相手方Ｂ, 児童2, 申出人乙), after indentation or a bullet.
_LINE_SUBJECT = re.compile(r"[ \t\u3000]*[・○◯●◆■\-－]?[ \t\u3000]*(?:%s)[A-Za-zＡ-Ｚａ-ｚ0-9０-９甲乙丙丁①-⑳]"
                           % "|".join(map(re.escape, _QI["subject_words"])))
_BULLET = re.compile(r"[ \t\u3000]*[・○◯●◆■\-－]?[ \t\u3000]*")
# After a name at the start of a line: a speaker's turn (山田委員　…, シルバ：…).
_TURN = re.compile(r"[^\n、。はがのを]{0,8}?[：:\u3000]")
# The speaker mark of 会議録 (○３番（石井議員）, ◯福祉部長（田村浩一）, ○議長 ): a
# turn of its own even where the name is in brackets or there is none.
_SPEAKER_MARK = re.compile(r"[ \t\u3000]*[○◯][^\n、。：:]{0,16}?(?:（[^\n（）]{1,12}）|\([^\n()]{1,12}\)"
                           r"|議長|委員長|議員|委員|市長|町長|村長|部長|課長|局長|室長|番)[ \t\u3000]")


def _blocks(text: str, start: int, end: int, persons: dict[int, int]) -> list[tuple[int, int]]:
    """The paragraph [start, end) cut where a line introduces another
    person: 「相手方Ａ …」「相手方Ｂ …」 items, or a speaker's turn that opens
    with a name (「・山田：…」「○山田委員　…」; not 「山田さんは、…」, a
    sentence about the person of the block). Other lines stay with the block before them,
    so a field list about one person (年齢：72歳 / 住所：…) stays whole."""
    cuts = [start]
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl == -1:
            break
        line = nl + 1
        if line < end:
            lead = _BULLET.match(text, line, end).end()  # where the line's words start
            name_end = persons.get(lead)
            if _LINE_SUBJECT.match(text, line, end) or _SPEAKER_MARK.match(text, line, end) or (
                    name_end is not None and _TURN.match(text, name_end, end)):
                cuts.append(line)
        pos = line
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _visible_qis(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.label in RISK_LABELS and f.action != MASK
            and f.attributes.get("kind") not in ("administrative", "chronology")]


def _incident(paragraph: str, start: int, end: int, events: list[Finding]) -> str | None:
    """The incident the block is about: a word (事故, 転倒) or an injury or
    victimisation the SENSITIVE recognizer found in it."""
    m = _INCIDENT.search(paragraph)
    if m:
        return m.group(0)
    inside = [f for f in events if start <= f.start < end]
    return str(inside[0].attributes.get("term") or inside[0].text) if inside else None


def assess_risk(text: str, findings: list[Finding], policy) -> RiskAssessment:
    """Group visible quasi-identifiers into subjects, estimate k, and raise
    the quasi-identifiers of high-risk subjects to REVIEW."""
    population, threshold = risk_settings(policy)
    qis = sorted(_visible_qis(findings), key=lambda f: f.start)
    starts = [f.start for f in qis]
    subjects: list[RiskSubject] = []
    persons = {f.start: f.end for f in findings if f.label == "PERSON"}  # start -> end
    events = [f for f in findings if f.label == "SENSITIVE" and f.attributes.get("kind") in _EVENT_KINDS]
    blocks = [b for p_start, p_end in _paragraphs(text) for b in _blocks(text, p_start, p_end, persons)]
    for start, end in blocks:
        members = qis[bisect_left(starts, start):bisect_left(starts, end)]
        paragraph = text[start:end]
        when = _EVENT_TIME.search(paragraph)
        dated = when is not None
        # Two attributes at least: a school and a grade count as two, and so
        # does an event dated only in words (昨年11月, which is no DATE finding).
        if len({(f.label, f.text) for f in members}) + dated < 2 or not members:
            continue
        anchored = _SUBJECT.search(paragraph)
        if not anchored:
            continue
        incident = _incident(paragraph, start, end, events)
        neighbour = bool(_NEIGHBOUR.search(paragraph))
        k, top = estimate_k(members, population, incident, dated, neighbour)
        level = "high" if k < threshold else "low"
        subject = RiskSubject(level, members, k, top, incident, event_time=when.group(0) if when else None)
        if level == "high":
            subject.suggestion, subject.k_after = _suggest(members, population, incident, threshold, dated, neighbour)
        subjects.append(subject)
    raised = {id(f) for s in subjects if s.level == "high" for f in s.findings}
    out = []
    for f in findings:
        if id(f) in raised and f.action == KEEP:
            f = replace(f, action=REVIEW, reason=f"{f.reason} → 再識別リスク高: 他の属性と組み合わさると個人を特定し得る")
        out.append(f)
    return RiskAssessment(out, subjects)


# -- generalisation -----------------------------------------------------------

_NUM = "[0-9０-９〇一二三四五六七八九十元]"
_ERA_YEAR = re.compile(r"^(.*?%s+年)" % _NUM)
# A date to the day, in any digits the minutes use (14日, １４日, 十四日).
_DAY = re.compile(r"^(.*?%s+年%s{1,3}月)%s{1,3}日" % (_NUM, _NUM, _NUM))


_MONTH_DAY = re.compile(r"^((?:先月|今月|先々月|昨年|本年|今年|去年|一昨年|同年|同月)?(?:の)?(?:%s{1,3}月)?)の?%s{1,3}日" % (_NUM, _NUM))


def generalized_text(f: Finding) -> str | None:
    """One step coarser, or None when there is no coarser form to give."""
    t = f.text
    if f.label == "DATE":
        m = _DAY.match(t)
        if m:
            return m.group(1)
        m = _MONTH_DAY.match(t)  # ６月１４日 -> ６月, 先月１２日の夕方 -> 先月
        if m and m.group(1):
            return m.group(1)
        if f.attributes.get("precision") in ("relative", "time"):
            return "［時期］"
        m = _ERA_YEAR.match(t)
        if m and m.group(1) != t:
            return m.group(1)
        return None
    if f.label == "AGE":
        years = f.attributes.get("years")  # the recognizer's reading: 72 for 七十二歳 and ７２歳
        if isinstance(years, int) and f.attributes.get("kind") == "exact":
            return f"{years // 10 * 10}代"
        return None
    if f.label == "PLACE":
        m = re.match(r"^(.*?)[0-9０-９一二三四五六七八九十]+丁目", t)
        if m and m.group(1):
            return m.group(1)
        return "市内"
    if f.label == "AFFILIATION":
        if re.search(r"組|学年|年生", t):
            return "［学年・学級］"
        return "［所属］"
    if f.label == "OCCUPATION":
        return "［職業］"
    if f.label == "FAMILY":
        return "［世帯］"
    if f.label == "NATIONALITY":
        return "外国籍"
    return None


def _suggest(members: list[Finding], population: float, incident: str | None,
             threshold: float, dated: bool = False, neighbour: bool = False) -> tuple[list[str], float]:
    """Greedy: generalise the attribute whose coarser form gains most, until k >= threshold."""
    current = list(members)
    steps: list[str] = []
    k, _ = estimate_k(current, population, incident, dated, neighbour)
    coarser: dict[int, tuple[str, Finding] | None] = {}  # per finding: its next coarser form, made once
    for _ in range(len(members) * 2):
        if k >= threshold:
            break
        best = None
        for i, f in enumerate(current):
            if id(f) not in coarser:
                g = generalized_text(f)
                coarser[id(f)] = None if g is None or g == f.text else (g, _coarser(f, g))
            step = coarser[id(f)]
            if step is None:
                continue
            g, coarse = step
            trial = current[:i] + [coarse] + current[i + 1:]
            trial_k, _ = estimate_k([t for t in trial if t.text], population,
                                    incident if f.label != "DATE" else None, dated, neighbour)
            if best is None or trial_k > best[0]:
                best = (trial_k, i, g)
        if best is None:
            break
        k, i, g = best
        steps.append(f"{current[i].label}「{current[i].text}」→「{g}」")
        current[i] = coarser[id(current[i])][1]
        if current[i].label == "DATE":
            incident = None  # the incident can no longer be dated
    return steps, k


def _coarser(f: Finding, text: str) -> Finding:
    """The finding as it reads after one generalisation step. A value replaced
    by a bracketed word (［職業］) no longer narrows anything, so it leaves
    the risk labels."""
    attrs = dict(f.attributes)
    if f.label == "AGE":
        attrs["kind"] = "band"
    label = f"{f.label}_GENERALISED" if text.startswith("［") else f.label
    return replace(f, text=text, label=label, attributes=attrs)


def generalize(text: str, findings: list[Finding], subjects: list[RiskSubject], policy=None) -> list[tuple[int, int, str]]:
    """Replacements (start, end, new text) that apply each high subject's
    suggested generalisation to its own quasi-identifiers."""
    out: list[tuple[int, int, str]] = []
    for s in subjects:
        if s.level != "high":
            continue
        wanted = {step.split("「", 1)[1].split("」", 1)[0] for step in s.suggestion}
        for f in s.findings:
            if f.text in wanted:
                g = generalized_text(f)
                if g is not None:
                    out.append((f.start, f.end, g))
    return sorted(set(out))


# -- across documents ----------------------------------------------------------

def cross_document_check(results: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    """Values masked in one document but visible in another of the same run."""
    masked: dict[str, tuple[str, str]] = {}
    for name, result in results:
        for f in result.findings:
            text = "".join(f.text.split())
            if f.action == MASK and len(text) >= 2 and f.label in ("PERSON", "ADDRESS", "PHONE", "CASE_NUMBER",
                                                                  "GOV_ID", "ACCOUNT", "EMAIL", "PLATE"):
                masked.setdefault(text, (name, f.label))
    issues = []
    for name, result in results:
        hidden = [(f.start, f.end) for f in result.findings if f.action in (MASK, REVIEW)]
        compact_index = result.original
        for value, (source, label) in masked.items():
            if source == name:
                continue
            for m in re.finditer(re.escape(value), compact_index):
                if not any(s <= m.start() and m.end() <= e for s, e in hidden):
                    issues.append({"value_label": label, "masked_in": source, "visible_in": name,
                                   "start": m.start(), "end": m.end()})
                    break
    return issues
