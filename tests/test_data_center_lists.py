"""DATA_CENTER: places in a list under a heading about where servers go
(移設先の候補は次のとおり), the pieces of a description joined by the
copula's joining form (…の高台で、…), a river's bank, a tenant's space as a
field. All names and places are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _texts(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(f.start, f.end) for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]
    return all(any(a <= k < b for a, b in spans) for k in range(start, start + len(value)))


_CANDIDATES = ("情報システム更新計画\n３　サーバの移設先の候補\n（1）旧西部浄化センターの管理棟\n（2）本庁舎北館の4階\n"
               "（3）しおかぜ電算株式会社の名取データセンター（業務系）\n４　スケジュール\n")


@pytest.mark.parametrize("value", ["旧西部浄化センターの管理棟", "本庁舎北館の4階", "しおかぜ電算株式会社の名取データセンター"])
def test_items_of_a_list_of_candidate_sites(value):
    assert _covered(_CANDIDATES, value), _texts(_CANDIDATES)


def test_a_circled_number_and_a_role_note():
    text = "　電算室の老朽化により、サーバの移転が必要である。\n　移転候補地は次の2か所である。\n①旧東部給食センター跡地\n②ひなた電算の串間センター（待機系）\n"
    found = _texts(text)
    assert any("旧東部給食センター跡地" in t for t in found), found
    assert not any("待機系" in t for t in found), found  # the note names a part of the system, not the place


@pytest.mark.parametrize("text", [
    # places for no IT equipment: AEDs, a new school
    "ＡＥＤの設置場所\n・市民ホール1階ロビー\n・南体育館2階の事務室前\n",
    "新しい小学校の建設候補地\n（1）旧北中学校跡地\n（2）東町の市有地\n",
    # a list of what, not where, after a heading about servers
    "サーバの移設先の候補\n（1）費用が最も安い案\n（2）工期が最も短い案\n",
])
def test_lists_of_no_site(text):
    assert _texts(text) == [], _texts(text)


@pytest.mark.parametrize("text, value", [
    ("データセンターは、標高90メートルの高台で、活断層からも8キロ以上離れた場所にございます。",
     "標高90メートルの高台で、活断層からも8キロ以上離れた場所"),
    ("データセンターは天竜川の右岸、河口から約6キロ上流でございます。", "天竜川の右岸、河口から約6キロ上流"),
    ("施設名：株式会社はるかぜ情報 敦賀第2データセンター\n保管区画：4階 Cブロック\n", "4階 Cブロック"),
])
def test_pieces_of_a_description(text, value):
    assert _covered(text, value), _texts(text)


@pytest.mark.parametrize("text", [
    "公園は、標高90メートルの高台で、見晴らしがよい場所です。",   # no site spoken of
    "保管区画：未定\n",                                             # a tenant's space not yet named
])
def test_descriptions_of_no_site(text):
    assert _texts(text) == [], _texts(text)


@pytest.mark.parametrize("text", [
    "防犯カメラ運用システムの導入について\n防犯カメラの設置場所\n・駅前広場の時計台\n・市民体育館2階\n",
    "避難所の情報システム整備\n設置場所は次のとおり。\n(1) 北小学校の体育館\n(2) 南公民館の2階\n",
])
def test_places_of_cameras_or_shelters_are_no_sites(text):
    """A system of cameras or a shelter's network lists its places under
    設置場所 too: no server, data centre or backup is spoken of."""
    assert _texts(text) == [], _texts(text)
