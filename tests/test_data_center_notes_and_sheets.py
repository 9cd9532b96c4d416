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
