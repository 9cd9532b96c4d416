"""PLACE: where a person lives or an event happened, below the level of a
full address (a quasi-identifier; a full address with 番地/号 is an ADDRESS
and wins where both match).

Two sizes, because the re-identification check weighs them differently:

- ``kind = "chome"``: a 町丁目 or a road section (上杉三丁目, …二丁目地内の
  市道, 市道第1208号線);
- ``kind = "small_area"``: places smaller than a 町名 that Japanese writes
  without a house number: the land-register units 大字/字/小字, a named
  地区, a housing estate and its 号棟 (桜ヶ丘団地５号棟), a Hokkaido 条丁目
  block (北３条西５丁目), and a landmark an event is placed at (駅北口の
  ロータリー, 白鷺橋のたもと, 中央公園の遊具で). Words that name no
  particular place (各地区, 対象地区, 市営住宅 alone) are no PLACE.

Vocabulary: ``data/quasi_identifiers.toml`` ``[place]``.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers._base import JaPattern, JaPatternRecognizer, scan
from redactor.recognizers._not_subject import mark
from redactor.recognizers._place_elsewhere import places_elsewhere
from redactor.recognizers._table_cells import cells_under
from redactor.recognizers._text import KANJI, line_span, words_regex
from redactor.tokens import Token

_K = rf"{KANJI}ァ-ヶーぁ-ん"
_PLACE = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["place"]
_GENERIC = frozenset(_PLACE["generic"])
_NAME = rf"[{KANJI}ァ-ヶー々]"  # a place name: kanji or katakana (no particles)
_NUM = r"[0-9一二三四五六七八九十]"



# 緑町地区, 桜ヶ丘団地５号棟, 南小学校区
# (a 地区 may be named after a street, with its okurigana: 浜通り地区, 中通り地区)
_AREA = re.compile(rf"(?P<name>(?:{_NAME}|通り){{1,10}}?)(?P<head>{words_regex(_PLACE['area_heads'])})"
                   rf"(?:の?第?[0-9]{{1,3}}(?:号棟|棟|号館|街区)(?:[0-9]{{1,2}}階)?)?")  # and the floor: 旭団地1号棟8階
# a numbered block of a land readjustment or an estate (第３街区, ５街区): a few dozen households
# and a numbered building of an estate said alone, with its floor and the end of the corridor
# (３号棟で, １４号棟の３階の東の端): a few dozen households, a handful on one floor; not the
# building as the object of works (５号棟の建替え工事)
_BLOCK = re.compile(rf"(?<![0-9一二三四五六七八九十])第?{_NUM}{{1,3}}(?:街区|(?>号棟(?:の?{_NUM}{{1,2}}階)?(?:の[東西南北](?:の|側の)?(?:端|角))?)"
                    rf"(?!の?(?:建替|建て替|改修|改築|解体|修繕|工事|耐震|整備|[0-9]{{1,2}}階)))")
_BLOCK_ANCHOR = re.compile("街区|号棟")
# a spot described by what it lies along or by (駅前のコンビニの駐車場で, 県道沿いのスーパーで,
# 川沿いの遊歩道で), as the place of an event (で, にて, 付近) or a home (に住む)
_SPOT_HEADS = words_regex(_PLACE["described_spots"] + _PLACE["landmark_heads"])
_SPOT_TAIL = (rf"の(?:{_SPOT_HEADS})(?:の(?:{words_regex(_PLACE['landmark_parts'])}))?"
              rf"(?=で|にて|において|付近|周辺|に住|にお住|にある)")
_DESCRIBED_SPOT = re.compile(rf"(?:{words_regex(_PLACE['described_spot_before'])}){_SPOT_TAIL}")
_DESCRIBED_SPOT_ANCHOR = re.compile(words_regex(_PLACE["described_spot_before"]))
# (what it lies along: 県道沿い, 川沿い; read only from the six characters before 沿い)
_SPOT_ALONG = re.compile(rf"(?<![{KANJI}ァ-ヶー々])[{KANJI}ァ-ヶー々]{{1,6}}沿い{_SPOT_TAIL}")
_SPOT_ALONG_ANCHOR = re.compile("沿い")
# 緑川の河川敷で, 白浜海岸の岩場で: a named river, shore or hill and the part of it
_NATURE = re.compile(rf"(?<![{KANJI}ァ-ヶー々])(?P<name>{_NAME}{{1,6}}?)(?:{words_regex(_PLACE['nature_heads'])})の(?:{words_regex(_PLACE['nature_parts'])})")
_NATURE_ANCHOR = re.compile(words_regex(_PLACE["nature_parts"]))
# a public housing estate named by the place it stands in (堀ノ内の県営住宅, 北原の市営住宅第2団地)
_ESTATE = re.compile(rf"(?P<name>{_NAME}{{1,8}}?)の(?P<head>{words_regex(_PLACE['estates'])})"
                     rf"(?:第?[0-9]{{1,3}}(?:号棟|棟|号館|団地)(?:[0-9]{{1,2}}階)?)?")
# a public housing estate said by its building or unit code, with no place before it (村営住宅Ｂ－２,
# 町営住宅３号棟, 市営住宅Ａ棟): one building of a handful of households; a list of residents
# writes it after the address, where the estate alone would be no PLACE
_ESTATE_UNIT = re.compile(rf"(?<![{KANJI}ァ-ヶー々])(?P<head>{words_regex(_PLACE['estates'])})[ \u3000]?"
                          r"(?:[A-Z][-－‐][0-9]{1,3}|[A-Z]?[0-9]{1,3}(?:号棟|棟|号館)|[A-Z]棟)(?:[0-9]{1,2}階)?")
# a settlement described by where it lies (市内南部の集落): one of a few there
_DESCRIBED = re.compile(rf"(?:(?:市|町|村|区)内の?)?(?:{words_regex(_PLACE['described_areas'])})の(?:{words_regex(_PLACE['described_heads'])})")
# the speaker's own neighbourhood (私の近所に住む…): the speaker is named in the minutes
_SPEAKER_NEAR = re.compile(words_regex(_PLACE["speaker_neighbourhood"]))
# a former village or town of before a merger (旧八重垣村, 旧浅間町地区): the 大字 or
# 地区 of a few hundred to a few thousand residents the old name still stands for
_FORMER = re.compile(rf"(?<![{KANJI}ァ-ヶー々])旧(?P<name>{_NAME}{{1,6}}?)(?:村|町)(?:地区|地域)?"
                     rf"(?!{words_regex(_PLACE['former_not_after'])})")
# a landmark with the part of it where something happened, or followed by で
# (the place of an event): 駅北口のロータリー, 白鷺橋のたもと, 中央公園の遊具で
# (a landmark's name may be written in hiragana: みどり公園, あおば橋; three kana or
# more, not ending in a particle: この公園, 近くの公園 are no names)
_LANDMARK = re.compile(
    rf"(?P<name>(?<![ぁ-ん])[ぁ-ん]{{3,5}}(?<![のなにでをはがともへや])|{_NAME}{{1,10}}?)(?P<head>{words_regex(_PLACE['landmark_heads'])})"
    rf"(?:(?P<part>(?:の?(?:{words_regex(_PLACE['landmark_parts'])})){{1,3}}(?:の{_NAME}{{1,8}})?)|(?=の{_NAME}{{1,6}}で|で|にて|において))")
# a 町名 with a person after it (若葉町の５年生の男子児童, 梅ヶ丘の80代の男性), or
# with a landmark or the part of one where someone lives or something happened
# (浜町の旧魚市場の裏に住む, 東町のコンビニの駐車場で)
_TOWN = rf"(?<![{KANJI}ァ-ヶー々ぁ-ん])(?P<name>{_NAME}{{1,8}}?(?:{words_regex(_PLACE['town_endings'])}))の"
_TOWN_PERSON = re.compile(rf"{_TOWN}(?=(?:[0-9０-９一二三四五六七八九十]{{1,3}}(?:代|歳|年生)の?|小学[0-9０-９一二三四五六]年生?の?|中学[0-9０-９一二三]年生?の?)?"
                          rf"(?:{words_regex(_PLACE['town_person_words'])})[がはをにのも、（(]?)")
_TOWN_LANDMARK = re.compile(rf"{_TOWN}[^、。\n]{{0,8}}?(?:{words_regex(_PLACE['landmark_parts'] + _PLACE['landmark_heads'])})"
                            rf"(?=(?:{words_regex(_PLACE['landmark_after'])}))")
_TOWN_ANCHOR = re.compile("の")
# 緑町三丁目の郵便局の裏手にあるお宅, …の公園の向かいに住む: a landmark with no name of its own,
# placed by the words before it, and the side of it where a home is or an event was
_NEAR_LANDMARK = re.compile(rf"(?<=の)(?:{words_regex(_PLACE['landmark_heads'])})の(?:{words_regex(_PLACE['landmark_sides'])})"
                            rf"(?=(?:{words_regex(_PLACE['landmark_after'])}))")
_NEAR_LANDMARK_ANCHOR = re.compile(words_regex(_PLACE["landmark_sides"]))
# 保育園前の交差点で, 郵便局付近の路上で, 神社の隣の家に住む: a facility with no name of its own
# (one in a neighbourhood), the side of it and the spot there, as the place of an event or a home
# (not the station: 駅前 is read below, where it places a shop or a home)
_FACILITY_SPOT = re.compile(
    rf"(?<![{KANJI}ァ-ヶー々])(?P<lead>{_NAME}{{0,6}}?)(?<!駅)(?P<head>{words_regex(_PLACE['facility_heads'] + [w for w in _PLACE['landmark_heads'] if w != '駅'])})"
    rf"(?:{words_regex(_PLACE['facility_positions'])})"
    rf"(?:の(?:{words_regex(_PLACE['facility_spots'] + _PLACE['described_spots'])}))?"
    rf"(?=で|にて|において|に住|にお住|にある|から|まで)")
_FACILITY_SPOT_ANCHOR = re.compile(words_regex(_PLACE["facility_positions"]))
# 集落の一番奥の家, 奥から３軒目のお宅, 突き当たりの家: a home placed by where it stands in a row
# or a settlement, which those who live there point to (the settlement before it, when written)
_HOUSE_POSITION = re.compile(
    rf"(?:(?<![{KANJI}ァ-ヶー々])(?P<lead>{_NAME}{{1,8}})の)?"
    rf"(?:{words_regex(_PLACE['house_positions'])}|(?:奥|手前|端|角|入口|入り口)から{_NUM}{{1,2}}(?:軒|番)目)"
    rf"(?:にある|の)(?:{words_regex(_PLACE['house_words'] + _PLACE['dwellings'])})(?![{KANJI}])")
_HOUSE_POSITION_ANCHOR = re.compile(words_regex(_PLACE["house_positions"]) + "|軒目|番目")
# 駅北口のロータリー with no station name; 駅前で (a shop or a home by the station:
# 駅前で理髪店を営む, 駅前に住む), not 駅前広場 or 駅前の整備, which name a site
_STATION_EXIT = re.compile(rf"(?<![{KANJI}ァ-ヶー])駅の?[東西南北中央]口(?:の{_NAME}{{1,8}})?"
                           rf"|(?<![{KANJI}ァ-ヶー])駅前(?=で[^、。\n]{{0,12}}?を(?:営|経営)|で[^、。\n]{{0,12}}?(?:働|勤)|に(?:住|お住|暮ら))")
# a dwelling told by its age or its kind (築１２０年の町家, 築５０年の木造アパート): the one house
# those nearby know; a home, written where a person lives or an event happened
_DWELLING = re.compile(rf"築{_NUM}{{1,3}}年(?:以上|近く|余り)?の(?:[{KANJI}ァ-ヶー]{{0,4}}?)(?:{words_regex(_PLACE['dwellings'])})")
_DWELLING_ANCHOR = re.compile("築")
# 北３条西５丁目, 南十条東２丁目, ３条通８丁目 (not 第3条)
_JO_CHOME = re.compile(rf"(?<![第0-9一二三四五六七八九十])[東西南北]?{_NUM}{{1,3}}条(?:[東西南北]|通)?{_NUM}{{1,3}}丁目"
                       rf"(?:の(?:市道|県道|国道|町道|歩道|交差点))?")
# 大字上野字北原, 小字西ノ谷, 上野字北原 (not 数字, 文字, 赤字)
_AZA = re.compile(rf"(?<![{KANJI}ァ-ヶー々])字(?!幕|体|数|句|義|典|面|画|間|下げ|形|音)(?:(?!字)[{KANJI}ァ-ヶー々]){{2,6}}"
                  rf"|(?:大字|小字)(?:(?!字)[{KANJI}ァ-ヶー々]){{1,6}}(?:字(?:(?!字)[{KANJI}ァ-ヶー々]){{1,6}})?"
                  rf"|(?:(?!字)[{KANJI}ァ-ヶー々]){{1,6}}字(?:(?!字)[{KANJI}ァ-ヶー々]){{1,6}}")
_NOT_AZA = ("数字", "文字", "赤字", "黒字", "漢字", "活字", "名字", "苗字", "十字", "誤字", "脱字", "英字", "点字", "太字",
            "細字", "題字", "用字", "国字", "俗字", "略字", "金字", "印字", "習字", "植字", "解字", "識字", "正字", "書字")
# A place named as where someone lives (緑川町の借家に住む, 自宅のある桜台北区):
# a name ending like a place name, next to a word of living there.
# (a name may open with hiragana before its ending: ひばりが丘, さくら台, つつじ野)
_RES_NAME = (rf"(?P<name>(?:(?<![ぁ-ん])[ぁ-ん]{{2,5}}(?=が丘|が原|が浜|が台|ヶ丘|ケ丘|台|野|の森|の里))?"
             rf"{_NAME}{{0,9}}(?:{words_regex(_PLACE['place_endings'])}))")
_RESIDENCE_BEFORE = re.compile(
    rf"(?:{words_regex(_PLACE['residence_before'])}){_RES_NAME}(?![{KANJI}ァ-ヶー々])")
# read backwards: the words of living there first (a plain alternation the
# engine skips to), then the place name that ends right before them
_RESIDENCE_CONTEXT = re.compile(rf"{words_regex(_PLACE['residence_after'])}|で(?=[^、。\n]{{1,10}}?を(?:育て|子育て))"
                                r"|の(?=[^、。\n]{1,8}?(?:さん|様|氏)宅)")
_NAME_ENDING_HERE = re.compile(rf"(?<![{KANJI}ァ-ヶー々]){_RES_NAME}$")
# the last cell of a row about one person, when it is only a place name
_ROW_CELL = re.compile(rf"{_RES_NAME}[ \t\u3000]*")
_ROW_PERSON = re.compile(words_regex(_PLACE["row_person_words"]))
_RESIDENCE_ANCHOR = re.compile("私ども|私たち|地元|住|暮ら|生活|育て|転居|引っ越|転入|自宅|実家|アパート|借家|貸家|持ち家|マンション|一軒家|町家|長屋|空き家|お宅|宅")
_NOT_RESIDENCE = frozenset(_PLACE["not_residence"])
_SMALL_ANCHOR = re.compile(words_regex(_PLACE["area_heads"] + _PLACE["landmark_heads"]) + "|条|字")
# Each shape is read only on the lines that hold the word every match of it
# has (its head, 条, 字): those are lines of ``_SMALL_ANCHOR`` too, so the
# matches are the same as reading each shape on all of them, for less.
_AREA_ANCHOR = re.compile(words_regex(_PLACE["area_heads"]))
_LANDMARK_ANCHOR = re.compile(words_regex(_PLACE["landmark_heads"]))
_JO_ANCHOR = re.compile("条")
_AZA_ANCHOR = re.compile("字")
_ESTATE_ANCHOR = re.compile(words_regex(_PLACE["estates"]))
_FORMER_ANCHOR = re.compile("旧")
_DESCRIBED_ANCHOR = re.compile(words_regex(_PLACE["described_heads"]))
# a table column of where each row's person lives (地区, 行政区, 町内会)
_COLUMN_HEADINGS = frozenset(_PLACE["column_headings"])
_COLUMN_HEADING_ANY = re.compile(words_regex(_PLACE["column_headings"]))
# 本町 and 本村 are "this town" in prose but common 町名 in a 地区 cell (nobody
# writes "this town" in a column of where each person lives): a place there.
_COLUMN_NOT_PLACE = frozenset(_PLACE["column_not_places"]) | (_NOT_RESIDENCE - {"本町", "本村"})
# a cell that is a place name: kanji, kana, digits of a 丁目 or 班 (東原, 旭町三丁目, 桜台町内会9班);
# no sentence, no number alone
# (with a note in brackets of where in it: ３班（坂上の旧たばこ店）)
_COLUMN_CELL = re.compile(rf"[{_K}々0-9０-９]{{1,16}}(?:[（(][^）)\n]{{1,16}}[）)])?")
_SMALL_CELL = re.compile(r"字|丁目|団地|集落|班|組|号棟|住宅")


class PlaceRecognizer(JaPatternRecognizer):
    ENTITY = "PLACE"
    DESCRIPTION = "場所"
    PATTERNS = (
        # (a 町名 and its 丁目 said apart with の: 駅前南町の二丁目で床屋を…)
        JaPattern("町丁目", rf"[{_K}]{{1,10}}?(?:(?<=[町台丘])の)?[0-9一二三四五六七八九十]{{1,3}}丁目(?![0-9一二三四五六七八九十]+(?:番|-))(?:[0-9]+番地先)?(?:地内)?(?:の(?:信号(?:機)?のない|見通しの悪い)?(?:市道|県道|国道|町道|歩道|交差点)[{KANJI}ァ-ヶー0-9第号線-]{{0,14}}(?:の歩道上)?)?", 0.6, anchor='丁目', lead=14),  # 丁目 at most 10 + の + 3 characters after the start
        # （三丁目、整骨院経営）: a 丁目 with its town said before, as a value in brackets or a list
        JaPattern("町丁目", r"(?<=[（(、・])[0-9一二三四五六七八九十]{1,3}丁目(?=[）)、・,，])", 0.5, anchor="丁目"),
        JaPattern("市道", rf"(?:市道|県道|町道)[{_K}0-9第-]{{1,12}}号?線", 0.5, anchor='市道|県道|町道'),
    )

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "chome"}

    def span_of(self, match: re.Match) -> tuple[int, int]:
        """A 町名 may hold hiragana (さくら台, ひばりが丘), but not the words
        before it: 「相談者は東町三丁目」「住まいは東町三丁目」「漁師の東町三丁目」
        are 東町三丁目 (a particle after a kanji or a verb's ending ends the
        words before; が stays, it occurs in names, and so does の after kana:
        さくらの丘)."""
        start, end = super().span_of(match)
        value = match.string[start:end]
        name = value[:max(0, value.find("丁目"))]  # only the name before the 丁目 (not …地内の市道)
        cut = max((i + 1 for i, ch in enumerate(name[:-1]) if ch in "はをでにともの" and i > 0
                   and not (ch == "の" and re.fullmatch("[0-9一二三四五六七八九十]+", name[i + 1:]))  # 南町の|二丁目
                   and re.match(rf"[{KANJI}ァ-ヶー々いたるすむし]", value[i - 1])
                   and re.match(rf"[{KANJI}ァ-ヶー々]", name[i + 1])), default=0)
        return start + cut, end

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        """Every shape's places, a venue or a programme's area marked as no
        one's (``_not_subject``)."""
        return mark(self._places(text, tokens), text)

    def _places(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        yield from super().find(text, tokens)
        for rx, anchor, category in ((_JO_CHOME, _JO_ANCHOR, "jo_chome"), (_AZA, _AZA_ANCHOR, "aza"),
                                     (_AREA, _AREA_ANCHOR, "district"), (_LANDMARK, _LANDMARK_ANCHOR, "landmark"),
                                     (_STATION_EXIT, _SMALL_ANCHOR, "landmark"), (_ESTATE, _ESTATE_ANCHOR, "estate"), (_ESTATE_UNIT, _ESTATE_ANCHOR, "estate"),
                                     (_FORMER, _FORMER_ANCHOR, "former"), (_SPEAKER_NEAR, _SPEAKER_NEAR, "speaker_near"),
                                     (_DESCRIBED, _DESCRIBED_ANCHOR, "described"), (_RESIDENCE_BEFORE, _RESIDENCE_ANCHOR, "residence"),
                                     (_TOWN_PERSON, _TOWN_ANCHOR, "town_person"), (_TOWN_LANDMARK, _TOWN_ANCHOR, "town_landmark"),
                                     (_BLOCK, _BLOCK_ANCHOR, "block"), (_DWELLING, _DWELLING_ANCHOR, "dwelling"),
                                     (_NATURE, _NATURE_ANCHOR, "landmark"), (_DESCRIBED_SPOT, _DESCRIBED_SPOT_ANCHOR, "described_spot"),
                                     (_SPOT_ALONG, _SPOT_ALONG_ANCHOR, "described_spot"),
                                     (_NEAR_LANDMARK, _NEAR_LANDMARK_ANCHOR, "landmark"),
                                     (_FACILITY_SPOT, _FACILITY_SPOT_ANCHOR, "facility_spot"),
                                     (_HOUSE_POSITION, _HOUSE_POSITION_ANCHOR, "house_position"),
                                     ):
            for m in scan(rx, anchor, text, lead=6 if rx is _SPOT_ALONG else None):
                start, end = m.span("name") if category in ("residence", "town_person") else m.span()
                if not self._names_a_place(m, category):
                    continue
                # a 町名 or settlement someone lives in: a town's share, not a small area's
                # (the speaker's neighbourhood: how wide it is the text does not say -- a town's share)
                kind = "town" if category in ("residence", "speaker_near", "town_person") else "small_area"
                yield self.result("PLACE", start, end, 0.5, f"場所の形式（{_WHY[category]}）",
                                  pattern=category, kind=kind, category=category)
        for m, category in self._towns_lived_in(text):
            if self._names_a_place(m, category):
                yield self.result("PLACE", m.start("name"), m.end("name"), 0.5, f"場所の形式（{_WHY[category]}）",
                                  pattern=category, kind="town", category=category)
        if _COLUMN_HEADING_ANY.search(text):
            yield from self._column_cells(text)
        for start, end, kind in places_elsewhere(text):
            # another city or prefecture where someone lives or came from (_place_elsewhere)
            yield self.result("PLACE", start, end, 0.5, f"場所の形式（{_WHY[kind]}）", pattern=kind, kind=kind, category=kind)

    def _column_cells(self, text: str) -> Iterable[RecognizerResult]:
        """The cells under a 地区 (行政区, 町内会 …) heading of a table: the place
        of the row's person, however it is written (東原, 旭町三丁目). Whether the
        row is a person's or a count of many is the risk check's to judge
        (a row with a count of people is a statistic there)."""
        for start, end, _ in cells_under(text, _COLUMN_HEADINGS, spaced=True):
            value = text[start:end]
            if value in _COLUMN_HEADINGS or value in _COLUMN_NOT_PLACE or not _COLUMN_CELL.fullmatch(value) \
                    or value.isdigit() or not re.search(rf"[{_K}]", value):
                continue
            kind = "small_area" if _SMALL_CELL.search(value) else "town"
            yield self.result("PLACE", start, end, 0.5, f"場所の形式（{_WHY['column']}）",
                              pattern="column", kind=kind, category="column")

    @staticmethod
    def _towns_lived_in(text: str) -> Iterable[tuple[re.Match, str]]:
        """A place name right before a word of living there (緑川町|の借家に住む),
        and the last cell of a row about one person (…（79歳・女性）　|北浦町)."""
        for c in scan(_RESIDENCE_CONTEXT, _RESIDENCE_ANCHOR, text):
            m = _NAME_ENDING_HERE.search(text, max(0, c.start() - 24), c.start())
            if m:
                yield m, "residence"
        end = -1
        for a in _ROW_PERSON.finditer(text):  # only the lines with a person word
            if a.start() <= end:
                continue
            pos, end = line_span(text, a.start(), a.end())
            last = end
            while last > pos and text[last - 1] in " \t\u3000":
                last -= 1  # trailing blanks
            cell = max(text.rfind(" ", pos, last), text.rfind("\t", pos, last), text.rfind("\u3000", pos, last)) + 1
            if cell > pos and last - cell <= 16 and _ROW_PERSON.search(text, pos, cell):
                m = _ROW_CELL.fullmatch(text, cell, end)
                if m:
                    yield m, "row_cell"

    @staticmethod
    def _names_a_place(m: re.Match, category: str) -> bool:
        """A positive reason for each shape: a name that is not a generic
        word before a head (各地区, 対象地区), and 字 that is not the end of
        an ordinary word (数字, 赤字)."""
        if category == "aza":
            i = m.group(0).find("字", 1 if m.group(0).startswith(("大字", "小字")) else 0)
            return i < 1 or m.group(0)[i - 1:i + 1] not in _NOT_AZA or m.group(0).startswith(("大字", "小字"))
        if category in ("facility_spot", "house_position"):  # 各保育園前で, 当該店舗前で: no particular one
            lead = m.group("lead")
            return not lead or lead not in _GENERIC and lead[0] not in "各全" and lead[-1] not in "各全本当同他該"
        if category in ("residence", "row_cell", "town_person", "town_landmark"):
            name = m.group("name")
            return len(name) >= 2 and name not in _NOT_RESIDENCE and name[:1] not in "各全本当同他隣がのヶケ"
        if "name" in m.re.groupindex:
            name = m.group("name")
            if name in _GENERIC or any(name.endswith(w) for w in _GENERIC if len(w) > 1) or name[-1:] in "各全本当同他":
                return False
        return True


_WHY = {"jo_chome": "条丁目", "aza": "大字・字", "district": "地区・団地", "landmark": "目印となる場所",
        "estate": "公営住宅", "former": "合併前の旧村・旧町", "speaker_near": "発言者の近所", "described": "位置で示した集落・地区",
        "residence": "住んでいる町名", "row_cell": "個人の行の町名", "town_person": "人の前の町名",
        "town_landmark": "町名と目印", "column": "表の地区の列", "block": "街区・号棟",
        "described_spot": "沿道・駅前などで示した場所", "dwelling": "築年数で示した住まい",
        "elsewhere": "市町村外の居住地", "origin": "転入元", "facility_spot": "施設の前・隣などで示した場所",
        "house_position": "並びの中の位置で示した家"}
