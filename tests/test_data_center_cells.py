"""DATA_CENTER, by grammar rather than wording (issue 12): a table cell under
a column that says where equipment stands, a room named by a letter or a
number after the site's floor, the building between a site's name and its
floor, and a site said again as the topic of its place description. Each
rule has a near miss. Every name here is made up."""
import pytest

from conftest import texts
from redactor.recognizers.data_center import DataCenterRecognizer as R


@pytest.mark.parametrize("text, value", [
    # a cell under a location column, tab- or space-aligned
    ("機器\t台数\t設置場所\nファイルサーバ\t2台\t北浜第3センター2階A室", "北浜第3センター2階A室"),
    ("媒体　　本数　　保管先\nLTOテープ　　8本　　旧給食棟の地下倉庫", "旧給食棟の地下倉庫"),
    ("装置名\t設置先\n認証サーバ\t別館5F", "別館5F"),
    # a room named by a letter or a number after the floor
    ("基幹系サーバは、あさひ第1センター4階D室に設置しております。", "あさひ第1センター4階D室"),
    ("予備機はかもめ第2センター3階301号室に置いています。", "かもめ第2センター3階301号室"),
    # the building between the site's name and its floor: one span, no gap
    ("設置場所：株式会社やまばと電算　港南第2センター　東館6階　サーバルームB",
     "株式会社やまばと電算　港南第2センター　東館6階　サーバルームB"),
])
def test_site_by_structure(text, value):
    assert value in texts(R, text), texts(R, text)


@pytest.mark.parametrize("text", [
    # a location column holding the city's own building in general, or none
    "機器\t台数\t設置場所\nノートパソコン\t20台\t庁内\nプリンタ\t2台\t未定",
    # an address column of a list of contractors: their offices, not a site
    "事業者名\t所在地\n株式会社やまばと電算\t港南市東町2-3-4",
    # a column of who, not where
    "機器\t台数\t担当課\nノートパソコン\t20台\t総務課",
])
def test_not_a_site(text):
    assert texts(R, text) == [], texts(R, text)


def test_a_site_said_again_is_the_subject_of_its_place():
    text = ("住民情報システムは民間のデータセンターで稼働しております。\n"
            "同センターは、市の南を流れる川から西へ約4キロ、標高30メートルほどの丘陵地にあります。")
    found = texts(R, text)
    assert any(t.startswith("同センターは、") and "丘陵地" in t for t in found), found


def test_a_public_centre_said_again_places_no_site():
    text = "市民センターは指定避難所です。同センターは、市役所から北へ約2キロの高台にあります。"
    assert texts(R, text) == [], texts(R, text)


@pytest.mark.parametrize("text, values", [
    # the value of a label of where work on equipment is done
    ("点検場所　港北市役所　本庁舎別館3階　電算室、南公民館2階　旧放送室（支所系ラック）",
     {"港北市役所　本庁舎別館3階　電算室", "南公民館2階　旧放送室（支所系ラック）"}),
    ("利用場所　東浜第2センター及び本庁舎別館3階電算室", {"東浜第2センター", "本庁舎別館3階電算室"}),
    # a vendor's own numbered centre, with its town in brackets
    ("3.1　主拠点\n　当社の西日本第3センター（姫路）を使用します。", {"西日本第3センター（姫路）"}),
    ("委託先の北浜第2センターは免震構造です。", {"委託先の北浜第2センター"}),
])
def test_site_by_label_or_role(text, values):
    assert values <= set(texts(R, text)), texts(R, text)


@pytest.mark.parametrize("text", [
    # a venue or a road after a work-place label: no equipment named
    "実施場所　本庁舎3階　第1会議室",
    "点検場所：市道12号線（港南橋付近）",
    # the vendor's own office, not a site
    "当社の第2営業所で打合せを行います。",
    "当社の本社ビル5階で説明会を行います。",
])
def test_no_site_by_label_or_role(text):
    assert texts(R, text) == [], texts(R, text)


def test_a_status_in_brackets_is_no_town():
    got = texts(R, "委託先の北浜第2センター（仮称）は免震構造です。")
    assert got and not any("（仮称）" in t for t in got), got


@pytest.mark.parametrize("text, value", [
    # an IT operator's facility described by its neighbour town and landmarks, one span
    ("移転先はどこか。\n○情報課長　みなと情報システム株式会社の施設で、隣の港北市の、県道12号沿い、浄水場の南側でございます。",
     "隣の港北市の、県道12号沿い、浄水場の南側"),
    # a building said as "the one" after what it was
    # (with the landmark before it, one description: 市役所の裏手、旧保健所の…)
    ("現在のサーバーは、市役所の裏手、旧保健所の建物を改修したものに置いてございます。", "市役所の裏手、旧保健所の建物を改修したもの"),
])
def test_site_described(text, value):
    assert value in texts(R, text), texts(R, text)


@pytest.mark.parametrize("text", [
    "旧保健所の建物を改修したものを子育て支援の拠点として使います。",
    "隣の港北市の、県道12号沿いに新しい道の駅ができます。",
    "みなと情報システム株式会社の研修施設は、駅の南側にあります。",
])
def test_not_a_site_described(text):
    assert texts(R, text) == [], texts(R, text)
