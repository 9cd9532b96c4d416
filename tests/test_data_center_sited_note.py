"""DATA_CENTER: a generic site word (共同データセンター, 外部データセンター) with
where it stands in brackets after it is a site, the note with it: the note
names the building, the floor or the address an intruder would go to.
The sentences are made up."""
import pytest

from conftest import texts
from redactor.recognizers.data_center import DataCenterRecognizer as R


@pytest.mark.parametrize("text, expected", [
    ("校務のデータは、県の共同データセンター（県庁舎南館3階）に置かれたサーバに保存する。", "共同データセンター（県庁舎南館3階）"),
    ("サーバは市の外部データセンター（甲府市中央1丁目2番3号）に置いている。", "外部データセンター（甲府市中央1丁目2番3号）"),
])
def test_a_generic_site_with_its_place_in_brackets_is_a_site(text, expected):
    assert any(expected in t for t in texts(R, text)), texts(R, text)


@pytest.mark.parametrize("text", [
    # no place in the note: a status or a kind of service
    "サーバは外部データセンター（予定）に置く。",
    "サーバは共同データセンター（民間事業者のもの）を利用する。",
])
def test_a_generic_site_with_a_note_that_names_no_place_stays_unnamed(text):
    assert not [t for t in texts(R, text) if "データセンター" in t], texts(R, text)
