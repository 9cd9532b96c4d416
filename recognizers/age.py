"""AGE: a person's age, exact (72歳, 72才, 満72歳, 七十二歳, 2歳6か月, 年齢 72,
山田さん(72)) or a band (80代, 八十代, 80歳代, 30代後半, 70歳以上 about one
person).

An infant's age is counted from birth (生後3か月, 生後10日; not 生後4か月までの乳児
or 生後3か月児健診, which are rules and programmes), an age at death follows
享年 (享年82). An age is a quasi-identifier: harmless alone, kept by the default profile,
and weighed by the re-identification check together with sex, place and
date. Attributes: ``kind`` = exact | band, ``years`` = the age (lower bound
of a band) as an int, so the risk check need not parse kanji numerals, and
``attached = person`` for an age in a named person's record (山田様（40代・男性）,
申出者 山田ハナ（76歳）, 母（山田 咲、31歳）): personal information of that person,
which the default profile sends to REVIEW.

Left out, because they are rules rather than facts about a person:
thresholds and ranges (65歳以上の方, 18歳未満の者, 40歳から64歳まで, 20歳到達,
満18歳に達する日), programme names (3歳児健診), succession numbers (第30代市長,
三代目, 一代限り). A threshold is reported (band, lower score) only when a
person word stands next to it (70歳以上とみられる男性). An age with 児 is a
child's age when the child is the subject or object (5歳児がけがをした), not
when it names a programme, a class or a group (5歳児健診, 5歳児クラス).
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._text import KANJI_ODORIJI, words_regex
from redactor.tokens import Token

_WORDS = load_toml("age_context.toml", "redactor.recognizers.data")
_SEX = words_regex(_WORDS["sexes"])
# Inside the bracket before the age: a name and a separator (山田 花子、), or a sex (男・).
_IN_BRACKET_BEFORE = re.compile(rf"\((?:[^()、,・。\d]{{1,12}}[、,・][ ]?|(?:{_SEX})[・、,][ ]?)?$")
# Inside the bracket after the age: a sex (・女性), then the bracket closes.
_IN_BRACKET_AFTER = re.compile(rf"(?:[・、,][ ]?(?:{_SEX}))?\)")

# Kanji ages: 十 / 二十 / 七十二 / 五 / 百二; no bare 一代, 三代 (generations).
_KANJI = r"(?:百?[二三四五六七八九]?十[一二三四五六七八九]?|百[一二三四五六七八九]?|[一二三四五六七八九])"
_YEARS = rf"(?:\d{{1,3}}|{_KANJI})"
_BAND = r"(?:前半|後半|半ば|なかば)"
_LIMIT = r"(?P<limit>以上|以下|未満|超|から|まで|～|~|-|到達|に達|になる年度|になるまで|児|代目)"
_AGE = re.compile(
    rf"(?<![\d第〇一二三四五六七八九十百])(?P<pre>満|当時|年齢[ ]?[:：]?[ ]?)?"
    rf"(?:(?P<band>(?:\d0|{_KANJI}*十)(?:歳|才)?代{_BAND}?)"
    rf"|(?P<exact>{_YEARS}(?:歳|才)(?:\d{{1,2}}(?:か月|ヶ月|カ月|ケ月)|半(?!ば))?))"
    rf"(?:{_LIMIT})?"
)
# Only lines with a number right before an age word are scanned (every
# match has one: 72歳, 七十代, 20歳代); 代 alone is in too many words (時代, 代表).
_ANCHOR = re.compile(r"[\d一二三四五六七八九十百](?:歳|才|代)")
_FIELD = re.compile(r"年齢[ ]?[:：]?[ ]?(?P<v>\d{1,3})(?![\d歳才])")
# An infant's age counts from birth (生後3か月, 生後10日); an age at death is
# written after 享年/行年, often without 歳 (享年82).
# 生後4か月までの乳児, 生後3か月児健診, 生後28日以内: a rule or a programme.
_INFANT = re.compile(r"生後[ ]?(?P<v>\d{1,2})[ ]?(?>か月|ヶ月|カ月|ケ月|箇月|日|週間|週)"
                     r"(?!児|まで|以内|未満|以上|以降|から|を(?:経過|過ぎ|迎え)|頃まで|～|~|-|に達)")
_AT_DEATH = re.compile(rf"(?:享年|行年)[ ]?(?P<v>\d{{1,3}}|{_KANJI})(?![\d歳才十])")
_PAREN = re.compile(r"(?:さん|氏|様|君|ちゃん|男性|女性|男児|女児)[ ]?\((?P<v>\d{1,3})\)")
# A threshold still describes one person when one of these is next to it.
_PERSON_NEAR = re.compile(r"男性|女性|男児|女児|相手方|本人|さん|氏|とみられ|と思われ|程度|くらい|ぐらい")
_RULE_AFTER = re.compile(r"の(?:方|者|人|高齢者|被保険者|住民|市民|児童|世帯|全員)|を対象|が対象|に限")
# An age stated approximately or as a lower bound in a description of one
# person: the person is in a range, so the risk check weighs it as a band.
_ABOUT = re.compile(r"前後|くらい|ぐらい|位|程度|近く|近い|を超え|を超す|を過ぎ|過ぎ|余り|あまり|超")
_RANGE_BEFORE = re.compile(r"\d(?:歳|才)?(?:代)?(?:から|～|~|〜|-)$")
# An age written with 児 names one child when the child does something or
# something happens to it (5歳児がけがをした, 3歳児を保護, 4歳児の男児); 3歳児健診,
# 5歳児クラス and 5歳児が対象 are programmes and classes, 5歳児が20人 a group,
# 3歳児、4歳児の各クラス a list of classes, 3歳児を受け入れ an intake.
_CHILD_AFTER = re.compile(r"(?:(?:1名|1人|一人|ひとり)?[がもを、]|の(?:男児|女児|男の子|女の子))"
                          r"(?!対象|中心|受け入れ|受入|[\d一二三四五六七八九十]+(?:[人名組]|歳))")
_SUCCESSION = re.compile(r"(?:第|歴|初|先|当|次)$")


# A name already withheld (Aさん, B氏, 相談者甲, ○○様): the age after it is no
# field of a named record.
_ANONYMISED = re.compile(r"(?:(?<![A-Za-z])[A-Z]|[甲乙丙丁戊]|某|[○〇◯●×＊*]{1,3})(?:さん|様|氏|君|ちゃん)?[ ]?$")


def _attached(text: str, start: int, end: int) -> str:
    """Whether the age is a field of a named person's record, in a bracket
    right after the name: 山田様（40代・男性）, 申出者 山田 ハナ（76歳）, 母（山田 咲、31歳）,
    with no more than the name and the sex inside. An age with no name to it
    (意見提出者（70代・女性）, 妻（84歳）, 80代の男性が…) is a quasi-identifier that the
    re-identification check weighs, and an official's (市長 山本一郎（62歳）) is kept."""
    open_at = text.rfind("(", max(0, start - 16), start)
    inside = _IN_BRACKET_BEFORE.search(text, open_at, start) if open_at > 0 else None
    if not inside or not _IN_BRACKET_AFTER.match(text, end):
        return ""
    line = text[text.rfind("\n", 0, open_at) + 1:open_at].rstrip(" ")
    if ctx.find_word(line[-12:], _WORDS["official_titles"]):
        return "official"  # 北浜市長 山本一郎（62歳）: an official's age, published with the official's name
    if _ANONYMISED.search(line):
        return ""  # Aさん（70代）, 相談者甲（45歳）: the name is already withheld; the age is weighed as a quasi-identifier
    named_inside = inside.group(0).strip("( 、,・")
    if named_inside and not re.fullmatch(_SEX, named_inside):
        return "person"  # 母（山田 咲、31歳）: the name in the bracket
    if re.search(r"(?:様|さん|氏|君|ちゃん)$", line):
        return "person"  # 山田様（40代・男性）
    # 申出者 山田 ハナ（76歳）: a party named on the line, then a name (not a kind of person)
    party = ctx.find_word(line, _WORDS["parties"])
    if not party:
        return ""
    after = line[line.rfind(party) + len(party):]
    name = re.search(rf"[{KANJI_ODORIJI}ぁ-んァ-ヶーA-Za-z][{KANJI_ODORIJI}ぁ-んァ-ヶーA-Za-z ・]{{0,14}}$", after)
    # between the party and the name only labels and numbers (第2学年1組), no clause
    if not name:
        return ""
    named = not re.search(r"[ぁ-ゖ]", after[:name.start()]) \
        and not re.search(r"(?:者|人|方|員|生|児|性|代|歳)$", name.group(0))
    return "person" if named else ""


_CLAUSE_END = re.compile(r"[。、,\n]")
# 60代が12人, 70代の方が全体の3割: a count of the people of that age, right after it
_COUNT = re.compile(r"(?:の(?:方|人|者|住民|市民|方々|男性|女性))?(?:が|は|も)?(?:全体の|約|およそ)?"
                    r"[\d０-９一二三四五六七八九十百]+(?:人|名|割|％|%|世帯|件)")
_OFFICIAL_AFTER = re.compile(r"の?(?:" + words_regex(_WORDS["sexes"])
                             + r")?(?:" + words_regex(_WORDS["official_titles"])
                             + r")")


def _in_prose(text: str, end: int) -> str:
    """Whose the age is, from the words after it in the same clause: an
    official's (30代の女性職員, 40代の課長) or a group's (60代の方が全体の6割, 20代が
    多い, 70代の方が12人): both kept; anything else describes one person."""
    if _OFFICIAL_AFTER.match(text, end):
        return "official"
    stop = _CLAUSE_END.search(text, end, end + 24)
    clause = text[end:stop.start() if stop else end + 24]
    if _COUNT.match(clause) or ctx.find_word(clause, _WORDS["group_after"]):
        return "group"
    return ""


def _years(s: str) -> int | None:
    m = re.search(r"\d+", s)
    if m:
        return int(m.group(0))
    m = re.search(_KANJI, s)
    if not m:
        return None
    k, digits, value = m.group(0), "一二三四五六七八九", 0
    if k.startswith("百"):
        value, k = 100, k[1:]
    if "十" in k:
        tens, _, ones = k.partition("十")
        return value + (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)
    return value + (digits.index(k) + 1 if k else 0)


class AgeRecognizer(JaRecognizer):
    ENTITIES = ("AGE",)

    def find(self, text: str, tokens: Iterable[Token]) -> Iterable[RecognizerResult]:
        for m in scan(_AGE, _ANCHOR, text):
            if m.group("band") is None and m.group("exact") is None:
                continue
            start = m.start("band") if m.group("band") else m.start("exact")
            if m.group("pre") in ("満",) or (m.group("pre") or "").startswith("満"):
                start = m.start("pre")
            end = m.end("band") if m.group("band") else m.end("exact")
            if _SUCCESSION.search(text[max(0, start - 1):start]):
                continue  # 第30代, 歴代: a succession number
            if _RANGE_BEFORE.search(text, max(0, start - 8), start):
                continue  # 16歳から18歳: the end of a range in a rule
            limit = m.group("limit")
            kind, score = ("band" if m.group("band") else "exact"), 0.8
            if limit == "児" and not (m.group("exact") and _CHILD_AFTER.match(text, m.end())):
                continue  # 3歳児健診, 5歳児クラス: a programme or a class, not a child
            if limit in ("代目", "到達", "に達", "になる年度", "になるまで"):
                continue
            if limit and limit != "児":
                if limit in ("から", "～", "~", "-", "まで"):
                    continue  # 40歳から64歳まで: a range in a rule
                window = text[max(0, m.start() - 12):m.end() + 12]
                if _RULE_AFTER.match(text, m.end()) or not _PERSON_NEAR.search(window):
                    continue  # 65歳以上の方, 18歳未満の者
                end, kind, score = m.end(), "band", 0.5
            about = kind == "exact" and _ABOUT.match(text, end)
            if about:
                kind = "band"  # 90歳を超える, 40歳前後: a range around the number, not one year of age
            reason = "年齢（" + ("年代" if kind == "band" else "満年齢") + "）"
            if about:
                reason += f"、「{about.group(0)}」: 幅のある年齢"
            if limit == "児":
                reason += "、「児」: 一人の子どもの記述"
            elif limit:
                reason += f"、「{limit}」付きだが人物の記述"
            attached = _attached(text, start, end) or _in_prose(text, end)
            extra = {"attached": attached} if attached else {}
            if attached == "person":
                reason += "、氏名・続柄の後の括弧内: 個人の記録の一項目"
            elif attached == "official":
                reason += "、職名に付いた年齢: 公務として記載された人の年齢"
            elif attached == "group":
                reason += "、人数・割合の記述: 集団の年齢"
            yield self.result("AGE", start, end, score, reason, kind=kind, years=_years(text[start:end]), **extra)
        for rx, reason in ((_FIELD, "年齢欄"), (_PAREN, "氏名の後の括弧内の年齢"), (_AT_DEATH, "享年")):
            for m in rx.finditer(text):
                years = _years(m.group("v")) or 0
                if 0 < years < 120:
                    attached = _attached(text, m.start("v"), m.end("v")) if rx is _PAREN else ""
                    extra = {"attached": attached} if attached else {}
                    yield self.result("AGE", m.start("v"), m.end("v"), 0.7, f"年齢（{reason}）",
                                      kind="exact", years=years, **extra)
        for m in _INFANT.finditer(text):
            yield self.result("AGE", m.start(), m.end(), 0.7, "年齢（生後の月齢・日齢）", kind="exact", years=0)
