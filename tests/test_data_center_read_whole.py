"""DATA_CENTER read whole (issue 12): a location note in brackets read with
the site's name before the bracket, a site and what it is joined by これは,
and a room named by what it holds (_site_rooms). Each with the near miss.
The sentences are made up."""
import pytest

from conftest import texts
from redactor.recognizers.data_center import DataCenterRecognizer as R


@pytest.mark.parametrize("text, value", [
    # the note in brackets is the site's: its name and owner are read with it
    ("　　サーバは、同じ事業者の府中サイト（多摩川の南側）へ移設する。", "同じ事業者の府中サイト（多摩川の南側）"),
    ("　設置場所　ガバメントクラウド（西日本の１リージョン）", "ガバメントクラウド（西日本の１リージョン）"),
    # a site and what it is, told as an apposition
    ("原因は、システムを置いております南信情報センター、これは飯田市の工業団地内にある事業者の施設でございますが、空調が故障したものです。",
     "南信情報センター、これは飯田市の工業団地内にある事業者の施設"),
    # a room named by what it holds, with its note
    ("　本館５階の総務課執務室内に、庁内ＬＡＮの中継機器を収容した小部屋（旧湯沸室、５Ａ号室）がある。",
     "庁内ＬＡＮの中継機器を収容した小部屋（旧湯沸室、５Ａ号室）"),
    ("　予備のテープは、サーバを置いている倉庫の棚に保管している。", "サーバを置いている倉庫"),
])
def test_a_site_read_whole(text, value):
    got = texts(R, text)
    assert value in got, got


@pytest.mark.parametrize("text", [
    # a room that holds papers or supplies: nothing an intruder is after
    "　書類を収納した倉庫は施錠している。",
    "　備品を置いている部屋は３階にある。",
])
def test_a_room_of_papers_or_supplies_is_no_site(text):
    assert texts(R, text) == [], texts(R, text)
