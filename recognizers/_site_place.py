"""Where in a building a site stands: the floor, the numbered building and
the position on a floor.

A server room, a storeroom or a control room is one place an intruder can
walk to when it is said with its floor (3階, 地下1階, 十二階, 7F, 地階,
屋上階, 中2階) or its numbered or lettered building (2号棟, A館), and where
on the floor or beside what (…2階の北側, 職員室の奥, カウンター裏).
``data_center`` and ``_site_operational`` read places by these; each adds
what its own sentences say of a building (本館, 別館 / 本署, 管理棟, 屋上).
Text is NFKC before recognizers run, so digits and letters are ASCII.
Data: ``site_described.toml`` [place].
"""
from __future__ import annotations

from redactor.data_files import load_toml
from redactor.recognizers._text import words_regex

# (in kanji numerals too: 三階のサーバ室, 地下二階, 十二階)
# (the basement and the roof floor by name too: 地階, 屋上階, 中2階)
FLOOR = r"(?:地下[0-9一二三四五]*階?|中?[0-9]+階|[一二三四五六七八九十]{1,3}階|[0-9]+F(?![A-Za-z])|地階|屋上階|塔屋階?|最上階)"
# a building of a site by its number or letter (3号棟, 2号館, A棟, B館)
NUMBERED_BUILDING = r"(?:[0-9]+号(?:棟|館)|[A-Z](?:棟|館))"
# where on a floor or in a room a place is said to be (…1階の北側, 職員室の隣)
POSITION = words_regex(load_toml("site_described.toml", "redactor.recognizers.data")["place"]["positions"])
