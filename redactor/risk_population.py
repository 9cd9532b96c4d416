"""The population of the municipality a document is from, when the policy does not say.

The mosaic check estimates k as the municipality's population times the share
of each attribute (``risk``). Without ``[risk] population`` in the policy it
takes a typical 市 (``population.toml [area] default_population``, 50,000). A
town's or a village's own paper read with a 市's population makes every
estimate three to ten times too large: 「88歳で独居」 in a village of 4,500 is
one or two people, in a 市 of 50,000 a dozen. So when the document says it is
a town's or a village's own -- its head, assembly, office, schools or
facilities named by the town or village (町長, 村議会, 村役場, 町立…小学校,
村営住宅, 当村, 本町は…, or a 役場 with no kind before it), as minutes and reports of the 町村 do -- the average
population of a 町 or a 村 is used (``population.toml [area]``). A 市's
paper that names a neighbouring town (隣の…町立病院) once is still a 市's: a
village wins only when it is named at least as often as the others.
"""
from __future__ import annotations

import re

from redactor.data_files import load_toml

_AREA = load_toml("population.toml")["area"]

# the body the paper is from, named by its kind of municipality: 町長は, 村議会, 町役場, 当村, 村立…小学校
# (not a 町 of a city's address: 北町長寿会, 本町通り, 町内会; a facility after 町立/村立, not 北町立体駐車場)
_FACILITY = r"(?:小学校|中学校|義務教育学校|保育園|保育所|こども園|幼稚園|病院|診療所|図書館|公民館|体育館|住宅|保健センター)"
_OWN = {
    kind: re.compile(
        rf"{kind}(?:長(?=[はがのもにをへ、。（(\s]|から|より|及び|並びに)|議会|役場|教育委員会|選挙管理委員会|農業委員会|民生委員)"
        rf"|(?<![一-龯々])(?:当|本|我が){kind}(?=[はがのでにもを、])"
        rf"|{kind}[立営](?:[一-龯々ぁ-んァ-ヶー]{{0,10}}){_FACILITY}")
    for kind in ("市", "町", "村")}
# 役場 with no kind before it (役場３階　第２会議室): the office of a 町 or a 村 (a 市 has a 市役所);
# read as a 町's, the larger of the two
_OFFICE = re.compile(r"(?<![市町村区])役場")


def document_population(text: str) -> float | None:
    """The average population of a 町 or a 村 when the text is that kind of
    municipality's own paper; None for a 市's or when it does not say."""
    counts = {kind: len(rx.findall(text)) for kind, rx in _OWN.items()}
    counts["町"] += len(_OFFICE.findall(text))
    if counts["村"] and counts["村"] >= max(counts["市"], counts["町"]):
        return float(_AREA["village_population"])
    if counts["町"] and counts["町"] >= counts["市"]:
        return float(_AREA["town_population"])
    return None


# a city divided into wards, as its own papers say: its ward offices, its assembly's
# wards, the status itself (not 区長 or 区民, which a village's hamlets have too), or an
# address that writes a ward after the city (札幌市北区, 横浜市青葉区: only a designated
# city's wards are part of an address; not 都市計画区域, 市選挙区, 市内の地区)
_WARD_CITY = re.compile(r"区役所|区政|政令指定都市|政令市|指定都市"
                        r"|[一-龯々]市[一-龯々ァ-ヶ]{1,3}(?<![地学校票政挙特管街画])区(?![域分画間])")


def ward_city(text: str) -> bool:
    """Whether the paper is of a city divided into wards (区役所, 政令指定都市), where
    a ward named is tens of thousands of residents (``population.toml [area]
    designated_city_population``); never for a town's or a village's own paper,
    whose 〇〇区 are hamlets."""
    return document_population(text) is None and _WARD_CITY.search(text) is not None

