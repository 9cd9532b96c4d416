"""DATA_CENTER read whole at its brackets and from a colocation sheet (issue 12, session 18):
a site found from inside its bracketed note is read from the name before the bracket, a note
cut inside is read to its close, and a contract sheet's centre and cage (センター：…, 区画：…)
are sites when the value names a numbered site, a rack or a cage. The sentences are made up."""
import pytest

from conftest import texts
from redactor.recognizers.data_center import DataCenterRecognizer as R


@pytest.mark.parametrize("text, value", [
    # the locative reads back from に to the bracket: the name before it is the site's
    ("基幹系サーバは、現行の東濃情報センター（多治見市内、旧工場跡地の建物）に設置している。",
     "東濃情報センター（多治見市内、旧工場跡地の建物）"),
    ("基幹系サーバは、現行の東濃ＩＸセンター（多治見市内、旧工場跡地の建物）に設置している。",
     "東濃ＩＸセンター（多治見市内、旧工場跡地の建物）"),
])
def test_a_site_read_from_inside_its_note_takes_its_name(text, value):
    got = texts(R, text)
    assert value in got, got


SHEET = ("ハウジング月次報告\n"
         "■ご契約内容\n"
         "　センター：アルファ大阪第３センター（OSA3）\n"
         "　区画：2F Room-A ケージ番号 A-12\n"
         "　ラック：2架（A-12-01～02）\n"
         "■当センターの概要\n"
         "　所在：大阪府吹田市内、千里丘陵の東側（駅から徒歩約8分）\n"
         "　建物：地上4階建て、免震構造\n")


def test_a_colocation_sheet_names_its_centre_its_cage_and_its_place_whole():
    got = texts(R, SHEET)
    for value in ("アルファ大阪第３センター（OSA3）", "2F Room-A ケージ番号 A-12",
                  "大阪府吹田市内、千里丘陵の東側（駅から徒歩約8分）"):
        assert value in got, got


@pytest.mark.parametrize("text", [
    "■窓口\n　センター：市民活動センター\n　区画：駐輪場の東側\n",   # a public centre, a parking section
    "■会場\n　センター：中央公民館\n",
])
def test_a_sheet_of_public_places_names_no_site(text):
    assert texts(R, text) == [], texts(R, text)


@pytest.mark.parametrize("text, value", [
    # a nickname said right before the site it names is masked with it
    ("予備機は、「つばめ」と呼んでいる東北データ株式会社の盛岡第２センターに置いている。",
     "「つばめ」と呼んでいる東北データ株式会社の盛岡第２センター"),
    # rooms of the network's and the radio's equipment, with their floor
    ("携帯電話が不通の場合は、水道局２階の防災無線室に集合し、衛星電話で連絡する。", "水道局２階の防災無線室"),
    ("回線は１階のMDF室から引き込んでいる。", "１階のMDF室"),
])
def test_a_site_with_its_nickname_and_rooms_of_equipment(text, value):
    got = texts(R, text)
    assert value in got, got


@pytest.mark.parametrize("text", [
    "「つばめ」と呼ばれる特急が盛岡まで走っている。",   # a nickname of a train, no site
    "無線室の清掃は業者に委託している。",                # a room with no place of its own
])
def test_a_nickname_or_a_room_alone_is_no_site(text):
    assert texts(R, text) == [], texts(R, text)


SITE_SHEET = ("ハウジング報告\n"
              "■ご契約内容\n"
              "　ラック：2架\n"
              "■当センターの概要（ご担当者様限り）\n"
              "　所在：神奈川県川崎市麻生区内、新百合ヶ丘地区の南側（最寄り駅から徒歩約10分）\n"
              "　建物：地上3階建て\n")


def test_the_place_on_a_sites_own_sheet_is_read_whole():
    got = texts(R, SITE_SHEET)
    assert "神奈川県川崎市麻生区内、新百合ヶ丘地区の南側（最寄り駅から徒歩約10分）" in got, got
    # whatever the sheet's label for the place (所在地, 立地, 住所: the data's labels)
    got = texts(R, SITE_SHEET.replace("所在：", "所在地："))
    assert "神奈川県川崎市麻生区内、新百合ヶ丘地区の南側（最寄り駅から徒歩約10分）" in got, got


@pytest.mark.parametrize("text", [
    "■保健センターの概要\n　所在：神奈川県川崎市麻生区万福寺1-1\n　開館：9時\n",   # a hall's sheet
    "■当センターの概要\n　所在：神奈川県川崎市麻生区万福寺1-1\n　開館：9時\n",       # no machines housed
    "■受託者の概要\n　所在地：神奈川県川崎市麻生区万福寺1-1\n",                       # a company's office
])
def test_a_place_under_another_heading_is_not_a_sites(text):
    assert texts(R, text) == [], texts(R, text)
