"""DATA_CENTER as unseen minutes name a site (issue 12, fifth pass): by a
landmark of any name and how the site stands to it (…の近く, …に近い,
…沿い, …から5分), after a site referred back to (同センターは…), with the
data centre itself as the topic (データセンターは…の湖南センターです), an
operator written before a space or a verb of running (…株式会社 湖東センター,
…が運営する第三センター), a floor in brackets after the site, and a
nickname whose facility is the sentence's topic. Near misses: the same
relations said of equipment, a counter or a public building. Every name here
is made up."""
import pytest

from conftest import texts
from redactor.recognizers.data_center import DataCenterRecognizer as R


@pytest.mark.parametrize("text, value", [
    # a landmark of any name, by the relation of the site to it
    ("データセンターは港湾道路沿いに立地しております。", "港湾道路沿い"),
    ("バックアップのセンターは、ゆずりは川の河川敷に近い場所にあります。", "ゆずりは川の河川敷に近い"),
    ("副系のサーバは、あかね清掃工場の北側にある事業者の建物で稼働しています。", "あかね清掃工場の北側"),
    ("データセンターは、高速道路のインターから５分ほどのところにあります。", "インターから５分ほど"),
    # a site referred back to is as much a site as the first mention
    ("基幹系は、つばさ電算の第１データセンターで稼働しています。同センターは、みどり川の近くにあります。",
     "みどり川の近く"),
    # the data centre as the topic, the operator's site as its value
    ("データセンターは、委託先であるあさひ情報サービスの湖南センターです。", "あさひ情報サービスの湖南センター"),
    ("住民情報は、株式会社ひばり情報の湖東センター（３階）で管理されています。", "株式会社ひばり情報の湖東センター（３階）"),
    # an operator before a space, or before a verb of running
    ("・設置場所：株式会社ひばり情報　湖東センター　3F", "株式会社ひばり情報　湖東センター　3F"),
    ("データは、ふたば電算が運営する第三センターに保管しています。", "ふたば電算が運営する第三センター"),
    # a nickname whose facility is the topic of its sentence
    ("サーバを置いている事業者の施設は、関係者の間で「灯台」と呼ばれています。", "「灯台」と呼ばれて"),
])
def test_a_site_named_by_a_landmark_an_operator_or_a_nickname(text, value):
    found = texts(R, text)
    assert any(value in t for t in found), found


@pytest.mark.parametrize("text", [
    # the same relations said of equipment, a counter or a public building
    "消火器はサーバラックの近くに置いてあります。",
    "窓口は本庁舎の北側にございます。",
    "避難所は、みどり川の近くの小学校です。",
    "市民センターは、県道沿いにあります。",
    "図書館は、駅から５分ほどのところにあります。",
    # a public centre referred back to
    "市民センターで説明会を開きます。同センターは、かもめ駅の近くにあります。",
    # a nickname of a document or an event
    "この報告書は、職員の間で「赤本」と呼ばれています。",
])
def test_near_misses_are_no_site(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text, value", [
    # floors in kanji numerals, a room said to be on its floor, a floor in brackets
    ("三階のサーバ室の空調が故障しました。", "三階のサーバ室"),
    ("旧館の二階にある電算室は来年度廃止します。", "旧館の二階にある電算室"),
    ("サーバ室（本館４階）の空調を更新します。", "サーバ室（本館４階）"),
    # a server room as the topic, its place as the predicate
    ("基幹系のサーバ室は西別館２階です。", "西別館２階"),
    ("マシン室は２階の情報政策課の奥にあります。", "２階の情報政策課の奥"),
    # a building named wholly in hiragana
    ("庁内ネットワークの基幹スイッチは、すずかけビル８階のサーバルームに設置しています。", "すずかけビル８階のサーバルーム"),
    # a nickname right after a site's own word
    ("移行先の『すばる』は、耐震性に優れた施設です。", "『すばる』"),
    # the answer to a question about where the site is
    ("○○委員　バックアップのデータセンターはどこにあるのか。\n○○課長　公表はしておりません。"
     "海岸から５キロほど内陸の、工業団地の中にございます。", "海岸から５キロほど内陸"),
])
def test_floors_rooms_nicknames_and_answers(text, value):
    found = texts(R, text)
    assert any(value in t for t in found), found


@pytest.mark.parametrize("text", [
    "三階の会議室で説明会を開きます。",
    "移行先の検討は、来年度に行います。",
    "○○委員　公民館の建て替えはどこに予定しているのか。\n○○課長　海岸から５キロほど内陸の、工業団地の中を予定しております。",
])
def test_the_same_shapes_about_other_things_are_no_site(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text, value", [
    # a quoted name after its operator, or that the sentence calls a facility
    ("委託先の「さくらセンター」について、停電対策を確認しました。", "委託先の「さくらセンター」"),
    ("事業者の『みどり第一』は、耐震性の高い建物です。", "事業者の『みどり第一』"),
    # the speaker's label is no part of the place an answer gives
    ("○○委員　データセンターはどこにあるのか。\n○○課長　県の南部、海に近い場所にございます。", "県の南部、海に近い場所"),
])
def test_quoted_names_and_answers_without_a_siting_verb(text, value):
    found = texts(R, text)
    assert value in found, found
    assert not any("課長" in t for t in found)


@pytest.mark.parametrize("text", [
    # a contractor's service desk, a public facility's nickname
    "不具合は委託先の「サポートセンター」に問い合わせました。",
    "事業者の「コールセンター」で受け付けます。",
    "委託先の「研修センター」で操作研修を行いました。",
    "愛称「ふれあい」は、市民に親しまれている施設です。",
    "「すこやか」は、市内で一番新しい施設です。",
])
def test_a_service_desk_or_a_public_facility_is_no_site(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text, value", [
    # an IT operator's numbered site, building or floor, whatever the sentence says of it
    ("委託先のあおば電算第２ビル６Ｆは、免震構造となっております。", "あおば電算第２ビル６Ｆ"),
    ("契約先は、ひかり情報サービス株式会社の本社ビル５階でございます。", "ひかり情報サービス株式会社の本社ビル５階"),
    ("こだまシステムズの東館３階に、本市の専用区画がございます。", "こだまシステムズの東館３階"),
])
def test_an_operators_numbered_site_or_floor(text, value):
    found = texts(R, text)
    assert any(value in t for t in found), found


@pytest.mark.parametrize("text", [
    # where people met, an office named bare, a bank's branch
    "説明会は、株式会社みなと電算の本社ビル５階で開催されました。",
    "委託先のあおば電算の本社で打合せを行った。",
    "株式会社みどり銀行の本店３階で口座振替の手続をします。",
])
def test_an_operators_office_is_no_site(text):
    assert texts(R, text) == []


def test_an_answer_to_another_question_places_nothing():
    assert texts(R, "○委員　サーバの更新費用は。\n○課長　駅の近くの業者に発注しました。") == []
