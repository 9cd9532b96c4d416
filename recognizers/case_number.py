"""CASE_NUMBER: numbers of court cases and administrative proceedings that
point at a party, and the reference numbers that look like them but name
no one. The forms follow how Japanese records number a case:

- court (MASK): [裁判所 or 地裁… (支部)] + 和暦年 + (事件記号) + 第N号, e.g.
  令和2年(ワ)第1234号, 令和二年（ワ）第千二百三十四号; the 事件記号 (ワ, ネ, 行ウ,
  家イ ...) is one to three kana or kanji in brackets (最高裁判所 民事事件記号規程
  and its 刑事・家事 counterparts);
- appeal (REVIEW): 審査請求 / 異議申立 / 再調査の請求 numbers (令和6年度審査請求第5号,
  審査請求（令和6年第2号）), which may point at the requester;
- receipt (MASK): the number an office or a police station gives one
  party's request, report or complaint: after a label (相談番号：2024-0123,
  苦情受付番号 R6-015, 遺失届の受理番号 第2025-123号; 整理番号/管理番号 only with
  a party word on the line, since registers number things too), or as 第N号
  after a word for the party's matter (苦情第3号, 相談第12号);
- case_file (MASK): a case file's own number in an era-letter form (R6-0123)
  on a line that says it is a case's record (相談記録（R6-0123）);
- record_id (MASK): an office's record ID for one party's matter, letters or
  kanji and digits in hyphenated groups (R6-福-0123, CS-2024-0012,
  生福-06-00123), after a label (受付番号 above), in a table column headed
  by one, or in brackets right after a party word or an honorific
  (相談者（R6-福-0123）, 北浜一郎様（CS-2024-0012）). The same shape alone is a
  model number, a phone or a date, so it counts only where the record says so;
- review_board (REVIEW as appeal): the national 情報公開・個人情報保護審査会's
  numbers with its symbols (令和5年（行個）諮問第123号, 令和6年度（行情）答申第45号);
- serial (KEEP): a list's receipt or row column (番号, No., 受付番号 in a table
  of requests or applicants) and a one- or two-digit number after a receipt
  label (受付番号１, 相談No.12): the list's order, not a register's number;
- bill / consultation (KEEP): 議案第52号, 報告第4号, 条例第12号, 陳情第3号,
  諮問第3号, 答申第2号: the council's and the executive's published numbers;
  an 諮問・答申 number on a line that names an appeal-hearing 審査会 or the
  requester (個人情報保護審査会 諮問第12号), or a person found on its line with
  an appeal (諮問第5号　北浜一郎氏からの審査請求), is that requester's appeal
  instead (appeal: REVIEW);
- legal_reference (KEEP): 条例第6条第1項第2号 and the like.
The KEEP kinds are reported on purpose: their spans protect the digits from
being taken for an identifier by other recognizers (the longer span wins).
Word lists are data (data/case_number.toml).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.finding import Finding
from redactor.recognizers import _case_issuer as issuer
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import ATTRIBUTES_KEY, JaPattern, JaPatternRecognizer, scan
from redactor.recognizers._ruled_rows import as_tab_rows, has_rules
from redactor.recognizers._text import KANJI, line_span, words_regex
from redactor.tokens import Token

_DATA = load_toml("case_number.toml", "redactor.recognizers.data")

# A number in Arabic or kanji digits (第1234号, 第千二百三十四号).
_NUM = r"(?:\d+|[〇一二三四五六七八九十百千]+)"
_YEAR = r"(?:令和|平成|昭和)[ ]?(?:元|\d{1,2}|[一二三四五六七八九十]{1,3})[ ]?年度?"
# (the Supreme Court has no place name before it: 最高裁判所令和2年（行ヒ）第45号)
_COURT = (rf"(?:(?:[{KANJI}]{{1,10}}|[ぁ-ん]{{2,5}})?(?:最高裁判所|高等裁判所|地方裁判所|家庭裁判所|簡易裁判所|最高裁|高裁|地裁|家裁|簡裁)"
          rf"(?:[{KANJI}]{{1,6}}支部)?[ ]?)?")
_ARTICLE = r"第\d+条(?:の\d+)*(?:第\d+項)?(?:第\d+号)?"
_MORE = r"(?:(?:及び|並びに|又は|若しくは|、|・)第\d+(?:条(?:の\d+)*|項|号))*"
# (審査申出, 審査の申出: a tax-payer's appeal to the 固定資産評価審査委員会, 地方税法第432条)
_APPEAL_WORDS = r"(?:審査請求|異議申立て?|再調査の請求|再審査請求|不服申立て?|審査の?申出)"
# The bracketed symbol a board gives its own appeals after the year
# (令和5年（介）審査請求第11号, 令和6年（審）第8号審査請求事件).
_BOARD_BRACKET = rf"(?:[ ]?[\(（][{KANJI}ァ-ヶぁ-ん]{{1,3}}[\)）][ ]?)"
_BOARD_SYMBOLS = words_regex(_DATA["review_board"]["symbols"])



def _labels_regex(words: list[str]) -> str:
    """The labels as one alternation; a label ending in No is written NO
    too (苦情NO.15, as forms in capitals have it), read back as No."""
    return words_regex(words).replace("No", "N[Oo]")


_PARTY_LABELS = _labels_regex(_DATA["party"]["labels"])
_REGISTER_LABELS = _labels_regex(_DATA["party"]["labels_with_party"])
_LABELS = f"(?:{_PARTY_LABELS}|{_REGISTER_LABELS})"
# The paper a receipt number is written on, between the label and the value
# (受理番号の控え（第3214号）, 受付番号の写し 2024-0012).
_COPY_WORDS = r"(?:の(?:" + words_regex(_DATA["party"]["copy_words"]) + r"))"
_PARTY_WORDS = tuple(_DATA["party"]["words"])
_SERIES_WORDS = words_regex(_DATA["party_series"]["words"])
# The municipality that numbers the series, written before its word
# (令和6年北浜市職員措置請求第2号).
_MUNICIPALITY = rf"(?:[{KANJI}]{{1,6}}[都道府県市区町村])"
_BILL_WORDS = words_regex(_DATA["bill"]["words"])
_NUMBER_FIRST = words_regex(_DATA["bill"]["number_first"])
_BEFORE_LABEL = re.compile(f"(?:{words_regex(_DATA['bill']['before_label'])})$")
_CASE_FILE_CONTEXT = tuple(_DATA["case_file"]["context"])
_TABLE_CONTEXT = tuple(_DATA["case_file"]["table_context"])
_FORM_TITLES = tuple(_DATA["party"]["form_titles"])
_SMALL_NUMBER_LABELS = frozenset(_DATA["party"]["small_number_labels"])
# Separators of a record ID's groups: hyphen, full-width hyphen, 長音 ー, ‐, −.
_SEP = r"[-－ー‐−–]"
# One group of a record ID: a short kanji section code, maybe with digits
# (福, 生福, 苦情第2024), or letters and digits (R6, CS, 2024, 0123).
_ID_GROUP = rf"(?:[{KANJI}]{{1,4}}[A-Za-z0-9]{{0,12}}|[A-Za-z0-9]{{1,12}})"
# A record ID: two to six groups, maybe 号 (R6-福-0123, 北浜2024-0015号);
# ``_record_id_ok`` asks for 4 digits at least.
_RECORD_ID = _ID_GROUP + r"(?:" + _SEP + _ID_GROUP + r"){1,5}[号番]?(?![A-Za-z0-9])"
_DATE_SHAPE = re.compile(r"(?:19|20)\d{2}" + _SEP + r"(?:0?[1-9]|1[0-2])" + _SEP + r"(?:0?[1-9]|[12]\d|3[01])")
# The label of a contact number fused to it (電話045-…, TEL03-…, 携帯090-…): the
# bracket after a name then gives how to reach the person, not a record.
_CONTACT_LABEL = re.compile(r"(?:電話|TEL|Tel|tel|FAX|Fax|fax|携帯|ファクス|ファックス|内線)")
_PHONE_SHAPE = re.compile(r"0\d{1,4}" + _SEP + r"\d{1,4}" + _SEP + r"\d{3,4}")
# A word fused before a value's digits (役場, 自宅, 北浜).
_PLACE_WORD = re.compile(rf"^[{KANJI}ぁ-んァ-ヶ]+(?=\d)")
_POSTAL_SHAPE = re.compile(r"\d{3}" + _SEP + r"\d{4}")
_RID = _DATA["record_id"]
_ID_HEADINGS = frozenset(_RID["headings"])
_SERIAL_HEADINGS = frozenset(_RID["serial_headings"])
_GENERIC_HEADINGS = frozenset(_RID["generic_headings"])
_PARTY_HEADINGS = tuple(_RID["party_headings"])
_BRACKET_WORDS = words_regex(_RID["bracket_words"])
_APPEAL_CONTEXT = tuple(_DATA["consultation"]["appeal_context"])
_ANSWER_WORDS = tuple(_DATA["consultation"]["answer_words"])
# The city's own outgoing letter number (北浜総第123号, 福祉第2024-5号): an
# office's abbreviation and 第; it names the office, not a party.
_OFFICE_LETTER = re.compile(rf"[{KANJI}]{{1,6}}第")
# The value after a label: an era year, 第, a letter prefix, digits with hyphens, 号.
# (an office's section code may stand before 第: 子支インシ第2024-017号)
# (a Western year too, 2024年第87号; an office's section written without
# hyphens, R5福0312)
_LABELLED_VALUE = (r"(?:(?:" + _YEAR + r"|(?:19|20)\d{2}年度?)[ ]?)?(?:(?:[" + KANJI + r"ァ-ヶ]{1,8})?第[ ]?)?(?:[A-Za-z]{1,3}[-ー－]?)?\d{1,8}"
                   r"(?:[" + KANJI + r"]{1,3}\d{2,8})?(?:[-ー－]\d{1,6})*[号番]?"
                   # (not a count or a date: 受付番号 12件, 相談番号1から10まで, 令和6年4月)
                   r"(?![\dA-Za-z\-－ー‐−–]|番目|[件月日人名回年目台枚]|から|まで|[~～〜])")
# A party matter's number with hyphenated digits (苦情第2024-0015号).
_SERIES_NUM = r"(?:\d+(?:" + _SEP + r"\d+)*|[〇一二三四五六七八九十百千]+)"


class CaseNumberRecognizer(JaPatternRecognizer):
    ENTITY = "CASE_NUMBER"
    DESCRIPTION = "事件番号"
    PATTERNS = (
        # (同年（ワ）第1235号: a second case of the same year, listed after the first)
        JaPattern("court", _COURT + "(?:" + _YEAR + "|同年)" + rf"[ ]?[\(（][{KANJI}ァ-ヶぁ-ん]{{1,3}}[\)）][ ]?第?[ ]?" + _NUM + "[ ]?号", 0.9,
                  anchor=r"[\)）][ ]?第?[ ]?" + _NUM + "[ ]?号"),
        # the national review board's case (令和5年（行個）諮問第123号, 令和6年度（行情）答申第45号)
        JaPattern("review_board", r"(?:" + _YEAR + r")?[ ]?[\(（](?:" + _BOARD_SYMBOLS + r")[\)）][ ]?(?:諮問|答申)第"
                  + _NUM + "号", 0.85, anchor=r"[\)）][ ]?(?:諮問|答申)第"),
        JaPattern("appeal", r"(?:" + _YEAR + _BOARD_BRACKET + r"?)?" + _APPEAL_WORDS + r"(?:事件)?[ ]?第" + _NUM + "号"
                  # (the number the office gave the appeal, in brackets: 審査請求事件（北総第14号）)
                  # (a letter number in two parts too: 審査請求（北情第3-15号）)
                  r"|" + _APPEAL_WORDS + rf"(?:事件)?(?:[\(（](?:" + _YEAR + rf")?[ ]?(?:[{KANJI}]{{1,6}}(?=第))?第?"
                  + _NUM + r"(?:[-－‐]" + _NUM + r")?号[\)）]"
                  r"|[ ]?[:：]?[ ]?" + _YEAR + r"[ ]?第" + _NUM + "号)", 0.8,
                  anchor=_APPEAL_WORDS + r'(?:事件)?(?:第|[\(（ :：]|令和|平成)'),
        JaPattern("consultation", r"(?:" + _YEAR + r")?(?:諮問|答申)第\d+号", 0.8, anchor='(?:諮問|答申)第'),
        JaPattern("bill", r"(?:" + _BILL_WORDS + r")第" + _NUM + "号", 0.8, anchor=f"(?:{_BILL_WORDS})第"),
        JaPattern("bill_number_first", r"第" + _NUM + "号(?:" + _NUMBER_FIRST + ")", 0.8,
                  anchor=f"号(?:{_NUMBER_FIRST})"),
        # an appeal written number first (令和6年度第2号審査請求事件)
        JaPattern("appeal_number_first", r"(?:" + _YEAR + _BOARD_BRACKET + r"?)?第" + _NUM + "号の?" + _APPEAL_WORDS, 0.8,
                  anchor="号の?" + _APPEAL_WORDS),
        JaPattern("legal_reference", _ARTICLE + _MORE, 0.7, anchor='第[0-9]+条'),
        # the number an office or a police station gives a party's request or
        # report: the value after the label
        JaPattern("receipt", r"(?P<label>" + _LABELS + r")(?:\.|[はがも]|" + _COPY_WORDS + r")?[ ]?[、:：]?[ ]?[（(「【\[]?[ ]?(?P<value>" + _LABELLED_VALUE
                  + r"|(?P<rid>" + _RECORD_ID + "))",
                  0.7, anchor=_LABELS),
        # 第N号 after a word for the party's matter (苦情第3号, 相談第12号)
        JaPattern("party_series", r"(?:" + _YEAR + r")?" + _MUNICIPALITY + r"?(?P<word>" + _SERIES_WORDS + r")[ ]?第" + _SERIES_NUM + "号", 0.7,
                  anchor=f"(?:{_SERIES_WORDS})[ ]?第"),
        # a case file's era-letter number (R6-0123) on a line about a case
        # (with an office's section between, R5-福-0312)
        JaPattern("case_file", r"(?<![A-Za-z0-9-])[RHS]\d{1,2}[-ー－](?:[" + KANJI + r"]{1,3}[-ー－])?\d{2,6}(?![\dA-Za-z-]|[年月日件])", 0.6,
                  anchor=r"[RHS]\d{1,2}[-ー－]"),
        # a record ID in brackets right after a party word or an honorific
        # (相談者（R6-福-0123）, 北浜一郎様（CS-2024-0012）), maybe with its label
        JaPattern("record_id", r"(?P<word>" + _BRACKET_WORDS + r")[ ]?[（(][ ]?(?:(?:" + _LABELS + r"|受付|番号|No\.?|ID)"
                  r"[ ]?[:：.]?[ ]?)?(?P<value>" + _RECORD_ID + r")[ ]?[）)、,]", 0.6,
                  anchor=r"(?:" + _BRACKET_WORDS + r")[ ]?[（(]"),
    )

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        results = []
        for pattern, m, start, end in self.matches(text):
            judged = self._judge(text, pattern.name, m)
            if judged is None:
                continue
            kind, why = judged
            reason = f"{self.DESCRIPTION}の形式（{pattern.name}）" + (f"、{why}" if why else "")
            results.append(self.result(self.ENTITY, start, end, pattern.score, reason, pattern=pattern.name, kind=kind))
        results += self._table_ids(text)
        # A case file's era-letter number (R6-福-0123) that a label, a bracket
        # or a table heading also found is reported once, as they read it.
        spans = {(r.start, r.end) for r in results if _pattern_of(r) != "case_file"}
        yield from (r for r in results if _pattern_of(r) != "case_file" or (r.start, r.end) not in spans)

    def refine(self, text: str, findings: list[Finding]) -> list[Finding]:
        """A record ID in brackets right after a name found by the PERSON
        recognizers (北浜一郎（R6-福-0123）): the name's case. Needs the
        other recognizers' findings, so it runs here, not in ``find``."""
        names = {f.end for f in findings if f.label == "PERSON"}
        if not names:
            return findings
        self._requester_named(text, findings)
        ours = {(f.start, f.end) for f in findings if f.label == self.ENTITY}
        added = []
        for m in _BRACKETED_ID.finditer(text):
            before = m.start() - 1 if text[m.start() - 1:m.start()] == " " else m.start()
            start, end = m.span("value")
            if before not in names or (start, end) in ours:
                continue
            if not _record_id_ok(text, start, m.group("value")):
                continue
            added.append(Finding(self.ENTITY, start, end, text[start:end], 0.6, self.name,
                                 reason=f"{self.DESCRIPTION}の形式（record_id）、氏名の後の括弧内の記録番号",
                                 attributes={"pattern": "record_id", "kind": "receipt"}))
        return findings + added if added else findings

    def _requester_named(self, text: str, findings: list[Finding]) -> None:
        """An 諮問・答申 number on a line that names a person and an appeal
        (諮問第5号　北浜一郎氏からの審査請求について) is that person's appeal,
        not a council's published number: its kind turns to appeal. (諮問第2号
        人権擁護委員候補者の推薦 names a candidate, no appeal.)"""
        people = [f for f in findings if f.label == "PERSON"]
        for f in findings:
            if f.label != self.ENTITY or f.attributes.get("kind") != "consultation" or "答申" in f.text:
                continue
            line_start, line_end = line_span(text, f.start, f.end)
            person = next((p for p in people if line_start <= p.start and p.end <= line_end), None)
            if person and re.search(_APPEAL_WORDS, text[line_start:line_end]):
                f.attributes["kind"] = "appeal"
                f.reason += "、同じ行に人名: 一人の請求人の事件"

    def _table_ids(self, text: str) -> Iterable[RecognizerResult]:
        """Case numbers in a table's column headed 受付番号, 相談番号, 事件番号
        or the like, or headed 番号/No./ID in a table whose heading row names
        a party (氏名, 相談者, 相談内容). Cells are split by tabs, by runs of
        two or more spaces (PDF tables aligned with spaces), as
        ``_person_table`` reads them, or by a ruled table's rules
        (``_ruled_rows``).

        A record ID (2024-0087, R6-福-0123) under such a heading is the
        office's number of one party's matter: MASK. A bare number is the
        list's own order (KEEP, reported as ``serial``) only with positive
        evidence, the column counting 1, 2, 3 down its rows; bare numbers
        that do not count so (15, 23, 31) under a receipt heading are the
        register's numbers (MASK); under a generic 番号/No. they are left as
        they were (row numbers of an excerpt, item codes)."""
        view = as_tab_rows(text)
        columns: dict[tuple[int, int], list[str]] = {}
        passes = [(_TABLE_CELL, False)]
        if _RECEIPT_HEADING.search(view):
            passes.append((_NUMBER_CELL, True))  # (bare numbers only in a table with a receipt heading)
        for rx, number in passes:
            for m in scan(rx, _TAB, view):
                value = m.group("value")
                if not number and not _record_id_ok(view, m.start("value"), value):
                    continue
                line_start = view.rfind("\n", 0, m.start("value")) + 1
                column = len(_cells(view[line_start:m.start("value")])) - 1
                found = _column_heading(view, line_start, column)
                if found is None:
                    continue
                head, row, head_start = found
                word = ctx.find_word(row, _PARTY_HEADINGS)
                receipt = head in _ID_HEADINGS or head in _SERIAL_HEADINGS
                if number:
                    if not receipt:
                        continue  # 番号<TAB>氏名 ⏎ 1<TAB>…: a row number or an item's code
                    key = (head_start, column)
                    if key not in columns:
                        columns[key] = _column_values(view, head_start, column)
                    if _counts_rows(columns[key]):
                        why, kind = f"列見出し「{head}」、1から順の連番: 一覧の通し番号", "serial"
                    else:
                        why, kind = f"列見出し「{head}」、連番でない番号: 台帳の受付番号", "receipt"
                        answer = issuer.published_answers(row) if not word and head in _SERIAL_HEADINGS else None
                        if answer:
                            why, kind = f"列見出し「{head}」、当事者の列なく「{answer}」の列: 市の処理結果一覧の番号", "office"
                elif receipt:
                    why, kind = f"列見出し「{head}」", "receipt"
                    answer = issuer.published_answers(row) if not word and head in _SERIAL_HEADINGS else None
                    if answer:
                        # 受付番号<TAB>意見の概要<TAB>市の考え方: a published list of the office's answers
                        why, kind = f"列見出し「{head}」、当事者の列なく「{answer}」の列: 市の処理結果一覧の番号", "office"
                elif not word:
                    continue  # an item's code (番号<TAB>品名): no party in the table
                else:
                    key = (head_start, column)
                    if key not in columns:
                        columns[key] = _column_values(view, head_start, column)
                    if _counts_rows(columns[key], prefixed=True):
                        # 番号 ⏎ 6-041 ⏎ 6-042 …: the list's numbering (a year and the row)
                        why, kind = f"列見出し「{head}」、行ごとに一つずつ増える番号: 当事者（「{word}」）の一覧の通し番号", "serial"
                    else:
                        why, kind = f"列見出し「{head}」、当事者（「{word}」）の一覧の記録番号", "receipt"
                if kind == "receipt":
                    row_end = view.find("\n", m.end("value"))
                    public = issuer.petition_or_firm_row(view[line_start:row_end if row_end != -1 else len(view)])
                    if public:
                        kind, why = public[0], f"列見出し「{head}」、{public[1]}"
                yield self.result(self.ENTITY, m.start("value"), m.end("value"), 0.6,
                                  f"{self.DESCRIPTION}の形式（record_id）、{why}", pattern="record_id", kind=kind)

    def _judge(self, text: str, name: str, m: re.Match) -> tuple[str, str] | None:
        """(kind, why) of a match, or None when it is not a case number
        (a register number with no party on its line, R6-0123 on a line
        about no case)."""
        if name == "bill_number_first":
            if "諮問" in m.group(0):
                word = _appeal_body(text, m.start(), m.end())
                if word:
                    return "appeal", f"審査会への諮問（文脈語「{word}」）: 一人の請求人の事件"
                return "consultation", ""
            return "bill", ""
        if name in ("appeal_number_first", "review_board"):
            return "appeal", ""
        if name in ("court", "appeal", "consultation", "bill", "legal_reference"):
            kind = self.attributes_for(text, m.start(), m.end())["kind"]
            if kind == "court":
                office = issuer.court_bracket(m.group(0))
                if office:
                    return office  # 令和6年（告示）第12号: the municipality's series, not a court's symbol
                cited = _precedent(text, m.end())
                if cited:
                    return "precedent", cited
            if kind == "consultation" and "答申" not in m.group(0):
                # (an 答申 number is the board's published opinion, numbered in the
                # board's own series: it names no requester, whatever board gave it)
                word = _appeal_body(text, m.start(), m.end())
                if word:
                    return "appeal", f"審査会への諮問（文脈語「{word}」）: 一人の請求人の事件"
            return kind, ""
        if name == "receipt":
            label = m.group("label")
            if label.endswith("NO"):
                label = label[:-2] + "No"
            if m.group("rid") and not _record_id_ok(text, m.start("rid"), m.group("rid")):
                return None  # too few digits for a record (相談番号 A-12)
            if label == "文書番号" and _OFFICE_LETTER.match(m.group("value")):
                return None  # the city's own letter number (北浜総第123号)
            if label == "文書番号" and issuer.office_letter(text, m.start("value")):
                return None  # the same with its year in front (5北総発第456号)
            small = _LIST_ORDER.fullmatch(m.group("value")) is not None and label not in _SMALL_NUMBER_LABELS
            if small and _label_counts(text, label, int(m.group("value"))):
                return "serial", f"「{label}」の後の一・二桁の番号、前後の番号も同じラベルで並ぶ: 一覧の順番"  # 受付番号１ 北浜一郎 ⏎ 受付番号２ …
            if small and label in _SERIAL_HEADINGS and _label_lists(text, label):
                # 受付番号03 …⏎受付番号07 …⏎受付番号11: a round of applications
                # numbered from 1, the document going through its entries
                return "serial", f"「{label}」の後の一・二桁の番号、文書が同じラベルの一・二桁の番号三つ以上で案件を並べる: 一回の受付の順番"
            # (the council's, a firm's and a register's evidence is read before
            # a small number's: 受理番号12 on a 請願文書表's line is the council's)
            if _BEFORE_LABEL.search(text, max(0, m.start() - 8), m.start()):
                return "bill", f"「{label}」は議会の受付番号"  # 陳情受付番号 第3号
            council = _council_word(text, m.start(), m.end())
            if council:
                return "bill", f"同じ行に「{council}」: 議会の受付番号"  # 受付番号 第5号　件名 …に関する陳情
            firm = issuer.firm_or_procurement(text, m.start(), m.end())
            if firm:
                # 受付番号 2024-0087　提案者　株式会社北浜設計, 処理番号 R6-0123 の支出命令
                return "corporate", f"ラベル「{label}」、同じ行に「{firm}」（私人を示す語なし）: 法人・市の調達の番号"
            if small:
                return "receipt", f"ラベル「{label}」（一覧の順番である証拠なし）"  # 苦情No.15の件: that complaint's number
            if label in _DATA["party"]["labels_with_party"]:
                word = _party_word_near(text, m.start())
                if not word:
                    return None  # 物品管理番号: a register numbers things too
                return "receipt", f"「{label}」と当事者を示す語「{word}」"
            return "receipt", f"ラベル「{label}」"
        if name == "party_series":
            word = m.group("word")
            if text.startswith(_FORM_WORD, m.end()):
                # 届出第2号様式, 通報第1号様式: the form a party fills in, one for all
                return "form", f"「{word}第…号」の後に「{_FORM_WORD}」: 様式の番号"
            if _BEFORE_LABEL.search(text, max(0, m.start("word") - 8), m.start("word")) \
                    or (word in ("受付", "受理") and _council_word(text, m.start(), m.end())):
                return "bill", ""  # 陳情受付第3号, 受付第3号　…に関する請願
            if re.fullmatch(_APPEAL_WORDS, word):
                return "appeal", f"「{word}」"
            return "receipt", f"「{word}」の番号"
        if name == "record_id":
            if not _record_id_ok(text, m.start("value"), m.group("value")):
                return None
            return "receipt", f"当事者を示す語「{m.group('word')}」の後の括弧内の記録番号"
        if name == "case_file":
            thing = _THING_LABEL.search(text, max(0, m.start() - 12), m.start())
            if thing and not re.fullmatch(_LABELS, thing.group("label")):
                return None  # 事業番号 R6-0123, 契約番号 R6-0123: the number of a programme or a contract
            if thing and thing.group("label") in _DATA["party"]["labels_with_party"] \
                    and not _party_word_near(text, m.start()):
                return None  # 文書番号 R6-総-0045: a register's label with no party, as the receipt reading has it
            firm = issuer.firm_or_procurement(text, m.start(), m.end())
            if firm:
                return "corporate", f"同じ行に「{firm}」（私人を示す語なし）: 法人・市の調達の番号"
            line_start, line_end = line_span(text, m.start(), m.end())
            word = ctx.find_word(text[line_start:line_end], _CASE_FILE_CONTEXT)
            if word:
                return "case_file", f"文脈語「{word}」"
            if _SECTIONED.fullmatch(m.group(0)):
                # R5-福-0312: the year, the office's section and a serial, as an
                # office numbers its case records; no model number or date has it
                return "case_file", "年度・係の記号・連番の形（記録番号）"
            word = _table_case_word(text, line_start, m.start())
            return ("case_file", f"一覧の見出し・表題の語「{word}」") if word else None
        return None

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        value = text[start:end]
        if re.search(rf"[\(（][{KANJI}ァ-ヶぁ-ん]{{1,3}}[\)）]", value) and "号" in value and "条" not in value \
                and not re.search(_APPEAL_WORDS, value):
            return {"kind": "court"}
        if re.search(_APPEAL_WORDS, value):
            return {"kind": "appeal"}
        if "諮問" in value or "答申" in value:
            return {"kind": "consultation"}
        if "条" in value and not re.match(_BILL_WORDS + "第", value):
            return {"kind": "legal_reference"}
        return {"kind": "bill"}


_TAB = re.compile(r"\t| {2}")


def _pattern_of(result: RecognizerResult) -> str | None:
    """The pattern name a result of ours carries in its attributes."""
    return (result.recognition_metadata or {}).get(ATTRIBUTES_KEY, {}).get("pattern")
# A value of one or two bare digits after a receipt label (受付番号１, 受付No.15):
# the order of an item in the list at hand; an office's register gives a year,
# a prefix, 第…号 or more digits.
_LIST_ORDER = re.compile(r"\d{1,2}")
_GAP = re.compile(r"\t| {2,}")
# A bracketed record ID, maybe with its label (（受付番号 R6-福-0123）).
_BRACKETED_ID = re.compile(r"[（(][ ]?(?:(?:" + _LABELS + r"|受付|番号|No\.?|ID)[ ]?[:：.]?[ ]?)?(?P<value>"
                           + _RECORD_ID + r")[ ]?[）)、,]")
# A table cell that is a record ID (a line's cells are split by tabs).
_TABLE_CELL = re.compile(r"(?:^|(?<=\t)|(?<=  ))[ ]*(?P<value>" + _RECORD_ID + r")[ ]*(?=\t|  |$)", re.M)
# A table cell that is a bare number, maybe as 第15号, or as the office
# writes the number it gave the matter: its section's abbreviation, 第, the
# year and the serial (福見第6-3号).
# (a bare 6-2 without 第 is left to the record-ID reading, which asks for
# four digits: a year and a row's serial look the same)
_NUMBER_CELL = re.compile(r"(?:^|(?<=\t)|(?<=  ))[ ]*(?P<value>第?\d{1,6}号?|(?:[" + KANJI + r"ぁ-んァ-ヶ]{1,6})?第\d{1,6}"
                          r"(?:[-－ー‐−–]\d{1,6})?号?)[ ]*(?=\t|  |$)", re.M)
_TABLE_ROWS = 300  # rows read under one heading
_RECEIPT_HEADING = re.compile(words_regex(_ID_HEADINGS | _SERIAL_HEADINGS))


def _cells(row: str) -> list[str]:
    """The cells of a table row (or of the part of a row before a cell):
    split by tabs or runs of spaces; spaces that indent the row are no cell."""
    return [c.replace(" ", "") for c in _GAP.split(row.lstrip(" "))]


# A label right before a value that numbers a thing (事業番号, 契約番号, 工事番号, 物品番号):
# the value is that thing's, unless the label is one of a party's (above).
_THING_LABEL = re.compile(r"(?P<label>[" + KANJI + r"ァ-ヶー]{1,8}(?:番号|No\.?|NO\.?|ID|コード))[ ]?[:：]?[ ]?$")


_SECTIONED = re.compile(r"[RHS]\d{1,2}[-ー－][" + KANJI + r"]{1,3}[-ー－]\d{3,6}")
_COUNCIL = re.compile(r"陳情|請願")


def _council_word(text: str, start: int, end: int) -> str | None:
    """陳情 or 請願 on the line of a receipt number: the council receives and
    numbers petitions in a public series (陳情文書表, 請願文書表)."""
    line_start, line_end = line_span(text, start, end)
    m = _COUNCIL.search(text, line_start, line_end)
    return m.group(0) if m else None


def _label_counts(text: str, label: str, number: int) -> bool:
    """Whether the same label stands with the number before or after this
    one elsewhere in the text (受付番号１ …⏎受付番号２ …): the list counts its
    items, positive evidence that the number is the list's order."""
    around = r"(?:" + re.escape(label) + r")(?:\.|[はがも])?[ ]?[、:：]?[ ]?[（(「【\[]?[ ]?(?:%s)(?!\d)"
    neighbours = "|".join(str(n) for n in (number - 1, number + 1) if n > 0)
    return re.search(around % neighbours, text) is not None


_FORM_WORD = "様式"
_PRECEDENT = _DATA["precedent"]
_LAW_REPORTS = tuple(_PRECEDENT["words"])
# A cited judgement's date right after its number, written with 同 for the
# year of the number (…第123号同30年1月19日第二小法廷判決).
_CITED_DATE = re.compile(r"[ ]?同[ ]?(?:元|\d{1,2})年\d{1,2}月\d{1,2}日[^。\n]{0,12}?(?:判決|決定)")


def _precedent(text: str, end: int) -> str | None:
    """Why a court number is a published precedent cited in reasoning (an
    答申 or a 裁決 citing the Supreme Court), or None. Positive evidence
    right after the number: a bench (第二小法廷, 大法廷) or a law report
    (民集, 判例時報) within the citation, or the judgement's date written
    with 同 as citations write it. A lawsuit of the municipality's own
    (令和6年（ワ）第12号事件の判決が確定した) has none of these and stays a
    party's case."""
    after = text[end:end + _PRECEDENT["window"]].split("\n", 1)[0].split("。", 1)[0]
    word = ctx.find_word(after, _LAW_REPORTS)
    if word:
        return f"後に「{word}」: 公刊された判例の引用"
    if _CITED_DATE.match(text, end):
        return "後に「同…年…月…日…判決」: 判例の引用"
    return None


def _label_lists(text: str, label: str) -> bool:
    """Whether the document gives three or more different one- or two-digit
    numbers after the same receipt label (受付番号03 …⏎受付番号07 …⏎受付番号11):
    it goes through the entries of one round of applications or requests by
    the order they came in (a housing lottery's or a subsidy round's
    applicants), numbered from 1. An office's register that lasts across
    rounds writes a year, a prefix or more digits (R6-0123, 第2024-15号)."""
    rx = re.compile(r"(?:" + re.escape(label) + r")(?:\.|[はがも])?[ ]?[、:：]?[ ]?[（(「【\[]?[ ]?(\d{1,2})(?![\d\-－ー‐−–])")
    return len({int(v) for v in rx.findall(text)}) >= 3


def _record_id_ok(text: str, start: int, value: str) -> bool:
    """Is ``value`` shaped like an office's record ID: four digits at least
    and not a date (2024-05-01), a phone (03-1234-5678) or a postal code
    (〒123-4567), which share the shape?"""
    if sum(ch.isdigit() for ch in value) < 4:
        return False
    if _CONTACT_LABEL.match(value):
        return False  # 有馬（電話045-555-2020）: a contact number with its label, not a record
    core = value.rstrip("号番")
    # (役場0228-45-2111, 自宅045-555-2020: a phone with the word for whose
    # line it is fused to it, as a staff list gives a contact)
    core = _PLACE_WORD.sub("", core)
    if _DATE_SHAPE.fullmatch(core) or _PHONE_SHAPE.fullmatch(core) or _POSTAL_SHAPE.fullmatch(core):
        return False
    return not text[max(0, start - 2):start].strip().endswith("〒")


def _column_heading(text: str, line_start: int, column: int) -> tuple[str, str, int] | None:
    """(heading, heading row, its start) of ``column`` in the tab-separated
    table whose row starts at ``line_start``, when the heading is a record
    label or a generic 番号/No./ID (as ``_context.column_heading``, which
    gives no row). A ruled table's drawn line (all TABs) is passed over."""
    for start, row in ctx.lines_above(text, line_start, 50):
        if row and not row.strip("\t"):
            continue
        cells = _cells(row)
        if len(cells) < 2:
            return None
        if column < len(cells):
            head = cells[column]
            if head in _ID_HEADINGS or head in _SERIAL_HEADINGS or head in _GENERIC_HEADINGS:
                return head, row, start
    return None


def _column_values(text: str, head_start: int, column: int) -> list[str]:
    """The cells of ``column`` in the rows under the heading row at
    ``head_start``, down to the first line that is no row (fewer than two
    cells); a ruled table's drawn lines are passed over."""
    values: list[str] = []
    pos = text.find("\n", head_start)
    while pos != -1 and len(values) < _TABLE_ROWS:
        end = text.find("\n", pos + 1)
        row = text[pos + 1:end if end != -1 else len(text)]
        pos = end
        if row and not row.strip("\t"):
            continue
        cells = _cells(row)
        if len(cells) < 2:
            break
        values.append(cells[column] if column < len(cells) else "")
    return values


_NUMBER_LIKE = re.compile(_RECORD_ID + r"|第?\d{1,6}号?")
_PREFIXED = re.compile(r"(?P<prefix>.*?)(?P<n>\d{1,4})号?")


def _counts_rows(values: list[str], prefixed: bool = False) -> bool:
    """Whether a column's cells count the rows (1, 2, 3 …, each one more
    than the cell above; a list of one that holds 1): the list's own order,
    which names no one. With ``prefixed``, cells that share a prefix and
    count on after it (6-041, 6-042, 6-043: the year and the row) count too,
    when there are two rows at least. Empty cells (a wrapped row's second
    line) are passed over."""
    # (a total or a note under the table, 計6件, is no row of the list)
    filled = [v for v in values if _NUMBER_LIKE.fullmatch(v)]
    if prefixed and len(filled) >= 2:
        parts = [_PREFIXED.fullmatch(v) for v in filled]
        if all(parts) and len({p.group("prefix") for p in parts if p}) == 1:
            ns = [int(p.group("n")) for p in parts if p]
            return all(b == a + 1 for a, b in zip(ns, ns[1:]))
    numbers = [int(v) for v in filled if v.isdigit() and len(v) <= 3]
    if len(numbers) != len(filled) or not numbers:
        return False
    if len(numbers) == 1:
        return numbers[0] == 1
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _appeal_body(text: str, start: int, end: int) -> str | None:
    """A word on the line of an 諮問・答申 number that says a 審査会 hears one
    requester's appeal (個人情報保護審査会, 審査請求人); the council's own 諮問
    on an appeal (諮問第2号 審査請求について) names neither."""
    line_start, line_end = line_span(text, start, end)
    line = text[line_start:line_end]
    word = ctx.find_word(line, _APPEAL_CONTEXT)
    if word is None and ctx.find_word(line, _ANSWER_WORDS):
        # (…諮問のあった件（諮問第9号）について、次のとおり答申します: the answer's
        # document says whose appeal it is, in its heading or its parts)
        word = ctx.find_word(text, _APPEAL_CONTEXT)
    return word


def _party_word_near(text: str, pos: int) -> str | None:
    """A party word on the line of ``pos`` or the line before (a register
    number in a case's heading: 相談者　北浜一郎⏎整理番号 12345), or the
    title of a one-record form a few lines above (事故報告書⏎報告者 …⏎管理番号
    …): the form records one incident or one party's matter."""
    line_start = text.rfind("\n", 0, pos) + 1
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
    line_end = text.find("\n", pos)
    word = ctx.find_word(text[prev_start:line_end if line_end != -1 else len(text)], _PARTY_WORDS)
    if word:
        return word
    for _, line in ctx.lines_above(text, line_start, 6):
        title = ctx.find_word(line, _FORM_TITLES)
        if title:
            return title
    return None


def _table_case_word(text: str, line_start: int, start: int) -> str | None:
    """A word of a table's heading row or title that says its rows are cases
    (インシデント一覧, a 関係者 column), for a case file's number standing as
    a cell of a tab-separated row (R6-0123<TAB>…). Row numbers 1, 2, 3 never
    reach here: the case_file form needs an era letter and a hyphen."""
    line_end = text.find("\n", start)
    row = text[line_start:line_end if line_end != -1 else len(text)]
    if has_rules(row):  # a ruled table (│R5-03│…│): read as TAB rows, offsets unchanged
        text = as_tab_rows(text)
        row = text[line_start:line_end if line_end != -1 else len(text)]
    cell_start = start - line_start
    if "\t" not in row or not (cell_start == 0 or row[cell_start - 1] == "\t"):
        return None
    heading = None
    title_lines: list[str] = []
    for _, line in ctx.lines_above(text, line_start, 60):
        if line and not line.strip("\t"):
            continue  # a ruled table's drawn line
        if heading is None or "\t" in line:
            if "\t" in line:
                heading = line
                continue
            return None  # no table above the row
        if line.strip():
            title_lines.append(line)
            if len(title_lines) == 2:
                break
    if heading is None:
        return None
    for word in issuer.CONTRACT_HEADINGS:  # 契約相手方: a contract's firm, not a case's party
        heading = heading.replace(word, "　" * len(word))
    return ctx.find_word(heading, _TABLE_CONTEXT) or ctx.find_word(heading + "\n" + "\n".join(title_lines),
                                                                    _CASE_FILE_CONTEXT)
