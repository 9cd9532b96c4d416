"""DATA_CENTER: forms a site takes in text nobody tuned to -- the operator
written 株式会社 first with a name that opens in kana, a nickname called the
name of a data centre, a place said before a comma and the machines after
it, a Latin name with its number or region, a distance in metres from a
landmark, a spot up or down a river, a fault, the far end of a prefecture,
the distance between two sites, a numbered centre of 同社 in a list; each
with a near miss that must not fire. All names and numbers are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _dc(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text, value", [
    # 株式会社 first, the name opening in kana: the whole operator, not a cut name
    ("主系は株式会社はやせデータの青森第1DC、副系は同社の札幌拠点で運用しております。", "株式会社はやせデータの青森第1DC"),
    # a nickname called the name of a data centre: no siting verb needed
    ("庁内では「さくら館」と呼んでおりますデータセンターに機器を移しました。", "「さくら館」と呼んでおりますデータセンター"),
    # the place first, a comma, then the machines and the verb that leaves them there
    ("庁舎4階の情報政策課の奥の部屋に、ネットワーク機器が残ります。", "庁舎4階の情報政策課の奥の部屋"),
    # a Latin name with its number or its region after it
    ("現在のデータセンターはKita Cloud Center 2、運営は株式会社北雲でございます。", "Kita Cloud Center 2"),
    ("住民情報は、Sakura Data Center Hokkaidoの専用ラックで管理されている。", "Sakura Data Center Hokkaido"),
    # a distance in metres from a landmark, a spot down a river joined with it
    ("主系は大川DCです。ダムの下流、河川敷から1キロの位置にございます。", "ダムの下流、河川敷から1キロの位置"),
    ("サーバを置く第二センターは、川から300メートルの位置にございます。", "川から300メートルの位置"),
    # a fault, the distance between two sites, the far end of a prefecture
    ("主系はあさひ電算の第1センター、副系は同社の第3センターです。両拠点とも、同じ活断層の上に立地しております。",
     "同じ活断層の上"),
    ("主系と副系のサーバは別の県に置いている。両センター間は約280キロ離れている。", "両センター間は約280キロ"),
    ("委員　データを預けている事業者の施設は、どのあたりか。\n課長　県の東の端、海沿いの工業地帯でございます。",
     "県の東の端、海沿いの工業地帯"),
    # where machines are moved to, asked and answered
    ("委員　移設先は。\n課長　隣の川北町にある民間事業者の施設で、国道沿いの旧倉庫を改修した建物でございます。",
     "隣の川北町にある民間事業者の施設"),
    # 同社 and a numbered centre in a list, a space for の
    ("・主拠点　つばさ情報株式会社 南関東第1センター（横浜市内）\n・副拠点　同社 北陸第2センター（富山県西部）",
     "北陸第2センター（富山県西部）"),
    # a site's word or 所在 as a label: the value is the site
    ("所在：本庁舎　地下1階　電算機械室", "本庁舎　地下1階　電算機械室"),
    ("　データセンター：株式会社あかつき（大阪府吹田市）", "株式会社あかつき（大阪府吹田市）"),
    # the answer placing the server room the question was about; a place quoted as heard
    ("議員　庁舎のサーバー室は水害に耐えられるのか。\n部長　本庁舎の地下にございますので、対策が必要です。", "本庁舎の地下"),
    ("委員　事業者のデータセンターはどこか。\n課長　大阪の北のほうとだけ聞いております。", "大阪の北のほう"),
])
def test_unseen_forms_of_a_site(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    # a suffix-form company before a verb: its name is kept, the site is what follows
    "現行システムは、東邦テスト株式会社が運営する東邦テスト第二データセンターで稼働しております。",
    # a nickname of a public centre, people in a room, a place of an office
    "庁内では「さくら館」と呼んでおります市民センターで講座を開きました。",
    "本館2階の会議室に、職員が集まっております。",
    "避難所は駅から300メートルの位置にございます。",
    "Tokyo Community Center 2 hosts the event.",
    # a public centre said again by a demonstrative
    "中央市民センターの改修について伺う。このセンターは築40年である。",
    # a company's address under 所在, a site not chosen yet
    "所在：東京都港区芝五丁目1番1号",
    "データセンター：未定",
    # a meeting held in the basement after a question on the server room
    "議員　サーバー室は狭いのではないか。\n部長　会議は本庁舎の地下で行っております。",
])
def test_near_misses_are_no_site(text):
    found = _dc(text)
    assert not [f for f in found if "東邦テスト株式会社" in f or "市民センター" in f or "会議室" in f
                or "300メートル" in f or "Community" in f or "このセンター" in f or "芝五丁目" in f
                or "未定" in f or "地下" in f], found


def test_a_place_said_of_many_is_no_site():
    """防災倉庫は、各小学校の敷地内に: every one of many places names none; a
    place named once after 各種 (各種の災害リスクが低い県北部の内陸) still is."""
    assert not [f for f in _dc("防災倉庫は、各小学校の敷地内に設置している。") if "各小学校" in f]
    assert any("県北部の内陸" in f for f in _dc("データセンターは、各種の災害リスクが低い県北部の内陸にございます。"))


def test_a_forward_reference_is_no_place():
    """次の施設に設置すること。／設置場所：… : the place is in the next line, the
    words 次の施設 name none (the site under the label still is)."""
    text = "受注者は、本システムのサーバー機器を次の施設に設置すること。\n設置場所：株式会社ほしぞら電算　第1センター　3階"
    found = _dc(text)
    assert not [f for f in found if "次の施設" in f], found
    assert any("第1センター" in f for f in found), found


@pytest.mark.parametrize("text, value", [
    ("基幹系は、ひばり電算株式会社が運営するひばり第3データセンターで稼働しております。", "ひばり第3データセンター"),
    ("現行システムは、東邦テスト株式会社が運営する東邦テスト第二データセンターで稼働しております。", "東邦テスト第二データセンター"),
    # a kana name that opens like a verb is the operator's name, kept whole
    ("サーバは、するが電算の第2センターに置いています。", "するが電算の第2センター"),
])
def test_a_site_never_opens_with_the_verb_of_its_operator(text, value):
    """…株式会社が運営する…: the verb ends the operator's clause, the site's
    name starts after it (a span 運営する… would start mid-sentence)."""
    assert value in _dc(text), _dc(text)


@pytest.mark.parametrize("text, value", [
    # a nickname given in answer to what the data centre is called, or for a site said before
    ("委員　データセンターについて、職員の間で何と呼ばれているのか。\n課長　「第二倉庫」と呼んでおります。", "「第二倉庫」"),
    ("事業者は、当該施設を「北の砦」と呼称している。", "「北の砦」と呼称している"),
    # a reused building with a compound before its facility word; a distance said as a state
    ("新システムのサーバは、旧第三中学校の校舎を改修したデータ保管施設に置く計画である。",
     "旧第三中学校の校舎を改修したデータ保管施設"),
    ("副系は、関西圏の事業者の拠点に置く。本市から約500km離れている。", "本市から約500km離れている"),
])
def test_nicknames_and_places_said_around_a_site(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


def test_a_name_called_with_no_site_spoken_of_is_none():
    """データセンターの件は後で伺う。市の計画は何と呼ばれているのか。／「みらい
    プラン」: a plan's name, the data centre two sentences back."""
    text = "委員　データセンターの件は後で伺う。市の計画は何と呼ばれているのか。\n課長　「みらいプラン」と呼んでおります。"
    assert not [f for f in _dc(text) if "みらいプラン" in f]


def test_a_table_of_sites_gives_each_row_its_place():
    """区分<TAB>名称<TAB>所在地: a kana-led name in a cell is whole, and the
    place under 所在地 in a row holding a site is the site's; a list of firms
    with their offices' addresses holds no site and gives none."""
    sites = "表2　データセンターの概要\n区分\t名称\t所在地\t構造\n主系\tあおば第1DC\t宮城県仙台市\t免震\n副系\tこまち第2DC\t秋田県横手市\t耐震"
    found = _dc(sites)
    for value in ("あおば第1DC", "宮城県仙台市", "こまち第2DC", "秋田県横手市"):
        assert value in found, found
    firms = "委託業者一覧\n業者名\t所在地\t業務\n株式会社みなと電算\t港市本町1-2\t保守\nひかり情報株式会社\t北市中央2-3\t運用"
    assert not [f for f in _dc(firms) if "本町" in f or "中央" in f]


@pytest.mark.parametrize("text, value", [
    ("課長　主系は、みなと電算の第2センターでございます。海からは離れておりまして、市の北側の山裾にございます。",
     "海からは離れておりまして"),
    ("課長　副系は同社の仙台センターです。仙台駅から地下鉄で10分ほどの、住宅街の中の目立たない建物です。",
     "仙台駅から地下鉄で10分ほどの、住宅街の中"),
    ("バックアップ先は、同社の別拠点（北陸地方）である。", "北陸地方"),
])
def test_more_descriptions_of_where_a_site_is(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


def test_a_region_in_brackets_after_a_hall_is_none():
    assert not [f for f in _dc("市民センター（北陸地方）の講座を開く。") if "北陸" in f]
