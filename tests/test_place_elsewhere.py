"""PLACE outside the municipality and a facility's side as a place (made-up
text): another city or prefecture where someone lives or came from, with the
words that name no particular one side by side; a transfer-in with its month
is high and generalises to another municipality; an unnamed facility's
front or side as the place of an event or a home, not a plan or a duty."""
import pytest

from conftest import found
from redactor.pipeline import Redactor
from redactor.recognizers._place_elsewhere import names
from redactor.recognizers.place import PlaceRecognizer


@pytest.mark.parametrize("text, value, kind", [
    ("その方の次女は神奈川県に居住しております。", "神奈川県", "elsewhere"),
    ("弟さんは名古屋市内に住んでいるとのこと。", "名古屋市内", "elsewhere"),
    ("長男は京都で暮らしている。", "京都", "elsewhere"),
    ("請求人は昨年４月に兵庫県姫路市から転入した。", "兵庫県姫路市", "origin"),
    ("一家は広島市安佐南区から転居してきた。", "広島市安佐南区", "origin"),
])
def test_another_municipality_a_person_lives_in_or_came_from(text, value, kind):
    kinds = {t: a["kind"] for t, a in found(PlaceRecognizer, text)}
    assert kinds.get(value) == kind


@pytest.mark.parametrize("text", [
    "長女は県外在住である。",            # no particular place
    "同市在住の方から意見があった。",      # the one named before
    "隣町に住む親戚を頼った。",
    "北区に住む男性から電話があった。",    # the municipality's own 区: place.py's town reading
    "全国から転入した世帯は１２０世帯。",
])
def test_words_that_name_no_other_municipality(text):
    assert names(text) == []


def _high(text):
    return [s for s in Redactor().check(text).risk if s.level == "high"]


def test_a_transfer_in_with_its_month_is_high_and_generalises():
    text = "申出人は令和４年１０月に岐阜県大垣市から転入し、現在は母と二人で暮らしている。\n"
    high = _high(text)
    assert high and "転入元と転入の時期" in high[0].why
    out = Redactor().redact(text, generalize=True).text
    assert "岐阜県大垣市" not in out and "他の市町村から転入" in out
    assert not _high(out)  # re-checked


def test_a_relative_elsewhere_or_a_count_of_transfer_ins_stays_low():
    assert not _high("長男は大阪府に居住しており、年に一度帰省する。\n")
    assert not _high("令和４年度は、県外から転入した世帯が１２０世帯ありました。\n")


@pytest.mark.parametrize("text, value", [
    ("事故は中学校前の交差点で起きた。", "中学校前の交差点"),
    ("男性は郵便局付近の路上で倒れていた。", "郵便局付近の路上"),
    ("その方は寺の裏の一軒家にお住まいです。", "寺の裏の一軒家"),
    ("対象者は浜通り地区にお住まいです。", "浜通り地区"),
])
def test_a_facility_side_or_a_street_district_is_a_small_area(text, value):
    kinds = {t: a["kind"] for t, a in found(PlaceRecognizer, text)}
    assert kinds.get(value) == "small_area"


@pytest.mark.parametrize("text", [
    "各保育園前で旗振りを行う。",              # every one of them
    "小学校前の横断歩道の設置を要望する。",      # a plan, no event there
    "郵便局の前に集合してください。",
])
def test_a_facility_named_in_a_plan_or_for_all_is_no_place(text):
    assert not [t for t, a in found(PlaceRecognizer, text) if a.get("category") == "facility_spot"]


@pytest.mark.parametrize("text, value", [
    ("相談者のお宅は谷あいの集落の一番奥の家です。", "集落の一番奥の家"),
    ("被害に遭ったのは手前から２軒目のお宅でした。", "手前から２軒目のお宅"),
    ("突き当たりの家に一人で住んでいる。", "突き当たりの家"),
])
def test_a_home_placed_by_its_position_in_a_row_is_a_small_area(text, value):
    kinds = {t: a["kind"] for t, a in found(PlaceRecognizer, text)}
    assert kinds.get(value) == "small_area"


@pytest.mark.parametrize("text", [
    "会場の一番奥の席に座った。",             # a seat, no home
    "各集落の一番奥の家まで配布する。",        # every settlement's
])
def test_a_position_of_no_home_or_of_every_one_is_no_place(text):
    assert not [t for t, a in found(PlaceRecognizer, text) if a.get("category") == "house_position"]
