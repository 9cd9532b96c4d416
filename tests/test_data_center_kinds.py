"""DATA_CENTER: kinds of site naming beyond the first passes (a brand with its
region after the site word, a one-kanji site of an operator, older names of
the server room, the basement and roof floors, a room converted from another
use, a town's part by its lie, a landmark beside, a site's phone line); each
with a near miss that must not fire. All names and numbers are made up."""
import pytest

from conftest import _detector
from redactor.pipeline import Redactor
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _dc(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text, value", [
    # a brand with its region after the site word
    ("主系はしおさいDC東日本、副系はしおさいDC西日本で運用しております。", "しおさいDC東日本"),
    ("本番環境は、あおばデータセンター関西に置いております。", "あおばデータセンター関西"),
    # an operator's site named by one kanji
    ("サーバは、ゆうなぎ情報システムズの湊センター（港南市）に置いております。", "ゆうなぎ情報システムズの湊センター（港南市）"),
    # older names of the server room, and the floors by name
    ("基幹系の機器は、本庁舎3階の電算機室に設置しております。", "本庁舎3階の電算機室"),
    ("サーバは、情報センター2階のマシンルームに置いております。", "2階のマシンルーム"),
    ("電算室は本庁舎の地階にございまして、サーバを置いております。", "本庁舎の地階"),
    # a room converted from another use
    ("サーバーは、本庁舎別館の2階、旧書庫を改修した部屋に置いております。", "旧書庫を改修した部屋"),
    # a part of a town by its lie, a landmark beside
    ("データセンターは、北浜市の臨海部、火力発電所の隣にございます。", "北浜市の臨海部、火力発電所の隣"),
    ("データセンターは、一級河川の堤防のすぐ横にございます。", "一級河川の堤防のすぐ横"),
    ("データセンターは、標高の高い山側の団地の中にございます。", "山側の団地の中"),
    # a centre named for its part in the system is a site's word for a hint
    ("副センターは、本市から北へ約120キロの内陸にございます。", "本市から北へ約120キロの内陸"),
])
def test_more_kinds_of_site(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "新DC東日本の整備について、事業者団体から説明を受けた。",       # no brand before the site word
    "サーバは、ゆうなぎ情報システムズの新センターに移す予定です。",      # a generic one-kanji word
    "公民館の地階に備品を保管しております。",                      # the basement of a hall, no machines
    "旧書庫を改修した部屋を会議室として使っております。",              # a converted room, no machines
    "ごみ処理施設は、市役所から約8km離れた山間部にございます。",       # a hint about a public facility
    "給食センターは、臨海部の工業団地の中にございます。",              # the same lie, a public centre
])
def test_the_same_shapes_without_a_site_are_none(text):
    assert _dc(text) == []


def test_a_sites_phone_line_is_the_sites_and_a_sections_line_is_not():
    red = Redactor()
    site = "データセンターの受付は、代表電話0299-55-1234でございます。"
    assert [f.label for f in red.check(site).findings if "0299" in f.text] == ["DATA_CENTER"]
    office = "データセンターの件は情報政策課（0299-55-1234）までお問い合わせください。"
    assert [f.label for f in red.check(office).findings if "0299" in f.text] == ["PHONE"]


@pytest.mark.parametrize("text, value", [
    # a work place's label after an item's number
    ("（4）設置場所　本庁舎　地下1階　電算室\n", "本庁舎　地下1階　電算室"),
    # the place of a room or a machine as the label, the value a building and floor
    ("サーバ室の場所：西庁舎2F\n", "西庁舎2F"),
    ("・サーバの設置場所　第二庁舎3階\n", "第二庁舎3階"),
    # places side by side answering where the servers are
    ("〇委員　サーバーはどこに置いてあるのか。\n〇課長　庁舎の四階、情報政策課の奥でございます。\n",
     "庁舎の四階、情報政策課の奥"),
])
def test_labelled_places_and_answers(text, value):
    assert value in _dc(text), _dc(text)


@pytest.mark.parametrize("text", [
    "サーバ室の場所：未定\n",                     # no place yet
    "・機器の設置場所：庁内\n",                    # the city's own building in general
    "会場の場所：市民会館2階\n",                   # a venue's label, not a machine's
    "〇委員　会議はどこで開くのか。\n〇課長　庁舎の四階、情報政策課の奥でございます。\n",  # a meeting, not a server
])
def test_labelled_places_of_no_site_are_none(text):
    assert _dc(text) == []


@pytest.mark.parametrize("text, value", [
    # the place after a clause or two (県外、具体的には…)
    ("バックアップの保管場所は、県外、具体的には長野県の松本市でございます。", "長野県の松本市"),
    # a part of the prefecture said plainly, a landmark
    ("データセンターは、県の北のほう、山の中にございます。", "県の北のほう、山の中"),
    # 本施設 of a contract or a proposal, after the site was named, with its floor
    ("サーバは、あさぎ電算株式会社の第2センターに置いております。本施設の地下2階に非常用発電機がございます。",
     "本施設の地下2階"),
    # a nickname the operator gives the facility, the operator as the topic
    ("サーバは委託先の施設に置いております。事業者は、その施設を「KS-2」と呼んでおります。", "「KS-2」"),
])
def test_places_after_a_clause_references_and_nicknames(text, value):
    assert any(value in f for f in _dc(text)), _dc(text)


@pytest.mark.parametrize("text", [
    "避難場所は、市内、具体的には中央公園でございます。",                # no site's word
    "本施設の地下2階に非常用発電機がございます。",                       # 本施設 with no site named before
    "事業者は、その商品を「KS-2」と呼んでおります。",                    # a product, not a facility
])
def test_the_same_shapes_of_no_site(text):
    assert _dc(text) == []


def test_an_address_in_a_sentence_about_the_centre_after_a_site_was_named():
    red = Redactor()
    text = ("〇課長　サーバは、あさぎ電算株式会社の第2センターに移します。\n"
            "〇課長　センターの所在地は、北浜市港町三丁目5番地の8でございます。\n")
    assert [f.label for f in red.check(text).findings if "港町" in f.text] == ["DATA_CENTER"]
    # near miss: a public centre's address in the same document stays the centre's
    public = text.replace("センターの所在地", "市民センターの所在地")
    assert [f.label for f in red.check(public).findings if "港町" in f.text] == ["ADDRESS"]


@pytest.mark.parametrize("text, value", [
    ("サーバーを置いている3階の部屋は、窓が大きく、外から見えます。", "3階の部屋"),
    ("バックアップ機のある別館2階は、夜間は無人でございます。", "別館2階"),
    ("サーバ類は、4階の電子計算機室に設置しております。", "4階の電子計算機室"),
])
def test_a_floor_named_after_the_machines_on_it(text, value):
    assert value in _dc(text), _dc(text)


@pytest.mark.parametrize("text", [
    "職員を置いている3階の部屋は、窓が大きく明るい。",       # staff, not machines
    "サーバーを置いていない3階の部屋は、会議に使います。",     # machines said not to be there
])
def test_a_floor_after_a_clause_of_no_machines_is_none(text):
    assert _dc(text) == []


@pytest.mark.parametrize("text, value", [
    ("サーバーは、本庁舎の地下、機械室の一角に置いております。", "本庁舎の地下、機械室の一角"),
    ("情報システムのサーバは、庁舎の最上階である8階に集約しております。", "庁舎の最上階である8階"),
])
def test_places_side_by_side_and_the_top_floor(text, value):
    assert value in _dc(text), _dc(text)


@pytest.mark.parametrize("text", [
    "備品は、本庁舎の地下、機械室の一角に置いております。",      # supplies, not machines
    "相談窓口は本庁舎1階の一角に設けております。",
    "書類は文書庫に集約しております。",
])
def test_the_same_places_for_other_things_are_none(text):
    assert _dc(text) == []


def test_a_server_room_and_its_floor_in_a_form_with_the_building():
    text = "4　納入場所\n　北浜市役所本庁舎4階　電算室\n"
    assert "北浜市役所本庁舎4階　電算室" in _dc(text)
    # near miss: a meeting room on the same floor is a venue
    assert _dc("4　会場\n　北浜市役所本庁舎4階　第1会議室\n") == []


def test_a_word_referring_back_keeps_the_floor_and_room_after_it():
    text = "主系はあおば情報サービスの仙北データセンターです。\n同センター3階のサーバ室には技術者が常駐しております。"
    assert "同センター3階のサーバ室" in _dc(text)
    # near miss: no site named before it, the words refer to a public centre
    assert _dc("保健センターで健診を行います。同センター3階の相談室をご利用ください。") == []


@pytest.mark.parametrize("text, value", [
    ("バックアップセンターは大阪にございます。", "大阪"),                 # a designated city without 市
    ("副系のデータセンターは名古屋にございます。", "名古屋"),
    ("バックアップは県外に置いております。場所は新潟県でございます。", "新潟県"),  # the place in the next sentence
])
def test_a_sites_city_or_prefecture_said_bare(text, value):
    assert value in _dc(text), _dc(text)


@pytest.mark.parametrize("text", [
    "研修は大阪にございます本社で行います。",           # a company's office, no site
    "次回の会議の場所は横浜市でございます。",           # a meeting's place
])
def test_a_city_said_of_no_site_is_none(text):
    assert _dc(text) == []


def test_a_public_clouds_region_code_is_a_vague_hint_for_review():
    found = [(f.text, f.action) for f in Redactor().check("システムはAWSのap-northeast-1で稼働しております。").findings
             if f.label == "DATA_CENTER"]
    assert found == [("AWSのap-northeast-1", "REVIEW")]
    # near miss: the same letters in a product's model number
    assert _dc("端末はモデルap-north-7X5を使用しております。") == []
