"""ADDRESS abroad: a home written in Latin script or with another country's units.

Records name addresses overseas more often than one would think: a child
who moved abroad (長男の住所は 45 Rue des Lilas, 75011 Paris), an applicant
living overseas, a foreign resident's home address on a form, a document
sent to a relative (送付先 Room 1203, Block B, 88 Jianguo Road …). The
Japanese address forms of ``address.py`` do not see them, and its one
Latin form (house number + English street type) covers only part of them.

A run of Latin-script words with a number in it is an address when
  - an address field or 住所は stands right before it (the field says what
    it is, whatever the country's form), or
  - it holds a street word of the country's postal standard next to a house
    number (12 High Street, Via Roma 10, Hauptstraße 5, Teheran-ro 123,
    2-14-7 Kita-machi), or
  - it is written in parts separated by commas and holds a postal code in
    its country's shape (IL 62704, NSW 2000, LS6 2AB, 75011 Paris).
The whole run is masked, unit and city included: a unit number and a city
single out a household as much as the street does. A product or version
(Windows Server 2019, FortiGate 60F) has no street word and no field, and
stays out. Whose address it is (a company's, a public body's) is read as
for any address (``AddressRecognizer.attributes_for``).

Foreign addresses in Japanese script (韓国ソウル特別市江南区テヘラン路123) are
a foreign administrative unit, then a street word and its number; or a
country, then place names with a unit among them and a house number
(中国上海市浦東新区世紀大道100号). A place abroad named with its country and
在住 (英国ロンドン在住) is masked too: in a small record the city a relative
lives in abroad singles the household out; the country alone (中国在住) is
no address.
"""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.first_chars import guarded  # guarded(re.compile(…)): same matches, found faster in long text
from redactor.recognizers.address import AddressRecognizer
from redactor.recognizers._text import KANJI_UNICODE_1_1, words_regex
from redactor.recognizers._base import JaRecognizer, scan
from redactor.tokens import Token

_DATA = load_toml("address_abroad.toml", "redactor.recognizers.data")


# A word of Latin script as addresses write it: letters with accents,
# digits, and the marks inside a word (No., O'Connell, 2-14-7, #12, 5/F).
_WORD_REST = r"[A-Za-zÀ-ɏ0-9.'’#/&-]*"
_WORD = r"[A-Za-zÀ-ɏ0-9#]" + _WORD_REST
# Words joined by a space, a comma or a spaced dash (Brazil: Rua das Flores,
# 123 - Centro, São Paulo - SP); never across a line, a Japanese character or
# a bracket. Not part of an e-mail address or a URL.
_RUN = guarded(re.compile(rf"(?<![A-Za-zÀ-ɏ0-9@./_-]){_WORD}(?:(?:, ?|,? | - ){_WORD})+(?![@:/])"))
_RUN_ANCHOR = re.compile(r"[0-9]")
# A run ending with a comma at the end of its line goes on on the next line when
# that line opens with a capitalised Latin word (the city after the street).
_WRAPPED_RUN = re.compile(rf"[ ]*\n[ ]*(?P<v>[A-Z]{_WORD_REST}(?:(?:, ?|,? | - ){_WORD})*)")
_HOUSE_NUMBER = re.compile(r"(?:No\.?|#)?\d{1,5}(?:[-/]\d{1,5}){0,3}[A-Za-z]?,?$")
_CAPITALISED = re.compile(r"[A-Z][a-z]")
_STREET = re.compile(rf"^(?:{words_regex(_DATA['street_words'])})\.?,?$", re.IGNORECASE)
# Street words whose name follows them (Brgy. Malinis, Pho Hue): a capitalised
# word after one is its name, so a house number may stand before it.
_NAME_AFTER = frozenset(_DATA["name_after_words"])
# A Philippine subdivision's block and lot (Blk 3 Lot 7, Lot 12 Block 4): a house number.
_BLOCK_LOT_WORD = rf"(?:{words_regex(_DATA['block_lot_words'])})\.? ?\d{{1,4}}[A-Za-z]?,?"
_BLOCK_LOT = re.compile(rf"(?<![A-Za-z]){_BLOCK_LOT_WORD} {_BLOCK_LOT_WORD}(?![A-Za-z0-9])")
# A cell that is place names separated by commas, the last one a country
# (San Isidro, Tarlac City, Tarlac, Philippines): a home abroad written to the
# town; two names at least before the country (Manila, Philippines is a city).
_PLACE_WORDS = r"[A-Z][A-Za-zÀ-ɏ.'’-]*(?: [A-Za-zÀ-ɏ][A-Za-zÀ-ɏ.'’-]*){0,3}"
_TOWN_TO_COUNTRY = re.compile(rf"(?:{_PLACE_WORDS}, ?){{2,5}}(?:{words_regex(_DATA['countries_latin'])})\.?")
_STREET_SUFFIX = re.compile(rf"[A-Za-zÀ-ɏ]{{2,}}(?:{words_regex(_DATA['street_suffixes'])}),?$", re.IGNORECASE)
_POSTAL = re.compile(
    rf"\b(?:{words_regex(_DATA['us_states'])}) \d{{5}}(?:-\d{{4}})?\b"          # IL 62704
    rf"|\b(?:{words_regex(_DATA['au_states'])}) \d{{4}}\b"                         # NSW 2000
    r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"                                # LS6 2AB
    r"|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b"                                        # M5V 2T6
    r"|(?<=, )\d{4,5} [A-Z][a-zà-ÿ]{2,}"                                    # …, 75011 Paris (not 2024 Plaza …)
    r"|\b[A-Z][a-z]{2,} \d{6}\b"                                           # Beijing 100022
    r"|\b\d{3}-\d{4}\b")                                                   # Tokyo 176-0001
_FIELD = re.compile(rf"(?:{words_regex(_DATA['field_labels'])})(?:は|：|:|\t|　| |（|\(|は、)[ 　:：]*$")
_FOREIGN_LEAD = 12  # the place name before the unit, at most: _FOREIGN is tried only that far before a unit (_base.scan)
_FOREIGN = re.compile(
    rf"[{KANJI_UNICODE_1_1}ァ-ヺー]{{1,{_FOREIGN_LEAD}}}?(?:{words_regex(_DATA['foreign_units'])})[{KANJI_UNICODE_1_1}ァ-ヺー]{{0,24}}?"
    rf"(?:{words_regex(_DATA['foreign_streets'])})[0-9]{{1,5}}(?:[-－][0-9]{{1,5}}){{0,3}}(?:号|番地|番)?")
_FOREIGN_ANCHOR = re.compile(words_regex(_DATA["foreign_units"]))
_COUNTRY = words_regex(_DATA["countries"])
_COUNTRY_ANCHOR = re.compile(_COUNTRY)
# A country, then place names in kanji or katakana with a unit among them, then a
# house number: 中国上海市浦東新区世紀大道100号, 中華人民共和国北京市朝陽区建国路88号.
_PLACE_RUN = rf"(?:[{KANJI_UNICODE_1_1}ァ-ヺー・々]|通り)"
_COUNTRY_ADDRESS = re.compile(
    rf"(?<![{KANJI_UNICODE_1_1}ァ-ヺー])(?:{_COUNTRY})[・ ]?(?={_PLACE_RUN}{{0,30}}?(?:{words_regex(_DATA['foreign_address_units'])}))"
    rf"(?:{_PLACE_RUN}|[0-9]{{1,3}}(?=[区坊]))"  # a numbered district (ホーチミン市1区) is a name, not the number
    rf"{{2,40}}?[0-9]{{1,5}}(?:[-－][0-9]{{1,5}}){{0,3}}(?:号|番地|番)?(?![0-9区坊])")
# A place abroad written with its country and 在住 (英国ロンドン在住, 米国カリフォルニア州
# ロサンゼルス在住, フィリピン・マニラ在住): the country alone (中国在住) says no more
# than a nationality would, so a place name must follow it.
_ABROAD_RESIDENCE = re.compile(
    rf"(?<![{KANJI_UNICODE_1_1}ァ-ヺー])(?:{_COUNTRY})[・ ]?{_PLACE_RUN}{{2,30}}?"
    rf"(?:在住|在留|(?=に在住|に居住|に住む|に住んで))")
# A whole table cell that is a place abroad down to a district (フィリピン共和国マニラ市
# トンド地区): a country, then two units or more; in a roster it is a household's address.
_ABROAD_CELL = re.compile(
    rf"(?:{_COUNTRY})[・ ]?(?:{_PLACE_RUN}{{0,15}}?(?:{words_regex(_DATA['foreign_address_units'])})){{2,6}}"
    rf"{_PLACE_RUN}{{0,15}}")


# A Chinese address in kanji with no country before it: a province-level unit
# (広東省, 広西チワン族自治区, or a municipality under the central government such
# as 北京市), a city and a district or county, place names, then the house
# number with 号 (広東省深圳市南山区科技園12号, 北京市朝陽区望京花園3号). Japan has
# no 省 and none of those four cities, so the run is foreign.
_K = KANJI_UNICODE_1_1
_PROVINCE_ADDRESS = re.compile(
    rf"(?<![{_K}ァ-ヺー])(?:[{_K}]{{1,3}}(?:{words_regex(_DATA['province_units'])})|[{_K}ァ-ヺー]{{1,10}}自治区"
    rf"|{words_regex(_DATA['direct_municipalities'])})"
    rf"(?:[{_K}]{{1,5}}?市)?[{_K}]{{1,5}}?(?:区|県|市|旗)"
    rf"{_PLACE_RUN}{{0,20}}?[0-9]{{1,5}}(?:[-－][0-9]{{1,5}}){{0,3}}号(?:[0-9]{{1,4}}室)?(?![0-9])")
# The same down to a district, as a whole table cell (江蘇省蘇州市姑蘇区): in a
# roster it is a household's address, as a country's units are (_ABROAD_CELL).
_PROVINCE_CELL = re.compile(
    rf"(?:[{_K}]{{1,3}}(?:{words_regex(_DATA['province_units'])})|[{_K}ァ-ヺー]{{1,10}}自治区"
    rf"|{words_regex(_DATA['direct_municipalities'])})"
    rf"(?:[{_K}]{{1,5}}?市)?[{_K}]{{1,5}}?(?:区|県|市|旗){_PLACE_RUN}{{0,15}}")
_PROVINCE_ANCHOR = re.compile("省|自治区|特別行政区|" + words_regex(_DATA["direct_municipalities"]))
# A Japanese ministry's office that a 省 starts (厚生労働省北浜労働局): no province.
_NOT_PROVINCE = re.compile(words_regex(_DATA["not_in_province_run"]))


def _tab_cells(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each cell of the tab-separated rows, spaces stripped."""
    if "\t" not in text:
        return
    pos = 0
    for line in text.split("\n"):
        if "\t" in line:
            cell_start = pos
            for cell in line.split("\t"):
                lead = len(cell) - len(cell.lstrip(" "))
                stripped = cell.strip(" ")
                if stripped:
                    yield cell_start + lead, cell_start + lead + len(stripped)
                cell_start += len(cell) + 1
        pos += len(line) + 1


def _street_number(words: list[str]) -> bool:
    """A street word with a house number within three words of it, before or
    after (12 High Street; Via Roma 10), or a romanised unit with one.

    With the number before it, a street word followed by a capitalised word
    with no comma between names something else (2024 Annual Street
    Festival): a street's name ends at its type."""
    for i, w in enumerate(words):
        if not (_STREET.match(w) or _STREET_SUFFIX.search(w)):
            continue
        if any(_HOUSE_NUMBER.match(n) for n in words[i + 1:i + 4]):
            return True
        continues = not w.endswith(",") and i + 1 < len(words) and _CAPITALISED.match(words[i + 1]) \
            and not _STREET.match(words[i + 1]) and w.rstrip(".,").lower() not in _NAME_AFTER
        if not continues and any(_HOUSE_NUMBER.match(n) for n in words[max(0, i - 4):i]):
            return True
    return False


class AddressAbroadRecognizer(JaRecognizer):
    ENTITIES = ("ADDRESS",)

    # whose address it is: read as for any address (a company's row, a public body)
    attributes_for = AddressRecognizer.attributes_for

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        for m in _RUN.finditer(text):
            run = m.group(0).rstrip(",.")
            if not _RUN_ANCHOR.search(run):
                continue
            start, end = m.start(), m.start() + len(run)
            wrapped = _WRAPPED_RUN.match(text, m.end() + 1) if text.startswith(",", m.end()) else None
            line_start = text.rfind("\n", 0, start) + 1
            words = run.replace(",", " ").split()
            if _FIELD.search(text, max(line_start, start - 14), start):
                why, score = "住所欄の値（ラテン文字）", 0.85
            elif _street_number(run.split()):
                why, score = "住所の形式（通り名＋番地、ラテン文字）", 0.8
            elif _BLOCK_LOT.search(run):
                why, score = "住所の形式（ブロック＋区画番号、ラテン文字）", 0.8
            elif "," in run and len(words) >= 3 and _POSTAL.search(run):
                why, score = "住所の形式（地名＋郵便番号、ラテン文字）", 0.75
            else:
                continue
            attrs = self.attributes_for(text, start, end)  # type: ignore[misc]  # borrowed: reads only the text
            if wrapped:  # 123 Rizal Street, ⏎ Quezon City, …: the rest on the next line
                end = wrapped.end("v")
                attrs["across_line_break"] = True
            yield self.result("ADDRESS", start, end, score, why, **attrs)
        spans: list[tuple[int, int]] = []
        if _COUNTRY_ANCHOR.search(text):
            for m in _COUNTRY_ADDRESS.finditer(text):
                spans.append(m.span())
                yield self.result("ADDRESS", m.start(), m.end(), 0.8, "住所の形式（国名＋外国の地名＋番地）",
                                  **self.attributes_for(text, m.start(), m.end()))  # type: ignore[misc]  # borrowed: reads only the text
            for m in _ABROAD_RESIDENCE.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in spans):
                    continue
                spans.append(m.span())
                yield self.result("ADDRESS", m.start(), m.end(), 0.7, "外国の居住地（国名＋地名＋在住）",
                                  **self.attributes_for(text, m.start(), m.end()))  # type: ignore[misc]  # borrowed: reads only the text
            for start, end in _tab_cells(text):
                if any(s < end and start < e for s, e in spans) or not _ABROAD_CELL.fullmatch(text, start, end):
                    continue
                spans.append((start, end))
                yield self.result("ADDRESS", start, end, 0.7, "外国の住所（表の欄、国名＋地名）",
                                  **self.attributes_for(text, start, end))  # type: ignore[misc]  # borrowed: reads only the text
        for start, end in _tab_cells(text):
            if not any(s < end and start < e for s, e in spans) and _TOWN_TO_COUNTRY.fullmatch(text, start, end):
                spans.append((start, end))
                yield self.result("ADDRESS", start, end, 0.7, "外国の住所（表の欄、地名＋国名、ラテン文字）",
                                  **self.attributes_for(text, start, end))  # type: ignore[misc]  # borrowed: reads only the text
        if _PROVINCE_ANCHOR.search(text):
            for m in _PROVINCE_ADDRESS.finditer(text):
                places = re.split("[0-9]", m.group(0), maxsplit=1)[0]  # the run before the house number
                if any(s < m.end() and m.start() < e for s, e in spans) or _NOT_PROVINCE.search(places):
                    continue
                spans.append(m.span())
                yield self.result("ADDRESS", m.start(), m.end(), 0.8, "住所の形式（省・直轄市＋市・区＋番地）",
                                  **self.attributes_for(text, m.start(), m.end()))  # type: ignore[misc]  # borrowed: reads only the text
            for start, end in _tab_cells(text):
                if any(s < end and start < e for s, e in spans) or not _PROVINCE_CELL.fullmatch(text, start, end) \
                        or _NOT_PROVINCE.search(text, start, end):
                    continue
                spans.append((start, end))
                yield self.result("ADDRESS", start, end, 0.7, "外国の住所（表の欄、省・市・区）",
                                  **self.attributes_for(text, start, end))  # type: ignore[misc]  # borrowed: reads only the text
        for m in scan(_FOREIGN, _FOREIGN_ANCHOR, text, _FOREIGN_LEAD):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            if not _FOREIGN_ANCHOR.search(m.group(0)):
                continue
            yield self.result("ADDRESS", m.start(), m.end(), 0.8, "住所の形式（外国の行政区画＋通り名＋番地）",
                              **self.attributes_for(text, m.start(), m.end()))  # type: ignore[misc]  # borrowed: reads only the text
