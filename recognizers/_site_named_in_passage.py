"""DATA_CENTER: a site named in a passage about sites, with no siting verb of its own.

The sentence rules of ``data_center`` want a machine and a siting verb in the
sentence of a facility word or the one before (…センターにサーバを置く). Two
forms name a site without them, once the passage is about where systems
stand:

- a facility with its town in brackets (現行の県南センター（横手市内、旧製材所
  跡地の建物）からの移設を不要とする): the bracket says where the site is, as a
  requirement list under a heading on siting says it line after line;
- a quoted name of a facility that someone is said to call it (候補として
  「丘の向こうのセンター」という名前が挙がっている): a member quoting the name a
  contractor uses, turns after the answer on backups.

The passage counts when a site, a server room, a server or a backup is named
in the characters before the name (``passage_reach`` of
``data/site_described.toml``). Places people visit (市民センター, 保健
センター: the public heads of ``security_data_center.toml``) are none.
Both forms are masked whole, the bracket with the name.
"""
from __future__ import annotations

import re
from typing import Iterable

from redactor.data_files import load_toml
from redactor.recognizers._drops import drop
from redactor.recognizers._text import KANJI, words_regex

_DATA = load_toml("site_described.toml", "redactor.recognizers.data")["passage"]
_DC = load_toml("security_data_center.toml", "redactor.recognizers.data")

_PASSAGE = re.compile(words_regex(list(_DATA["passage_words"]) + list(_DC["site_words"]) + list(_DC["room_words"])))
_REACH = int(_DATA["passage_reach"])
_PUBLIC = tuple(_DC["public_center_heads"]) + tuple(_DC["public_building_heads"]) + tuple(_DC["not_site_centres"])
_FACILITY = r"データセンター|データセンタ|センター|DC|ＤＣ|iDC|IDC|拠点|サイト|ファシリティ"
# the name before the facility word: kanji, katakana or Latin letters (仙北ＩＸ, 湖東), no particle
_NAME = rf"[{KANJI}ァ-ヶーA-Za-zＡ-Ｚａ-ｚ0-9０-９]{{1,12}}?"
# a town in the bracket: …市内, …町, 〇〇郡〇〇町 (the first item of the note)
_TOWN = rf"[{KANJI}ァ-ヶー]{{1,6}}[市区町村](?:内|域|内の)?"
_TOWN_NOTE = re.compile(
    rf"(?P<name>{_NAME}(?:{_FACILITY}))[（(](?P<note>{_TOWN}(?:[、，,・][^（）()\n]{{1,40}})?)[）)]")
_QUOTED = re.compile(
    rf"「(?P<value>[^「」\n]{{2,24}}?(?:{_FACILITY}|施設|棟|ビル))」(?={words_regex(_DATA['called'])})")
_WHY_TOWN = "拠点の名と括弧内の所在市町村（拠点を論じる文脈）"
_WHY_QUOTED = "拠点の呼び名として引かれたかぎ括弧の名（拠点を論じる文脈）"


def _passage_about_sites(text: str, pos: int) -> bool:
    """A site, a server room, a server or a backup is named in the
    ``_REACH`` characters before ``pos`` or in its line."""
    line_end = text.find("\n", pos)
    return bool(_PASSAGE.search(text, max(0, pos - _REACH), len(text) if line_end == -1 else line_end))


def _public(name: str) -> bool:
    """A place people visit or a company's office centre (市民センター, 研修センター)."""
    head = re.sub(rf"(?:{_FACILITY}|施設|棟|ビル)$", "", name)
    return any(head.endswith(h) for h in _PUBLIC)


def named_in_passage(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, why) of each site named with its town in brackets or as
    a quoted name called so, in a passage about sites."""
    for m in _TOWN_NOTE.finditer(text):
        if _public(m.group("name")):
            drop("DATA_CENTER", text, m.start(), m.end(), "公共施設・業者の事務所の名（市民センター、研修センター）")
            continue  # 市民センター（横手市内）: a hall
        if not _passage_about_sites(text, m.start()):
            drop("DATA_CENTER", text, m.start(), m.end(), "括弧内に市町村がある施設だが拠点を論じる文脈でない")
            continue
        yield m.start(), m.end(), _WHY_TOWN
    for m in _QUOTED.finditer(text):
        if _public(m.group("value")):
            drop("DATA_CENTER", text, m.start(), m.end(), "公共施設・業者の事務所の呼び名")
            continue  # 「市民交流センター」と呼ばれて: a hall
        if not _passage_about_sites(text, m.start()):
            drop("DATA_CENTER", text, m.start(), m.end(), "呼び名のかぎ括弧だが拠点を論じる文脈でない")
            continue
        yield m.start(), m.end(), _WHY_QUOTED
