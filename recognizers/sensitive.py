"""SENSITIVE: 要配慮個人情報 tied to a person: illness, disability, care
level, welfare receipt, criminal record, creed, victimisation, and (as
``injury``, REVIEW under the default profile) injuries from an accident.
The kinds follow 個人情報保護法第2条第3項 and 施行令第2条 (人種・社会的身分 as
``origin``, 健康診断等の結果 as ``checkup``, 診療・調剤・指導, 刑事事件の手続, 少年の
保護事件) so that a category, not a list of examples, is covered: crimes
suffered are built as a crime and 被害/に遭, and a disease not in the list is
known by its name's ending before a diagnosis or treatment. Arrears
(``arrears``) need a word for one person, not a group a policy aims at.

The finding is the clause that states it (「要介護1の認定を受けており」
「左手首を骨折した」), because the condition and what follows from it are
sensitive together. A clause counts only when it ties the term to a
person: a predicate of one person's situation (と診断, を受給して, を所持,
…級), or a shorter predicate (骨折し, の停止, への入院) with a person word in
the same sentence (さん, 本人, 相手方, 男性). Policy sentences (障害者福祉計画の
策定, 生活保護制度の運用, 骨折予防, がん検診の受診率) have neither, or name a
programme, and do not fire. Terms and predicates are data
(data/sensitive_terms.toml). Some facts are written as an act rather than a
term: a body part and what happened to it (腰を痛めて, 足腰が弱って, 妻の顔を
殴った) and a head word with its predicate (教会に通っている, 子を叩いた: the
victim is a person, so violence in the active voice counts too).

Span: the clause that states the fact, as independent readers mark it:
from after the subject (「相手方は」 is a PERSON matter, not the condition) to
the end of the predicate, without a noun the clause goes on to modify
(「…支援措置を受けている|山田さんについて」), without 「ものである」 or how it was
told (とのことです, と聞きました, との連絡があった), without a date before it
(本年4月に|生活保護の申請に: a DATE of its own); a duration (平成29年から) and
how long or how often the state holds (現在も通院中, 週2回、) stay. The
finding reaches over the clauses of the same statement joined by 、: back
over what led to it (乗用車と接触し、|右足を骨折しました) and forward over what
its open predicate goes on to say (左肩を脱臼し、|1か月間通院した), up to 。, a
new topic, an adversative が or a line end that is no wrap inside the
sentence (_extend). What it reaches beyond the fact itself gives way to
another recognizer's value there (an AGE, a DATE stays its own finding, for
the risk check). Clauses of one statement joined by 、 are one finding
(生活保護を受給しており、…手帳2級を所持している), injuries apart from the rest
because the policy treats them apart. Records also state facts as fields
(病名：…, 備考　生活保護受給中, 妻：認知症) and 本籍 or an income bracket as a
field's value; those are the value (_field_findings).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers import _context as ctx
from redactor.recognizers import _sensitive_general as general
from redactor.recognizers import _sensitive_group as group
from redactor.recognizers import _sensitive_nominal as nominal
from redactor.recognizers import _sensitive_records as records
from redactor.recognizers import _sensitive_rows as rows
from redactor.recognizers._extent import is_course_note, soft_line_break, with_trailing_note
from redactor.recognizers._drops import drop
from redactor.recognizers._sensitive_place import institution_lead_end
from redactor.recognizers._sensitive_speaker import quoted_speaker
from redactor.recognizers._sensitive_topic import HEDGE, person_topic, private_person_in
from redactor.recognizers._sensitive_everyday import everyday_matches
from redactor.recognizers._base import ATTRIBUTES_KEY, JaRecognizer, scan
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import (KANJI, KANJI_ODORIJI, KANJI_PLACE, factored_words_regex, line_span, sentence_span,
                                       sentence_start, words_regex)
from redactor.tokens import Token

_DATA = load_toml("sensitive_terms.toml", "redactor.recognizers.data")


def _spelled(term: str) -> list[str]:
    """The term in each spelling of [spellings] (知的障害, 知的障がい, 知的障碍)."""
    out = [term]
    for word, others in _DATA.get("spellings", {}).items():
        out += [t.replace(word, o) for t in list(out) if word in t for o in others]
    return out


_KIND_OF = {spelled: kind for kind, terms in _DATA["kinds"].items() for term in terms for spelled in _spelled(term)}
# 犯罪により害を被った事実 as a crime and its suffix (ひったくりの被害を受けた,
# 還付金詐欺に遭った): every crime of [victim_of] with every suffix, so a
# crime added to the list is found in each way it is written.
_VICTIM_OF = {c + s for c in _DATA["victim_of"]["crimes"] for s in _DATA["victim_of"]["suffixes"]}
_VICTIM_CRIMES = frozenset(_DATA["victim_of"]["crimes"])
_KIND_OF.update({t: "victim" for t in _VICTIM_OF if t not in _KIND_OF})
_KIND_OF.update({c + s: "victim" for c in _DATA["victim_of"]["crimes"] for s in _DATA["victim_of"]["noun_suffixes"]
                 if c + s not in _KIND_OF})
# 病歴 by ICD-10 chapter (data/sensitive_diseases.toml): the disease nouns of
# each chapter, so that an illness is found by its category and not only when
# it was one of the first examples; a term already listed keeps its kind.
_DISEASES = load_toml("sensitive_diseases.toml", "redactor.recognizers.data")
for _chapter in _DISEASES["chapters"].values():
    for _term in _chapter["terms"]:
        _KIND_OF.setdefault(_term, _chapter["kind"])


def _guarded(term: str) -> str:
    """A term's regex after its first character, with the characters that may
    not touch it (data [guards]). A guard before the term is a lookbehind
    over the character before it and the first character, which is already
    matched: ``け(?<![受]け)が`` is けが not after 受."""
    g = _DATA.get("guards", {}).get(term, {})
    before = f"(?<![{re.escape(g['not_before'])}]{re.escape(term[0])})" if g.get("not_before") else ""
    after = f"(?![{re.escape(g['not_after'])}])" if g.get("not_after") else ""
    return before + re.escape(term[1:]) + after


def _by_first_char(terms: list[str]) -> str:
    """The terms as one alternation grouped by first character, longest
    first within each group: 「骨(?:折|粗鬆症)|障(?:害|がい)…」. Each branch
    starts with a plain character, so the engine skips to where one stands
    and tries only the terms that start there (a flat alternation of 300
    terms is tried term by term at each of them); the match at a position is
    the same, the longest term there."""
    groups: dict[str, list[str]] = {}
    for t in sorted(terms, key=len, reverse=True):
        groups.setdefault(t[0], []).append(_guarded(t))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


_TERMS = re.compile(_by_first_char(list(_KIND_OF)))
# The same terms found faster, as the list is long (a category's vocabulary,
# not a few examples): one alternation of every term tries its branches one
# by one wherever a first character stands. Terms starting with a kana or a
# Latin letter or digit (a few dozen, but their first characters are the most
# common in any text: い, て, は) keep one small alternation; the others are
# tried by their first character only, where one stands.
_KANA_FIRST = re.compile(r"[ぁ-ん0-9A-Za-z]")
_TERMS_KANA = re.compile(_by_first_char([t for t in _KIND_OF if _KANA_FIRST.match(t)]))
_OTHER_TERMS = [t for t in _KIND_OF if not _KANA_FIRST.match(t)]
_FIRST_CHARS = re.compile("[" + "".join(sorted({re.escape(t[0]) for t in _OTHER_TERMS})) + "]")
_BY_FIRST: dict[str, re.Pattern[str]] = {
    first: re.compile(_by_first_char([t for t in _OTHER_TERMS if t[0] == first])) for first in {t[0] for t in _OTHER_TERMS}}


def _term_matches(text: str) -> list[re.Match[str]]:
    """The matches of _TERMS.finditer: the longest term at the leftmost
    place, then on after it."""
    found = list(_TERMS_KANA.finditer(text))
    pos = 0
    while True:
        m = _FIRST_CHARS.search(text, pos)
        if m is None:
            break
        i = m.start()
        t = _BY_FIRST[text[i]].match(text, i)
        if t is not None:
            found.append(t)
            pos = t.end()
        else:
            pos = i + 1
    found.sort(key=lambda t: t.start())
    out: list[re.Match[str]] = []
    for t in found:  # (a match inside an earlier one is not one, as with finditer)
        if not out or t.start() >= out[-1].end():
            out.append(t)
    return out


# A body part and what happened to it (data [body]): 右腕の骨を折った,
# 腰を痛めて, 下半身が麻痺. The part must start a word of its own in Sudachi's
# reading (相手を強打 is not a hand, 以後下半身が麻痺 is a body); a bone breaks only after its part (右腕の骨を) or when it names
# itself (肋骨を, 前歯が), so 「調整に骨を折った」 stays an idiom for effort.
_BODY = _DATA["body"]
_PRED = _BODY["predicates"]
_BONES_ALONE = [b for b in _BODY["bones"] if b != "骨"]
_BODY_FIRST = "".join(sorted({re.escape(w[0]) for w in _BODY["parts"] + _BODY["bones"]} | {"右", "左", "両"}))
# How many or how much between the part and the verb: an adverb (強く) or a
# count (肋骨を2本折った, 顔を数か所切った).
_BODY_HOW = (rf"(?:{words_regex(_BODY['adverbs'])}|[0-9一二三四五六七八九十数]{{1,2}}(?:本|か所|カ所|箇所|ヶ所)"
             r"|複数(?:か所|箇所)?)?")
# One named group per kind of predicate (broken, injury, disability, health);
# a part's pain or swelling (膝の痛み, 足のしびれ) is ``pain``, a health fact.
# A part lost (右下肢の切断) is ``lost``, a disability.
_BODY_RE = re.compile(
    rf"(?=[{_BODY_FIRST}])(?P<part>(?:右|左|両)?(?:(?:{words_regex(_BODY['parts'])})の(?:{words_regex(_BODY['bones'])})"
    rf"|(?:{words_regex(_BONES_ALONE)})|(?P<soft>{words_regex(_BODY['parts'])})))"
    rf"(?:[をが]{_BODY_HOW}"
    "(?:" + "|".join(f"(?P<{kind}>{words_regex(verbs)})" for kind, verbs in _PRED.items()) + ")"
    rf"|の(?P<pain>{words_regex(_BODY['pain'])})|の(?P<lost>{words_regex(_BODY['lost'])}))")
_BODY_ANCHOR = re.compile(rf"[をが]{_BODY_HOW}(?:{words_regex(sum(_PRED.values(), []))})"
                          rf"|の(?:{words_regex(_BODY['pain'] + _BODY['lost'])})")
_BODY_IDIOMS = tuple(_BODY["idioms"]["words"])


def _body_matches(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, phrase, kind) of each body-part injury or paralysis."""
    word_starts: set[int] | None = None
    for m in scan(_BODY_RE, _BODY_ANCHOR, text):
        if m.group("broken") and m.group("soft"):
            continue  # 腰を折る, 鼻を折る: a part that is not a bone does not break
        if word_starts is None:
            word_starts = {t.start for t in tokens}
        if tokens and m.start() not in word_starts:
            continue  # 相手を強打: the part is the end of another word
        part = m.start("soft") if m.group("soft") else m.start("part")
        if ctx.starts_with_word(text[part:m.end() + 4], _BODY_IDIOMS):
            continue  # 頭を痛める, 手を打つ: figurative
        if m.group("pain"):
            kind = "health"
        elif m.group("lost"):
            kind = "disability"  # 右下肢の切断: the loss a 手帳 is granted for, not an injury to review
        else:
            kind = next(k for k in _PRED if k != "broken" and m.group(k)) if not m.group("broken") else "injury"
        yield m.start(), m.end(), m.group(0), kind


# Facts written as a head word and what the person does or suffers (data
# [phrases]): 教会に通っている, 妻を突き飛ばし. Each states its own predicate.
_PHRASES = _DATA.get("phrases", {})
# (a table's name is its kind unless it says ``kind``: two tables of one kind
# with heads of a different sort, victim and victim_by, keep their links apart)
_PHRASE_KIND = {h + link: p.get("kind", name) for name, p in _PHRASES.items() for h in p["heads"] for link in p["links"]}
# A clinical department and a visit's predicate (精神科に通院, 産婦人科を受診):
# what a person is treated for; 「整形外科の医師を確保」 has no visit.
_DEPARTMENTS = _DISEASES["departments"]
_PHRASE_KIND.update({h + link: _DEPARTMENTS["kind"] for h in _DEPARTMENTS["terms"] for link in _DEPARTMENTS["visits"]})
_SELF_ANCHORED = frozenset(h + link for p in _PHRASES.values() if p.get("self_anchored")
                           for h in p["heads"] for link in p["links"])
# (factored by common beginnings: departments × visits make a long list)
_PHRASE_RE = re.compile(factored_words_regex(_PHRASE_KIND))
# Every phrase has one of its links; lines without one are not scanned.
_PHRASE_ANCHOR = re.compile(words_regex({link for p in _PHRASES.values() for link in p["links"]} | set(_DEPARTMENTS["visits"])))


# A kanji or katakana right after a phrase that ends on a noun makes the
# noun part of a longer one (介護負担, 入院費, 治療方針); 中, 後 and 先 say
# when or where the stay is (入院中, 手術後, 入院先) and keep it.
_NOUN_GOES_ON = re.compile(rf"(?![中後先])[{KANJI_ODORIJI}ァ-ヶー]")


def _term_count(after: str) -> str | None:
    """How far a pregnancy has gone, right after the term (妊娠5か月)."""
    m = _TERM_COUNT.match(after)
    return m.group(0) if m else None


# (負傷：頸椎捻挫（全治2週間）: a field's value, which the field reading holds whole)
_FIELD_MARK = re.compile("[:：]")


_PROPERTY_DAMAGE = tuple(_DATA["property_damage"]["words"])


def _property_damage(text: str, f: RecognizerResult) -> bool:
    """Whether a 被害 field's value states only a disaster's damage to a house
    or goods (床上浸水, 屋根瓦の破損): no crime suffered, so no victim's fact.
    Dropped with that reason; a value holding a term stays (fail closed)."""
    attributes = f.recognition_metadata.get(ATTRIBUTES_KEY) or {}
    if attributes.get("kind") != "victim":
        return False
    value = text[f.start:f.end]
    if not any(w in value for w in _PROPERTY_DAMAGE) or _TERMS.search(value):
        return False
    drop("SENSITIVE", text, f.start, f.end, "災害による住家・財産の被害: 犯罪の被害ではない")
    return True


def _graded_injury(after: str) -> str | None:
    """The grade of gravity in a bracket right after an injury's term
    (やけど（中等症）, 骨折（重傷）), which only a patient's injury is given."""
    m = _SHORT_BRACKET.match(after)
    if m is None or not m.group("inner").startswith(_SEVERITY):
        return None
    return m.group("inner")


def _phrase_matches(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, phrase, kind) of each [phrases] fact whose head starts a
    word (椅子を叩いた has no child in it)."""
    word_starts: set[int] | None = None
    for m in scan(_PHRASE_RE, _PHRASE_ANCHOR, text):
        if word_starts is None:
            word_starts = {t.start for t in tokens}
        if tokens and m.start() not in word_starts:
            continue
        if _NOUN_GOES_ON.match(text, m.end()) and _NAME_CHAR.match(m.group(0)[-1]):
            continue  # 家族の介護|負担, 子どもの入院|費: a compound that names a cost or a burden, not the care
        yield m.start(), m.end(), m.group(0), _PHRASE_KIND[m.group(0)]


def _act_in(value: str) -> tuple[int, str, str] | None:
    """(start, phrase, kind) of the first fact in a field's value written as
    an act rather than a term: a body part and what happened to it (足が不自由),
    a daily activity and a need for help (入浴に介助が必要). The field (備考,
    相談内容) is a record about one person, which is the person word the
    sentence reading asks for. The act must start a word: the value's start
    or after a character that is no part of a noun (椅子を叩いた holds no child)."""
    acts = sorted(a for a in list(_body_matches(value, [])) + list(_phrase_matches(value, []))
                  if a[0] == 0 or not _NAME_CHAR.match(value[a[0] - 1]))
    return (acts[0][0], acts[0][2], acts[0][3]) if acts else None


# 病歴 by the shape of a disease's name: a word ending in 病, 症 or 炎 right
# before a predicate that only a diagnosis or a treatment takes (パーキンソン病を
# 患っている, 側弯症の疑い, 膠原病で通院): the list of terms cannot hold every
# disease, but their names end alike. Words that end so and are no disease
# (臆病, 看病, 重症) are data ([disease] not_diseases).
_DISEASE = _DATA["disease"]
_DISEASE_ANCHOR = re.compile(rf"(?:{words_regex(_DISEASE['endings'])})(?:{words_regex(_DISEASE['predicates'])})")
_NOT_DISEASES = frozenset(_DISEASE["not_diseases"])
_NAME_CHAR = re.compile(rf"[{KANJI_ODORIJI}ァ-ヶー]")


def _disease_matches(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, disease, "health") for each disease name before a
    predicate of diagnosis or treatment, from the word it starts with."""
    word_starts: set[int] | None = None
    for m in _DISEASE_ANCHOR.finditer(text):
        if word_starts is None:
            word_starts = {t.start for t in tokens}
        end = m.start() + len(next(e for e in _DISEASE["endings"] if text.startswith(e, m.start())))
        start = end
        while start > 0 and end - start < 12 and _NAME_CHAR.match(text[start - 1]):
            start -= 1
        # the name starts at the first word start in the run (市内の|膠原病 has none before)
        starts = [i for i in range(start, m.start()) if i in word_starts] if tokens else [start]
        if not starts:
            continue
        name = text[starts[0]:end]
        if name in _NOT_DISEASES or name in _KIND_OF or len(name) < 2:
            continue
        yield starts[0], end, name, "health"


def _kind_of(value: str) -> str | None:
    """The kind of the first term in a cell or an item (透析治療 -> health),
    or None when there is none or the words are a programme's (制度, 事業)."""
    t = _TERMS.search(value)
    if t is None or ctx.find_word(value, _POLICY_WORDS):
        return None
    return _KIND_OF[t.group(0)]


_CARE_LEVEL = re.compile(r"要(?:介護|支援)[1-5一二三四五]")
_CLAUSE_END = "。、「」()（）【】\n\t|"  # (a TAB or a bar ends a table's cell: ｜要介護２｜)
_CLAUSE_BREAK = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_POLICY_WORDS = tuple(_DATA["policy"]["words"])
_AGGREGATE_WORDS = tuple(_DATA["policy"]["aggregate"])
_COUNT = records.COUNT_OF_MANY  # (1,234世帯, 35人, 12%: a total)
# 数 before 名 or 人 is "several" (生徒数名から中傷を受け: a few pupils did it), not the
# count an aggregate word names (生徒数, 児童数): blanked before those are looked for.
_SEVERAL = re.compile(r"数(?=[名人])")
# A verb form that ends the statement and modifies the noun after it.
# (not なった: …亡くなった|原因の病気… goes on to say more of the same person; a case
# noun after it, …入院となった例が, stays inside the finding: fail closed)
_RELATIVE_END = re.compile(rf"(?:ている|ていた|ておらず|された|した|する|いる|ある|あった)(?=[{KANJI}ァ-ヶA-Za-z])")
# A point in time leading a clause (本年4月に, 令和5年10月頃、, 先日): when
# it happened sets the scene, and a date is a quasi-identifier of its own
# (DATE). A duration (平成29年から受給, 以前から通院) is part of the fact and
# stays, and so does a time before の (昨年の申請); so do words that say how
# long or how often the state holds (現在も通院中, 毎週, 週2回): authors mark
# them with the fact.
_TIME_LEAD = re.compile(
    r"(?>(?:[ 、]*(?:本年度?|昨年度?|今年度?|一昨年|前年|翌年|同年|先月|今月|同月|翌月|先週|今週|先日|昨日|本日|当日|同日|翌日"
    r"|先般|去る|先ごろ|[日月火水木金土]曜日?"
    r"|\d{1,2}(?:年|か月|ヶ月|カ月|週間|日)前"
    r"|(?:令和|平成|昭和)(?:\d{1,2}|元)年度?|\d{1,4}年度?(?![生間代])|\d{1,2}月|\d{1,2}日(?!以上|間|分|後|前)"
    r"|[上中下]旬|頃|ごろ|末|初め|半ば|午前|午後|の?(?:春|夏|秋|冬|暮れ)|\d{1,2}時(?:\d{1,2}分)?))+(?:に|には)?[ 、]*)(?!から|より|以降|以来|まで|の|分)")
# A speaker's mark at the start of a turn in minutes (○委員　, ◯福祉部長 ).
_SPEAKER = re.compile(r"[○◯〇◎][^ 、。]{1,20}? ")
# 「…ものである」「…とのことである」「…と話している」: how it was told, not the fact;
# so is hearsay's ending (…らしい, …そうです, …ようだ, …という): the speaker's
# distance from the fact, not part of it.
# (…始まったことが分かった, …していることが判明した: how it came to light, not the fact)
_TAIL = re.compile(r"(?:(?:との|という)(?:こと)[ぁ-ん]*|(?:もの|こと)(?:である|です|であった|だった|でした)?"
                   r"|(?<=[たるいだ])ことが(?:分か|わか|判明|確認され|明らかにな)[ぁ-ん]*"
                   r"|と(?:話し|述べ|言っ|言い|訴え|申し立て|説明し|聞き|聞い|伺い|伺っ)[ぁ-ん]*"
                   r"|(?<=[たるいだうくすつぬむ])(?:らしい|らしかった|そう(?:です|でした|だ|だった|である)|よう(?:です|でした|だ|だった)|という))$")


# 「…あざがあるとの連絡があった」「…入院したという情報」: how the office heard of it.
# 「…通院したが」: an adversative が after a predicate opens the next statement.
_BUT = re.compile(r"(?<=[たるいだすくうつぬむ])(?:が|けれども|けれど|けど|のに|ものの)$")
# 「…について、」「…に関して、」: the fact named as the theme of what the sentence
# goes on to do (a talk, a request), which is no part of it. (Not …に関する相談内容:
# a record named by what it holds, which readers mark with it.)
_ABOUT = re.compile(r"(?:について|につき|に関して)")
_TOLD = re.compile(r"(?:との|という)(?:連絡|通告|通報|報告|相談|申し?出|訴え|情報|話|電話|知らせ|苦情|意見|要望)")


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: from the last clause break to the next one.
    (Walked to the nearest breaks: a search per break character would read
    to the ends of the text for each candidate whenever one, 「 say, is absent.)"""
    start = pos
    while start > 0 and text[start - 1] not in _CLAUSE_END:
        start -= 1
    m = _CLAUSE_BREAK.search(text, pos)
    return start, (m.start() if m else len(text))


_LONG_VERBS = tuple(v for v in _DATA["person"]["verb"] if len(v) >= 2)
# 「あざが複数あった」「傷跡がいくつも見られた」: a term said to be there, with a
# count or a manner between the term and the verb of existence.
_EXISTS = re.compile(r"が[^、。\n]{1,6}?(?:あっ|あり|ある|見られ|みられ|認められ|確認され)")


def _exists(after: str) -> str | None:
    m = _EXISTS.match(after)
    return m.group(0) if m else None
# A grade right after a care or disability term: 手帳2級, 要介護3, the
# 療育手帳's A/B (A1, B2), 愛の手帳's 1度-4度, a pension's or an after-effect's
# 第9級 (also in brackets: 後遺障害（第9級）).
_GRADE = re.compile(r"^[ ]?[（(]?第?(?:[1-9一二三四五六七八九]|1[0-4])級|^[1-5一二三四五]|^[ ]?[（(]?[AＡBＢ][1-2１２]?(?![A-Za-z])"
                    r"|^[ ]?[（(]?[1-4一二三四]度")
# What may stand between a care or disability term and its grade: the
# scale's name and a particle (要介護|度は|３, 障害|の等級が|２級).
_GRADE_LEAD = re.compile(r"(?:度|の等級|等級|の程度)?(?:は|が|も)?")
# A grade changed from one step to another (要介護度は２から４に上がった,
# ３級から２級へ変更): one person's record, not a threshold (区分4から).
_GRADE_CHANGE = re.compile(r"から(?:要(?:介護|支援))?[1-5１-５一二三四五](?:級|度)?[にへ]")
# A short bracket after a clause that qualifies what it states: a grade, a
# term, an abbreviation (要介護3（認知症）, 後遺障害（第9級）が残った,
# 全身性エリテマトーデス（SLE）という…): the clause goes on after it.
_SHORT_BRACKET = re.compile(r"[（(](?P<inner>[^（）()\n。、「」]{1,20})[）)]")
_ABBREVIATION = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ・]{2,10}")
# A grade of gravity in that bracket (やけど（軽症）を負い): data [severity].
_SEVERITY = tuple(_DATA["severity"]["words"])
# How far a pregnancy has gone, right after the term (妊娠5か月, 妊娠32週): a
# count of months or weeks is one person's state, as a grade is.
# (妊娠5か月以降の方, 12週未満: a threshold a rule sets, no one's state)
_TERM_COUNT = re.compile(r"^[0-9０-９一二三四五六七八九十]{1,2}(?:か月|カ月|ヶ月|ヵ月|箇月|週)(?:目)?"
                         r"(?!以[降上下内前後]|未満|まで|から|を過ぎ|を超え|頃|ごろ|の方|の妊婦)")


def _consequence_clauses(text: str, hits) -> set[tuple[int, int]]:
    """Clauses joined by 、 right after a finding that state its consequence."""
    out = set()
    for _, end in hits:
        if text[end:end + 1] == "、":
            span = _clause(text, end + 1)
            if ctx.find_word(text[span[0]:span[1]], _DATA["person"]["consequences"]):
                out.add(span)
    return out


_PREDICATED = (frozenset(_DATA["person"]["predicated"]) | frozenset(_PHRASE_KIND) | _VICTIM_OF
               | frozenset(_DISEASES["predicated"]["terms"]))
# Policy words a kind ignores (data [policy.exempt]): a checkup result comes from a 検診.
_POLICY_EXEMPT = {kind: tuple(words) for kind, words in _DATA["policy"].get("exempt", {}).items()}
_NOT_BORROWED = frozenset(_DATA["person"]["not_borrowed"])
_ONE_PERSON_KINDS = frozenset(_DATA["person"]["one_person_kinds"])
_ONE_PERSON = tuple(_DATA["person"]["one_person"])
# Kinds whose terms may name the person they are about (夫からの暴力, 妻と別居):
# a person word inside such a term counts.
_OWN_PERSON_KINDS = frozenset({"victim", "family"})


# A minutes turn's speaker mark that names an official or a member (○福祉課長（北浜一郎君）,
# ○3番（北浜）, ◎委員長): the speaker answers or asks for the office or the body; the
# name and 君 in the mark say who speaks, not whom a fact is about. A party's mark
# (○審査請求人（北浜）, ○相談者) is not one: a party speaks of themselves.
_OFFICIAL_SPEAKER = re.compile(
    r"[○◯〇◎◆◇●](?:[0-9]{1,2}番|[^ ()、。\n]{0,14}(?:長|委員|議員|理事|参与|参事|監|主幹|主査|課|室|局))"
    r"(?:\([^()\n]{1,16}\))? ")


def _wrapped_sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` read across the hard line breaks that
    wrap it (text copied out of a PDF or typed into a fixed-width form:
    「堀田さんのところは、前回の入院の前にも⏎統合失調症で…入院をしていた」):
    a break that _soft_break reads as a wrap does not end the sentence, so
    the person word on the line before still ties the term to a person."""
    start, end = sentence_span(text, pos)
    for _ in range(4):
        if start > 0 and text[start - 1] == "\n" and _soft_break(text, start - 1):
            start = sentence_span(text, start - 2)[0]
        else:
            break
    for _ in range(4):
        if end < len(text) and text[end] == "\n" and _soft_break(text, end):
            end = sentence_span(text, end + 1)[1]
        else:
            break
    return start, end


def _sentence_without(text: str, t_start: int, t_end: int) -> str:
    """The sentence around a term with the term blanked out: a person word
    inside a scheme's name (児童 in 児童扶養手当) is no person. (A victim's
    term names the person it is about: 夫の暴力 is the caller's husband's;
    see _OWN_PERSON_KINDS.)"""
    start, end = _wrapped_sentence_span(text, t_start)
    speaker = _OFFICIAL_SPEAKER.match(text, start, t_start)
    if speaker:
        start = speaker.end()  # ○福祉課長（北浜一郎君）: the official who answers is not whom the fact is about
    # (様々, 歳出, 工夫: a person word inside a compound that names no person is blanked too)
    return general.blank_compounds(text[start:t_start] + "　" * (min(t_end, end) - t_start) + text[min(t_end, end):end])


# A record about one person: a form's field naming whom it is about, at a
# line start (相談者　北浜 花子, 申請者氏名：…), or that role as a block's
# heading over a 氏名 field (相談者⏎　氏　名　北浜 花子), or a 氏名 field with
# a 生年月日 field below it (a roster of officials has names, not birth
# dates). Every statement of the record without a subject of its own is
# about that person (相談内容⏎ 消費者金融から借入れがあり…).
_RECORD_ROLE = "相談者|申請者|申出人|申立人|請求人|審査請求人|対象者|対象児童|本人|世帯主|利用者|被保険者"
_RECORD_SUBJECT = re.compile(
    rf"^[ 　・]*(?P<label>{_RECORD_ROLE})(?:氏名|名)?[ 　]*(?:[:：][ 　]*|[ 　\t]+)[^ 　\t\n]"
    rf"|^[ 　・]*(?P<heading>{_RECORD_ROLE})[ 　]*\n(?:[^\n]*\n){{0,2}}?[ 　]*氏[ 　]*名[ 　]*[:：]?[ 　]*[^ 　\t\n]"
    r"|^[ 　]*(?P<named>氏[ 　]*名)[ 　]*[:：]?[ 　]*[^ 　\t\n][^\n]*\n(?:[^\n]*\n)?[ 　]*生[ 　]*年[ 　]*月[ 　]*日", re.M)


def _record_subject(text: str, pos: int) -> str | None:
    """The role of the record's person when its field stands before ``pos``."""
    at, label = _first_record_field(text)
    return label if label is not None and at < pos else None


@lru_cache(maxsize=8)
def _first_record_field(text: str) -> tuple[int, str | None]:
    """(end, role) of the first field naming a record's person, read once
    per text (every candidate asks; a str caches its own hash)."""
    m = _RECORD_SUBJECT.search(text)
    return (m.end(), m.group("label") or m.group("heading") or "氏名") if m else (len(text), None)


# A は that gives a sentence a topic of its own (同氏は, 本市では): not one after an
# adverb's く (詳しくは) nor one a hedge follows (詳細は控えますが、), the hedges minutes
# put before a fact whose subject the sentence before named.
_OWN_TOPIC = re.compile(r"(?<!く)は")


def _anchor(text: str, pos: int, end: int | None = None) -> str | None:
    """A person word in the sentence around ``pos`` (outside the term that
    ends at ``end``); or, when that sentence has no topic of its own
    (「…請求人は脊髄を損傷した。また、事故後に抑うつ状態となり、…」), in the
    sentence before it on the same line: Japanese leaves out a subject that
    stays the same; or, in a record about one person, that person."""
    anchors = _DATA["person"]["anchors"]
    found = ctx.find_word(_sentence_without(text, pos, end if end is not None else pos), anchors)
    start = sentence_start(text, pos)
    if not found:  # (whatever the topic: きっかけは…, 原因は… in a record are the person's)
        record = _record_subject(text, pos)
        if record:
            return record
        if rows.in_person_row(text, pos):
            return "表の行"  # a case list's row: the row's person (元漁師。腰椎ヘルニア術後、…)
        heading = nominal.heading_person(text, pos)
        if heading:
            return heading  # 本人の状況⏎・恐喝で勾留中: the heading gives the person, the item the fact
        if nominal.short_item_fact(text, pos):
            record = nominal.about_person(text)
            if record:
                return record  # a record about one person lists its facts as items (・ＤＶ被害により避難中)
        speaker = quoted_speaker(text, pos)
        if speaker:
            return speaker  # ○Ｍさん（３０代）⏎「…で杖を使っています」: the speaker's own words
    if found or start == 0 or text[start - 1] != "。" or any(
            not HEDGE.match(text, m.end()) for m in _OWN_TOPIC.finditer(text, start, pos)):
        return found
    before = general.blank_compounds(ctx.sentence_around(text, start - 1))
    if _COUNT.search(before) or ctx.find_word(before, _AGGREGATE_WORDS):
        return None  # the sentence before is a statistic: its 世帯 is many households
    borrowed = ctx.find_word(before, anchors)
    return borrowed if borrowed not in _NOT_BORROWED else None


# A form's line of numbered choices (１ 生活保護の停止　２ 児童扶養手当の受給　３ …):
# what a form offers to tick, not what is stated about anyone.
_CHOICE = re.compile(r"(?:^|[ 　\t])[○◯]?[1-9][ 　.．)）]")


def _choice_line(text: str, pos: int) -> bool:
    start, end = line_span(text, pos)
    return len(_CHOICE.findall(text, start, end)) >= 2


# A household member as the subject with が at a clause's start (…世帯で、夫が
# 人工透析を受けている): readers mark the fact with whose it is. (A topic with は,
# 相手方は, stays out: it names the person, a PERSON matter.)
# (a late parent or spouse too, 亡父が長期入院していた: whose condition it was)
_FAMILY_SUBJECT = re.compile(r"(?:亡父|亡母|亡夫|亡妻|義父|義母|父親|母親|長男|長女|次男|次女|三男|三女|祖父|祖母|息子|夫|妻|父|母|娘|孫|兄|姉|弟|妹)が")


def _clause_starts(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in "。、\n 　\t「"


def _noun_stop(text: str, term_end: int, clause_end: int) -> str | None:
    """A report's sentence that ends on the term (「…大腿骨を骨折。」「本年4月から
    生活保護受給。」): the statement is made, only the verb is left out
    (体言止め). A line end alone is not one: headings end that way too."""
    if term_end == clause_end and text[clause_end:clause_end + 1] == "。":
        return "（体言止め）"
    return None


def _may_be_predicate(text: str, tokens: list[Token], span: tuple[int, int], t_end: int) -> bool:
    """Whether a term may be read as the predicate of a topic: not a field's
    label (相手方の負傷：…, whose value is the fact), not a word inside a
    longer noun that names something else (入院時の診療録, 入院費), not a note
    in brackets (…違反（無免許運転）で逮捕: the bracket qualifies the word before
    it, and the clause after it states the fact), not said to be absent
    (持病はない, 介護認定がなく: no condition), not a noun before の that
    qualifies the next (…支援措置の|状況を踏まえ). The term's end is read at
    the end of the word Sudachi reads there (心の病|気 ends at 病気)."""
    if _FIELD_MARK.match(text, t_end) or text[span[0] - 1:span[0]] in ("（", "(") or _ABSENT.match(text, t_end):
        return False
    i = bisect_left(tokens, t_end, key=_token_start) - 1
    end = tokens[i].end if 0 <= i < len(tokens) and tokens[i].start < t_end < tokens[i].end else t_end
    if text[end:end + 1] == "の" and _NAME_CHAR.match(text[end - 1]):
        return False  # 申出人の支援措置の|状況を踏まえ: the term qualifies the noun after it, which is predicated
    return not (_NOUN_GOES_ON.match(text, end) and _NAME_CHAR.match(text[end - 1])
                and not text.startswith(_STATE_SUFFIXES, end))


# A term said to be absent (持病はない, 介護認定がなく, 障害は特になし).
_ABSENT = re.compile(r"(?:が|は|も)(?:特に|とくに|全く|まったく)?(?:なく|ない|なし|無く|無い|無し|ありません|ございません)")
# Suffixes that say the condition holds or in what respect (難聴気味, うつ傾向,
# 寝たきり状態, 信仰上の理由, 精神的に; a screening item's result, 便潜血陽性): the noun
# goes on, but still names the person's state.
_STATE_SUFFIXES = ("気味", "傾向", "状態", "上", "的", "陽性")


def _topic_of(text: str, tokens: list[Token], t_start: int) -> str | None:
    """The private person whose predicate the term at ``t_start`` stands in
    (_sensitive_topic), read in its sentence across wrapped lines and after a
    speaker's mark (○委員　… : who asks is not whom the sentence is about)."""
    start, end = _wrapped_sentence_span(text, t_start)
    if text[start:end].rstrip(" 　").endswith(_OBLIGATION_ENDS):
        return None  # （二）相手方は、…を支払うこと: a settlement's or a contract's term, what a party shall do
    speaker = _OFFICIAL_SPEAKER.match(text, start, t_start) or _SPEAKER.match(text, start, t_start)
    return person_topic(text, tokens, speaker.end() if speaker else start, t_start)


# How a term of a settlement, a contract or a decision's order ends (和解条項, 契約条項:
# …を支払うこと, …明け渡すものとする).
_OBLIGATION_ENDS = ("こと", "ものとする", "ものとします")


def _said_of_many(text: str, pos: int, tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether the sentence around ``pos`` speaks of many people (a share,
    a crowd, voices heard, anyone who meets a condition: ``_sensitive_group``)
    and names no one person (さん, 本人, 相談者, a name) after its speaker's
    mark. The drop is logged with the word that said so."""
    start, end = sentence_span(text, pos)
    speaker = _OFFICIAL_SPEAKER.match(text, start, pos) or _SPEAKER.match(text, start, pos)
    sentence = text[speaker.end() if speaker else start:end]
    word = group.many_people(sentence)
    if not word or ctx.find_word(sentence, _ONE_PERSON) or group.names_one(sentence) \
            or _named_in_sentence(text, pos, tokens) or nominal.heading_person(text, pos):
        return False  # (a heading over the item names one person: 貯金の大半を失った is theirs)
    drop("SENSITIVE", text, span[0], span[1], f"文が多数・誰でもの人について述べる（「{word}」）、一人を示す語なし")
    return True


def _named_in_sentence(text: str, pos: int, tokens: list[Token]) -> str | None:
    """A surname or given name Sudachi reads in the sentence around ``pos``
    (「桐山には前科がある」): a name is a person word, with or without さん."""
    start, end = _wrapped_sentence_span(text, pos)
    speaker = _OFFICIAL_SPEAKER.match(text, start, pos) or _SPEAKER.match(text, start, pos)
    if speaker:
        start = speaker.end()  # ○委員（坂口）: who asks is not whom the sentence is about
    i = bisect_left(tokens, start, key=_token_start)  # tokens are in text order
    while i < len(tokens) and tokens[i].start < end:
        t = tokens[i]
        if len(t.pos) > 2 and t.pos[2] == "人名" and not _place_around(text, t.start, t.end):
            return t.surface
        i += 1
    return None


# A word Sudachi reads as a name that an address or a district names (字下河原
# 地区, 大字北浜の): a place, not a person the sentence is about.
_PLACE_BEFORE = ("字", "大字", "小字")
_PLACE_AFTER = ("地区", "地域", "町内", "番地", "集落", "団地", "地内", "字")


def _place_around(text: str, start: int, end: int) -> bool:
    return text.endswith(_PLACE_BEFORE, 0, start) or text.startswith(_PLACE_AFTER, end)


def _token_start(t: Token) -> int:
    return t.start


_INDIVIDUAL = general.individual_words(_DATA["person"]["anchors"])


def _one_person_before(text: str, t_start: int) -> str | None:
    """For a kind stated as often of a group (arrears): the one person the
    sentence before names (さん, 相談者), when this sentence has no topic of
    its own before the term (「所有者の北浜さんは…。固定資産税も８年分が滞納
    されている」) and the sentence before is no statistic."""
    start = sentence_start(text, t_start)
    if start == 0 or text[start - 1] != "。" or "は" in text[start:t_start]:
        return None
    before = general.blank_compounds(ctx.sentence_around(text, start - 1))
    if _COUNT.search(before) or ctx.find_word(before, _AGGREGATE_WORDS):
        return None
    return ctx.find_word(before, _ONE_PERSON)


def _names_one(text: str, t_start: int, t_end: int, tokens: list[Token]) -> bool:
    """Whether the sentence around a term names one person: a word for one
    (夫, 本人, さん, 82歳, 相談者), a name Sudachi reads, or a record's
    person whose field stands above."""
    sentence = _sentence_without(text, t_start, t_end)
    return bool(ctx.find_word(sentence, _INDIVIDUAL) or ctx.find_word(sentence, _ONE_PERSON)
                or general.marked_person(sentence)
                or _named_in_sentence(text, t_start, tokens) or _record_subject(text, t_start))


def _said_of_no_one(text: str, t_start: int, t_end: int, span: tuple[int, int], kind: str,
                    tokens: list[Token], term: str = "") -> bool:
    """Whether a clause that would be reported says its term of no one
    (_sensitive_general): of a group a general statement is about, or of an
    organisation that is the sentence's topic. The drop and its reason are
    recorded (REDACTOR_EXPLAIN_DROPS)."""
    names_one: bool | None = None
    if term in general.NEEDS_PERSON and not (_anchor(text, t_start, t_end) or _named_in_sentence(text, t_start, tokens)):
        # 県警に相談し、被害届を提出した (a hospital's attack): an organisation files one too
        drop("SENSITIVE", text, span[0], span[1], f"「{term}」は組織も出す、文にも前の文にも人を示す語なし")
        return True
    if general.might_be_group(text, t_end):
        names_one = _names_one(text, t_start, t_end, tokens)
        why = general.group_statement(text, t_start, t_end, names_one)
        if why:
            drop("SENSITIVE", text, span[0], span[1], why)
            return True
    if general.has_group_head(text, span[0], t_start):
        if names_one is None:
            names_one = _names_one(text, t_start, t_end, tokens)
        why = general.group_before_term(text, span[0], t_start, names_one)
        if why:
            drop("SENSITIVE", text, span[0], span[1], why)
            return True
    if kind in general.ORGANISATION_KINDS:
        if names_one is None:
            names_one = _names_one(text, t_start, t_end, tokens)
        why = general.organisation_topic(text, t_start, names_one)
        if why:
            drop("SENSITIVE", text, span[0], span[1], why)
            return True
    return False


class SensitiveRecognizer(JaRecognizer):
    ENTITIES = ("SENSITIVE",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        # (clause span) -> (term, kind, why, term start, score)
        hits: dict[tuple[int, int], tuple[str, str, str, int, float]] = {}
        weak: dict[tuple[int, int], int] = {}  # clause -> where its first term starts
        weak_terms: dict[tuple[int, int], tuple[int, int, str, str]] = {}  # clause -> its first term
        candidates = [(m.start(), m.end(), m.group(0), _KIND_OF[m.group(0)]) for m in _term_matches(text)]
        candidates += _body_matches(text, tokens)
        candidates += _phrase_matches(text, tokens)
        candidates += _disease_matches(text, tokens)
        # everyday words (警察に連れて行かれた) only where a private person's topic ties them
        # (a term of the class in the same words tells it better: 健康診断で|要精密検査)
        everyday = [c for c in everyday_matches(text) if not any(o[0] < c[1] and c[0] < o[1] for o in candidates)
                    and _topic_of(text, tokens, c[0])]
        candidates += everyday
        said_plainly = {c[2] for c in everyday}
        covered: set[tuple[int, int]] = set()  # clauses after a bracket a finding reaches over
        for t_start, t_end, term, kind in sorted(candidates):
            span = _clause(text, t_start)
            if span in hits or span in covered:
                continue
            if _choice_line(text, t_start):
                continue  # a form's choices: nothing is stated
            if rows.in_heading_row(text, t_start) and _row_has_heading_cell(text, t_start):
                drop("SENSITIVE", text, t_start, t_end, "表の見出し行: 列の名前で、誰かについての記載ではない")
                continue  # 号　相手方　滞納月数　滞納額: a column's name
            bracket = _SHORT_BRACKET.match(text, span[1])
            inner = bracket.group("inner") if bracket else ""
            if bracket and (_GRADE.match(inner) or _TERMS.search(inner) or _ABBREVIATION.fullmatch(inner)
                            or inner.startswith(_SEVERITY) or is_course_note(inner)):
                # 要介護3（認知症）のため, 要介護４（区分変更後）と判定: the bracket qualifies
                # the clause, which goes on after it
                rest = _clause(text, bracket.end())
                covered.add(rest)
                span = (span[0], rest[1] if rest[0] == bracket.end() else bracket.end())
            clause = text[span[0]:span[1]]
            after = text[t_end:span[1]]
            if term in _PREDICATED:  # 暴行を受けた: its own を受け is not a second predicate
                clause = text[span[0]:t_start] + text[t_end:span[1]]
            strong = ctx.find_word(clause, _DATA["person"]["strong"])
            # (要介護度は３, 介護度が４: the grade after the scale's name and a particle)
            lead_m = _GRADE_LEAD.match(after) if kind in ("care", "disability") else None
            lead = lead_m.end() if lead_m else 0
            grade = _GRADE.match(after[lead:]) if kind in ("care", "disability") else None
            # (要介護3以上の方: a threshold; 要介護1　要介護2　要介護3: the scale; no one's grade)
            graded = grade is not None and (
                _GRADE_CHANGE.match(text, t_end + lead + grade.end()) is not None  # ２から４に上がった: one person's change
                or not records.threshold_or_scale(text, t_start, t_end + lead + grade.end(), term))
            bare_after = _SHORT_BRACKET.sub("", after, count=1) if after.startswith(("（", "(")) else after
            verb = (term if term in _PREDICATED or term not in _KIND_OF else None) or (
                ctx.starts_with_word(bare_after, _DATA["person"]["verb"]) or ctx.find_word(bare_after[:10], _LONG_VERBS)) or (
                _noun_stop(text, t_end, span[1])) or _exists(bare_after) or (
                kind == "health" and _term_count(after)) or (
                # (両手にやけど（中等症）: a triage grade is given to one patient's injury)
                kind == "injury" and not _FIELD_MARK.search(text, span[0], t_start) and _graded_injury(after))
            if ctx.find_word(_SEVERAL.sub("＿", clause), _AGGREGATE_WORDS) or _COUNT.search(ctx.sentence_around(text, t_start)):
                drop("SENSITIVE", text, t_start, t_end, "統計: 多数の人についての数・集計")
                continue  # a statistic about many people (本市の受給世帯は、…1,234世帯です)
            if _said_of_many(text, t_start, tokens, span):
                continue  # a share, a crowd or voices (受給世帯のうち、高齢者世帯が半数): a group, no one person
            policy_text = ctx.find_word(general.blank_policy_compounds(clause), _POLICY_WORDS)
            if policy_text and policy_text in _POLICY_EXEMPT.get(kind, ()):
                policy_text = ctx.find_word(clause.replace(policy_text, "　" * len(policy_text)), _POLICY_WORDS)
            if policy_text in general.WEIGHED and ctx.find_word(_sentence_without(text, t_start, t_end), _ONE_PERSON):
                policy_text = None  # (相談者については、…避難も含めて検討する: a plan for one person)
            if policy_text and not (strong or graded):
                drop("SENSITIVE", text, t_start, t_end, f"制度・施策の記述（「{policy_text}」）")
                continue
            if kind in _ONE_PERSON_KINDS:  # a group a policy aims at is no one
                if verb and (ctx.find_word(_sentence_without(text, t_start, t_end), _ONE_PERSON)
                             or general.marked_person(_sentence_without(text, t_start, t_end))
                             or _named_in_sentence(text, t_start, tokens)
                             or _record_subject(text, t_start)
                             or _one_person_before(text, t_start)):
                    if not _said_of_no_one(text, t_start, t_end, span, kind, tokens, term):
                        hits[span] = (term, kind, f"「{verb}」", t_start, 0.75)
                continue
            # (the person word is looked for last: most candidates are settled before it)
            if strong or graded or (verb and (kind == "injury" or term in _SELF_ANCHORED or term in said_plainly
                                              or _anchor(text, t_start, t_start if kind in _OWN_PERSON_KINDS else t_end)
                                              or _named_in_sentence(text, t_start, tokens))):
                if _said_of_no_one(text, t_start, t_end, span, kind, tokens, term):
                    continue
                why = strong or ("等級" if graded else verb)
                score = 0.85 if (strong or graded) else 0.75
                hits[span] = (term, kind, f"「{why}」", t_start, score)
            elif kind != "injury" and _may_be_predicate(text, tokens, span, t_end) and (topic := _topic_of(text, tokens, t_start)) \
                    and not _said_of_no_one(text, t_start, t_end, span, kind, tokens, term):
                # 世帯主は|持病が悪くなって寝たきりに近い: the term stands in the predicate
                # of a private person's topic, which ties it whatever verb says it (not an
                # injury: a damages bill names the party's injury as its subject matter, and
                # an injury suffered is told with its verb, 骨折した)
                hits[span] = (term, kind, f"（{topic}についての述語）", t_start, 0.7)
            elif (stated := records.paper_content(text, t_start, t_end)) and (
                    _anchor(text, t_start, t_end) or private_person_in(_sentence_without(text, t_start, t_end))) \
                    and not _said_of_no_one(text, t_start, t_end, span, kind, tokens, term):
                # 申立人の診断書（うつ病）を添付した: the paper states the condition of
                # its holder, the person the sentence names
                hits[(stated[1], stated[2])] = (term, kind, f"（{stated[0]}の記載内容）", t_start, 0.75)
                covered.add(span)
            elif (who := nominal.named_item(text, tokens, t_start)) \
                    and not _said_of_no_one(text, t_start, t_end, span, kind, tokens, term):
                # ・主査　木下　亮：病気休職から復帰: the name labels the item, the note is its state
                hits[nominal.fact_span(text, t_start, span)] = (term, kind, f"（{who}の項目）", t_start, 0.7)
                covered.add(span)
            elif (where := nominal.nominal_position(text, t_start, t_end)) \
                    and (nominal.about_person(text) or nominal.heading_person(text, t_start)) \
                    and not _said_of_no_one(text, t_start, t_end, span, kind, tokens, term):
                # ・脳血管性認知症, 現状：不登校。, a cell of a case list: a record lists what is
                # true of its person, no verb is needed (fail closed)
                hits[nominal.fact_span(text, t_start, span)] = (term, kind, f"（{where}）", t_start, 0.7)
                covered.add(span)  # (the next term of the same item is part of this finding)
                if bracket:
                    covered.add((bracket.start() + 1, bracket.end() - 1))  # ・うつ病（通院中）: one item
            else:
                weak.setdefault(span, t_start)
                weak_terms.setdefault(span, (t_start, t_end, term, kind))
        # A clause with a term but no predicate of its own belongs to the
        # finding it is joined to by 、 (要介護1の認定を受けており、認知機能の低下がみられる).
        # (Neighbours are looked up by their ends; the one found first wins.)
        order = {sp: i for i, sp in enumerate(hits)}
        by_end, by_start = {sp[1]: sp for sp in hits}, {sp[0]: sp for sp in hits}
        # (a clause that is a finding of its own keeps it, unless it states a consequence)
        for span in sorted((set(weak) - set(hits)) | _consequence_clauses(text, hits)):
            left, right = by_end.get(span[0] - 1), by_start.get(span[1] + 1)
            joined = [o for o, sep in ((left, span[0] - 1), (right, span[1])) if o and text[sep] == "、"]
            if joined:
                term, kind, why, _, score = hits[min(joined, key=order.__getitem__)]
                hits[span] = (term, kind, why, weak.get(span, span[0]), score)  # (its subject is cut)
                order.setdefault(span, len(order))
                by_end[span[1]], by_start[span[0]] = span, span
        self._log_untied(text, tokens, {sp: w for sp, w in weak_terms.items() if sp not in hits})
        fields = [f for f in self._field_findings(text) if not _property_damage(text, f)]
        fields += [f for f in self._record_findings(text, fields) if not _property_damage(text, f)]
        if not hits:
            yield from fields
            return
        particle_ends = _subject_ends(tokens)
        ends, starts = {e for _, e in hits}, {s for s, _ in hits}
        spans: list[list[Any]] = []  # [start, end, term, kind, why, score, core], grown in place below
        for (start, end), (term, kind, why, term_start, score) in sorted(hits.items()):
            joined_before = text[start - 1:start] == "、" and start - 1 in ends
            joined_after = text[end:end + 1] == "、" and end + 1 in starts
            if not joined_before:
                start = _trim_start(text, start, term_start, particle_ends)
            admin = _ADMIN_DATE.match(text, start, max(term_start, end))
            if admin:
                start = admin.end()  # 令和6年7月1日付けで|休職: the date an office acted, a DATE of its own
            if not joined_after:
                end = _trim_end(text, start, end, term_start, term_start + len(term))
            while start < end and text[start] == " ":
                start += 1
            core = (start if joined_before else _core_start(text, start, term_start, kind), end)
            spans.append([start, end, term, kind, why, score, core, term_start])
        # each finding grows over the clause that states the fact, up to its
        # neighbours (the one before as grown, the one after as trimmed)
        token_at_end = {t.end: t for t in tokens}
        topics = [e for e in particle_ends if _closes_subject(text, e, token_at_end)]
        for i, sp in enumerate(spans):
            lo = spans[i - 1][1] if i else 0
            hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            sp[0], sp[1] = _extend(text, token_at_end, tokens, sp[0], sp[1], lo, hi, topics)
        # a clause inside a field's value (認定区分　第2段階（世帯全員が…非課税で、…）)
        # is told by the field, which holds all of it
        spans = [sp for sp in spans if not any(f.start <= sp[0] and sp[1] <= f.end for f in fields)]
        # a quoted threat the clause reaches (「殺すぞ」|と怒鳴り): the clause stopped at the
        # bracket, the words said are part of the same act
        for f in [f for f in fields if f.entity_type == "SENSITIVE" and records.is_threat(f)]:
            for sp in spans:
                if f.start <= sp[1] and sp[0] <= f.end:
                    sp[0], sp[1] = min(sp[0], f.start), max(sp[1], f.end)
                    sp[6] = (min(sp[6][0], f.start), sp[6][1])
                    fields.remove(f)
                    break
        # a record or a field the clause overlaps (配偶者からの暴力に関する|相談記録: the
        # clause stops at its verb, the record names what was asked for) is one
        # finding with it, as wide as both
        for f in [f for f in fields if f.entity_type == "SENSITIVE"]:
            for sp in spans:
                if f.start < sp[1] and sp[0] < f.end:
                    sp[0], sp[1] = min(sp[0], f.start), max(sp[1], f.end)
                    while sp[1] > sp[0] + 1 and text[sp[1] - 1] in "。 　":
                        sp[1] -= 1  # (a field's value ran to the line end: the sentence's 。 is no part)
        for start, end, term, kind, why, score, core, term_start in spans:
            place_end = institution_lead_end(text, start, term_start, _term_matches)
            if place_end is not None:
                start = place_end  # 北浜市民病院に|入院中: the institution is an organisation's name, not the fact
                core = (max(core[0], start), core[1])
            family = _FAMILY_SUBJECT.search(text, max(0, start - 4), start)
            if family and family.end() == start and _clause_starts(text, family.start()):
                start = family.start()  # 夫が|人工透析を受けている: whose condition it is, as readers mark it
                core = (start, core[1])
            while end > start + 1 and text[end - 1] in " 　\t":
                end -= 1  # （　…で生活　）: the space before a bracket closes is no part of it
            core = (core[0], min(core[1], end))
            reason = f"要配慮個人情報（{term}）を特定の人について記載{why}"
            # (the core as offsets from the finding's start: the analyzer moves
            # start and end from the chunk to the document, not attributes)
            yield self.result("SENSITIVE", start, end, score, reason, kind=kind, term=term,
                              core=(core[0] - start, core[1] - start))
        # a field's value the clause reading already holds is not told twice
        yield from (f for f in fields if not any(s < f.end and f.start < e for s, e, *_ in spans))

    @staticmethod
    def _log_untied(text: str, tokens: list[Token], left: dict[tuple[int, int], tuple[int, int, str, str]]) -> None:
        """Name the reason for each term no predicate, topic or neighbour
        tied, as it is dropped (REDACTOR_EXPLAIN_DROPS): inside a longer name
        or a field's label, no private person in its sentence, or a person but
        no tie. (Keeping the last kind for review was measured: as many
        headings, programme notes and staff matters as facts.)"""
        for span, (t_start, t_end, term, _kind) in sorted(left.items()):
            if not _may_be_predicate(text, tokens, span, t_end):
                why = "施設・書類・欄の名の一部、述語なし"
            elif not private_person_in(_sentence_without(text, t_start, t_end)):
                why = "述語も、私人を示す語もない文"
            else:
                why = "私人を示す語はあるが、その人の述語・主題・所有者として結び付かない"
            drop("SENSITIVE", text, t_start, t_end, f"「{term}」: {why}")

    def _field_findings(self, text: str) -> Iterable[RecognizerResult]:
        """Facts a record states as a field rather than a sentence: a 本籍 with
        its place (本籍地「北浜県」, 本籍　北浜県南市): 社会的身分 is read from it,
        which is why 就職差別 rules bar asking for it; and the income bracket of a
        benefit or fee decision (所得段階　第2段階（世帯全員が住民税非課税…）), which
        states one household's income and tax status."""
        for m in scan(_HONSEKI, _HONSEKI_ANCHOR, text):
            yield self.result("SENSITIVE", m.start(), m.end(), 0.8, "本籍の記載（社会的身分につながる）",
                              kind="origin", term="本籍")
        for m in scan(_FIELD, _FIELD_ANCHOR, text):
            value = m.group("value").rstrip(" 　").rstrip("。．")  # (the sentence's stop is no part of the value)
            label = m.group("label")
            graded_value = _FIELD_KIND.get(label) in ("care", "disability") and _GRADE_VALUE.fullmatch(value)
            if not graded_value and (not _NAME_CHAR.search(value) and not re.search(r"[ぁ-ん]", value)
                                     or _BLANK_FORM.search(value)):
                continue  # an empty field or a template's boxes (要介護度：３ is a grade, the value)
            if _NOTHING.match(value):
                continue  # 負傷：なし
            if text[m.start("label") - 1:m.start("label")] == "の" and not (
                    label in _FIELD_KIND and re.search("[:：]", text[m.end("label"):m.start("value")])):
                continue  # 相手方の負傷：… is a field; 事故の状況 … is prose
            if _is_heading(value):
                continue  # 要介護度<TAB>障害, 要介護度　備考: a table's heading row, no value under a label
            kind = _FIELD_KIND.get(label)
            term = label
            start = m.start("value")
            if kind is None:  # a label that says nothing: a term in the value decides
                t = _TERMS.search(value)
                while t is not None and value.startswith("者", t.end()):
                    t = _TERMS.search(value, t.end())  # ＝負傷者(…): a label naming a person, the fact after it
                if ctx.find_word(value, _POLICY_WORDS):
                    continue
                if ctx.find_word(value, _AGGREGATE_WORDS) or _COUNT.search(value):
                    drop("SENSITIVE", text, start, start + len(value), "統計: 欄の値が多数の人についての数・集計")
                    continue  # 備考　要介護認定者は市全体で３，１５０人である: a statistic, no one's fact
                if t:
                    t_start, term, kind = t.start(), t.group(0), _KIND_OF[t.group(0)]
                else:  # a fact written as an act (備考：足が不自由で外出が困難, 入浴に介助が必要)
                    act = _act_in(value)
                    if act is None:
                        continue
                    t_start, term, kind = act
                # the cell that holds the term (負傷者　北浜一郎（45歳）　|右足首骨折):
                # the name and age before it are findings of their own
                cell = max(value.rfind(" ", 0, t_start), value.rfind("　", 0, t_start))
                if cell != -1:
                    start += cell + 1
                    value = value[cell + 1:]
                    t_start -= cell + 1
                label_end = _SHORT_LABEL.match(value, 0, t_start)
                if label_end:
                    # (相談者　高田　義男：|住宅扶助の変更手続中: the name's end and its colon are not the fact)
                    start += label_end.end()
                    value = value[label_end.end():]
                    t_start -= label_end.end()
                inner = _open_bracket_before(value, t_start)
                if inner is not None:
                    # 妻)=負傷者(顔面に熱傷(中等症)、…に搬送): the bracket that holds the term
                    # is the fact; the name, age and label before it are findings of their own
                    start += inner + 1
                    value = value[inner + 1:]
                    if value.endswith(")") and value.count(")") > value.count("("):
                        value = value[:-1]
            yield self.result("SENSITIVE", start, start + len(value), 0.8,
                              f"要配慮個人情報の欄（{label}）の記載", kind=kind, term=term)
        yield from self._table_cell_findings(text)
        for m in scan(_LABEL_BRACKET, _LABEL_BRACKET_ANCHOR, text):
            value = m.group("value")
            t = _TERMS.search(value)
            if t is None and not _DISEASE_NAME_END.search(value):
                continue  # 診断名（別紙のとおり）: the bracket names no condition
            yield self.result("SENSITIVE", m.start("value"), m.end("value"), 0.8,
                              f"要配慮個人情報の欄（{m.group('label')}）の記載", kind=_FIELD_KIND[m.group("label")],
                              term=t.group(0) if t else m.group("label"))
        for m in scan(_BRACKET_FIELD, _BRACKET_ANCHOR, text):
            value = m.group("value").rstrip(" 　\t")
            if not value:
                continue
            yield self.result("SENSITIVE", m.start("value"), m.start("value") + len(value), 0.8,
                              f"所得・課税の区分（{m.group('label')}）を特定の世帯について記載",
                              kind="income", term=m.group("label"))

    def _record_findings(self, text: str, fields: list[RecognizerResult]) -> list[RecognizerResult]:
        """Facts written as data (_sensitive_records): the contents of an
        incident or a disclosure request (病名及び障害等級が記載された名簿を紛失),
        a record asked for about oneself (自身の診療録), a grade alone in a
        cell (要介護3), a form's ticked option (☑ 生活保護受給), a
        space-aligned table's cell; one a field already holds is not told twice."""
        found = list(records.data_items(text, _kind_of))
        found += records.own_records(text)
        found += records.grade_cells(text)
        found += records.marked_options(text, _kind_of)
        found += records.spaced_cells(text, _TABLE_HEADINGS, _kind_of, _TABLE_KIND.get)
        found += records.term_cells(text, _kind_of, _TABLE_HEADINGS)
        found += records.threats(text)
        out: list[RecognizerResult] = []
        taken = [(f.start, f.end) for f in fields]
        for start, end, kind, term, reason in sorted(found):
            if any(s <= start and end <= e for s, e in taken):
                continue
            taken.append((start, end))
            out.append(self.result("SENSITIVE", start, end, 0.8, reason, kind=kind, term=term))
        return out

    def _table_cell_findings(self, text: str) -> Iterable[RecognizerResult]:
        """A TAB table's cells under a heading that says what they hold (氏名
        <TAB>病名 over 北浜 花子<TAB>関節リウマチ): the cell is the fact about the
        row's person. Under a heading that says nothing of its own (備考, 状況)
        a cell counts only when it holds a term (生活保護受給)."""
        for start, end, heading in cells_under(text, _TABLE_HEADINGS):
            value = text[start:end]
            if _NOTHING.match(value) or _BLANK_FORM.search(value) or not (
                    _NAME_CHAR.search(value) or re.search(r"[ぁ-ん]", value) or _TERMS.search(value)):
                continue  # 負傷<TAB>なし, an empty form's boxes, a bare number (not HbA1c 9.4%: a term)
            kind = _TABLE_KIND.get(heading)
            term = heading
            if kind is None:
                t = _TERMS.search(value)
                if not t or ctx.find_word(value, _POLICY_WORDS) or ctx.find_word(value, _AGGREGATE_WORDS) \
                        or _COUNT.search(value):
                    continue  # (a programme or a statistic in the cell: no one's fact)
                term, kind = t.group(0), _KIND_OF[t.group(0)]
            yield self.result("SENSITIVE", start, end, 0.8, f"要配慮個人情報の表の列（{heading}）の記載",
                              kind=kind, term=term)

    def refine(self, text: str, findings):
        """Clauses of one statement, split only by 、, form one finding
        (injuries only with injuries: the policy treats them apart)."""
        mine = sorted((f for f in findings if f.recognizer == self.name), key=lambda f: f.start)
        rest = [f for f in findings if f.recognizer != self.name]
        mine = [_yield_to_others(text, _whole_item(text, f, rest), rest) for f in mine]
        merged: list[Finding] = []
        for f in mine:
            if merged and text[merged[-1].end:f.start] == "、" and \
                    (merged[-1].attributes.get("kind") == "injury") == (f.attributes.get("kind") == "injury"):
                prev = merged.pop()
                attrs = dict(prev.attributes)
                if f.attributes.get("kind") != attrs.get("kind"):
                    attrs["also"] = sorted(set(attrs.get("also", [])) | {f.attributes["kind"]})
                f = Finding("SENSITIVE", prev.start, f.end, text[prev.start:f.end], max(prev.score, f.score),
                            prev.recognizer, reason=prev.reason, attributes=attrs)
            merged.append(f)
        return rest + merged


# 本籍 with its place as a record states it: 本籍地「北浜県」, 本籍：北浜県南市,
# 本籍は北浜県. Not 「本籍地の市区町村」 (a procedure) nor 「本籍地が…の方は」 (whom a
# rule is for).
_HONSEKI = re.compile(
    rf"本籍(?:地)?(?:[はが]|[ 　]*[:：][ 　]*|[ 　\t]+)?「?(?>(?:[{KANJI_PLACE}]{{1,12}}?(?:都|道|府|県)"
    rf"[{KANJI_PLACE}]{{0,12}}?(?:市|区|町|村|郡)?|[{KANJI_PLACE}]{{1,8}}?(?:市|区|町|村))"
    rf"(?:[{KANJI_PLACE}0-9\-－ー]|の(?=[0-9一二三四五六七八九十])){{0,24}}」?)(?!の方|の人|の者|の市|の区|の町|の村)")
_HONSEKI_ANCHOR = re.compile("本籍")
# The income bracket of a decision (介護保険の負担限度額, 保育料, 保険料の段階):
# a form field's label, a separator, and its value to the end of the line.
_BRACKET_LABELS = tuple(_DATA["income"]["labels"])
_BRACKET_FIELD = re.compile(
    rf"(?:^|(?<=[\t 　]))(?P<label>{words_regex(_BRACKET_LABELS)})(?:[ 　]*[:：][ 　]*|[ 　\t]+)"
    r"(?P<value>(?:第|[0-9０-９一二三四五六七八九十]|[A-ZＡ-Ｚ]|要|非|課|低|市|町|村|区|住|生|世|境|免|減)[^\n\t]{0,80})",
    re.M)
_BRACKET_ANCHOR = re.compile(f"(?:{words_regex(_BRACKET_LABELS)})(?:[ 　]*[:：]|[ 　\t])")
# A field of a record whose label says its value is a sensitive fact
# (病名：統合失調症) or whose value holds a term (備考　生活保護受給中); see [fields].
_FIELD_KIND = {label: kind for kind, labels in _DATA["fields"]["kinds"].items() for label in labels}
# (a table's general headings, 身体状況 or 配慮事項, label a form's field too)
_FIELD_LABELS = (list(_FIELD_KIND) + _DATA["fields"]["general"] + _DATA["fields"]["persons"]
                 + _DATA["fields"]["table_general"])
_FIELD = re.compile(
    # (after a numbered item's mark too: ３．けがの状況, (2)病名)
    rf"(?:^|(?<=[\t 　・、の．.）)]))(?P<label>{words_regex(_FIELD_LABELS)})(?:[（(][^）)\n]{{1,10}}[）)])?"
    # (a two-column table's rule stands for the colon: 病名｜喘息, 病名 | 喘息)
    r"(?:[ 　]*[:：｜|│┃][ 　]*|[ 　\t]+)"
    r"(?P<value>(?![等の を に は が も な]|など)[^\n\t｜|│┃]{1,60})", re.M)
_FIELD_ANCHOR = re.compile(f"(?:{words_regex(_FIELD_LABELS)})(?:[（(][^）)\n]{{1,10}}[）)])?(?:[ 　]*[:：｜|│┃]|[ 　\t])")
# An item's mark at a finding's start (・, （１）, ①, ※): the list's, not the fact's.
_ITEM_MARK = re.compile(r"(?:[・■□◆◇●○※\-－*]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[①-⑳])[ 　]*")


# A word of a person's history before a fact (以前、|刑務所に入っていた): when it held
# is part of what is told, not a date of its own.
_HISTORY_LEAD = re.compile(r"(?:以前|昔|かつて|過去|前|若い頃)(?:に)?(?:も|は)?[、 ]?$")
# The head of a bracket the fact stands in (（１）|住居侵入|（執行猶予中）): an
# offence's or a condition's name in kanji or katakana, alone on its item.
_BRACKET_HEAD = re.compile(rf"[{KANJI}ァ-ヶーＡ-Ｚａ-ｚA-Za-z][{KANJI}ァ-ヶー・Ａ-Ｚａ-ｚA-Za-z]{{1,19}}$")
_ITEM_START = re.compile(r"(?:^[ 　]*(?:[・■□◆◇●○※\-－*]|[（(][0-9０-９]{1,2}[）)]|[①-⑳])?|[\t｜|│┃:：])[ 　]*$")


_ITEM_END = re.compile(r"[ 　]*(?:[。、\t｜|│┃\n（(]|$)")
_OFFENCE_END = ("違反", "罪", "事件", "容疑")


def _names_an_offence_or_condition(head: str) -> bool:
    """Whether a bracket's head names a fact (住居侵入, 道路交通法違反, 喘息),
    not a record's label (障害名, 診断名) nor a name (北浜一郎（療育Ａ判定）)."""
    if head in _FIELD_KIND or head.endswith("名"):
        return False
    return head in _VICTIM_CRIMES or head.endswith(_OFFENCE_END) or head in _KIND_OF \
        or _DISEASE_NAME_END.search(head) is not None


# A bracketed note after a fact that holds a term of its own (dates and all).
_LONG_NOTE = re.compile(r"[（(][^（()）。\n]{1,40}[）)]")


def _whole_item(text: str, f: Finding, others: list[Finding] | None = None) -> Finding:
    """The finding without an item's mark before it and with the note of the
    fact's course after it (・|療育手帳Ａ（交付済み）|, 要支援２（更新申請中）): the
    end of a fact is where independent readers miss most, and a list states
    the course in a bracket (see _extent.with_trailing_note)."""
    start, end = f.start, f.end
    mark = _ITEM_MARK.match(text, start)
    if mark and mark.end() < end and not text[text.rfind("\n", 0, start) + 1:start].strip(" 　"):
        start = mark.end()
    end = with_trailing_note(text, end, course=True)
    note = _LONG_NOTE.match(text, end)
    if note and _TERMS.search(note.group(0)):
        end = note.end()  # …疑いあり|（経済的虐待として令和６年６月に虐待認定）: the note names the fact again
    history = _HISTORY_LEAD.search(text, max(0, start - 6), start)
    if history and (_clause_starts(text, history.start()) or text[history.start() - 1] in "はも"):
        start = history.start()
    if text[start - 1:start] in ("（", "(") and text[end:end + 1] in ("）", ")"):
        line_start = text.rfind("\n", 0, start - 1) + 1
        head = _BRACKET_HEAD.search(text, line_start, start - 1)
        if head and _ITEM_START.search(text[line_start:head.start()]) is not None and _ITEM_END.match(text, end + 1) \
                and _names_an_offence_or_condition(head.group(0)) and not any(
                o.start < start - 1 and head.start() < o.end for o in others or ()):
            start, end = head.start(), end + 1  # (１)|住居侵入（執行猶予中）|: the item is the fact
    if (start, end) == (f.start, f.end):
        return f
    attrs = dict(f.attributes)
    if "core" in attrs:  # (offsets from the finding's start)
        shift = start - f.start
        attrs["core"] = (max(0, attrs["core"][0] - shift), max(0, attrs["core"][1] - shift))
    return Finding(f.label, start, end, text[start:end], f.score, f.recognizer, reason=f.reason,
                   attributes=attrs)


def _open_bracket_before(value: str, pos: int) -> int | None:
    """The index of the bracket still open at ``pos`` in ``value`` (the
    innermost but one that closes before it), or None."""
    opened: list[int] = []
    for i, ch in enumerate(value[:pos]):
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            opened.pop()
    return opened[-1] if opened else None


# A field's label with its value in brackets, as a decision or an answer cites
# a form's field (意見書の診断名（脳梗塞後遺症、糖尿病）, 障害名（下肢機能障害）):
# the value is the fact; the label alone (診断名を不開示とした) is none. Labels of
# a kind only ([fields.kinds]), not 備考: a general label's bracket is an aside.
_KIND_LABELS = words_regex(sorted(_FIELD_KIND, key=len, reverse=True))
_LABEL_BRACKET = re.compile(rf"(?<![{KANJI_ODORIJI}ァ-ヶー])(?P<label>{_KIND_LABELS})[（(](?P<value>[^（）()\n「」]{{2,60}})[）)]")
_LABEL_BRACKET_ANCHOR = re.compile(rf"(?:{_KIND_LABELS})[（(]")
# A word shaped like a disease's name (…症, …病, …炎) in such a value.
_DISEASE_NAME_END = re.compile(rf"[{KANJI_ODORIJI}ァ-ヶー]{{1,12}}(?:{words_regex(_DISEASE['endings'])})(?:[、・]|$)")
# The headings of a TAB table's columns that hold a fact about each row's
# person: the field labels and [fields.table_kinds] / table_general.
_TABLE_KIND = dict(_FIELD_KIND)
_TABLE_KIND.update({label: kind for kind, labels in _DATA["fields"]["table_kinds"].items() for label in labels})
_TABLE_HEADINGS = frozenset(_TABLE_KIND) | frozenset(_DATA["fields"]["general"]) | frozenset(_DATA["fields"]["table_general"])
# Headings a table's heading row holds beside the labels above.
_COMMON_HEADINGS = frozenset({"氏名", "住所", "年齢", "性別", "生年月日", "電話", "電話番号", "連絡先", "番号", "No", "No.",
                              "続柄", "職業", "学校名", "学年", "区分", "地区", "行政区", "年代", "対応",
                              "対応状況", "担当", "担当者"})


def _row_has_heading_cell(text: str, pos: int) -> bool:
    """Whether the TAB row at ``pos`` holds a known column heading: the positive
    evidence a heading row needs (a data row of short cells looks the same)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return any(_is_heading(c) for c in text[start:end if end != -1 else len(text)].split("\t"))


def _is_heading(cell: str) -> bool:
    """Whether a table cell is a column's heading, not a value."""
    name = cell.strip(" 　").split("\t")[0].replace("　", "").replace(" ", "")
    return name in _TABLE_HEADINGS or name in _FIELD_KIND or name in _COMMON_HEADINGS


# A grade alone as a field's value (要介護度：３, 療育手帳：Ａ, 手帳等級　２級).
_GRADE_VALUE = re.compile(r"(?:要(?:介護|支援))?[1-5１-５一二三四五](?:級|度)?|第?(?:[1-9]|1[0-4])級|[AＡBＢ][1-2１２]?")
_NOTHING = re.compile(r"(?:特に)?(?:なし|無し|無|ない|不明|該当なし|異常なし)(?:[。 　]|$)")
_BLANK_FORM = re.compile(r"[□☐■◯○＿_]|記入|該当|有・無|あり・なし|有無")


_PERSON_END = re.compile("(?:" + words_regex(_DATA["person"]["anchors"] + _DATA["person"]["subject_ends"]) + ")$")


def _person_before(text: str, pos: int, by_end: dict) -> bool:
    """Whether the word before ``pos`` names a person (夫が, 森さんが, 本児が):
    a が after it closes the statement's subject; after 収入, 障害 or 支援員 it
    is part of what the statement says."""
    tok = by_end.get(pos)
    return (tok is not None and tok.is_person_name) or bool(_PERSON_END.search(text, max(0, pos - 6), pos))


def _closes_subject(text: str, end: int, by_end: dict) -> bool:
    """Whether the particle ending at ``end`` closes whom the statement is
    about: any topic は or も (相手方は), but が and a は after a case particle
    (足には, 病院では) only after a person word (夫が, 相手方には)."""
    p = text[end - 1]
    if p == "が":
        return _person_before(text, end - 1, by_end)
    if p == "は" and text[end - 2:end - 1] in ("に", "で", "と", "へ") and end - 2 > 0:
        return _person_before(text, end - 2, by_end)
    return True


def _subject_ends(tokens: list[Token]) -> list[int]:
    """Ends of the particles that close a clause's subject or topic
    (相手方は, 相手方には, 男児が, 本人も), and of the phrases that name whom the
    clause is about (お子さんについて); not も after a word of time (現在も通院中:
    how long the state holds, part of the fact)."""
    out = []
    prev = None
    for t in tokens:
        if t.pos[0] == "助詞" and t.surface in ("は", "が", "も") and t.pos[1] in ("係助詞", "格助詞"):
            if not (t.surface == "も" and prev is not None and prev.surface in _STILL_WORDS):
                out.append(t.end)
        elif t.surface == "て" and prev is not None and prev.surface in ("つい", "関し", "対し") and t.pos[1] == "接続助詞":
            out.append(t.end)  # について, に関して, に対して
        prev = t
    return out


_STILL_WORDS = frozenset({"現在", "今", "いま", "今なお", "当時", "以前", "従前", "現時点", "その後", "今後", "依然"})
# Where a segment of a sentence ends: 、 and the clause breaks; a line end
# too, unless the line was wrapped inside the sentence (_soft_break).
_SEGMENT_END = "、。「」()（）\n\t"
_DATE_WORD = re.compile(r"\d{1,4}[年月日時]|令和|平成|昭和|[日月火水木金土]曜")
# 接続助詞 after which a new statement starts (…付いているが、当時は…).
_ADVERSATIVE = frozenset({"が", "けど", "けれど", "けれども", "のに", "ものの"})


def _soft_break(text: str, i: int) -> bool:
    """A line end at ``i`` that wraps a sentence (相手方⏎は左肩を脱臼し、1か月⏎間通院した),
    a record's long item too (``_extent.soft_line_break``)."""
    return soft_line_break(text, i, items_wrap=True)


def _segment_start(text: str, pos: int, lo: int) -> int:
    i = pos
    while i > lo and (text[i - 1] not in _SEGMENT_END or (text[i - 1] == "\n" and _soft_break(text, i - 1))):
        i -= 1
    return i


def _segment_end(text: str, pos: int, hi: int) -> int:
    i = pos
    while i < hi and (text[i] not in _SEGMENT_END or (text[i] == "\n" and _soft_break(text, i))):
        i += 1
    return i


def _after_time_word(text: str, pos: int) -> bool:
    return any(text.endswith(w, 0, pos) for w in _STILL_WORDS)


def _continues(tok: Token | None) -> bool:
    """A predicate that leaves its sentence open for the next clause of the
    same statement: a 連用形 (接触し、, 失い、, 通院中で、), a て-form, or ため."""
    if tok is None:
        return False
    p = tok.pos
    if p[0] in ("動詞", "助動詞", "形容詞") and p[5].startswith("連用形"):
        return True
    if p[0] == "助詞" and p[1] == "接続助詞" and tok.surface in ("て", "で", "ながら", "つつ", "ので"):
        return True
    return tok.surface == "ため"


def _adverbial(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A short segment set off by 、 that only says how often or when in
    relative terms (週2回、 その後、 現在、): part of the clause it leads. A
    date (令和6年5月1日、) is not: it is a quasi-identifier of its own."""
    seg = text[start:end].strip(" 　")
    if not 0 < len(seg) <= 6 or _DATE_WORD.search(seg):
        return False
    i = bisect_left(tokens, start, key=_token_start)
    last = None
    while i < len(tokens) and tokens[i].start < end:
        last = tokens[i]
        if last.pos[0] in ("動詞", "助動詞", "接続詞") or last.is_person_name:
            return False
        i += 1
    # 担任から、 市に、: an argument of its own verb, not a time or a frequency;
    # また、 なお、 (接続詞): a new statement
    return last is not None and last.pos[0] != "助詞"


_CASE_PARTICLES = frozenset("でにのをとが")
_NOUN_BRACKET = re.compile(rf"(?P<noun>[{KANJI_ODORIJI}ァ-ヶー・]{{1,16}})[（(][^（）()\n。、]{{1,20}}[）)]$")
# Nouns of an offence (刑法・道路交通法 as charges are written: …違反, …罪, …の容疑).
_OFFENCE_ENDS = ("違反", "罪", "容疑", "嫌疑")


def _extend(text: str, by_end: dict, tokens: list[Token], start: int, end: int, lo: int, hi: int,
            subject_ends: list[int]) -> tuple[int, int]:
    """The finding grown over the clause that states the fact about the
    person, as readers mark it: back over the clauses of the same statement
    joined by 、 (乗用車と接触し、|右足を骨折しました; 週2回、|病院で透析を受け) up to
    the subject (…が|), forward over the clauses that go on from its
    predicate (脱臼し、|1か月間通院した; 診断を受けており、|支援員が付いている) up
    to 。, a new topic (…は) or an adversative が; and a term in brackets
    after the word it qualifies (施設入所|（要介護4）) with that word."""
    if start > lo and text[start - 1:start] in "（(" and text[end:end + 1] in "）)" and end < hi:
        w = start - 1
        while w > lo and start - 1 - w < 12 and text[w - 1] not in " 　\t\n、。「」（）()":
            w -= 1
        if w < start - 1 and _TERMS.search(text, w, start - 1):
            start, end = w, end + 1
    # an offence or a condition with its bracket right before the predicate's
    # particle (道路交通法違反（酒気帯び運転）|で検挙された, 腰椎の圧迫骨折（全治3か月）|の
    # ため): the clause broke at the bracket, but what the person was charged
    # with or suffers is the argument of the same predicate
    if start > lo and text[start - 1] in "）)" and text[start:start + 1] in _CASE_PARTICLES:
        m = _NOUN_BRACKET.search(text, max(lo, start - 40), start)
        if m and (_TERMS.search(m.group(0)) or m.group("noun").endswith(_OFFENCE_ENDS)
                  or text.startswith(_OFFENCE_ENDS, start + 1)):  # 建造物侵入（未遂）|の容疑で
            start = m.start()
    # a が or には that closes no person (収入が|なく、家賃を払えない; 足には|あざが
    # あった) is part of the statement
    if start > lo and text[start - 1] in "がは" and start not in subject_ends:
        seg_start = _segment_start(text, start, lo)
        cut = [e for e in subject_ends if seg_start < e < start]
        new = max(cut) if cut else seg_start
        lead = _TIME_LEAD.match(text, new, start)
        new = lead.end() if lead else new
        while new < start and text[new] in " 　":
            new += 1
        start = min(start, new)
    # backward
    for _ in range(3):
        sep = start - 1
        if sep <= lo or text[sep] != "、":
            break
        seg_start = _segment_start(text, sep, lo)
        if not (_continues(by_end.get(sep)) or _adverbial(text, tokens, seg_start, sep)):
            break
        cut = [e for e in subject_ends if seg_start < e <= sep]
        new = max(cut) if cut else seg_start
        lead = _TIME_LEAD.match(text, new, sep)
        if lead:
            new = lead.end()
        speaker = _SPEAKER.match(text, new, sep)
        if speaker:
            new = speaker.end()
        while new < sep and text[new] in " 　":
            new += 1
        if new >= sep:
            break
        start = new
        if cut or lead or speaker:
            break
    # forward
    open_ = _continues(by_end.get(end))
    for _ in range(3):
        if end >= hi or text[end] != "、":
            break
        seg_end = _segment_end(text, end + 1, hi)
        if seg_end <= end + 1:
            break
        if _ADMIN_DATE.match(text, end + 1, seg_end):
            break  # 、令和6年7月1日付けで…: the office's act, told with its own date
        if any(end + 1 < e <= seg_end and text[e - 1] == "は" and not _after_time_word(text, e - 1)
               for e in subject_ends):
            break  # a new topic: another statement (not 現在は: when the state holds)
        if _adverbial(text, tokens, end + 1, seg_end):
            end, open_ = seg_end, True
            continue
        if not open_:
            break
        new = _trim_end(text, end + 1, seg_end, end + 1)
        tok = by_end.get(new)
        stop = new < seg_end or text[seg_end:seg_end + 1] != "、"
        if tok is not None and tok.pos[1] == "接続助詞" and tok.surface in _ADVERSATIVE:
            new, stop = tok.start, True
        end = new
        open_ = _continues(by_end.get(end))
        if stop:
            break
    return start, end


# The date an office's act took effect (令和6年7月1日付けで, 同日付で): the
# office's date, kept as written; the fact starts after it.
_ADMIN_DATE = re.compile(r"[ 、]*(?:(?:令和|平成|昭和)?(?:\d{1,4}|元)年度?)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
                         r"(?<=[年月日])(?:付け|付)(?:で|をもって|にて)?[ 、]*|[ 、]*同日付(?:け)?で?[ 、]*")
_STATE_LEAD = re.compile(r"(?:[ 、]*(?:最近|近年|現在|現時点で|このたび|この度|毎週|毎月|毎日|毎朝|毎晩|週末|休日)(?:も|に|には)?)+[ 、]*")
_NP = re.compile(rf"[{KANJI_PLACE}ァ-ヶー0-9・]+$")


# An amount right before an arrears term (計38万円|滞納, 約12万円を|滞納): the sum
# owed is a quantity of its own (AMOUNT, judged by the risk check), not the fact.
_AMOUNT_BEFORE = re.compile(r"[0-9０-９][0-9０-９,，.．]*(?:億|万|千)?[0-9０-９,，]*(?:万|千)?円(?:余り?|程度|ほど|以上)?(?:を|が|も)?$")


def _core_start(text: str, start: int, term_start: int, kind: str) -> int:
    """The start of the fact itself, inside the clause: after a word that
    says the state holds (現在, 最近), for an injury at the injured part
    (転倒して|左手首を骨折した), for a death at the term (自宅で|倒れているのを
    発見). The finding reaches further (_extend); what lies between is given
    up where another recognizer found a value there (_yield_to_others)."""
    m = _STATE_LEAD.match(text, start, term_start)
    if m:
        start = m.end()
    lead = _TIME_LEAD.match(text, start, term_start)
    if lead:
        start = lead.end()
    if kind == "death":
        return max(start, term_start)
    if kind == "arrears" and _AMOUNT_BEFORE.search(text, start, term_start):
        return term_start  # 計38万円|滞納している: how much is an AMOUNT of its own, the fact is the arrears
    if kind == "injury":
        np_start = term_start
        m = _NP.search(text, start, np_start)
        if m:
            np_start = m.start()
        for _ in range(2):  # 左手首を骨折, 膝の怪我, 右足の関節を脱臼
            if np_start - 1 > start and text[np_start - 1] in "をの":
                m = _NP.search(text, start, np_start - 1)
                if not m:
                    break
                np_start = m.start()
        start = max(start, np_start)
    return start


_LEADING = " 　、のがはにでとをも"


def _yield_to_others(text: str, f: Finding, others: list[Finding]) -> Finding:
    """The finding without the reach of _extend that holds another
    recognizer's value (女児の|腕にあざがある: 女児 is a GENDER, 2年生で、|…: a
    school year): a quasi-identifier stays its own finding, so that the risk
    check still counts it and the policy decides it. The fact itself (the
    core) is never given up."""
    core = f.attributes.pop("core", None)
    if not core:
        return f
    cs, ce = f.start + core[0], f.start + core[1]
    start, end = f.start, f.end
    for o in others:
        if o.label == "SENSITIVE" or o.end <= start or o.start >= end:
            continue
        if o.start < cs:
            start = max(start, min(o.end, cs))
        if o.end > ce:
            end = min(end, max(o.start, ce))
    while start < cs and text[start] in _LEADING:
        start += 1
    while end > ce and text[end - 1] in " 　、":
        end -= 1
    if (start, end) == (f.start, f.end):
        return f
    return Finding("SENSITIVE", start, end, text[start:end], f.score, f.recognizer, reason=f.reason,
                   attributes=f.attributes)


_NAME_CELL_END = re.compile(rf"[{KANJI_ODORIJI}ァ-ヶー]")


# A short label and its colon at a clause's start (仁：, 現状：): no kana, no sentence mark.
_SHORT_LABEL = re.compile(r"[^\s:：、。「」()（）ぁ-ゖ]{1,6}[ 　]*[:：][ 　]*")


def _trim_start(text: str, start: int, term_start: int, particle_ends: list[int]) -> int:
    """Drop the subject before the condition (相手方は|…), a table row's
    other cells, a speaker's mark and a date that sets the scene. What the
    person did or suffered before it stays: it is part of the fact as told
    (乗用車と接触して|右足を骨折, 自宅で|倒れているのを発見され)."""
    cut = [e for e in particle_ends if start < e <= term_start]
    if cut:
        start = max(cut)
    # a table row (cells set off by TABs, or by spaces when the line holds
    # three or more): the fact is its cell, not the row's name and address
    # (the text is normalised: ｜ reads |, and the bars of ruled tables │┃ read TABs)
    cell = max(text.rfind(sep, start, term_start) for sep in "\t|")
    # (the recognizers read NFKC text: a 全角空白 is one space there)
    gap = max(text.rfind("　", start, term_start), text.rfind(" ", start, term_start))
    if cell == -1 and gap > start and _NAME_CELL_END.match(text[gap - 1]) and "、" not in text[start:gap] \
            and not _TERMS.search(text, start, gap):
        cell = gap  # ・北浜一郎　|下肢機能障害２級: a list's cells set off by a space (胸部Ｘ線　要精密検査 is one fact)
    if cell == -1:
        line_start, line_end = line_span(text, term_start)
        if text.count(" ", line_start, line_end) >= 3:
            cell = text.rfind(" ", start, term_start)
    if cell != -1:
        start = cell + 1
    speaker = _SPEAKER.match(text, start, term_start)
    if speaker:
        start = speaker.end()  # ○福祉部長　|…: who speaks is not the fact
    field = _FIELD.match(text, start, term_start + 1)
    if field and field.start("value") <= term_start:
        start = field.start("value")  # 備考　|生活保護受給中: the label is not the fact
    label = _SHORT_LABEL.match(text, start, term_start)
    if label:
        start = label.end()  # 大野　仁：|病気休暇中: the label (a name's end, a field) says whose, not what
    lead = _TIME_LEAD.match(text, start, term_start)
    if lead:
        start = lead.end()  # 本年4月に|生活保護の申請に行った: when is not the fact
    return start


def _trim_end(text: str, start: int, end: int, term_start: int, term_end: int = 0) -> int:
    """End at the predicate: not the noun it modifies, not 「ものである」, not
    「との連絡があった」. A verb form inside the term itself modifies the
    term's own noun (事理を弁識する|能力を欠く: 民法第7条's words), so the
    first one that reaches the term's end (``term_end``) counts."""
    m = next((r for r in _RELATIVE_END.finditer(text, term_start, end) if r.end() >= term_end), None)
    if m:
        end = m.end()
    m = _TOLD.search(text, term_start, end)
    if m:
        end = m.start()
    m = _ABOUT.search(text, term_start, end)
    if m:
        end = m.start()  # 娘のメンタル不調|について、学校と話し合う: the fact is the theme, what follows is not
    m = _BUT.search(text, term_start, end)
    if m:
        end = m.start()
    m = _TAIL.search(text, start, end)
    if m and m.start() > term_start:
        end = m.start()
    return end
