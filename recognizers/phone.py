"""PHONE: Japanese telephone and FAX numbers (電気通信番号規則).

Formats (after NFKC, so full-width digits and brackets are ASCII here):
- fixed lines: 0 + area code (1-4 digits) + local exchange + subscriber,
  10 digits in all, written 042-555-8111, 042(555)8111, (042)555-8111,
  03-1234-5678 or with spaces;
- mobile and PHS 070/080/090 and IP phones 050: 11 digits (090-1234-5678);
- free dial 0120 (10 digits) and 0800 (11 digits);
- the international form +81 without the leading 0 (+81-90-1234-5678,
  (+81) 90-…, +819012345678) and dots as separators (090.1234.5678);
- a number abroad with its country code, grouped as its country writes it
  (+1 (212) 555-0187, +44 (0)20 7946 0958; E.164: 8-15 digits), or dialled
  through 010, Japan's international prefix (010-1-212-555-0187);
- a second number sharing the exchange (042-555-1234・1235) is in the span;
- an extension after the number, 「（内線2317）」「内線 231」「（直通）」「ext.231」,
  is part of the span; a bare 「内線2317」 is a PHONE on its own;
- in a table, a cell of bare digits under a phone column (電話, 連絡先) is a
  number without a phone word beside it.
An unseparated run of 10-11 digits is a phone number only next to a phone
word (電話, TEL, 携帯, 連絡先), since invoice and receipt numbers look alike;
an 11-digit mobile run (090…) with such a word anywhere before it on its line.

``kind`` tells the policy whose line it is, failing closed:
- ``office`` only on positive evidence: an office word (課, 係, 室, 役所, センター, 代表, FAX, a 部/局 …) on the
  number's line before it (with no clause between: 「市民課に山田から苦情
  042-…」 is not the office's) or just after it, or a switchboard note after it
  (（代表）), or a public institution's name right before it (図書館 042-…)
  or heading its line (西小学校 西町3-3-3 TEL 042-…), or standing alone on
  the line above a line that holds only the number's label (福祉課 ⏎ TEL 042-…),
  a contact person's line (校長　…) between them; a table row whose entry
  cell stands under a facility heading (施設名, 学校名, 担当課); a school by
  its short name (北浜小 042-…) or its head signing for it (北浜小学校長
  南浦一郎 042-…); a line naming only the municipality (発行：北浜市 電話 …);
  an e-mail address at a public body's domain on the number's line (TEL 042-…
  Email: fukushi@city.kitahama.lg.jp); a counter's hours right after the
  number (042-…（受付時間 平日8:30～17:15）; 営業時間/診療時間: corporate).
  Never a number abroad (the municipality's offices are in Japan), nor the
  number right after a contractor's staff title on a line naming the
  contractor (受託者側責任者：…（品質管理部長、052-…）: the person's own line).
  An extension is no evidence by itself: a resident's workplace number is
  written with one (勤務先電話 03-…内線12); only a bare 「内線2317」, which no
  one outside the office can dial, is the office's own.
  A FAX number is whose the number listed right before it is (福祉課 TEL …
  FAX …, but 申出人 … 電話 … ⏎ FAX …): FAX names the line's kind, not its owner.
  A mobile (070/080/090) needs evidence attached to that very
  number: an office word right before it or a 公用携帯 note after it;
- ``corporate`` for a company's entry: a table row or a contact block under
  a line naming a company by its legal form (株式会社○○ 営業部 ⏎ TEL 03-…);
- ``toll_free`` for free dial (0120, 0800): the called party pays, a service
  of businesses and public bodies, never a resident's own line;
- ``shared_cost`` for the one number of a business or a public body (0570,
  ナビダイヤル), never a resident's line;
- ``corporate`` also for an organisation named right before the number, its
  name closed by a legal form or a kind of organisation (北浜建設株式会社（電話
  042-…）, 北浜銀行本店　042-…, 北浜中央病院（042-…）), fixed lines only
  (``_phone_owner``);
- ``member_office`` for a council member's office line, said so right before
  it (…議員の事務所の電話は, or 私の事務所の電話は in a member's own turn);
- ``private`` for a private word nearer than any office word (自宅, 携帯,
  さん, 相談者, 勤務先, 日中の連絡先, an address) and for a mobile with no attached evidence;
- ``unknown`` otherwise (masked by the default profile all the same:
  「山田花子 TEL 042-…」 names no office, so nothing says the line is public).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._body_row import body_line_above, represented_body
from redactor.recognizers._line_owner import heads_the_line
from redactor.recognizers._phone_owner import (member_office, official_states_number, organisation_before,
                                               public_mail_on_line, service_hours_after)
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import KANJI, KANJI_ODORIJI, words_regex

_CONTEXT = load_toml("phone_context.toml", "redactor.recognizers.data")
# Legal forms of a company (会社法 and the laws on each kind of 法人), shared with ADDRESS.
_ADDRESS_WORDS = load_toml("address_context.toml", "redactor.recognizers.data")
# The facilities whose name opens an entry of a facility list (北浜市民文化ホール
# 北浜市…　042-…): the same kinds whose address such an entry keeps (ADDRESS
# public_facility: ホール, 郷土資料館, 分署 …) besides the phone list's own, so
# an entry's address and its number are read alike. Not the kinds of
# organisation (病院, 大学): their name must close right before the number
# (``organisation_before``), as 「入院先は病院 0123-…」 names no one.
_LINE_HEAD_FACILITIES = [w for w in dict.fromkeys(_CONTEXT["public_facility"] + _ADDRESS_WORDS["public_facility"])
                         if w not in _CONTEXT["organisation_kinds"]]
_LEGAL_FORMS = tuple(_ADDRESS_WORDS["legal_forms"])
_EMPLOYMENT = tuple(_ADDRESS_WORDS["employment"])
# An extension after the number: （内線2317）, 内線 231, (直通), and the Latin
# forms business cards and mail signatures print (ext.231, Ext 231, (ext.231)).
_EXT = r"(?:[ ]?\((?:(?:内線|[Ee]xt\.?|EXT\.?)[ ]?\d{1,5}|直通)\)|[ ]?(?:内線|[Ee]xt\.?|EXT\.?)[ ]?\d{1,5})?"


# A second number sharing the first's exchange: 042-555-1234・1235, 042-555-1234~5.
_ALSO = r"(?:[・~〜/][ ]?\d{1,4}(?![\d-]))?"


_KANJI_DIGITS = "〇一二三四五六七八九"
_DASHES = "\\-―‐ー－—"
_TO_DIGITS = str.maketrans(_KANJI_DIGITS, "0123456789")
_NAKAGURO_NUMBER = re.compile(r"0\d{1,4}・\d{1,4}・\d{3,4}")
# What follows the number itself: an extension or a second number sharing its exchange.
_AFTER_NUMBER = re.compile(r"内線|[Ee]xt|EXT|[・~〜/]")


def _digits(s: str) -> str:
    """The digits of the number itself, as dialled inside Japan (+81 42… -> 042…)."""
    s = s.translate(_TO_DIGITS)
    if s.startswith("(+81)"):
        s = "+81" + s[5:]  # (+81) 90-1234-5678
    if _NAKAGURO_NUMBER.fullmatch(s):
        s = s.replace("・", "")  # 090・1234・5678: 中黒 as separators
    s = _AFTER_NUMBER.split(s)[0]
    if s.startswith("+81"):
        rest = re.sub(r"\D", "", s[3:].replace("(0)", ""))
        return "0" + rest.lstrip("0")
    return re.sub(r"\D", "", s)


_PRIVATE_WORDS = frozenset(_CONTEXT["private"])
_OFFICE_WORDS = tuple(_CONTEXT["office"])
# Compounds that hold an office word but name no office (一部, 薬局): read first, longest wins.
# A school club or a children's team (陸上部, 野球クラブ) is no office of the
# municipality either: its name holds 部 but a member's line is their own.
_QI = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["affiliation"]
_CLUBS = tuple(a + h for a in _QI["club_activities"] for h in ("部", "クラブ", "同好会"))
_OFFICE_OR_NOT = _OFFICE_WORDS + tuple(_CONTEXT["not_office"]) + _CLUBS
_NOT_OFFICE = frozenset(_CONTEXT["not_office"]) | frozenset(_CLUBS)
# Words that name a line's kind (電話番号, FAX) take no part in the race for the nearest word.
_NEAR_WORDS = tuple(_CONTEXT["private"]) + tuple(w for w in _OFFICE_OR_NOT if w not in _CONTEXT["kind_words"])
# A note right after a number that says it is an office line.
_OFFICE_NOTE_AFTER = re.compile(r"[ ]?[(（](?:代表|直通|代表番号|ダイヤルイン)[)）]")
# A note right after a fixed number naming a company's site (045-…（本社）,
# （本店）, （北浜営業所）): the company's line at that site. Read after every
# private word has had its say (勤務先 045-…（本社） stays the person's).
_COMPANY_SITE_NOTE_AFTER = re.compile(
    rf"[ ]?[(（][{KANJI}ァ-ヶー]{{0,8}}(?:{words_regex(_ADDRESS_WORDS['company_branches'])})[)）]")
# A note after a mobile number that makes it an office's handset: （公用携帯）.
_MOBILE_NOTE_AFTER = re.compile(r"[ ]?[(（](?:" + words_regex(_CONTEXT["mobile_office"], longest_first=False) + r")")
# Between an office word and a mobile number it is attached to: only a
# separator or a word for the line's kind (福祉課 携帯 is not attached:
# 携帯 is a private word and wins the race first).
_ATTACHED_GAP = re.compile(r"[ :：・(（]*(?:電話|TEL|Tel|tel|公用携帯|公用電話)?(?:番号)?[ :：]*$")
# Between a public institution's name and its number: a kana nickname (…センターみなみ),
# 内 and a closing bracket (（北浜市総合体育館内）TEL …), a label, 「の電話番号は」.
# Or the institution asks to be called on it (緑小学校へのお問い合わせは 042-…).
_FACILITY_GAP = re.compile(r"(?:(?:(?!から|まで|より|など)[ぁ-んァ-ヶー]{2,8}(?=[ :：]|電話|TEL))?(?:内?[)）])?"
                           r"[ :：・(（]*の?(?:電話|TEL|Tel|tel|FAX|ファクス|ファックス)?(?:番号)?は?"
                           r"|(?:へ|に)の?(?:お?問い?合わ?せ|ご?連絡|ご?相談|ご?予約)(?:先|窓口)?は)[ :：]*$")
# Between an office word and a fixed line on the same line: names, labels and
# separators, but no clause (no kana but の, and まで/です/へ that end 「お問い合わせは
# 市民課まで」): 「市民課 子育て係 電話 042-…」 is the office's, 「市民課に北浜一郎から
# 苦情 042-…」 a resident's reported to it.
_OFFICE_GAP = re.compile(r"(?:[^ぁ-ゖ]|の|まで|です|へ){0,30}")
# An office word that is the topic of the number (「ＦＡＸは042-…」「代表番号は 042-…」):
# only は and a separator between, so 「福祉課は昨日、苦情の電話 042-…」 stays out.
_TOPIC_GAP = re.compile(r"(?:番号)?は[ :：]*"
                        # 「福祉課へお電話ください（042-…）」: the unit asks to be called on the number
                        r"|(?:へ|に|まで)(?:お?電話|ご?連絡|お問い?合わ?せ)(?:ください|下さい|願います|をお願いします)?"
                        r"[ 、]*[(（]?(?:電話|TEL|Tel)?[ :：]*")
# A name or nickname in quotes between a unit and its number (支援センター「すくすく」042-…).
_QUOTED = re.compile(r"「[^「」]{1,20}」")
# A unit named right after the number: its whole name, ended by a separator
# (042-555-8199 福祉課, …（市民課）), not a word that only holds 係 or 部 (係争中).
_OFFICE_AFTER = re.compile(rf"[ \t:：・(（]*[{KANJI}ヶ]{{1,12}}?(?:課|係|室|部|局|センター|支所|出張所|事務局|役所|役場|庁舎)"
                           r"(?:直通|代表)?(?:あて|宛て?)?(?:[ \t)）、。・]|$)")
# The number inside a bracket that opens right after its owner's name, with
# the owner's address before it: 「給食センター（北浜市緑町三丁目4番5号、042-…）」,
# 「株式会社北浜建設（北浜市港町1-2-3、電話042-…）」. The bracket holds no clause
# (no kana but の) and the owner's name no particle.
_OWNER_BRACKET = re.compile(r"(?P<owner>[^\s、。()（）ぁ-ゖ]{1,30}|[^\s、。()（）]{0,10}の[^\s、。()（）ぁ-ゖ]{1,20})"
                            r"[(（](?P<inside>[^()（）ぁ-ゖ]{0,40})[、,・ ]+(?:電話|TEL|Tel|tel)?(?:番号)?[ :：]*$")
# The address standing before the number on its own line under a contact
# heading (【問い合わせ先】 …課 ⏎ 北浜市緑町二丁目3番1号　電話 042-…): no clause.
# Hiragana inside a municipality's name (さいたま市, つくば市, あきる野市 …): the
# address and unit lines below hold no other hiragana.
# (a ward written in kana is named by its kana alone, みなと区: not 地区 after の)
_KANA_CITY = r"[ぁ-ゖ]{1,8}(?=[ぁ-ゖ]*(?:[一-龥]{0,3}[市町村郡]|区))"
_ADDRESS_LINE = re.compile(rf"(?:{_KANA_CITY}|[^ぁ-ゖ]){{0,40}}")
# A row's number cell (3, No.3): the row's party is the first cell after it.
_NUMBER_CELL = re.compile(r"\s*(?:No\.?|番号)?\s*[\d一二三四五六七八九十]{1,4}[.)、]?\s*")
# Cell separators of a table row read as text.
_CELL = re.compile(r"[ ]*[\t|][\t| ]*")
# After the number, up to the next digit: 「042-555-8199 福祉課」.
_AFTER_WIDTH = 10


# A school by its short name right before the number (北浜小 042-…, 第二小（042-…）):
# a name of kanji and 小, as municipal notices shorten 小学校.
# (not a word that ends in 小: 最小, 縮小, 大小)
_SCHOOL_SHORT = re.compile(rf"(?:^|[ \t:：、・]|立)[{KANJI}]{{1,6}}(?<![最縮大極狭微弱])小[ \t:：(（]*(?:電話|TEL|Tel)?[ :：]*$")
# A line that names only the municipality (or a prefecture) and the number's label
# before it, maybe after a field's label (発行：北浜市　電話 042-…): the body's own
# line. A person's line names the person or the address (住所　北浜市…) first.
_CITY_ONLY = re.compile(rf"[ \t]*(?:[^ \t:：]{{1,8}}[:：][ ]*)?[{KANJI}]{{1,6}}(?:都|道|府|県|市|町|村|区)(?:役所|役場|庁)?[ ]*"
                        r"(?:電話|TEL|Tel|℡)(?:番号)?[ :：]*")
# After an institution's name, its head and the head's name (北浜小学校長　南浦一郎　…):
# the head writes for the institution.
_HEAD_NAMED = re.compile(rf"長[ ]*[{KANJI}ァ-ヶー]{{1,6}}(?:[ ]?[{KANJI}ァ-ヶーぁ-ゖ]{{1,6}})?[ (（:：]*(?:電話|TEL|Tel)?[ :：]*")


def _office_word(window: str) -> str | None:
    """The last office word in ``window`` (not one inside 一部, 薬局, 阿部 …, nor a
    one-character word with no kanji before it: 「渡 部 和 子」 is a name spaced
    out in a form, 部 its last character, not a unit's)."""
    last = None
    for m in ctx._compiled(_OFFICE_OR_NOT).anywhere.finditer(window):  # words_found, with places
        w = m.group(0)
        if w in _NOT_OFFICE or (len(w) == 1 and not _UNIT_STEM.match(window, max(0, m.start() - 1))):
            continue
        last = w
    return last


# A character a unit's name may end with before 課, 部, 室 (市民課, 総務部, 秘書室,
# こども課, まちづくり課): anything but a space, a mark or a digit.
_UNIT_STEM = re.compile(r"[^\s、。,・:：()（）「」\d]")


# What a wrapped line may hold before the number: the rest of a name (木　), no label.
_WRAPPED_PIECE = re.compile(rf"[ ]*[{KANJI_ODORIJI}ぁ-んァ-ヶー]{{1,3}}[ ]*")
# The line above ended a sentence, an item or an address (…907号室, …3番地), not mid-name.
_FIELD_END = re.compile(r"(?:[。．.)）」』:：\d]|号室|号|番地|番|丁目)[ ]*$")


def _wrapped_before(text: str, start: int, width: int) -> str:
    """The ``width`` characters before ``start`` on its line, and on the line
    above when the number's line holds only a word or two before it and the
    line above ends mid-phrase: a wrapped line (担当：道路課　佐々⏎木　042-…), whose
    office word is on the line above."""
    window = ctx.before(text, start, width)
    line_start = start - len(window)
    if line_start == 0 or text[line_start - 1] != "\n" or len(window.strip(" ")) > 4 or _CELL.search(window) \
            or not _WRAPPED_PIECE.fullmatch(window):
        return window  # a new field line (TEL 090-…, 電話：…), not the tail of a wrapped one
    above = ctx.before(text, line_start - 1, width)
    if not above.strip() or _FIELD_END.search(above) or _CELL.search(above):
        return window  # a sentence, an item, an address or a table row ended on the line above
    return (above + window)[-width:]


def _company(chunk: str) -> bool:
    """A company by its legal form (株式会社, 社会福祉法人 …), not named as someone's employer."""
    return bool(ctx.find_word(chunk, _LEGAL_FORMS)) and not ctx.find_word(chunk, _EMPLOYMENT)


def _only_address_words(window: str) -> bool:
    """Whether every private word in ``window`` is an address word (丁目, 番地):
    an address between an owner and its number names no person."""
    private = ctx.words_found(window, _CONTEXT["private"])
    return all(w in _CONTEXT["address_words"] for w in private)


def _bracket_owner(line_before: str) -> str | None:
    """``office`` or ``corporate`` when the number stands in a bracket after
    its owner's name and address (給食センター（…、042-…）, 株式会社○○（…、電話 042-…））."""
    m = _OWNER_BRACKET.search(line_before)
    if not m or not _only_address_words(m.group(0)):
        return None
    owner = m.group("owner")
    if _company(owner):
        return "corporate"
    office = _office_word(owner)
    if (office and owner.endswith(office)) or ctx.ends_with_word(owner, _CONTEXT["public_facility"]):
        return "office"
    return None


# A cell of an address (北浜市本町二丁目3番4号, 〒123-4567, 緑町1-2-3): a number and a block word.
_ADDRESS_CELL = re.compile(r"〒?[0-9０-９]{3}[-－][0-9０-９]{4}|.*[0-9０-９一二三四五六七八九十](?:丁目|番地|番|号|[-－][0-9０-９])")
# The label of a line's kind before the number (電話, TEL：).
_KIND_CELL = re.compile(r"(?:電話番号|電話|TEL|Tel|tel|℡)?[:：.]?")


# What may stand before the number on a line of a body's block: its seat
# (an address with a number in it) and the line's kind, or the kind alone.
_SEAT_AND_LABEL = re.compile(rf"[ \t]*(?:〒?[0-9]{{3}}-?[0-9]{{4}}[ \t]*)?(?:(?:[^ぁ-ゖ\t]|(?<=[{KANJI}])[がの](?=[{KANJI}])){{2,40}}?[0-9一二三四五六七八九十](?:丁目|番地|番|号)?[0-9\-の]*[ \t]+)?"
                             r"(?:電話番号|電話|TEL|Tel|tel|℡|FAX|Fax|ファックス|ファクス|代表)?[ \t:：.]*")


def _acting_body_entry(text: str, line_start: int, start: int) -> bool:
    """Whether the number is in the entry of a juridical person named with
    the person acting for it (see ``_body_row``): the row names the body and
    its representative before the number, or the line above does and the
    number's line holds only the body's seat and the line's kind, or the
    line above is the seat's and the body's line stands above that.
    Nothing private may stand on the number's line or row."""
    head = text[line_start:start]
    if ctx.words_found(head, _PRIVATE_WORDS - {"丁目", "番地", "住所"}):
        return False
    if represented_body(head, text, line_start):
        return True
    if not _SEAT_AND_LABEL.fullmatch(head):
        return False
    if body_line_above(text, line_start):
        return True
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = text[above_start:max(0, line_start - 1)]
    return line_start > 0 and _SEAT_AND_LABEL.fullmatch(above) is not None and bool(re.search(r"\d", above)) \
        and not ctx.words_found(above, _PRIVATE_WORDS - {"丁目", "番地", "住所"}) and bool(body_line_above(text, above_start))


def _company_then_address(line_before: str) -> bool:
    """Whether the number's line names a company by its legal form, then its
    address, then at most the line's kind (受託者　株式会社○○　北浜市本町二丁目3番4号
    電話 042-…): the address between is the company's, not a person's, so the
    line is the company's entry. Nothing but address words may be private
    words on the line (山田様 or 自宅 keeps the number a person's)."""
    cells = [c for c in re.split(r"[ 　\t]+", line_before.strip()) if c]
    if cells and _KIND_CELL.fullmatch(cells[-1]):
        cells.pop()
    address = 0
    while cells and _ADDRESS_CELL.match(cells[-1]):
        cells.pop()
        address += 1
    return bool(address and cells and _only_address_words(line_before)
                and (_company(cells[-1]) or organisation_before(" ".join(cells)) is not None))


def _contact_block(text: str, start: int) -> bool:
    """Whether the number's line is an address under a contact heading that
    names an office (【問い合わせ先】北浜市 健康推進課 ⏎ 北浜市緑町二丁目3番1号 電話 …):
    the unit's address and numbers are listed below its name."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _ADDRESS_LINE.fullmatch(text, line_start, start) \
            or not _only_address_words(text[line_start:start]):
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    heading = ctx.find_word(above[:12], _CONTEXT["contact_headings"])
    if not heading or ctx.words_found(above, _CONTEXT["private"]):
        return False
    office = _office_word(above.rstrip(" 　"))
    if not office:
        return False
    return above.rstrip(" 　").endswith(office)


# The number's own label, right before it: a FAX line (ＦＡＸ：, ファクス番号).
_FAX_LABEL = re.compile(r"(?:" + words_regex(_CONTEXT["fax_labels"], longest_first=False) + r")(?:番号)?は?[ \t:：]*$")
# Any number as a phone is written, to find the one listed before a FAX number.
_ANY_NUMBER = re.compile(r"(?:\+81|\(?0)[\d()\- .]{7,16}\d")
# A line that holds only a number's label before it (TEL, 電話：).
_LABEL_ONLY = re.compile(r"[ \t]*(?:電話|TEL|Tel|tel|FAX|Fax|ファックス|ファクス|代表)?(?:番号)?[ \t:：]*")
# The label alone, maybe spaced out as forms write it (電　話, Ｔ Ｅ Ｌ).
_SPACED_LABEL_ONLY = re.compile(r"[ \t]*(?:電[ ]?話|T[ ]?E[ ]?L|Tel|tel|℡)?(?:[ ]?番[ ]?号)?[ \t:：]*")
# A line that holds a number and its label only (電話 042-555-1111).
_LABEL_NUMBER_LINE = re.compile(r"[^ぁ-ゖ\d]{0,8}[ :：]*(?:\+81|\(?0)[\d()\- .]{7,16}\d(?:[ ]?\(?内線[ ]?\d{1,5}\)?)?")
# A line that names a unit or a public body and nothing else (福祉課, 北浜市立西小学校).
_UNIT_LINE = re.compile(rf"(?:{_KANA_CITY}|[^ぁ-ゖ\t]){{0,30}}?(?:課|係|室|局|センター|事務局|支所|出張所|役所|役場|庁舎|議会)[ ]*")
# Headings of a table's phone column: a cell of bare digits under one is a number.
_PHONE_HEADINGS = frozenset(["電話", "電話番号", "連絡先", "連絡先電話", "連絡先電話番号", "TEL", "Tel", "携帯",
                             "携帯電話", "携帯番号", "FAX", "FAX番号", "自宅電話", "緊急連絡先"])
_BARE_CELL = re.compile(r"0\d{9,10}")
# An unseparated mobile number (11 digits, 070/080/090): with a phone word anywhere
# before it on its line (緊急連絡先　北浜花子（妻）　09012345678), farther than the
# context window that a 10-digit run needs, since no invoice number has that shape.
_BARE_MOBILE = re.compile(r"(?<![\d-])0[789]0\d{8}(?![\d-])")
_PHONE_WORD_LINE = re.compile(r"電話|TEL|Tel|tel|携帯|連絡先")
_MOBILE_WIDTH = 40
# A number abroad, by its country code (not Japan's 81).
_ABROAD = re.compile(r"\(?\+(?!81)[1-9]")
_INTERNATIONAL_PREFIX = re.compile(r"010[- ]")
# A number that does not start with 0 (212-555-0187): not dialled inside Japan.
_NOT_DOMESTIC = re.compile(r"\(?[1-9]")


def _dialled_abroad(value: str) -> bool:
    """010, then a country code and a number: more digits than any number in Japan."""
    number = _AFTER_NUMBER.split(value)[0]  # not the extension's digits
    return bool(_INTERNATIONAL_PREFIX.match(number)) and sum(ch.isdigit() for ch in number) > 11


_FACILITY_HEADINGS = frozenset(_CONTEXT["facility_headings"])


def _facility_row(text: str, start: int) -> bool:
    """Whether the number stands in a table row whose entry is a public body
    or facility by its column heading (施設名, 学校名, 担当課 …): a cell of
    the row before the number lies under one of those headings."""
    line_start = text.rfind("\n", 0, start) + 1
    row = text[line_start:start].split("\t")
    return any(cell.strip(" ") and ctx.column_heading(text, line_start, column, _FACILITY_HEADINGS)
               for column, cell in enumerate(row[:-1]))


# The number given as the inquiry line, right after the word (お問い合わせは
# 042-…です, 問い合わせ先として、042-…を設けております): a document or an
# official gives the office's line for inquiries; a resident's number is
# called 連絡先 or 自宅, and a private word nearer wins first.
_INQUIRY_BEFORE = re.compile(r"(?:お?問い?合わ?せ|照会)(?:先|窓口|番号)?(?:は|として|につきましては)?[ 、:：]*$")
# A title right before the number (…部長、052-…, 課長 090-…): the number is that
# person's, and a title says nothing about whose office it is.
# Free dial (着信課金番号 0120, 0800 of 電気通信番号規則): the called party pays,
# a service businesses and public bodies subscribe to, not a resident's line.
_FREE_DIAL = frozenset(["0120", "0800"])
# Shared-cost numbers (統一番号 0570, ナビダイヤル; 電気通信番号規則): one number a
# business or a public body subscribes to for all its centres, never a
# resident's own line.
_SHARED_COST = frozenset(["0570"])
_TITLE_BEFORE = re.compile(r"(?:部|課|室|係|局|所|センター)長[ 、,:：(（]*(?:電話|TEL|Tel|携帯)?[ :：]*$")
_CONTRACTOR_WORDS = tuple(_CONTEXT["contractor"])


def _contractor_staff(text: str, start: int) -> bool:
    """Whether the number follows the title of a contractor's staff member on
    a line that names the contractor (受託者, 受注者, 株式会社 …): the office
    word is the company's department in the person's title, not a unit of
    the municipality."""
    window = ctx.before(text, start, 60)
    return bool(_TITLE_BEFORE.search(window)) and bool(ctx.find_word(window, _CONTRACTOR_WORDS))


def _fax_source(text: str, label_start: int) -> tuple[int, int] | None:
    """The number listed right before a FAX label: on its line or the line above."""
    line_start = text.rfind("\n", 0, label_start) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else line_start
    last = None
    for m in _ANY_NUMBER.finditer(text, above, label_start):
        last = m
    return last.span() if last else None


# A line naming a unit's contact person by an official title (校長　北浜一郎, 担当：北浜):
# in a contact block it stands between the unit's name and its number.
_STAFF_TITLES = words_regex(_CONTEXT["staff_titles"])
_STAFF_LINE = re.compile(rf"(?:{_STAFF_TITLES})[ :：]*[^ぁ-ゖ\t]{{1,12}}")


# In a staff line, a unit of the office right before the person (担当：道路課　北浜).
_UNIT_THEN_NAME = re.compile(r"(?P<unit>課|係|室|局|センター|事務局|支所|出張所)[ ]+[^ぁ-ゖ\t ]{1,8}$")
# A staff line that gives the unit with the person's post in it and the full
# name (担当　情報政策課システム係長　北浜　一郎, 担当：道路課主査　北浜): a
# municipal post closes the unit's name (地方公務員の職名: 係長, 主査, 主事 …).
_UNIT_POST_THEN_NAME = re.compile(
    rf"(?:{_STAFF_TITLES})[ :：]*[^ぁ-ゖ\t ]{{0,30}}?(?P<unit>課|係|室|局|センター|事務局|支所|出張所)"
    r"(?:長補佐|長|補佐|主幹|主査|主任|主事|技師|技査|主事補)?[ ]+[^ぁ-ゖ\t ]{1,6}(?:[ ][^ぁ-ゖ\t ]{1,6})?")


# A header field naming the reporting body (クラブ名　北浜児童クラブ, 施設名：…).
_FACILITY_NAME_FIELD = re.compile(r"(?:" + words_regex(_CONTEXT["facility_name_fields"]) + r")[ :：]+(?P<v>[^\t ]{2,40})")
# A note in brackets after a facility's name: where it is housed (（東小学校内）).
_NOTE_AFTER_NAME = re.compile(r"[(（][^()（）]{1,20}[)）]$")


# A contact heading opening a block's first line (問い合わせ先　北浜町役場　総務課,
# 【事務局】北浜市環境課): the label of the block, not part of the unit's name.
_CONTACT_LABEL = re.compile(rf"^[【［\[＜<(（]?(?:{words_regex(_CONTEXT['contact_headings'])})"
                            r"[^】］\]＞>)）\s]{0,4}[】］\]＞>)）]?[ \t:：]*")
# A body housed in a unit of the office (選挙管理委員会（総務課内）): the unit's block.
_HOUSED_IN_UNIT = re.compile(r"[(（](?P<unit>[^()（）\s]{1,16}(?:課|係|室))内[)）]$")


def _unit_heading(line: str) -> str:
    """``line`` without a contact heading before the unit's name, and with a
    note that the body is housed in a unit read as that unit
    (問合せ　北浜村選挙管理委員会（総務課内） → 北浜村選挙管理委員会総務課)."""
    line = _CONTACT_LABEL.sub("", line, count=1)
    return _HOUSED_IN_UNIT.sub(lambda m: m.group("unit"), line)


def _block_owner_above(text: str, start: int) -> str | None:
    """``office`` when the number's line holds only its label and a line above
    names a unit or a public body alone (北浜市 福祉課 ⏎ TEL 042-…): the unit's
    contact block; ``private`` when that line names a private party instead
    (申出人　北浜花子 ⏎ 電話 042-…). A staff line that names the unit, with the
    post in it or not, counts as the unit's (担当　道路課主査　北浜　一郎 ⏎ 電話 …),
    unless it names a contractor. Its address line (〒… 北浜市緑町一丁目1番地)
    and its other number lines may stand between."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _LABEL_ONLY.fullmatch(text, line_start, start):
        return None
    for _ in range(3):
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start:line_start - 1].strip(" \t")
        if not above:
            return None
        if (_ADDRESS_LINE.fullmatch(above) and _only_address_words(above) and re.search(r"\d", above)) \
                or _LABEL_NUMBER_LINE.fullmatch(above):
            if above_start == 0:
                return None
            line_start = above_start
            continue  # the unit's address or its other number, listed under its name
        unit = (_UNIT_THEN_NAME.search(above) if _STAFF_LINE.fullmatch(above) else None) \
            or (_UNIT_POST_THEN_NAME.fullmatch(above) if not ctx.find_word(above, _CONTRACTOR_WORDS) else None)
        if unit and _only_address_words(above):
            office = _office_word(above[:unit.end("unit")])
            if office and above[:unit.end("unit")].endswith(office):
                return "office"  # 担当：道路課　北浜 ⏎ 電話：042-…: the staff line names its unit (not 教室)
        if _STAFF_LINE.fullmatch(above) and above_start:
            line_start = above_start
            continue  # the unit's contact person (校長　北浜一郎), listed under its name
        named = _FACILITY_NAME_FIELD.fullmatch(above)
        if named and not ctx.words_found(above, _PRIVATE_WORDS):
            body = _NOTE_AFTER_NAME.sub("", named.group("v"))
            if ctx.ends_with_word(body, _CONTEXT["public_facility"]):
                return "office"  # クラブ名　北浜児童クラブ（東小学校内） ⏎ 所在地 … ⏎ 電話 …: the facility's report
            if _company(body):
                return "corporate"  # 事業所名　株式会社○○ ⏎ 電話 …
        if not _only_address_words(above):
            return "private"
        if (_UNIT_LINE.fullmatch(_unit_heading(above)) and _office_word(above)) \
                or ctx.ends_with_word(above, _CONTEXT["public_facility"]):
            return "office"
        if _company(above):
            return "corporate"  # 株式会社○○ 営業部 ⏎ TEL 03-…: the company's contact block
        return None
    return None


class PhoneRecognizer(JaPatternRecognizer):
    ENTITY = "PHONE"
    DESCRIPTION = "電話番号"
    PATTERNS = (
        JaPattern("区切り", r"0(?<![\d-]0)\d{1,4}[- ]\d{1,4}[- ]\d{3,4}(?![\d-])" + _ALSO + _EXT, 0.7),
        # dots as separators (090.1234.5678) and the international form (+81-90-1234-5678, +81 (0)42 555 1234)
        JaPattern("点区切り", r"0(?<![\d.]0)\d{1,4}\.\d{1,4}\.\d{3,4}(?![\d.])", 0.6),
        # 中黒 as separators (090・1234・5678), as some forms print them
        JaPattern("中黒区切り", r"0(?<![\d・]0)\d{1,4}・\d{1,4}・\d{3,4}(?![\d・])", 0.6, needs_context=True),
        # kanji digits, as vertical writing prints numbers (〇九〇―一二三四―五六七八) and minutes
        # set down a number read out (〇九〇の一二三四の五六七八, 〇九〇、一二三四、五六七八)
        JaPattern("漢数字", rf"〇(?<![{_KANJI_DIGITS}]〇)[{_KANJI_DIGITS}]{{1,4}}(?:[{_DASHES}]|[の、・][ ]?)[{_KANJI_DIGITS}]{{1,4}}"
                           rf"(?:[{_DASHES}]|[の、・][ ]?)[{_KANJI_DIGITS}]{{3,4}}(?![{_KANJI_DIGITS}])", 0.6, anchor="〇"),
        JaPattern("国際", r"\+81[- ]?(?:\(0\)[ ]?)?\d{1,4}[- ]\d{1,4}[- ]\d{3,4}(?![\d-])" + _EXT, 0.7, anchor=r"\+81"),
        # Any other number with its country code (ITU-T E.164: at most 15 digits), in
        # the groups its country writes: a number abroad (+1-212-555-0187, +1 (212) 555-0187,
        # +44 (0)20 7946 0958, +49 30 12345678, +86 138 0013 8000) and +81 written
        # otherwise (+819012345678, (+81) 90-1234-5678, +81(90)1234-5678, +81.90.1234.5678).
        # A figure with a sign (+12.5%, +1234人) is too short to be one; an amount has a
        # comma or a unit after it.
        JaPattern("国番号", r"(?<![\d+])(?:\(\+[1-9]\d{0,2}\)|\+[1-9]\d{0,2})(?:[- .]?\(0\))?"
                  r"(?:[- .]?\(\d{1,4}\)|[- .]?\d{1,8}){1,6}(?![\d,円万千億%]|\.\d)" + _EXT, 0.7,
                  anchor=r"\+[1-9]"),
        # dialled from Japan with the international prefix 010 (010-1-212-555-0187): no
        # number inside Japan starts 010
        # a North American number written without its country code (212-555-0187,
        # (212) 555-0187, 1-212-555-0187: NANP, area and exchange codes start 2-9),
        # next to a phone word only: no number in Japan has that shape
        JaPattern("北米", r"(?<![\d-])(?:1[- ])?(?:\([2-9]\d{2}\)[ ]?|[2-9]\d{2}[- .])[2-9]\d{2}[- .]\d{4}(?![\d-])", 0.5,
                  needs_context=True),
        JaPattern("国際プレフィックス", r"010(?<![\d-]010)[- ][1-9]\d{0,2}(?:[- ]\d{1,8}){2,5}(?![\d-])", 0.7, anchor="010[- ]"),
        JaPattern("括弧", r"0(?<![\d-]0)\d{1,4}\(\d{1,4}\)\d{3,4}(?![\d-])" + _EXT, 0.7),
        JaPattern("市外局番括弧", r"\(0\d{1,4}\)[ ]?\d{1,4}-?\d{3,4}(?![\d-])" + _EXT, 0.7),
        JaPattern("連続", r"0(?<![\d-]0)\d{9,10}(?![\d-])" + _EXT, 0.5, needs_context=True),
        JaPattern("内線のみ", r"内(?<![)\d]内)線[ ]?\d{2,5}(?!\d)", 0.6),
    )
    CONTEXT = ("電話", "TEL", "Tel", "tel", "携帯", "連絡先", "FAX", "ファックス", "ファクス")
    CONTEXT_BEFORE = 12
    CONTEXT_BOOST = 0.2

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text.startswith("内線"):
            return None
        if _ABROAD.match(pattern_text):
            count = sum(ch.isdigit() for ch in pattern_text)
            return None if 8 <= count <= 15 else False  # E.164: country code and number, 15 digits at most
        if _INTERNATIONAL_PREFIX.match(pattern_text):
            count = sum(ch.isdigit() for ch in pattern_text) - 3
            return None if 8 <= count <= 15 else False
        digits = _digits(pattern_text)
        if _NOT_DOMESTIC.match(pattern_text):
            return None if len(digits) == 10 or (len(digits) == 11 and digits[0] == "1") else False  # NANP
        if digits[:3] in ("070", "080", "090", "050") or digits[:4] == "0800":
            return None if len(digits) == 11 else False
        if len(digits) != 10:
            return False
        return None

    def find(self, text: str, tokens: list) -> Iterable[RecognizerResult]:
        """Numbers by their form, then the bare digits of a table's phone column
        (番号<TAB>氏名<TAB>住所<TAB>連絡先 ⏎ …<TAB>0425551234): the heading is the
        phone word the row itself lacks."""
        results = list(super().find(text, tokens))
        taken = {i for r in results for i in range(r.start, r.end)}
        for m in _BARE_MOBILE.finditer(text):
            if m.start() in taken or m.end() - 1 in taken \
                    or not _PHONE_WORD_LINE.search(ctx.before(text, m.start(), _MOBILE_WIDTH)):
                continue
            results.append(self.result(self.ENTITY, m.start(), m.end(), 0.7, f"{self.DESCRIPTION}の形式（携帯、同じ行に電話の語）",
                                       pattern="携帯連続", **self.attributes_for(text, m.start(), m.end())))
        if "\t" in text:  # (a table of TABs, or of bars: normalisation made ｜氏名｜電話番号｜ TAB rows)
            for c_start, c_end, _ in cells_under(text, _PHONE_HEADINGS):
                cell = text[c_start:c_end]
                if not _BARE_CELL.fullmatch(cell) or c_start in taken or c_end - 1 in taken:
                    continue
                if self.validate_result(cell) is False:
                    continue
                results.append(self.result(self.ENTITY, c_start, c_end, 0.7, f"{self.DESCRIPTION}の形式（表の電話欄）",
                                           pattern="表の電話欄", **self.attributes_for(text, c_start, c_end)))
        return results

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        kind = self._kind(text, start, end)
        fax = _FAX_LABEL.search(ctx.before(text, start, 16))
        if kind == "unknown" and fax:
            # ＦＡＸ 042-… under 電話 042-…: the line of the one listed before it
            source = _fax_source(text, start - len(ctx.before(text, start, 16)) + fax.start())
            if source:
                return {"kind": self._kind(text, *source)}
        return {"kind": kind}

    def _kind(self, text: str, start: int, end: int) -> str:
        kind = self._attributes(text, start, end)["kind"]
        if kind == "office" and (_ABROAD.match(text, start) or _dialled_abroad(text[start:end])
                                 or _NOT_DOMESTIC.match(text, start)):
            return "unknown"  # the municipality's offices are in Japan: a number abroad is no office line of its
        if kind == "office" and _contractor_staff(text, start):
            return "private"  # 受託者側責任者：北浜一郎（品質管理部長、052-…）: a contractor's staff member's own line
        return kind

    def _attributes(self, text: str, start: int, end: int) -> dict[str, Any]:
        value = text[start:end]
        near = _wrapped_before(text, start, 16)
        line_before = _wrapped_before(text, start, 60)
        after = ctx.after(text, end, _AFTER_WIDTH)
        cells = _CELL.split(line_before)
        if len(cells) > 1:
            # A table row: only the number's own cell and the cell before it
            # speak for it (福祉課<TAB>042-…); a department in another column
            # is who handles the row, not whose line it is (山田太郎<TAB>042-…<TAB>福祉課).
            line_before = near = "\t".join(cells[-2:])[-60:]
        after = _CELL.split(after)[0]  # the number's own cell
        party = next((c for c in cells[:-1] if c.strip() and not _NUMBER_CELL.fullmatch(c)), "")
        if len(cells) > 1 and "\t" in line_before and _facility_row(text, start) \
                and not ctx.words_found(" ".join(cells), _PRIVATE_WORDS - {"丁目", "番地", "住所"}):
            return {"kind": "office"}  # 施設名<TAB>電話 ⏎ 北浜市民プール<TAB>042-…: the heading says the row is a facility
        if len(cells) > 1 and (ctx.ends_with_word(party.strip(), _CONTEXT["public_facility"])
                               or _UNIT_LINE.fullmatch(party.strip())) \
                and not ctx.words_found(cells[-1], _PRIVATE_WORDS):
            return {"kind": "office"}  # 1<TAB>北浜市立東小学校<TAB>所在地<TAB>042-…: the row is the school's entry
        if len(cells) > 1 and _company(party) \
                and not ctx.words_found(" ".join(cells), _PRIVATE_WORDS - {"丁目", "番地", "住所"}):
            return {"kind": "corporate"}  # 株式会社○○<TAB>所在地<TAB>042-…: the row is the company's entry
        line_start = text.rfind("\n", 0, start) + 1
        if _digits(value)[:3] not in ("070", "080", "090") and _acting_body_entry(text, line_start, start):
            # 3<TAB>株式会社○○<TAB>代表取締役 北浜一郎<TAB>…<TAB>042-…: the body's row or block
            # (not a mobile: a representative carries one of their own)
            return {"kind": "corporate"}
        if _digits(value)[:4] in _FREE_DIAL:
            return {"kind": "toll_free"}  # 0120-…: the number itself says a business pays for the calls
        if _digits(value)[:4] in _SHARED_COST:
            return {"kind": "shared_cost"}  # 0570-…: a business's or a public body's one number for the country
        mobile = _digits(value)[:3] in ("070", "080", "090")
        if not mobile and member_office(text, start):
            return {"kind": "member_office"}  # ○14番（北浜）　私の事務所の電話は 042-…: an elected member's public office
        # The context word nearest the number decides: 相談者　山田花子　電話… after
        # 福祉課 is the resident's line, 利用者支援課　042… is the office's.
        near_words = ctx.words_found(near, _NEAR_WORDS)
        nearest = near_words[-1] if near_words else None
        if nearest in _CONTEXT["address_words"] or nearest is None:
            owner = _bracket_owner(line_before)
            if owner:
                return {"kind": owner}  # 給食センター（北浜市緑町三丁目4番5号、042-…）: the owner's address between
            if _contact_block(text, start):
                return {"kind": "office"}  # 【問い合わせ先】…課 ⏎ 北浜市…番地 電話 042-…
            if not mobile and heads_the_line(text, start, end, _LINE_HEAD_FACILITIES):
                return {"kind": "office"}  # 北浜市民会館（北浜市緑町4丁目5番6号）　電話 042-…: the facility's entry
            if not mobile and _company_then_address(line_before):
                return {"kind": "corporate"}  # 株式会社○○　北浜市本町二丁目3番4号　電話 042-…: the company's entry
            block_owner = _block_owner_above(text, start)
            if block_owner:
                return {"kind": block_owner}  # 北浜市 福祉課 ⏎ TEL 042-…; 申出人 北浜花子 ⏎ 電話 042-…
            unit = _office_word(line_before)
            gap = line_before[line_before.rfind(unit) + len(unit):] if unit else ""
            if unit and _OFFICE_GAP.fullmatch(gap) and _only_address_words(line_before):
                return {"kind": "office"}  # 北浜市教育委員会 学校教育課 北浜市緑町一丁目1番地 電話 042-…
        if nearest in _PRIVATE_WORDS:
            return {"kind": "private"}
        if value.startswith("内線"):
            return {"kind": "office"}  # a bare extension: only the office's own staff dial it
        if mobile:
            # 福祉課 090-…: the office word stands right before this number
            office = _office_word(near)
            if office and _ATTACHED_GAP.match(near[near.rfind(office) + len(office):]):
                return {"kind": "office"}
            if _MOBILE_NOTE_AFTER.match(text, end):
                return {"kind": "office"}  # 090-…（公用携帯）
            return {"kind": "private"}
        if _OFFICE_NOTE_AFTER.match(text, end):
            return {"kind": "office"}  # 042-555-8111（代表）: a switchboard, named after the number
        if _COMPANY_SITE_NOTE_AFTER.match(text, end) and _SPACED_LABEL_ONLY.fullmatch(text, line_start, start):
            # 電　話　045-…（本社）: the company's line at its head office (only its label before
            # it: 連絡先　北浜一郎　045-…（本社） may be the person's own desk there)
            return {"kind": "corporate"}
        after = after[:next((i for i, c in enumerate(after) if c.isdigit()), len(after))]
        office = _office_word(line_before)
        gap = _QUOTED.sub("", line_before[line_before.rfind(office) + len(office):]) if office else ""
        if office and (_OFFICE_GAP.fullmatch(gap) or _TOPIC_GAP.fullmatch(gap) or _FACILITY_GAP.fullmatch(gap)):
            return {"kind": "office"}
        if _office_word(after) and _OFFICE_AFTER.match(after):
            return {"kind": "office"}  # 042-555-8199 福祉課, …（福祉課）: a unit's whole name, not 係争中
        facility = ctx.find_word(near, _CONTEXT["public_facility"])
        if facility and _FACILITY_GAP.match(near[near.rfind(facility) + len(facility):]):
            return {"kind": "office"}  # 北浜市立図書館 042-…: a public institution's own line
        if _SCHOOL_SHORT.search(near):
            return {"kind": "office"}  # 北浜小 042-…: a school by its short name
        if _CITY_ONLY.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
            return {"kind": "office"}  # 発行：北浜市　電話 042-…: the municipality alone names the line
        head = ctx.find_word(line_before, _CONTEXT["public_facility"])
        if head and _HEAD_NAMED.fullmatch(line_before[line_before.rfind(head) + len(head):]):
            return {"kind": "office"}  # 北浜小学校長　南浦一郎　042-…: the head of the institution signs for it
        heading = line_before.lstrip().split(" ", 1)[0]
        if heading != line_before.strip() and ctx.ends_with_word(heading, _CONTEXT["public_facility"]):
            return {"kind": "office"}  # 北浜市立西小学校 北浜市西町3-3-3 TEL …: the line is the school's entry
        if not mobile and heads_the_line(text, start, end, _LINE_HEAD_FACILITIES):
            return {"kind": "office"}  # 北浜市民会館（北浜市緑町4丁目5番6号）　電話 042-…: the line is the facility's entry
        if official_states_number(text, start, _PRIVATE_WORDS):
            return {"kind": "office"}  # ○福祉課長（北浜）　電話番号は042-…です: the official gives the unit's line
        if _INQUIRY_BEFORE.search(near):
            return {"kind": "office"}  # お問い合わせは 042-…です, 問い合わせ先として 042-…: the issuer's inquiry line
        if organisation_before(line_before):
            return {"kind": "corporate"}  # 北浜建設株式会社（電話 042-…）, 北浜銀行本店 042-…: the organisation's switchboard
        hours = service_hours_after(text, end)
        if hours:
            return {"kind": hours}  # 042-…（受付時間 平日8:30～17:15）: a counter's line
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if public_mail_on_line(text[line_start:line_end if line_end != -1 else len(text)]):
            return {"kind": "office"}  # TEL 042-… Email: fukushi@city.kitahama.lg.jp: a public body's contact line
        return {"kind": "unknown"}
