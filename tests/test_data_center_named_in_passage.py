"""DATA_CENTER: a site named with its town in brackets, or quoted as what
someone calls it, in a passage about sites (``_site_named_in_passage``).
All names and places are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(f.start, f.end) for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]
    return all(any(a <= k < b for a, b in spans) for k in range(start, start + len(value)))


@pytest.mark.parametrize("text, value", [
    ("基幹系サーバの設置場所は以下のとおり。\n要件３　本庁舎から車で２時間以内であること。\n"
     "要件４　現行の県南センター（横手市内、旧製材所跡地の建物）からの移設を不要とする提案も可とする。",
     "県南センター（横手市内、旧製材所跡地の建物）"),
    ("データセンターの要件は次のとおり。\n・現行の湖北ＩＸセンター（長浜市内）の継続利用を可とする。", "湖北ＩＸセンター（長浜市内）"),
    ("バックアップは週１回テープに取得しております。\n○委員　その件で。業者から、候補として「八王子の丘側のセンター」という名前が出ていると聞いた。",
     "「八王子の丘側のセンター」"),
])
def test_sites_named_where_sites_are_discussed(text, value):
    assert _covered(text, value), [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text", [
    "講演会は市民センター（横手市内）で開催する。",                       # a hall
    "地域の集会所は「みどり台センター」と呼ばれている。",                   # no site spoken of
    "サーバを更新した。会場は「市民交流センター」という名前の施設である。",   # a hall, though servers were named
    "物産展は県南センター（横手市内）で開かれる。",                         # no site spoken of
])
def test_the_same_forms_about_halls_or_outside_a_passage_on_sites(text):
    assert [f for f in _detector(R).detect(text) if f.label == "DATA_CENTER"] == []
