"""DATA_CENTER: a site's place described in a clause with the site (or what
it holds) as its topic and a locative predicate: the description is masked
when it narrows the place down, whatever its words; a generic one is none.
All places and names are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _dc(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text, value", [
    # land form and a relation to a landmark, in one clause
    ("データセンターは、土砂災害警戒区域の外、ゴルフ場の南隣にございます。", "土砂災害警戒区域の外、ゴルフ場の南隣"),
    ("データセンターは、標高の高い扇状地の扇頂部に位置しております。", "標高の高い扇状地の扇頂部"),
    # a contractor's facility by role as the topic
    ("委託事業者の施設は、県内最大の貯水池のほとりにございます。", "県内最大の貯水池のほとり"),
    # two descriptions one after another: each is kept
    ("データセンターは、市役所の北にある造成地で、国道から見える位置にございます。", "市役所の北にある造成地"),
    ("データセンターは、市役所の北にある造成地で、国道から見える位置にございます。", "国道から見える位置"),
    # media sent somewhere: the time before the place is left out
    ("バックアップ媒体は、毎週金曜日に、隣の市にある倉庫業者の保管庫へ搬送しております。", "隣の市にある倉庫業者の保管庫"),
    # the server room as the topic
    ("サーバ室は、議会棟の裏の平屋の建物にございます。", "議会棟の裏の平屋の建物"),
])
def test_a_described_place_of_a_site_is_masked(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text, not_value", [
    # a segment that narrows nothing is left out of the finding
    ("データセンターは、免震構造で、県北部の工業団地にございます。", "免震構造"),
    # another topic inside the clause: the place is that topic's, from after it
    ("住基系はさざなみ電算の港南DC、内部系は県内の旧変電所を改修した施設に置いている。", "住基系は"),
])
def test_what_does_not_place_the_site_stays_out(text, not_value):
    assert _dc(text) and not any(not_value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "データセンターは、安全性の高い建物にございます。",          # nothing narrows the place
    "サーバは国内にございます。",                                 # a country is no place of a site
    "データセンターは、24時間有人で運用しております。",            # no place at all
    "移行先は「未定」でございます。",                             # a state in quotes
    "図書館の新しい施設は、駅の近くにございます。",                # a facility, no site spoken of
    "市民センターは避難所です。同センターは、川のほとりにございます。",  # 同センター of a public hall
    "相手方の所在地は前橋市です。",                               # a company's address topic
])
def test_a_generic_or_unrelated_place_is_none(text):
    assert _dc(text) == [], _dc(text)


@pytest.mark.parametrize("text, value", [
    # the height said with a particle, a hazard zone in or out
    ("データセンターは県北の工業団地にあります。海抜は約50メートルで、近くに活断層はございません。", "海抜は約50メートル"),
    ("副センターの敷地は、土砂災害警戒区域の外、ため池の下流にございます。", "土砂災害警戒区域の外、ため池の下流"),
    # machines spread over two numbered sites of one operator
    ("サーバ群は、ほくと電算の第２センターと第３センターに分散しております。", "第３センター"),
])
def test_heights_zones_and_spread_sites(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "ハザードマップを更新し、浸水想定区域を全戸に周知いたします。",   # a zone, no site spoken of
    "職員を各課に分散して配置しております。",                       # spread, but staff, not machines
])
def test_zones_and_spreading_without_a_site_are_none(text):
    assert _dc(text) == [], _dc(text)


@pytest.mark.parametrize("text, value", [
    # a storeroom by its number, a centre with its number after the word
    ("媒体は第三書庫の鍵付きキャビネットに入れております。", "第三書庫"),
    ("サーバはしらさぎシステム株式会社のセンター2で稼働中です。", "しらさぎシステム株式会社のセンター2"),
    # a two-column table of label and value: where media are kept off site
    ("遠隔地保管\tこだま倉庫株式会社 宮原保管センター（埼玉県）", "こだま倉庫株式会社 宮原保管センター（埼玉県）"),
    ("保管場所\t東部出張所　倉庫", "東部出張所　倉庫"),
    # a contractor's name for its building, in quotes after the operator
    ("主系は、きらら通信工業株式会社の「東山ファシリティ」でございます。", "「東山ファシリティ」"),
    # a place of any name the facility is at; two topics side by side
    ("住民情報は、みずほ台にある事業者のセンターで管理しております。", "みずほ台にある事業者のセンター"),
    ("主センターは首都圏、副センターは関西圏に置かれています。", "首都圏"),
    # a server room with its floor and neighbour in brackets
    ("サーバー室（本庁舎２階・総務課隣）", "本庁舎２階・総務課隣"),
])
def test_storerooms_numbers_labels_and_parallel_topics(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "口座振替のデータは、みどり信用金庫に送付しております。",        # a bank named 金庫, no storeroom
    "第三書庫の整理を年度内に行う予定です。",                        # a storeroom, nothing kept in it
    "保管場所\t各課で定める",                                        # a label with no place
    "DC24Vの電源装置を購入します。",                                 # a model number, no site
])
def test_banks_bare_storerooms_and_models_are_none(text):
    assert _dc(text) == [], _dc(text)


@pytest.mark.parametrize("text, value", [
    # the second site by its part in continuity planning, the distance between two sites
    ("バックアップ拠点は、主拠点と同時に被災しないよう、九州地方の事業者施設を選定した。", "九州地方の事業者施設"),
    ("ゆうひ電算の湖西センターに置いております。両センター間の距離は約350kmでございます。", "距離は約350km"),
])
def test_continuity_sites_and_distances(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


def test_a_vague_place_before_a_facility_stays_vague():
    # 異なるプレート上: vague, REVIEW by the vague-hint rule, not made firm here
    kinds = [f.attributes.get("kind") for f in _detector(R).detect("副拠点は異なるプレート上にある拠点で、複製する。")]
    assert kinds == ["vague_hint"], kinds


@pytest.mark.parametrize("text, value", [
    # under a label for the second site, any named place; an operator's site under an audit's label
    ("（2）副たる設置場所　同社の大阪府北部の拠点", "同社の大阪府北部の拠点"),
    ("監査対象施設：株式会社ゆうなぎシステムズ　湾岸センター（神奈川県）", "株式会社ゆうなぎシステムズ　湾岸センター（神奈川県）"),
])
def test_labelled_sites(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "監査場所：本庁舎第3会議室",            # a venue under an audit's label
    "（2）副たる設置場所　各課で定める",      # a label with no place
])
def test_labelled_venues_are_none(text):
    assert _dc(text) == [], _dc(text)


@pytest.mark.parametrize("text, value", [
    # the answer to where a backup or a site is, stated alone
    ("○委員　バックアップはどこに置いてあるのか。\n○課長　隣の県でございます。", "隣の県"),
    ("○委員　データセンターはどの辺りにあるのか。\n○課長　詳細は申し上げられませんが、市の北部、山を一つ越えたあたりでございます。",
     "市の北部、山を一つ越えたあたり"),
    # both sites said again after they were named
    ("主系はあおい情報の松原DC、副系はあおい情報の竹田DCです。両センターとも免震構造でございます。", "両センター"),
])
def test_answers_and_both_sites_said_again(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text, value", [
    # a speaker named by office alone, with no ○: the label is no part of the place
    ("委員（田中）　バックアップはどこに置いてあるのか。\n総務課長（佐々木）　隣の県でございます。", "隣の県"),
    ("〇〇委員　サーバはどこにあるのか。\n情報政策課長　市役所から車で20分ほどの、国道沿いの民間の建物でございます。",
     "市役所から車で20分ほどの、国道沿いの民間の建物"),
])
def test_an_answer_after_an_office_label_is_the_place_alone(text, value):
    assert value in _dc(text) and not any("課長" in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "○委員　説明会の会場はどこか。\n○課長　市民会館でございます。",              # a where-question about a meeting
    "○委員　バックアップはどこに置いてあるのか。\n○課長　適切な場所でございます。",  # an answer naming no place
    "市民センターと保健センターの両センターとも休館します。",                      # both public halls
])
def test_answers_naming_no_site_are_none(text):
    assert _dc(text) == [], _dc(text)


@pytest.mark.parametrize("text, value", [
    # a region right before the site word, with an operator's role before it
    ("事業者の東日本拠点でデータを保管しております。", "東日本拠点"),
    ("サーバは同社の関西第2センターに置いています。", "関西第2センター"),
])
def test_a_region_right_before_the_site_word(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "関東センターで研修を受けました。",           # a region's centre where people were trained
    "東日本データセンター協会の会合に出席した。",   # a body named for data centres
])
def test_a_regions_centre_with_no_site_is_none(text):
    assert _dc(text) == [], _dc(text)


@pytest.mark.parametrize("text, site", [
    # the machines of operational systems (remote monitoring, cameras, the disaster radio) are sited
    # as servers are: the room and floor that hold them are a site
    ("浄水場の中央監視装置は管理棟２階の電気室に置いている。", "管理棟２階の電気室"),
    ("河川カメラの録画装置は土木事務所の１階倉庫に設置している。", "土木事務所の１階倉庫"),
])
def test_operational_machines_site_their_room(text: str, site: str) -> None:
    assert site in _dc(text)


@pytest.mark.parametrize("text", ["制御盤の更新工事を実施した。", "中継局の電波が弱い地区がある。", "監視装置の更新を検討する。"])
def test_operational_machines_without_a_place_are_no_site(text: str) -> None:
    assert _dc(text) == []
