"""DATA_CENTER: a site's place said in pieces is masked whole (session 13).

A segment before a comma that narrows the place (a distance or a time from a
landmark, a stretch of a river), an owner before the site, the joint between
two pieces; a cloud region named by its place; a yes/no question about where
a site is, answered by a place. Each
rule with a near miss. All names, places and numbers are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _dc(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(f.start, f.end) for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]
    return all(any(a <= k < b for a, b in spans) for k in range(start, start + len(value)))


@pytest.mark.parametrize("text, value", [
    # a time by car with a direction, then the place: one description
    ("データセンターは、市役所から車で東へ20分、山の中腹にある旧保養所でございます。", "市役所から車で東へ20分、山の中腹にある旧保養所"),
    # a bearing from a landmark, then the drive and the land form
    ("データセンターは、駅から見て南西の方角、車で1時間ほどの山間部にございます。", "駅から見て南西の方角、車で1時間ほどの山間部"),
    # a stretch of a river (…の下流側), then the road
    ("データセンターは、ダム湖の下流側、県道沿いのトンネルを抜けたところにございます。", "ダム湖の下流側、県道沿いのトンネルを抜けたところ"),
    # a distance from a landmark before a hint of the hazard map
    ("主系のサーバは委託先の施設に置いております。同施設は、変電所から約5キロ、土砂災害警戒区域の外にございます。",
     "変電所から約5キロ、土砂災害警戒区域の外"),
])
def test_a_segment_before_a_comma_is_part_of_the_place(text, value):
    assert _covered(text, value), _dc(text)


@pytest.mark.parametrize("text, value", [
    # an owner named by what it is, before the site
    ("住民記録のサーバは、大手通信事業者の首都圏のデータセンターに設置しております。", "大手通信事業者の首都圏のデータセンター"),
    # an owner as the subject of having a site in a region
    ("副系のサーバーは、受託事業者が近畿地方に保有する施設に設置しています。", "受託事業者が近畿地方に保有する施設"),
    # a region and the site joined by an attributive verb and a comma
    ("待機系のサーバは、本州の日本海側にある、同社の第2拠点に置いております。", "本州の日本海側にある、同社の第2拠点"),
])
def test_an_owner_and_a_joint_are_part_of_the_site(text, value):
    assert _covered(text, value), _dc(text)


@pytest.mark.parametrize("text, value", [
    # the set the site is picked from, before it, and what the place is the site of, after it
    ("主系の機器は、委託先が契約しているデータセンターのうち、当市が利用している「みさき第２センター」４階に置くこと。",
     "委託先が契約しているデータセンターのうち、当市が利用している「みさき第２センター」４階"),
    ("バックアップは、県内の事業者が運営する施設のうち、海から20km以上離れた盆地の工業団地内に立地する施設で保管しております。",
     "県内の事業者が運営する施設のうち、海から20km以上離れた盆地の工業団地内に立地する施設"),
    # an operator that is a cooperative, before a quoted name
    ("各システムは、県電算事業協同組合の「浜北データセンター」でお預かりいただいております。",
     "県電算事業協同組合の「浜北データセンター」"),
])
def test_the_set_a_site_is_picked_from_and_its_operator_are_part_of_it(text, value):
    assert _covered(text, value), _dc(text)


def test_a_set_of_sites_alone_is_no_site():
    assert _dc("データセンターのうち、どこを選ぶかは今後検討いたします。") == []


@pytest.mark.parametrize("text, value", [
    # not a comma-part that narrows nothing: a time of day before the place
    ("バックアップは、毎日午前2時に、約300キロ離れた同社の施設へ転送しております。", "毎日午前2時に"),
    # not a list's other item: each site of a list stays its own
    ("点検場所　本庁舎別館3階　電算室、西公民館2階　旧放送室", "点検場所"),
])
def test_near_misses_of_joining_are_left_out(text, value):
    start = text.index(value)
    spans = [(f.start, f.end) for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]
    assert not any(a <= start < b for a, b in spans), _dc(text)


@pytest.mark.parametrize("text, value", [
    ("障害時には大阪リージョンへ切り替えます。", "大阪リージョン"),
    ("・本番環境：東日本リージョン（東京）", "東日本リージョン（東京）"),
    # with the cloud it is of, the bracket opened there closed after it
    ("移行先はガバメントクラウド（AWS東京リージョン）でございます。", "ガバメントクラウド（AWS東京リージョン）"),
    ("ガバメントクラウドは、AWSのアジアパシフィック（東京）リージョンを利用します。", "AWSのアジアパシフィック（東京）リージョン"),
    ("Google Cloudの東京リージョンで稼働させます。", "Google Cloudの東京リージョン"),
    ("障害時は大阪のリージョンに切り替わります。", "大阪のリージョン"),
    # two at once, in Latin letters
    ("データは東京・大阪の両リージョンに保管します。", "東京・大阪の両リージョン"),
    ("本番はJapan East、待機はJapan Westとします。", "Japan West"),
    ("AWSのTokyo Regionを利用します。", "AWSのTokyo Region"),
])
def test_a_cloud_region_named_by_its_place(text, value):
    assert _covered(text, value), _dc(text)


@pytest.mark.parametrize("text", [
    "複数リージョンへの分散は今後検討いたします。",        # no place named
    "別リージョンへの切替訓練を年1回行っております。",
    "地域（region）ごとに集計した。",
])
def test_a_region_without_its_place_needs_a_site(text):
    assert _dc(text) == [], _dc(text)


def test_a_yes_no_question_about_a_site_is_answered_by_its_place():
    text = "委員　データセンターは川の近くではないか。\n課長　川からは2キロほど離れた、一段高い段丘の上でございます。"
    assert _covered(text, "川からは2キロほど離れた、一段高い段丘の上"), _dc(text)
    # near miss: the answer names no place
    text = "委員　データセンターは安全なのか。\n課長　十分な対策を講じた建物でございます。"
    assert not any("建物" in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text, value", [
    # a place heard, not seen: …付近だと聞いております
    ("事業者のデータセンターは、大きな寺の山門の入口付近だと聞いております。", "大きな寺の山門の入口付近"),
    # a site built somewhere: …に整備されました
    ("新しいデータセンターは、臨海部の倉庫群の一角に整備されました。", "臨海部の倉庫群の一角"),
    # a land form of a town (山手) before a comma
    ("委託先のデータセンターは、市の西の山手、配水池に隣接した敷地に建っております。", "市の西の山手、配水池に隣接した敷地"),
    # the operator said again, a comma, then its region
    ("副系は、同社の、北陸圏にあるもう一つのセンターでございます。", "同社の、北陸圏にあるもう一つのセンター"),
])
def test_more_forms_of_a_place(text, value):
    assert _covered(text, value), _dc(text)


@pytest.mark.parametrize("text", [
    "研修センターは、駅の付近だと聞いております。",          # a hall, no site spoken of
    "新しい図書館は、来年度中に整備されます。",            # a public building built, no place named
])
def test_more_forms_near_misses(text):
    assert _dc(text) == [], _dc(text)


def test_an_operator_across_a_comma():
    text = "サーバーは、民間事業者であるあさひ電算の、隣の市にあるデータセンターに預けております。"
    assert _covered(text, "あさひ電算の、隣の市にあるデータセンター"), _dc(text)
    # near miss: a clause before the comma is no operator
    text = "サーバーは、昨年度に更新し、隣の市にあるデータセンターに預けております。"
    assert not _covered(text, "昨年度に更新し"), _dc(text)
