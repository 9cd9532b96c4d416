"""Re-identification (mosaic) check over what stays visible.

Masking names is not enough: 「本町二丁目にお住まいの八十代の女性が、12月3日
に屋根の雪下ろし中に転落」 singles out a neighbour. This module

1. groups the visible quasi-identifiers (AGE, GENDER, PLACE, DATE, FAMILY,
   AFFILIATION, OCCUPATION, NATIONALITY) that describe one person, reading
   sentence by sentence (``_group_subjects``): a person is introduced by a
   role of the case (申出人, 相手方Ｂ), a name, or a kind of person with an
   attribute before it (80代の女性); sentences, paragraphs and speaker turns
   that refer back (その方, 同氏, 当該世帯, お尋ねの件) or repeat the role add
   to them, and so does an answer that names no one (○課長　獣医師です。);
   staff and community posts in their role (担当の保健師, 南谷小学校の校長,
   自治会長の…さんによると), sentences about many people (a count, what most
   of a district are) and about an imagined person (例えば…の方が転入された
   場合) add to no resident; each row of a table is a person of its own,
   unless the table counts people (件数, 人数), and a form's field lines
   (氏　　名, 家族構成) are the one person it is about; a relative as the
   subject of a clause (長女は…) is the person's household, and the other
   party of an incident (運転していたのは…) shares its day and place. The
   whole passage (a paragraph, or a turn) is also read as one person, and so
   are the passages of one case (``_case_chains``: a question, the answers
   that refer back to it, the follow-ups about the same person), each kept
   when only it reads high: the finer reading never makes the check weaker
   than reading the passage or the case whole; the one private subject of
   a case is carried through its sections and turns too (``risk_case``);
2. estimates k, how many people in the area share the visible
   combination: the municipality's population (policy ``[risk]
   population``, else a documented default) times the share of each
   attribute (``data/population.toml``: age bands after the 2020 census,
   named nationalities, rare trades, household types), and names the
   combinations an examiner calls close to unique whatever the population
   (``judge``): a dated incident in a small area, a small area with two
   narrowing attributes, a rare trait with one more, a recipient row;
3. reports ``high`` when k < threshold (``[risk] k_threshold``, default 10),
   with the attribute that narrows most and the combination in words
   (``RiskSubject.why``), and raises the subject's quasi-identifiers to
   REVIEW;
4. proposes the smallest generalisation that lifts k over the threshold
   (``generalize``): a day to its month, an exact age to its decade, a
   丁目 to its 町名, a class to its school, an occupation to a broad group.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Sequence

from redactor.data_files import load_toml
from redactor.finding import KEEP, MASK, REVIEW, Finding
from redactor.risk_facts import RELATIVE_WORDS, FactIndex, fact_relation, fact_term
from redactor.risk_workplace import workplace_circle
from redactor.risk_harmless import harmless_reason
from redactor.risk_shapes import PRIVATE_SPEAKERS, SPEAKER_MARK, many_count
from redactor.risk_population import document_population, ward_city
from redactor.risk_rows import remark_row, remark_row_sums
from redactor.risk_case import TellsOfSomeone, one_subject_runs
from redactor.first_chars import guarded  # guarded(re.compile(…)): same matches, found faster in long text

_POP = load_toml("population.toml")
_QI = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")
# more roles, back-references and incidents the check reads (data/risk_roles.toml), joined to the
# recognizers' own lists here so that both are read alike
_MORE = load_toml("risk_roles.toml")
_QI["incident_words"] = list(_QI["incident_words"]) + [w for w in _MORE["incidents"]["words"] if w not in _QI["incident_words"]]
_QI["subjects"]["roles"] = list(_QI["subjects"]["roles"]) + _MORE["subjects"]["roles"]
_QI["subjects"]["backrefs"] = list(_QI["subjects"]["backrefs"]) + _MORE["subjects"]["backrefs"]
RISK_LABELS = ("AGE", "GENDER", "PLACE", "DATE", "FAMILY", "AFFILIATION", "OCCUPATION", "NATIONALITY")
# an incident word, not in a word of preventing one (事故防止, 転倒予防, 被害に遭わないよう)
_INCIDENT = re.compile("(?:%s)(?!防止|予防|対策|ゼロ|撲滅|を防|の防止|の予防|に遭わない|にあわない|に遭わぬ)"
                       % "|".join(map(re.escape, _QI["incident_words"])))
_SUBJECT = re.compile("|".join(map(re.escape, _QI["subject_words"])))
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n")
_NEIGHBOUR = re.compile("|".join(map(re.escape, _QI["neighbour_words"])))
_ET = _QI["event_time"]
# 昨年11月, 本年6月14日, 9月には, 十一月二十日, 先月: when an incident happened,
# though not a full date (the DATE recognizer reads only dates with a year).
# The month and day are taken whole (atomic): 「3月31日まで」 is a period, and
# must not match as 「3月」 once 「3月31日」 has been refused.
_EVENT_TIME = guarded(re.compile(
    r"(?<![0-9０-９〇一二三四五六七八九十年度第])(?:%s)?(?>[0-9０-９一二三四五六七八九十]{1,3}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?)(?!%s)|%s"
    % ("|".join(map(re.escape, _ET["prefixes"])), "|".join(map(re.escape, _ET["not_after"])),
       "|".join(map(re.escape, _ET["words"])))))
_MASKED_NAME = re.compile(load_toml("replacements.toml")["labels"]["PERSON"]["label"])  # no regex metacharacters
# A statement that only one person has the attribute (町内の百歳以上は１名のみ,
# 該当者は一人だけ): whoever lives there knows who it is.
_ONLY_ONE = re.compile(r"(?:[1１一]|ひと)(?:人|名|世帯|家族|軒)(?:のみ|だけ|しか)|唯一の(?:対象者|該当者|住民|方)"
                       # known to everyone around (地域では有名な方, 知らない人はいない)
                       r"|(?:地域|地区|町内|近所|集落)(?:で|では)(?:有名な|よく知られた|知られた)|知らない人はいない|誰もが知っている")
# A finding that is itself an event about the person (右腕の骨を折った, 暴行を受けた).
_EVENT_KINDS = ("injury", "victim")
_NOT_EVENT = frozenset(_QI["incident_not_event"])  # 差押え, 誤送付, 不登校: no event of a day in a place


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
    why: str = ""  # the combination that singles the person out, in words
    row: bool = False  # a row of a table of persons
    facts: list[Finding] = field(default_factory=list)  # facts told of them the policy hides (risk_facts)

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
        why = f"、{self.why}" if self.why else ""
        return f"{combo}{inc} → 推定 k≈{self.k:.1f}（最も絞り込む属性: {self.top_attribute}{why}）"

    def to_prediction(self) -> dict[str, Any]:
        """The person's group as ``eval`` scores it: the visible attributes and
        the sensitive facts told of them (what the combination would expose)."""
        spans = sorted(set(self.spans) | {(f.start, f.end) for f in self.facts})
        return {"level": self.level, "spans": [list(s) for s in spans]}

    def to_view(self) -> dict[str, Any]:
        return {"level": self.level, "summary": self.summary(), "combination": self.combination,
                "estimate": round(self.k, 2), "top_attribute": self.top_attribute,
                "incident": self.incident, "suggestion": self.suggestion, "spans": self.spans, "why": self.why}

    def to_audit(self) -> dict[str, Any]:
        return {"type": "risk", "level": self.level, "spans": self.spans,
                "labels": [f.label for f in self.findings], "estimate_before": round(self.k, 3),
                "estimate_after": None if self.k_after is None else round(self.k_after, 3),
                "top_attribute": self.top_attribute, "rule": self.why.split(":")[0],  # the rule, not the values
                "generalised": self.suggestion}


@dataclass
class RiskAssessment:
    findings: list[Finding]
    subjects: list[RiskSubject] = field(default_factory=list)


def sensitive_circle(policy) -> float:
    """The circle under which a combination told with a sensitive fact is high:
    the policy's ``[risk] sensitive_circle``, else population.toml's default.
    Setting it to the k threshold (10) turns the rule off."""
    risk = (getattr(policy, "settings", {}) or {}).get("risk", {})
    return float(risk.get("sensitive_circle", _SENSITIVE_K))


def risk_settings(policy) -> tuple[float, float]:
    risk = (getattr(policy, "settings", {}) or {}).get("risk", {})
    return (float(risk.get("population", _POP["area"]["default_population"])),
            float(risk.get("k_threshold", 10)))


def _age_share(f: Finding) -> float:
    if f.text == _GEN["age"]["elderly_word"]:
        return _POP["shares"]["elderly"]  # 高齢 (what --generalize writes): 65 and over
    years = f.attributes.get("years")  # the recognizer's reading: 78 for ７８歳 and 七十八歳
    if not isinstance(years, int):
        digits = re.findall(r"[0-9]+", f.text)
        if not digits:
            return 0.1
        years = int(digits[0])
    band = str(min(100, years // 10 * 10))
    share = _POP["age_bands"].get(band, 0.1)
    if f.attributes.get("kind") == "exact":
        share *= _POP["shares"]["exact_age_in_band"]
    return share


# FAMILY findings that state different facts of one household: each narrows
# on its own (ひとり親 and お子さん３人 and 妻に先立たれ), where two words of one
# fact (一人暮らし, 独居; 4人家族 and 子ども2人, one make-up told twice) narrow once. A bare relation (長男, 母) is part of
# the household's make-up, weighed only when nothing else is said of it, and
# then as what a third of residents have (``[shares] relation``).
_FAMILY_FACETS = {"子の数": "composition", "世帯人数": "composition", "同居の子": "composition", "死別": "bereaved",
                  "離れて暮らす家族": "away", "介護で同居": "care"}


def _family_facet(f: Finding) -> str:
    pattern = f.attributes.get("pattern")
    if isinstance(pattern, str) and pattern in _FAMILY_FACETS:
        return _FAMILY_FACETS[pattern]
    if pattern in _RELATION_PATTERNS and _listed_share(f.text, _POP["family_shares"], -1.0) < 0:
        return "relation"
    return "type"


def attribute_shares(findings: list[Finding]) -> dict[str, float]:
    """The share of residents matching each visible attribute (label -> share);
    FAMILY is the product of the household's different facts (``_family_facet``)."""
    shares: dict[str, float] = {}
    facets: dict[str, float] = {}
    for f in findings:
        key = (f.label, f.text, f.attributes.get("kind"))
        v = _SHARE_CACHE.get(key)
        if v is None:
            if len(_SHARE_CACHE) > 20000:
                _SHARE_CACHE.clear()  # a long batch: keep the cache small
            v = _SHARE_CACHE[key] = _share(f)
        if v < 0:
            continue
        if f.label == "AFFILIATION" and v <= _POP["shares"]["school_class"] and "組" not in f.text and not any(
                g.label == "AFFILIATION" and _SCHOOL.search(g.text) for g in findings):
            # a grade with no school named (５年生, 中学２年): one school year of every
            # school in the municipality, not some thirty classmates (a class, ４年２組,
            # is one school's: the school the document is from or about)
            v = _POP["shares"]["grade"]
        if f.label == "FAMILY":
            facet = _family_facet(f)
            if facet == "relation":
                v = max(v, _POP["shares"]["relation"])  # 長男, 母: most adults have one
            facets[facet] = min(facets.get(facet, 1.0), v)
        shares[f.label] = min(shares.get(f.label, 1.0), v)
    if "AGE" in shares and any(f.label == "AFFILIATION" and _GRADE.search(f.text) for f in findings) and all(
            f.label != "AGE" or _years(f) < 20 for f in findings):
        # ４年　９歳: a pupil's age says nothing their grade does not (a year of age is a grade)
        shares["AGE"] = 1.0
    if "AGE" in shares:
        shares["AGE"] = _stage_age_share(findings, shares["AGE"])
    if "NATIONALITY" in shares:
        shares["NATIONALITY"] = _origin_share(findings, shares["NATIONALITY"])
    if len(facets) > 1:
        product = 1.0
        for facet, v in facets.items():
            if facet != "relation":
                product *= v
        shares["FAMILY"] = min(shares["FAMILY"], product)
    return shares


_STAGES = _POP["school_stage_years"]
_STAGE = re.compile("|".join(map(re.escape, sorted(_STAGES, key=len, reverse=True))))
_SCHOOL_YEARS = _POP["school_years"]
_SCHOOL_YEAR = re.compile("|".join(map(re.escape, sorted(_SCHOOL_YEARS, key=len, reverse=True))))


def _stage_age_share(findings: list[Finding], share: float) -> float:
    """An age told with the school stage the person is in (高校生＋１７歳, 中学生の１４歳):
    one of the stage's years (``[school_stage_years]``), not one year of all residents.
    Why: the stage (a share of residents) and the age are not independent; their product
    made 高校生の男子（１７歳） one of five in a 市, where an examiner counts some hundreds.
    Only a pupil's or a student's age (under 25) is read so: 高校生の母（４５歳） is the mother's."""
    stages = [int(_STAGES[m.group(0)]) for f in findings if f.label == "OCCUPATION" for m in _STAGE.finditer(f.text)]
    # (a school named as theirs: 県立南高校＋１７歳 is one of its three years of pupils)
    # (not a school's staff: 県立南高校に勤務する２４歳の教諭 holds a job, no school year)
    working = any(f.label == "OCCUPATION" and not _STAGE.search(f.text) for f in findings)
    stages += [int(_SCHOOL_YEARS[m.group(0)]) for f in findings if f.label == "AFFILIATION" and not working
               for m in _SCHOOL_YEAR.finditer(f.text)]
    if not stages or any(f.label == "AGE" and _years(f) >= 25 for f in findings):
        return share
    return max(share, 1.0 / max(stages))


_EMPLOYED = {band: float(v) for band, v in _POP["employed_age_factor"].items() if band.isdigit()}
_NOT_WORKING = re.compile("|".join(map(re.escape, _POP["employed_age_factor"]["not_working"])))


def _employed_age_factor(findings: list[Finding], shares: dict[str, float]) -> float:
    """For the product only: an age told with the person's present job (４５歳＋女性＋看護師)
    is the age's share among the employed, not among all residents (``[employed_age_factor]``).
    Why: the job's share and the age's are not independent -- those with a job are of
    working age --, and their product made a 45-year-old nurse one of a handful in a 市,
    where the census counts a dozen. Not for a past job, a pupil or no job (元市職員, 無職,
    高校生: ``not_working``), nor for ages of 70 and over; the rules that read an age band as
    narrowing (字北原＋４０代＋看護師) read it as before."""
    jobs = [f for f in findings if f.label == "OCCUPATION"]
    ages = [f for f in findings if f.label == "AGE"]
    if not jobs or len(ages) != 1 or "AGE" not in shares or any(
            _NOT_WORKING.search(f.text) or _STAGE.search(f.text) for f in jobs):
        return 1.0
    factor = _EMPLOYED.get(str(min(100, _years(ages[0]) // 10 * 10)), 1.0)
    return min(factor, 1.0 / shares["AGE"])


# a date that tells the day (６月２０日, 昨日の夕方, 先週の金曜日), read from its text: a
# date made coarser (６月, 令和6年) keeps the recognizer's precision but tells no day
_DAY_TOLD = re.compile(r"[0-9０-９一二三四五六七八九十]日|昨日|一昨日|今朝|昨夜|曜")
_ARRIVAL_YEAR = re.compile(r"[0-9０-９一二三四五六七八九十元]年|昨年|一昨年|去年|今年|本年")


def _origin_share(findings: list[Finding], share: float) -> float:
    """A named origin narrowed by the other facts of it said (ベトナム国籍 and
    平成30年に来日 and 日本語がほとんど話せない): the year someone came and
    how little Japanese they speak each narrow the residents of that origin
    (``[nationality_facets]``); alone, neither says more than its own share."""
    nat = [f for f in findings if f.label == "NATIONALITY"]
    patterns = {f.attributes.get("pattern") for f in nat}
    if not patterns - {"来日", "日本語"}:
        return share  # no origin named: the facts are weighed as written
    facets = _POP["nationality_facets"]
    if any(f.attributes.get("pattern") == "来日" and _ARRIVAL_YEAR.search(f.text) for f in nat):
        share *= facets["arrival_year"]
    if "日本語" in patterns:
        share *= facets["little_japanese"]
    return share


# a grade or class of a school (４年生, 第５学年２組, 中学２年, ４年 in a form's cell)
_GRADE = re.compile(r"年生?$|学年|[0-9０-９一二三四五六]年|組")


def _years(f: Finding) -> int:
    """The age in years an AGE finding states (99 when it cannot be read: no child's)."""
    years = f.attributes.get("years")
    if isinstance(years, int):
        return years
    digits = re.findall(r"[0-9]+", f.text.translate(_DIGITS))
    return int(digits[0]) if digits else 99


# a sector of the municipality named by a compass point (東部地区, 市の北地域), after
# population.toml [area]: possibly written as the municipality's (市内の, 本町の)
_SECTOR = re.compile("(?:(?:本|当)?[市町村]内?の?)?(?:%s)(?:%s)" % (
    "|".join(map(re.escape, sorted(_POP["area"]["sector_points"], key=len, reverse=True))),
    "|".join(map(re.escape, _POP["area"]["sector_words"]))))


def _sector(f: Finding) -> bool:
    """A PLACE that names one of the few sectors a municipality divides itself
    into (東部地区, 中央地域): thousands of residents, a broad attribute like a
    ward, though the recognizer reads every 〇〇地区 as a small area. Why: an
    examiner calls 東部地区の７０代の男性 one of hundreds, where 字北原の７０代の男性
    is one of a couple of dozen whom the neighbours tell apart."""
    return f.label == "PLACE" and _SECTOR.fullmatch(f.text) is not None


_BROAD_AREA = re.compile("(?:%s)$" % "|".join(map(re.escape, _POP["area"]["broad_area_words"])))


def _broad_area(f: Finding) -> bool:
    """A PLACE named by the school that serves it (南小学校区, 東中学校区): a few thousand residents
    (``[area] broad_area_share``), not the 字 or 集落 the recognizer's small_area
    also holds. Why: 南小学校区の７０代の女性 and 旧大川村の７０代の女性 were judged
    as 字北原の７０代の女性 is (the residents tell each other apart), where an examiner
    counts a couple of hundred."""
    if f.label != "PLACE" or f.attributes.get("kind") != "small_area":
        return False
    return _BROAD_AREA.search(f.text) is not None


# a ward of a city (中央区, 市内東区, 青葉区); not a 地区, a school's 学区 or an electoral 投票区
_WARD = re.compile(r"(?:市内の?)?[一-龯々ァ-ヶ]{1,4}(?<![地学校票政挙特管街])区")


def _in_a_ward(findings: list[Finding], population: float, shares: dict[str, float]) -> float:
    """The population to weigh a person by when the paper is a ward city's
    (``_WARDS``) and every place of theirs is a ward: at least a designated
    city's, the ward's share set in ``shares`` (中央区＋３０代＋女性＋看護師: some
    hundreds, where a 市 of 50,000's 町名 would leave two). Else ``population``."""
    places = [f for f in findings if f.label == "PLACE"]
    if not _WARDS.get() or not places or not all(_WARD.fullmatch(f.text) for f in places):
        return population
    shares["PLACE"] = _POP["area"]["ward_share"]
    return max(population, float(_POP["area"]["designated_city_population"]))


# a road named alone (市道東町２号線, 県道１２号線): no 丁目 or 地先 that places it
_ROAD_ONLY = re.compile(r"(?:市道|県道|町道|村道|国道)[^丁]*線")
# another municipality, what --generalize writes for one named (generalisation.toml [place])
_OUTSIDE = load_toml("generalisation.toml")["place"]["outside"]
_SHARE_CACHE: dict[tuple, float] = {}  # (label, text, kind) -> share; -1 for labels that narrow nothing


def _share(f: Finding) -> float:
    """The share of residents with this one attribute (-1: a label that narrows nothing)."""
    s = _POP["shares"]
    if f.label == "AGE":
        v = _age_share(f)
    elif f.label == "GENDER":
        v = 0.5
    elif f.label == "FAMILY":
        v = _listed_share(f.text, _POP["family_shares"], s["family"])
    elif f.label == "OCCUPATION":
        v = _listed_share(f.text, _POP["occupation_shares"], s["occupation"])
        if _RUNS_A_BUSINESS.search(f.text) and not _RUNS_AN_INDUSTRY.search(f.text):
            v = min(v, _POP["occupation_shares"]["runs_a_business"])
    elif f.label == "NATIONALITY":
        v = _listed_share(f.text, _POP["nationality_shares"], _POP["nationality_shares"]["named_other"])
    elif f.label == "AFFILIATION" and _university(f.text):
        v = s["university"]
    elif f.label == "AFFILIATION":
        v = s["school_class"] if re.search(r"組|学年|年生|[0-9一二三四五六]年", f.text) else (
            s["school"] if _SCHOOL.search(f.text) else s["employer"])
    elif f.label == "PLACE":
        if f.attributes.get("kind") == "generalised" and f.text in ("市内", "町内", "村内", "区内"):
            v = 1.0  # a place generalised to the whole municipality narrows nothing
        elif f.attributes.get("kind") in ("elsewhere", "origin") or f.text == _OUTSIDE:
            v = -1.0  # another municipality (長男は大阪府に居住): no share of this one's residents
        elif _sector(f):
            v = _POP["area"]["sector_share"]
        elif _broad_area(f):
            v = _POP["area"]["broad_area_share"]
        else:
            small = f.attributes.get("kind") in ("small_area", "chome") or bool(re.search("丁目|地内|地先|線", f.text))
            if small and _ROAD_ONLY.fullmatch(f.text):
                small = False  # 市道東町２号線: a road everyone drives along, not where anyone lives
            v = _POP["area"]["chome_share"] if small else _POP["area"]["town_share"]
    else:
        v = -1.0
    return v


_SHARE_WORDS: dict[int, re.Pattern] = {}


def _listed_share(text: str, table: dict[str, Any], default: float) -> float:
    """The smallest share of a listed word the value contains (母子家庭 in
    「母子家庭の世帯」), else ``default``: one regex pass over the value (the
    words are compiled once per table, longest first, overlaps allowed)."""
    rx = _SHARE_WORDS.get(id(table))
    if rx is None:
        words = sorted((w for w, v in table.items() if isinstance(v, (int, float))), key=len, reverse=True)
        rx = _SHARE_WORDS[id(table)] = re.compile("(?=(%s))" % "|".join(map(re.escape, words)))
    shares = [float(table[m.group(1)]) for m in rx.finditer(text)]
    return min(shares) if shares else default


# a school named or described (市立北中学校, 市内北部の小規模校, 分校)
_SCHOOL = re.compile("学校|高校|保育|幼稚園|学童|こども園|校$")
# a university or a junior college (東都工科大学, 県立看護大学, 短大); not a school run by one
# (大学附属小学校) or a hospital's department read as a school
_UNIVERSITY = re.compile("大学|短大")
_RUN_BY_UNIVERSITY = re.compile("附属|付属|小学校|中学校|高校|高等学校|幼稚園|こども園|保育")


def _university(text: str) -> bool:
    """An AFFILIATION naming a university or a college: thousands of students,
    a broad circle, not a school's (``[shares] university``). Why: 東都工科大学
    with a parent's relation was read as one of a handful, as a class would be."""
    return _UNIVERSITY.search(text) is not None and _RUN_BY_UNIVERSITY.search(text) is None


# a school club or team (吹奏楽部, 野球部員, スポーツ少年団)
_CLUB = re.compile("(?:部|部員|クラブ|同好会|少年団|チーム)$")
# (…医院を開業している, 開業医: a practice of their own in the town is one of a handful, as a shop is)
# (a shop written with 経営 after it, as a form's cell or a bracket gives work: （29歳、カフェ経営）)
_RUNS_A_BUSINESS = re.compile(r"を(?:営|経営|切り盛り|開業)|店主|経営者|開業医|で開業|経営$")
# (…業を営む, an industry named, not a shop: 農業を営む is a farmer, 建設業を営む one of the
# municipality's hundreds of builders, 会社を経営する one of its thousand company heads --
# weighed by the table or as an occupation not listed, not as one of a handful; a trade few
# hold is listed by itself: 漁業を営)
# (a company of a kind named, 運送会社を経営, stays one of a few: the kind narrows it)
_RUNS_AN_INDUSTRY = re.compile(r"(?<![一-龯ァ-ヶ])(?:%s)(?:を(?:営|経営)|経営$)|(?<![一-龯ァ-ヶ])会社経営"
                               % "|".join(map(re.escape, _POP["occupation_shares"]["broad_industries"])))

# An attribute narrows "by an order of magnitude" when at most this share of
# residents has it (an age band, a household type, an occupation; not sex).
_NARROWING = 0.2
# a sensitive fact told of the person: the circle an examiner withholds it from (population.toml [sensitive])
_SENSITIVE_K = float(_POP["sensitive"]["k_when_a_sensitive_fact_is_told"])
# the circle in force while a document is assessed: the policy's [risk] sensitive_circle
# when it sets one (assess_risk), else the default above
_CIRCLE: ContextVar[float] = ContextVar("sensitive_circle", default=_SENSITIVE_K)
# whether the paper assessed is of a city divided into wards (assess_risk): a ward named is a
# ward of a designated city there (``_in_a_ward``)
_WARDS: ContextVar[bool] = ContextVar("ward_city", default=False)
_SAME_CLAUSE = 40  # characters: a day and an exact age told of one event are written close together
_SHARP = 0.015  # an exact age (at most 1.4% of residents), a rare trade; not a job word of the default share
_LABEL_JA = {"AGE": "年齢", "GENDER": "性別", "PLACE": "場所", "DATE": "日付", "FAMILY": "世帯", "AFFILIATION": "所属",
             "OCCUPATION": "職業", "NATIONALITY": "国籍・出身", "AMOUNT": "金額"}


@dataclass
class Judgement:
    """k, the attribute that narrows most, and in words which combination
    singles the person out (empty when only the product of shares speaks)."""

    k: float
    top: str
    why: str = ""
    # a positive, named reason the combination singles no one out (``risk_harmless``): the
    # subject is low whatever k says, and ``why`` names the reason
    harmless: str = ""


def _named(findings: list[Finding], labels: Iterable[str]) -> str:
    return "＋".join(f"{_LABEL_JA.get(f.label, f.label)}「{f.text}」" for f in findings if f.label in labels)


def judge(findings: list[Finding], population: float, incident: str | None, dated: bool = False,
          neighbour: bool = False, row: bool = False, explain: bool = True, unique: bool = False,
          sensitive: str | None = None, kin: str | None = None, harmless: str | None = None) -> Judgement:
    """k as an examiner would judge it, with the reason.

    The estimate is the municipality's population times the share of each
    visible attribute. An examiner does not stop there: some combinations
    single out a household however large the municipality is, because the
    people who live around it can tell who it is. Those set k to the
    documented near-unique value (``[incident] k_when_dated_incident_in_small_area``):

    - a dated incident in a small area or a school (令和6年3月21日 + 桜町二丁目 + 事故);
    - an incident in a class of a named school (4年2組), dated or not (classmates know who),
      and a dated event of a pupil of such a class with the pupil's sex or age;
    - a household placed next to another in a 町丁目 (隣家);
    - a small area and two attributes that each narrow by an order of
      magnitude (字北原 + 80代 + ひとり暮らし; sex only halves);
    - a 字, 集落, 団地 or 地区 and two attributes of the person, one of which narrows by
      an order of magnitude (字北浦 + 70代 + 男性: a couple of dozen residents who know one another);
    - a dated day in a small area with one attribute of the person (6月14日 + 字北原 + 80代);
    - an incident that happened to a person in a 字, 集落, 団地 or 地区 with an attribute of theirs
      that narrows (西浦地区＋１０代＋転倒: the incident is the second attribute the residents know);
    - a named city someone moved in from with the month of the move (令和5年8月＋静岡県浜松市から転入);
    - an attribute rare within the municipality (a named rare origin, a
      trade of a handful, a rare household) with one more that narrows, or with
      any other trait of the person (ペルー人＋ご主人, 獣医師＋女性);
    - a row of a table of persons with a small area and one more attribute
      (the row itself says the person received or applied for something);
    - an incident of a child in a grade of a named school, with the child's
      sex or age (５年生の女の子: some fifteen pupils, and the class knows);
    - a dated incident of a child of a grade with the child's sex or age,
      no school named (先月12日、5年生の女の子が下校中に負傷): the families
      of the town's schools know who it was;
    - a household written with two members' relations and exact ages
      (母（31歳）と妹（3歳）) and one thing more (a third member, a place,
      a date, a school, an incident): the composition of one household;
    - a place with a statement that only one person has the attribute
      (町内の百歳以上は１名のみ) or that everyone around knows them (地域では有名な方);
    - a pupil of a grade and a club, with the pupil's sex or age
      (２年生の女子生徒, 吹奏楽部: a handful of pupils);
    - a dated incident in the person's 町 with an attribute that narrows by two
      orders of magnitude (an exact age, a rare trade): the town knows who it was.

    A road named alone (市道北原３号線) places an accident but no household:
    it is weighed as a 町名, and a dated accident on it is no small-area event.

    - a sensitive fact told of the person (an illness, public assistance, DV: ``sensitive``)
      with attributes that together fewer than ``[sensitive]
      k_when_a_sensitive_fact_is_told`` residents share (北山町＋40代＋女性＋支援措置,
      a named origin of some hundred residents＋DV):
      what would harm the person is withheld from a small circle, not only from a handful.

    ``dated``: the text dates the event though no DATE finding does (昨年11月);
    ``neighbour``: the person is placed next to another household (隣家);
    - a sensitive fact that names a relative of the person (同居する長男から暴力, 夫を自死で亡くし,
      妻が入院中), with an age of theirs that narrows (８０代, ６２歳): the household is what the
      relatives and the neighbours know, and the fact is about it (``_kin_told``).

    ``sensitive``: the term of a sensitive fact the person's sentences tell (``risk_facts``);
    ``kin``: the relative the sensitive fact is about, or None (``risk_facts.fact_relation``);
    ``harmless``: a positive reason the sentences give that no one is singled out
    (``risk_harmless``: a statistic, a published honour, a public act in role, a member's own
    statement in their turn); see :func:`_harmless`."""
    shares = attribute_shares(findings)
    # a town's or a village's 東地区 is one of its hamlets, not a fifth of a city (``_sector``)
    hamlets = population <= _POP["area"]["town_population"]
    if hamlets and "PLACE" in shares and any(_sector(f) or _broad_area(f) for f in findings):
        shares["PLACE"] = min(shares["PLACE"], _POP["area"]["chome_share"])
    population = _in_a_ward(findings, population, shares)
    k = population * _employed_age_factor(findings, shares)
    for v in shares.values():
        k *= v
    near_unique = _POP["incident"]["k_when_dated_incident_in_small_area"]
    # (an area named by its school, as a region or a former municipality is a few thousand
    # residents for the product and for an age band with a sex, but a dated day or two traits
    # that narrow there are still told among its neighbours: it places as a small area does)
    in_chome = "PLACE" in shares and shares["PLACE"] <= _POP["area"]["chome_share"] or any(
        _broad_area(f) for f in findings)
    in_school = "AFFILIATION" in shares and shares["AFFILIATION"] <= _POP["shares"]["school"]
    small_area = in_chome or in_school
    # a class (4年2組, about 30 pupils) of a school, named or not: a class is one school's, the
    # school the paper is from or about (``attribute_shares``), and its pupils know one another;
    # a grade alone is not (``_in_class``)
    in_class = _in_class(findings)
    # a grade (５年生) of a named school, with the child's sex or age
    graded = any(f.label == "AFFILIATION" and re.search(r"年生?|学年", f.text) for f in findings)
    in_grade = graded and any(f.label == "AFFILIATION" and _SCHOOL.search(f.text) for f in findings) \
        and any(f.label in ("GENDER", "AGE") for f in findings)
    # a club within a grade, with the pupil's sex or age (２年生の女子生徒, 吹奏楽部): a handful of
    # pupils, whom the school's families know
    in_club = graded and any(f.label == "AFFILIATION" and _CLUB.search(f.text) for f in findings) \
        and any(f.label in ("GENDER", "AGE") for f in findings)
    relations = {f.text for f in findings if f.label == "FAMILY"}
    exact_ages = {f.text for f in findings if f.label == "AGE" and f.attributes.get("kind") == "exact"}
    # ... and one thing more: a third member, a place, a date, a school, work, origin or an incident
    household = len(relations) >= 2 and len(exact_ages) >= 2 and (
        len(relations) + len(exact_ages) >= 5 or bool(incident)
        or any(f.label in ("PLACE", "DATE", "AFFILIATION", "OCCUPATION", "NATIONALITY") for f in findings))
    placed = "PLACE" in shares and shares["PLACE"] < 1.0
    # a 町 or a smaller place: a rare origin or trade there is a handful (ブラジル国籍＋栄町),
    # in one of the municipality's sectors (東地区, some fifth of it) still a dozen or more
    in_town = "PLACE" in shares and shares["PLACE"] <= _POP["area"]["town_share"]
    # a small area where the residents know one another (字, 集落, 団地, 地区: the recognizer's
    # small_area), not a landmark, where an event was but no one lives
    village = any(f.label == "PLACE" and f.attributes.get("kind") == "small_area"
                  and f.attributes.get("pattern") not in ("landmark", "facility_spot")
                  and (hamlets or not (_sector(f) or _broad_area(f)))
                  for f in findings)
    has_date = any(f.label == "DATE" for f in findings)
    dated = dated or has_date
    day = any(f.label == "DATE" and f.attributes.get("precision") in ("day", "relative", "time") for f in findings)
    narrowing = [label for label, v in shares.items() if label not in ("PLACE", "DATE") and v <= _NARROWING]
    person = [label for label in shares if label in ("AGE", "GENDER", "FAMILY", "OCCUPATION", "NATIONALITY")]
    rare = [label for label, v in shares.items() if label in ("OCCUPATION", "NATIONALITY", "FAMILY")
            and v <= _POP["shares"]["rare"]]
    area = [f for f in findings if f.label in ("PLACE", "AFFILIATION")]
    # an attribute of the person that narrows by two orders of magnitude (an exact age, a
    # rare trade or origin): with a dated incident in their 町, the town knows who it was
    sharp = [label for label, v in shares.items() if label not in ("PLACE", "DATE") and v <= _SHARP]
    # money one person received, gave or owes (a row of a list of recipients, 滞納額)
    paid = any(f.label == "AMOUNT" for f in findings)
    why = None  # the rule that fired, written out only when asked (the greedy search asks for k alone)
    if incident and dated and small_area:
        why = lambda: f"小さな地域での日付のある出来事: {_named(area, ('PLACE', 'AFFILIATION'))}＋事案「{incident}」"
    elif incident and in_class:
        why = lambda: f"学校の学年・学級での出来事: {_named(area, ('AFFILIATION',))}＋事案「{incident}」"
    elif in_class and dated and any(f.label in ("GENDER", "AGE") for f in findings):
        # 4年2組の男子児童が、先月…書き込んだ: some fifteen pupils, and the class knows who it was that month
        why = lambda: f"学級の児童の日付のある出来事: {_named(findings, ('AFFILIATION', 'GENDER', 'AGE', 'DATE'))}"
    elif incident and in_grade:
        why = lambda: f"学校の学年での出来事: {_named(findings, ('AFFILIATION', 'GENDER', 'AGE'))}＋事案「{incident}」"
    elif incident and dated and graded and any(f.label in ("GENDER", "AGE") for f in findings):
        # 先月12日、5年生の女の子が下校中に車と接触: the pupils and their families of the town know who
        why = lambda: (f"学年の児童の日付のある出来事: {_named(findings, ('AFFILIATION', 'GENDER', 'AGE', 'DATE'))}"
                       f"＋事案「{incident}」")
    elif in_club:
        why = lambda: f"学年と部活動の生徒: {_named(findings, ('AFFILIATION', 'GENDER', 'AGE'))}"
    elif household:
        why = lambda: f"世帯の構成と年齢: {_named(findings, ('FAMILY', 'AGE'))}"
    elif unique and placed:
        why = lambda: f"該当者が一人だけと書かれた属性: {_named(findings, ('PLACE', 'AGE', 'GENDER', 'FAMILY', 'OCCUPATION'))}"
    elif neighbour and in_chome:
        why = lambda: f"町丁目の中の隣家: {_named(area, ('PLACE',))}"
    elif small_area and len(narrowing) >= 2:
        rest = [x for x in narrowing if x not in ("PLACE", "AFFILIATION")]
        why = lambda: f"小さな地域＋絞り込む属性2つ: {_named(findings, ('PLACE', 'AFFILIATION'))}＋{_named(findings, rest)}"
    elif village and narrowing and len(person) >= 2 and k >= 10:
        # 字北浦に住む７０代の男性: a 字, a 集落 or a 団地 of a few hundred residents who know one
        # another; an age band and the sex leave a couple of dozen, whom the neighbours tell
        # apart. (Not a city's 丁目, whose residents do not: 桜町二丁目の70代の男性 stays low;
        # nor where the product already says a handful: 67歳＋男性＋丁目 is 2.5 as worked.)
        why = lambda: (f"小さな地域＋属性2つ: {_named(findings, ('PLACE',))}＋"
                       f"{_named(findings, [x for x in person if x != 'PLACE'])}")
    elif village and incident and incident not in _NOT_EVENT and any(x in _PERSON_LABELS for x in narrowing):
        # 新町地区の１０代の少年が…通報, 字北原で８０代の方が転倒: what happened to someone of an
        # age band or a household form in a 字, 集落 or 地区 is told among its few hundred residents
        # (the examiner's "a small area with two other attributes": the incident is one of them)
        why = lambda: (f"小さな地域での出来事＋絞り込む属性: {_named(findings, ('PLACE',))}＋"
                       f"{_named(findings, [x for x in narrowing if x in _PERSON_LABELS])}＋事案「{incident}」")
    elif small_area and day and person and (incident or in_school or not _spot_only(findings)):
        # (a spot where no one lives -- a station exit, a car park -- on a day with nothing that
        # happened there: who passed by that morning, one of the hundreds who do)
        why = lambda: f"小さな地域での特定の日の出来事: {_named(findings, ('PLACE', 'AFFILIATION', 'DATE'))}＋{_named(findings, person)}"
    elif incident and any(f.label == "DATE" and _DAY_TOLD.search(f.text) for f in findings) \
            and len([x for x in narrowing if x in _PERSON_LABELS]) >= 2:
        # 6月20日の午後に自宅近くで転倒した80代のひとり暮らしの方: whoever helped or saw it that
        # day knows who it was, and two narrowing traits leave a handful to guess among
        why = lambda: (f"特定の日の出来事＋絞り込む属性2つ: {_named(findings, ('DATE',))}＋"
                       f"{_named(findings, [x for x in narrowing if x in _PERSON_LABELS])}＋事案「{incident}」")
    elif incident and any(d.label == "DATE" and _DAY_TOLD.search(d.text) and any(
            f.label in sharp and f.label in _PERSON_LABELS and abs(f.start - d.start) <= _SAME_CLAUSE
            for f in findings) for d in findings):
        # 令和4年11月2日に自室で倒れているのを発見された父（当時83歳）: the day and an exact age
        # (or a trade of a handful) told together -- whoever heard of that day's event knows who
        # it was (not a day of the office's own incident told pages before a patient's age)
        why = lambda: (f"特定の日の出来事＋強く絞り込む属性: {_named(findings, ('DATE',))}＋"
                       f"{_named(findings, [x for x in sharp if x in _PERSON_LABELS])}＋事案「{incident}」")
    elif rare and (len([x for x in narrowing if x not in rare[:1]]) >= 1 or in_town):
        others = [x for x in shares if x != rare[0] and (x in narrowing or x == "PLACE")]
        why = lambda: f"市町村内でまれな属性: {_named(findings, rare[:1])}＋{_named(findings, others)}"
    elif rare and k >= 10 and any(x != rare[0] and x in _PERSON_LABELS for x in shares):
        # ペルー人の方…ご主人は, 獣医師の女性: an origin or a trade of some dozens in the municipality
        # with any other trait of the person (their sex, a spouse): the few who share the origin
        # or trade know one another (where the product already says a handful, it stands)
        told = [x for x in shares if x != rare[0] and x in _PERSON_LABELS]
        why = lambda: f"市町村内でまれな属性＋属性: {_named(findings, rare[:1])}＋{_named(findings, told)}"
    elif incident and dated and placed and sharp and not any(
            f.label == "PLACE" and _ROAD_ONLY.fullmatch(f.text) for f in findings):
        why = lambda: (f"町名での日付のある出来事＋絞り込む属性: {_named(findings, ('PLACE',))}＋"
                       f"{_named(findings, sharp)}＋事案「{incident}」")
    elif _moved_in_that_month(findings):
        # 令和５年８月に静岡県浜松市から転入: the transfer-ins of one month from one named city are a
        # handful (住民基本台帳人口移動報告), and the register and the neighbours know who came
        why = lambda: f"転入元と転入の時期: {_named(findings, ('PLACE', 'DATE'))}"
    elif row and small_area and (narrowing or person or paid):
        # (the area named once: what the row tells besides it, else that the row lists them)
        why = lambda: (f"個人の一覧の1行: {_named(findings, ('PLACE', 'AFFILIATION'))}＋"
                       f"{_named(findings, _besides_area(narrowing, person, paid)) or '一覧に載っていること'}")
    elif row and placed and (narrowing or paid):
        # a row of a list of private persons with the 町 or 地区 they live in and one
        # thing that narrows (an exact age, a household form) or the money the row says
        # they received or gave: the neighbours of the 地区 read the list
        why = lambda: (f"個人の一覧の1行（地区）: {_named(findings, ('PLACE',))}＋"
                       f"{_named(findings, tuple(narrowing) + ('AMOUNT',))}")
    circle = None  # a sensitive fact's rule: the small circle the attributes that narrow leave
    if why is None and sensitive:
        # (a road named alone places the incident, not the person: 市道東町２号線 narrows no one here)
        narrowed = [label for label, v in shares.items() if v < 1.0 and not (label == "PLACE" and all(
            _ROAD_ONLY.fullmatch(f.text) for f in findings if f.label == "PLACE"))]
        small = population
        for label in narrowed:
            small *= shares[label]
        # (one attribute alone must be the person's own -- an origin, an age --, not a body
        # named near the fact: 北海道大学 in 大学病院に通院 is where they are treated)
        # (a grade of a named school counts as two, 中央小学校の４年生, some thirty pupils, for a lasting
        # fact of the child -- a diagnosis, public assistance --; an undated mishap of a pupil
        # (跳び箱から落下し骨折) is judged by the incident rules above)
        school_grade = graded and not incident and any(f.label == "AFFILIATION" and _SCHOOL.search(f.text)
                                                       for f in findings)
        if (len(narrowed) >= 2 or narrowed and (narrowed[0] in _RARE_ALONE or school_grade)) and small < _CIRCLE.get():
            circle = small
            why = lambda: f"要配慮の事実＋属性の組合せ: {_named(findings, narrowed)}＋事実「{sensitive}」"
        elif _kin_told(shares, kin):
            # 御相談者は８０代の女性で、同居する長男から暴力を受け: those who know the household
            # (relatives, neighbours) know who it is, however many 80-year-olds the 市 has
            why = lambda: (f"要配慮の事実＋家族関係＋年齢: {_named(findings, ('AGE', 'FAMILY'))}"
                           f"＋続柄「{kin}」＋事実「{sensitive}」")
        elif small_area and day:
            # 1月9日、港南地区で断水があり、人工透析を受けている住民から: who in the 地区 had
            # that day's trouble is known there, and the fact told of them is what harms
            why = lambda: (f"要配慮の事実＋小さな地域での特定の日: {_named(findings, ('PLACE', 'AFFILIATION', 'DATE'))}"
                           f"＋事実「{sensitive}」")
        elif workplace_circle(findings):
            # 市内の運送会社で週３日アルバイトをしている男性＋生活保護: the workplace described is a
            # circle of its own -- the colleagues there, some dozens, know who it is (risk_workplace)
            why = lambda: (f"要配慮の事実＋職場が分かる記述: {_named(findings, ('OCCUPATION',))}＋"
                           f"{_named(findings, [x for x in person if x != 'OCCUPATION'])}＋事実「{sensitive}」")
    top = min(shares, key=lambda label: shares[label]) if shares else "DATE"
    reason = _harmless(harmless, sensitive, incident, row or unique or neighbour, village or in_chome,
                       bool(rare), dated and small_area)
    if reason:
        return Judgement(k, top, f"{_HARMLESS_JA[reason]}: {_named(findings, list(shares))}（一人を指さない）"
                         if explain else "", harmless=reason)
    if why is not None:
        k = min(k, near_unique)
    if not explain:
        return Judgement(k, top)
    # (the combination written out by its values, as the examiner's rules above are: which
    # attributes together leave a handful)
    reason = why() if why is not None else (
        f"属性の組合せ（推定人数が少ない）: {_named(findings, [x for x in shares if shares[x] < 1.0])}" if k < 10 else "")
    size = "数人に一人" if k < 10 else f"約{k:.0f}人に一人"
    if circle is not None:  # judged by the sensitive fact's rule
        size = f"約{circle:.0f}人の範囲（要配慮の事実があるため{_CIRCLE.get():.0f}人未満は高とする）"
    return Judgement(k, top, f"{reason}: {size}" if reason else size)


_HARMLESS_JA = {"statistic": "統計・複数の人についての記述", "public_honour": "公表される表彰・受賞",
                "own_statement": "議員・委員・職員が発言の中で自ら述べた本人の事柄",
                "public_act": "公の場での役割上の行為（講演・就任など、名前とともに公表される）"}


def _harmless(reason: str | None, sensitive: str | None, incident: str | None, listed: bool, small_area: bool,
              rare: bool, dated_in_area: bool) -> str | None:
    """The positive reason that makes the combination low, when nothing of the person
    overrides it. Why: examiners call harmless a statistic (利用者は…の女性が中心です,
    ７０代の女性の回答が最も多かった), an honour the giver publishes (県知事表彰を受けた
    ３０代の男性社員), a public act in role (防犯講話を行った駐在所の巡査) and a member's own
    statement in their turn (○田中委員　私にも小学生の子が二人おり、北小学校に…), which the
    product of shares or a small-area rule read as one person.
    Never for a sensitive fact or an incident (what harms or happened to one person), a row
    of a list, a unique or neighbouring household; an honour never with a small area, a
    rare attribute or a dated event there (what the announcement does not publish)."""
    if reason is None or sensitive or incident or listed:
        return None
    if reason == "public_honour" and (small_area or rare or dated_in_area):
        return None
    return reason


def _in_class(findings: list[Finding]) -> bool:
    """A class of a school among the person's attributes (４年２組, 第５学年２組), the school
    named or not. Why: ６年１組の１２歳の児童が先月２日から休んでいる was judged low (one of
    thirty) only because no school was named with the class, though a class is always one
    school's and its thirty pupils know who it was."""
    return any(f.label == "AFFILIATION" and "組" in f.text and _GRADE.search(f.text) for f in findings)


def _kin_told(shares: dict[str, float], kin: str | None) -> bool:
    """A relative of the person the sensitive fact is about (``kin``: the fact names one,
    or a FAMILY finding of theirs is told in its clause) and an age of theirs that narrows (an age band,
    not 高齢: a quarter of residents). Why: a sensitive fact, a family relation and an age
    were judged low as "one of some hundreds" (８０代＋女性＋長男から暴力), where an
    examiner reads the household the fact is about, which its circle knows."""
    return kin is not None and shares.get("AGE", 1.0) <= _NARROWING


def _besides_area(narrowing: list[str], person: list[str], paid: bool) -> list[str]:
    """The labels a row tells of the person besides the area it places them in
    (an age, a relation, the money), for the reason: 所属「市立北高校」＋世帯「父」,
    not the school named twice."""
    told = [x for x in dict.fromkeys(narrowing + person) if x not in ("PLACE", "AFFILIATION")]
    return told + ["AMOUNT"] if paid else told


def _moved_in_that_month(findings: list[Finding]) -> bool:
    """A named place someone moved from (PLACE kind ``origin``) with the month
    or day of the move told with it (within a clause)."""
    return any(o.label == "PLACE" and o.attributes.get("kind") == "origin" and any(
        d.label == "DATE" and d.attributes.get("precision") in ("day", "month", "relative")
        and abs(d.start - o.start) <= _SAME_CLAUSE for d in findings) for o in findings)


# the recognizer's shapes of a spot an event is placed at, where no one lives (place.py)
_SPOT_PATTERNS = frozenset({"landmark", "described_spot", "town_landmark", "facility_spot"})


def _spot_only(findings: list[Finding]) -> bool:
    """Every small place of the combination is a spot where no one lives (駅北口, 駐輪場)."""
    places = [f for f in findings if f.label == "PLACE" and f.attributes.get("kind") in ("small_area", "chome")]
    return bool(places) and all(f.attributes.get("pattern") in _SPOT_PATTERNS for f in places)


def estimate_k(findings: list[Finding], population: float, incident: str | None,
               dated: bool = False, neighbour: bool = False, row: bool = False, unique: bool = False,
               sensitive: str | None = None, kin: str | None = None) -> tuple[float, str]:
    """(k, the attribute that narrows most) for one subject's visible attributes
    (:func:`judge` without the reason)."""
    j = judge(findings, population, incident, dated, neighbour, row, explain=False, unique=unique, sensitive=sensitive,
              kin=kin)
    return j.k, j.top


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


# A line that introduces another person: a subject word with a letter or
# number after it (相手方Ｂ, 児童2, 申出人乙), after indentation or a bullet.
_LINE_SUBJECT = re.compile(r"[ \t\u3000]*[・○◯〇●◆■\-－]?[ \t\u3000]*(?:%s)[A-Za-zＡ-Ｚａ-ｚ0-9０-９甲乙丙丁①-⑳]"
                           % "|".join(map(re.escape, _QI["subject_words"])))
_BULLET = re.compile(r"[ \t\u3000]*[・○◯〇●◆■\-－]?[ \t\u3000]*")
# After a name at the start of a line: a speaker's turn (山田委員　…, シルバ：…).
_TURN = re.compile(r"[^\n、。はがのを]{0,8}?[：:\u3000]")
# The speaker mark of 会議録 (○３番（石井議員）, ◯福祉部長（田村浩一）, ○議長 ; some
# minutes write the mark with the ideographic zero 〇): a
# turn of its own even where the name is in brackets or there is none.
_SPEAKER_MARK = re.compile(SPEAKER_MARK + r"[^\n、。：:]{0,16}?(?:（[^\n（）]{1,12}）|\([^\n()]{1,12}\)"
                           r"|議長|委員長|議員|委員|市長|町長|村長|部長|課長|局長|室長|番)[ \t\u3000]")


# A heading that opens another topic (【委員会】, ◆不登校児童生徒への支援は): what
# follows is about other people, even with no blank line before it (a newsletter)
_TOPIC_HEADING = re.compile(r"[ \t\u3000]*(?:【[^】\n]{1,20}】|[◆◇][^\n]{2,})")


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
            lead = _BULLET.match(text, line, end).end()  # type: ignore[union-attr]  # _BULLET matches the empty string: never None; where the line's words start
            name_end = persons.get(lead)
            line_end = text.find("\n", line, end)
            line_end = end if line_end == -1 else line_end
            if _LINE_SUBJECT.match(text, line, end) or _SPEAKER_MARK.match(text, line, end) \
                    or _TOPIC_HEADING.match(text, line, end) or (
                    name_end is not None and _TURN.match(text, name_end, end)
                    and not _LINE_REST.fullmatch(text, name_end, line_end)):  # a name alone on its line is no turn
                cuts.append(line)
        pos = line
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _visible_qis(findings: Iterable[Finding]) -> list[Finding]:
    """The attributes the check weighs: the quasi-identifiers, and the money one
    person received or owes (AMOUNT ``kind = "personal"``: it narrows no one by
    itself, but is raised with the person's other attributes when they single
    the person out; a bill's budgets and contracts are no one's)."""
    return [f for f in findings if (f.label in RISK_LABELS or f.label == "AMOUNT" and f.attributes.get("kind") == "personal")
            and f.action != MASK and f.attributes.get("kind") not in ("administrative", "chronology")]


_SJ = _QI["subjects"]
# not inside a longer word: 日本人, 本人確認, 彼岸 refer to no one
_BACKREF = guarded(re.compile("(?<![\u4e00-\u9fff])(?:%s)(?![\u4e00-\u9fffァ-ヶ])"
                      % "|".join(re.escape(w) for w in sorted(_SJ["backrefs"], key=len, reverse=True))))
_GENERIC = frozenset(_SJ["generic"])
# a relative as the subject of their own clause: the relation word, not inside a
# longer word (祖母, 父母, 工夫), with an honorific or their age or name in
# brackets, then the topic or subject particle (申出人の母（70代）は, 長女が)
_RELATIVE = guarded(re.compile(
    r"(?<![\u4e00-\u9fff])(%s)(?:さん)?(?:[（(][^（）()\n]{1,16}[）)])?(?=は|が|も)" % RELATIVE_WORDS))
# a job the office works with, written by what it does for the office (ケアマネジャーのご協力を得て,
# 弁護士と連携し, 通訳を介して): a professional enlisted, like the staff, no resident
# (通訳の方と一緒に訪問, 訴訟代理人として弁護士を選任, 通訳（…）同席で)
_ENLISTED = re.compile(r"(?:[（(][^）)\n]{0,40}[）)])?(?:の(?:ご|御)?協力|と(?:の)?連携|に(?:ご|御)?依頼|を(?:介し|交え|派遣|選任|手配|依頼)"
                       r"|の派遣|の(?:ご|御)?助言|(?:の方)?と(?:一緒に|ともに|共に)|が?同席|が?同行|に委任)")
# a role word that opens a compound about a list, a count or a scheme (避難行動要支援者名簿, 対象者数)
_COMPOUND_AFTER = re.compile(r"(?:名簿|台帳|数|率|制度|計画|一覧|向け|支援制度|対策)")
# after a role or kind of person: everyone of that kind (保護者向け, 利用者全般, 相談者等)
# (入居者のうち６５歳以上の方の割合は, 利用者の半数が: a part or a share of everyone of the kind; the
# one person picked out of them, 相談者のうち８０代の女性は, is introduced by the kind of person after it)
_FOR_ALL = re.compile(r"(?:向け|全般|全体|一般|等|の皆|の方々|各位|のうち|の(?:割合|半数|過半数|大半|多く|平均|約?[0-9０-９]+(?:割|％|%)))")
_PLURAL = guarded(re.compile("|".join(map(re.escape, _SJ["plural"]))))
_ROLE_WORDS = sorted(set(_QI["subject_words"]) | set(_SJ["roles"]), key=len, reverse=True)
# a role word with the letter or number that tells parties apart (相手方Ｂ, 児童2)
_MENTION = re.compile("(?:%s)[A-Za-zＡ-Ｚａ-ｚ0-9０-９甲乙丙丁①-⑳]?" % "|".join(map(re.escape, _ROLE_WORDS)))
# not a former post (元市職員, 元校長: a resident's past work)
_STAFF_POSTS = frozenset(_QI["affiliation"]["staff_posts"]) - {"職員"}
_STAFF_CASE = guarded(re.compile("|".join(map(re.escape, _SJ["staff_case_words"]))))
# a staff word as the subject of its clause (職員が, 主事（３０代）は): what the clause tells is theirs
_STAFF_AS_SUBJECT = re.compile(r"(?:[（(][^）)\n]{1,12}[）)])?(?:が|は)")
# a staff word as the party an action is taken against (…の男性教諭に対し、停職３か月の懲戒処分を
# 行いました): a disciplinary action is taken against one member of staff, whose case it is as much
# as when they are the subject of the clause (read only with a disciplinary word after it)
_STAFF_AS_PARTY = re.compile(r"(?:[（(][^）)\n]{1,12}[）)])?に(?:対し(?:て)?|対する)、?")
_STAFF_SELF = "職員（本人）"  # the key of a member of staff a sentence tells a private matter of
_STAFF_ROLES = frozenset(_SJ["staff_subjects"]) | {_STAFF_SELF}
# the recognizers' shapes of a staff member's unit and post (affiliation.py, occupation.py)
_STAFF_PATTERNS = frozenset({"所属（職員）", "所属（欄）", "職（職員）", "職（欄）"})
# the staff words that refer back to a member of staff told of before (当該職員, 同職員), not
# those that introduce one (被処分者, a form's 職員の処分)
_STAFF_BACKREFS = frozenset(w for w in _SJ["staff_subjects"] if w.startswith(("当該", "同")))
_STAFF_SUBJECT = re.compile("|".join(map(re.escape, _SJ["staff_subjects"])))
_OFFICIAL = guarded(re.compile("(?<!元)(?<!元.)(?<!元..)(?<!当該)(?<!同)(?<!受けた)(?:%s)" % "|".join(map(re.escape, sorted(
    _SJ["officials"] + _SJ["programme_posts"], key=len, reverse=True)))))
_COMMUNITY = guarded(re.compile("(?<!元)(?:%s)" % "|".join(map(re.escape, sorted(_SJ["community_roles"], key=len, reverse=True)))))
# the public body a post is held in, right before it (北原小学校の校長, 福祉課の主査)
_ORG_BEFORE = re.compile(r"(?:学校|高校|幼稚園|保育所|保育園|こども園|課|係|室|センター|事務所|役場|市役所|支所|出張所|公民館|図書館)の?$")
_HELD_POST = re.compile(r"(?:を|に|として)?(?:務め|して|歴任|就い|就任|経験|だった|であった|でもあった|を長く|の経験)")
_OFFICIAL_ALWAYS = frozenset({"職員", "担当者", "担当職員", "ケースワーカー", "主査", "主事", "指導主事", "係長", "課長", "部長",
                              "所長", "事務局", "委員長", "議員", "委員",
                              # elected heads and their deputies: in office wherever they are written
                              "市長", "町長", "村長", "副市長", "副町長", "副村長", "教育長", "議長", "副議長", "副委員長"})
# a school's posts: a child's class teacher and the heads are the school's staff wherever written
# (担任は５０代の女性で: not the child's attributes; not 元校長, a resident's past; 教諭 may be one's job);
# like 職員, a person of the case where the sentence tells their own health, leave or misconduct
_SCHOOL_POSTS = frozenset({"担任", "校長", "学校長", "副校長", "教頭"})
_OFFICIAL_ALWAYS = _OFFICIAL_ALWAYS | _SCHOOL_POSTS | frozenset(_SJ["programme_posts"])
# a staff word as the subject of the office's work (保健師（３０代・女性）が…を訪問している,
# 相談員は…に同行した): a member of staff at work, whatever their age and sex
_STAFF_WORK = re.compile(r"(?:[（(][^）)\n]{1,12}[）)])?(?:が|は|も)[^。\n]{0,40}?"
                         r"(?:訪問|同行|面談|巡回|聞き取り|聴き取り|相談に応じ|助言|指導|支援して|支援を行|対応し|対応して|対応した|説明し|説明した)")
_OFFICIAL_MARKER = re.compile("(?:%s)$" % "|".join(map(re.escape, _SJ["official_markers"])))
# (…に対し、 is a programme's target, 高齢者に対し、見守りを行う; not the one party a disciplinary or
# administrative action is taken against, …の男性教諭に対し、停職の懲戒処分を行った)
_AGAINST_ONE = "に対し、(?![^。\n]*(?:%s))" % "|".join(map(re.escape, _MORE["staff"]["discipline_words"] + ["処分"]))
_GENERAL = guarded(re.compile("|".join(map(re.escape, _SJ["general"] + _SJ["activities"] + _SJ["conditions"]))
                              + "|" + _AGAINST_ONE + "|" + many_count("人|名|世帯|件")
                      + r"|(?:住民|人口|世帯数|人数)は[0-9０-９一二三四五六七八九十百千]+(?:人|名|世帯|件)"
                        r"|[0-9０-９一二三四五六七八九十]+(?:割|％|%)"))
_ACTIVITIES = frozenset(_SJ["activities"])
# one person's measured value changing (ＨｂＡ１ｃが９．２％から７．０％に改善): a reading of one
# person, not a share of many -- unless a rate or share is what changed (受診率が３２．１％から…)
_MEASURED_CHANGE = re.compile(r"[0-9０-９]+[．.][0-9０-９]+(?:％|%)から[^。\n]{0,12}?[0-9０-９]+(?:[．.][0-9０-９]+)?(?:％|%)(?:に|へ|まで)")
_PERCENT = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:％|%)")
_RATE = re.compile(r"率|割合|比率|シェア|のうち|全体")


def _about_many(text: str, start: int, end: int, one_described: bool = False) -> bool:
    """The sentence speaks of many people (a share, a count, a trend: ``_GENERAL``), not
    of one person's measured value changing. ``one_described``: the sentence describes
    one person in a clause of their own (``_described_clause``); an activity the office held
    after their case (研修を実施した) then says nothing of many people."""
    for m in _GENERAL.finditer(text, start, end):
        if one_described and m.group(0) in _ACTIVITIES:
            continue
        if _PERCENT.fullmatch(m.group(0)) and not _RATE.search(text, start, end) and any(
                c.start() <= m.start() < c.end() for c in _MEASURED_CHANGE.finditer(text, start, end)):
            continue
        return True
    return False


# what ends a clause: the attributes of one person are written inside one
_CLAUSE_BREAK = re.compile(r"[、。，,\n]")
# a kind of person as the subject or topic of its clause (９０代の女性選挙人が, 男性（７０代）は)
_CLAUSE_SUBJECT = re.compile(r"[^、。\n]{0,6}?(?:[（(][^）)\n]{0,16}[）)])?(?:が|は|も)")


def _described_clause(text: str, members: Sequence[Finding]) -> tuple[int, int] | None:
    """Where one person is described in a clause of their own: two attributes
    or more in one clause, the last a person's (an age, a sex, a household, a
    trade) heading the clause's subject or topic (第３投票区において８０代の
    男性選挙人が, 市立北中学校の１年生の男子生徒が): one person, singled out
    by what is written of them, whatever else the sentence says of others or
    of what the office did afterwards. Fail closed: such a clause is left
    ungrouped only for a reason written in it (a statistic, a plural, a
    condition of a rule)."""
    told: list[Finding] = []
    for f in members:
        if told and _CLAUSE_BREAK.search(text, told[-1].end, f.start):
            told = []
        told.append(f)
        subject = _CLAUSE_SUBJECT.match(text, f.end)
        if len(told) >= 2 and f.label in _PERSON_LABELS and subject:
            return told[0].start, subject.end()
    return None


def _elsewhere(found: re.Pattern, text: str, start: int, end: int, clause: tuple[int, int] | None) -> bool:
    """``found`` matches in the sentence outside the clause that describes one
    person: what it says of many people, or of the others who acted on them
    (同じ部活動の生徒数名から), or of the office's activity after their case
    (研修を実施した), is not said of that person."""
    if clause is None:
        return False
    return all(not (clause[0] <= m.start() < clause[1]) for m in found.finditer(text, start, end))


# 例えば… with what happened, in the past and with no condition (例えば北小学校の５年生が
# 先月…書き込んだ件がありましたね), or with what someone sent that has come (…から手紙が届いております):
# an example of a real case, not an imagined person
_EXAMPLE_THAT_HAPPENED = re.compile(r"(?:例えば|たとえば)(?!.*(?:場合|たら|なら|れば|としても|でも))"
                                    r".*(?:ました|でした|[った](?:件|こと|ケース|事案)?が?(?:ありました|あった|ね|。)"
                                    # what has come and is there now (…の男性から手紙が届いておりますが): a real case too
                                    r"|(?:届いて|寄せられて|いただいて|頂いて)(?:おります|います|おり|いる))")
# a count of incidents (転倒事故が3件, 十数件の相談): events of many people, not one person's
_EVENT_COUNT = re.compile(r"(?:[2-9２-９二三四五六七八九]|[0-9０-９]{2,}|十|数|何)件(?!目)")
# (もし, not もしくは: "or")
_HYPOTHETICAL = guarded(re.compile("|".join(map(re.escape, _SJ["hypothetical"])) + "|もし(?!く)"))
_OFFICIAL_MARKER_START = re.compile("(?:%s)" % "|".join(map(re.escape, _SJ["official_markers"])))
_BACK_DETERMINER = re.compile(r"(?:その|この|当該|同|上記の|前記の)$")
# a person named by a clause about them: a verb's ending, then 方 and a particle
# (耕しておられる方が, 暮らしている方は); not 方々 (many), not the side of an office (市の方で)
_CLAUSE_PERSON = guarded(re.compile(r"(?<=[るたいす])方(?=[がはをにも、]|から|より|との|と[、一])"))
# a kind of person counted as one (住民１名から, 市民の方お一人が, 利用者１人が): one person, whatever
# the sentence's other words (a count of one is no statistic)
_ONE_COUNTED = re.compile(r"(住民|市民|町民|村民|区民|利用者|入居者|世帯員|男性|女性)(?:の方)?(?:[1１一]名|[1１一]人|お一人|おひとり)"
                          r"(?![0-9０-９〇一二三四五六七八九十百千])")
# 方 right after an attribute and の (一人暮らしの方が): the person it describes; not 方々 (many)
# (字南谷の方から相談, 字南谷の方の件です: the one the place describes, too)
_ATTRIBUTE_PERSON = re.compile(r"の方(?=[がはをにもで、]|から|より|について|の(?:件|こと|ご|お))")
_SENTENCE_END = re.compile(r"[。？！?!]|\n")
# what joins a resident to a different party in one clause (女性が男性の車と)
_OTHER_PARTY = guarded(re.compile(r"[がとを]|から|より|に(?!住|お住|在住|居住|暮ら)"))
# the person written before as the source of what follows (申出人によると、母親と二人暮らしで; 相談者から
# 伺ったところでは): what the sentence goes on to tell is theirs, no other party of it
_SOURCE = re.compile(r"^(?:に|の(?:お)?話に)よ(?:ると|れば)|^の(?:お)?話では|^から(?:伺っ|お伺いし|聞い|お聞きし)た(?:ところ|話)(?:では|によると)?")
_LIVES = re.compile(r"に(?:住む|住んで|お住まいの|在住の|居住する|暮らす)|在住の")
# a row of a table: three cells or more, split by tabs or full-width spaces
# (a table written with bars, | 字北原 | 82歳 |, as text exports and Markdown write it, splits the same)
# (a table typed with runs of ASCII spaces, 「１   字東谷   ８４歳」, has its cells apart too)
_CELL_SEP = re.compile(r"[ \t\u3000]*(?:[\t\u3000|｜]|  )[ \t\u3000]*")
_ROW_COUNT = re.compile(r"[0-9０-９]+(?:人|名|世帯|件|％|%)")


# A role (申出人, 相談者) names the same person while it recurs within this many
# paragraphs; minutes that take up case after case reuse the word for others.
_KEY_SPAN = 4


@dataclass
class _Group:
    """The attributes gathered about one person while reading."""

    key: str | None  # 申出人, 相手方Ｂ, a name: the same person each time it recurs
    word: str
    official: bool = False
    row: bool = False
    passage: bool = False  # the whole passage read as one person (a fallback)
    distinct: bool = False  # introduced by its own attributes in a sentence of its own (30代の男性から…)
    members: list[Finding] = field(default_factory=list)
    extent: list[tuple[int, int]] = field(default_factory=list)  # the sentences about them
    last_para: int = 0  # the paragraph they were last written in
    named: bool = False  # a name alone on its line under the role's heading was read as theirs
    party: bool = False  # another party of a clause about someone (申出人と口論になった男性): not their case's
    formed: str = ""  # how the group was gathered, for the reader of the review, when not sentence by sentence
    another: bool = False  # written as another of its role (別の相談者): never the same person as the role's others


@dataclass
class _Passage:
    """A passage read (a paragraph, or a speaker's turn within it) and who it
    is about, for reading the turns of one case together (``_case_chains``)."""

    start: int
    end: int
    body: int  # where its words start, after a speaker mark
    para: int
    residents: frozenset[int] = frozenset()  # the private persons' groups it mentions (ids)
    introduces: frozenset[int] = frozenset()  # the persons it names first by a name or a role of their own
    refers: bool = False  # it refers back to someone (その方, 当該世帯, 御本人)
    shifts: bool = False  # it turns to another matter (次に、…について伺います)
    tells: bool = False  # it states an attribute of someone (the chair's call states none)


@dataclass
class _Mention:
    start: int
    end: int
    word: str
    kind: str  # role | generic | person | backref | official | relative
    group: _Group | None = None


# Patterns _mentions uses on every sentence, compiled once rather than looked up
# in re's cache at each use: 担当/当課/本市 shortly before a staff word (担当の保健師);
# a word character going on after a kind of person (女性活躍); と and what joins
# a person described by whom they live with (母親と二人で暮らす方)
_RELATIVE_SAN = tuple(w for w in _SJ["relatives"] if w.endswith("さん"))  # 奥さん, 娘さん, お父さん
_HOUSEHOLD_TAIL = re.compile(r"(?:家|宅|一家)(?:[はのがでにをも、]|では)")
# the field of a form that holds the work of the person it is about (職業：, 勤務先　), up to the value
_PERSONAL_WORK_FIELD = re.compile(r"[ \t\u3000]*(?:[0-9０-９]{1,2}[.．　 ]|[(（][0-9０-９]{1,2}[)）]|[・○◯])?[ \t\u3000]*"
                                  r"(?:本人の|世帯主の|保護者の)?(?:職業|職種|勤務先|勤め先|勤務先・職種)[ \t\u3000]*[:：]?[ \t\u3000]*[^\n:：]{0,12}$")
# (the office speaking of its own staff: 当センターでは、保健師と…が, 当園の保育士, 本校の養護教諭)
_OWN_OFFICE_BEFORE = re.compile(r"(?:担当|当課|本市|(?<![\u4e00-\u9fff])(?:当(?:係|室|部|局|所|センター|事務所|館|園|校|院|町|村)"
                                r"|本(?:課|係|室|センター|事務所|校|園)))(?:では|で|の|から|も)?[、，]?[^。、]{0,4}$")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffァ-ヶ]")
_STAFF_JOINS = frozenset({"と", "・", "や", "、", "及び", "および"})
_WITH_GAP = re.compile(r"と[^、。はが]{0,12}")
_STAFF_POSTS_OR_STAFF = _STAFF_POSTS | {"職員"}


def _mentions(text: str, start: int, end: int, persons: dict[int, tuple[int, bool]],
              members: Sequence[Finding] = (), sorted_starts: list[int] | None = None,
              known: set[str] | None = None, discipline: bool = False) -> list[_Mention]:
    """Who a sentence talks about, in order: back-references, staff, names,
    role words and kinds of person. Longest first at each place.

    ``known``: the staff words the document has already written as staff
    (地区担当の保健師): the same word again (保健師は…) is the same staff
    member; the words found as staff here are added to it."""
    known = set() if known is None else known
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        for x, y in taken:  # a plain loop: any() over a generator costs a frame per span
            if a < y and x < b:
                return False
        return True

    for f in members:
        # a job word the office's staff holds (担当の社会福祉士, 当課の保健師)
        if f.label == "OCCUPATION" and (_OFFICIAL_MARKER_START.match(f.text) or f.text in known
                                        or _ENLISTED.match(text, f.end)
                                        or _OWN_OFFICE_BEFORE.search(text, max(start, f.start - 8), f.start)):
            found.append(_Mention(f.start, f.end, f.text, "official"))
            taken.append((f.start, f.end))
            word = _OFFICIAL.search(f.text)
            known.add(word.group(0) if word else f.text)

    for m in _BACKREF.finditer(text, start, end):
        found.append(_Mention(m.start(), m.end(), m.group(0), "backref"))
        taken.append(m.span())
    if sorted_starts is None:
        sorted_starts = sorted(persons)
    for p_start in sorted_starts[bisect_left(sorted_starts, start):bisect_left(sorted_starts, end)]:
        p_end, private = persons[p_start]
        if free(p_start, p_end):
            tail = text[p_end:p_end + 4]
            # officials are named with their title (山田委員, 田村課長); さん is a resident's
            # (a family written by its surname, 佐藤家は, 佐藤宅では: a household, no official)
            kind = "person" if private or tail.startswith(("さん", "さま", "様", "氏")) \
                or _HOUSEHOLD_TAIL.match(tail) else "official"
            found.append(_Mention(p_start, p_end + (2 if tail.startswith(("さん", "さま")) else 0), text[p_start:p_end], kind))
            taken.append((p_start, found[-1].end))
    for m in _COMMUNITY.finditer(text, start, end):
        # a resident in a community post, written as who speaks or acts in it
        # (自治会長の山田さんによると, 民生委員が訪問した); not a post someone
        # held (分団長を務めた) or a former one (元自治会長), which are their work
        if free(*m.span()) and not _HELD_POST.match(text, m.end()) \
                and not any(f.label == "OCCUPATION" and f.start <= m.start() and m.end() <= f.end
                            and f.text.startswith("元") for f in members):
            found.append(_Mention(m.start(), m.end(), m.group(0), "official"))
            taken.append(m.span())
    # a former post (元小学校教諭, 元町職員が): the resident's past work, no official at work
    former = [(f.start, f.end) for f in members if f.label == "OCCUPATION"
              and (f.text.startswith("元") or str(f.attributes.get("pattern", "")).startswith("前職"))]
    # the post in a form's field (職名　主事) of a paper that tells a disciplinary action
    # (``discipline``): the member of staff the action is against, a person of the case
    posts = [(f.start, f.end) for f in members if discipline and f.attributes.get("pattern") == "職（欄）"]
    for m in _OFFICIAL.finditer(text, start, end):
        if not free(*m.span()) or any(a <= m.start() and m.end() <= b for a, b in former):
            continue
        if _CIRCULATION.match(text, m.end()):
            continue  # （議員限り）, 委員限り: who a note is shown to, no one the sentence tells of
        if any(a <= m.start() and m.end() <= b for a, b in posts):
            found.append(_Mention(m.start(), m.end(), _STAFF_SELF, "role"))
            taken.append(m.span())
            continue
        if (m.group(0) in _STAFF_POSTS_OR_STAFF or m.group(0) in _SCHOOL_POSTS) \
                and (_STAFF_AS_SUBJECT.match(text, m.end(), end) and _STAFF_CASE.search(text, m.end(), end)
                     or _STAFF_AS_PARTY.match(text, m.end(), end) and _DISCIPLINE.search(text, m.end(), end)) \
                and not _STAFF_SUBJECT.search(text, max(start, m.start() - 30), m.start()):
            # 市民課に所属する４０代の女性職員が、体調不良のため休職している: a member of staff
            # whose own health, leave or misconduct the sentence tells is a person of the case
            found.append(_Mention(m.start(), m.end(), _STAFF_SELF, "role"))
            taken.append(m.span())
            continue
        if m.group(0) in _STAFF_POSTS and _STAFF_SUBJECT.search(text, max(start, m.start() - 30), m.start()) \
                and _STAFF_CASE.search(text):
            continue  # 当該職員は、財政課の主事（２０代）であり: the post of the staff member the case is about
            # (a manager named after them, 上司の課長, stays the office's: their post is public)
        if _PERSONAL_WORK_FIELD.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # 職業：介護職員: the work of the person the form is about, no official at work
        before = text[max(start, m.start() - 8):m.start()]
        if m.group(0) in _OFFICIAL_ALWAYS or m.group(0) in known or _OFFICIAL_MARKER.search(before) \
                or _OWN_OFFICE_BEFORE.search(before) or _ORG_BEFORE.search(before) \
                or _STAFF_WORK.match(text, m.end(), end):
            found.append(_Mention(m.start(), m.end(), m.group(0), "official"))
            taken.append(m.span())
            known.add(m.group(0))
    # a job word joined to a member of staff (当センターでは、保健師と主任ケアマネジャーが): staff too
    for f in members:
        if f.label == "OCCUPATION" and free(f.start, f.end) and any(
                x.kind == "official" and x.end < f.start and text[x.end:f.start] in _STAFF_JOINS for x in found):
            found.append(_Mention(f.start, f.end, f.text, "official"))
            taken.append((f.start, f.end))
    for m in _RELATIVE.finditer(text, start, end):
        # 申出人の母（70代）は, 長女は: a relative as the subject of a clause of their own
        if free(*m.span()):
            found.append(_Mention(m.start(), m.end(), m.group(1), "relative"))
            taken.append(m.span())
    for m in _MENTION.finditer(text, start, end):
        if not free(*m.span()):
            continue
        said = m.group(0)
        base = said.rstrip("ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789０１２３４５６７８９甲乙丙丁")
        if base in ("本人",) or said in ("さん", "氏") and m.start() > start and text[m.start() - 1] in "同両各":
            continue
        if said == "さん" and any(text.startswith(w, m.end() - len(w)) for w in _RELATIVE_SAN):
            continue  # 奥さんを亡くされ, 息子さんが: the relative of the person, no one of their own
        if _FOR_ALL.match(text, m.end()):
            continue  # 外国籍の保護者向けに, 利用者全般: the people a service is for, no one person
        if _COMPOUND_AFTER.match(text, m.end()):
            continue  # 避難行動要支援者名簿, 対象者数: a word about the list or count, not a person
        if base in _STAFF_ROLES and not _STAFF_CASE.search(text):
            # 当該職員が誤って送付した: the staff member who handled it, in a case that
            # is no disciplinary one or offence of theirs -- an official at work
            found.append(_Mention(m.start(), m.end(), said, "official"))
            taken.append(m.span())
            continue
        generic = base in _GENERIC
        if generic and _WORD_CHAR.match(text, m.end()) and not _OFFICIAL.match(text, m.end()):
            continue  # 女性活躍, 児童福祉法, 高齢者福祉: a word about people in general
        found.append(_Mention(m.start(), m.end(), said, "generic" if generic else "role"))
        taken.append(m.span())
    for m in _ONE_COUNTED.finditer(text, start, end):
        # 住民１名から苦情, 利用者の方お一人が: a kind of person counted as one is one person
        if free(*m.span()):
            found.append(_Mention(m.start(), m.end(), m.group(1), "generic"))
            taken.append(m.span())
    for m in _CLAUSE_PERSON.finditer(text, start, end):
        # 畑を耕しておられる方が, 一人で暮らす方は: a person named by what they do
        if free(*m.span()):
            found.append(_Mention(m.start(), m.end(), m.group(0), "generic"))
            taken.append(m.span())
    ends = {f.end for f in members}
    for m in _ATTRIBUTE_PERSON.finditer(text, start, end) if ends else ():
        # ベトナム出身のシングルマザーの方は, 一人暮らしの方が: a person introduced by an attribute
        if m.start() in ends and free(m.start() + 1, m.end()):
            found.append(_Mention(m.start() + 1, m.end(), "方", "generic"))
            taken.append((m.start() + 1, m.end()))
    found.sort(key=lambda x: x.start)
    # a kind of person written right after a role or a name is the same person
    # (相談者（男性）, 80代の女性の相談者, 男性職員)
    merged: list[_Mention] = []
    for mention in found:
        if merged and merged[-1].kind == "generic" and mention.kind == "relative" \
                and text[merged[-1].end:mention.start] == "の":
            merged[-1] = _Mention(merged[-1].start, mention.end, mention.word, "relative")  # 中学生の娘が: the daughter
            continue
        gap = text[merged[-1].end:mention.start] if merged else ""
        if merged and merged[-1].kind == "generic" and mention.word == "方" and mention.kind == "generic" \
                and _WITH_GAP.fullmatch(gap):
            # 母親と二人で暮らす方から: the one who lives with their mother, described by her
            merged[-1] = _Mention(merged[-1].start, mention.end, "方", "generic")
            continue
        if merged and merged[-1].kind == "generic" and mention.kind in ("person", "role") and gap == "、":
            # フィリピン出身の方、Maria SANTOSさん: the same person, named after how they were described
            merged[-1] = _Mention(merged[-1].start, mention.end, mention.word, mention.kind)
            continue
        if merged and (not gap or len(gap) == 1 and gap in "（(の・ 　：:") \
                and "backref" not in (mention.kind, merged[-1].kind) \
                and "relative" not in (mention.kind, merged[-1].kind):  # 申出人の母: read as a relative
            prev = merged[-1]
            kind = "official" if "official" in (prev.kind, mention.kind) else (
                prev.kind if prev.kind != "generic" else mention.kind)
            kept = prev.word if prev.kind in ("role", "person") else mention.word
            merged[-1] = _Mention(prev.start, mention.end, kept, kind)
        else:
            merged.append(mention)
    return merged


# a small area referred back to (その集落では, 同地区に): the one written before
_AREA_BACK = re.compile(r"(?:その|この|同|当該)(?:集落|地区|団地|字|地域|自治会|町内会|行政区)(?:で|に|の|は)")
# an answer that opens by referring to what was asked (お尋ねの火災は, ご指摘の事故につきましては)
_ANSWERS_BACK = re.compile(r"[ \t\u3000]*(?:お答え(?:いた)?します。|答弁いたします。)?[ \t\u3000]*(?:お尋ねの|ご指摘の|御指摘の|ご質問の|御質問の|お話の)")
# the speaker of a turn of the minutes speaking of themself (私は字西山で生まれ育ち): a
# member or an official in their office, whose own attributes are no resident's
_FIRST_PERSON = re.compile(r"(?:私|わたくし|わたし|小職|本職)(?:自身)?(?:は|が|も|自身)")


# a speaker mark of someone who speaks in a role of the case (○陳述人（…）, ○参考人（…）): a resident
_RESIDENT_SPEAKER = re.compile("陳述人|公述人|参考人|請願者|陳情者|申立人|請求人|申出人|傍聴人|相談者|住民")


def _speaker_names(text: str, findings: Iterable[Finding]) -> frozenset[str]:
    """The names written in the speaker marks of minutes (○３番（川口さくら君）,
    ○福祉課長（石井　守君）): members and officials in their office. A mark of
    someone speaking in a role of the case (○陳述人（…）) is a resident's and is left out."""
    names: set[str] = set()
    for f in findings:
        if f.label != "PERSON":
            continue
        line = text.rfind("\n", 0, f.start) + 1
        if f.start - line > 24:
            continue  # a speaker mark is at the start of its line: one look per name
        mark = _SPEAKER_MARK.match(text, line)
        if mark is not None and mark.end() >= f.end and not _RESIDENT_SPEAKER.search(text, line, f.start):
            names.add(f.text)
    return frozenset(names)


# the private persons who speak in a turn of their own (○公述人（…君）): data/risk_roles.toml, read in risk_shapes
_PRIVATE_SPEAKER = re.compile("%s(?:%s)" % (SPEAKER_MARK, PRIVATE_SPEAKERS))


def _add_speaker_self(text: str, start: int, end: int, mentions: list[_Mention], speaker: str | None = None) -> None:
    """Add the speaker of a turn (○町長　私は…) as an official where the
    sentence speaks of them in the first person and of no one else (私は…80代の女性から
    相談を受けた: the woman's attributes stay hers). ``speaker``: the turn's mark when a
    private person speaks (○公述人（…君）): they are a person of their own, the same one
    in each sentence of their turns."""
    if any(x.kind != "official" for x in mentions):
        return
    for m in _FIRST_PERSON.finditer(text, start, end):
        a, b = m.start(), m.end() - 1
        if not any(x.start < b and a < x.end for x in mentions):
            mentions.append(_Mention(a, b, speaker, "role") if speaker else _Mention(a, b, "発言者", "official"))
            mentions.sort(key=lambda x: x.start)


def _operator(f: Finding) -> bool:
    """A company or a bank branch named alone (運行事業者は…株式会社): in an
    answer that names no one it is the operator or the venue, not the
    employer of the person asked about."""
    return f.label == "AFFILIATION" and f.attributes.get("pattern") in ("会社", "支店")


def _decade(f: Finding) -> int | None:
    years = f.attributes.get("years")
    return years // 10 if isinstance(years, int) else None


def _contradicts(text: str, m: _Mention, members: list[Finding], group: _Group) -> bool:
    """A back-reference with an age or sex written right before it (八十代の本人)
    that the person it would refer to cannot have (they are in their forties,
    or a man): another person, not them."""
    for f in members:
        if f.end > m.start or not re.fullmatch(r"の?", text[f.end:m.start]) or f.label not in ("AGE", "GENDER"):
            continue
        for g in group.members:
            if g.label != f.label:
                continue
            if f.label == "AGE" and None not in (_decade(f), _decade(g)) and _decade(f) != _decade(g):
                return True
            if f.label == "GENDER" and (("女" in f.text) != ("女" in g.text)):
                return True
    return False


# a back-reference that names a household (当該世帯, その家庭, 同宅) or a sex (その女性, 同男)
_HOUSEHOLD_WORD = re.compile("世帯|家庭|家族|宅")
_SEX_WORD = re.compile("女|男")


def _fits(word: str, group: "_Group") -> bool | None:
    """Whether the person ``group`` holds can be what the back-reference
    ``word`` names: a household is one told with a household fact or a
    relative (母子世帯で…, 長男と同居); その女性 is no man. None: the word
    names no kind (その方, 同人, 本人)."""
    if _HOUSEHOLD_WORD.search(word):
        return any(f.label == "FAMILY" for f in group.members) or bool(_HOUSEHOLD_WORD.search(group.word))
    sex = _SEX_WORD.search(word)
    if sex:
        told = [f for f in group.members if f.label == "GENDER"]
        return not told or any(("女" in f.text) == (sex.group(0) == "女") for f in told)
    return None


def _kind_referred(word: str, nearest: "_Group | None", groups: Sequence["_Group"], para_no: int) -> "_Group | None":
    """The person a back-reference that names a kind (当該世帯, その女性)
    refers to: the nearest person when they are of that kind, else the latest
    resident of that kind told in this paragraph or the one before (a
    household told, then the man the mother lives with: 当該世帯 is the
    household, not him). With none of that kind, the nearest as before."""
    if nearest is None or _fits(word, nearest) is not False:
        return nearest
    for g in reversed(groups):
        if not g.official and not g.row and not g.passage and para_no - g.last_para <= 1 and _fits(word, g):
            return g
    return nearest


# a turn that raises a case (…の件です, …についてです, …の相談です)
_RAISES_A_CASE = re.compile(r"(?:の件|の事案|のケース|の相談|のお宅)(?:です|でございます|について)")


def _case_of_a_place(text: str, start: int, end: int, pending: Sequence[Finding]) -> bool:
    """A turn that raises a case by a small area and names no one (字南原の件です):
    the answer's description of a person (女性で、…) is of the one it happened to,
    and the place is theirs."""
    return any(f.label == "PLACE" and f.attributes.get("kind") == "small_area" for f in pending) \
        and bool(_RAISES_A_CASE.search(text, start, end))


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.end() > pos:
            out.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


# a heading of a table that counts people (件数, 人数, 世帯数, 高齢化率, 割合, 地区別)
_TALLY_HEAD = re.compile(r"数|率|割合|集計|内訳件|別の|別状況|統計")
_BARE_COUNT = re.compile(r"[0-9０-９][0-9０-９,，]*")


def _tally_row(text: str, line_start: int, line_end: int) -> bool:
    """A row of a table that counts people (地区　80代　一人暮らし　12 under
    「件数」): a cell that is a bare number, under a heading or title of
    counts -- a statistic of many people, not a person."""
    cells = _CELL_SEP.split(text[line_start:line_end].strip(" \t\u3000\n|｜"))
    if not any(_BARE_COUNT.fullmatch(c) for c in cells[1:]):
        return False  # (a number in the first cell is the row's 番号)
    pos = line_start
    for _ in range(30):  # up over the rows of the table to its heading and title
        if pos == 0:
            break
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos]
        if _TALLY_HEAD.search(line):
            return True
        if _row_cells(line) < 3:
            return False  # the title line, read: no count in it
        pos = prev
    return False


# between two kinds of person listed (母子世帯や外国籍の世帯, ひとり暮らしの高齢者などの): kinds, not one person
_RELATIVE_WORDS = frozenset(_SJ["relatives"])
# a name's brackets that open with the person's relation to the one written before (氏（妻、陶芸家）, さん（長男・)
_KIN_BRACKET = re.compile(r"[ \u3000]?(?:氏|様|さま|さん|君)?[（(](?:%s)[、,・）)]"
                          % "|".join(map(re.escape, sorted(_RELATIVE_WORDS, key=len, reverse=True))))
_LISTED_AFTER = re.compile(r"(?:の(?:方|世帯|人|住民|家庭))?(?:や|など|等の|といった)")


def _kinds_listed(text: str, members: Sequence[Finding]) -> bool:
    """Kinds of person listed in a sentence (南町には母子世帯や外国籍の世帯が入居
    している): each attribute is a kind of resident the sentence lists, and the
    sentence describes whom a district or a programme holds, not one person. A
    person's relatives listed (長男や長女が) are no kinds."""
    for i, f in enumerate(members[:-1]):
        if f.label in ("FAMILY", "NATIONALITY", "OCCUPATION", "AGE") and f.text not in _RELATIVE_WORDS:
            m = _LISTED_AFTER.match(text, f.end)
            if m and any(g.label in ("FAMILY", "NATIONALITY", "OCCUPATION", "AGE") and 0 <= g.start - m.end() <= 8
                         for g in members[i + 1:]):
                return True
    return False


# a sentence that turns to another matter (次に, さて, ２点目, …について伺います)
_TOPIC_OPENING = re.compile(r"[ \t\u3000]*(?:次に|続いて|続きまして|さて|ところで|話は変わ(?:りますが|って)|別件(?:です|で)"
                            r"|[2-9２-９二三四五六七八九]点目|[二三四五]つ目|次の(?:質問|項目|件|議題|案件))")
_TOPIC_ASKED = re.compile(r"について(?:伺います|お伺いします|お尋ねします|質問します|質問いたします|伺いたい|お聞きします)")


def _topic_shift(text: str, start: int, end: int, mentions: Sequence[_Mention]) -> bool:
    """The sentence turns to another matter and refers to no one before
    (次に、道路の補修について伺います; not 次に、その方の…, which goes on about them)."""
    if any(m.kind in ("backref", "relative", "role", "person") for m in mentions):
        return False
    return bool(_TOPIC_OPENING.match(text, start, end) or _TOPIC_ASKED.search(text, start, end))


# the title of a list of the members of a public body, of those present, of the officials
# who explained (委員名簿, 出席者, 説明員): its rows are people in a public role, whose
# names and affiliations are published as such, not recipients or parties of a case
_MEMBERS_HEAD = re.compile(r"委員名簿|委員一覧|役員名簿|役員一覧|出席者|出席委員|説明員|説明のため出席|職員名簿|(?<!世帯)(?<!家族)構成員")  # 世帯構成員: a household, no body


def _members_row(text: str, line_start: int) -> bool:
    """A row of a list of members of a public body (審議会委員名簿 ⏎ 区分 氏名
    所属 ⏎ 公募委員 … 会社員): read up over the rows to the title."""
    pos = line_start
    for _ in range(60):
        if pos == 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos]
        if _MEMBERS_HEAD.search(line):
            return True
        if _row_cells(line) < 3 and line.strip():
            return False  # a title line that names no list of members
        pos = prev
    return False


def _officials_row(persons: dict[int, tuple[int, bool]], sorted_starts: list[int], start: int, end: int) -> bool:
    """Whether a table row names only people kept as officials (委員長　X（…大学教授）, a
    roster of a public body's members): what it says of them is said of them in office."""
    inside = sorted_starts[bisect_left(sorted_starts, start):bisect_left(sorted_starts, end)]
    return bool(inside) and not any(persons[s][1] for s in inside)


def _row_cells(line: str) -> int:
    stripped = line.strip(" \t\u3000\n|｜")
    return len(_CELL_SEP.split(stripped)) if stripped else 0


def _group_subjects(text: str, qis: list[Finding], findings: list[Finding]) -> list[_Group]:
    """Read the document in order and give each visible quasi-identifier to
    the person it is said about.

    A person is introduced by a role of the case (申出人, 相手方Ｂ), a name,
    or a kind of person with an attribute before it (80代の女性); later
    sentences, paragraphs and speaker turns that refer back (その方, 同氏,
    当該世帯) or repeat the role add to them; a sentence with no one in it
    continues the person of the sentence before, within its paragraph or
    turn. Another person introduced ends them; staff described in their work
    (担当の保健師（40代・女性）) and sentences about many people (約30人,
    多く住んで, を対象に) add to no resident. Each row of a table of three
    cells or more is a person of its own."""
    persons = {f.start: (f.end, f.action != KEEP) for f in findings if f.label == "PERSON"}
    # a member or an official who speaks at the meeting (○３番（川口さくら君）) is no resident of the
    # case wherever they are named (the chair's call 「３番、川口さくら君。」): what the turn after
    # the call says before anyone is introduced is said of the person it then introduces
    speakers = _speaker_names(text, findings)
    if speakers:
        persons = {a: (b, private and text[a:b] not in speakers) for a, (b, private) in persons.items()}
    # a name already masked (［氏名］さん, when the output is checked again after
    # --generalize) is still a person of their own
    for masked in _MASKED_NAME.finditer(text):
        persons.setdefault(masked.start(), (masked.end(), True))
    _add_series_headings(text, persons)
    person_starts = {k: v[0] for k, v in persons.items()}
    sorted_person_starts = sorted(persons)  # names in a sentence by bisection, not a scan of all
    groups: list[_Group] = []
    keyed: dict[str, _Group] = {}
    last: _Group | None = None
    starts = [f.start for f in qis]
    excluded: set[int] = set()  # attributes of sentences about many people
    known_staff: set[str] = set()  # staff words written as staff so far (地区担当の保健師 -> 保健師)
    carried: tuple[_Group, int] | None = None  # the person a passage described with no person word
    # the place and day of an incident a question told with no one in it (先月10日、字奥沢で住宅が全焼した),
    # for the answer that refers back to it and names the person it happened to
    event: tuple[list[Finding], list[tuple[int, int]], int] | None = None
    area: tuple[Finding, int] | None = None  # the last small area written (字北浦), for その集落では
    staff_told: _Group | None = None  # the last member of staff described, for 当該職員 in a staff case

    def new_group(m: _Mention) -> _Group:
        g = _Group(m.word if m.kind in ("role", "person") else None, m.word, official=m.kind == "official")
        groups.append(g)
        if g.key:
            keyed[g.key] = g
        return g

    passages: list[_Passage] = []  # each passage read, in order
    turns: list[int] = []  # where the text turns to another matter (次に、…について伺います)
    for para_no, (p_start, p_end) in enumerate(_paragraphs(text)):
        # the paragraph tells a disciplinary action (read only where a form's post field is: no scan otherwise)
        discipline = any(f.attributes.get("pattern") == "職（欄）"
                         for f in qis[bisect_left(starts, p_start):bisect_left(starts, p_end)]) \
            and bool(_DISCIPLINE.search(text, p_start, p_end))
        for b_start, b_end in _blocks(text, p_start, p_end, person_starts):
            current: _Group | None = None
            first_new = len(groups)
            seen: dict[int, _Group] = {}  # the groups this passage mentions
            general: list[tuple[int, int]] = []  # its sentences about many people or an imagined one
            pending: list[Finding] = []
            pending_extent: list[tuple[int, int]] = []  # lines before anyone is written (３　事故の概要)
            shifts: list[int] = []  # where the passage turns to another matter (次に、…について伺います)
            mark = _SPEAKER_MARK.match(text, b_start, b_end)
            body_start = mark.end() if mark else b_start
            passage = _Passage(b_start, b_end, body_start, para_no,
                               tells=bisect_left(starts, b_end) > bisect_left(starts, body_start))
            passages.append(passage)
            answers = event if event is not None and para_no - event[2] <= 1 and mark is not None \
                and _ANSWERS_BACK.match(text, body_start, b_end) else None
            line_start = body_start
            while line_start < b_end:
                line_end = text.find("\n", line_start, b_end)
                line_end = b_end if line_end == -1 else line_end + 1
                line_qis = qis[bisect_left(starts, line_start):bisect_left(starts, line_end)]
                if line_start > body_start and not line_qis and _named_heading(text, line_start, line_end, persons):
                    # 番号２　卜部　早苗 under 番号１'s lines: the passage read whole stops at each
                    # party's heading, as at a turn to another matter (the parties are told apart)
                    shifts.append(line_start)
                if ("。" not in text[line_start:line_end] or remark_row(text[line_start:line_end])) \
                        and _row_cells(text[line_start:line_end]) >= 3 \
                        and not _FIELD_LABEL_LINE.match(text, line_start, line_end) \
                        and not _ROLE_FIELD_LINE.match(text, line_start, line_end) \
                        and not (not line_qis and _named_heading(text, line_start, line_end, persons)):  # 。 first: cheaper
                    # a row of a table: a person of its own (a count of people is a statistic)
                    if line_qis and not _ROW_COUNT.search(text, line_start, line_end) \
                            and not _tally_row(text, line_start, line_end):
                        if _members_row(text, line_start) or _officials_row(persons, sorted_person_starts,
                                                                            line_start, line_end):
                            excluded.update(id(f) for f in line_qis)  # a member of a public body, in that role
                        else:
                            row_members = list(line_qis)
                            if "。" in text[line_start:line_end]:
                                # the sum a row with a remark gives its person (the AMOUNT recognizer
                                # reads a line with a 。 as prose, no row): the row's, as in any other row
                                row_members += remark_row_sums(findings, line_qis, line_start, line_end)
                            g = _Group(None, "一覧の行", row=True, members=row_members, extent=[(line_start, line_end)])
                            groups.append(g)
                    line_start = line_end
                    continue
                for s_start, s_end in _sentences(text, line_start, line_end):
                    members = qis[bisect_left(starts, s_start):bisect_left(starts, s_end)]
                    mentions = _mentions(text, s_start, s_end, persons, members, sorted_person_starts, known_staff,
                                         discipline)
                    if mark is not None:
                        _add_speaker_self(text, s_start, s_end, mentions,
                                          mark.group(0).strip() if _PRIVATE_SPEAKER.match(text, b_start, body_start) else None)
                    specific = [m for m in mentions if m.kind in ("role", "person", "backref")]
                    counted = bool(_EVENT_COUNT.search(text, s_start, s_end)) or _kinds_listed(text, members)
                    clause = _described_clause(text, members)
                    if not specific and (counted or _about_many(text, s_start, s_end, clause is not None)
                                         or _PLURAL.search(text, s_start, s_end)
                                         and not _elsewhere(_PLURAL, text, s_start, s_end, clause)) \
                            and (counted or not _INCIDENT.search(text, s_start, s_end)) \
                            and not _ONLY_ONE.search(text, s_start, s_end):
                        # about many people: adds to no one, ends no one -- unless it
                        # tells an incident (80代の女性が…転倒し、1割負担で入院した) that is not
                        # one of several counted (転倒事故が3件), or says only one person is so
                        excluded.update(id(f) for f in members)
                        general.append((s_start, s_end))
                        continue
                    if not specific and _HYPOTHETICAL.search(text, s_start, s_end) \
                            and not _EXAMPLE_THAT_HAPPENED.search(text, s_start, s_end):
                        # an imagined person (例えば…の方が転入された場合, …の方であれば
                        # どなたでも): the condition of a rule, no one's attributes, even
                        # with an incident word in it (転倒された場合)
                        excluded.update(id(f) for f in members)
                        general.append((s_start, s_end))
                        continue
                    if current is not None and _topic_shift(text, s_start, s_end, mentions):
                        # 次に、道路の補修について伺います: what follows is another matter,
                        # not the person of the sentences before
                        current = None
                        shifts.append(s_start)
                    prior = current  # the person of the sentences before this one
                    for m in mentions:
                        if m.kind == "backref":
                            passage.refers = True
                            m.group = _kind_referred(m.word, current or last, groups, para_no)
                            if m.group is not None and _contradicts(text, m, members, m.group):
                                m.group = new_group(m)  # 八十代の本人 after a caller in their forties: someone else
                            elif m.group is None and carried is not None and para_no - carried[1] <= 1:
                                # ○議員　昨年の台風の翌日、高齢の夫婦が孤立した件です。⏎○課長　当該世帯は…:
                                # the answer refers back to what the question said of someone
                                m.group = carried[0]
                                carried = None
                        elif m.kind == "official":
                            m.group = new_group(m)
                        elif m.kind == "relative" and current is not None and not current.official and not current.row:
                            # 相談者は…。長女は市外に住む会社員, 当該世帯は…。母親は夜勤, 母親と中学生の
                            # 娘が: a relative of the person is a member of their household, and what is
                            # said of them narrows the household down as much as what is said of the person
                            m.group = current
                        elif m.kind == "relative":
                            # a relative written with no one before (母親が窓口に来られた): the person
                            m.kind = "generic"
                            m.group = _generic_group(text, s_start, m, mentions, members, current, new_group)
                        elif m.kind == "person" and current is not None and not current.official \
                                and not current.row and _NAME_FIELD_LINE.match(text, line_start, m.start):
                            # 「相手方運転者⏎　氏名　…　29歳」: the name field of a party's
                            # block names the party the block is about, not another person
                            m.group = current
                            keyed.setdefault(m.word, current)
                        elif m.kind == "person" and current is not None and current.key in _ROLE_SET \
                                and not current.named and not current.official and not current.row \
                                and _BARE_NAME_LINE.fullmatch(text, line_start, m.start) \
                                and _LINE_REST.fullmatch(text, m.end, line_end):
                            # 「２　和解の相手方⏎　住所…⏎　山野　はると」: a name alone on its
                            # line under a party's heading is that party's name
                            m.group = current
                            current.named = True
                            keyed.setdefault(m.word, current)
                        elif m.kind == "person" and current is not None and current.key in _ROLE_SET \
                                and not current.official and not current.row \
                                and _ROLE_FIELD_LINE.match(text, line_start, line_end) \
                                and _NAME_AFTER_ROLE.fullmatch(text, _role_end_before(mentions, m), m.start):
                            # 「１　申出人　　Ａ（６０代、男性）」: the name the field line gives the role
                            # is the role's person, and 申出人は… later in the case adds to them
                            m.group = current
                            current.named = True
                            keyed.setdefault(m.word, current)
                        elif m.kind == "person" and current is not None and not current.official \
                                and not current.row and _KIN_BRACKET.match(text, m.end):
                            # 小川 進 氏（70代）・小川 和子 氏（妻、…）: a name whose brackets open with
                            # their relation is a member of the household before, narrowed with it
                            m.group = current
                            keyed.setdefault(m.word, current)
                        elif m.kind == "role" and m.word in _STAFF_BACKREFS and m.word not in keyed \
                                and staff_told is not None and para_no - staff_told.last_para <= 1:
                            # 介護職員（２０代、男性）が入所者の腕を…。当該職員は懲戒解雇: the member of
                            # staff described at work before is the one the case is about, and what
                            # was said of them is that person's, no official's at work
                            staff_told.official = False
                            staff_told.key = m.word
                            keyed[m.word] = staff_told
                            m.group = staff_told
                        elif m.kind in ("role", "person"):
                            # the same role names the same person while the case goes on; a
                            # role recurring after a long stretch is the next case's person
                            known = keyed.get(m.word) if m.word != _MASKED_NAME.pattern else None  # ［氏名］: each another
                            if known is None and m.kind == "person" and m.word != _MASKED_NAME.pattern:
                                # 土屋氏宅 after 土屋　ゆかり: the same person
                                known = _by_surname(text, persons, sorted_person_starts, groups, m)
                            if _ANOTHER_BEFORE.search(text, max(s_start, m.start - 4), m.start):
                                known = None  # 別の申請者, 別件の相談者: another person of the same role
                                m.group = new_group(m)
                                m.group.another = True
                            elif known is not None and _new_case_between(text, known, m.start):
                                known = None  # 事例２　…⏎　契約当事者：: the same role in the next case is its own person
                            if m.group is None:
                                m.group = known if known is not None and para_no - known.last_para <= _KEY_SPAN else new_group(m)
                        else:
                            # the person of the turn before, when this turn has none yet (○議員　字南谷の方の件です。
                            # ⏎○議員　９０代の男性で、…: what the next turn states is said of them)
                            before = current if current is not None else (
                                last if last is not None and not last.official and not last.row
                                and para_no - last.last_para <= 1 else None)
                            m.group = _generic_group(text, s_start, m, mentions, members, current, new_group, before)
                        if m.group is None:
                            m.group = new_group(m)
                        if not m.group.official:
                            current = m.group
                    _assign(text, s_start, s_end, members, mentions, current, pending, prior)
                    for m in mentions:
                        if m.group is not None and m.group.official and m.group.members:
                            staff_told = m.group  # the last member of staff described (２０代、男性)
                            staff_told.last_para = para_no
                    if pending and mark is not None and current is not None and last is not None \
                            and current is not last and not last.official and not last.row \
                            and para_no - last.last_para <= 1 and (current.distinct or len(groups) > first_new):
                        # an answer that opens with what it states (○課長　獣医師です。)
                        # before anyone else is introduced: the person asked about
                        # (what describes a person; a company named alone in an answer is
                        # the operator, 運行事業者は…株式会社)
                        last.members.extend(f for f in pending if not _operator(f))
                        last.extent.extend(pending_extent)
                        pending, pending_extent = [], []
                    for m in mentions:
                        if m.group is not None and (pending or pending_extent) and not m.group.official:
                            m.group.members[:0] = pending
                            m.group.extent[:0] = pending_extent
                            pending, pending_extent = [], []
                    if area is not None and para_no - area[1] <= 1 and _AREA_BACK.search(text, s_start, s_end):
                        # 字北浦の自治会長さんから伺った話です。その集落では、80代の男性が…: the small area
                        # written before is where the person the sentence introduces lives
                        for g in {id(m.group): m.group for m in mentions
                                  if m.group is not None and not m.group.official and not m.group.row}.values():
                            if area[0] not in g.members:
                                g.members.insert(0, area[0])
                    for f in members:
                        if f.label == "PLACE" and f.attributes.get("kind") == "small_area" and id(f) not in excluded:
                            area = (f, para_no)
                    if answers is not None:
                        resident = next((m.group for m in mentions if m.group is not None and not m.group.official
                                         and not m.group.row), None)
                        if resident is not None:
                            # ○議員　先月10日、字奥沢で住宅が全焼した。⏎○消防長　お尋ねの火災は、90代の男性が
                            # お一人で暮らす住宅から…: the incident asked about happened to the person the answer names
                            resident.members[:0] = answers[0]
                            resident.extent[:0] = answers[1]
                            answers = event = None
                    for g in {id(m.group): m.group for m in mentions if m.group}.values():
                        g.extent.append((s_start, s_end))
                        g.last_para = para_no
                        seen[id(g)] = g
                    if not mentions:
                        (current.extent if current is not None else pending_extent).append((s_start, s_end))
                line_start = line_end
            if pending and current is None and last is not None and not last.official and not last.row \
                    and not seen and para_no - last.last_para <= 1 \
                    and not _TOPIC_ASKED.search(text, body_start, b_end):  # (…について伺います: a question of its own)
                # a turn that names no one (○課長　獣医師です。) answers about the person
                # the exchange is about: what it states of a person is theirs, not no one's
                # (not the office's unit and post in a form's fields: the office that received it)
                last.members.extend(f for f in pending if not _operator(f)
                                    and f.attributes.get("pattern") not in _STAFF_PATTERNS)
                last.extent.extend(pending_extent)
                pending, pending_extent = [], []
            if pending and not seen and not any(f.label in _PERSON_LABELS for f in pending) \
                    and _INCIDENT.search(text, body_start, b_end):
                event = (list(pending), list(pending_extent), para_no)
            elif seen or answers is not None:
                event = None  # a turn about someone, or the answer: the incident is no longer the matter
            passage.residents = frozenset(i for i, g in seen.items() if not g.official and not g.row)
            passage.introduces = frozenset(id(g) for g in groups[first_new:] if g.key and not g.official and not g.row)
            passage.shifts = bool(shifts)
            turns.extend(shifts)
            carried = None
            if pending and not passage.residents and (
                    any(f.label in (_PERSON_LABELS if not seen else _NOT_THE_STAFFS - {"DATE"}) for f in pending)
                    # or a turn that raises a case by a small area and names no one (字南原の件です)
                    or (mark is not None and not seen and _case_of_a_place(text, body_start, b_end, pending))):
                # fail closed: what a passage says of someone it names by no word of a person
                # (東部地区に住むネパール国籍の留学生が事故に遭った) is a person of their own, and
                # the next passage's back-reference (当該世帯は, その方) is to them -- a member of
                # staff written in it (…について、職員研修を実施した) is no resident it names (a job
                # word beside staff, 引率：校長、看護師, is staff: with staff written, an age, a sex,
                # a household or an origin tells of someone else)
                unnamed = _Group(None, "記述", members=list(pending), extent=list(pending_extent), last_para=para_no)
                groups.append(unnamed)
                carried = (unnamed, para_no)
            if current is not None:
                last = current
            elif carried is not None and mark is not None:
                # ○議員　字南原の件です。⏎○課長　女性で、町内の製材所に勤め…: the answer that opens by
                # describing someone with no subject describes the one the turn before told of
                last = carried[0]
            elif shifts:
                last = None  # the turn ended on another matter: an answer is about that
            # fail closed: the whole passage read as one person too, without
            # what is said of staff, of many people, or of a person the
            # passage introduces as another (30代の男性から…); kept when it
            # reads high though the sentence-by-sentence reading does not
            touched = [g for g in groups[first_new:] if g.row] + list(seen.values())
            staff = {id(f) for g in touched if g.official or g.distinct or g.row for f in g.members}
            block = [f for f in qis[bisect_left(starts, b_start):bisect_left(starts, b_end)]
                     if id(f) not in excluded and id(f) not in staff]
            residents_here = any(not g.official and not g.row for g in seen.values())
            if block and residents_here:
                # its extent leaves out the sentences about many people: a public event's
                # date there (去る11月27日、…約20名が受講) dates no one's incident; a passage
                # that turns to another matter is read as one passage up to the turn and one after
                bounds = [b_start] + shifts + [b_end]
                for seg_start, seg_end in zip(bounds, bounds[1:]):
                    part = [f for f in block if seg_start <= f.start < seg_end]
                    if not part:
                        continue
                    extent, pos = [], seg_start
                    for a, b in general:
                        if a >= seg_end or b <= seg_start:
                            continue
                        if a > pos:
                            extent.append((pos, a))
                        pos = max(pos, b)
                    if pos < seg_end:
                        extent.append((pos, seg_end))
                    groups.append(_Group(None, "段落", passage=True, members=part, extent=extent or [(seg_start, seg_end)]))
    groups.extend(_loose_passages(text, qis, starts, groups, passages, excluded))
    groups.extend(_same_role_in_case(text, groups))
    groups.extend(_case_subjects(text, qis, groups, excluded, turns))
    return groups


def _subject_named(text: str, g: TellsOfSomeone) -> str | None:
    """Who a group names for ``one_subject_runs``: its role in the short form
    (審査請求人 and 請求人 are one) or its name; None for a description. A
    masked name (［氏名］) and a person written as another (別の方で、90代の男性が)
    are each someone of their own."""
    if g.key is None and _BACKREF.fullmatch(g.word):
        # a back-reference the reading gave a person of its own: with no one before, the paper
        # introduces its subject by it (１　本人⏎　氏名…, and 本人は… later is them); after
        # someone it cannot be (八十代の本人 after a caller in their forties), someone else
        return g.word
    if g.key is None:
        return f"#{id(g)}" if any(_ANOTHER_PERSON.search(text, a, b) for a, b in g.extent) else None
    if g.key == _MASKED_NAME.pattern:
        return f"#{id(g)}"
    return _short_role(g.key) if g.key in _ROLE_SET else g.key


def _case_subjects(text: str, qis: list[Finding], groups: Sequence[_Group], excluded: set[int],
                   turns: Sequence[int]) -> list[_Group]:
    """Fail closed: the one private subject a case is about, carried through
    its sections, lines and turns until another subject, another case or
    another topic (``risk_case.one_subject_runs``). Read as a passage: it
    counts only when it reads high and no person found in it does."""
    out = []
    held = [{id(f) for f in g.members} for g in groups if g.members]

    def refers_back(g: TellsOfSomeone) -> bool:
        return any(_BACKREF.search(text, a, b) or _DETERMINED.search(text, a, b) for a, b in g.extent)

    def joinable(f: Finding) -> bool:
        return f.attributes.get("pattern") not in _STAFF_PATTERNS  # the unit and post of the office that handled it

    for s in one_subject_runs(text, qis, groups, excluded, (_HEADING_LINE, _SECTION_LINE, _NOTE_LINE),
                              (_CASE_HEADING, _TOPIC_LINE, _RULE_LINE, _ASKED_LINE, _OPENING_LINE),
                              lambda g: _subject_named(text, g), refers_back, joinable,
                              (_FIRST_PERSON,), turns):  # someone telling of themselves (私も７０を過ぎましたが)
        if any({id(f) for f in s.members} <= h for h in held):
            continue  # another reading already holds them all
        out.append(_Group(s.word, s.word, passage=True, members=s.members, extent=s.extent,
                          formed=f"「{s.word}」が出てきてから別の人・別の事案が出てくるまでに語られた"
                                 f"{s.parts}つの記述・属性を同じ人のものとして合わせて読んだ"))
    return out


# a kind of person with a determiner that points back (当該生徒, この児童, その患者): someone told before
_DETERMINED = re.compile("(?<![\u4e00-\u9fff])(?:本|当該|同|その|この)(?:%s)" % "|".join(
    map(re.escape, sorted(_GENERIC - {"さん", "氏"}, key=len, reverse=True))))


_NAME_GAP = re.compile(r"[ \t\u3000]+")


def _by_surname(text: str, persons: dict[int, tuple[int, bool]], sorted_starts: list[int],
                groups: Sequence["_Group"], m: "_Mention") -> "_Group | None":
    """The person named in full before whose surname the name ``m`` is (土屋氏,
    土屋さん after 本来の受給者：土屋　ゆかり): a record names a person in full
    once and by the surname after. Only when one person of that surname was
    named in full: two (a husband and a wife) are not told apart by it."""
    if len(m.word) < 2 or _NAME_GAP.search(m.word):
        return None
    full = [p for p in sorted_starts[:bisect_left(sorted_starts, m.start)]
            if _NAME_GAP.split(text[p:persons[p][0]])[0] == m.word and _NAME_GAP.search(text, p, persons[p][0])]
    if not full or len({text[p:persons[p][0]] for p in full}) > 1:
        return None
    named = full[-1]
    told = [g for g in groups if not g.official and not g.passage and not g.row
            and any(a <= named < b for a, b in g.extent)]
    # the one role the name's line gives it (本来の受給者：土屋　ゆかり), the person of the record; not a
    # group keyed by a name (a minutes' 滝本さん after a form's 氏名　滝本　勝 is read by the name
    # itself, and joining by surname there merged others' lines and raised what the development set
    # keeps), nor a line two groups share
    return told[0] if len(told) == 1 and told[0].key in _ROLE_SET else None


# the procedure a role is named for the first time and dropped after (審査請求人, 以下「請求人」;
# 異議申立人 -> 申立人): the short word names the same party
_PROCEDURE_PREFIXES = ("再審査", "審査", "異議", "不服")


def _short_role(role: str) -> str:
    """The role as the paper goes on to write it (審査請求人 -> 請求人)."""
    for prefix in _PROCEDURE_PREFIXES:
        if role.startswith(prefix) and role[len(prefix):] in _ROLE_SET:
            return role[len(prefix):]
    return role


def _same_role_in_case(text: str, groups: Sequence[_Group]) -> list[_Group]:
    """Fail closed, and merge rather than split: the groups one case reads
    for one private person, read again as one. The reading starts a new
    person when a role (申出人, 相談者, 被保険者, 当該世帯) recurs after a long
    stretch, and keeps what is said with no person word (東部地区に住む留学生が…)
    as a person of its own; within one case (between two case headings,
    事例２, 受付番号１２, or the whole paper when it has none) the same role
    word is the same person, and so is the description right before or
    after the role's group with no one else between. Never across cases,
    roles (審査請求人 and 請求人 are one: ``_short_role``), staff, table rows, another party of a clause (申出人と口論になった
    男性) or a person written as another of the role (別の相談者). Like the
    passage read whole, the union counts only when it reads high and no
    group already holds it all (``_assess_risk``)."""
    heads = [m.start() for m in _CASE_HEADING.finditer(text)]
    residents = [g for g in groups if g.members and g.extent and not (g.official or g.row or g.passage or g.party)]
    residents.sort(key=lambda g: min(a for a, _ in g.extent))
    out: list[_Group] = []
    by_case: dict[int, list[_Group]] = {}
    for g in residents:
        by_case.setdefault(bisect_left(heads, min(a for a, _ in g.extent) + 1), []).append(g)
    for case in by_case.values():
        roles: dict[str, list[int]] = {}
        for i, g in enumerate(case):
            if g.key is not None and g.key in _ROLE_SET and not g.another:
                roles.setdefault(_short_role(g.key), []).append(i)
        for role, at in roles.items():
            merged = set(at)
            for i in at:
                # the description with no person word next to the role's group
                merged.update(j for j in (i - 1, i + 1) if 0 <= j < len(case) and case[j].key is None
                              and case[j].word == "記述")
            if len(merged) < 2:
                continue
            parts = [case[i] for i in sorted(merged)]
            out.append(_Group(role, role, passage=True, members=[f for g in parts for f in g.members],
                              extent=[e for g in parts for e in g.extent],
                              formed=f"同じ事案の「{role}」として分かれて語られた{len(parts)}つの記述を同じ人として合わせて読んだ"))
    return out


# a passage that opens by referring to the one before (○委員　あそこは大正の創業で、今の御主人が…;
# ○課長　その方につきましては; お尋ねの世帯は): what it tells is of whoever the one before told of
_REFERS_BACK = re.compile(r"[ \t\u3000]*(?:(?:お答え(?:いた)?します。|答弁いたします。|はい、|ええ、)[ \t\u3000]*)?"
                          r"(?:あそこ|そこ|その|この|あの|同(?![じ様])|当該|先ほど|先程|お尋ね|ご指摘|御指摘|ご質問|御質問|ただいまの)")


# a numbered heading on a line of its own (第２　監査の実施, ３　意見交換（要旨）, （２）屋号の扱いについて):
# what follows is another part of the paper
_SECTION_HEADING = re.compile(r"[ \t\u3000]*(?:第[0-9０-９一二三四五六七八九十]{1,3}[ \t\u3000]|[0-9０-９一二三四五六七八九十]{1,2}[ \t\u3000.．]"
                              r"|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)])[ \t\u3000]*[^\n。、]{2,30}\n")
_CHAIN_TURNS = 8  # the turns of one exchange read together: a question, its answers and the follow-ups
_CALL_LENGTH = 20  # characters: a turn no longer than the chair's call of the next speaker (議長　都市整備課長。)


# a line that opens another topic (【委員会】, ◆不登校…): the subject before is not its matter
_TOPIC_LINE = re.compile(r"^[ \t\u3000]*(?:【[^】\n]{1,20}】|[◆◇][^\n]{2,})", re.M)
# a rule across the page (────, ＝＝＝＝): another paper or part begins
_RULE_LINE = re.compile(r"^[ \t\u3000]*[─━―‐\-－=＝＿_]{4,}[ \t\u3000]*$", re.M)
# a short line alone (申出書, 職員の処分, 第３　事実の概要): a heading of another section
_HEADING_LINE = re.compile(r"^[ \t\u3000]*[^\s。、，,：:「」]{2,12}[ \t\u3000]*$", re.M)
# a turn that asks about a matter of its own (東町の側溝について伺います) or turns to one (次に、…),
# also where the reading had no one before it to turn away from (the turns it saw: ``turns``)
_ASKED_LINE = re.compile(r"^[^\n]*?(?=%s)" % _TOPIC_ASKED.pattern, re.M)
_OPENING_LINE = re.compile(r"^(?:[ \t\u3000]*[○◯〇][^\n、。]{0,20}?[ \t\u3000])?(?=%s)" % _TOPIC_OPENING.pattern, re.M)
# a note of the proceedings on a line of its own (（午後２時１０分　休憩）, （拍手）)
_NOTE_LINE = re.compile(r"^[ \t\u3000]*[（(][^\n]*[）)][ \t\u3000]*$", re.M)
_SECTION_LINE = re.compile(r"^(?=%s)" % _SECTION_HEADING.pattern, re.M)


def _case_chains(text: str, passages: Sequence[_Passage]) -> list[list[_Passage]]:
    """The passages that tell one case, in order. Two passages tell the same
    case when they are about the same private person (the same role or name
    again, その方 or 当該世帯 read as the person before), or when one opens by
    referring to the passage right before it (お尋ねの, 当該の旅館は) or says
    その方 of someone the reading could not tell; within ``_CHAIN_TURNS``
    passages of each other and in the same or the next paragraph, and merged case by case (a question, the answers
    that refer back to it and the follow-ups are one case even when a turn
    about someone else stands between). What ends every case: a heading
    (【…】, ◆…, a numbered section 第２　監査の実施, ３　意見交換), a turn to
    another matter (次に、…) and a passage that tells of several persons in
    turn (番号１　熊谷　誠 … 番号２　卜部　早苗 …: each is read on its own)."""
    parent = list(range(len(passages)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    window: list[int] = []  # the passages since the last boundary, the latest last
    for i, p in enumerate(passages):
        several = len(p.introduces) > 1 or p.shifts
        if several or _TOPIC_HEADING.match(text, p.start, p.end) or _SECTION_HEADING.match(text, p.start, p.end) \
                or _TOPIC_OPENING.match(text, p.body, p.end):
            window = [] if several else [i]
            continue
        window = [j for j in window[-_CHAIN_TURNS:] if p.para - passages[j].para <= 1]
        linked = [j for j in window if p.residents & passages[j].residents]
        if not linked and window and (p.refers or _REFERS_BACK.match(text, p.body, p.end)):
            # what it refers to: the passage before, passing over the chair's call of the speaker (議長　建設課長。)
            linked = [next((j for j in reversed(window) if passages[j].tells or passages[j].residents
                            or passages[j].end - passages[j].body > _CALL_LENGTH), window[-1])]
        for j in linked:
            parent[root(i)] = root(j)
        window.append(i)
    cases: dict[int, list[_Passage]] = {}
    for i, p in enumerate(passages):
        cases.setdefault(root(i), []).append(p)
    return [c for c in cases.values() if len(c) >= 2]


def _loose_passages(text: str, qis: list[Finding], starts: list[int], groups: list[_Group],
                    passages: Sequence[_Passage], excluded: set[int]) -> list[_Group]:
    """Fail closed, and merge rather than split: the passages of one case
    (``_case_chains``: ○委員 …集落でただ一軒の旅館が…。⏎○課長 当該の旅館からは…⏎
    ○委員 あそこは…今の御主人が８１歳) are read together as one person when
    no one person's group already holds all their attributes -- a place told
    before anyone was named, an age told of someone the reading has no word
    for, a household the question describes and the answer calls 当該世帯 --
    and an attribute of a person is among them. Like the passage read whole,
    the group counts only when it reads high and no person found there does
    (``_assess_risk``); attributes of staff at work, of table rows and of
    sentences about many people stay out."""
    held = [{id(f) for f in g.members} for g in groups if not g.passage and g.members]
    staff = {id(f) for g in groups if g.official or g.row or g.distinct for f in g.members}

    def told(a: int, b: int) -> list[Finding]:
        return [f for f in qis[bisect_left(starts, a):bisect_left(starts, b)]
                if id(f) not in excluded and id(f) not in staff]

    # another party of a clause about the case's person (申出人と口論になった男性は、６０代): not the case's
    party = {id(f) for g in groups if g.party for f in g.members}
    out: list[_Group] = []
    for chain in _case_chains(text, passages):
        members = [f for p in chain for f in told(p.start, p.end) if id(f) not in party]
        ids = {id(f) for f in members}
        if any(ids <= h for h in held) or not any(f.label in _PERSON_LABELS for f in members):
            continue
        out.append(_Group(None, "事案", passage=True, members=members, extent=[(p.start, p.end) for p in chain],
                          formed=f"同じ人の事案として続けて語られた{len(chain)}つの発言・段落を合わせて読んだ"))
    return out


# the labels that describe a person (a date or a place alone describes an event or a site)
_PERSON_LABELS = frozenset({"AGE", "GENDER", "FAMILY", "OCCUPATION", "NATIONALITY"})
# what alone can leave a small circle beside a sensitive fact: an origin or a trade
# few residents share (an age band, a sex or a relation is shared by thousands)
_RARE_ALONE = frozenset({"OCCUPATION", "NATIONALITY"})


# a kind of person that is the predicate of a sentence with its subject left out
# (8０代の女性で、…; 男性です。)
# (８０代の女性と伺っております, …とのことです: what was reported of them)
# the rest of a sentence that states what someone is and names no subject (の二人暮らしです。)
_SUBJECTLESS = re.compile(r"(?!の件|のこと)[^はが。\n]{0,16}(?:です|である|でした|だった|とのことです|と伺っています|と聞いています)[。]?")
_COPULA = re.compile(r"(?:で[、,]|です|である|であり|でした|だった|と(?:伺|聞い|聞き|のこと|承知|思われ|見られ|され))")


# a name alone on its line (「　　山野　はると」), after only indentation
_BARE_NAME_LINE = re.compile(r"[ \t\u3000]*")
# what may follow it on the line: the rest of the name read apart, an honorific
_LINE_REST = re.compile(r"[ \t\u3000]*[\u4e00-\u9fffぁ-んァ-ヶー]{0,6}(?:さん|様|氏)?[ \t\u3000]*\n?")
_ROLE_SET = frozenset(_ROLE_WORDS) - _GENERIC
# A form's field line (「　　氏名　山田 太郎　29歳」「住　所　…」): a label and
# its values, not a row of a table of persons
# (a label spaced out to the width of its column, 「氏　　名」, is the same label)
# (numbered as a bill's items are, 「２　職業　個人タクシー運転手」: the party's field, not a row of three cells)
_FIELD_LABEL_LINE = re.compile(r"[ \t\u3000]*(?:[0-9０-９]{1,2}[.．　 ]|[(（][0-9０-９]{1,2}[)）])?[ \t\u3000]*(?:%s)[^ \t\u3000\n]{0,6}[ \t\u3000:：（(]" % "|".join(
    "[ \u3000]{0,4}".join(map(re.escape, label)) for label in sorted(_SJ["form_fields"], key=len, reverse=True)))
# the 続柄 column of a household's table (本人, 世帯主 ⏎ 長男 …): each row is a member of its own
_RELATION_CELLS = frozenset({"本人", "世帯主", "世帯"})
# A field line headed by a role of the case (「１　被処分者　　税務課　主事（２０代・男性）」,
# 「(2) 相手方　字北原　７０代」, 「２　申出人の職業　農業」): the values are that party's, not a row of a
# table of others
_ROLE_FIELD_LINE = re.compile(r"[ \t\u3000]*(?:[0-9０-９]{1,2}[.．　 ]|[(（][0-9０-９]{1,2}[)）]|[・○◯])?[ \t\u3000]*(?:%s)(?:の[^ \t\u3000\n]{1,6})?[ \t\u3000:：]"
                              % "|".join(map(re.escape, sorted(set(_ROLE_WORDS) - _GENERIC - _RELATION_CELLS,
                                                                key=len, reverse=True))))
# a numbered heading that names the party the lines under it tell of (番号１　熊谷　誠, No.2　山田 花子)
_NUMBER_LABEL = re.compile(r"[ \t\u3000]*(?:番号|No\.?|NO\.?|Ｎｏ．?|第)?[0-9０-９一二三四五六七八九十]{1,3}(?:番|号)?[ \t\u3000]+")


def _named_heading(text: str, start: int, end: int, persons: dict[int, tuple[int, bool]]) -> bool:
    """The line is a number and a private person's name, nothing else: it reads
    as cells (番号１　熊谷　誠), but it heads what the lines under it tell of that
    person, as a field line does -- no row of a table."""
    label = _NUMBER_LABEL.match(text, start, end)
    if label is None:
        return False
    pos = label.end()
    named = False
    while pos < end:
        span = persons.get(pos)
        if span is not None and span[1]:
            pos, named = span[0], True
        elif text[pos] in " \t\u3000\n":
            pos += 1
        else:
            return False
    return named


# a numbered heading with its word of number (番号３　アリフ, No.2　Nguyen Van An) and one or two words alone on the line
_SERIES_HEADING = re.compile(r"^[ \t\u3000]*(番号|No\.?|NO\.?|Ｎｏ．?)[0-9０-９一二三四五六七八九十]{1,3}(?:番|号)?[ \t\u3000]+"
                             r"([^\s。、，,：:（）()「」]{1,12}(?:[ \u3000][^\s。、，,：:（）()「」]{1,10})?)[ \t\u3000]*$", re.M)


def _add_series_headings(text: str, persons: dict[int, tuple[int, bool]]) -> None:
    """A heading of a series of parties whose name no recognizer read (番号３　アリフ
    after 番号１　熊谷　誠 and 番号２　…): the series says what each of its headings
    holds, so the words there are a private person of their own, and the lines under
    it are no longer told of the party before (only with a word of number, 番号 or
    No., and only when a heading of the same word holds a name found: １　開催場所 is
    a list item)."""
    headings = list(_SERIES_HEADING.finditer(text))
    named = {m.group(1) for m in headings if m.start(2) in persons}
    for m in headings:
        if m.group(1) in named and not any(m.start(2) <= a < m.end(2) for a in persons) \
                and not any(a < m.start(2) < b for a, (b, _) in persons.items()):
            persons[m.start(2)] = (m.end(2), True)


# a note of who a paper or a passage is shown to (（議員限り）, 委員限り資料): a circulation mark
_CIRCULATION = re.compile(r"(?:限り|限定|のみ配布|配布用|用資料)")


# what lies between a field line's role and the name it gives (「申出人　　」「相手方：」), also
# the party's address in a cell of its own before the name (「請願者　北町字下原１２番地　山田 太郎」,
# as a bill's 請願者・陳情者 line gives both)
# (an address: a lot number in it, not a relation's cell, 「保護者　実父　…」)
_NAME_AFTER_ROLE = re.compile(r"[ \t\u3000:：]+(?:[^ \t\u3000\n]{1,30}[0-9０-９一二三四五六七八九十百千]+(?:番地?|号)"
                              r"[^ \t\u3000\n]{0,12}[ \t\u3000]+)?")


def _role_end_before(mentions: Sequence["_Mention"], person: "_Mention") -> int:
    """Where the role mention right before ``person`` ends (its start if none is)."""
    before = [m for m in mentions if m.end <= person.start and m.kind == "role"]
    return before[-1].end if before else person.start


# A name field opening its line, up to the name: 「　　氏名　」「氏　名：」
_NAME_FIELD_LINE = re.compile(r"[ \t\u3000]*(?:氏[ \u3000]?名|名[ \u3000]?前)(?:[（(][^）)\n]{0,8}[）)])?[ \t\u3000:：]*$")


# a value --generalize wrote right before a kind of person (［学年・学級］の男児,
# 市内の小学校の児童): generalised, it still introduces them
_GENERALISED_BEFORE = re.compile("(?:］|市内の(?:%s))の?$" % "|".join(map(re.escape, load_toml("generalisation.toml")["school"]["kinds"])))


# what follows someone the person lives with (男性と同居していた, 交際相手と暮らしている)
_LIVES_WITH = re.compile(r"(?:[（(][^）)\n]{0,16}[）)])?と(?:同居|一緒に(?:暮ら|住ん|生活)|暮ら|住ん|生活し|二人暮らし|同棲)")


# a kind of person as the subject of the clause after a source (…によると、隣の男性（４０代）が):
# the one the source tells of, no description of the source
_TOLD_OF_AS_SUBJECT = re.compile(r"(?:[（(][^）)\n]{0,16}[）)])?(?:が|は|も)")


def _generic_group(text: str, s_start: int, m: _Mention, mentions: list[_Mention], members: list[Finding],
                   current: _Group | None, new_group, before: _Group | None = None) -> _Group:
    """A kind of person (女性, 児童): the person before when it refers back
    (その女性) or is said of them (申出人は80代の女性で); another person when
    an attribute introduces it (80代の女性が) or a particle makes it another
    party in the clause (女性が男性の車と). ``before``: the person of the turn
    before, when this turn has named no one yet: a kind of person as the
    predicate of a sentence with no subject (９０代の男性で、…) is said of them."""
    if m.word.startswith(_ANOTHER_WORDS):
        return new_group(m)  # 別の相談者は…: someone else, whoever was before
    if any(f.label == "FAMILY" and f.start <= m.start and m.end < f.end for f in members):
        # 女性で、…中学生の子どもが２人いる: the children are told as the household's make-up (one
        # FAMILY finding holds the word and goes on past it, with a count or a living arrangement),
        # not introduced as someone of their own (８０代のご夫婦が: a household of its own)
        # (the person the sentence is about so far: ``current`` is the last person not in office)
        if current is not None and not current.official and not current.row:
            return current
    if current is not None and not current.official and not current.row and _LIVES_WITH.match(text, m.end):
        # 母子世帯で、…市内の運送会社に勤める男性と同居していた: the one the person lives with is
        # a member of their household, and what is said of them narrows the household down
        return current
    if _BACK_DETERMINER.search(text, max(s_start, m.start - 4), m.start):
        return current or new_group(m)
    opened = max(text.rfind("（", s_start, m.start), text.rfind("(", s_start, m.start))
    if opened >= 0 and not re.search(r"[）)]", text[opened:m.start]):
        # 山田さん（夫と死別、中学生と小学生の子ども２人）: said of the person the brackets follow;
        # ケースワーカー（20代・女性）: of the staff member
        owner = next((x.group for x in mentions if x.end == opened and x.group is not None), None)
        if owner is not None:
            return owner
        if current is not None and not current.row and any(f.label == "FAMILY" and f.end == opened for f in members):
            return current  # 家族構成：夫、長女（中学生）: the relative of the person before, described in brackets
    earlier = [x for x in mentions if x.end <= m.start and x.group is not None and not x.group.official]
    if earlier:
        prev = earlier[-1]
        between = text[prev.end:m.start]
        for f in members:
            if prev.end <= f.start and f.end <= m.start:
                between = between.replace(f.text, "")
        between = _LIVES.sub("", between)
        # 申出人によると、母親と二人暮らしで: what the source tells is theirs; 申出人によると、６０代の男性が
        # 怒鳴り込んで: a person an attribute introduces is someone they told of
        sourced = _SOURCE.match(between)
        if sourced:
            between = between[sourced.end():]
            if _TOLD_OF_AS_SUBJECT.match(text, m.end):
                return new_group(m)  # 相談者によると、隣に住む男性（４０代）が大声を: someone they told of
            if any(f.end <= m.start and m.start - f.end <= 12 and not re.search(r"[、。はが]", text[f.end:m.start])
                   for f in members):
                return new_group(m)
        assert prev.group is not None  # earlier holds mentions with a group only
        if between.startswith("は") and re.match(r"[でだ（(]|です|である", text[m.end:m.end + 3] or "。"):
            return prev.group  # 申出人は、字北原に住む80代の女性である
        if not _OTHER_PARTY.search(between):
            return prev.group  # 相手方Ａ　入居年月…、単身世帯、７２歳の女性
        other = new_group(m)  # another party of the same event: the passage still reads them together
        other.party = True
        return other
    introduced = any(f.end <= m.start and not re.search(r"[、。はが]", text[f.end:m.start]) and m.start - f.end <= 12
                     for f in members) or bool(_GENERALISED_BEFORE.search(text, max(s_start, m.start - 12), m.start))
    if not introduced and current is not None and not current.row:
        return current
    before = current if current is not None else before
    if before is not None and not before.row and _COPULA.match(text, m.end) \
            and not re.search("[はが]", text[s_start:m.start]):
        return before  # (その方は)80代の女性で、一人暮らしです: said of the person before, no one new
    stop = _SENTENCE_END.search(text, m.end)
    if current is not None and not current.row and len(mentions) == 1 and not re.search("[はが]", text[s_start:m.start]) \
            and _SUBJECTLESS.fullmatch(text, m.end, stop.end() if stop else len(text)):
        # (within the turn: a turn that opens with 字北浦の方の件です introduces someone new)
        return current  # …山本さん宅では…。80代のご夫婦の二人暮らしです。: a sentence with no subject describes the one before
    g = new_group(m)
    g.distinct = introduced
    return g


# after a place: the staff member covers it (栄団地を担当しております, 北地区担当)
_COVERS = re.compile(r"(?:を|の)?(?:担当|受け持|所管|管轄)")


def _attached(text: str, m: _Mention, f: Finding) -> bool:
    """The attribute belongs to the staff member written next to it: right
    before them (40代の男性職員), in brackets after (担当の保健師（40代・女性）),
    or said of them (職員は30代で); not what they did to someone (職員が
    萩野地区の80代の女性を訪問した)."""
    if f.start < m.end and m.start < f.end:
        return True  # the staff word itself (担当の保健師)
    if f.label == "PLACE" and f.start >= m.end and _COVERS.match(text, f.end) and "。" not in text[m.end:f.start]:
        return True  # ケースワーカーが栄団地を担当: the area the staff member covers
    if f.label == "DATE":
        return False  # the day of an event is the resident's too (職員が6月14日に訪問した)
    if f.end <= m.start:
        return m.start - f.end <= 12 and not re.search(r"[、。はがを]", text[f.end:m.start])
    gap = text[m.end:f.start]
    return len(gap) <= 14 and "。" not in gap and bool(re.match(r"[（(]|は", gap)) and not re.search(r"[がをに]", gap)


# what a sentence that writes a member of staff tells of someone else unless written beside them
# (_attached): the day of the event, and an age, a sex, a household or an origin -- no job word or
# office, which a sentence listing staff (引率：校長、養護教諭、看護師) gives the staff
_NOT_THE_STAFFS = frozenset({"DATE", "AGE", "GENDER", "FAMILY", "NATIONALITY"})


def _assign(text: str, s_start: int, s_end: int, members: list[Finding], mentions: list[_Mention],
            current: _Group | None, pending: list[Finding], prior: _Group | None = None) -> None:
    """Give each attribute of the sentence to a person: before the first
    person written, to them; between two, to the later one when it modifies
    it (80代の女性と30代の男性) and to the earlier one when it is said of
    it (女性は80代で、); after the last, to the last; with no one written,
    to the person of the sentences before (or the next one introduced)."""
    # (mention, its group): the mentions given to a person
    written = [(m, m.group) for m in mentions if m.group is not None]
    residents = [(m, g) for m, g in written if not g.official]
    for f in members:
        staff = next((g for m, g in written if g.official and _attached(text, m, f)), None)
        if staff is not None:
            staff.members.append(f)
            continue
        if not residents:
            staff_groups = [g for m, g in written if g.official]
            if current is not None:
                current.members.append(f)  # 職員が訪問したところ、一人暮らしで…: still the resident
            elif staff_groups and f.label not in _NOT_THE_STAFFS:
                # 担当の保健師が鶴巻地区を訪問した, with no resident yet: where the staff
                # went, not the next person's place (an age, a sex, a household not written
                # beside the staff member is someone else's: ８０代の男性選挙人が…職員研修を実施した)
                staff_groups[0].members.append(f)
            else:
                pending.append(f)
            continue
        owner = residents[0]
        for i, (m, g) in enumerate(residents):
            if m.start <= f.start:
                owner = (m, g)
                nxt = residents[i + 1] if i + 1 < len(residents) else None
                if nxt is not None and f.end <= nxt[0].start and not re.match(r"[はも（(：:・]|で", text[m.end:f.start]):
                    owner = nxt
        owner_mention, owner_group = owner
        owner_group.members.append(f)
        if f.label == "FAMILY" and f.attributes.get("pattern") in _RELATION_PATTERNS and prior is not None \
                and owner_group is not prior and owner_mention.kind == "person" and not prior.official and not prior.row:
            # 「法定代理人親権者　父　山野 健二」: the relation names a relative of the
            # person the passage is about, and is their household's make-up too
            prior.members.append(f)


# written before a role: another person of that role (別の申請者, 別件の相談者, 他の利用者)
_ANOTHER_WORDS = ("別の", "別件の", "他の", "ほかの", "もう一人の", "もうお一人の")
# the heading of one case of several (事例２　副業詐欺, 【ケース３】, 受付番号１２：) at the start of a line
_CASE_HEADING = re.compile(r"^[ \t\u3000]*[【［\[(（]?(?:相談事例|事例|ケース|案件|事案|受付番号|受付No[.．]?|受付Ｎｏ[.．]?)"
                           r"[ \t\u3000]*(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3}|[①-⑳]|[A-ZＡ-Ｚ])"
                           r"(?=[ \t\u3000：:）)】］\]．.、]|$)", re.M)


def _new_case_between(text: str, group: "_Group", at: int) -> bool:
    """A case heading between where the group was last written and ``at``: a role
    (契約当事者, 申出人) that recurs under the next case's heading names that case's
    person, not the one before, however close the cases are written."""
    last = max((b for _, b in group.extent), default=0)
    return last > 0 and _CASE_HEADING.search(text, last, at) is not None


_ANOTHER_BEFORE = re.compile("(?:%s)$" % "|".join(_ANOTHER_WORDS))
# another person than the one before (別の方, 他の利用者, もうお一人の女性)
_ANOTHER_PERSON = re.compile("(?:%s)(?:%s)" % ("|".join(_ANOTHER_WORDS), "|".join(
    map(re.escape, sorted((_GENERIC | _ROLE_SET | {"方", "人"}) - {"さん", "氏"}, key=len, reverse=True)))))
# a disciplinary action against a member of staff (地方公務員法第29条, 第28条): a paper that
# tells one (職員の処分⏎所属　子育て支援課⏎職名　主任⏎…⏎処分　減給) is about that member of staff
_DISCIPLINE = re.compile("|".join(map(re.escape, _MORE["staff"]["discipline_words"])))



# the date of the document itself (第14号（令和7年2月1日発行）, 令和7年4月1日現在,
# 同日付で): when it was issued or what it counts up to, no one's event
_DOCUMENT_DATE = re.compile(r"[ \u3000]?(?:発行|発刊|刊行|作成|現在|付け?(?:で|の|を|にて)|改訂|改定|更新|公布|施行|印刷|編集)")


def assess_risk(text: str, findings: list[Finding], policy) -> RiskAssessment:
    """Group visible quasi-identifiers into subjects, estimate k, and raise
    the quasi-identifiers of high-risk subjects to REVIEW."""
    token = _CIRCLE.set(sensitive_circle(policy))
    # (a population the policy sets is the user's: no ward makes it larger)
    wards = _WARDS.set("population" not in ((getattr(policy, "settings", {}) or {}).get("risk", {}))
                       and ward_city(text))
    try:
        return _assess_risk(text, findings, policy)
    finally:
        _WARDS.reset(wards)
        _CIRCLE.reset(token)


def _assess_risk(text: str, findings: list[Finding], policy) -> RiskAssessment:
    population, threshold = risk_settings(policy)
    if "population" not in ((getattr(policy, "settings", {}) or {}).get("risk", {})):
        # a town's or a village's own paper: its kind's average, not a 市's (fail closed)
        population = document_population(text) or population
    qis = sorted((f for f in _visible_qis(findings) if f.label != "DATE" or not _DOCUMENT_DATE.match(text, f.end)),
                 key=lambda f: f.start)
    subjects: list[RiskSubject] = []
    events = [f for f in findings if f.label == "SENSITIVE" and f.attributes.get("kind") in _EVENT_KINDS]
    fallback: list[RiskSubject] = []
    paragraphs = _paragraphs(text) or [(0, len(text))]
    # judge and _suggest read only the values of the findings (label, text,
    # attributes) and the flags: a set of values read again (a passage read as
    # one person holds the very findings of the person read in it; a form or
    # a case repeated in one document) is judged and searched once
    judged: dict[tuple, Judgement] = {}
    suggested: dict[tuple, tuple[list[str], float]] = {}
    groups = _group_subjects(text, qis, findings)
    _share_the_event(text, groups, paragraphs, events)
    told = FactIndex(findings)
    for g in groups:
        if g.official:
            continue  # staff described in their work: no resident is singled out
        members = sorted({id(f): f for f in g.members}.values(), key=lambda f: f.start)
        about = "".join(text[a:b] for a, b in sorted(set(g.extent)))
        if g.key not in _STAFF_ROLES and not _STAFF_SUBJECT.search(about) and not (
                any(f.attributes.get("pattern") in _STAFF_PATTERNS for f in members)
                and _DISCIPLINE.search(about)):
            # a unit and post of the office (市民課の主任) describe a member of staff: of
            # anyone else read here they are the office that handled the matter
            members = [f for f in members if f.attributes.get("pattern") not in _STAFF_PATTERNS]
        if not members:
            continue
        # dated in words (昨年11月, 先月) besides the DATE findings: those
        # stay dated after a DATE is generalised, the findings' own text does not
        date_spans = [(f.start, f.end) for f in members if f.label == "DATE"]
        words = [m for a, b in sorted(set(g.extent)) for m in _EVENT_TIME.finditer(text, a, b)]
        when = words[0] if words else None
        dated = any(not any(s < m.end() and m.start() < e for s, e in date_spans) for m in words)
        # Two attributes at least: a school and a grade count as two, and so
        # does an event dated only in words (昨年11月, which is no DATE finding),
        # and a sensitive fact told of the person (フィリピン国籍の方で、夫から暴力を受け).
        facts = told.told(g.extent)
        # (a passage read whole tells the facts of whoever it is about: listed, not weighed)
        sensitive = None if g.passage else fact_term(facts)
        kin = fact_relation(facts, members) if sensitive else None
        if len({(f.label, f.text) for f in members}) + (when is not None) + (sensitive is not None) < 2:
            continue
        incident = _incident_in(text, g.extent, events) or _incident_in(text, _paragraphs_of(paragraphs, g.extent), events)
        neighbour = bool(_NEIGHBOUR.search(about))
        unique = bool(_ONLY_ONE.search(about))
        # (a passage read whole may join one person's honour to others' sentences: a reason
        # every sentence gives only)
        harmless = harmless_reason(text, g.extent)
        if g.passage and harmless == "public_honour":
            harmless = None
        key = (tuple(map(_facts, members)), incident, dated, neighbour, g.row, unique, sensitive, kin, harmless)
        judgement = judged.get(key)
        if judgement is None:
            judgement = judged[key] = judge(members, population, incident, dated, neighbour, row=g.row, unique=unique,
                                            sensitive=sensitive, kin=kin, harmless=harmless)
        level = "high" if judgement.k < threshold and not judgement.harmless else "low"
        subject = RiskSubject(level, members, judgement.k, judgement.top, incident,
                              event_time=when.group(0) if when else None, row=g.row, facts=facts,
                              why=f"{judgement.why}（{g.formed}）" if g.formed and judgement.why else judgement.why)
        if level == "high":
            if key not in suggested:
                suggested[key] = _suggest(members, population, incident, threshold, dated, neighbour, row=g.row,
                                          unique=unique, sensitive=sensitive, kin=kin)
            steps, subject.k_after = suggested[key]
            subject.suggestion = list(steps)
        if g.passage:
            fallback.append(subject)
            continue
        subjects.append(subject)
    # a passage read as one person counts only when it reads high and no
    # person found in it does: the coarser reading fails closed
    highs = [{id(f) for f in s.findings} for s in subjects if s.level == "high"]
    for s in fallback:
        ids = {id(f) for f in s.findings}
        if s.level == "high" and not any(ids <= h for h in highs):
            subjects.append(s)
    subjects.sort(key=lambda s: s.findings[0].start)
    # a kin word that only designates the subject (６０代のご夫婦が) counts in the judgement
    # but hides nothing the words before it do not
    raised = {id(f) for s in subjects if s.level == "high" for f in s.findings
              if not f.attributes.get("designation")}
    out = []
    for f in findings:
        if id(f) in raised and f.action == KEEP:
            f = replace(f, action=REVIEW, reason=f"{f.reason} → 再識別リスク高: 他の属性と組み合わさると個人を特定し得る")
        out.append(f)
    return RiskAssessment(out, subjects)


# a person written as a party of an incident someone else suffered: who drove,
# hit or attacked (運転していたのは…の男性, はねた車の運転者, 加害者は)
_EVENT_PARTY = re.compile("|".join(map(re.escape, _QI["event_party"])))


def _share_the_event(text: str, groups: list[_Group], paragraphs: list[tuple[int, int]], events: list[Finding]) -> None:
    """Give the date and place of an incident to the other party of it.

    「9月14日、緑町二丁目の交差点で児童がはねられた。運転していたのは近所で
    農業を営む70代の男性で」: the driver is a person of their own, but the
    day and the crossing are theirs as much as the child's -- whoever saw it
    knows who drove. A person whose sentences name them as a party of the
    event (``event_party``) and hold no date or place of their own takes
    those of the person the incident happened to, in the same paragraph."""
    residents = [g for g in groups if not (g.official or g.row or g.passage) and g.members]
    for g in residents:
        if any(f.label in ("DATE", "PLACE") for f in g.members):
            continue
        if not any(_EVENT_PARTY.search(text, a, b) for a, b in g.extent):
            continue
        paras = set(_paragraphs_of(paragraphs, g.extent))
        for other in residents:
            if other is g or not paras & set(_paragraphs_of(paragraphs, other.extent)):
                continue
            scene = [f for f in other.members if f.label in ("DATE", "PLACE")]
            if scene and _incident_in(text, other.extent, events):
                g.members.extend(scene)
                break


def _facts(f: Finding) -> tuple:
    """What ``judge`` and ``_suggest`` read of a finding: its label, text and
    attributes (written out, since an attribute may be a list), not where it is."""
    return f.label, f.text, repr(sorted(f.attributes.items()))


def _paragraphs_of(paragraphs: list[tuple[int, int]], extent: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs the person's sentences stand in: an incident named in
    the heading or another sentence of the paragraph (３　事故の概要) is theirs."""
    starts = [a for a, _ in paragraphs]
    return sorted({paragraphs[bisect_left(starts, s + 1) - 1] for s, _ in extent})


def _incident_in(text: str, extent: list[tuple[int, int]], events: list[Finding]) -> str | None:
    """The incident the person's sentences are about: a word (事故, 転倒) or
    an injury or victimisation the SENSITIVE recognizer found in them."""
    for a, b in sorted(set(extent)):
        m = _INCIDENT.search(text, a, b)
        if m:
            return m.group(0)
    for a, b in sorted(set(extent)):
        inside = [f for f in events if a <= f.start < b]
        if inside:
            return str(inside[0].attributes.get("term") or inside[0].text)
    return None


# -- generalisation -----------------------------------------------------------

_NUM = "[0-9０-９〇一二三四五六七八九十元]"
_ERA_YEAR = re.compile(r"^(.*?%s+年)" % _NUM)
# A date to the day, in any digits the minutes use (14日, １４日, 十四日).
_DAY = re.compile(r"^(.*?%s+年%s{1,3}月)%s{1,3}日" % (_NUM, _NUM, _NUM))


_MONTH_DAY = re.compile(r"^((?:先月|今月|先々月|昨年|本年|今年|去年|一昨年|同年|同月)?(?:の)?(?:%s{1,3}月)?)の?%s{1,3}日" % (_NUM, _NUM))


_RELATIVE_YEAR_MONTH = re.compile(r"^(昨年|一昨年|去年|今年|本年)の?%s{1,3}月$" % _NUM)


_GEN = load_toml("generalisation.toml")
_MASK_WORD = _GEN["bracket"]["MASK"]
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
# relations of one member (長男, 母, 妻（84歳）): the member stays a family member
_RELATION_PATTERNS = frozenset({"続柄", "続柄（括弧）", "続柄（括弧の前）", "続柄（名簿）", "続柄（の）", "続柄（主語）"})
_RELATION_AGE = re.compile(r"[（(]([0-9０-９]{1,3})(?:歳|才)[）)]")


def _first(text: str, table: dict[str, str]) -> str | None:
    """The value of the longest key of ``table`` found in ``text``."""
    for key in sorted(table, key=len, reverse=True):
        if key in text:
            return table[key]
    return None


def _school_stage(t: str) -> str | None:
    """小学生 / 中学生 / 高校生 from a grade or class (第5学年1組, 中学2年, 5年生)."""
    sc = _GEN["school"]
    if any(w in t for w in sc["senior_words"]):
        return "高校生"
    if any(w in t for w in sc["junior_words"]):
        return "中学生"
    if any(w in t for w in sc["primary_words"]):
        return "小学生"
    m = re.search(r"([0-9０-９一二三四五六])(?:年|学年)", t)
    if m:
        c = m.group(1)
        grade = _KANJI_DIGITS.get(c) or int(c.translate(_DIGITS))
        if grade >= 4:
            return "小学生"  # only a primary school has a 4th to 6th grade
    return None


def generalized_text(f: Finding) -> str | None:
    """One step coarser, of the same kind, or None when there is no coarser
    form to give (the caller may then mask the value: :func:`mask_text`).

    Vocabulary: ``redactor/data/generalisation.toml``."""
    t = f.text[f.text.rfind("\n") + 1:]  # a value read across lines: the part on its own line
    pattern = f.attributes.get("pattern")
    if f.label == "DATE":
        m = _DAY.match(t)
        if m:
            return m.group(1)
        m = _MONTH_DAY.match(t)  # ６月１４日 -> ６月, 先月１２日の夕方 -> 先月
        if m and m.group(1):
            return m.group(1)
        m = _RELATIVE_YEAR_MONTH.match(t)  # 昨年の11月 -> 昨年
        if m:
            return m.group(1)
        if f.attributes.get("precision") in ("relative", "time"):
            return "［時期］"
        m = _ERA_YEAR.match(t)
        if m and m.group(1) != t:
            return m.group(1)
        return None
    if f.label == "AGE":
        years = f.attributes.get("years")  # the recognizer's reading: 72 for 七十二歳 and ７２歳
        if not isinstance(years, int):
            return None
        if f.attributes.get("kind") == "exact":
            return f"{years // 10 * 10}代" if years >= 10 else "10歳未満"  # 7歳 is not 「0代」
        if years >= _GEN["age"]["elderly_from"] and t != _GEN["age"]["elderly_word"]:
            return _GEN["age"]["elderly_word"]  # 70代の女性 -> 高齢の女性
        return None
    if f.label == "PLACE":
        if f.attributes.get("kind") == "generalised":
            return None  # already the 町名 or the municipality
        if f.attributes.get("kind") in ("elsewhere", "origin"):
            return _OUTSIDE  # 静岡県浜松市から転入 -> 他の市町村から転入
        m = re.match(r"^(.*?)[0-9０-９一二三四五六七八九十]+丁目", t)
        if m and m.group(1):
            return m.group(1)
        return "市内"
    if f.label == "AFFILIATION":
        if pattern == "部活動" or re.search(r"(?:部|部員|クラブ|同好会|少年団|チーム)$", t) and "学校" not in t:
            return "部活動"  # 吹奏楽部員 -> 部活動: a few dozen pupils -> every pupil
        if re.search(r"組|学年|年生|[0-9０-９一二三四五六]年$", t):
            return _school_stage(t) or "［学年・学級］"
        kind = next((k for k in _GEN["school"]["kinds"] if t.endswith(k)), None)
        if kind:
            return f"市内の{kind}"  # 市立北中学校 -> 市内の中学校
        return _GEN["bracket"]["AFFILIATION"]
    if f.label == "OCCUPATION":
        if pattern in ("前職", "前職（組織）", "前職（職業）") or t.startswith("元"):
            return _first(t, _GEN["former_posts"]) or "退職者"
        work = _first(t, _GEN["described_work"])  # 理髪店を営む -> 自営業, 製材所に勤めている -> 会社員
        if work or pattern == "勤め先":
            return work or "会社員"
        if pattern == "生産":
            return "農林漁業従事者"
        if pattern == "業務中":
            return "仕事中"  # 配達業務中 -> 仕事中: at work, no trade
        if pattern == "役":
            return "地域団体の役員"  # ＰＴＡの役員をしている, 消防団の分団長を務めた
        return _first(t, _GEN["occupation_groups"]) or _GEN["bracket"]["OCCUPATION"]
    if f.label == "FAMILY":
        if pattern in _RELATION_PATTERNS:
            m = _RELATION_AGE.search(t)
            if m:  # 長男（52歳） -> 家族（50代）
                years = int(m.group(1).translate(_DIGITS))
                return f"家族（{years // 10 * 10}代）" if years >= 10 else "家族（10歳未満）"
            return "家族" if t != "家族" else None
        return _GEN["bracket"]["FAMILY"]
    if f.label == "NATIONALITY":
        if pattern in ("言語", "日本語"):
            return _GEN["bracket"]["LANGUAGE"]  # ベトナム語しか話せない: not 「外国籍しか話せない」
        if pattern == "国民":
            return "外国人"
        if pattern == "出身":
            return "外国出身"
        if pattern == "帰国者":
            return "海外から帰国"  # 中国残留邦人の家族として帰国 -> 海外から帰国: they are no foreign nationals
        if pattern == "来日":
            return "来日"  # 留学生として来日した -> 来日した: came from abroad, no country, no status
        return "外国籍" if t != "外国籍" else None
    return None


def mask_text(f: Finding) -> str | None:
    """The bracketed word that masks a value whose coarser forms still leave
    the subject high (the same word for every value of the kind)."""
    return _MASK_WORD.get(f.label)


def _suggest(members: list[Finding], population: float, incident: str | None,
             threshold: float, dated: bool = False, neighbour: bool = False, row: bool = False,
             unique: bool = False, sensitive: str | None = None, kin: str | None = None) -> tuple[list[str], float]:
    """Greedy: generalise the attribute whose coarser form gains most, until
    k >= threshold; a value may be made coarser twice (72歳 → 70代 → 高齢).
    When no coarser form is left and k is still under the threshold, mask
    the attribute that gains most (［年齢］), one at a time, so nothing that
    keeps the subject high stays visible after ``--generalize``.

    Each step reads ``LABEL「original value」→「new value」``: the last step
    for a value is the one :func:`generalize` applies."""
    current = list(members)
    steps: dict[int, str] = {}  # index in members -> its step (the latest one)
    k, _ = estimate_k(current, population, incident, dated, neighbour, row, unique, sensitive, kin)
    coarser: dict[tuple[int, bool], tuple[str, Finding] | None] = {}  # per finding: its next form, made once
    for i, f in enumerate(members):
        # a value read across a line break (a table cell joined to the line
        # before it): which row's subject it is cannot be told, so it is made
        # coarser with either row's
        g = generalized_text(f) if "\n" in f.text and f.label in RISK_LABELS else None
        if g is not None and g != f.text:
            steps[i] = f"{f.label}「{f.text}」→「{g}」"
            current[i] = _coarser(f, g)
    if steps:
        k, _ = estimate_k([t for t in current if t.text], population, incident, dated, neighbour, row, unique, sensitive, kin)
    # a value told more than once (字西ノ谷 in every paragraph of a long record) is one
    # candidate, made coarser everywhere at once: the search grows with the distinct values,
    # not with every mention (which made it cubic in a long paper)
    value_of = [(f.label, f.text) for f in members]
    first: dict[tuple[str, str], int] = {}
    for i, v in enumerate(value_of):
        first.setdefault(v, i)
    same = {v: [j for j, w in enumerate(value_of) if w == v] for v in first}
    for masking in (False, True):
        for _ in range(len(first) * 3):
            if k >= threshold:
                break
            best = None
            for i, f in enumerate(current):
                if first[value_of[i]] != i:
                    continue  # (its value is tried at its first mention)
                key = (id(f), masking)
                if key not in coarser:
                    g = None
                    if f.label in RISK_LABELS:
                        g = mask_text(members[i]) if masking else generalized_text(f)
                    coarser[key] = None if g is None or g == f.text else (g, _coarser(f, g))
                step = coarser[key]
                if step is None:
                    continue
                g, coarse = step
                trial = list(current)
                for j in same[value_of[i]]:
                    trial[j] = coarse
                trial_k, _ = estimate_k([t for t in trial if t.text], population, incident, dated, neighbour, row, unique,
                                          sensitive, kin)
                # equal gains: the step that loses least first (a day before an age, an age before a place)
                rank = (trial_k, -_STEP_ORDER.index(f.label) if f.label in _STEP_ORDER else -len(_STEP_ORDER))
                if best is None or rank > best[0]:
                    best = (rank, i, g, coarse)
            if best is None:
                break
            (k, _), i, g, coarse = best
            for j in same[value_of[i]]:
                steps[j] = f"{members[j].label}「{members[j].text}」→「{g}」"
                current[j] = coarse
    return [steps[i] for i in sorted(steps)], k


# Which attribute to generalise first when two steps gain the same.
_STEP_ORDER = ("DATE", "AGE", "AFFILIATION", "PLACE", "FAMILY", "OCCUPATION", "NATIONALITY")


def _coarser(f: Finding, text: str) -> Finding:
    """The finding as it reads after one generalisation step. A value replaced
    by a bracketed word (［職業］) no longer narrows anything, so it leaves
    the risk labels; so does a school or club made the school stage of the
    municipality (小学生, 市内の中学校, 部活動), which says no more than an age."""
    attrs = dict(f.attributes)
    if f.label == "AGE":
        attrs["kind"] = "band"
        if text == _GEN["age"]["elderly_word"]:
            attrs["years"] = 80  # 高齢: weighed as the widest old band (65+ is a quarter of residents)
    if f.label == "PLACE":
        attrs["kind"] = "generalised"  # a 町名 or 市内: no longer a small area
    attrs["pattern"] = "generalised"
    label = f"{f.label}_GENERALISED" if text.startswith("［") or f.label == "AFFILIATION" else f.label
    if f.label == "AFFILIATION" and text in _POP["occupation_shares"]:
        label = "OCCUPATION"  # 小学生 is read again as what a person is (a share of residents), as the re-check reads it
    return replace(f, text=text, label=label, attributes=attrs)


def _step_values(suggestion: Iterable[str]) -> dict[str, str]:
    """original value -> the value its last step gives (LABEL「72歳」→「高齢」)."""
    out: dict[str, str] = {}
    for step in suggestion:
        m = re.match(r"^[A-Z_]+「(.*)」→「(.*)」$", step, re.S)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def generalize(text: str, findings: list[Finding], subjects: list[RiskSubject], policy=None) -> list[tuple[int, int, str]]:
    """Replacements (start, end, new text) that apply each high subject's
    suggested generalisation to its own quasi-identifiers. A value read
    across a line break (a table cell joined to the line before it) is
    replaced only on its own line: the text up to the break is another
    cell's and is written back as it was."""
    out: list[tuple[int, int, str]] = []
    for s in subjects:
        if s.level != "high":
            continue
        wanted = _step_values(s.suggestion)
        for f in s.findings:
            g = wanted.get(f.text)
            if g is not None:
                nl = f.text.rfind("\n")
                # only the value's own line changes; the break is written where it was
                out.append((f.start, f.end, f.text[:nl] + "\n" + g if nl >= 0 else g))
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
