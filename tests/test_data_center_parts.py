"""DATA_CENTER: the parts of a site said after a comma, in Latin letters, by
an operator in speech, in a field of a form or a row drawn with bars, and a
company's store by its place. A part left out leaks as much as a miss. All
names and places are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = _spans(text)
    return all(any(a <= k < b for a, b in spans) for k in range(start, start + len(value)))


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in _spans(text)]


@pytest.mark.parametrize("text, value", [
    # the building or floor after a comma or 内
    ("サーバーは、株式会社ことり情報の白河第2センター、D棟の2階に置いております。", "株式会社ことり情報の白河第2センター、D棟の2階"),
    ("サーバはあけぼのデータ株式会社の北見データセンター内、6階の専用区画を借りております。",
     "あけぼのデータ株式会社の北見データセンター内、6階の専用区画"),
    # a site in Latin letters by its letter, with a Latin place in brackets
    ("本番環境：Mori Cloud Kobe Site C", "Mori Cloud Kobe Site C"),
    ("Backups are kept at Minami Data Center 3 (Kagoshima).", "Minami Data Center 3 (Kagoshima)"),
    ("サーバはEastWorks社のNagano DCに設置している。", "EastWorks社のNagano DC"),
    # the operator said in speech (…という会社の, …が持っている)
    ("サーバーは、多賀城市にございます、みやぎ電算という会社のデータセンターに預けております。",
     "多賀城市にございます、みやぎ電算という会社のデータセンター"),
    ("サーバーは、つばめ電算が持っている稚内のセンターで動いております。", "つばめ電算が持っている稚内のセンター"),
    # a company's store by its place, where media are sent
    ("バックアップテープは毎月株式会社かもしか運輸の草加倉庫へ搬送している。", "株式会社かもしか運輸の草加倉庫"),
    # a row drawn with bars, a site's part in the system as the label
    ("| 項目 | 内容 |\n| 主拠点 | しらさぎ電算株式会社 室蘭センター |\n| 副拠点 | 同社 網走センター（オホーツク地方） |\n",
     "しらさぎ電算株式会社 室蘭センター"),
    ("| 項目 | 内容 |\n| 主拠点 | しらさぎ電算株式会社 室蘭センター |\n| 副拠点 | 同社 網走センター（オホーツク地方） |\n",
     "同社 網走センター（オホーツク地方）"),
    ("・待機環境：ひので情報 松江第1センター 2階", "ひので情報 松江第1センター 2階"),
])
def test_parts_of_a_site(text, value):
    assert _covered(text, value), _texts(text)


@pytest.mark.parametrize("text, word", [
    # what follows a comma that is no floor or building of the site
    ("バックアップは株式会社ことり情報の白河第2センターに置き、3日分だけ手元に残しております。", "3日分"),
    # a role label whose value names no place, a row's label is no cell
    ("本番系：稼働中\n待機系：停止中\n", "稼働中"),
    ("・待機系：コールドスタンバイ（センター側で保管）\n", "スタンバイ"),   # a note in brackets names no place
    ("| 項目 | 内容 |\n| 主拠点 | しらさぎ電算株式会社 室蘭センター |\n| 副拠点 | 同社 網走センター |\n", "副拠点"),
    # a store with no owner named; a company's store where no media are put
    ("テープは委託先の倉庫に保管している。", "倉庫"),
    ("防災用品は株式会社かもしか運輸の草加倉庫に保管している。", "草加倉庫"),
    # an operator before the verb of running: the site's name starts after it
    ("現行システムは、あかね試験株式会社が運営するあかね試験第三データセンターで稼働しております。", "あかね試験株式会社"),
])
def test_near_misses(text, word):
    assert not [t for t in _texts(text) if word in t], _texts(text)


def test_a_tail_after_a_comma_is_a_floor_or_building_with_its_number():
    """、3階建て is the size of the building and 、地下鉄 a railway: no floor of
    the site (other rules judge them as descriptions of the place)."""
    from redactor.recognizers.data_center import _SITE_TAIL
    assert _SITE_TAIL.match("、C棟の3階に") and _SITE_TAIL.match("、C棟の3階に").group(0) == "、C棟の3階"
    assert not _SITE_TAIL.match("、3階建ての建物")
    assert not _SITE_TAIL.match("、地下鉄の駅")


@pytest.mark.parametrize("text, value", [
    # a site's name as a column, the place under 所在 in its row; a hint stays in its cell
    ("表1　利用するデータセンター\n区分\t拠点名\t所在\t備考\n主\tあけび電算 今治センター\t愛媛県東部\t免震\n", "あけび電算 今治センター"),
    # a company's store by the company alone, its municipality in kana in brackets
    ("媒体は毎週金曜日に株式会社こだまロジの保管庫（さいたま市）へ預けている。", "株式会社こだまロジの保管庫（さいたま市）"),
    # a Latin store with its building
    ("The backup tapes are stored at Kaede Storage Center, Building D.", "Kaede Storage Center, Building D"),
    # a landmark's side, a dam's downstream, a place and what the building was
    ("データセンターは空港の西側にございます。", "空港の西側"),
    ("機器は海沿いの工業地帯にある、元は製材所だった建物に収容されている。", "海沿いの工業地帯にある、元は製材所だった建物"),
])
def test_more_parts_of_a_site(text, value):
    assert _covered(text, value), _texts(text)


def test_a_hint_ends_at_its_cell():
    text = "表1　利用するデータセンター\n区分\t拠点名\t所在\t備考\n主\tあけび電算 今治センター\t愛媛県東部\t免震\n"
    assert not [t for t in _texts(text) if "免震" in t], _texts(text)


def test_a_sentence_after_a_role_label_is_read_as_a_sentence():
    """(2) 副系　…に複製している。: the item's label and a sentence, not a field;
    the sentence rules find the site, the verb is no part of it."""
    text = "(2) 副系　同社の新潟県柏崎市内の施設に日次で複製している。\n"
    found = _texts(text)
    assert any("柏崎市内の施設" in t for t in found), found
    assert not [t for t in found if "複製している" in t], found


def test_a_flood_zone_in_or_out_is_part_of_a_site_s_description():
    """In or out of a flood zone, said with the rest of where a site is, it
    narrows the site down with the rest: masked with it (fail closed)."""
    assert _covered("データセンターは、海に近い低地にあり、津波の浸水想定区域内でございます。", "津波の浸水想定区域内")
    assert any("区域外" in t for t in _texts("データセンターは県北部の工業団地内にあり、浸水想定区域外でございます。"))


def test_a_quoted_description_is_no_nickname():
    found = [f for f in _detector(R).detect("サーバは「県外の民間データセンター」に置いている。") if f.label == "DATA_CENTER"]
    assert not [f for f in found if f.reason == "拠点の通称"], [(f.text, f.reason) for f in found]
    assert [f for f in _detector(R).detect("サーバは「みなと北センター」に置いている。") if f.reason == "拠点の通称"]


def test_a_heading_row_with_a_place_column_asks_nothing():
    """A CSV heading row holding 所在地 is no question about where a site is:
    a company's address with 工業団地 in the row under it is no site, and a
    hint never runs over a cell's comma."""
    text = ('"No","交付先","代表者","所在地","事業内容"\n'
            "1,株式会社みずき精工,代表取締役 岡 一郎,北川町工業団地3番地,設備導入\n")
    assert _texts(text) == [], _texts(text)
    asked = "○委員　データセンターの所在地を伺います。\n○課長　県北部の工業団地内でございます。\n"
    assert _covered(asked, "県北部の工業団地内"), _texts(asked)
    cells = "No,拠点名,所在\n1,あけび電算 今治センター,愛媛県東部の工業団地内,免震\n"
    assert "愛媛県東部の工業団地内" in _texts(cells), _texts(cells)
