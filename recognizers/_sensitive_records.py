"""SENSITIVE facts written as data, not as a sentence about someone.

The clause reading of ``sensitive.py`` needs a predicate and a person word
(相談者は透析を受けている). Records state the same facts without either:

- the contents of an incident or a disclosure request, as a list of data
  items (氏名、住所、病名及び障害等級が記載された名簿を紛失した; 請求人は自身の
  診療録の開示を求めた; 認知症の診断内容や要介護度が含まれていた). The items
  that hold 要配慮個人情報 are the finding, from the first to the last of a
  run joined by 、・や・及び; 氏名 and 住所 are other labels' matter. The
  sentence must say the items were lost, sent, shown or asked for
  ([context] words), and not be a rule about how such data is kept;
- a grade of a scheme only a person holds, alone in a table cell (要介護3,
  身体2級, 療育B1): the row is about a person, the grade is the fact. A line
  that lists the scale (要介護1 要介護2 要介護3) or a threshold (要介護3以上)
  is about no one;
- a form's option ticked (☑ 生活保護受給 □ 児童扶養手当): the ticked item is
  the applicant's circumstance; an unticked box is what the form offers;
- a space-aligned table's cell under a heading (状況, 備考, 病名) that holds a
  term: the TAB-table reading of sensitive.py for plain text.

Each function takes the term lookup of sensitive.py (``kind_of``: the kind of
the first term in a string, or None) rather than importing it, so that the
word lists stay in one place.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from redactor.data_files import load_toml
from redactor.recognizers._base import REASON_KEY
from redactor.recognizers._drops import drop
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import KANJI_ODORIJI, line_span, sentence_span, words_regex

_DATA = load_toml("sensitive_records.toml", "redactor.recognizers.data")

KindOf = Callable[[str], "str | None"]
# (start, end, kind, term, reason)
Found = tuple[int, int, str, str, str]

_ITEM_KIND = {w: kind for kind, words in _DATA["items"].items() for w in words}
_RECORD_KIND = {w: kind for kind, words in _DATA["records"].items() for w in words}
_Q = _DATA["qualified"]
_ITEM = re.compile(words_regex(list(_ITEM_KIND) + list(_RECORD_KIND)))
# 「Xの記録」: the link and the record's noun, found first; the X is read back from it.
_QUALIFIED = re.compile(rf"(?:{words_regex(_Q['links'])})(?P<noun>{words_regex(_Q['nouns'])})")
_OWNER = re.compile(rf"(?:{words_regex(_Q['owners'])})の$")
_NOUN_CHAR = re.compile(rf"[{KANJI_ODORIJI}ァ-ヶーA-Za-z・]")
_JOIN = re.compile(r"(?:、|・|や|及び|および|並びに|ならびに|と|又は|または|,)")
_INCIDENT = tuple(_DATA["context"]["incident"])
# Records that name no condition of their own (相談記録, 支援記録: of a
# consultation about anything); found when qualified (DVに関する相談記録) or owned.
_BARE_RECORDS = frozenset(_DATA["records"]["victim"])
_CONTEXT = tuple(_DATA["context"]["words"]) + _INCIDENT
_GENERAL = tuple(_DATA["context"]["general"])
_OWNS = re.compile(rf"(?:{words_regex(_DATA['context']['owns'])})$")


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


# A procedure's name before a record (介護認定調査の, 障害支援区分認定の): the
# record is of that procedure, which says nothing of anyone's condition.
# (滞納整理の資料, 滞納処分の記録: the collection work's papers, not one debtor's arrears)
_PROCESS_NOUNS = ("調査", "申請", "審査", "認定", "判定", "制度", "事業", "手続", "手続き", "業務", "システム",
                  "整理", "処分", "徴収")
# The people whose data an incident concerns counted as many (約1,200名分, 35人分の,
# 250件): the items name what kinds of data went astray, which says nothing of
# any one of them (a sentence about one person's papers has no such count).
_MANY = re.compile(r"(?:\d{1,3}(?:[,，]\d{3})+|\d{2,})(?:名|人|件|世帯)(?:分|の)")
# A person named with an honorific among them (山野さんほか15名の…): fail closed, the
# items are that person's too. (氏名 and 様式 are no honorifics.)
_NAMED = re.compile(r"さん|君|ちゃん|様(?![式々子相])|氏(?!名)")


_INNER_LINKS = ("からの", "による", "への")


def _qualified_items(text: str, lo: int, hi: int, kind_of: KindOf) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, kind, term) of each 「condition + の/に関する + record」
    (透析治療の記録, 発達障害についての記載) between lo and hi: the noun run
    before the link holds a term; a household member before it (子どもの) is
    whose record it is and goes with it."""
    for m in _QUALIFIED.finditer(text, lo, hi):
        start = m.start()
        while start > lo and m.start() - start < 20 and _NOUN_CHAR.match(text[start - 1]):
            start -= 1
        for _ in range(2):  # 配偶者からの|暴力, 交通事故による|負傷: a noun phrase joined inside
            link = next((w for w in _INNER_LINKS if text.endswith(w, lo, start)), None)
            if link is None or not _NOUN_CHAR.match(text[start - len(link) - 1:start - len(link)] or " "):
                break
            start -= len(link)
            while start > lo and m.start() - start < 30 and _NOUN_CHAR.match(text[start - 1]):
                start -= 1
        run = text[start:m.start()]
        if run.endswith(_PROCESS_NOUNS):
            continue  # 介護認定調査のデータ: what kind of file, not whose condition
        kind = kind_of(run) if run else None
        if kind is None:
            continue
        owner = _OWNER.search(text, max(lo, start - 6), start)
        if owner:
            start = owner.start()
        yield start, m.end(), kind, run


_CONTEXT_RE = re.compile(words_regex(_CONTEXT))
# A line of a bulleted or numbered list (・障害等級, (2) 病名, ① 服薬状況).
_LIST_LINE = re.compile(r"^[ 　]*(?:[・･\-－‐*＊●○◯□■]|[0-9０-９]{1,2}[.．)）]|[(（][0-9０-９]{1,2}[)）]|[①-⑳])[ 　]*", re.M)


def _listed_items(text: str) -> Iterable[Found]:
    """Items of a list, one to a line, under a line that says the data went
    astray (漏えいした情報⏎・氏名⏎・障害等級⏎・病名): the list's sentence is its
    heading, a few lines above."""
    for m in _LIST_LINE.finditer(text):
        ls, le = line_span(text, m.start())
        i = _ITEM.match(text, m.end())
        if i is None or i.end() != le and not _JOIN.match(text, i.end()):
            continue
        head_start = ls
        for _ in range(12):  # back over the list's other lines to its heading
            if head_start == 0:
                break
            prev_start = text.rfind("\n", 0, head_start - 1) + 1
            prev = text[prev_start:head_start - 1]
            head_start = prev_start
            if not _LIST_LINE.match(prev):
                break
        heading = text[head_start:ls]
        if not _has(heading, _INCIDENT) or _has(heading, _GENERAL):
            continue
        term = i.group(0)
        yield i.start(), le, _ITEM_KIND.get(term) or _RECORD_KIND[term], term, \
            f"要配慮個人情報を含むデータ項目・記録（{term}）の記載"


# A line that labels the papers a file encloses (添付　…, 添付資料：…, ２　送付物　…):
# numbering, the label word, then a separator before the list.
_PAPERS_LABEL = re.compile(r"[ 　]*(?:[0-9０-９]+[ 　.．、]|[(（][0-9０-９]+[)）])?[ 　]*"
                           r"(?:添付(?:資料|文書|書類)?|別添|送付物|送付書類|同封(?:物|書類)?)(?=[ 　\t：:]+[^ 　\t：:\n])")


def data_items(text: str, kind_of: KindOf) -> Iterable[Found]:
    """Runs of sensitive data items in a sentence that says they were lost,
    sent, shown or asked for."""
    seen: set[int] = set()
    yield from _listed_items(text)
    for c in _CONTEXT_RE.finditer(text):
        if text.startswith(("る", "ます", "する", "します", "される", "されます", "でき", "しており", "している"), c.end()):
            continue  # 名簿には…が記載される, 調査票を送付する: what a register holds or a procedure does
        l_start, l_end = line_span(text, c.start())
        label = _PAPERS_LABEL.match(text, l_start)
        if label and c.start() < label.end():
            # 添付　診断書、同意書: the label of the papers a file encloses; a paper named
            # without what it says states nothing of anyone (its content is read as a value)
            drop("SENSITIVE", text, l_start, l_end, "添付書類の一覧: 書類の名だけで内容の記載なし")
            continue
        s_start, s_end = sentence_span(text, c.start())
        if s_start in seen:
            continue
        seen.add(s_start)
        if _has(text[s_start:s_end], _GENERAL):
            continue
        sentence = text[s_start:s_end]
        many = _MANY.search(sentence)
        if many and not _NAMED.search(sentence):
            drop("SENSITIVE", text, s_start, s_end, f"多数の人のデータ項目（{many.group(0)}）: 一人の事実を述べていない")
            continue
        incident = _has(sentence, _INCIDENT)
        below = _line_below_heading(text, s_start, s_end) if incident else None
        if below is not None and _ITEM.search(text, s_start, s_end) is None:
            # 流出した情報⏎　氏名、住所、病名、…: the heading says what happened, the line lists it
            s_start, s_end = below
            sentence = text[s_start:s_end]
            if s_start in seen or _has(sentence, _GENERAL):
                continue
            seen.add(s_start)
        items = []
        for i in _ITEM.finditer(text, s_start, s_end):
            term = i.group(0)
            start = _compound_start(text, i.start(), s_start)
            if start < i.start():
                continue  # 水質検査結果: another word's end (a record of one's own is read by own_records)
            if text.startswith(("（", "("), i.end()) and kind_of(text[i.end():text.find("）", i.end(), s_end) + 1 or s_end]):
                continue  # 診断名（認知症、…）: the bracket holds the fact, read as the field's value (sensitive.py)
            if term in _BARE_RECORDS:
                continue  # 相談記録のうち…を不開示: a consultation's record says nothing until named by its matter
            start = _qualifiers_start(text, start, s_start) if term in _RECORD_KIND else start
            items.append((start, i.end(), _ITEM_KIND.get(term) or _RECORD_KIND[term], term))
        # a record named by a condition (認知症の診断内容) where the data went
        # astray or the sentence lists data items (氏名、住所、…); not 「認知症に
        # 関する資料を配布」, a handout
        if incident or "氏名" in sentence:
            items += _qualified_items(text, s_start, s_end, kind_of)
        items.sort(key=lambda it: (it[0], -it[1]))
        kept: list[tuple[int, int, str, str]] = []
        for it in items:  # (an item inside a qualified one is part of it)
            if kept and it[0] < kept[-1][1]:
                if it[1] > kept[-1][1]:
                    kept[-1] = (kept[-1][0], it[1], kept[-1][2], kept[-1][3])
                continue
            kept.append(it)
        yield from _runs(text, kept)


# A heading is a short line with no sentence end (２　流出した情報, 漏えいした項目：).
_HEADING_MAX = 30


def _line_below_heading(text: str, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The line under a heading line that says the data went astray (２　流出
    した情報), when the sentence at s_start..s_end is such a heading: the data
    items are listed on the next line, joined by 、, without a verb of their own."""
    if s_end >= len(text) or text[s_end] != "\n" or s_end - s_start > _HEADING_MAX:
        return None
    if text.rfind("\n", 0, s_start + 1) + 1 != s_start and s_start != 0:
        return None  # (the sentence must be the whole line: a heading, not a sentence's tail)
    below = line_span(text, s_end + 1)
    return below if below[1] > below[0] else None


# A bare word that goes on an item before it (障害の種類及び等級): its grade, its degree.
_ITEM_TAIL = re.compile(r"(?:、|・|や|及び|および|並びに|と)(?:その)?(?:等級|程度|種類|区分|内容|状況)")


def _runs(text: str, items: list[tuple[int, int, str, str]]) -> Iterable[Found]:
    """Items next to each other joined by 、・や・及び form one finding."""
    run: list[tuple[int, int, str, str]] = []
    for it in items + [(-1, -1, "", "")]:
        if run and it[0] >= 0 and _JOIN.fullmatch(text[run[-1][1]:it[0]]):
            run.append(it)
            continue
        if run:
            start, end = run[0][0], run[-1][1]
            tail = _ITEM_TAIL.match(text, end)
            end = tail.end() if tail else end
            kind, term = run[0][2], run[0][3]
            yield start, end, kind, term, f"要配慮個人情報を含むデータ項目・記録（{term}）の記載"
        run = [it] if it[0] >= 0 else []


# A short aside right after a record's name, saying which care or case it is
# (診療録（心療内科）, ケース記録（平成30年度分）): part of what is disclosed.
_RECORD_ASIDE = re.compile(r"[(（][^()（）、。\n]{1,12}[)）]")


def own_records(text: str) -> Iterable[Found]:
    """A record a person asks for about themselves (自身の診療録, 本人の
    令和5年の入院時のケース記録), whatever the sentence says of it."""
    for m in re.finditer(words_regex(_RECORD_KIND), text):
        start = _compound_start(text, m.start(), max(0, m.start() - 12))  # (生活保護ケース記録)
        start = _qualifiers_start(text, start, max(0, m.start() - 40))
        owner = _OWNS.search(text, max(0, start - 6), start)
        if owner is None:
            continue
        sentence = text[slice(*sentence_span(text, m.start()))]
        if _has(sentence, _GENERAL):
            continue
        term = m.group(0)
        aside = _RECORD_ASIDE.match(text, m.end())  # 診療録（精神科）: the bracket says which care
        yield start, aside.end() if aside else m.end(), _RECORD_KIND[term], term, f"本人についての記録（{term}）"


def _compound_start(text: str, start: int, lo: int) -> int:
    """The start of the compound a record's name ends (生活保護|ケース記録)."""
    while start > lo and _NOUN_CHAR.match(text[start - 1]) and not text[start - 1] == "・":
        start -= 1
    return start


_QUALIFIER = re.compile(rf"[{KANJI_ODORIJI}ァ-ヶー0-9０-９]{{1,15}}(?:の|における|に係る|に関する)$")


def _qualifiers_start(text: str, start: int, lo: int) -> int:
    """The start of what qualifies a record (自身の|令和5年の入院時の診療録): which
    stay or period it covers is part of what was asked for."""
    for _ in range(4):
        m = _QUALIFIER.search(text, max(lo, start - 20), start)
        if m is None or _OWNS.search(text, max(0, m.start() - 2), start):
            break  # 自身の: whose it is, not which record
        start = m.start()
    return start


# A grade alone in a cell: care level, disability support category, the
# certificates' grades (see data [cells]).
_GRADE_CELL = re.compile(
    r"(?:^|(?<=[\t 　（(・、]))(?P<grade>(?P<scheme>要介護|要支援|要介護度|障害支援区分|支援区分|身体障害者手帳|身体|身障|肢体|"
    # (身体障害者福祉法別表 by the function: 視覚1級, 下肢2級; with 級 only)
    r"視覚|聴覚|平衡|音声|言語|上肢|下肢|体幹|心臓|呼吸器|じん臓|腎臓|ぼうこう|小腸|肝臓|免疫|"
    r"精神障害者保健福祉手帳|精神|療育手帳|療育|愛の手帳)[ 　]?"
    r"(?:第?[1-6１-６一二三四五六](?:級|度)?|[ABＡＢ][12１２]?(?:判定)?|[1-4１-４]度))(?=[\t 　）)、・]|$)", re.M)
_GRADE_KIND = {"要介護": "care", "要支援": "care", "要介護度": "care"}
# (要介護3の方は…できます is whom a rule is for; 要介護3の方がおり is one person)
_SCALE = re.compile(r"(?:以上|以下|未満|相当|程度|から|～|〜|~|の場合|の認定者|の区分|の方は|の方も|の方を対象|の人は)")
_NEEDS_UNIT = ("身体", "身障", "肢体", "精神", "視覚", "聴覚", "平衡", "音声", "言語", "上肢", "下肢", "体幹", "心臓",
               "呼吸器", "じん臓", "腎臓", "ぼうこう", "小腸", "肝臓", "免疫")


# The count a breakdown table gives after a grade or grades (要介護２　　８名,
# 要支援１・２　１１名, 身体障害者手帳１級：４人): how many hold it, at the row's end.
# However small, the number is a total of a class; no row names a person.
_BREAKDOWN_COUNT = re.compile(r"(?:[・、～〜~](?:要介護|要支援)?[0-9０-９一二三四五六](?:級|度)?)*[ 　\t]*(?:[:：][ 　]*)?"
                              # (a count with no bracket after it: １名（山田花子様） names the one)
                              r"[0-9０-９][0-9０-９,，]*[ 　]?(?:名|人|世帯|件)"
                              r"(?=[ 　\t]|$)", re.M)


def threshold_or_scale(text: str, start: int, end: int, scheme: str) -> bool:
    """Whether the grade at start:end is a threshold (要介護3以上, 区分4から),
    one step of a scale the line lists (要介護1　要介護2　要介護3), or the
    row of a breakdown that counts its holders (要介護２　８名): the grade of
    no one."""
    if _SCALE.match(text, end) or _BREAKDOWN_COUNT.match(text, end):
        return True
    ls, le = line_span(text, start)
    return text.count(scheme, ls, le) > 1 and len(_GRADE_CELL.findall(text, ls, le)) > 1


# A disability by its function and its grade (下肢機能障害2級, 音声・言語機能障害3級,
# 身体障害者福祉法施行規則別表第5号): 級 after 障害 names a certificate's grade,
# which no system fault (通信障害) has.
_FUNCTION_GRADE = re.compile(rf"(?<![{KANJI_ODORIJI}・])[{KANJI_ODORIJI}・]{{1,10}}(?:障害|障がい)[ 　]?第?[1-7１-７一二三四五六七]級")
_FUNCTION_ANCHOR = re.compile(r"(?:障害|障がい)[ 　]?第?[1-7１-７一二三四五六七]級")


def grade_cells(text: str) -> Iterable[Found]:
    """A care level or a certificate's grade standing alone in a cell or a
    field (山野 花江<TAB>82<TAB>要介護3): not a scale that lists several of
    the same scheme on one line, not a threshold (要介護3以上)."""
    for m in _GRADE_CELL.finditer(text):
        scheme, grade = m.group("scheme"), m.group("grade")
        if scheme in _NEEDS_UNIT and not grade.endswith(("級", "度")):
            continue  # 身体 3 is no grade; 身体3級 is
        if threshold_or_scale(text, m.start(), m.end(), scheme):
            continue
        kind = _GRADE_KIND.get(scheme, "disability")
        yield m.start(), m.end(), kind, grade, f"等級・区分（{grade}）の記載"
    for a in _FUNCTION_ANCHOR.finditer(text):
        g = _FUNCTION_GRADE.search(text, max(0, a.start() - 11), a.end())
        if g is None or g.end() != a.end() or threshold_or_scale(text, g.start(), g.end(), "障害"):
            continue
        yield g.start(), g.end(), "disability", g.group(0), f"障害の種類と等級（{g.group(0)}）の記載"


_CELLS = _DATA["cells"]
_MARKED = re.compile(rf"(?P<mark>[{_CELLS['marks']}{_CELLS['circles']}])[ 　]?(?P<item>[^\t\n{_CELLS['marks']}"
                     rf"{_CELLS['circles']}{_CELLS['boxes']}]{{1,30}}?)(?=[ 　]{{2,}}|[ 　]?[{_CELLS['boxes']}"
                     rf"{_CELLS['marks']}{_CELLS['circles']}]|\t|$)", re.M)
_BOX = re.compile(f"[{_CELLS['boxes']}]")


def marked_options(text: str, kind_of: KindOf) -> Iterable[Found]:
    """A ticked option of a form (☑ 生活保護受給) that holds a term: the
    applicant's circumstance. Only on a line (or beside lines) that also
    holds an unticked box, or after a field's label on its line (申請理由　■
    児童扶養手当): a ■ or ● alone at a line's start is a bullet
    (■生活保護制度の概要), and so is a ○ before a heading or a speaker."""
    for m in _MARKED.finditer(text):
        ls, le = line_span(text, m.start())
        near_start = text.rfind("\n", 0, max(0, ls - 1)) + 1
        near_end = text.find("\n", le + 1)
        near_end = len(text) if near_end == -1 else near_end
        mid_line = text[ls:m.start()].strip(" 　\t") != ""
        if not (_BOX.search(text, near_start, near_end) or mid_line):
            continue  # a bullet at a line's start, with no form's boxes near
        item = m.group("item").rstrip(" 　")  # (with the option's number: ○２ 児童扶養手当の受給)
        kind = kind_of(item)
        if kind is None:
            continue
        start = m.start("item")
        yield start, start + len(item), kind, item, f"選択された項目（{item}）"


def spaced_cells(text: str, headings: frozenset[str], kind_of: KindOf,
                 heading_kind: Callable[[str], "str | None"]) -> Iterable[Found]:
    """Cells of a space-aligned table (plain text: 氏名  年齢  状況) under a
    heading of sensitive.py's tables that hold a term (認知症あり) or, under
    a heading that names its kind (病名), any words. TAB tables are read by
    sensitive.py itself (a table drawn with bars too: normalisation made it TAB rows)."""
    if "\t" in text:
        return
    for start, end, heading in cells_under(text, headings, spaced=True):
        value = text[start:end]
        if value.replace(" ", "") in headings:
            continue  # the heading row itself
        if _PERSONS_LABEL.search(value):
            continue  # 北浜 一郎さんの状況 恐喝で…: a label naming whose the line is, not a cell's fact
        line_start = text.rfind("\n", 0, start) + 1
        if _LIST_ITEM.match(text, line_start) or value.count("（") != value.count("）") \
                or value.count("(") != value.count(")"):
            continue  # ・医療扶助受給中（小島 紬氏の…: a list's item or a bracket cut at a space is no table's cell
        kind = kind_of(value)
        if kind is None and heading_kind(heading) and re.search(rf"[{KANJI_ODORIJI}ァ-ヶ]", value) and len(value) <= 30:
            kind = heading_kind(heading)
        if kind is None:
            continue
        yield start, end, kind, value, f"要配慮個人情報の表の列（{heading}）の記載"


# A line that opens an item of a list (・…, ※…, （２）…): not a row of a space-aligned table.
_LIST_ITEM = re.compile(r"[ 　]*(?:[・･※\-－＊*]|[（(][0-9０-９]{1,2}[)）])")
# A label that names a person (…さんの状況, …様の経過): whose the line is.
_PERSONS_LABEL = re.compile(r"(?:さん|様|氏)の[^ ]{1,6}$")
# A table's heading row that says its rows are persons (氏名, 名前, 対象者).
_PERSON_HEADING = re.compile(r"氏 ?名|名 ?前|対象者|世帯主|利用者名|児童名|生徒名|申請者|相談者|入所者|入居者")
# Cells: a TAB, a rule (| ｜), or two spaces or more; one space only in a
# block whose heading row is written so (番号 氏名 年齢 要介護度 備考).
_CELL_SPLIT = re.compile(r"\t|[|｜]| {2,}")
_NARROW_SPLIT = re.compile(r"\t|[|｜]| +")
_NOT_HEADING_CELL = re.compile(r"[0-9。、,]")


def _cells(line: str, split: re.Pattern) -> list[str]:
    return [c for c in split.split(line.strip(" |｜")) if c.strip(" 　")]


def _heading_split(line: str, kind_of: KindOf, headings: frozenset[str]) -> re.Pattern | None:
    """How the cells of a heading row naming persons are split, or None when
    the line is no such row. Split at one space only when a heading says its
    column holds a fact (備考, 状況, 要介護度): a roster written with single
    spaces (出席者 氏名 役職) is not read as a table of facts."""
    if not _PERSON_HEADING.search(line):
        return None
    for split in (_CELL_SPLIT, _NARROW_SPLIT):
        cells = _cells(line, split)
        if len(cells) >= 3 and all(len(c) <= 14 and not _NOT_HEADING_CELL.search(c) for c in cells) \
                and not any(kind_of(c) for c in cells) \
                and (split is _CELL_SPLIT or any(c.replace(" ", "") in headings for c in cells)):
            return split
    return None


# A count of ten or more people or households (1,240世帯, 35人) or a share (12%): a total,
# no one person's fact; shared with the sentence, field and column readings of sensitive.py
# (a share said in 割 of a whole, 相談の約８割は, is one too; 利用料の１割は本人が負担 is one person's co-payment)
COUNT_OF_MANY = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{2,})(?:世帯|人|名|件|%)"
                           r"|(?:約|およそ)\d割(?:以上|程度|強|弱)?(?:が|は|を占め|に上|に達)")


def term_cells(text: str, kind_of: KindOf, headings: frozenset[str]) -> Iterable[Found]:
    """A cell of a table about persons (a heading row with 氏名 above, in the
    same block of rows) that holds a term, under whatever heading (透析, 要介護
    3・認知症, ひとり親・DV避難): the row's person's circumstance. A table of
    programmes or counts has no 氏名 heading; a blank line or a sentence
    (it ends with 。) ends the block."""
    split: re.Pattern | None = None
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        heading = _heading_split(line, kind_of, headings)
        if heading is not None:
            split = heading
            continue
        if split is None:
            continue
        cells = _cells(line, split)
        if len(cells) < 2 or line.rstrip().endswith("。"):
            split = None
            continue
        at = 0
        for cell in cells:
            value = cell.strip(" 　")
            start = line.index(value, at)
            at = start + len(value)
            if len(value) > 40 or COUNT_OF_MANY.search(value):
                continue  # (a count of people in a cell is a total, no row's fact)
            kind = kind_of(value)
            if kind is None:
                continue
            yield line_start + start, line_start + at, kind, value, "要配慮個人情報を含む表のセル（氏名のある表）"


# Words said to staff and how (「火をつけるぞ」と怒鳴った, 「ただでは済まない」など
# と脅した): the quote is the behaviour recorded; a clause break inside 「」
# stops the clause reading of sensitive.py short of it.
_SAID = re.compile(r"「(?P<quote>[^「」\n]{1,40})」(?:など|等)?と(?:(?:大声で|繰り返し|何度も|強い口調で)[、]?)?"
                   r"(?P<verb>怒鳴|どな|叫|わめ|脅|凄ん|すごん|威嚇|詰め寄|言って脅|罵|ののし|暴言)[ぁ-ん]{0,6}")
_THREAT_REASON = "言動の記録（脅し・暴言）"


def is_threat(result: Any) -> bool:
    """Whether a finding is one of threats() (its reason says so)."""
    return bool(result.recognition_metadata.get(REASON_KEY) == _THREAT_REASON)


_SAID_GENERAL = ("などの行為", "ような行為", "場合", "対応", "ないよう", "防止", "研修", "マニュアル")


# The same quote said with a plain verb: a threat by its own words ([threat]).
_SAID_PLAIN = re.compile(r"「(?P<quote>[^「」\n]{1,40})」(?:など|等)?と(?:電話で|大声で|繰り返し|何度も|メールで)?[、]?"
                         rf"(?P<verb>{words_regex(_DATA['threat']['verbs'])})[ぁ-ん]{{0,6}}")
_THREAT_WORDS = tuple(_DATA["threat"]["markers"])


def threats(text: str) -> Iterable[Found]:
    """A quoted threat or abuse and the verb that says how it was said; with
    a plain verb (言った, 述べた), a quote whose own words threaten harm."""
    for m in _SAID_PLAIN.finditer(text):
        if not _has(m.group("quote"), _THREAT_WORDS) or _has(text[slice(*sentence_span(text, m.start()))],
                                                              ("研修", "マニュアル", "防止")):
            continue  # 「ありがとう」と言った: nothing threatened
        yield m.start(), m.end(), "conduct", m.group("verb"), _THREAT_REASON
    for m in _SAID.finditer(text):
        if _has(text[m.end("verb"):m.end() + 12], _SAID_GENERAL) or _has(text[slice(*sentence_span(text, m.start()))],
                                                                   ("研修", "マニュアル", "防止")):
            continue  # 「…」と怒鳴るなどの行為への対応: a kind of conduct a rule names
        yield m.start(), m.end(), "conduct", m.group("verb"), _THREAT_REASON


_PAPERS = tuple(_DATA["papers"]["stating"])


def paper_content(text: str, t_start: int, t_end: int) -> tuple[str, int, int] | None:
    """The paper whose bracket holds the term at t_start:t_end (申立人の診断書
    （うつ病）を添付, 診断書（慢性腎不全）: the condition is what the paper states
    of its holder), or None. The bracket must follow the paper's name at once
    and hold a short note only (a grade or a second condition: （うつ病、重症度Ⅱ））;
    the answer is the paper and where the bracket's content starts and ends."""
    lo = max(0, t_start - 10)
    opened = max(text.rfind("（", lo, t_start), text.rfind("(", lo, t_start))
    if opened <= 0 or any(c in text[opened + 1:t_start] for c in "）)\n、。"):
        return None
    paper = next((p for p in _PAPERS if text.endswith(p, 0, opened)), None)
    if paper is None:
        return None
    close = min((i for i in (text.find("）", t_end), text.find(")", t_end)) if i != -1), default=-1)
    if close == -1 or close - t_end > 12 or "\n" in text[t_end:close]:
        return None
    return paper, opened + 1, close
