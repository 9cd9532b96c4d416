"""SENSITIVE: a term written nominally in a record about a person.

The sentence reading (sensitive.py) reports a term when a predicate ties it
to a person (統合失調症で入院している, 認知症と診断された). Case records do not
write that way: they list facts as bullets (・脳血管性認知症（主治医：…）), as a
field's value (現状：５月以降不登校。, 虐待種別：身体的虐待), as a table's cell,
as a line of a value (HBs抗原 陽性), as a sentence that ends on the noun
(妊娠５か月。), or inside a quoted remark or diagnosis (「前にうつ病で休職、今は
服薬中」, 「適応障害」との診断書). There the position states the fact: a record lists
what is true of its person. So a term with no predicate of its own is a
finding when it stands in one of those places AND the document is about a
person (a field names the person, a record's word for them stands, a person
is written with 氏, 様 or さん). Programme text (認知症施策の推進, 不登校児童生徒
数は１２人) is kept out before this test by the policy and aggregate words of
sensitive.py, which run first, and a term that runs on into a compound
(透析患者) does not end its item; this module only says where a fact stands
(fail closed: a term a record lists is not dropped for want of a verb).

Data: data/sensitive_nominal.toml (bullet marks, the record's person words).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from redactor.data_files import load_toml
from redactor.recognizers._extent import with_trailing_note
from redactor.recognizers._text import line_span, words_regex
from redactor.tokens import Token

_DATA = load_toml("sensitive_nominal.toml", "redactor.recognizers.data")
_BULLET = re.compile(r"[ 　\t]*(?:" + "|".join(re.escape(m) for m in _DATA["bullets"]["marks"]) + ")")
# A numbered item's mark: １　, 1. , (2), （３）, ①, ア　.
_NUMBERED = re.compile(r"[ 　\t]*(?:[（(]?[0-9０-９]{1,2}[)）.．]|[0-9０-９]{1,2}[ 　]|[①-⑳]|[ア-ン][ 　.．])")
# A field's label before the term on its line: a short run with no sentence
# mark, then a colon (現状：, 虐待種別：, 診断: ).
# (also inside a bracket: 登録（虐待種別：…）)
_FIELD = re.compile(r"(?:^|[ 　\t・（(])[^ 　\t\n:：｜|。、「」（(]{1,10}[ 　]*[:：｜|]", re.M)
# Cell separators of a table written in text (TAB, ruled or bar tables).
_CELL_SEPARATORS = "\t｜|│┃"
# an item numbered in brackets or a circled number (（２）, (3), ②), as lists of facts are
_BRACKET_NUMBERED = re.compile(r"[ 　\t]*(?:[（(][0-9０-９]{1,2}[)）]|[①-⑳])")
# What may follow a term before its item ends: a grade, a count or a
# measured value (妊娠５か月, 要介護４, 手帳１級, γ-GTP 312, 自立度Ⅱｂ), a short
# bracket, a word a record puts after a finding (あり, の疑い, 傾向, 陽性,
# の訴え); then the item's end: 。, the line's end, a cell's separator, a
# closing bracket, or the next item of a list (、 ・ ／). A term that runs on into
# a compound (透析患者, 重傷病見舞金, 特別支援学校長) or a clause (措置入院の状況に
# ついて) names something else and does not end its item.
_CLOSING = re.compile(
    r"[ 　]*(?:[（(][^（）()\n。]{0,30}[）)])?"
    r"(?:[ 　]*(?:[0-9０-９一二三四五六七八九十][0-9０-９.．,，/／]{0,6}"
    r"(?:か月|カ月|ヶ月|ヵ月|週|級|度|点|回|%|％|mg/dl|mg/dL|mmHg)?(?:目)?|[ⅠⅡⅢⅣ][ａｂab]?|[Ａ-ＥA-E]判定))?"
    r"(?:[ 　]*(?:あり|有り|の疑い|疑い|の傾向|傾向|状態|中|済み|済|陽性|陰性|異常あり|要精検|要再検"
    r"|利用中|使用中|受給中|入所中|通所中|服薬中|通院中|の訴え|開始|廃止|停止|申請中))?"
    r"[ 　]*(?:[（(][^（）()\n。]{0,30}[）)])?[ 　]*(?:[。、・／/\t｜|│┃）)」]|$)", re.M)  # (not ，: ７１，８２０円 is an amount)
# The rest of a list after a ・ or ／ (身体的虐待・|ネグレクト疑い）): up to the
# next 、, 。, bracket or line end; a list of facts holds nouns, no kana clause.
_LIST_REST = re.compile(r"[^、。\n\t（）()「」|｜]*")
# A value or a result after the term (312, Ｃ判定, 陽性): a line that is only a
# term and its value is a record's entry; a term alone on its line is a heading.
_VALUE = re.compile(r"[0-9０-９]|[Ａ-ＥA-E]判定|陽性|陰性|異常あり|要精検|要再検")
# A form's field set off by spaces at a line's start (保護開始　令和４年…,
# 等級　　１級): a short label with no kana particle, then spaces or a TAB
# (the recognizers read NFKC text, where 全角空白 is one space). A minutes
# turn (○福祉部長（堀）　…, ◆北浜委員　…) is no field.
_SPACED_FIELD = re.compile(r"[ 　\t]*[^ 　\t\n:：。、「」（()）○◯◎◆◇●▼■□・]{2,8}[ 　\t]+")
_TURN_LABEL = re.compile(r"(?:委員|委員長|議長|会長|部長|課長|係長|局長|所長|市長|町長|村長|区長|君)$")
# A term quoted as what a doctor or an examiner found (「適応障害」との診断書,
# 「要精密検査」と判定): the quote is the finding, not an item's name.
_QUOTED_FINDING = re.compile(r"」(?:との|と|の)(?:診断|判定|所見|指摘|意見)")
# A minutes speaker before a colon (稲垣委員：, 福祉司：, 事務局：): a turn, not a field.
_SPEAKER_LABEL = re.compile(r"(?:委員|委員長|会長|部長|課長|係長|局|員|師|司|官|氏|さん|君)[ 　]*[:：]$")
_PERSON_LABEL = re.compile(
    rf"^[ 　・]*(?:[0-9０-９]{{1,2}}[ 　.．]*)?(?:{words_regex(_DATA['person']['labels'])})[ 　]*(?:[:：]|[ 　\t]+)[ 　]*[^ 　\t\n]",
    re.M)
_PERSON_WORD = re.compile(words_regex(_DATA["person"]["words"]))
# What a leaked or disclosed document held (通知書には次の記載があった): its items are one person's data.
_CONTENTS = re.compile("|".join(_DATA["contents"]["patterns"]))
# A person written as a letter or a name with an honorific (Ａ氏, Ｂさん, 岩永　佐知子　様).
# (not 同様, 仕様, 多様, 模様, 皆様, お客様, 様式, 氏名: words, not persons)
_HONORIFIC = re.compile(r"(?:[Ａ-ＺA-Z]|[一-龥ァ-ヶ]{2,6}[ 　]?)(?<![同仕多模皆客異一態有])(?:氏(?![名族])|さん|様(?![式子相々]))")


@lru_cache(maxsize=8)
def about_person(text: str) -> str | None:
    """The evidence that ``text`` is a record about a person (the field, the
    word, the honorific found, or a line that introduces what a leaked
    document said about its person), or None: then a term's position alone
    states nothing, and the sentence reading decides. Read once per text."""
    for found in (_PERSON_LABEL.search(text), _PERSON_WORD.search(text), _HONORIFIC.search(text),
                  _CONTENTS.search(text)):
        if found:
            return found.group(0).strip(" 　\n")
    return None


_HIRAGANA = re.compile("[ぁ-ゖ]")


def is_noun(term: str) -> bool:
    """Whether a term is a noun: it does not end in a verb's or an
    adjective's kana (通院してい, 入院され, 物忘れがひど), or it is all kana
    (あざ, てんかん: nouns written in kana)."""
    return not _HIRAGANA.fullmatch(term[-1]) or all(_HIRAGANA.fullmatch(c) for c in term)


def nominal_position(text: str, t_start: int, t_end: int) -> str | None:
    """Why the term at ``t_start:t_end`` stands where a record states a fact
    ("表のセル", "欄の値", "箇条書き", "値の記載", "体言止め", "診断の引用",
    "引用"), or None. The term must be a noun (通院している is a predicate:
    the sentence reading weighs it) and end its item (_CLOSING): a record
    lists the fact as a noun."""
    closing = _CLOSING.match(text, t_end)
    if not is_noun(text[t_start:t_end]) or closing is None:
        return None
    rest = _LIST_REST.match(text, closing.end())
    if closing.group(0).endswith(("・", "／", "/")) and rest is not None and _HIRAGANA.search(rest.group(0)):
        return None  # 妊娠・出産に関する相談: the list goes on into a clause, it lists no facts
    start, end = line_span(text, t_start)
    line = text[start:end]
    before = text[start:t_start]
    if sum(line.count(s) for s in _CELL_SEPARATORS) >= 2:
        return "表のセル"
    field = _FIELD.search(before)
    if field and "。" not in before[field.end():] and not _SPEAKER_LABEL.search(before, 0, field.end()):
        return "欄の値"
    spaced = _SPACED_FIELD.match(line)
    if spaced and spaced.end() <= len(before) and "。" not in before[spaced.end():] \
            and not _TURN_LABEL.search(spaced.group(0).strip(" 　\t")) and not _HIRAGANA.search(spaced.group(0)):
        return "欄の値"
    if (_BULLET.match(line) or _BRACKET_NUMBERED.match(line)) and "。" not in before:
        return "箇条書き"  # ・…, （２）…, ②…: an item of a list (a number and a space is a heading's)
    if not before.strip(" 　\t") and _VALUE.search(closing.group(0)):
        return "値の記載"  # 　HBs抗原 陽性 / γ-GTP 312、: a result under a record's field, not a heading
    if closing.group(0).endswith("。") and (_NUMBERED.match(line) is None or line.rstrip(" 　").endswith("。")):
        return "体言止め"  # (３　生活保護 with no 。 is a heading)
    if _QUOTED_FINDING.match(text, t_end):
        return "診断の引用"  # 「適応障害」との診断書: the quote is what a doctor found
    opened = before.rfind("「")
    if opened != -1 and "」" not in before[opened:] and "」" in text[t_end:end] \
            and text[start + opened + 1:text.find("」", t_end)] != text[t_start:t_end]:
        return "引用"  # (「徘徊」の項目: a quoted item's name is no remark)
    return None


def fact_span(text: str, t_start: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The span that states the fact: the table cell holding ``t_start`` when
    its line is a table row (the cell, not the row, is the fact), else the
    clause without a bullet's mark (・ is layout, not the fact)."""
    start, end = line_span(text, t_start)
    line = text[start:end]
    if sum(line.count(s) for s in _CELL_SEPARATORS) < 2:
        bullet = _BULLET.match(text, clause[0], t_start)
        start = bullet.end() if bullet else clause[0]
        field = None
        for field in _FIELD.finditer(text, start, t_start):
            pass
        if field is not None:
            start = field.end()  # 現状：|不登校: the label says where, the value is the fact
        while start < t_start and text[start] in " 　":
            start += 1
        # (an item's cell before the term, ・北浜一郎　|下肢機能障害２級, is cut by sensitive._trim_start,
        # which keeps 胸部Ｘ線　要精密検査 whole)
        return start, with_trailing_note(text, clause[1])  # 視覚障害（所持）: the note is the fact's
    lo = max(text.rfind(s, start, t_start) for s in _CELL_SEPARATORS)
    his = [i for i in (text.find(s, t_start, end) for s in _CELL_SEPARATORS) if i != -1]
    return (lo + 1 if lo != -1 else start), (min(his) if his else end)



# A heading over a record's items that names whose they are (本人の状況,
# 相談者の経過, 事例２　Ａさん（７０代）, 世帯の状況): short, no sentence in it.
# (a word of its own, not the piece of a longer kanji word: 夫 of 工夫した点, 母 of 母子保健事業)
_HEADING_PERSON = re.compile(r"(?<![一-龥々])(?:%s)(?![一-龥々])" % words_regex(
    _DATA["person"]["words"] + _DATA["person"]["labels"] + _DATA["person"]["heading_words"]))
_ITEM_LINE = re.compile(r"[ 　\t]*(?:[・･●○◯◦▪■□◆◇※‐\-－―→⇒＊*＞]|[（(][0-9０-９]{1,2}[)）]|[①-⑳])")


def heading_person(text: str, pos: int) -> str | None:
    """The person word of the heading over the list of items ``pos`` stands
    in (本人の状況⏎・恐喝で勾留中): the heading gives the person, the item the
    fact; so does a line indented under it (受付番号３　北村 トシ（８１歳）⏎　　還付金
    詐欺の被害に遭い…), the block of a case list. None when ``pos`` is not in an
    item or an indented line, or the heading above names no person (３　再発防止,
    協議事項)."""
    return _heading_person_of_line(text, line_span(text, pos)[0])


@lru_cache(maxsize=256)
def _heading_person_of_line(text: str, start: int) -> str | None:
    """``heading_person`` for the line at ``start``: read once per line, though a
    term's sentence asks for it from several places (sensitive.py)."""
    indent = _indent(text, start)
    if not _ITEM_LINE.match(text, start) and not indent:
        return None
    for _ in range(12):  # (the items of one list, up to its heading)
        if start == 0:
            return None
        start, end = line_span(text, start - 1)
        line = text[start:end]
        if not line.strip(" 　\t") or (_ITEM_LINE.match(line) and _indent(text, start) >= indent) \
                or (indent and _indent(text, start) >= indent):
            continue
        if len(line) > 30 or "。" in line:
            return None
        m = _HEADING_PERSON.search(line) or _AGE_IN_BRACKETS.search(line) or _HONORIFIC.search(line)
        return m.group(0) if m else None
    return None


# A person's age in brackets on a heading line (北村 トシ（８１歳）, Ａさん（７０代）).
_AGE_IN_BRACKETS = re.compile(r"[（(][0-9０-９]{1,3}(?:歳|才|代)[）)]")


def _indent(text: str, start: int) -> int:
    """How many spaces open the line at ``start`` (a 全角空白 counts as two)."""
    n = 0
    for ch in text[start:start + 12]:
        if ch == " ":
            n += 1
        elif ch == "　":
            n += 2
        else:
            break
    return n


# A short item of a list (not a minutes speaker's ○ ◆ mark: a turn is prose).
_SHORT_ITEM = re.compile(r"[ 　\t]*(?:[・･※‐\-－―＊*]|[（(][0-9０-９]{1,2}[)）]|[①-⑳])[ 　]*")


def short_item_fact(text: str, pos: int) -> bool:
    """Whether ``pos`` stands near the start of a short item of a list
    (・ＤＶ被害により避難中, （２）窃盗で服役歴あり): an item that states one fact,
    not a sentence of its own (・全乗務員に対し、…杖使用者が着席するまで…)."""
    start, end = line_span(text, pos)
    m = _SHORT_ITEM.match(text, start)
    if m is None or end - m.end() > 24 or pos - m.end() > 10:
        return False
    # (a topic, a clause break or whom an act is aimed at makes the item a sentence of its own)
    return not re.search("[はが]|に対し|の際", text[m.end():pos]) and not re.search("[、。]|では|には", text[pos:end].rstrip("。"))


# The longest value a name's item holds (・主査　木下　亮：病気休職から復帰（６月１日）):
# a note, not a speaker's turn, which runs on in sentences.
_NAMED_ITEM_MAX = 40


def named_item(text: str, tokens: list[Token], pos: int) -> str | None:
    """The name that labels the item ``pos`` stands in (・主査　木下　亮：|病気休職
    から復帰, 大野 仁：通院配慮あり): a staff memo or a case list notes each
    person's state after their name and a colon, so the value is that person's
    fact. None unless the name (a token Sudachi reads as 人名) ends the label
    right before the colon and the value is a short note with no sentence end
    inside: 山田委員：… or 木下：…と述べた。 in minutes is a speaker's turn, read as prose."""
    start, end = line_span(text, pos)
    colon = max(text.rfind("：", start, pos), text.rfind(":", start, pos))
    if colon == -1 or colon - start > 20 or end - colon > _NAMED_ITEM_MAX:
        return None
    if any(c in text[start:colon] for c in "、。「」") or "。" in text[colon:end].rstrip("。 　"):
        return None
    label_end = colon
    while label_end > start and text[label_end - 1] in " 　":
        label_end -= 1
    i = bisect_left(tokens, label_end, key=_token_end)
    if i < len(tokens) and tokens[i].end == label_end and tokens[i].start >= start and tokens[i].is_person_name:
        return tokens[i].surface
    return None


def _token_end(t: Token) -> int:
    return t.end
