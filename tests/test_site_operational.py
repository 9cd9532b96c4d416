"""DATA_CENTER: a room of an operational facility (waterworks, sewers, fire
dispatch, disaster radio, schools, branch offices) named by what it holds and
where it stands (recognizers/_site_operational.py). A room or a place named
with nothing, or with a generic facility, is no finding. All places are made
up."""
import unicodedata

import pytest

from conftest import _detector
from redactor.recognizers._site_operational import operational_rooms
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _dc(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _rooms(text: str) -> list[str]:
    """What operational_rooms finds in ``text`` made NFKC, as recognizers read it
    (３階 is 3階 by then)."""
    text = _nfkc(text)
    return [text[s:e] for s, e, _ in operational_rooms(text)]


@pytest.mark.parametrize("text, value", [
    # a control room with its named facility, building and floor
    ("配水池の水位は、若葉台浄水場の管理棟３階にある中央監視室で見ております。", "若葉台浄水場の管理棟３階にある中央監視室"),
    ("汚水ポンプは、北浜水再生センターの監視制御室から遠隔で操作しています。", "北浜水再生センターの監視制御室"),
    # fire dispatch: the station by its name, or the headquarters' building and floor
    ("夜間の通報は、西分署の通信指令室へ転送されます。", "西分署の通信指令室"),
    ("指令台は本署２階の指令室にございます。", "本署２階の指令室"),
    # the disaster radio's station on a roof
    ("本庁舎屋上の中継局から、各地区の屋外拡声子局へ送信しております。", "本庁舎屋上の中継局"),
    # a rack by a landmark in a branch office
    # (a rack or a machine room holds machines only where its sentence or the one before says so)
    ("出張所の回線装置を点検しました。ひかり出張所の書庫裏のラックには、鍵を掛けておりません。", "ひかり出張所の書庫裏のラック"),
    # a plain place the sentence puts network or control machines in
    ("青葉中学校では、校舎３階の理科準備室の奥にコアスイッチを置いています。", "校舎３階の理科準備室の奥"),
    ("東分館の２階倉庫に、ＯＮＵとルータが置かれております。", "東分館の２階倉庫"),
    # four parts: the school, its building, the floor, the room and a position
    ("南山中学校の北校舎３階の理科室の奥に、制御盤を置いております。", "南山中学校の北校舎３階の理科室の奥"),
])
def test_a_room_named_by_what_it_holds_and_where_is_a_site(text, value):
    assert any(value in f or f in value and len(f) >= len(value) - 2 for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    # the room with no place, or with a facility that is no one place
    "中央監視室の空調更新を令和８年度に予定しております。",
    "各浄水場の電気室には非常用照明を備えております。",
    "浄水場の監視室については、更新の時期を迎えております。",
    "消防署の指令室は、二十四時間体制で職員が勤務しています。",
    "中継局のデジタル化について、国の補助を活用してまいります。",
    # a place with things that hold no system in it
    "南小学校の体育館に音響機器を設置いたしました。",
    "本館２階の会議室にプロジェクターを設置いたしました。",
    "北図書館の２階閲覧室に、郷土資料を置いております。",
    "中央図書館２階のラックに、新聞と雑誌を置いております。",
    "市民体育館の機械室の空調を更新いたします。",
    "各校の職員室にサーバを置いている学校もございます。",
])
def test_a_room_or_place_naming_no_site_is_not_found(text):
    assert not _rooms(text), _rooms(text)


@pytest.mark.parametrize("text, value", [
    # a town by its name before a facility with no name of its own
    ("配水池の水位は、川辺町の浄水場の中央監視室で見ております。", "川辺町の浄水場の中央監視室"),
    # the system the room holds, between the facility and the room
    ("西消防署の指令システムの機器室は、空調が一系統しかありません。", "西消防署の指令システムの機器室"),
    # a server room's own name, said of a named public facility
    ("みなみ図書館のサーバ室には、貸出システムの機器がございます。", "みなみ図書館のサーバ室"),
])
def test_a_town_a_system_or_a_server_room_word_joins_the_place(text, value):
    assert _nfkc(value) in _rooms(text), _rooms(text)


@pytest.mark.parametrize("text", [
    "本市の浄水場の中央監視室については、来年度に更新いたします。",
    "各町の配水池の監視室は無人でございます。",
    "図書館の機械室の空調を更新いたします。",
])
def test_the_own_or_any_town_names_no_place(text):
    assert not _rooms(text), _rooms(text)


@pytest.mark.parametrize("text, value", [
    # where the room stands, in brackets after it
    ("取水の監視は中央監視室（桜川浄水場管理棟３階）で行っております。", "中央監視室（桜川浄水場管理棟３階）"),
    # the room as the topic, where it stands as what it is
    ("通信指令室は、本部庁舎の４階にございます。", "本部庁舎の４階"),
    ("制御盤室は、ポンプ棟の地下一階にあり、浸水のおそれがございます。", "ポンプ棟の地下一階"),
    # the radio's room of a named station
    ("東分署の無線室には、署活系無線の親機を置いております。", "東分署の無線室"),
])
def test_where_a_room_stands_said_after_it_is_a_site(text, value):
    assert _nfkc(value) in _rooms(text), _rooms(text)


@pytest.mark.parametrize("text", [
    "中央監視室は、浄水場ごとに設けております。",
    "通信指令室は二十四時間体制です。",
    "サーバ室は本庁舎内です。",
])
def test_a_room_said_with_no_place_after_it_is_not_found(text):
    assert not _rooms(text), _rooms(text)
