"""PERSON in tables: every cell under a name heading is a name.

Word, HTML and PDF tables are read as rows of cells separated by tabs, or
aligned with runs of spaces (全角空白, which NFKC turns into spaces). When
a row has a heading such as 氏名, 名前 or 申請者 in one column and another
known heading beside it (住所, 電話, No.), the rows below it hold a name in
that column, whatever Sudachi makes of it: 大河原 桜 (a place and a tree),
山村 はるか, 海野 ユウキ. Cells naming an organisation (株式会社みらい),
empty or placeholder cells (なし, 同上) are not names.

``header_cell_at`` also tells ``PersonRecognizer`` that a 氏名 heading
followed by another heading (氏名\t地区) is not a field with its value.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._drops import drop
from redactor.recognizers._name_lexicon import is_given_name, is_surname, split_full_name
from redactor.recognizers._person_roles import AFTER, BEFORE, COMMUNITY, ROLES as _ROLES_DATA
from redactor.recognizers._text import KANJI, KANJI_NAME, LATIN_NAME, words_regex

_DATA = load_toml("person_forms.toml", "redactor.recognizers.data")["table"]
# headings are compared with their spaces removed (FAMILY NAME, 氏 名: see _header_cells)
_NAME_HEADERS = frozenset(h.replace(" ", "") for h in _DATA["name_headers"])
_OTHER_HEADERS = frozenset(h.replace(" ", "") for h in _DATA["other_headers"]) | _NAME_HEADERS
_NOT_NAMES = frozenset(_DATA["not_names"])
_HEADING_END = re.compile(rf"^[{KANJI}]{{1,6}}(?:%s)$" % words_regex(_DATA["heading_ends"], longest_first=False))
_ORG_WORDS = tuple(_DATA["org_words"])
_MUNICIPAL_ENDS = tuple(_DATA["municipal_ends"])
_CAPACITY_HEADERS = frozenset(_DATA["capacity_headers"])
_PRIVATE = frozenset(BEFORE["private"])
_OFFICIAL = frozenset(AFTER["official"]) | frozenset(BEFORE["official"])
# A company's legal form in a cell of the row (株式会社北斗, ㈱ミナト, 北斗システム（株）).
_COMPANY = re.compile(words_regex(load_toml("address_context.toml", "redactor.recognizers.data")["legal_forms"]))
_ANCHOR = re.compile("|".join(re.escape(h) for h in sorted(set(_DATA["name_headers"]) | _NAME_HEADERS,
                                                           key=len, reverse=True))
                     + r"|氏 +名|名 +前|姓|セイ")
# a heading naming a kind of person as a cell of its own (<TAB>奨学生<TAB>): such
# headings count only in tables with marks between cells, so only TAB rows are searched
_KIND_ANCHOR = re.compile(rf"(?:^|(?<=\t)) *[{KANJI}]{{1,5}}(?:者|生|人) *(?=\t|$)", re.M)
_GAP = re.compile(r"\t| {2,}")
# (a hyphen only between letters: Min-jun, GARCIA-LOPEZ)
_NAME_CELL = re.compile(rf"^[{KANJI_NAME}ァ-ヺーぁ-ゖ{LATIN_NAME}](?:[{KANJI_NAME}ァ-ヺーぁ-ゖ{LATIN_NAME}・=.,' ]"
                        rf"|(?<=[{LATIN_NAME}])-(?=[{LATIN_NAME}])){{0,24}}$")
# A heading spelt out one character at a time (住 所, 生 年 月 日).
_SPELT_OUT = re.compile(r"^\S(?: \S)+$")
_NUMBER_LEAD = re.compile(r"^([0-9]{1,4}\.?) (?=\S)")
# A row number cell (1, 12., (3), No.4) before the name column of a hand-spaced row.
_ROW_NUMBER = re.compile(r"^(?:No\.?)?[(]?[0-9]{1,4}[.)]?$")
# A rule line of a table drawn in plain characters (+------+-----+, ＋ーー＋ーー＋,
# |---|---|, ======): no cell, and not the table's end.
_RULE_LINE = re.compile(r"^[ \t+|:]*[-=ー─━―‐]{2,}[-=ー─━―‐ \t+|:]*$")
_MAX_ROWS = 300
_MAX_LINE = 200


def _cells(line: str, tabs: bool) -> list[tuple[int, str]]:
    """(offset in line, text) of each cell, stripped of spaces."""
    out = []
    pos = 0
    parts = line.split("\t") if tabs else re.split(r"( {2,})", line)
    for part in parts:
        if not tabs and part and not part.strip(" "):
            pos += len(part)  # the gap itself
            continue
        lead = len(part) - len(part.lstrip(" "))
        out.append((pos + lead, part.strip(" ")))
        pos += len(part) + (1 if tabs else 0)
    return out


# 被災者氏名, 奨学生氏名, 貸与者名: a heading naming whose name the column holds
_ROLE_NAME_HEADING = re.compile(rf"^[{KANJI}]{{1,6}}(?:氏名|名前)$|^[{KANJI}]{{1,5}}者名$")


# A heading naming a kind of person (奨学生, 被災者, 申込人, 研修生): the column
# holds those persons' names whatever the word -- no list of such words is
# complete. Headings of the office's own people (担当者, 決裁者, 答弁者) and of
# businesses (受注者, 事業者) are left to their own evidence.
# Three characters at least: a two-character word of that form is as often a given
# name (直人, 優生, 和人) in a form's 氏　名　… line, and a name must never be read as a heading.
_PERSON_KIND_HEADING = re.compile(rf"^[{KANJI}]{{2,5}}(?:者|生|人)$")
# (and the labels of the office's own staff in a log or register: 対応者, 受付者)
_NOT_PERSON_KIND = frozenset(_DATA["not_person_kind_headers"]) | frozenset(
    load_toml("person_roles.toml", "redactor.recognizers.data")["unit_before"]["staff_labels"])


def _is_name_heading(h: str, kinds: bool = True) -> bool:
    return h in _NAME_HEADERS or bool(_ROLE_NAME_HEADING.match(h)) \
        or (kinds and bool(_PERSON_KIND_HEADING.match(h)) and h not in _NOT_PERSON_KIND
            and split_full_name(h, both_known=True) is None)
    # (a word of that form that reads as a surname and a given name both in the
    # lexicons, 桑原雅人, is a person's name: never a heading, or the name is dropped)


# A name written in two columns, surname and given name (姓 | 名), and its
# reading in two more (セイ | メイ): 名 alone heads many things (名称, 件名 are
# other words, but 名 alone is also a form's label), so these head a name
# column only in a row that also holds the surname's heading.
_SURNAME_HEADS = frozenset(_DATA["surname_headers"])
_PAIR_HEADS = _SURNAME_HEADS | frozenset(_DATA["given_headers"])


def _name_columns(heads: list[str], kinds: bool = True) -> list[tuple[int, str]]:
    """(index, heading) of the headings of ``heads`` that head names: a name
    heading, or one half of a name split in two columns beside its other half.
    A heading naming a kind of person (奨学生) counts only with ``kinds``: in a
    table whose cells are set apart by marks (TAB, bars, commas), not by
    spaces, where a word of that form in a line of spaced words is too often
    no heading at all."""
    split = any(h in _SURNAME_HEADS for h in heads)
    return [(i, h) for i, h in enumerate(heads) if _is_name_heading(h, kinds) or (split and h in _PAIR_HEADS)]


def name_heading(h: str) -> bool:
    """Whether ``h`` heads a column of names (氏名, 申請者, 被災者氏名)."""
    return _is_name_heading(h)


# A cell that reads as a column heading: a short noun of kanji, katakana or
# Latin letters (担当区域, 班, 受付No, 資格等); hiragana, digits and
# punctuation belong to values and sentences.
_HEADING_LIKE = re.compile(rf"^[{KANJI}々ァ-ヺーA-Za-z・/()#.]{{1,10}}$")


_KANJI_WORD = re.compile(rf"^[{KANJI}]{{1,6}}$")


def _no_name_heading(h: str) -> bool:
    """A heading we do not list that cannot be a name's value (班, 担当区域):
    kanji only, and no surname the lexicon knows opens it (山田太郎 does)."""
    return bool(_KANJI_WORD.match(h)) and not any(is_surname(h[:k]) for k in range(1, min(3, len(h)) + 1))


def _known_heading(h: str, kinds: bool = True) -> bool:
    """A heading we know, also with 等 or 欄 after it (職業等, 備考欄) or as two
    known headings joined by ・ or / (所属・役職). A heading naming a kind of
    person counts only with ``kinds`` (a row set apart by TABs, bars or
    commas): in a line of spaced words (届出人　桑原雅人) it is too often a name."""
    if h in _OTHER_HEADERS or _is_name_heading(h, kinds) or h in _PAIR_HEADS:
        return True
    if h.endswith(("等", "欄")) and h[:-1] in _OTHER_HEADERS:
        return True
    if len(h) >= 3 and _HEADING_END.match(h):
        return True  # 設置場所, 交付額: a compound ending like a heading
    parts = re.split(r"[・/]", h)
    return len(parts) > 1 and all(p in _OTHER_HEADERS for p in parts)


def _join_spelt_out(heads: list[str]) -> list[str]:
    """住　　所, 年　　齢: a two-character heading spelt out with a gap as wide
    as the gaps between columns reads as two one-character headings; joined
    again where the two make a heading we know."""
    out: list[str] = []
    for h in heads:
        if out and len(h) == 1 and len(out[-1]) == 1 and _known_heading(out[-1] + h):
            out[-1] += h
        else:
            out.append(h)
    return out


def _header_cells(line: str) -> tuple[list[str], bool] | None:
    """The headings of a header row, and whether it is tab-separated."""
    tabs = "\t" in line
    if tabs:
        heads = [c.replace(" ", "") for c in line.split("\t")]
    else:
        # headings hold no spaces (氏 名 spaced out is one heading): split on any space
        # run, except inside a heading spelt out one character at a time between wider
        # gaps (氏　名　　　年齢　　住　所　　功　績: 住所 and 功績 are one heading each)
        heads = [h for cell in _GAP.split(line.strip(" "))
                 for h in ([cell.replace(" ", "")] if _SPELT_OUT.match(cell) else cell.split())]
        heads = re.sub(r"(?<=氏) +(?=名)|(?<=名) +(?=前)", "", " ".join(heads)).split()
        heads = _join_spelt_out(heads)
    filled = [h for h in heads if h]
    if len(filled) < 2:
        return None
    names = _name_columns(heads, tabs)
    known = [h for h in filled if _known_heading(h, tabs)]
    if not names or len(known) < 2:
        return None
    # 氏名 | 山田太郎 | 住所 | 北浦見市 is a form's row of labels and values: in a
    # header row the cell after a name heading is a heading too, or the one heading
    # of the row we do not know that no surname opens (役職 氏名 班 電話)
    for i, _h in names:
        if i + 1 < len(heads) and heads[i + 1] and not _known_heading(heads[i + 1], tabs) \
                and not (len(filled) >= 3 and len(known) == len(filled) - 1 and _no_name_heading(heads[i + 1])):
            return None
    # Most headings must be ones we know (a column we do not list may stand
    # beside: 担当区域, 班). Without tabs every cell must also read as a heading
    # (a short noun: no digit, no kana ending, no punctuation) or every one be
    # known: 「氏名 住所 を記入してください」 is a sentence.
    # Without tabs at most one heading may be one we do not know: 「申立人　鬼灯　蒼
    # 住所」 is a form's label with a name of two words no lexicon knows.
    if not tabs and (len(known) < len(filled) - 1 or (len(known) < len(filled)
                                                       and not all(_HEADING_LIKE.match(h) for h in filled))):
        return None
    if len(known) < (len(filled) + 1) // 2:
        return None
    return heads, tabs


def header_cell_at(text: str, pos: int) -> bool:
    """True when ``pos`` lies in a table's header row (氏名\t地区\t電話)."""
    # read at most _MAX_LINE characters either side: a longer line is prose, not a header
    # row, and a bounded search keeps a document written as one long line fast
    line_start = text.rfind("\n", max(0, pos - _MAX_LINE), pos) + 1
    line_end = text.find("\n", pos, pos + _MAX_LINE)
    if (line_start == 0 and pos > _MAX_LINE) or (line_end == -1 and pos + _MAX_LINE < len(text)):
        return False
    # (a ruled header row, | 番号 | 氏名 | 会社名 |, read with its bars as tabs, as its table is)
    return _header_cells(csv_as_tabs(rules_as_tabs(text[line_start:line_end if line_end != -1 else len(text)]))) is not None


# What a name cell may carry after the name: a bracketed note (（故人）, （妻）)
# and an honorific (様, 殿, さん): the honorific says a person stands there,
# and neither is part of the name.
_CELL_NOTE = re.compile(r" ?\([^()]{1,12}\)$")
_CELL_HONORIFIC = re.compile(r" ?(?:様|殿|さん|さま|氏|君)$")


def name_part(cell: str) -> str:
    """``cell`` without a bracketed note and an honorific after the name."""
    cut = _CELL_NOTE.sub("", cell)
    cut = _CELL_HONORIFIC.sub("", cut)
    return cut if len(cut) >= 1 else cell


# A cell of the row saying the person acts for the municipality: a unit of
# its office, then a title or nothing (市民課 主査, 長寿介護課 保健師), or a
# seat in its council, held or held before (市議会議員, 元北浦見市議会議長).
_OFFICE_CELL = re.compile(rf"^(?:元|前)?(?:[{KANJI}ヶ]{{0,6}}[都道府県市町村区])?議会(?:議員|議長|副議長)"
                          rf"|^(?:[{KANJI}ヶ]{{1,6}}[市町村])?[{KANJI}ヶ・]{{1,10}}(?:課|係)(?:$| |\()")
# Posts that residents' bodies and the municipality both have: in a table
# captioned with a residents' body (自治会　役員名簿) they are that body's.
_GENERIC_POSTS = frozenset(_DATA["generic_posts"])
_COMMUNITY_BODY = re.compile(words_regex(_DATA["community_bodies"]))


def _community_caption(text: str, header_start: int) -> bool:
    """Whether the lines just above a table's header (its caption, at most
    three lines) name a residents' body (町内会, 自治会, 老人クラブ)."""
    above = text.rfind("\n", 0, max(0, header_start - 1))
    for _ in range(2):
        if above <= 0:
            break
        above = text.rfind("\n", 0, above)
    return _COMMUNITY_BODY.search(text, max(0, above), header_start) is not None


def _cell_role(cells: list[tuple[int, str]], head: str, community: bool = False,
               heads: list[str] | None = None) -> tuple[str, str, str]:
    """A name cell's role: official with a title in its row, else private
    under its column's heading (申請者, 氏名). Under a heading of a private
    capacity (地権者, 代表者) a title in the row leaves the role unclear: the
    owner may hold an office, but is listed as an owner. In a table of a
    residents' body (``community``) a post both have (会長, 書記) is the
    body's: private."""
    title = _official_title(cells)
    if title and community and title in _GENERIC_POSTS:
        return "private", "field", head if head in _PRIVATE else "氏名"
    if any(_COMMUNITY_BODY.search(cell) for _, cell in cells):
        # 緑町自治会長, 北浦見市消防団 第3分団長: a post of a residents' body (issue 11)
        return "private", "field", head if head in _PRIVATE else "氏名"
    office = _office_cell(cells, heads) if not title else None
    if office:
        # a council member or an official listed in a residents' body's table holds a
        # post of that body (顧問): the role is unclear
        return ("unclear" if community and "議会" in office else "official"), "title_after", office
    if title and head in _CAPACITY_HEADERS:
        return "unclear", "title_after", title
    if title and any(_COMPANY.search(cell) for _, cell in cells):
        # 砂川 花子 | 株式会社北斗 | 主任: a company's title in a contractor's staff list, not an
        # office of the municipality -- a private person (issue 11: staff of contractors)
        return "private", "field", head if head in _PRIVATE else "氏名"
    if title:
        return "official", "title_after", title
    return "private", "field", head if head in _PRIVATE else "氏名"


# Headings of the column that says what a listed person is (所属, 役職等,
# 所属・役職): a unit of the office there is the person's own; under 担当課 it
# is the section handling the matter, no evidence about the person.
_AFFILIATION_HEAD = re.compile(r"所属|役職|職名|肩書|部署|^職$")


_OFFICE_ONLY_TITLES = tuple(sorted((t for t in _OFFICIAL if len(t) >= 2 and t not in _GENERIC_POSTS
                                     and t not in ("代表者", "代表取締役")), key=len, reverse=True))


def _office_title_inside(cells: list[tuple[int, str]]) -> bool:
    """A cell ending in a title only the municipality gives (地域担当職員,
    市民課主査): in a residents' body's table the row's role is then left to
    the tokens' reading of that title, not made private by the caption."""
    return any(cell.endswith(_OFFICE_ONLY_TITLES) for _, cell in cells)


def _office_cell(cells: list[tuple[int, str]], heads: list[str] | None) -> str | None:
    """A cell under an affiliation heading of a row without a company in it
    that names the municipality's office or council (see ``_OFFICE_CELL``)."""
    if not heads or len(cells) != len(heads) or any(_COMPANY.search(cell) for _, cell in cells):
        return None
    return next((cell for i, (_, cell) in enumerate(cells)
                 if _AFFILIATION_HEAD.search(heads[i]) and _OFFICE_CELL.match(cell)), None)


def _cell_score(cells: list[tuple[int, str]], community: bool = False, heads: list[str] | None = None) -> float:
    """0.9: a name column's cell outranks the same span read from the tokens
    without context (Presidio keeps the higher score per span). In a
    contractor's row (a company and a title in it) 0.97: the tokens read the
    title as an office (主任 → official), the row says it is the company's."""
    title = _official_title(cells)
    if title and any(_COMPANY.search(cell) for _, cell in cells):
        return 0.97
    # the row itself says whose post it is: a residents' body's (its caption) or
    # the municipality's (a unit of the office, a council seat in a cell)
    if (community and (not title or title in _GENERIC_POSTS) and not _office_title_inside(cells)) \
            or (not title and _office_cell(cells, heads)) \
            or any(_COMMUNITY_BODY.search(cell) for _, cell in cells):
        return 0.97
    return 0.9


def _is_name_cell(cell: str, text: str) -> bool:
    if len(cell) == 1:
        # one kanji under a name heading is a surname the lexicon knows (林, 堀), not a mark
        return is_surname(cell)
    if len(cell.replace(" ", "")) < 2 or cell in _NOT_NAMES or not _NAME_CELL.match(cell):
        return False
    return _org_reason(cell, text) is None


def _org_reason(cell: str, text: str) -> str | None:
    """Why a cell under a name heading names an organisation, not a person: an
    owners' column lists companies, unions and the municipality itself
    (株式会社みらい, 緑川土地改良区, 北浦見市) beside private owners.

    A cell ending in 市/町/村 is the municipality only when the document also
    writes it as the head of an address (北浦見市栄町, 北浦見市1-2): an old-style
    given name the lexicon does not know (山田源市) ends in 市 too, and
    without that evidence the cell stays a name (failing closed)."""
    for w in _ORG_WORDS:
        if len(w) == 1:
            # 課, 係, 室, 部, 局 name a unit only at the end of a word of three characters
            # or more that is no surname (総務課, 企画部, 事務局): surnames hold them too
            # (阿部, 服部, 長谷部, 室井, 氷室) and a cell with a space is a full name
            if len(cell) >= 3 and cell.endswith(w) and " " not in cell and not is_surname(cell):
                return f"名前の欄の団体名（{w}で終わる）"
        elif w in cell:
            return f"名前の欄の団体名（{w}を含む）"
    if (len(cell) >= 3 and " " not in cell and cell.endswith(_MUNICIPAL_ENDS)
            and not is_given_name(cell[-2:]) and not is_given_name(cell[-3:]) and not is_surname(cell)
            and _heads_an_address(cell, text)):
        return f"名前の欄の自治体名（{cell[-1]}で終わる）"
    return None


def _heads_an_address(place: str, text: str) -> bool:
    """``place`` written somewhere in ``text`` with a town or a number after it
    (北浦見市栄町, 北浦見市1-2), not an honorific (山田源市様)."""
    return re.search(re.escape(place) + r"(?![様殿氏君])[一-龥0-9０-９]", text) is not None


def _name_cell_or_drop(text: str, start: int, cell: str) -> bool:
    """``_is_name_cell``, and a named drop for an organisation's cell."""
    if _is_name_cell(cell, text):
        return True
    if len(cell) > 1 and _NAME_CELL.match(cell):
        reason = _org_reason(cell, text)
        if reason:
            drop("PERSON", text, start, start + len(cell), reason)
    return False


def _official_title(cells: list[tuple[int, str]]) -> str | None:
    """An official title in a cell of the row (山田太郎 | 委員長): a roster of
    officials, named in office."""
    for _, cell in cells:
        if cell in _OFFICIAL:
            return cell
    return None


# Ruled tables (罫線の表: ┃氏名┃住所┃, │１│山田│, | 氏名 | 住所 | of plain text and
# Markdown) set cells apart with box-drawing bars instead of tabs; read as tabs,
# character for character (offsets do not move), their rows are tab rows. The
# crossings of rule lines become tabs too, so a rule line is a row of empty cells.
_RULES = "│┃|｜┆┇┊┋║├┣┤┫┼╋┬┳┴┻┌┏┐┓└┗┘┛╠╣╬╦╩╔╗╚╝"
_RULES_AS_TABS = str.maketrans({c: "\t" for c in _RULES})
_RULE_CHAR = re.compile("[%s]" % re.escape(_RULES))


def rules_as_tabs(text: str) -> str:
    """``text`` with the bars of ruled tables read as tabs (same length)."""
    return text.translate(_RULES_AS_TABS) if _RULE_CHAR.search(text) else text


# A line of comma-separated values (a system's CSV export pasted into a
# document): two commas or more, no Japanese punctuation.
_CSV_LINE = re.compile(r"^[^\n、。]*,[^\n、。]*,[^\n、。]*$", re.M)
# a comma between digits with three after it is a thousands separator, not a cell's end
_THOUSANDS = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")


def _csv_line_as_tabs(m: re.Match) -> str:
    out = []
    quoted = False
    line = m.group(0)
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
            out.append(" ")
        elif c == "," and not quoted and not _THOUSANDS.match(line, i):
            out.append("\t")
        else:
            out.append(c)
    return "".join(out)


def csv_as_tabs(text: str) -> str:
    """``text`` with the commas of comma-separated rows read as tabs and their
    quotes as spaces (same length: offsets do not move)."""
    return _CSV_LINE.sub(_csv_line_as_tabs, text) if "," in text else text


def find_table_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """Names in the name columns of the tables of ``text`` (normalised),
    ruled tables and comma-separated rows included (see ``_RULES``, ``csv_as_tabs``)."""
    text = csv_as_tabs(rules_as_tabs(text))
    done_until = -1
    anchors = list(_ANCHOR.finditer(text))
    if "\t" in text:
        anchors = sorted(anchors + list(_KIND_ANCHOR.finditer(text)), key=lambda a: a.start())
    for a in anchors:
        if a.start() < done_until:
            continue
        line_start = text.rfind("\n", 0, a.start()) + 1
        line_end = text.find("\n", a.start())
        if line_end == -1:
            return
        header = _header_cells(text[line_start:line_end])
        done_until = line_end
        if header is None:
            continue
        heads, tabs = header
        columns = _name_columns(heads, tabs)
        # a header repeated on the next page (role list continued) shares its first caption
        first = text.find(text[line_start:line_end + 1])
        community = _community_caption(text, first if 0 <= first < line_start else line_start)
        starts = None if tabs else _head_columns(text[line_start:line_end], heads)
        # 区分　氏名　生年月日 set off by single (全角) spaces: the rows are too
        single = not tabs and not _GAP.search(text[line_start:line_end].strip())
        pos = line_end + 1
        # the name cells of the row above (its cells, heading and the column where the
        # name starts): a line holding only a piece set under that column continues it
        above: tuple[list[tuple[int, str]], str, int] | None = None
        for _ in range(_MAX_ROWS):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end]
            if not tabs and above is not None:
                wrapped = _wrapped_name_piece(line, above[2])
                if wrapped is not None:
                    off, piece = wrapped
                    role, source, word = _cell_role(above[0], above[1], community)
                    yield rec.result("PERSON", pos + off, pos + off + len(piece), _cell_score(above[0], community),
                                     f"表の「{above[1]}」欄の値（折り返し）", role=role, role_source=source,
                                     role_word=word, person_key=piece)
                    above = None
                    pos = end + 1
                    done_until = end
                    if pos > len(text):
                        break
                    continue
            above = None
            if single:
                if not line.strip() or " " not in line.strip():
                    break  # the table ended
                yield from _single_spaced_row(rec, text, line, pos, heads, columns, community)
                pos = end + 1
                done_until = end
                if pos > len(text):
                    break
                continue
            if _RULE_LINE.match(line):
                pos = end + 1  # a rule line drawn with + - = (+----+----+): the table goes on
                if pos > len(text):
                    break
                continue
            if not line.strip() or (tabs and "\t" not in line) or (not tabs and not _GAP.search(line.strip())):
                break  # the table ended
            cells = _cells(line, tabs)
            if not tabs and len(cells) == len(heads) - 1:
                m = _NUMBER_LEAD.match(cells[0][1])
                if m:  # 1　浜辺 光: a row number set off by one space
                    off, cell = cells[0]
                    cells[0:1] = [(off, m.group(1)), (off + m.end(), cell[m.end():])]
            lead = columns[0][0]
            merged = None if tabs else _right_aligned_name(cells, heads, columns)
            if merged is not None:
                # the first cells run together with single spaces (２－３１　8月11日):
                # the columns are counted from the row's end
                i, head = merged
                off, cell = cells[i]
                cell = name_part(cell)
                above = (cells, head, _width(line[:off]))
                if _name_cell_or_drop(text, pos + off, cell) or _surname_wrapped(text, end, cell, above[2]):
                    role, source, word = _cell_role(cells, head, community)
                    yield rec.result("PERSON", pos + off, pos + off + len(cell), _cell_score(cells, community),
                                     f"表の「{head}」欄の値", role=role, role_source=source, role_word=word,
                                     person_key=re.split(r"[ ・]", cell)[0], full_name=" " in cell)
            elif not tabs and len(cells) != len(heads) and lead < len(cells) \
                    and all(_ROW_NUMBER.match(c) for _, c in cells[:lead]):
                # a row that does not line up with its header (spaces typed by hand):
                # the first column, or the name column after a row number (１　鶴見　トメ　…),
                # still opens the row, so its name is read from there
                yield from _leading_name_cell(rec, text, cells[lead:], pos, heads[lead:], columns[0][1],
                                              community)
            elif not tabs and len(cells) != len(heads) and starts:
                # cells that do not line up by count (a name with a wide gap inside,
                # 宮坂  憲一; a post before it, 老人クラブ会長 片岡  茂) line up by
                # where they stand under the header
                yield from _positional_names(rec, text, line, pos, starts, columns, cells, community)
            elif tabs or len(cells) == len(heads):
                for i, head in columns:
                    if i >= len(cells):
                        continue
                    off, cell = cells[i]
                    title = _title_lead(line, cell)
                    cell = name_part(cell[title:])
                    off += title
                    if not tabs:
                        above = (cells, head, _width(line[:off]))
                    if not _name_cell_or_drop(text, pos + off, cell) \
                            and not (not tabs and _surname_wrapped(text, end, cell, above[2] if above else 0)):
                        continue
                    start = pos + off
                    role, source, word = _cell_role(cells, head, community, heads)
                    if title and not community and role != "private":
                        # the office opening the cell (企画政策課長　山内): its holder, named in
                        # office -- not in a residents' body's roster, whose posts have the same names
                        role, source, word = "official", "role_before", line[off - title:off].strip()
                    # 0.9: the column outranks the same span read from the tokens
                    # without context (Presidio keeps the higher score per span)
                    yield rec.result("PERSON", start, start + len(cell), _cell_score(cells, community, heads),
                                     f"表の「{head}」欄の値", role=role, role_source=source, role_word=word,
                                     person_key=re.split(r"[ ・]", cell)[0], full_name=" " in cell)
            pos = end + 1
            done_until = end
            if pos > len(text):
                break


# A piece of a name on a line of its own (a cell wrapped in a fixed-width
# table: the given name under the surname): name characters only.
_WRAPPED_PIECE = re.compile(rf"^[{KANJI_NAME}ァ-ヺーぁ-ゖ]{{1,5}}$")
# how far (display columns) a wrapped piece may stand from where its cell starts
_WRAP_SLACK = 6


def _wrapped_name_piece(line: str, col: int) -> tuple[int, str] | None:
    """(offset, text) of a line that only continues the name cell above it:
    indented, one piece of name characters, standing near the display column
    ``col`` where that cell starts (茂 under 葛, 湊 under 片山). A line of
    its own at the left margin, or with anything more on it, is a new row
    or the end of the table."""
    if not line.startswith(" ") or not line.strip():
        return None
    piece = line.strip(" ")
    off = len(line) - len(line.lstrip(" "))
    if not _WRAPPED_PIECE.match(piece) or piece in _NOT_NAMES or abs(_width(line[:off]) - col) > _WRAP_SLACK:
        return None
    return off, piece


def _surname_wrapped(text: str, line_end: int, cell: str, col: int) -> bool:
    """A one-kanji cell whose given name is wrapped onto the next line (栂 then
    澄 under it): a surname, even one the lexicon does not know."""
    if len(cell) != 1 or not re.match(rf"[{KANJI_NAME}]", cell) or cell in _NOT_NAMES:
        return False
    nxt_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1:nxt_end if nxt_end != -1 else len(text)]
    return _wrapped_name_piece(nxt, col) is not None


def _right_aligned_name(cells: list[tuple[int, str]], heads: list[str],
                        columns: list[tuple[int, str]]) -> tuple[int, str] | None:
    """(index in ``cells``, heading) of the name cell of a space-aligned row
    with fewer cells than headings because its first cells are set off by
    single spaces (２－３１　8月11日　　葛　　私道の補修相談　　環境保全課):
    counted from the row's end. Only when the cells before the name split
    at single spaces into at least as many pieces as there are headings
    before the name column -- evidence that they ran together, not that a
    cell at the end was left empty."""
    if len(columns) != 1 or len(cells) >= len(heads):
        return None
    col, head = columns[0]
    i = col - (len(heads) - len(cells))
    if i < 1:
        return None
    pieces = sum(len(c.split()) for _, c in cells[:i])
    return (i, head) if pieces >= col else None


def _width(s: str) -> int:
    """Display width: Latin letters, digits and spaces take one column, kanji
    and kana two (a table typed in a fixed-width font lines up by these)."""
    return sum(1 if c < "\u1100" or "\uff61" <= c <= "\uff9f" else 2 for c in s)


def _head_columns(line: str, heads: list[str]) -> list[int] | None:
    """The display column where each heading of a space-aligned header row
    starts (a heading spelt out, 氏　名, starts at its first character), or
    None when the headings cannot be found in order."""
    cols = []
    i = 0
    for h in heads:
        while i < len(line) and line[i] == " ":
            i += 1
        start = i
        for ch in h:
            while i < len(line) and line[i] == " ":
                i += 1
            if i >= len(line) or line[i] != ch:
                return None
            i += 1
        cols.append(_width(line[:start]))
    return cols


# how far (display columns) a cell may start left of its heading and still stand under it
_ALIGN_SLACK = 2


def _column_of(col: int, starts: list[int]) -> int:
    """The column a cell starting at display column ``col`` stands under."""
    k = 0
    for i, s in enumerate(starts):
        if s <= col + _ALIGN_SLACK:
            k = i
    return k


def _positional_names(rec: JaRecognizer, text: str, line: str, pos: int, starts: list[int],
                      columns: list[tuple[int, str]], cells: list[tuple[int, str]],
                      community: bool) -> Iterable[RecognizerResult]:
    """The name cells of a space-aligned row read by position: each piece of
    the row (split at wide gaps, and at single spaces where a piece runs on
    into the next column) belongs to the column it starts under; the pieces
    under a name column, gaps between included, are its cell."""
    pieces: list[tuple[int, str]] = []
    for off, cell in cells:
        col = _width(line[:off])
        k = _column_of(col, starts)
        if k + 1 < len(starts) and col + _width(cell) > starts[k + 1] + _ALIGN_SLACK and " " in cell:
            pieces.extend((off + m.start(), m.group(0)) for m in re.finditer(r"[^ ]+", cell))
        else:
            pieces.append((off, cell))
    under: dict[int, list[tuple[int, str]]] = {}
    for off, piece in pieces:
        under.setdefault(_column_of(_width(line[:off]), starts), []).append((off, piece))
    for i, head in columns:
        mine = under.get(i)
        if not mine:
            continue
        off = mine[0][0]
        cell = line[off:mine[-1][0] + len(mine[-1][1])]
        number = _NAME_THEN_NUMBER.match(cell)
        if number:
            cell = number.group("name")
        lead = _title_lead(line, cell)
        cell = name_part(cell[lead:])
        off += lead
        if not _name_cell_or_drop(text, pos + off, cell):
            continue
        role, source, word = _cell_role(cells, head, community)
        if lead and not community and role != "private":
            role, source, word = "official", "role_before", line[off - lead:off].strip()
        yield rec.result("PERSON", pos + off, pos + off + len(cell), _cell_score(cells, community), f"表の「{head}」欄の値",
                         role=role, role_source=source, role_word=word, person_key=re.split(r"[ ・]", cell)[0],
                         full_name=" " in cell)


# An office title opening a name cell, then the name (企画政策課長　山内　昭彦,
# 主査　浜田 under 氏名): the title is no part of the name, and it is the
# holder's office -- unless the row is a company's (株式会社, 事業者, 委託),
# whose staff have the same titles.
_TITLE_LEAD = re.compile(rf"^[{KANJI}ヶ]{{0,12}}?(?:%s) +(?=\S)" % words_regex(_ROLES_DATA["company_people"]["staff_titles"]))
_COMPANY_ROW = re.compile(r"\(株\)|\(有\)|事業者|業者|委託|受託|法人|組合")


def _title_lead(line: str, cell: str) -> int:
    """The length of an office title (and its spaces) opening a name cell on
    a row that is no company's, or 0."""
    m = _TITLE_LEAD.match(cell)
    if m is None or not cell[m.end():].strip() or _COMPANY.search(line) or _COMPANY_ROW.search(line):
        return 0
    return m.end()


# A name and the next cell set off by one space only (ジョアン・ペレイラ　３４, 鶴見　トメ　昭和３年…):
# the number or the era of a date opens the next column.
_NAME_THEN_NUMBER = re.compile(r"^(?P<name>\S.*?) (?=[0-9]|(?:明治|大正|昭和|平成|令和)[0-9元])")


def _leading_name_cell(rec: JaRecognizer, text: str, cells: list[tuple[int, str]], pos: int, heads: list[str],
                       head: str, community: bool) -> Iterable[RecognizerResult]:
    """The name opening a row of a space-aligned table whose cells do not line
    up with the header: cut before a number set off by one space (an age,
    a date), or joined with the next cell when the row has one cell too many
    and the first is a one-character surname (米　　花子: a surname and given
    name set apart by a wide gap)."""
    off, cell = cells[0]
    number = _NAME_THEN_NUMBER.match(cell)
    if number:
        cell = number.group("name")
    elif len(cells) == len(heads) + 1 and len(cell) == 1 and _GIVEN_CELL.match(cells[1][1]):
        nxt_off, nxt = cells[1]
        cell = cell + " " * (nxt_off - off - 1) + nxt
    cell = name_part(cell)
    if not _name_cell_or_drop(text, pos + off, cell):
        return
    role, source, word = _cell_role(cells, head, community)
    yield rec.result("PERSON", pos + off, pos + off + len(cell), _cell_score(cells, community), f"表の「{head}」欄の値", role=role,
                     role_source=source, role_word=word, person_key=re.split(r"[ ・]", cell)[0],
                     full_name=" " in cell)


# A given name as the next cell of a single-spaced row (宗像　ハツヱ, 中野　源次郎):
# name characters only, no digit (a date, an age or an address has one).
_GIVEN_CELL = re.compile(rf"^[{KANJI_NAME}ァ-ヺーぁ-ゖ]{{1,4}}$")
_KANA_CELL = re.compile(r"^[ァ-ヺーぁ-ゖ]{1,4}$")


def _single_spaced_row(rec: JaRecognizer, text: str, line: str, pos: int, heads: list[str],
                       columns: list[tuple[int, str]], community: bool) -> Iterable[RecognizerResult]:
    """The name cells of a row whose cells are set off by single spaces. A
    name written with a space inside (宗像　ハツヱ) takes two cells: the cell
    after the surname joins it when it looks like a given name and the row
    has one cell too many, the surname is one character, or the given name
    is kana or one the name lexicon knows (a date, an age, an address or a
    place column is none of these)."""
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^ ]+", line)]
    if len(parts) < len(heads) - 1 or len(parts) > len(heads) + 1 + len(columns):
        return  # not aligned with the header: the columns cannot be told apart
    shift = 0
    for i, head in columns:
        i += shift
        if i >= len(parts):
            break
        off, cell = parts[i]
        nxt_cell = parts[i + 1][1] if i + 1 < len(parts) else ""
        if len(cell) <= 3 and _GIVEN_CELL.match(nxt_cell) \
                and (len(parts) > len(heads) + shift or len(cell) == 1 or _KANA_CELL.match(nxt_cell)
                     or is_given_name(nxt_cell)):
            nxt_off, nxt = parts[i + 1]
            cell = line[off:nxt_off + len(nxt)]
            shift += 1
        cell = name_part(cell)
        if not _name_cell_or_drop(text, pos + off, cell):
            continue
        start = pos + off
        role, source, word = _cell_role(parts, head, community)
        yield rec.result("PERSON", start, start + len(cell), _cell_score(parts, community), f"表の「{head}」欄の値", role=role,
                         role_source=source, role_word=word, person_key=re.split(r"[ ・]", cell)[0],
                         full_name=" " in cell)


# A community post and its holder in brackets after a place, a school or a
# body in a list (緑が丘小学校（PTA会長　浜辺　翼）, 3 東地区（自治会長 岬野一郎）):
# the post is a private person's (a residents' body, not the municipality).
_POST_BRACKET = re.compile(r"\((?P<post>%s)[ :]?(?P<name>[%s]{1,4} ?[%sァ-ヺーぁ-ゖ]{1,5})\)" % (
    words_regex(COMMUNITY), KANJI_NAME, KANJI_NAME))


def find_post_bracket_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """The holder named in brackets after a community post. The bracket holds
    a name when it has a space between surname and given name or opens with
    a surname the lexicon knows; otherwise (（PTA会長　欠席）) it is dropped
    with that reason."""
    for m in _POST_BRACKET.finditer(text):
        name = m.group("name")
        if " " not in name and not any(is_surname(name[:k]) for k in (1, 2, 3) if k < len(name)):
            drop("PERSON", text, m.start("name"), m.end("name"), "括弧内の役職の後が姓で始まらない")
            continue
        yield rec.result("PERSON", m.start("name"), m.end("name"), 0.85, f"括弧内の「{m.group('post')}」の後の氏名",
                         role="private", role_source="before", role_word=m.group("post"),
                         person_key=name.split(" ")[0], full_name=" " in name)


# A form or record block written one field per line: the label alone on its
# line (氏名, 氏　名, お名前, 申請者), the value alone on the next (PDF forms
# copied out line by line, records printed as blocks).
_LABEL_LINE = re.compile(r"^ *(?P<label>%s) *\n *(?P<value>[^\n]{1,30}?) *$" % "|".join(
    sorted({re.escape(h) for h in _NAME_HEADERS if not h.isascii()} | {r"氏 +名", r"名 +前"}, key=len, reverse=True)),
    re.M)


def find_field_per_line_names(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """The value on the line after a name label standing alone on its line.
    The value is a candidate unless it is a known heading (a list of labels,
    氏名⏎住所), a placeholder (なし, 同上), an organisation (named drop), or no
    name's characters at all."""
    for m in _LABEL_LINE.finditer(text):
        value = name_part(m.group("value"))
        heading = value.replace(" ", "")
        if _known_heading(heading, kinds=False) or heading in _NOT_NAMES or _GAP.search(value) \
                or _known_heading(value.split(" ")[0], kinds=False):
            continue  # a label, or a line of several fields (氏 名　　山川 一郎　　性別 男)
        start = m.start("value")
        if not _name_cell_or_drop(text, start, value):
            continue
        label = m.group("label").replace(" ", "")
        yield rec.result("PERSON", start, start + len(value), 0.9, f"「{label}」の行の次の行の値",
                         role="private", role_source="field", role_word=label if label in _PRIVATE else "氏名",
                         person_key=re.split(r"[ ・]", value)[0], full_name=" " in value)


# A name in a list with its community post in brackets after it (岬野 常夫（東町内会長）,
# 汐入 とめ（緑町・老人クラブ会長）): the post is a residents' body's, so the person
# is a private one, whatever the list's heading (説明のため出席した者) says of the rest.
_POST_IN_BRACKET = re.compile(r"\((?P<inside>[^()\n]{0,10}?(?P<post>%s)[^()\n]{0,8})\)" % words_regex(COMMUNITY))
# the name right before such a bracket (searched in the few characters before it)
_NAME_BEFORE = re.compile(r"(?:^|(?<=[ \t、・]))(?P<name>[%s]{1,4} ?[%sァ-ヺーぁ-ゖ]{1,5}|[ァ-ヺー]{2,8}・[ァ-ヺー]{2,8})\Z"
                          % (KANJI_NAME, KANJI_NAME), re.M)


def find_name_post_brackets(rec: JaRecognizer, text: str) -> Iterable[RecognizerResult]:
    """The name before a bracket holding a community post. The name is taken
    when it has a space between surname and given name, is katakana joined by
    ・, or opens with a surname the lexicon knows; otherwise (（PTA会長）
    after a word) it is dropped with that reason."""
    if "(" not in text:
        return
    for b in _POST_IN_BRACKET.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, b.start() - 18), b.start())
        if m is None:
            continue
        name = m.group("name")
        if " " not in name and "・" not in name and not any(is_surname(name[:k]) for k in (1, 2, 3) if k < len(name)):
            drop("PERSON", text, m.start("name"), m.end("name"), "括弧内の地域の役職の前が姓で始まらない")
            continue
        reason = _org_reason(name, text)
        if reason:  # 緑が丘小学校（PTA会長）: the body the post belongs to
            drop("PERSON", text, m.start("name"), m.end("name"), reason)
            continue
        yield rec.result("PERSON", m.start("name"), m.end("name"), 0.97,
                         f"後ろの括弧内の「{b.group('post')}」の氏名", role="private", role_source="after",
                         role_word=b.group("post"), person_key=re.split(r"[ ・]", name)[0], full_name=" " in name)
