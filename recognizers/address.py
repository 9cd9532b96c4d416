"""ADDRESS: a residence or site address down to the house (番地/号), with
building and room when written.

Shape (after NFKC; kanji or Arabic numerals):
  [都道府県] [郡] 市区町村 [区] [大字/字] 町名 [N丁目 | N条M丁目] 番地・号 [建物名 部屋番号]
  東京都さくら市本町二丁目3番地の4, 多摩市関戸1-2-3 〇〇ハイツ205号室,
  大字下田字川原123番地, 札幌市北区北7条西5丁目8番地1 (北海道),
  京都市中京区烏丸通四条上ル笋町123番地 (京都: 通り名 + 上ル/下ル/西入/東入).

How a match is found:
1. The house number (the part every address to a household has) is found
   by regex: 二丁目3番地の4, 12番5号, 1204番地, 1-2-3, 3丁目2-1. A 町丁目
   with no house number (本町二丁目) is a PLACE (quasi-identifier), not this.
2. The place name is read leftwards on Sudachi's tokens: nouns (地名,
   数詞, 市/町/区 suffixes, 大字/字, 条, 通), and the Kyoto direction verbs
   (上る, 下る); it stops at a particle, a punctuation mark, a field label
   or a party word (住所, 自宅, 相手方, 請求人宅). A prefecture from the
   47 in ``address_prefectures.tsv`` starts the span when present.
3. A bare ``1-2-3`` needs a place name before it (a 地名 token or a 市区町村
   suffix), so list numbers and ranges are not addresses; in an address
   field (住所 新北浜5-6-7) the label vouches for a name Sudachi does not
   know, and 「…町12番」 is a house number there only.
4. A building and room that follow (〇〇ハイツ205号室, 市営○○住宅2号棟304号室,
   also bracketed: 〇〇ハイツ（205号室）) belong to the same span: they
   identify the household.
5. A room in a dwelling building (data ``dwellings``) is a household even
   without a house number: 桜町二丁目のコーポ桜201号室, 市営桜町団地3号棟205号室;
   after a 棟 the room may lack 号室 (復興公営住宅B棟102号), and after a named
   building a room may stand alone (桜ハイツ205, コーポ緑 1-A), but not a
   count, a rule or a plan (住宅120戸, 市営住宅条例第3号).
6. Land and building register fields (「所在 北多摩市東町一丁目」 then, on a
   line below, 「地番 12番3」 or 「家屋番号 12番3の2」): the place and each lot
   number are found together (kind ``property``, or ``public_facility`` when the
   block names a facility or its site: 公民館用地); a 地番 with no 所在 field
   above it is no address.
7. 番地 and 号 written with の (緑町2の15の10, 緑町123の4) right after the
   town's name. A house number after 「丁目の」 (本町二丁目の5番地) or 「町の」 (桜町の123番地),
   or written N の M after a 丁目 (本町二丁目5の3), is the same address; a
   kanji numeral after の is a number only when no other kanji follows it
   (…12番の一部 is not 番の一). 「桜町内の12番地」 is read the same way, and
   「緑町3丁目12の自宅」 (a household noun after の) is a house number.
8. A bare number is a 地番 after a district that stands for 大字/字: 字 itself
   (沖縄), 〇〇郷 and 〇〇免 (長崎), 第N地割 (岩手), or a Kyoto direction
   (烏丸通四条上る笋町123); after a town's name also in an address field or
   before に住む (住所 北浜町緑123).

9. An address abroad in Latin script: house number, street name and a
   street type (USPS suffixes: Street, Ave, Rd …), with unit, city, state
   and postal code when they follow (1234 Main Street, Springfield, IL 62701).

Skipped: a number followed by 先/地先/地内/付近 (「…12番地先の市道」 is an
event site on a public road, a PLACE) and road or list numbers (号線,
第2-315号).

``kind`` for the policy: ``corporate`` (a company's registered office,
published in bills and the commercial register), ``public_facility``
(市役所, 公民館), ``public_property`` (a parcel a 財産の取得/処分 bill lists),
``residence`` (a person's home or a party's address), else ``unknown``.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml, load_tsv
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer, scan
from redactor.recognizers._body_row import body_line_above, represented_body
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._drops import drop
from redactor.recognizers._line_owner import heads_the_line, office_below, office_ends_the_line
from redactor.recognizers._text import KANJI, KANJI_NAME, KANJI_ODORIJI, KANJI_PLACE, line_span, words_regex
from redactor.tokens import Token

_WORDS = load_toml("address_context.toml", "redactor.recognizers.data")
PREFECTURES = tuple(row[0] for row in load_tsv("address_prefectures.tsv", "redactor.recognizers.data"))
_PREF_RE = re.compile("|".join(PREFECTURES))
_STOP_NOUNS = frozenset(_WORDS["stop_nouns"])
_KYOTO = frozenset(_WORDS["kyoto_directions"])
# Districts a bare 地番 follows, as 大字/字 elsewhere: 〇〇郷 and 〇〇免 (長崎),
# 第1地割 (岩手).
_DISTRICT_END = tuple(_WORDS["district_ends"])

_N = r"(?:\d{1,5}|[一二三四五六七八九十百千〇]{1,6})"
# After の, a kanji numeral may start a word (土地の一部, 8番12の一般): it is a
# number only when no other kanji follows it (の五, の五号).
_NO = rf"の(?:\d{{1,5}}|[一二三四五六七八九十百千〇]{{1,6}}(?!(?!号|番)[{KANJI}]))"
# A room written after a hyphen (5番3-201号).
_ROOM = r"(?:-\d{1,5}(?:号室|号)?)?"
# 番地・号 after a 丁目 or on its own: 3番地の4, 45番地7, 12番5号, 12番12-503, 1番地.
_BANCHI = rf"{_N}番地(?:{_NO}号?|{_N}号?)?(?:{_NO})?{_ROOM}"
_BAN = rf"{_N}番(?:{_NO}|{_N})号?(?:{_NO})?{_ROOM}"
_HYPHEN = r"\d{1,5}(?:-\d{1,5}){1,3}(?:号室|号(?![議線様機]))?"
# 「緑町3丁目12の自宅」: a number after a 丁目 with a household noun after it.
_HOUSEHOLD = words_regex(_WORDS["household_nouns"])
_CORE = re.compile(
    rf"(?=[\d〇一二三四五六七八九十百千])(?<![\d第.])(?:"
    rf"(?P<chome>{_N}丁目)(?:[ ]?(?:{_BANCHI}|{_BAN}|{_N}番(?!目)|{_HYPHEN}|{_N}号(?![室棟線])|\d{{1,4}}(?=[ )、。]|$)"
    rf"|\d{{1,4}}(?=の(?:{_HOUSEHOLD}))"
    rf"|\d{{1,4}}の\d{{1,4}})|の(?:{_BANCHI}|{_BAN}|{_N}番(?!目)))"
    rf"|(?P<banchi>{_BANCHI}|{_BAN})"
    rf"|(?P<hyphen>{_HYPHEN})"
    rf"|(?P<lotonly>{_N}番)(?=[ 、。,()\nにでの]|$)"
    rf"|(?P<nosep>\d{{1,5}}(?:の\d{{1,5}}){{1,2}}(?:番地|号)?(?![\d番号条項]))"
    rf"|(?P<bare>\d{{1,5}})(?=[ 、。,)\nの]|[にでをはが]|$)"
    rf")(?![\d-])"
)
# A 地目 after a lot number in a land list (…153番　宅地　304.10㎡).
_LAND_CATEGORY_AFTER = re.compile(r"[ \t]+(?:" + words_regex(_WORDS["land_categories"])
                                  + r")(?=[ \t]|$)")
_NOT_AFTER = re.compile("|".join(sorted(map(re.escape, _WORDS["not_after"]), key=len, reverse=True)))

# Building + room: name (2-20 chars, not starting with a particle), optional
# 棟, then a room number with 号室/号/階, a floor and a room (3階301号室, 2F),
# 棟 and room with a hyphen (団地5-203), or a bare number at a boundary.
_NAME_CHARS = rf"{KANJI_PLACE}ァ-ヶーぁ-んA-Za-z〇○・"
_BUILDING = re.compile(
    rf"[ ]?\(?(?P<name>(?![にでをはがとへやもの])[{_NAME_CHARS}][{_NAME_CHARS}\d]{{1,20}}?)"
    rf"[ ]?\(?(?:(?:[A-Z]|\d{{1,2}}|[一二三四五六七八九十])(?:号棟|棟)[ ]?)?"
    rf"(?:\d{{1,2}}階[ ]?\d{{1,4}}(?:号室|号)?|\d{{1,4}}(?:号室|号|階)|\d{{1,2}}F(?![A-Za-z])"
    rf"|\d{{1,2}}-\d{{2,4}}(?:号室|号)?(?=[ \t、。)\n]|$)|\d{{2,4}}(?=[ \t、。)\n]|$)"
    # a lettered room or house of a dwelling (職員住宅C-3, コーポ緑B2): checked below
    rf"|(?P<lettered>[A-Z]-?\d{{1,3}})(?=[ \t、。)\n]|$))"
)
_BUILDING_STOP = re.compile("電話|TEL|FAX|氏名|名称|連絡先|生年月日|携帯|メール|代表|内線")

# A run of place-name tokens stops at anything but these parts of speech.
_PLACE_POS = {"名詞", "接尾辞", "接頭辞"}
# 〇〇市〇〇町: placeholders in model forms and anonymised text.
_PUNCT_OK = {"-", "ー", "・", "〇", "○", "◯", "●", "△", "×", "□"}
# Kana written inside place names (東ノ原, 霞ケ関, 一ツ橋): Sudachi tags ノ a particle.
_NAME_KANA = {"ノ", "ケ", "ヶ", "ツ", "ガ"}
_MUNICIPAL_END = ("都", "道", "府", "県", "市", "区", "町", "村", "郡")
_LEFT_LIMIT = 30
# A list number before a field label: 2, (2), 第2, ア.
_ITEM_NO = r"(?:第?[\d一二三四五六七八九十]{1,2}[)）.、]?|[(（][\d一二三四五六七八九十]{1,2}[)）]|[ア-ン][.、]?)?"
# 「公民館(所在地:…)」「市役所の所在地は…」「公民館の場所は、…」: the facility word before the label.
_LABEL_TAIL = re.compile(r"[ (:、]*(?:の?(?:所在地|住所|場所|位置))?[ (:は、]*$")
# 「緑町234の田中さん宅」: の, then a person with an honorific or a household word.
_HOUSEHOLD_AFTER_NO = re.compile(rf"の(?:[{KANJI_NAME}ぁ-んァ-ヶー]{{1,8}}?(?:さん|様|氏|宅|方|家)|(?:{words_regex(_WORDS['household_nouns'])}))")
# 「…3番地に住む」「…に居住する」: the person lives there.
_RESIDES_AFTER = re.compile(r"[ )]*(?:に|で)(?:住|居住|在住|暮ら|転居|転入)")


def _token_index(tokens: list[Token], starts: list[int], pos: int) -> int:
    """Index of the token that contains character ``pos``."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _in_aza_name(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is inside a 小字 name, right after 字 or 大字 with only
    name parts between (字宮ノ前, 字堂前, 字川ノ先): 前 and 先 end many 字 names,
    where elsewhere they end the place name (自宅前)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        t = tokens[j]
        if t.surface in ("字", "大字") or (t.surface.endswith("字") and len(t.surface) == 2 and t.pos[0] == "名詞"):
            return True  # 下川原字: Sudachi may read 原字 as one word
        if not (t.pos[0] in _PLACE_POS or t.surface in _NAME_KANA) or t.surface in _STOP_NOUNS:
            return False
    return False


def _in_kyoto_street(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` names a street of a Kyoto-style address: 通 right
    after or before it, or a direction (上ル, 西入) within the next two tokens
    (紅葉通白梅下ル, 白梅通紅葉下ル)."""
    nxt = "".join(t.surface for t in tokens[i + 1:i + 3])
    return (nxt.startswith("通") or (i > 0 and tokens[i - 1].surface == "通")
            or any(nxt.startswith(d) or nxt[1:].startswith(d) for d in _KYOTO))


def _place_start(text: str, tokens: list[Token], starts: list[int], core_start: int) -> tuple[int, bool, bool]:
    """Leftmost start of the place-name run before ``core_start``.

    Returns (start, has_place, has_aza). ``has_place``: the run names a
    municipality or prefecture (a token ending in 都道府県市区町村郡) or the
    token right before the number is a place name (本町 3-2-1); a run like
    「ヨーロッパリーグ2019-20」 has neither. ``has_aza``: it holds 大字/字.
    """
    i = _token_index(tokens, starts, core_start)
    if tokens and tokens[i].start < core_start:
        start = tokens[i].start  # 本町二丁目 is one 地名 token; the run starts with it
        has_place = tokens[i].is_place_name
        i -= 1
    else:
        start = core_start
        has_place = False
        i -= 1
        if i >= 0 and tokens[i].is_place_name:
            has_place = True
    has_aza = False
    while i >= 0:
        t = tokens[i]
        if core_start - t.start > _LEFT_LIMIT or "\n" in t.surface:
            break
        if (t.surface in _STOP_NOUNS or t.surface in _WORDS["labels"]) and not _in_aza_name(tokens, i):
            break
        if t.pos[0] in _PLACE_POS:
            if t.pos[0] == "名詞" and t.pos[1] == "普通名詞" and t.pos[2] == "サ変可能" and not _in_aza_name(tokens, i) \
                    and not _in_kyoto_street(tokens, i):
                break  # 居住, 請求, 移転: an action, not a place (but 字鍛冶屋敷: a 字 name, 紅葉通: a street)
            if t.pos[0] == "接尾辞" and t.surface in ("人", "者", "さん", "様", "氏"):
                break
        elif t.surface == " " and i >= 1 and tokens[i - 1].surface.endswith(_MUNICIPAL_END):
            pass  # 東京都 北浜市 緑町1-2-3: a space between the prefecture, the city and the town
        elif not (t.surface in _KYOTO or t.surface in _PUNCT_OK or t.surface in _NAME_KANA):
            break
        if t.surface.endswith(_MUNICIPAL_END) and (t.is_place_name or len(t.surface) == 1 or t.pos[1] == "固有名詞"
                                                   or t.surface[0] == "同"):
            has_place = True
        if (t.surface in ("大字", "字") or t.surface in _KYOTO
                # 東谷|原字|大坪: Sudachi reads the 大字 name's last kanji and 字 as one word,
                # after a proper noun (the rest of the 大字 name)
                or (len(t.surface) == 2 and t.surface.endswith("字") and t.pos[0] == "名詞"
                    and i >= 1 and tokens[i - 1].pos[1] == "固有名詞")
                or (t.surface.endswith(_DISTRICT_END) and (t.is_place_name or t.pos[0] == "接尾辞" or t.surface == "地割"))):
            has_aza = True  # a district written before a bare 地番: 字, 上る, 〇〇郷, 〇〇免, 第1地割
        start = t.start
        i -= 1
    # The prefecture starts the address: anything before it is not part of it.
    m = _PREF_RE.search(text, start, core_start)
    if m:
        start = m.start()
        has_place = True
    return start, has_place, has_aza


# A name before a 番地 that is no place's: a number's label (整理番号, 第) or a
# run holding digits or spaces.
_NOT_PLACE_RUN = re.compile(r"(?:番号|番|号|第|No\.?)$|[\d\s]")


def _bare_place_name(run: str, number: str) -> bool:
    """Whether ``run`` (the nouns right before a house number) names a place
    though no token says so (下河原, 古川 are read as surnames or common
    nouns): 番地 is written only after a place's name, so with 番地 in the
    number a run of two to eight kanji or kana is one."""
    return "番地" in number and 2 <= len(run) <= 8 and not _NOT_PLACE_RUN.search(run) \
        and bool(re.fullmatch(rf"[{KANJI_PLACE}ぁ-んァ-ヶー]+", run))


def _labelled(text: str, start: int) -> bool:
    """Whether an address field label (住所, 所在地, 転居先 …) ends right before ``start``."""
    return bool(ctx.ends_with_word(ctx.before(text, start, 12).rstrip(" :：は"), _WORDS["labels"]))


def _place_right_before(tokens: list[Token], starts: list[int], pos: int) -> bool:
    """Whether the token just before ``pos`` is a place name (緑町|2の15)."""
    i = _token_index(tokens, starts, pos)
    if tokens and tokens[i].start < pos:
        return tokens[i].is_place_name
    return i >= 1 and (tokens[i - 1].is_place_name or tokens[i - 1].surface.endswith(_MUNICIPAL_END))


def _building_end(text: str, end: int) -> int:
    """End of a building name + room right after the house number, or of a
    care home or dwelling named to the end of its cell or line, else ``end``."""
    m = _BUILDING.match(text, end)
    if not m or _BUILDING_STOP.search(m.group("name")) or "\n" in m.group(0):
        home = _HOME_AFTER.match(text, end)
        return home.end() if home and not _BUILDING_STOP.search(home.group(0)) else end
    if m.group("lettered") and not ctx.find_word(m.group("name"), _WORDS["dwellings"]):
        return end  # 資料A-1 after an address is no room: a lettered room only in a dwelling
    if ctx.find_word(m.group("name"), _WORDS["public_facility"]) and not ctx.find_word(m.group("name"), _WORDS["dwellings"]):
        return end  # …2番3号　北浜市役所本庁舎3階: a public building named after its address, not a home in it
    if "(" in m.group(0) and text.startswith(")", m.end()):
        return m.end() + 1  # 東町ハイツ(201号室), (東町ハイツ201): the bracket closes with it
    return m.end()


# A room in a dwelling building, with the 町丁目 or 町 before it when written
# (桜町二丁目のコーポ桜201号室, 市営桜町団地3号棟205号室): a household without a house number.
# The building name starts with a kanji or katakana and holds no particle, so
# the subject before it (本人は|コーポ桜…) stays out; a name may start with
# kana that are no particle right before the dwelling word or one or two
# kanji before it (ひまわり団地, さくら台ハイツ; not 「…である市営住宅」).
_DWELLING = words_regex(_WORDS["dwellings"])
_BLOCK = r"(?:(?:[A-Z]|\d{1,2}|[一二三四五六七八九十])(?:号棟|棟)[ ]?)"
# a number after a 棟 that counts something else than a room: the floor (1号棟8階), or the next
# cell of a table row (芦原団地2号棟　45歳　男性: the age, not room 45)
_NOT_ROOM_COUNTER = r"(?:歳|才|代|階|円|人|名|件|年|か月|ヶ月|月|日|時|分|%)"
# A room number in kanji, digit by digit or counted (二〇一, 二百一): 号室 follows it.
_KANJI_ROOM = r"[一二三四五六七八九〇十百]{1,5}"
# The owners' prefixes of public housing (市営, 県営): 町営みなと団地 is one name,
# its kana part included.
_PUBLIC_HOUSING = words_regex(w for w in _WORDS["public_owner_prefixes"] if w.endswith("営"))
_ROOM_ONLY = re.compile(
    rf"(?:(?P<place>[{KANJI_PLACE}〇\d]{{1,12}}?(?:丁目|町))の?)?"
    rf"(?P<name>(?:(?:{_PUBLIC_HOUSING})?(?![にでをはがとへやもかけ])[ぁ-ん]{{2,6}}[{KANJI_ODORIJI}]{{0,2}}(?={_DWELLING})"
    rf"|(?![ぁ-ん])[{_NAME_CHARS}](?:(?![にでをはがとへやもの])[{_NAME_CHARS}]){{0,11}}?)?"
    rf"(?:{_DWELLING})[{_NAME_CHARS}\d]{{0,10}}?)[ ]?"
    # the room: 205号室; 3号棟205, B棟102号 (a 棟 makes the number a room);
    # 205 or 1-A, A-101, 3-205 (棟-room), 12号 (a house in public housing)
    # standing alone after the building name
    rf"(?:{_BLOCK}?(?:\d{{1,4}}|{_KANJI_ROOM})号室|{_BLOCK}\d{{1,4}}号?(?![\d号戸]|{_NOT_ROOM_COUNTER})"
    rf"|(?:\d{{3,4}}|\d{{1,2}}-[A-Z]|[A-Z]-?\d{{2,4}}|\d{{1,2}}-\d{{3,4}}(?:号室|号)?|\d{{1,4}}号)"
    # (a TAB ends the room as a space does: the dwelling is a table's cell)
    rf"(?![\dA-Za-z-])(?=[ \t、。,)\n]|[にでをはがのへ]|$))")
# A dwelling with its name in quotes, then の and the room (アパート「グリーンハイツ」の205号室).
_QUOTED_DWELLING = re.compile(rf"(?:{_DWELLING})[「『][^」』\n]{{1,20}}[」』]の?[ ]?{_BLOCK}?\d{{1,4}}号室?(?![\d号])")
# A dwelling's name ending its line and its block or room starting the next
# (みどり団地⏎3号棟201号室): text copied out of a PDF or a fixed-width form.
_DWELLING_WRAP = re.compile(rf"(?:{_DWELLING})[ ]*\n[ ]*(?={_BLOCK}|\d{{1,4}}号室)")
# Only lines where a digit follows a dwelling word closely are scanned.
_ROOM_ANCHOR = re.compile("(?:" + words_regex(_WORDS["dwellings"], longest_first=False) + r")[^\n\d]{0,16}[\d〇一二三四五六七八九]")
_DWELLINGS = frozenset(_WORDS["dwellings"])
# Words in a "building name" that make it a rule, a plan or a count instead
# (市営住宅条例第3号, 団地再生計画2025, 住宅整備事業120).
_NOT_DWELLING_NAME = re.compile(words_regex(_WORDS["not_in_dwelling_name"], longest_first=False))
# 「桜町の123番地」: a 町 name, の, then the house number.
_TOWN_NO = re.compile(rf"(?:丁目|町|町内|字[{KANJI}]{{1,4}})の$")

# A block and a room of a housing estate written without the building's name
# (住戸　C-1号棟502号室, 12号棟305号室の住民): 号棟 numbers the buildings of an
# estate and 号室 the dwellings in one, so together they point at one
# household; a block alone (3号棟の外壁) or a count (10棟30戸) is none.
_BLOCK_ROOM = re.compile(r"(?<![\w-])(?:[A-Z]-?)?\d{1,2}号棟[ ]?\d{1,4}号室?(?![\d号戸])"
                         r"|(?<![\w-])(?:[A-Z]-?\d{0,2}|\d{1,2})棟[ ]?\d{1,4}号室")
_BLOCK_ROOM_ANCHOR = re.compile("棟")
# The unit field of a housing list (住戸　205号室), under the estate's name: a room alone.
_UNIT_FIELD_ANCHOR = re.compile(words_regex(_WORDS["dwelling_unit_labels"]))
_UNIT_FIELD = re.compile(rf"(?:^|(?<=\t))[ ]*(?:{words_regex(_WORDS['dwelling_unit_labels'])})[ ]*[:：]?[ \t]*"
                         r"(?P<v>\d{1,4}号室?)(?=[ \t]|$)", re.MULTILINE)
# A residential care facility or a dwelling named after the house number and
# ending its cell or line (…3番2号　特別養護老人ホームみどり荘, …3番2号　みどり荘):
# the person lives in it. A person's name after the address (…3番2号　北浜一郎)
# or a facility one visits is no part of it.
_HOME_AFTER = re.compile(rf"[ ](?:(?:{words_regex(_WORDS['residential_facilities'])})[^\s、。,()]{{0,20}}"
                         rf"|[^\s、。,()]{{1,20}}?(?:{_DWELLING}))(?=[ ]{{2,}}|\t|\n|$)")


# Register fields (data [register]): a label at the start of a line (after a
# list number such as (1) or ア), a separator, then the value.
_REGISTER = _WORDS["register"]
_FIELD_HEAD = r"^[ \t]*(?:\(?(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[ア-ン])[).、]?[ \t]*)?"
_PLACE_LABEL = "(?:" + words_regex(_REGISTER["place_labels"]) + r")[ \t]*[:：]?[ \t]*"
# The lot field, at the start of its line or after the place field in the same
# row (a table row read as 「所在<TAB>北多摩市東町一丁目<TAB>地番<TAB>12番3」).
_LOT_FIELD = re.compile(_FIELD_HEAD + rf"(?:{_PLACE_LABEL}(?P<v>[^\s][^\t\n]*?)[ \t]+)?(?:"
                        + words_regex(_REGISTER["lot_labels"], longest_first=False) + r")[ \t]*[:：]?[ \t]*(?=\S)", re.MULTILINE)
_PLACE_FIELD = re.compile(_FIELD_HEAD + _PLACE_LABEL + r"(?P<v>[^\s].*?)[ \t]*$", re.MULTILINE)
# One lot or house number: 12番3, 12番の3, 123番地, 123番地1, 12番3の2, or bare
# digits standing alone in the value (1024, 1234-5; not 外2筆, 第3号).
_LOT = re.compile(rf"(?<![\d.]){_N}番地?(?:{_NO}|{_N}(?!番))?(?:{_NO})?|(?<=[\s、,:：])\d{{1,5}}(?:-\d{{1,5}}){{0,2}}(?=[\s、,]|$)")
# Any field line of a register entry: a short label, a separator, a value.
_FIELD_LINE = re.compile(_FIELD_HEAD + rf"[{KANJI}]{{1,6}}[ \t]*[:：\t ][ \t]*\S", re.MULTILINE)
_PLACE_VALUE = re.compile(r"[都道府県市区町村郡]|丁目|字")


def _field_block(text: str, start: int, end: int, n: int) -> str:
    """The lines from ``start`` to ``end`` and up to ``n`` field lines
    (「用途 公民館用地」) on either side: the same entry of the register, not
    the prose around it."""
    for _ in range(n):
        prev = text.rfind("\n", 0, max(0, start - 1)) + 1
        if prev == start or not _FIELD_LINE.match(text, prev, start):
            break
        start = prev
    for _ in range(n):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt == -1 else nxt
        if end >= len(text) or not _FIELD_LINE.match(text, end + 1, nxt):
            break
        end = nxt
    return text[start:end]


def _heading_above(text: str, b_start: int, block: str) -> str:
    """The line right above a register block when it is a short title with no
    field in it (市有地の売払い ⏎ 所在 … ⏎ 地番 …): it says whose land the block lists;
    a sentence (…説明会を開いた。) is prose, not the block's title."""
    block_start = text.rfind(block, 0, b_start + len(block)) if block else b_start
    if block_start <= 0:
        return ""
    line_start = text.rfind("\n", 0, block_start - 1) + 1
    line = text[line_start:block_start - 1]
    return line if len(line.strip()) <= 20 and "。" not in line and not _FIELD_LINE.match(line) else ""


def _label_positions(text: str) -> list[int]:
    """Where a lot label occurs, by plain string search (a literal is found
    faster this way than by a regex over the whole text; labels are rare)."""
    out = []
    for label in _REGISTER["lot_labels"]:
        i = text.find(label)
        while i != -1:
            out.append(i)
            i = text.find(label, i + 1)
    return sorted(out)


def _register_fields(text: str) -> Iterable[tuple[tuple[int, int], list[tuple[int, int]], tuple[int, int]]]:
    """(place span, lot spans, block span) of each lot field with a place
    field above it; the block runs from the place line to the lot line."""
    for at in _label_positions(text):
        line_start, line_end = line_span(text, at)
        m = _LOT_FIELD.match(text, line_start, line_end)
        if not m or m.end() <= at:
            continue  # 地番 in a sentence, not a field label
        lots = [lm.span() for lm in _LOT.finditer(text, m.end(), line_end)]
        if not lots:
            continue
        if m.group("v"):
            if _PLACE_VALUE.search(m.group("v")):
                yield m.span("v"), lots, (line_start, line_end)
            continue
        end = line_start - 1  # the newline ending the line above
        for _ in range(_REGISTER["lot_lines_back"]):
            if end < 0:
                break
            start = text.rfind("\n", 0, end) + 1
            p = _PLACE_FIELD.match(text, start, end)
            if p and _PLACE_VALUE.search(p.group("v")):
                yield p.span("v"), lots, (start, line_end)
                break
            end = start - 1


# An address abroad in Latin script: house number, street name and type,
# then optionally a unit, a city, a state or region code and a postal code
# (1234 Main Street, Apt 5, Springfield, IL 62701; 10 High Road, London SW1A 2AA).
# A capitalised word right after the street type continues a name instead
# (2024 Annual Street Festival), so it is not an address.
_STREET_TYPES = words_regex(_WORDS["street_types"])
_UNIT_WORDS = words_regex(_WORDS["unit_words"])
_CAP = r"[A-Z][A-Za-z'-]*\.?"
_CITY = r"[A-Z][a-z][A-Za-z'-]*"  # a city's name, not a state code or a postcode (SW1A)
_LATIN = re.compile(
    rf"(?<![\w#.,-])\d{{1,6}}[A-Z]?(?: {_CAP}){{1,4}} (?:{_STREET_TYPES})\b\.?(?! [A-Z][a-z])"
    rf"(?:,? (?:{_UNIT_WORDS})\.? ?#?[A-Za-z0-9-]{{1,6}}\b)?"
    rf"(?:, ?{_CITY}(?: {_CITY}){{0,3}})?"
    rf"(?:,? [A-Z]{{2}}(?: \d{{5}}(?:-\d{{4}})?)?(?![A-Za-z0-9])| \d{{5}}(?:-\d{{4}})?(?!\d)"
    rf"| [A-Z]{{1,2}}\d[A-Z\d]? \d[A-Z]{{2}}(?![A-Za-z0-9]))?")
_LATIN_ANCHOR = re.compile(rf"\b(?:{_STREET_TYPES})\b")



# What may stand before an address that opens its line: indentation, a postal code.
_LINE_OPENING = re.compile(r"[ \t]*(?:〒?[0-9]{3}-?[0-9]{4}[ \t]*)?")


def _acting_body_entry(text: str, start: int) -> bool:
    """Whether the address is in the entry of a juridical person named with
    the person acting for it: a table row (see ``_body_row``), or a block
    whose line above names the body and its representative while the
    address opens its own line."""
    line_start = text.rfind("\n", 0, start) + 1
    if represented_body(text[line_start:start], text, line_start):
        return True
    return bool(_LINE_OPENING.fullmatch(text, line_start, start)) and bool(body_line_above(text, line_start))


# A postal code written right before the address (〒144-0052 , 〒1440052　).
_POSTAL_END = re.compile(r"〒?[0-9]{3}-?[0-9]{4}$")
_POSTAL_BEFORE = re.compile(r"〒 ?[0-9]{3}-?[0-9]{4}[ ]?$")
# The label of a number field right before the candidate (入札番号　北浜8-035,
# 管理No. 緑1-2-3): its value is a reference number that happens to begin with
# a place's name. Not the number fields that are parts of an address
# (郵便番号, 住居番号 and 街区符号 of 住居表示に関する法律 第2条).
_NUMBER_FIELD_BEFORE = re.compile(r"(?<!郵便)(?<!住居)(?<!街区)(?<!地)(?:番号|No\.?|NO\.?|№)[ :：]*$")


# After a facility's name: it only locates the address (の隣, 前, 付近).
_LANDMARK_AFTER = re.compile(r"の?(?:隣|前|横|裏|向かい|近く|付近|周辺|そば|北側|南側|東側|西側|斜め)")


# Cell separators of a table row read as text: a tab or a rule 「|」.
# (Full-width spaces are plain spaces after NFKC, and bills space out labels
# with them too: those lines are read as prose, below.)
_CELL_SEP = re.compile(r"[ ]*[\t|][\t| ]*")


def _row_cells(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(the cell before the address with what precedes it in its own cell,
    the cell after it) when the address stands in a table row, else None."""
    line_start, line_end = line_span(text, start, end)
    head, tail = text[line_start:start], text[end:line_end]
    if not (_CELL_SEP.search(head) or _CELL_SEP.search(tail)):
        return None
    head_cells = _CELL_SEP.split(head)
    tail_cells = _CELL_SEP.split(tail)
    own = head_cells[-1]
    prev = next((c for c in reversed(head_cells[:-1]) if c.strip()), "")
    nxt = next((c for c in tail_cells if c.strip()), "")
    return prev + own, tail_cells[0] + nxt


# A public building named right after the address, as its owner: 「…1-2-3
# 東町公民館」, 「…（さくら市中央公民館）」; not 「…の自宅から公民館へ」 (a particle
# before it) nor 「（駅から徒歩5分）」, 「（東町公民館前）」 (a word after it).
_FACILITY_WORDS = words_regex(_WORDS["public_facility"])
# A wing or floor after the facility and 内 (…（北浜市役所第二庁舎内）, （緑町公園内）) say the same,
# and so does its site (…（旧市民プール跡地）).
_FACILITY_AFTER = re.compile(rf"[ ]?[(（]?[^\s、。,をにでへがはとも()（）]{{1,20}}?(?:{_FACILITY_WORDS})"
                             rf"(?:第?[\d一二三四五六七八九十]{{0,2}}(?:庁舎|号館|別館|本館|新館|分館|棟)|\d{{1,2}}階)*"
                             rf"(?:{words_regex(_WORDS['public_site_suffixes'])})?内?"
                             rf"(?=$|[ )）、。]|の?所在地)")
# The grounds of a public building named right after the address (…5丁目6番地7の
# 西小学校敷地内に, …3-4-5の南公園内に), or the building said to stand there
# (…2番3号にある北公民館): the address is the facility's. No household word in
# the name (…の自宅から公民館に is a destination).
_FACILITY_GROUNDS_AFTER = re.compile(
    rf"(?:の|にある|に所在する|に位置する|に建つ)[^\s、。,をにでへがはとも()（）]{{0,20}}?(?:{_FACILITY_WORDS})"
    rf"(?:(?:{words_regex(_WORDS['public_site_suffixes'])})?内|(?=[ 、。でにを)）]|$))")
# A public site's use in brackets after a parcel (…123番（公園用地）): the land is the facility's.
_SITE_IN_BRACKETS_AFTER = re.compile(rf"(?:[ ]?(?:ほか|外)[\d一二三四五六七八九十]{{0,3}}筆?)?"  # …1号ほか2筆（公園用地）
                                     rf"[ ]?[(（](?:{_FACILITY_WORDS})(?:{words_regex(_WORDS['public_site_suffixes'])})(?=[)）])")
# A public facility to be built, opened or moved at the address, named before it
# (図書館の分館を…に開設する) or after it (…に新しい図書館を建設する): the site is the facility's.
_BUILT = f"(?:{words_regex(_WORDS['facility_built_verbs'])})"
_FACILITY_BUILT_BEFORE = re.compile(rf"(?:{_FACILITY_WORDS})[^\s、。,]{{0,8}}?を$")
_BUILT_AFTER = re.compile(rf"[ ]?に(?:{_BUILT})")
_FACILITY_BUILT_AFTER = re.compile(rf"[ ]?に[^\s、。,]{{0,12}}?(?:{_FACILITY_WORDS})(?:を|が)(?:{_BUILT})")
_HOUSEHOLD_IN = re.compile(words_regex(_WORDS["household_nouns"], longest_first=False) + "|方")
# A public building's site or grounds named before the address (旧東町保育所跡地（…）,
# 市民プール用地 …), a building with a nickname after its kind (地域包括支援センターさくら（…）),
# and land the municipality owns (市有地（…）): published with the address. A particle
# after the facility is no nickname (公民館で|北浜市…在住の男性).
_FACILITY_SITE_BEFORE = re.compile(rf"(?:{_FACILITY_WORDS})(?:の?(?:{words_regex(_WORDS['public_site_suffixes'])})"
                                   rf"|(?![でにをはがともへやの]|から|まで|より)[ぁ-んァ-ヶー・]{{2,8}})$")
# A unit of the municipality right before the address (教育委員会 学校教育課 北浜市…):
# the unit's own office, as contact lines write it.
_UNIT_BEFORE = re.compile(r"(?:課|係|担当|事務局)$")
_LEGAL = words_regex(_WORDS["legal_forms"])
_SITES = words_regex(_WORDS["company_sites"])
# A company named right before the address (after trailing separators and a
# location label): 株式会社さくら建設, さくら建設株式会社, さくら建設(株) 港工場.
_COMPANY_BEFORE = re.compile(
    rf"(?:(?:{_LEGAL})[^\s、。をにでへがはのと]{{0,20}}|[^\s、。をにでへがはのと]{{1,20}}(?:{_LEGAL}))"
    rf"(?:[ ]?[^\s、。をにでへがはのと]{{0,10}}(?:{_SITES}))?"
    rf"[ ]?(?:の?(?:所在地|住所|本店|本社))?[ :：(（、]*$")


# The owner's field under or after an address in a bill (氏名 / 名称 / 商号);
# a company with its legal form in it is the owner (氏名 株式会社さくら建設).
_OWNER_LABEL = re.compile(r"^(?:氏[ ]?名又は名称|氏名または名称|名称又は氏名|氏[ ]?名|名[ ]?称|商[ ]?号|法人名)[ :：]*")
_OWNER_COMPANY = re.compile(rf"(?:{_LEGAL})|[^\s、。をにでへがはのと]{{1,20}}(?:{_LEGAL})")
# A person's name with an employer in brackets after an address (山田太郎
# （株式会社さくら建設）): the party is the person, whose home may be meant.
_EMPLOYER_IN_BRACKETS = re.compile(rf"[^\s（(]+[（(][^）)]*(?:{_LEGAL})")


def _company_right_before(window: str) -> bool:
    return bool(_COMPANY_BEFORE.search(window)) and not ctx.find_word(window[-24:], _WORDS["employment"])


def _company_owner(chunk: str) -> bool:
    """A company word in ``chunk`` that is not an employer's (勤務先 株式会社○○)."""
    return bool(ctx.find_word(chunk, _WORDS["corporate"])) and not ctx.find_word(chunk, _WORDS["employment"])


# A party whose role in a contract or an appointment makes it a business
# (指定管理者: 法人その他の団体 by 地方自治法 第244条の2; 受注者, 受託者 of a
# works or service contract), right before its address with only a label
# between (受託者の所在地は、…; 指定管理者　…). Not 契約の相手方: a landowner
# selling a plot is one too.
_BUSINESS_PARTY_BEFORE = re.compile(rf"(?:{words_regex(_WORDS['business_parties'])})"
                                    r"(?:の)?(?:所在地|住所|本店|本社|事務所)?(?:は|が)?[、,:：(（]*$")
# A line opened by a contractor's role as its label, then the company by its
# legal form, then the address (一次下請（設備）　みなと設備株式会社　北浜市…):
# the label says the company is the party, so 下請 here names no employer.
_BUSINESS_LABEL_THEN_COMPANY = re.compile(
    rf"^[ \t]*(?:{words_regex(_WORDS['business_parties'])})(?:[（(][^（()）\n]{{1,12}}[）)])?[ \t:：]+"
    rf"(?:(?:{_LEGAL})[^\s、。をにでへがはのと]{{1,20}}|[^\s、。をにでへがはのと]{{1,20}}(?:{_LEGAL}))[ \t:：(（]*$")
# Property bills (財産の取得, 財産の処分 …) and the party headings in them.
_PROPERTY_SUBJECT = re.compile(words_regex(_WORDS["property_subjects"]))
_PROPERTY_PARTY = re.compile(rf"^[ \t]*{_ITEM_NO}[ \t]*(?:{words_regex(_WORDS['property_party_labels'])})", re.MULTILINE)
# How far above the address the bill's subject may stand (its title and first items).
_PROPERTY_LOOKBACK = 1500


def _property_parcel(text: str, start: int) -> bool:
    """Whether the address is a parcel a property bill lists (財産の取得について
    ⏎ … 所在 北浜市大字東浜字西原123番1): the municipality's property, published
    with the bill (地方自治法 第96条, 第237条). Not when a party heading
    (契約の相手方, 売主) stands between the bill's subject and the address or
    on the address's own line, nor after a residence word on that line: that
    is the seller's or buyer's own address."""
    subjects = list(_PROPERTY_SUBJECT.finditer(text, max(0, start - _PROPERTY_LOOKBACK), start))
    if not subjects:
        return False
    head = text[text.rfind("\n", 0, start) + 1:start]
    return not (_PROPERTY_PARTY.search(text, subjects[-1].end(), start)
                or ctx.find_word(head, _WORDS["property_party_labels"]) or ctx.find_word(head, _WORDS["residence"]))


_FACILITY_HEADINGS = frozenset(_WORDS["facility_name_headings"])
_FACILITY_NOUN_END = re.compile(rf"(?:{words_regex(_WORDS['facility_nouns'])})$")


def _facility_in_row(text: str, start: int) -> bool:
    """Whether the TAB row holding ``start`` has, under a facility-name heading
    of its table (施設名, 避難所名), a cell naming a facility: a public name,
    or a name ending in a facility noun (北浜ふれあいセンター) — the heading
    says it is a facility's."""
    line_start, line_end = line_span(text, start)
    heading: list[str] | None = None
    pos = line_start
    while pos > 0:
        above_start, above_end = line_span(text, pos - 1)
        line = text[above_start:above_end]
        if "\t" not in line:
            break
        names = [c.replace(" ", "").strip() for c in line.split("\t")]
        if any(n in _FACILITY_HEADINGS for n in names):
            heading = names
            break
        pos = above_start
    if heading is None:
        return False
    for name, cell in zip(heading, text[line_start:line_end].split("\t")):
        cell = cell.strip(" ")
        if name in _FACILITY_HEADINGS and cell and (_public_name(cell) or _FACILITY_NOUN_END.search(cell)):
            return True
    return False


@lru_cache(maxsize=4)
def _spaced_facility_cells(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every cell naming a facility under a facility-name
    heading of a table laid out with spaces (投票区　投票所名　所在地 ⏎ 第3
    中郷生活改善センター　…): a public name, or a name ending in a facility
    noun. Read once per document."""
    if " " not in text:
        return ()
    return tuple((s, e) for s, e, _ in cells_under(text, _FACILITY_HEADINGS, spaced=True)
                 if "\t" not in text[s:e] and (_public_name(text[s:e]) or _FACILITY_NOUN_END.search(text[s:e].strip(" "))))


def _facility_in_spaced_row(text: str, start: int) -> bool:
    """Whether the row holding ``start`` of a space-aligned table has a cell
    naming a facility under a facility-name heading (see ``_facility_in_row``)."""
    line_start, line_end = line_span(text, start)
    cells = _spaced_facility_cells(text)
    if not cells:
        return False
    i = bisect.bisect_left(cells, (line_start, line_start))
    return i < len(cells) and cells[i][0] < line_end and cells[i][1] <= start


def _in_open_bracket(text: str, start: int) -> bool:
    """Whether a bracket opened earlier on the line is still open at ``start``."""
    head = text[text.rfind("\n", 0, start) + 1:start]
    return head.count("(") + head.count("（") > head.count(")") + head.count("）")


def _rest_and_next_line(text: str, pos: int) -> str:
    """The rest of the line from ``pos`` and the whole line after it."""
    line_end = text.find("\n", pos)
    if line_end == -1:
        return text[pos:]
    next_end = text.find("\n", line_end + 1)
    return text[pos:next_end if next_end != -1 else len(text)]


# Headings of a table's address column: every cell under one is an address,
# whole (the building and room after the house number included), whatever
# form the regional address system writes it in (地割, 字, 郷, 免).
_ADDRESS_HEADINGS = frozenset(["住所", "現住所", "住所地", "住居", "居所", "所在地", "送付先", "送付先住所", "連絡先住所",
                               # a land column (農地の許可申請, 用地の一覧): the place and its 地番 together
                               "所在地番", "所在及び地番", "所在・地番", "土地の所在", "申請地", "申請地の所在"])
_ADDRESSY = re.compile(r"[0-9０-９一二三四五六七八九十百千]|番|号|字|地割")


def _address_cells(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of every non-empty cell under an address heading (a
    wrapped row's cells too, see ``_table_cells``)."""
    for start, end, _ in cells_under(text, _ADDRESS_HEADINGS):
        cell = text[start:end]
        if _ADDRESSY.search(cell) and cell not in _ADDRESS_HEADINGS:
            yield start, end


# Address fields of a form (住所　…, 現住所：…) at the start of a line or of a
# table cell: the label says the value is an address, whatever its form — a
# building and room alone (住所　グリーンハイツ309号), a short 町名+番号
# (住所　中央28-1), a value wrapped onto the next line (現住所　中央⏎2-27-1).
# Labels are often spaced out (住　所); 所在地（住所） names a person's address too.
_FIELD_LABELS = "|".join("[ ]?".join(map(re.escape, w)) for w in sorted(_WORDS["field_labels"], key=len, reverse=True))
_FIELD_VALUE = re.compile(rf"(?:^|(?<=\t))[ ]*(?:[(（]?[\d一二三四五六七八九十]{{1,2}}[)）.、][ ]*)?"
                          rf"(?:{_FIELD_LABELS}|所在地(?=[(（]住所))(?:[(（](?:住所|居所)[)）])?"
                          rf"[ ]*[:：]?[ \t]*(?P<v>(?![はがもをの])[^\s].*?)[ ]*(?=\t|  [^ ]|$)", re.MULTILINE)
# (A value opens with no particle: 現住所は1-2-3 Honcho… is a sentence, its address found by form.)
# A sentence, not a field's value: it ends with 。 or a copula (送付先は…です).
_PROSE_VALUE = re.compile(r"。|です|でした|である|ます")
_FIELD_ANCHOR = re.compile(r"住[ ]?所|居[ ]?所|転[居出入]先|送付先|本[ ]?籍")
# What makes a field's value an address: a number, or a 丁目/番/号 (not a kanji
# numeral alone: 送付先　四方田紀子 is a name).
_FIELD_ADDRESSY = re.compile(r"[0-9]|丁目|番|号|地割|字")
# A value that only refers elsewhere or says nothing (別紙1のとおり, 同上, 不明).
_NO_VALUE = re.compile(words_regex(_WORDS["field_non_values"], longest_first=False) + r"|\d(?:年|月|日|歳|円|件|人)")
# A value line wrapped before its numbers: the next line is the numbers (中央⏎2-27-1).
_NUMBERS_LINE = re.compile(r"[ ]*(?P<v>[\d０-９][\d０-９\-ー－の番地号丁目]*)[ ]*$", re.MULTILINE)
# A room number wrapped onto the next line (…サンライズ栄　11-7⏎08).
_ROOM_REST_LINE = re.compile(r"[ ]*(?P<v>\d{1,4}(?:号室|号)?)[ ]*$", re.MULTILINE)


def _field_values(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of the value of each address field with a number in it."""
    for m in scan(_FIELD_VALUE, _FIELD_ANCHOR, text):
        start, end = m.span("v")
        value = m.group("v")
        if text.startswith("\n", end):
            if not _FIELD_ADDRESSY.search(value):
                n = _NUMBERS_LINE.match(text, end + 1)  # 中央⏎2-27-1: the numbers wrapped onto the next line
            else:
                n = _ROOM_REST_LINE.match(text, end + 1) if value[-1] in "0123456789-" else None  # …11-7⏎08
            if n:
                end = n.end("v")
                value = text[start:end]
        if len(value) > 60 or not _FIELD_ADDRESSY.search(value) or _NO_VALUE.search(value) \
                or _BUILDING_STOP.search(value) or _PROSE_VALUE.search(value):
            continue  # (送付先は…号です。 is a sentence: the address in it is found by its form)
        yield start, end


# A representative in brackets after a company's name (有限会社○○（代表取締役
# 山田太郎）): the company is still the one named before the address.
_REPRESENTATIVE_BRACKET = re.compile(
    r"[(（](?:" + words_regex(_WORDS["representatives"])
    + r")[^()（）\n]{0,20}[)）][ ]*$")
# A licensed profession's office named right after the address, in the same
# chunk (…1-2-3 みどり法律事務所）).
_PROFESSIONAL_AFTER = re.compile(
    r"[ ]?[^\s、。,をにでへがは()（）]{0,20}?(?:"
    + words_regex(_WORDS["professional_offices"]) + r")(?=$|[ )）、。])")
_NOUNS = words_regex(_WORDS["facility_nouns"])
# A facility the municipality owns, by its name's prefix and generic noun
# (市の除雪ステーション, 町立みどり診療所); the name holds no particle, but
# a kana name may follow an owner's 営/立 prefix, particles and all (町営みなと団地,
# 市立さくらの森保育園), and が or の between kanji is part of a place's name
# (市営旭が丘団地, 市立桜の森公園), not a particle.
_PUBLIC_OWNED = re.compile(
    r"(?:" + words_regex(_WORDS["public_owner_prefixes"])
    # or the municipality's own name before a kana name (北浜市ふれあいセンター)
    + rf"|[{KANJI}]{{1,4}}[市町村](?=[ぁ-んァ-ヶー]{{2,8}}(?:{_NOUNS})$)"
    + rf")(?:(?<=[営立])[ぁ-ん]{{2,6}})?(?:[^\s、。,をにでへがはとものや()（）]|(?<=[{KANJI}])[がの](?=[{KANJI}])){{0,16}}"
    rf"(?:{_NOUNS})$")
# A facility's name, then a wing, a floor and a room in it (市役所 第二庁舎3階 大会議室).
_IN_BUILDING = words_regex(_WORDS["in_building"])
_FACILITY_ROOM = re.compile(
    rf"(?:{_FACILITY_WORDS})(?:第?[\d一二三四五六七八九十]{{0,4}}(?:{_IN_BUILDING})"
    rf"|[{KANJI}ァ-ヶー]{{1,6}}?(?:{_IN_BUILDING}))+$")
# A facility's name joined to the 所在地 label (給食センター所在地, ごみ処理施設所在地):
# the generic nouns that make the label a site's, not a household's.
_SITE_LABEL = re.compile(r"(?:センター|施設|ステーション|庁舎)(?:の)?所在地[ :：は]*(?:[(（][^()（）]{1,8}[)）])?[ :：、]*$")


def _spaced(words: list[str]) -> str:
    """Labels as bills space them out (名　称, 所 在 地): a space may stand between characters."""
    return "|".join("[ ]?".join(map(re.escape, w)) for w in sorted(words, key=len, reverse=True))


_NAME_LABELS = _spaced(_WORDS["name_field_labels"])
_SITE_LABELS = _spaced(_WORDS["site_field_labels"])
# 「名称 北浜市立みなと児童センター」 on a field line above 「所在地 …」.
_NAME_FIELD = re.compile(rf"^[ \t]*{_ITEM_NO}[ \t]*(?P<label>{_NAME_LABELS})[ \t]*[:：]?[ \t]*(?P<v>\S.*?)[ \t]*$")
# The location field the address is the value of (2 所在地, 工事場所 …), alone
# on its line before the address or after a name field on the same line
# (名称 北浜市立東図書館 位置 …).
_SITE_FIELD = re.compile(rf"[ \t]*{_ITEM_NO}[ \t]*(?:施設の)?(?P<site>{_SITE_LABELS})[ \t]*[:：]?[ \t]*")
_NAME_THEN_SITE = re.compile(rf"[ \t]*{_ITEM_NO}[ \t]*(?P<label>{_NAME_LABELS})[ \t]*[:：]?[ \t]*(?P<v>\S+)[ \t]+"
                             rf"(?P<site>{_SITE_LABELS})[ \t]*[:：]?[ \t]*")
# Titles of a works or service contract (工事名 北浜市立東小学校屋内運動場改修工事)
# and the sites they describe (工事場所 …; a 住所 under a title is a party's:
# 件名 東小学校の通学路に関する陳情 ⏎ 住所 …).
_WORKS_LABELS = frozenset(_WORDS["works_title_labels"])
_WORKS_SITES = frozenset(_WORDS["works_site_labels"])
_CONTACT = load_toml("phone_context.toml", "redactor.recognizers.data")
# The end of a unit's name on a contact heading line (…健康推進課, …給付係).
_UNIT_END = re.compile(r"(?:課|係|室|部|局|センター|事務所|支所|出張所|役所|役場|担当)$")


# Residence words that name a person or party, not a field (住所 and 本籍 are labels):
# 「申出者 山田花子（…4番5号 株式会社○○）」 is the person's address with an employer.
_PARTIES = tuple(w for w in _WORDS["residence"] if w not in _WORDS["labels"])


# Titles of the licensed professions that act as a party's agent (相手方訴訟代理人 弁護士 …).
_PROFESSIONS = ("弁護士", "代理人", "司法書士", "行政書士", "税理士", "弁理士", "社会保険労務士")
# A branch of the company after its legal form (株式会社みなと運送　東支店,
# みなとシステム株式会社関西支社): still the company as a whole, at that branch.
_BRANCH = rf"(?:[ ]?[{KANJI}ァ-ヶー]{{0,8}}(?:支社|支店|営業所|出張所|本社|本店|事業所|工場))?"
_LEGAL_EDGE = re.compile(rf"^(?:{_LEGAL})\S|\S(?:{_LEGAL}){_BRANCH}$")


def _line_above(text: str, pos: int) -> str:
    """The line above the one ``pos`` stands on (empty on the first line)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not line_start:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]


def _company_cell(cell: str) -> bool:
    """Whether a table cell is a company's name as a whole: a legal form at
    its start or end (株式会社みなと運送, みなと運送(株)); the name may hold kana."""
    cell = cell.strip(" ")
    return bool(_LEGAL_EDGE.search(cell)) and len(cell) <= 40 and _company_owner(cell)


def _first_named_cell(text: str, start: int) -> str:
    """The first cell of the address's row that is not a number (番号 3, No.3):
    the row's party, as lists name it first."""
    line_start = text.rfind("\n", 0, start) + 1
    for cell in _CELL_SEP.split(text[line_start:start])[:-1]:
        if cell.strip() and not re.fullmatch(r"\s*(?:No\.?|番号)?\s*[\d一二三四五六七八九十]{1,4}[.)、]?\s*", cell):
            return _REPRESENTATIVE_BRACKET.sub("", cell)
    return ""


# A public owner's prefix and a facility noun anywhere in a title (…市立東小学校…工事).
_PUBLIC_OWNED_IN = re.compile(rf"(?:{words_regex(_WORDS['public_owner_prefixes'])})[^\s、。,をにでへがはとものや()]{{0,16}}(?:{_NOUNS})")


def _public_name(name: str) -> bool:
    """Whether a facility's name says it is public: a public facility word
    at its end, or a public owner's prefix (市立, 町営, 市の) and a generic noun."""
    name = name.replace(" ", "")
    return bool(ctx.ends_with_word(name, _WORDS["public_facility"]) or _PUBLIC_OWNED.search(name))


# A bracketed note after a facility's name saying where it is housed (（東小学校内）, （本館２階）).
_HOUSED_IN = re.compile(r"[(（][^()（）]{1,20}[)）]$")


def _named_kind(label: str, value: str, site: str) -> str | None:
    """What a name field's value says the address in the ``site`` field
    beside it is: a company's (a legal form in it), a public facility's (its
    name says so), or, for a works title, the public building the works are on."""
    label, site = label.replace(" ", ""), site.replace(" ", "")
    if label in _WORKS_LABELS:
        if site in _WORKS_SITES and (ctx.find_word(value, _WORDS["public_facility"]) or _PUBLIC_OWNED_IN.search(value)):
            return "public_facility"
        return None
    if ctx.find_word(value, _WORDS["legal_forms"]):
        return "corporate"
    # (a note on where it is housed does not change whose it is: 北浜児童クラブ（東小学校内）)
    return "public_facility" if _public_name(_HOUSED_IN.sub("", value.split(" ")[0])) else None


def _facility_named_above(text: str, start: int) -> str | None:
    """``public_facility`` or ``corporate`` when the address is the value of a
    location field (所在地, 位置, 工事場所) and a name field on the same line or
    on one of the three lines above names a public facility (名称 北浜市立みなと
    児童センター, 工事名 北浜市立東小学校…改修工事) or a company, or a heading
    above says the block describes a facility (施設の概要)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    same_line = _NAME_THEN_SITE.fullmatch(head)
    if same_line:
        return _named_kind(same_line.group("label"), same_line.group("v"), same_line.group("site"))
    site = _SITE_FIELD.fullmatch(head)
    if not site:
        return None
    end = line_start - 1
    for n in range(3):
        if end < 0:
            break
        above_start = text.rfind("\n", 0, end) + 1
        line = text[above_start:end]
        m = _NAME_FIELD.match(line)
        if m:
            return _named_kind(m.group("label"), m.group("v"), site.group("site"))
        company = _COMPANY_VALUE.search(line) if n == 0 and site.group("site").replace(" ", "") == "所在地" else None
        if company and _company_owner(company.group("co")):
            return "corporate"  # 申請人　株式会社○○　代表取締役 … ⏎ 所在地 …: a juridical person's seat
        if len(line.strip()) <= 24 and ctx.find_word(line, _WORDS["facility_headings"]):
            return "public_facility"  # 3 施設の概要 ⏎ 所在地 …
        if ctx.find_word(line, _PARTIES):
            return None  # 陳情者 ⏎ 住所 …: the lines above name a party, not the facility
        end = above_start - 1
    return _use_named_below(text, start)


# A company by its legal form set apart on a party's line (申請人（譲受人）　株式会社○○
# 代表取締役 …): the 所在地 field under it is that company's seat, as forms ask
# 「住所（法人にあっては主たる事務所の所在地）」.
_COMPANY_VALUE = re.compile(rf"(?:^|[ \t])(?P<co>(?:{_LEGAL})[^\s()（）]+|[^\s()（）]+(?:{_LEGAL}))(?=[ \t]|$)")


# A use field under a location field (所在地 … ⏎ 用途 公民館用地).
_USE_FIELD = re.compile(rf"[ \t]*{_ITEM_NO}[ \t]*(?:用途|目的|使用目的|利用目的)[ \t]*[:：]?[ \t]*(?P<v>\S[^\t]*)")


def _use_named_below(text: str, start: int) -> str | None:
    """``public_facility`` when one of the two field lines below the address's
    line says the site is used for a public facility (用途 公民館用地)."""
    pos = text.find("\n", start)
    for _ in range(2):
        if pos == -1:
            return None
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1:len(text) if nxt == -1 else nxt]
        m = _USE_FIELD.match(line)
        if m and (ctx.find_word(m.group("v"), _WORDS["public_facility"]) or ctx.find_word(m.group("v"), _WORDS["public_land"])):
            return "public_facility"
        if not _FIELD_LINE.match(line):
            return None
        pos = nxt
    return None


def _facility_line_above(text: str, start: int) -> bool:
    """Whether the address starts its line (after a bracket or its postal code)
    under a line that ends with a public facility's name (会場：北浜市立東公民館
    ⏎ （北浜市東町…）): the facility's address, written below its name."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not re.fullmatch(r"[ \t]*[(（]?[ ]*(?:〒?[ ]?\d{3}-?\d{4}[ \t]*)?", text[line_start:start]):
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1].rstrip(" \t")
    if not above or ctx.find_word(above, _WORDS["residence"]) or ctx.find_word(above, _PARTIES):
        return False
    last = re.split(r"[ \t:：、]", above)[-1]
    return _public_name(last)


def _under_contact_heading(text: str, start: int) -> bool:
    """Whether the address starts its line under a contact heading that
    names an office's unit (【問い合わせ先】北浜市 健康推進課 ⏎ 北浜市緑町…):
    the unit's own address, listed with its numbers."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not re.fullmatch(r"[ \t]*(?:〒?[ ]?\d{3}-?\d{4}[ \t]*)?", text[line_start:start]):
        return False  # the address starts its line (after its postal code)
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1].rstrip(" \t")
    if not _UNIT_END.search(above) or ctx.find_word(above, _WORDS["residence"]):
        return False
    if ctx.find_word(above[:12], _CONTACT["contact_headings"]):
        return True
    # the heading alone on the line above the unit (問い合わせ先 ⏎ 北浜市教育委員会 学校教育課 ⏎ …)
    heading_start = text.rfind("\n", 0, max(0, above_start - 1)) + 1 if above_start else above_start
    heading = text[heading_start:max(heading_start, above_start - 1)]
    return above_start > 0 and len(heading.strip(" \t【】[]■●◆")) <= 12 \
        and bool(ctx.find_word(heading[:12], _CONTACT["contact_headings"]))


# A block of lines indented alike (a party's address under 相手方, a 陳情者's
# under its heading) may break the address where a plain-text join would not
# (an indented line starts a new item there): the place ends one line and
# its house number opens the next at the same indent.
# An address that ends on a lot (…512番, …512番地, …512番1, …512番の1), and the
# further lots of the same place listed after it: 、 ・ 及び 並びに, then 513番
# (not 2番目, not a house number's 号: those are no lots of land).
_LOT_END = re.compile(rf"番地?(?:{_NO}|\d{{1,4}})?$")
_MORE_LOTS = re.compile(rf"(?:[、,・]|及び|および|並びに|ならびに)[ ]?{_N}番地?(?:{_NO}|\d{{1,4}}(?![\d番号]))?(?![目\d号])")
_HOUSE_REST = re.compile(r"[ ]*(?P<v>\d{1,4}号(?:室)?|の\d{1,4}(?:号)?)(?=[ \t]|$)")
_LOT_REST = re.compile(rf"[ ]*(?P<v>{_N}(?:番地|番)(?:{_NO}|\d{{1,4}})?(?:号)?|\d{{1,5}}(?:-\d{{1,5}}){{1,3}})(?=[ \t]|$)")
_BANCHI_REST = re.compile(rf"[ ]*(?P<v>{_N}番地(?:{_NO}|\d{{1,4}})?(?:号)?|\d{{1,5}}(?:-\d{{1,5}}){{1,3}})(?=[ \t]|$)")
_WRAP_PLACE = re.compile(rf"^(?P<lead>[ ]*)(?:\S+[ ]+)?(?P<v>[{KANJI_PLACE}ぁ-んァ-ヶー]{{1,12}}[都道府県市区町村郡]"
                         rf"[{KANJI_PLACE}ぁ-んァ-ヶー\d]{{0,20}}?(?:(?P<aza>丁目|字[{KANJI_PLACE}]{{1,6}})|[{KANJI_PLACE}]{{1,6}}))[ ]*$",
                         re.MULTILINE)
_WRAP_PLACE_ANCHOR = re.compile(r"[都道府県市区町村郡字目][^\n]{0,8}[ ]*\n[ ]*\d")


def _indented_rest(text: str, end: int, rest: re.Pattern[str]) -> int | None:
    """End of ``rest`` opening the line after the one ``end`` ends (nothing
    but spaces after ``end``), when both lines have the same indent."""
    line_end = text.find("\n", end)
    if line_end == -1 or text[end:line_end].strip(" "):
        return None
    line_start = text.rfind("\n", 0, end) + 1
    indent = len(text[line_start:end]) - len(text[line_start:end].lstrip(" "))
    next_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1:len(text) if next_end == -1 else next_end]
    if indent == 0 or len(nxt) - len(nxt.lstrip(" ")) != indent:
        return None
    m = rest.match(nxt)
    return line_end + 1 + m.end("v") if m else None


# A place down to its 丁目 (or 条丁目) with a ward, city or town before it
# (南区港25条東7丁目, 北浜市桜台3丁目) starting a line and followed by more on
# it (the person's name). Alone it is a PLACE; as a row of a list whose
# other rows start with a whole address (署名者, 請願者), it is that row's
# person's address written short.
_CHOME_ROW = re.compile(rf"^(?P<lead>[ ]*)(?P<v>[{KANJI_PLACE}]{{1,8}}?(?:区|市|町|村|郡)[{KANJI_PLACE}ぁ-んァ-ヶー\d]{{0,12}}?"
                        r"\d{1,2}丁目)[ ]+\S", re.MULTILINE)
_CHOME_ROW_ANCHOR = re.compile(r"\d丁目[ ]+\S")


def _list_rows(text: str, results: list[RecognizerResult]) -> Iterable[tuple[int, int]]:
    """(start, end) of each such row's place whose line above or below starts
    with an address found whole up to the first space, at the same indent."""
    if not _CHOME_ROW_ANCHOR.search(text):
        return
    whole = {(r.start, r.end) for r in results}
    for m in _CHOME_ROW.finditer(text):
        start, end = m.span("v")
        if any(r.start < end and start < r.end for r in results):
            continue
        line_start, line_end = line_span(text, start)
        neighbours = []
        if line_start > 0:
            neighbours.append(line_span(text, line_start - 1))
        if line_end < len(text):
            neighbours.append(line_span(text, line_end + 1))
        for n_start, n_end in neighbours:
            line = text[n_start:n_end]
            lead = len(line) - len(line.lstrip(" "))
            first = line[lead:].split(" ", 1)[0]
            if lead == len(m.group("lead")) and first and line[lead + len(first):].strip() \
                    and (n_start + lead, n_start + lead + len(first)) in whole:
                yield start, end
                break


class AddressRecognizer(JaRecognizer):
    ENTITIES = ("ADDRESS",)

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        """Addresses by their form, then the cells of a table's address
        column made whole: an address found inside a cell is widened to the
        cell (南台4丁目13番32号　レジデンス柏木　12-708), and a cell no form
        matched is an address all the same (fail closed: the column says so)."""
        results = list(self._by_form(text, tokens))
        for c_start, c_end in _address_cells(text):
            inside = [r for r in results if c_start <= r.start < c_end or c_start < r.end <= c_end]
            if inside:
                for r in inside:
                    r.start, r.end = min(r.start, c_start), max(r.end, c_end)
            else:
                attrs = self.attributes_for(text, c_start, c_end)
                results.append(self.result("ADDRESS", c_start, c_end, 0.8, "住所欄（表の列）の値", **attrs))
        for v_start, v_end in _field_values(text):
            inside = [r for r in results if r.start < v_end and v_start < r.end]
            if inside:
                left, right = text[v_start:min(r.start for r in inside)], text[max(r.end for r in inside):v_end]
                if all(v_start <= r.start and r.end <= v_end for r in inside) and "。" not in left + right \
                        and not re.match(r"[ ]*[にでをはがとへやもの]", right) and not re.search(r"[はをに][ ]*$", left):
                    for r in inside:  # 住所　みどりが丘団地12-305: the whole value, not the part a form matched
                        r.start, r.end = v_start, v_end
                        if "\n" in text[v_start:v_end]:
                            r.recognition_metadata.setdefault("attributes", {})["across_line_break"] = True
                continue
            attrs = self.attributes_for(text, v_start, v_end)
            if "\n" in text[v_start:v_end]:
                attrs["across_line_break"] = True
            results.append(self.result("ADDRESS", v_start, v_end, 0.8, "住所欄の値", **attrs))
        for r in results:  # 北浜市緑町二丁目3番 ⏎ 　　4号: the rest on the next line, at the same indent
            rest = _indented_rest(text, r.end, _HOUSE_REST)
            if rest and r.end > r.start and text[r.end - 1] in "番地":
                r.end = rest
                r.recognition_metadata.setdefault("attributes", {})["across_line_break"] = True
        ends = {r.end for r in results}
        for r in results:  # 大字上野字向田512番、513番及び514番の2: the further lots of the same place
            if _LOT_END.search(text, r.start, r.end):
                while (m := _MORE_LOTS.match(text, r.end)) and m.end() not in ends:  # (a lot found already stays its own)
                    r.end = m.end()
        for m in scan(_WRAP_PLACE, _WRAP_PLACE_ANCHOR, text):
            # after a 丁目 or a 字 name a bare 番 is a lot; after a town's name only 番地 or 1-2-3
            # (北浜市議会 ⏎ 　1番 is a seat)
            end = _indented_rest(text, m.end("v"), _LOT_REST if m.group("aza") else _BANCHI_REST)
            if end and not any(r.start < end and m.start("v") < r.end for r in results):
                attrs = self.attributes_for(text, m.start("v"), end)
                attrs["across_line_break"] = True  # 北浜市大字上野字中原 ⏎ 　456番地: the 地番 on the next line
                results.append(self.result("ADDRESS", m.start("v"), end, 0.75, "住所の形式（地名＋次行の番地）", **attrs))
        for r_start, r_end in _list_rows(text, results):
            results.append(self.result("ADDRESS", r_start, r_end, 0.7, "住所の一覧の行（丁目まで）",
                                       **self.attributes_for(text, r_start, r_end)))
        return results

    def _by_form(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        starts = [t.start for t in tokens]
        spans: list[tuple[int, int]] = []
        made: list[RecognizerResult] = []  # by the house-number forms, widened by a dwelling's room below
        for m in _CORE.finditer(text):
            if _NOT_AFTER.match(text, m.end()):
                continue  # …12番地先の市道: a point on a road, not a household
            start, has_place, has_aza = _place_start(text, tokens, starts, m.start())
            if start == m.start() and (m.group("banchi") or m.group("chome")) and _TOWN_NO.search(text, 0, start):
                start, has_place, has_aza = _place_start(text, tokens, starts, start - 1)
                has_place = has_place or start < m.start() - 1
            if start == m.start():
                if m.group("chome") and m.end() > m.start() + len(m.group("chome")) \
                        and not any(a < m.end() and m.start() < b for a, b in spans):
                    # （３丁目１５）, ２丁目１０番の空き家: a lot within a 丁目 points at
                    # one household even with the town's name left out
                    spans.append(m.span())
                    yield self.result("ADDRESS", m.start(), m.end(), 0.7, "住所の形式（丁目＋番地、町名なし）",
                                      **self.attributes_for(text, m.start(), m.end()))
                continue  # a number with no place name before it
            if m.group("lotonly") and not (has_place or has_aza):
                continue  # 南浜町12番: only after a town's name or a 字
            if _NUMBER_FIELD_BEFORE.search(text, max(0, start - 12), start):
                drop("ADDRESS", text, start, m.end(), "番号欄の値（入札番号 北浜8-035: 番号であって住所ではない）")
                continue
            if not has_place and _labelled(text, start) and (m.group(0).count("-") >= 2 or "番" in m.group(0)):
                has_place = True  # 住所 新北浜5-6-7: the field label says a place name comes first
            if m.group("banchi") and not (has_place or has_aza) and _bare_place_name(text[start:m.start()], m.group(0)):
                has_place = True  # 下河原456番地: 番地 numbers land only, so the noun before it is a place's name
            if (m.group("hyphen") or m.group("banchi") or m.group("nosep")) and not (has_place or has_aza):
                continue  # 資料1-2-3, 議案1番2号: no place name
            if m.group("nosep") and not _place_right_before(tokens, starts, m.start()):
                continue  # 2の15の10 only right after the town's name (緑町2の15の10), not 計画1の2
            if m.group("lotonly") and not _labelled(text, start) and not _LAND_CATEGORY_AFTER.match(text, m.end()) \
                    and not has_aza:
                continue  # 「…町12番」 is an address only in an address field (住所 南浜町12番) or after a 字
                # (字西原456番: 字 says the number is a 地番), not 「本町12番の議席」
            if m.group("bare") and text.startswith("の", m.end()) and not _HOUSEHOLD_AFTER_NO.match(text, m.end()):
                continue  # 本町12の会議: a number, not a 地番 (unless a household follows: 緑町234の田中さん宅)
            if m.group("bare") and not has_aza and has_place and (
                    _labelled(text, start) or _RESIDES_AFTER.match(text, m.end()) or text.startswith("の", m.end())):
                has_aza = True  # 住所 北浜町緑123, 北浜町緑123に住む, 緑町234の田中さん宅: a 地番 written without 番地
            if m.group("bare") and not has_aza:
                continue  # a bare number is a house number only after 大字/字, 郷, 免, 上る …
            end = _building_end(text, m.end())
            result = self._result(text, start, end, m)
            postal = _POSTAL_BEFORE.search(text, max(0, start - 14), start)
            if postal:
                result.start = postal.start()  # 〒144-0052 東京都…: the code narrows the place as much
            spans.append((result.start, result.end))
            made.append(result)
            yield result
        for place, lots, (b_start, b_end) in _register_fields(text):
            block = _field_block(text, b_start, b_end, _REGISTER["facility_lines"])
            block += "\n" + _heading_above(text, b_start, block)
            facility = ctx.find_word(block, _WORDS["public_facility"]) or ctx.find_word(block, _REGISTER["facility_words"])
            kind = "public_facility" if facility else "public_property" if _property_parcel(text, place[0]) else "property"
            reason = "住所の形式（所在欄＋地番欄）" + (f"、「{facility}」: 公共施設の土地" if facility else "")
            for s, e in [place] + lots:
                if not any(s2 < e and s < e2 for s2, e2 in spans):
                    spans.append((s, e))
                    yield self.result("ADDRESS", s, e, 0.85, reason, kind=kind)
        for m in scan(_LATIN, _LATIN_ANCHOR, text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append(m.span())
                attrs = self.attributes_for(text, m.start(), m.end())
                yield self.result("ADDRESS", m.start(), m.end(), 0.8, "住所の形式（番地＋通り名、ラテン文字）", **attrs)
        for m in scan(_ROOM_ONLY, _ROOM_ANCHOR, text):
            if _BUILDING_STOP.search(m.group("name")) or _NOT_DWELLING_NAME.search(m.group(0)):
                continue
            if any(s < m.end() and m.start() < e for s, e in spans):
                inside = [r for r in made if r.start < m.end() and m.start() < r.end]
                if inside and all(m.start() <= r.start and r.end <= m.end() for r in inside) \
                        and len(inside) == sum(s < m.end() and m.start() < e for s, e in spans):
                    for r in inside:  # 雇用促進住宅東町宿舎2-301: the dwelling's whole name, not 宿舎2-301 alone
                        r.start, r.end = m.start(), m.end()
                continue
            if m.group("name") in _DWELLINGS and "号室" not in m.group(0) and "棟" not in m.group(0):
                continue  # 「住宅200の」: a generic word and a number, no building named
            attrs = self.attributes_for(text, m.start(), m.end())
            spans.append(m.span())
            yield self.result("ADDRESS", m.start(), m.end(), 0.75, "住所の形式（建物名＋部屋番号）", **attrs)
        for w in _DWELLING_WRAP.finditer(text):
            head_start = text.rfind("\n", 0, w.start()) + 1
            head = text[head_start:text.index("\n", w.start())]
            tail_start = w.end()
            tail_end = text.find("\n", tail_start)
            tail = text[tail_start:len(text) if tail_end == -1 else tail_end]
            room = _ROOM_ONLY.search(head + tail)
            if not room or room.start() >= len(head) or room.end() <= len(head) or _NOT_DWELLING_NAME.search(room.group(0)):
                continue  # the match must run across the break
            start, end = head_start + room.start(), tail_start + room.end() - len(head)
            if any(s < end and start < e for s, e in spans):
                continue
            spans.append((start, end))
            attrs = self.attributes_for(text, start, end)
            attrs["across_line_break"] = True
            yield self.result("ADDRESS", start, end, 0.75, "住所の形式（建物名＋部屋番号、改行をまたぐ）", **attrs)
        if "「" in text or "『" in text:
            for m in _QUOTED_DWELLING.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in spans):
                    spans.append(m.span())
                    yield self.result("ADDRESS", m.start(), m.end(), 0.75, "住所の形式（建物名＋部屋番号）",
                                      **self.attributes_for(text, m.start(), m.end()))
        for m in scan(_BLOCK_ROOM, _BLOCK_ROOM_ANCHOR, text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append(m.span())
                yield self.result("ADDRESS", m.start(), m.end(), 0.7, "住所の形式（棟＋部屋番号）",
                                  **self.attributes_for(text, m.start(), m.end()))
        for m in scan(_UNIT_FIELD, _UNIT_FIELD_ANCHOR, text):
            if not any(s < m.end("v") and m.start("v") < e for s, e in spans):
                spans.append(m.span("v"))
                yield self.result("ADDRESS", m.start("v"), m.end("v"), 0.7, "住戸欄の値（部屋番号）",
                                  **self.attributes_for(text, m.start("v"), m.end("v")))

    def _result(self, text: str, start: int, end: int, m: re.Match) -> RecognizerResult:
        score = 0.85 if (m.group("chome") or m.group("banchi")) else 0.75
        label = ctx.ends_with_word(ctx.before(text, start, 12).rstrip(" :：は"), _WORDS["labels"])
        if label:
            score = min(1.0, score + 0.15)
        attrs = self.attributes_for(text, start, end)
        reason = "住所の形式（町名＋丁目・番地・号）"
        if label:
            reason += f"、文脈語「{label}」"
        if attrs["kind"] != "unknown":
            reason += f"、種別 {attrs['kind']}"
        return self.result("ADDRESS", start, end, score, reason, **attrs)

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        """Whose address it is, from the words around it.

        KEEP kinds need positive evidence attached to the address (fail
        closed): a head-office label right before it (本店所在地); a public
        building named right before it (市役所（…）, 公民館 所在地 …) or right
        after it (…1-2-3 東町公民館) with no household word before; a company
        named right before it (株式会社○○ …, ○○建設 港工場 …), in the chunk
        right after it or on the line below when the address ends its line
        (…に本社を置く), or before a 所在地 label. A company named as an
        employer (株式会社○○勤務, 従業員) or further away, a facility that is
        a destination (…の自宅から公民館へ) or a landmark (駅から徒歩5分),
        and 代表者 or 代表取締役 alone (the representative's own home) are
        no evidence. Then a person or household word makes it ``residence``.
        """
        row = _row_cells(text, start, end)
        if row is not None:
            # A table row (a subsidy or recipient list) is judged on its own
            # cells: a company in another row, or two cells away, is another
            # party's (山田太郎 | 緑町4-5-6 | … then 株式会社… on the next row).
            cell_before, cell_after = row
            raw_before = cell_before
            before = cell_before.replace(" ", "")
            after = cell_after
            below = below_party = cell_after.replace(" ", "")
            below_raw = cell_after
        else:
            # Labels in bills are often spaced out (住　所, 氏　名).
            raw_before = ctx.before(text, start, 40)
            before = raw_before.replace(" ", "")
            after = ctx.after(text, end, 24)
            # In bills the party's name stands on the line below its address
            # (or after it on the same line). The line below counts only when
            # the address ends its line, and on the same line only the next
            # space-separated chunk names the party: in 「緑町4-5-6　山田太郎
            # 株式会社○○施工」 or a company on the next row, the company is
            # another party's.
            rest = ctx.after(text, end, 200)
            if rest.strip(" 、。)"):
                below = rest[:60].replace(" ", "")
                chunks = [c for c in rest.split(" ") if c]
                below_party = below_raw = chunks[0][:60] if chunks else ""
                if len(chunks) > 1 and _OWNER_LABEL.fullmatch(below_raw):
                    below_raw = below_raw + " " + chunks[1][:60]  # … 氏名又は名称 さくらの森建設株式会社: the label and its value
            else:
                below_raw = _rest_and_next_line(text, end)[:60]
                below = below_party = below_raw.replace(" ", "")
        before = _POSTAL_END.sub("", before)  # 市役所 〒123-4567 …: the code stands between
        raw_before = _POSTAL_BEFORE.sub("", raw_before)
        raw_before = _REPRESENTATIVE_BRACKET.sub("", raw_before)  # 有限会社○○（代表取締役 山田太郎） …
        before = _REPRESENTATIVE_BRACKET.sub("", before)
        near_before = before[-16:]
        label_tail = _LABEL_TAIL.sub("", near_before)
        if ctx.ends_with_word(label_tail, _WORDS["head_office"]):
            return {"kind": "corporate"}  # 本店所在地 …, 本社 …
        residence_near = ctx.find_word(near_before, _WORDS["residence"])
        facility_before: object = (ctx.ends_with_word(label_tail, _WORDS["public_facility"]) or _PUBLIC_OWNED.search(label_tail)
                                   or _FACILITY_ROOM.search(label_tail) or _SITE_LABEL.search(before[-24:])
                                   # (a room with its number or a long name: 市役所本庁舎5階501会議室（…）)
                                   or _FACILITY_ROOM.search(_LABEL_TAIL.sub("", before[-28:])))
        facility_after = _FACILITY_AFTER.match(after)
        grounds = _FACILITY_GROUNDS_AFTER.match(after) or _SITE_IN_BRACKETS_AFTER.match(after)
        if grounds and not _HOUSEHOLD_IN.search(grounds.group(0)):
            if grounds.group(0).endswith("内"):
                return {"kind": "public_facility"}  # …の西小学校敷地内に: within the facility's grounds
            facility_after = grounds
        facility_before = facility_before or _FACILITY_SITE_BEFORE.search(label_tail) \
            or ctx.ends_with_word(label_tail, _WORDS["public_land"]) \
            or (not residence_near and _UNIT_BEFORE.search(label_tail))
        if not residence_near and ((_FACILITY_BUILT_BEFORE.search(label_tail + "を") and _BUILT_AFTER.match(after)
                                    and before.endswith("を")) or _FACILITY_BUILT_AFTER.match(after)):
            return {"kind": "public_facility"}  # 図書館の分館を…に開設する, …に新しい図書館を建設する
        if facility_before or (facility_after and not residence_near):
            return {"kind": "public_facility"}  # 市役所 第二庁舎3階（…）, 市の除雪ステーション（…）, 給食センター所在地 …
        named_above = _facility_named_above(text, start)
        if named_above:
            return {"kind": named_above}  # 名称 北浜市立みなと児童センター ⏎ 所在地 …
        if not residence_near and ((row is not None and _facility_in_row(text, start)) or _facility_in_spaced_row(text, start)):
            return {"kind": "public_facility"}  # 避難所名 | 種別 | 所在地 ⏎ 東小学校 | 指定避難所 | …
        if _property_parcel(text, start):
            return {"kind": "public_property"}  # 財産の取得について ⏎ … 所在 …大字東浜字西原123番1
        if not residence_near and _facility_line_above(text, start):
            return {"kind": "public_facility"}  # 会場：北浜市立東公民館 ⏎ （北浜市東町…）
        if not residence_near and _under_contact_heading(text, start):
            return {"kind": "public_facility"}  # 【問い合わせ先】…健康推進課 ⏎ 北浜市緑町… 電話 …
        if not residence_near and (heads_the_line(text, start, end, _WORDS["public_facility"]) or office_ends_the_line(text, end)
                                   or office_below(text, end)):
            return {"kind": "public_facility"}  # 北浜市立図書館　TEL …　所在地 …; 〒… 北浜市本町1-1-1　北浜市役所福祉課
        row_party = _first_named_cell(text, start) if row is not None else ""
        if row_party and _company_cell(_REPRESENTATIVE_BRACKET.sub("", cell_before)) and (
                _company_cell(row_party) or ctx.ends_with_word(row_party.replace(" ", ""), _WORDS["business_parties"])):
            # 3<TAB>株式会社みなと運送（代表取締役 …）<TAB>…: the row's party is a company;
            # 一次下請<TAB>みなと設備株式会社<TAB>…: the row names a contractor's tier, then the company
            return {"kind": "corporate"}
        if not residence_near and _acting_body_entry(text, start):
            # 3<TAB>株式会社みなと運送<TAB>代表取締役 北浜一郎<TAB>…: the row of the body its
            # representative acts for; 株式会社○○　代表取締役　北浜一郎 ⏎ 北浜市…: its block
            return {"kind": "corporate"}
        if _PROFESSIONAL_AFTER.match(after) and (not residence_near or ctx.find_word(near_before, _PROFESSIONS)):
            return {"kind": "corporate"}  # 弁護士 ○○（…1-2-3 みどり法律事務所）: the agent's office
        # (spaces kept: 「氏名 山田太郎 株式会社○○」 is a person and an employer)
        owner = _OWNER_LABEL.sub("", below_raw.lstrip(), count=1)
        labelled_owner = owner != below_raw.lstrip()
        if (_OWNER_COMPANY.match(owner) or (labelled_owner and _company_cell(owner.split(" ")[0]))) \
                and _company_owner(owner) and not _EMPLOYER_IN_BRACKETS.match(owner) \
                and (labelled_owner or not ctx.find_word(near_before, _PARTIES)) \
                and not (row_party and not _company_cell(row_party)):
            return {"kind": "corporate"}  # 住所 … / 氏名又は名称 株式会社○○: the party is a company
        if _company_owner(below_party) and not _EMPLOYER_IN_BRACKETS.match(below_party.lstrip()) \
                and not (row_party and not _company_cell(row_party)) \
                and not (residence_near and not _company_cell(below_party.lstrip().split(" ")[0])) \
                and not ctx.find_word(below_party[:20], ("氏名", "さん", "様")) \
                and (not ctx.find_word(near_before, _PARTIES)
                     or (_company_cell(below_party.strip()) and not _in_open_bracket(text, start))):
            # (after a party word, only a whole company name, not one closing a bracket the
            # party's name opened: 申出者 北浜花子（…1-2-3 株式会社○○） names an employer)
            return {"kind": "corporate"}  # …1-2-3 株式会社○○, …に本社を置く, the company on the line below
        if not residence_near and _company_right_before(raw_before):
            return {"kind": "corporate"}
        if not residence_near and _BUSINESS_LABEL_THEN_COMPANY.match(text, text.rfind("\n", 0, start) + 1, start):
            return {"kind": "corporate"}  # 一次下請　みなと設備株式会社　北浜市…: the contractor's own address
        if (ctx.ends_with_word(near_before, ("所在地",))
                and (_company_owner(before) or bool(_COMPANY_VALUE.search(_line_above(text, start))))
                and not ctx.find_word(before, _WORDS["residence"])):
            # (the company, by its legal form, may stand on the line above, the 所在地
            # label indented under it: 申請人　株式会社○○　代表取締役 …⏎　　　所在地 …)
            return {"kind": "corporate"}  # 株式会社○○ 代表取締役 山田太郎 所在地 …: 所在地 is a company's label
        if not residence_near and _BUSINESS_PARTY_BEFORE.search(near_before):
            return {"kind": "corporate"}  # 指定管理者の所在地は …, 受託者　…: a business by the role the contract gives it
        if ctx.find_word(before, _WORDS["residence"]) or _RESIDES_AFTER.match(after) or below.lstrip().startswith("氏名"):
            return {"kind": "residence"}
        return {"kind": "unknown"}
