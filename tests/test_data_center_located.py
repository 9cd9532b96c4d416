"""DATA_CENTER by structure: a building, floor, room or landmark is a site
when it is where a siting verb puts IT equipment or data, or the answer to a
question asking where it is. The same places as counters, venues or where
staff work are none. Every name here is made up."""
import pytest

from conftest import texts
from redactor.recognizers.data_center import DataCenterRecognizer as R


@pytest.mark.parametrize("text, value", [
    # the locative of a siting verb, equipment as the topic
    ("基幹系のサーバは、東庁舎の４階に置いております。", "東庁舎の４階"),
    ("住民情報のバックアップは分庁舎の地下で保管しています。", "分庁舎の地下"),
    ("データは上下水道局の２階に預けている。", "上下水道局の２階"),
    ("バックアップテープは、教育委員会分室の金庫で保管しております。", "教育委員会分室の金庫"),
    ("サーバ類を北支所の２階へ移設しました。", "北支所の２階"),
    ("バックアップの媒体は、週に一度、消防本部の耐火金庫へお預けしております。", "消防本部の耐火金庫"),
    ("住民情報システムは、みどり川沿いの旧工場に置いてあります。", "みどり川沿いの旧工場"),
    ("ラック一式は令和５年度から浄水場の管理棟に間借りしております。", "浄水場の管理棟"),
    ("本番環境は、通称『あかがね』の中で動いております。", "通称『あかがね』の中"),
    ("住民情報の複製は、隣町の給食センターの隣の倉庫に保管しています。", "隣町の給食センターの隣の倉庫"),
    ("住民記録のバックアップは毎晩、水道局の庁舎へ送っております。", "水道局の庁舎"),
    ("○○委員　基幹系は今も本庁舎の地下にあるのか。", "本庁舎の地下"),
    ("○○委員　サーバは港の近くの倉庫に置いているそうだが、高潮対策は。", "港の近くの倉庫"),
    # a name given in the modifier, a relative clause with the equipment after it
    ("サーバは、みんなが奥の院と呼んでいる部屋にあります。", "みんなが奥の院と呼んでいる部屋"),
    ("旧保健所の２階に置いた機器は来年度に更新します。", "旧保健所の２階"),
    # the equipment named in the sentence before, the place after it
    ("基幹系のサーバを移設いたしました。移設先は旧保健所の２階でございます。", "旧保健所の２階"),
    ("基幹系のサーバを移設しました。場所は旧保健所の２階です。", "旧保健所の２階"),
    ("機器の移設先は、旧第三小学校の体育館です。", "旧第三小学校の体育館"),
    # minutes: the answer only states the place asked for
    ("○○委員　サーバはどこにあるのか。\n○○課長　第二庁舎の３階です。", "第二庁舎の３階"),
    ("○○委員　システムの機器はどこに置いているのか伺う。\n○○課長　お答えします。旧消防署の倉庫でございます。",
     "旧消防署の倉庫"),
    ("○○委員　バックアップのデータはどこで保管しているのか。\n○○課長　お答えいたします。\n現在は水道庁舎の地下でございます。",
     "水道庁舎の地下"),
    ("○○委員　サーバの置き場所はどこか。\n○○課長　南消防署の２階の一室です。", "南消防署の２階の一室"),
    ("○○委員　予備のサーバはどこにあるのでしょうか。\n○○課長　お答えします。\n防災センターの３階でございます。",
     "防災センターの３階"),
    ("○○委員　予備機はどこに置いてあるのか。\n○○課長　はい、予備機は、清掃工場の管理棟にございます。", "清掃工場の管理棟"),
    # minutes: a question quoting a site is as telling as an answer
    ("○○委員　予備機は水道部の別館にあると聞いているが、事実か。\n○○課長　そのとおりです。", "水道部の別館"),
    ("○○委員　住民情報のサーバは旧図書館の２階にあると聞いているが、水害の心配はないか。", "旧図書館の２階"),
    ("○○委員　本番環境は病院前の旧銀行の建物だと聞いているが、どうか。", "病院前の旧銀行の建物"),
])
def test_a_place_where_equipment_is_put_is_a_site(text, value):
    assert value in texts(R, text)


def test_a_site_referred_back_to_keeps_its_nickname():
    text = "主系は旧県税事務所の２階に置き、予備系は山あいの施設に置いている。後者は職員の間では「ひばり小屋」と呼ばれている。"
    assert any("ひばり小屋" in t for t in texts(R, text))


def test_an_adverb_before_the_place_is_not_part_of_it():
    found = texts(R, "サーバは長いこと本庁舎の地下２階にあります。")
    assert "本庁舎の地下２階" in found and "長いこと本庁舎の地下２階" not in found


@pytest.mark.parametrize("text", [
    # offices, counters, venues, where staff work
    "窓口は本庁舎１階にございます。",
    "サーバの更新を行いました。窓口は本庁舎１階にございます。",
    "会議は３階の会議室で行います。",
    "担当職員は別館の２階で勤務しております。",
    "説明会は北支所の２階で開催します。",
    "システムの研修は北庁舎の３階で行います。",
    "避難所の備蓄品は体育館の倉庫に保管しております。",
    "職員のパソコンは各課の執務室に置いてあります。",
    # general statements: no place is named
    "本市は庁外のデータセンターを利用している。",
    "データは国内のデータセンターに保管しております。",
    "データは委託先の倉庫で保管しております。",
    "バックアップは安全な場所に保管しております。",
    "サーバは安全性の高いデータセンターに設置しております。",
    "データは大手事業者の倉庫に保管しております。",
    "機器は鍵のかかる部屋に置いております。",
    # a question asking where something else is, an answer that is no place
    "○○委員　担当課はどこにあるのか。\n○○課長　分庁舎の２階です。",
    "○○委員　サーバの更新はいつか。\n○○課長　来年度の予定です。",
    "○○委員　サーバ室はどこか。\n○○課長　担当は情報政策課です。",
    "○○委員　新しいシステムの説明会はどこで開くのか。\n○○課長　市民会館の大ホールです。",
    # a public facility's address in a notice
    "お知らせ　市民センターは中央町３丁目にあります。",
    "図書館は中央公園の隣にあります。",
    "図書館システムのサーバは中央図書館に置いております。",
    "申請書のデータは総務課の窓口へ送ってください。",
    # equipment named before, but the sentence places something else
    "新システムの説明会を開きます。場所は北庁舎の３階です。",
    "新システムの操作研修を行います。会場は水道局の庁舎です。",
    "住民情報システムの担当は、水道局の２階にある課です。",
])
def test_the_same_places_with_nothing_sited_are_none(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("answer, found", [
    ("第二庁舎の３階ですよ", True),     # ね/よ after the copula, at the end of the text
    ("第二庁舎の３階ですね\n", True),   # … and before a line end
    ("第二庁舎の３階ですが", False),    # the sentence goes on past the copula: no answer stated
])
def test_an_answer_is_read_where_the_copula_ends_the_sentence(answer, found):
    # the sentence loop only reads sentences ending in す (each copula does), all ends found in one pass
    assert ("第二庁舎の３階" in texts(R, "○○委員　サーバはどこにあるのか。\n○○課長　" + answer)) is found
