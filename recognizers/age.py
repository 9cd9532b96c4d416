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

Some ages carry no unit, and are ages by where they stand: a bare number
under a 年齢 or 年齢（歳） heading of a table (TAB or 全角空白 rows, read by
``_table_cells``), the newspaper bracket right after a full name or a
relative (山田花子（67）, 妻（84）), numbers listed before an age (（10、7、3歳）);
a child's age in months is one before a child word or in a bracket after a
relative (8か月の乳児, 長女（8か月）). A bare number with no such evidence
(list numbers, counts, amounts, years in the same table) is no age.

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
from redactor.finding import Finding
from redactor.first_chars import guarded  # guarded(re.compile(…)): same matches, found faster in long text
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._name_lexicon import is_given_name, is_surname, split_full_name
from redactor.recognizers._ruled_rows import as_tab_rows
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import KANJI_ODORIJI, words_regex
from redactor.tokens import Token

_WORDS = load_toml("age_context.toml", "redactor.recognizers.data")
_SEX = words_regex(_WORDS["sexes"])
# a word of life stage before one person (年配の|男性, 初老の|方; not 年配の方々, 中年期)
_LIFE_STAGE = re.compile(rf"({words_regex(_WORDS['life_stages'])})の?(?:{words_regex(_WORDS['life_stage_persons'])})(?!々|たち|達|向け|層|[一-龯])")
# Inside the bracket before the age: a name and a separator (山田 花子、), or a sex (男・).
_IN_BRACKET_BEFORE = re.compile(rf"\((?:[^()、,・。\d]{{1,12}}[、,・][ ]?|(?:{_SEX})[・、,][ ]?)?$")
# Inside the bracket after the age: a sex (・女性), then the bracket closes.
_IN_BRACKET_AFTER = re.compile(rf"(?:[・、,][ ]?(?:{_SEX}))?\)")

# Kanji ages: 十 / 二十 / 七十二 / 五 / 百二; no bare 一代, 三代 (generations).
_KANJI = r"(?:百?[二三四五六七八九]?十[一二三四五六七八九]?|百[一二三四五六七八九]?|[一二三四五六七八九])"
_YEARS = rf"(?:\d{{1,3}}|{_KANJI})"
_BAND = r"(?:前半|後半|半ば|なかば)"
_LIMIT = r"(?P<limit>以上|以下|未満|超|から|まで|～|~|-|到達|に達|になる年度|になるまで|児|代目)"
# Spaces or a hard line break between the number and 歳 (78 歳 on a printed
# form, 相談者は78⏎歳の女性 in text copied out of a PDF or typed into a
# fixed-width form) are read across; 歳出, 歳入 and 歳末 are words of their
# own (平成30⏎歳出予算, 30 歳入).
_BREAK = r"(?:[ ]*\n?[ ]*(?=[歳才](?![出入末暮月費計])))?"
_AGE = re.compile(
    rf"(?<![\d第〇一二三四五六七八九十百])(?P<pre>満[ ]?|数え年?[ ]?|当時|年齢[ ]?[:：]?[ ]?)?"
    rf"(?:(?P<band>(?:\d0|{_KANJI}*十)(?:歳|才)?代{_BAND}?)"
    rf"|(?P<exact>{_YEARS}{_BREAK}(?:歳|才)(?:\d{{1,2}}(?:か月|ヶ月|カ月|ケ月)|半(?!ば))?))"
    rf"(?:{_LIMIT})?"
)
# Only lines with a number right before an age word are scanned (every
# match has one: 72歳, 七十代, 20歳代, and 78⏎歳 across a break); 代 alone
# is in too many words (時代, 代表).
_ANCHOR = re.compile(r"[\d一二三四五六七八九十百](?:代|[ ]*\n?[ ]*[歳才])")
# 年齢　　78 (a form's label and value, spaces between), 年齢（満）78; not 年齢 78 歳
# (the age pattern has it) nor 年齢20～64 (a range in a rule).
# (the label spaced out as a form prints it, 年　齢, or written 年令; the value in kanji too, 年齢　七十二)
# (a label in brackets, （年齢）72, or alone on its line with the value under it;
# not 平均年齢 72.5, a group's figure)
_FIELD = guarded(re.compile(rf"(?:(?<![^\n])[ ]*\(?年[ ]?[齢令]\)?[ ]*[:：]?[ ]*\n[ ]*"
                    rf"|(?<!平均)(?<!平均 )\(?年[ ]?[齢令]\)?(?:\((?:満|歳|才)\))?[ ]*[:：]?[ ]*)(?P<v>\d{{1,3}}|{_KANJI})"
                    r"(?![\d〇一二三四五六七八九十百.%]|[ ]*(?:[歳才~～〜-]|から|以上|以下|未満|まで))"))
# An infant's age counts from birth (生後3か月, 生後10日); an age at death is
# written after 享年/行年, often without 歳 (享年82).
# 生後4か月までの乳児, 生後3か月児健診, 生後28日以内: a rule or a programme.
_INFANT = re.compile(rf"生後[ ]?(?P<v>\d{{1,2}}|{_KANJI})[ ]?(?>か月|ヶ月|カ月|ケ月|箇月|日|週間|週)"
                     r"(?!児|まで|以内|未満|以上|以降|から|を(?:経過|過ぎ|迎え)|頃まで|～|~|-|に達)")
_AT_DEATH = re.compile(rf"(?:享年|行年)[ ]?(?P<v>\d{{1,3}}|{_KANJI})(?![\d歳才十])")
# 御年72 (a respectful way of giving an elder's age), （当時72）: an age with no 歳.
_HONOURED = re.compile(rf"(?:御年|\(当時)[ ]?(?P<v>\d{{1,3}}|{_KANJI})(?![\d歳才十])")
# An elder's age said without 歳, as speech gives it (八十過ぎのおばあさん, もう九十近いご主人,
# 八十を超えた男性, 九十二になる方): a number of years of twenty or more with a word of
# about or of reaching, then the person (a count says 人/名/世帯 after its number: 五十近くの世帯 is no one)
_SPOKEN = re.compile(rf"(?<![\d〇一二三四五六七八九十百第])(?P<v>{_KANJI}|\d{{2,3}})"
                     r"(?P<about>過ぎ|近く|近い|手前|半ば|なかば|を超え(?:た|る)|を過ぎ(?:た|る)|を越え(?:た|る)"
                     r"|に(?:なる|なられる|なった|なられた))"
                     rf"(?:の|で、?|、)?(?=(?:{words_regex(_WORDS['spoken_age_persons'])})(?!たち|達|々|向け|[一-龯]))")
# the persons after which a number may as well be a count of people (八十を超える方が参加)
_SPOKEN_COUNTED = re.compile(r"(?:の|で、?|、)?(?:方|人|住民|患者)")
# the words of about that also qualify a count of people (八十近くの方, 百を超える人)
_COUNT_QUALIFIERS = frozenset(["近く", "近い", "手前", "を超えた", "を超える", "を過ぎた", "を過ぎる", "を越えた", "を越える"])
_SPOKEN_ANCHOR = re.compile(r"過ぎ|近|手前|半ば|なかば|を[超過越]え|にな")
# A bracket holding a sex and a bare number (（女性、72）, （72・男）): a person's
# age, whoever stands before it (相談者（女性、72）); not a count (（男性2名）).
_SEX_PAREN = re.compile(rf"\((?:(?:{_SEX})[・、,/][ ]?(?P<v>\d{{1,3}})|(?P<w>\d{{1,3}})[・、,/][ ]?(?:{_SEX}))\)")
# (容疑者, 被告: a person named in a news report quoted in the minutes)
_PAREN = re.compile(r"(?:さん|氏|様|さま|君|くん|ちゃん|殿|男性|女性|男児|女児|容疑者|被告人?|受刑者)[ ]?\((?P<v>\d{1,3})\)")
# A threshold still describes one person when one of these is next to it.
_PERSON_NEAR = re.compile(r"男性|女性|男児|女児|相手方|本人|さん|氏|とみられ|と思われ|程度|くらい|ぐらい")
_RULE_AFTER = re.compile(r"の(?:方|者|人|高齢者|被保険者|住民|市民|児童|世帯|全員)|を対象|が対象|に限")
# An age stated approximately or as a lower bound in a description of one
# person: the person is in a range, so the risk check weighs it as a band.
_ABOUT = re.compile(r"前後|くらい|ぐらい|位|程度|近く|近い|を超え|を超す|を過ぎ|過ぎ|余り|あまり|超")
_RANGE_BEFORE = re.compile(r"\d(?:歳|才)?(?:代)?(?:から|～|~|〜|-)$")
# The approximation words that are part of the age expression itself (not a
# verb after it: を超える, を過ぎた stay outside the span).
_ABOUT_IN_SPAN = frozenset(["前後", "くらい", "ぐらい", "位", "程度", "近く", "余り", "あまり", "過ぎ", "超"])
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


def _attached(text: str, start: int, end: int, by_end: dict[int, Token] | None = None) -> str:
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
    if re.search(r"(?:様|さま|さん|氏|君|くん|ちゃん|殿)$", line):
        return "person"  # 山田様（40代・男性）
    if by_end is not None and _name_before(text, open_at, by_end):
        return "person"  # 山田 花子（67）: a name right before the bracket
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


_AGE_LIST = re.compile(r"(?<![\d.,第])(?:\d{1,3}[、・,][ ]?)+(?=\d{1,3}[ ]?[歳才])")
_AGE_LIST_ANCHOR = re.compile(r"\d[、・,][ ]?\d{1,3}[ ]?[歳才]")
_AGE_HEADINGS = frozenset(_WORDS["age_headings"])
_NAME_HEADINGS = frozenset(_WORDS["name_headings"])
_STAT_HEADINGS = frozenset(_WORDS["statistics_headings"])
# (spaced out as forms print a heading: 年　齢)
_TABLE_ANCHOR = re.compile("|".join(sorted({" *".join(map(re.escape, h[:2])) for h in _AGE_HEADINGS})))
# A heading's qualifier in brackets (年齢（令和6年4月1日現在）, 年齢(申請時)):
# the column is the age column all the same. Blanked out (spaces, one for
# one) in the view the table reader reads, so the heading reads as 年齢;
# the unit-only headings (年齢（歳）) are headings of their own.
# Only a qualifier that says when the age was counted (現在, 時点, 当時, 基準日,
# 申請時): 年齢（人数） heads a count.
_QUALIFIED_HEADING = re.compile(r"(?P<h>年[ ]?齢|年[ ]?令)[ ]?(?P<q>\((?!(?:歳|才|満|満年齢|数え)\))"
                                r"[^()\n\t|│┃]{0,16}(?:現在|時点|当時|基準日|時)[^()\n\t|│┃]{0,8}\))")
# A cell under an age heading: the age alone (78, 七十八, 満78, 2歳6か月, 8か月),
# with the sex beside it under 年齢・性別 (78・男, 女/61); a range (65～69), a
# band (70代), a date or a count is no one person's age.
_MONTHS_UNIT = r"(?:か月|ヶ月|カ月|ケ月|箇月)"
_CELL_AGE = re.compile(rf"(?:(?:{_SEX})[ ]?[・/、,]?[ ]?)?(?P<age>満?(?P<v>\d{{1,3}}|{_KANJI})(?P<unit>[ ]?(?:歳|才)(?:\d{{1,2}}{_MONTHS_UNIT})?)?"
                       rf"|(?P<m>\d{{1,2}}){_MONTHS_UNIT})(?:[ ]?[・/、,]?[ ]?(?:{_SEX}))?")


def _table_view(text: str) -> str:
    """The text as the table reader reads it, offsets unchanged: ruled rows
    as TAB rows (``_ruled_rows``) and a heading's bracketed qualifier blanked."""
    text = as_tab_rows(text)
    return _QUALIFIED_HEADING.sub(lambda m: m.group("h") + " " * len(m.group("q")), text)


def _table_ages(text: str) -> Iterable[tuple[int, int, int, bool]]:
    """(start, end, years, named) of each age in a table's age column (氏名｜年齢｜住所,
    年齢（歳）), read by the shared table reader (TAB or space-aligned rows);
    ``named`` when the row has a cell under a name heading too. A table whose
    headings count people (年齢｜人数｜割合) holds age groups, not ages."""
    first = _TABLE_ANCHOR.search(text)
    if not first:
        return
    text = _table_view(text)
    top = text.rfind("\n", 0, first.start()) + 1  # no table starts above the first age heading
    rows: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, heading in cells_under(text[top:], _AGE_HEADINGS | _NAME_HEADINGS | _STAT_HEADINGS, spaced=True):
        start, end = start + top, end + top
        rows.setdefault(text.rfind("\n", 0, start), []).append((start, end, heading))
    for cells in rows.values():
        if any(h in _STAT_HEADINGS for _, _, h in cells):
            continue  # an age group counted, not a person's age
        named = any(h in _NAME_HEADINGS for _, _, h in cells)
        for start, end, heading in cells:
            m = _CELL_AGE.fullmatch(text, start, end) if heading in _AGE_HEADINGS else None
            if not m:
                continue
            years = 0 if m.group("m") else _years(m.group("v"))
            # 0 alone is an empty cell's mark; 0歳 and 8か月 are an infant's age
            if years is not None and (0 < years < 120 or (years == 0 and (m.group("m") or m.group("unit")))):
                yield m.start("age"), m.end("age"), years, named


# An age in brackets with no unit (山田花子（67）, 妻（84）): the newspaper
# convention for a person's age, when a name or a relative stands right before it.
# Beside the number only a sex (（男・72）, （72・女性）) or, after a 、 or ・, a
# short word such as the district (（72・緑町）, （72、無職）).
_BARE_PAREN = re.compile(rf"\((?:(?:{_SEX})[・、,][ ]?)?(?P<v>\d{{1,3}})(?:[・、,][ ]?[^()\d\n、,・]{{1,10}})?\)")
# The same bracket with a short word before the number too (北浜一郎（会社員、45）,
# （緑町・72）): read only right after a name the PERSON recognizers found.
_NAMED_PAREN = re.compile(rf"[ ]?\((?:[^()\d\n、,・]{{1,10}}[・、,][ ]?)?(?P<v>\d{{1,3}})(?:[・、,][ ]?[^()\d\n、,・]{{1,10}})?\)")
_HONORIFIC_BEFORE = re.compile(r"(?:さん|氏|様|さま|君|くん|ちゃん|殿|容疑者|被告人?|受刑者)[ ]?\Z")
# (a relative word on its own: 妻（84）, の長女（8か月）, not the end of a name, 花子（67）)
# (\Z, not $: a name at the end of the line above is no name before the bracket)
_RELATIVE_BEFORE = re.compile(rf"(?<![{KANJI_ODORIJI}])(?:" + words_regex(_WORDS["relatives"]) + r")[ ]?\Z")
_NAME_RUN = re.compile(rf"(?P<sur>[{KANJI_ODORIJI}]{{1,4}})[ ]?(?P<given>[{KANJI_ODORIJI}ぁ-ゖ]{{1,4}})[ ]?\Z")


def _name_before(text: str, pos: int, by_end: dict[int, Token]) -> bool:
    """Whether a person's full name ends at ``pos`` (a space between allowed):
    Sudachi reads its last word as a given name (佐藤 次郎), or the name
    lexicons know the surname and the given name before it (鬼灯 蒼 is left
    to Sudachi: both parts must be known here)."""
    end = pos - 1 if text[pos - 1:pos] == " " else pos
    if end == 0 or text[end - 1] in "\n ":
        return False  # (2) opening a line: an item number
    tok = by_end.get(end)
    if tok is not None and tok.is_person_name and tok.pos[3] == "名":
        # a surname, then a given name (佐藤 次郎, 米 花子): a name alone (大和, 相生) is as often a place
        at = tok.start - 1 if text[tok.start - 1:tok.start] == " " else tok.start
        prev = by_end.get(at)
        if prev is not None and ((prev.is_person_name and prev.pos[3] == "姓") or is_surname(prev.surface)):
            return True
    m = _NAME_RUN.search(text, max(0, end - 9), end)
    if not m:
        return False
    sur, given = m.group("sur"), m.group("given")
    if " " in m.group(0):
        return is_surname(sur) and is_given_name(given) and not (tok is not None and tok.is_place_name)
    cut = split_full_name(sur + given, both_known=True)
    # Sudachi's last word must not run across the cut: 山田町 is one place name, not 山田 + 町
    return cut is not None and not (tok is not None and (tok.is_place_name or tok.start < end - len(cut[1])))


# An age in months of a child (8か月の長女, 長女（8か月）, 月齢8か月); not a
# period (3か月間通院, 6か月の延長) nor a programme (3か月の乳児健診), and not
# counted from birth (生後3か月: _INFANT) or after 歳 (1歳8か月: the age pattern).
_MONTHS = re.compile(rf"(?<![\d歳才後])(?P<pre>月齢[ ]?)?(?P<v>\d{{1,2}}|{_KANJI})[ ]?{_MONTHS_UNIT}")
_MONTHS_ANCHOR = re.compile(_MONTHS_UNIT)
_CHILD_NEXT = re.compile("(?:の|に?なる)(?:" + words_regex(_WORDS["children"]) + ")"
                         + "(?!" + words_regex(_WORDS["child_programmes"]) + ")")
_MONTHS_IN_BRACKET = re.compile(rf"\((?:(?:{_SEX})[・、,][ ]?)?$")


def _child_months(text: str, by_end: dict[int, Token]) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each age in months of one child."""
    for m in scan(_MONTHS, _MONTHS_ANCHOR, text):
        start, end = m.start("pre") if m.group("pre") else m.start("v"), m.end()
        if m.group("pre"):
            yield start, end, "月齢"
        elif _CHILD_NEXT.match(text, end) or (text.startswith("児", end) and _CHILD_AFTER.match(text, end + 1)):
            yield start, end, "子どもの月齢"
        else:
            inside = _MONTHS_IN_BRACKET.search(text, max(0, start - 6), start)
            if not inside or not _IN_BRACKET_AFTER.match(text, end):
                continue
            before = inside.start()
            if (_RELATIVE_BEFORE.search(text, max(0, before - 6), before) or _name_before(text, before, by_end)
                    or re.search(r"(?:様|さま|さん|氏|君|くん|ちゃん|殿)\Z", text[max(0, before - 3):before])):
                yield start, end, "続柄・氏名の後の括弧内の月齢"


class AgeRecognizer(JaRecognizer):
    ENTITIES = ("AGE",)

    def find(self, text: str, tokens: Iterable[Token]) -> Iterable[RecognizerResult]:
        """Ages written out in prose and forms, then those that only a table
        column, a bracket after a name or a month count says are ages."""
        by_end = {t.end: t for t in tokens}
        found = list(self._written(text, by_end))
        yield from found
        taken = {i for r in found for i in range(r.start, r.end)}

        def free(start: int, end: int) -> bool:
            return not any(i in taken for i in range(start, end))

        # 子ども3人（10、7、3歳）: the numbers listed before an age share its unit
        starts = {r.start for r in found}
        for m in scan(_AGE_LIST, _AGE_LIST_ANCHOR, text):
            if m.end() in starts:
                for item in re.finditer(r"\d{1,3}", m.group(0)):
                    start, end = m.start() + item.start(), m.start() + item.end()
                    if 0 < int(item.group(0)) < 120 and free(start, end):
                        yield self.result("AGE", start, end, 0.7, "年齢（「歳」で終わる年齢の列挙の一つ）",
                                          kind="exact", years=int(item.group(0)))
        for start, end, years, named in _table_ages(text):
            if free(start, end):
                extra = {"attached": "person"} if named else {}
                why = "、氏名のある行: 個人の記録の一項目" if named else ""
                yield self.result("AGE", start, end, 0.8, f"年齢（表の年齢欄）{why}", kind="exact", years=years, **extra)
        for m in _BARE_PAREN.finditer(text):
            start, end = m.start("v"), m.end("v")
            years = int(m.group("v"))
            if not (0 < years < 120 and free(start, end)) or _ANONYMISED.search(text, max(0, m.start() - 8), m.start()):
                continue
            if _name_before(text, m.start(), by_end) or _HONORIFIC_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                attached = _attached(text, start, m.end() - 1, by_end)  # what follows the number is the bracket's end
                extra = {"attached": attached} if attached else {}
                yield self.result("AGE", start, end, 0.7, "年齢（氏名の直後の括弧内の数: 新聞式の年齢表記）",
                                  kind="exact", years=years, **extra)
            elif _RELATIVE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                yield self.result("AGE", start, end, 0.7, "年齢（続柄の後の括弧内の数: 新聞式の年齢表記）", kind="exact", years=years)
        for start, end, why in _child_months(text, by_end):
            if free(start, end):
                attached = _attached(text, start, end, by_end)
                extra = {"attached": attached} if attached else {}
                yield self.result("AGE", start, end, 0.7, f"年齢（{why}）", kind="exact", years=0, **extra)

        for m in _LIFE_STAGE.finditer(text):
            if free(m.start(1), m.end(1)):
                # 年配の男性: an age said by a word of life stage (data/age_context.toml [life_stages])
                yield self.result("AGE", m.start(1), m.end(1), 0.5, "年齢（年齢層を表す語: 年配の男性）",
                                  kind="band", years=int(_WORDS["life_stages"][m.group(1)]))

    def refine(self, text: str, findings: list[Finding]) -> list[Finding]:
        """A bare number in brackets right after a name the PERSON
        recognizers found (グエン・ヴァン・ナム（34）, Taro KITAHAMA（72）, 鬼灯 蒼（19）,
        北浜 一郎（会社員、45）): the newspaper way of writing that person's age.
        ``find`` knows a name only by Sudachi's tags and the name lexicons;
        here every name form the PERSON recognizers know counts."""
        names = {f.end for f in findings if f.label == "PERSON"}
        if not names:
            return findings
        taken = {i for f in findings if f.label == "AGE" for i in range(f.start, f.end)}
        added = []
        for end in sorted(names):
            m = _NAMED_PAREN.match(text, end)
            if not m or m.start("v") in taken:
                continue
            years = int(m.group("v"))
            if not 0 < years < 120:
                continue
            start, stop = m.span("v")
            attached = _attached(text, start, m.end() - 1) or "person"
            if attached == "official":
                continue  # 北浜市長 山本一郎（62）: ``find`` weighs an official's age
            added.append(Finding("AGE", start, stop, text[start:stop], 0.7, self.name,
                                 reason="年齢（氏名の直後の括弧内の数: 新聞式の年齢表記）、氏名のある記述: 個人の記録の一項目",
                                 attributes={"kind": "exact", "years": years, "attached": "person"}))
        return findings + added if added else findings

    def _written(self, text: str, by_end: dict[int, Token]) -> Iterable[RecognizerResult]:
        for m in scan(_AGE, _ANCHOR, text):
            if m.group("band") is None and m.group("exact") is None:
                continue
            start = m.start("band") if m.group("band") else m.start("exact")
            if (m.group("pre") or "").startswith(("満", "数え")):
                start = m.start("pre")  # 満78歳, 数え年88歳: the way of counting is part of the age
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
                if about.group(0) in _ABOUT_IN_SPAN:
                    end = about.end()  # 70歳前後, 30歳くらい: one expression of the age, masked whole
            elif kind == "exact" and text.startswith("半ば", end):
                kind, end = "band", end + 2  # 30歳半ば
            reason = "年齢（" + ("年代" if kind == "band" else "満年齢") + "）"
            if about:
                reason += f"、「{about.group(0)}」: 幅のある年齢"
            if limit == "児":
                reason += "、「児」: 一人の子どもの記述"
            elif limit:
                reason += f"、「{limit}」付きだが人物の記述"
            attached = _attached(text, start, end, by_end) or _in_prose(text, end)
            extra = {"attached": attached} if attached else {}
            if attached == "person":
                reason += "、氏名・続柄の後の括弧内: 個人の記録の一項目"
            elif attached == "official":
                reason += "、職名に付いた年齢: 公務として記載された人の年齢"
            elif attached == "group":
                reason += "、人数・割合の記述: 集団の年齢"
            yield self.result("AGE", start, end, score, reason, kind=kind, years=_years(text[start:end]), **extra)
        for m in _SEX_PAREN.finditer(text):
            group = "v" if m.group("v") else "w"
            years = int(m.group(group))
            if 0 < years < 120:
                attached = _attached(text, m.start(group), m.end(group), by_end)
                extra = {"attached": attached} if attached else {}
                yield self.result("AGE", m.start(group), m.end(group), 0.7, "年齢（性別と並ぶ括弧内の数）",
                                  kind="exact", years=years, **extra)
        for rx, reason in ((_FIELD, "年齢欄"), (_PAREN, "氏名の後の括弧内の年齢"), (_AT_DEATH, "享年"),
                           (_HONOURED, "御年・当時")):
            for m in rx.finditer(text):
                years = _years(m.group("v")) or 0
                if 0 < years < 120:
                    attached = _attached(text, m.start("v"), m.end("v"), by_end) if rx is _PAREN else ""
                    extra = {"attached": attached} if attached else {}
                    yield self.result("AGE", m.start("v"), m.end("v"), 0.7, f"年齢（{reason}）",
                                      kind="exact", years=years, **extra)
        if _SPOKEN_ANCHOR.search(text):
            for m in _SPOKEN.finditer(text):
                years = _years(m.group("v")) or 0
                word: str = m.group("about")
                exact = word.startswith("に")
                if not 20 <= years < 120 or word in _COUNT_QUALIFIERS and _SPOKEN_COUNTED.match(text, m.end()):
                    # 八十近くの方が参加: some eighty people (only …になる方 is one person's age;
                    # 過ぎ, 半ば never qualify a count: 八十過ぎの方 is one person's age)
                    continue
                # (近い, 手前: just under the round number, in the band below it: 九十近い is in the eighties)
                band = years - 1 if word in ("近く", "近い", "手前") else years
                end = m.end("v") if exact or word.startswith("を") else m.end("about")  # を超えた: a verb, outside
                yield self.result("AGE", m.start("v"), end, 0.6, "年齢（話し言葉の年齢: 八十過ぎ、九十になる）",
                                  kind="exact" if exact else "band", years=band)
        for m in _INFANT.finditer(text):
            yield self.result("AGE", m.start(), m.end(), 0.7, "年齢（生後の月齢・日齢）", kind="exact", years=0)
