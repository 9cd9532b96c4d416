"""DATA_CENTER: the building that houses a site, said again as the topic of
the next sentence and described by what it faces, what it was and the
hazard of its place (recognizers/_site_host.py). Near misses: the same
description of a building with no room of machines in it, and a building
said again with nothing that narrows it down. The sentences are made up."""
import pytest

from conftest import texts
from redactor.recognizers.data_center import DataCenterRecognizer as R


def test_the_building_of_a_server_room_described_is_masked_with_its_hazard():
    text = "サーバ室は、別館1階の旧書庫を転用している。別館は県道沿いに面した旧保健所の建物であり、半地下のため、台風時の浸水のおそれがある。"
    assert "別館は県道沿いに面した旧保健所の建物であり、半地下のため、台風時の浸水のおそれがある" in texts(R, text)


def test_the_building_described_by_its_former_use_alone():
    text = "電算室は北棟の地下にある。北棟は、かつての消防本部の庁舎である。"
    assert any("消防本部の庁舎" in t for t in texts(R, text))


@pytest.mark.parametrize("text", [
    # a building of the town: no room of machines in it
    "図書館は北棟にある。北棟は駅前通りに面した旧消防庁舎である。",
    "会議は別館で行う。別館は駅前通りに面した旧郵便局の建物です。",
])
def test_a_building_with_no_site_in_it_is_none(text):
    assert not any("旧" in t for t in texts(R, text)), text


def test_a_building_said_again_with_nothing_that_narrows_it_is_none():
    text = "サーバ室は別館2階にある。別館は、土日は閉館です。"
    assert not any("閉館" in t for t in texts(R, text))


@pytest.mark.parametrize("text, place", [
    # an item number before a bare safe is the list's: no place is named
    ("復旧手順\n（1）金庫に保管したバックアップテープを西部支所へ運ぶ。", None),
    # with a floor or a building the place is named, less the item number
    ("手順\n（1）別館3階の書庫に保管したテープを運ぶ。", "別館3階の書庫"),
])
def test_an_item_number_is_no_part_of_a_place(text, place):
    found = texts(R, text)
    assert not any(t.startswith("（") for t in found), found
    if place:
        assert place in found


def test_a_rooms_former_use_in_brackets_is_part_of_the_site():
    assert "北棟2階 電算室（旧第3会議室）" in texts(R, "設置場所は本庁舎 北棟2階 電算室（旧第3会議室）とする。")


def test_a_hall_with_its_former_use_is_no_site():
    assert not texts(R, "市民交流センター（旧公民館）で説明会を開く。")


def test_the_facility_after_a_sites_municipality_is_part_of_it():
    assert "盛岡市内の遠隔保管庫" in texts(R, "バックアップテープの保管先は、盛岡市内の遠隔保管庫とする。")


def test_a_hall_in_a_sites_municipality_said_later_is_no_site():
    found = texts(R, "データセンターは前橋市にある。前橋市の公民館で説明会を開いた。")
    assert not any("公民館" in t for t in found), found


@pytest.mark.parametrize("text, near_miss", [
    ("新しいサーバが置かれるデータセンターは、住民記録システムの移行先と同じ建物である。",
     "データセンターは、同じ建物である。"),
    ("サーバ室は、旧システムの設置先と同じフロアです。", "会場は、昨年の説明会と同じ建物です。"),
])
def test_a_site_placed_where_another_stands(text, near_miss):
    assert any("と同じ" in t for t in texts(R, text)), text
    assert not texts(R, near_miss), near_miss
