import pytest

from conftest import found, texts
from redactor.recognizers.plate import PlateRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("相手方の普通乗用自動車（品川 330 さ 12-34）", "品川 330 さ 12-34", "private"),
    ("公用車（土浦 300 す 2-17）", "土浦 300 す 2-17", "official"),
    ("なにわ５００あ１２－３４", "なにわ５００あ１２－３４", "private"),
])
def test_plates(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["令和6年3月21日", "第2会議室 3号館", "金 100 円"])
def test_not_plates(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, kinds", [
    # an official word farther back does not make the party's plate public
    ("公用車が、相手方所有の軽自動車（多摩 580 ふ 12-09）に接触した。", ["private"]),
    ("相手方の車両（多摩 300 あ 12-34）と本市の公用車（多摩 800 す 10-01）", ["private", "official"]),
    ("市の清掃車（多摩 800 さ 22-33）が、停車中の相手方の普通乗用自動車（多摩 300 あ 12-34）に追突した。",
     ["official", "private"]),
    # the owner named in a bracket right after the plate, or a municipal vehicle's name
    ("多摩 800 す 10-01（公用車）", ["official"]),
    ("本市所有の道路パトロール車（多摩 800 す 10-01）", ["official"]),
    ("多摩 800 す 10-01の公用車が後退した。", ["official"]),
    ("庁有車（多摩 800 す 10-01）", ["official"]),
    ("相手方車両（多摩 300 あ 12-34）、公用車（多摩 800 す 10-01）", ["private", "official"]),
    # an official word in the sentence before does not reach into this one
    ("公用車は車庫にあった。相手方の車（多摩 300 あ 12-34）", ["private"]),
])
def test_the_owner_is_the_one_named_nearest_the_plate(text, kinds):
    assert [a["kind"] for _, a in found(R, text)] == kinds


@pytest.mark.parametrize("text", [
    "資料1と2を参照",          # a list: one-digit class, one-digit serial
    "資料 10 と 2",
    "第5回 20 を 30 に改める",
    "委員長 3 は 4",
    "横浜 500 が 12-34",        # voiced kana are never issued
    "品川 300 し 12-34",        # nor し
])
def test_numbers_joined_by_a_particle_are_not_plates(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text", ["品川 33 あ 1234", "多摩 5 あ 1234", "品川 300 さ 12", "練馬 330 わ ・123"])
def test_older_and_short_plates(text):
    assert [t for t, _ in found(R, text)] == [text]


@pytest.mark.parametrize("text, value", [
    ("事故の相手方車両（さくら台 500 あ 12-34）と接触した。", "さくら台 500 あ 12-34"),
    ("相手方車両がつつじ野300さ1234に追突した。", "つつじ野300さ1234"),   # after a particle
])
def test_a_place_name_of_kana_then_kanji_is_read_whole(text, value):
    assert [t for t, _ in found(R, text)] == [value]


@pytest.mark.parametrize("text", [
    "もみじ台 2 丁目 12-34 の公園",       # an address, no plate kana
    "たんぽぽ組 30 名が参加した。",
    "すみれ台 500 が 12-34",              # が is never on a plate
])
def test_kana_then_kanji_names_without_a_plate_shape_are_not_plates(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, value", [
    ("相手方の自家用車（霞ノ丘 530 ね 7-12）に接触", "霞ノ丘 530 ね 7-12"),
    ("車両番号 袖ケ浦 300 さ 41-08", "袖ケ浦 300 さ 41-08"),
])
def test_place_names_with_no_or_ke_inside(text, value):
    assert value in texts(R, text)


def test_a_word_ending_in_kana_no_is_no_place_name():
    assert texts(R, "資料ノ 300 さ 12") == []


@pytest.mark.parametrize("text, kinds", [
    # an official word names the plate's vehicle only when attached to it
    ("公用車に追突した乗用車（多摩 300 あ 12-34）", ["private"]),
    ("市の清掃車が後退し、停車中の車（多摩 500 ね 7-12）に接触した。", ["private"]),
    # near misses: the official vehicle itself, with its kind or a label between
    ("本市所有の軽自動車（車両番号：多摩 480 け 12-34）", ["official"]),
    ("市の清掃車（車両番号 多摩 800 す 1-23）", ["official"]),
    ("ごみ収集車（多摩 800 す 1-23）", ["official"]),
])
def test_an_official_word_counts_only_for_its_own_vehicle(text, kinds):
    assert [a["kind"] for _, a in found(R, text)] == kinds



@pytest.mark.parametrize("text, value", [
    # the serial's hyphen typed as a middle dot, as some forms print it
    ("相手方車両は「所沢 ５００ て １１・２２」であった。", "所沢 ５００ て １１・２２"),
    # the serial after the plate's word and 末尾 without a count of digits
    ("当該車両（ナンバー末尾４５－６７）を確認した。", "４５－６７"),
])
def test_plate_serials_written_other_ways(text, value):
    assert value in [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", ["資料１・２を参照", "ナンバー制度の説明は第１２・１３条"])
def test_a_dot_between_numbers_alone_is_no_plate(text):
    assert not found(R, text)

@pytest.mark.parametrize("text, kinds", [
    # the municipality's own bus: a 事業用 kana (か, あ …) in a document of its own transit
    ("町営バスの事故について\n３　当該車両　　多摩 200 か 31-07（北営業所）", ["official"]),
    ("市交通局　車両故障報告\n車両　品川 230 あ 10-02", ["official"]),
    # near misses: a party named before it; a private kana; no transit of the municipality
    ("町営バスの事故について\n相手方車両　多摩 200 か 31-07", ["private"]),
    ("町営バスの事故について\n当該車両　多摩 500 さ 31-07", ["private"]),
    ("事故の報告\n当該車両　多摩 200 か 31-07", ["private"]),
])
def test_the_municipalitys_own_bus(text, kinds):
    assert [a["kind"] for _, a in found(R, text)] == kinds


@pytest.mark.parametrize("text", [
    "市営バスと衝突したタクシー（多摩 500 あ 12-34）の運転者が負傷した。",
    "市営バスの事故について\n追突した運送会社のトラック　多摩 100 か 55-01",
])
def test_another_carriers_plate_beside_the_municipalitys_bus_stays_private(text):
    assert [a["kind"] for _, a in found(R, text)] == ["private"]
