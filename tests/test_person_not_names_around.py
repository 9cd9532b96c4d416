"""Candidates the words around them show to be no name
(``recognizers/_person_not_names_around.py``): each named reason drops a
candidate, and a near miss with an honorific or a full name stays a name.
Places, bodies and names are made up."""
from conftest import person_action
import pytest
from redactor.recognizers._drops import recording
from redactor.pipeline import Redactor

_R = Redactor("default")


def _dropped(text: str) -> list[str]:
    with recording() as drops:
        _R.check(text)
    return [d.reason for d in drops if d.label == "PERSON"]


@pytest.mark.parametrize("text, word, reason", [
    ("青葉原市　情報システム業務継続計画", "原市", "自治体名の一部"),
    ("第２回　藤見市子ども・子育て会議　出席者名簿", "藤見市子", "子ども"),
    ("運行区域を北谷・南谷の全域に広げる。", "南谷", "地域の広がり"),
    ("各課等の長　様", "長", "組織の長"),
    ("本陳情は、東ノ坪自治会長の赤城 正義氏から提出された。", "坪", "結合字"),
    ("番号　世帯主氏名　住所　被害区分　支給額\n１　佐々井 忠吉　岩泉町大字中居５番地", "住所", "見出し"),  # 見出し語 or 表の見出し行の語
    ("委員の北浜大学教授は欠席した。", "北浜大学", "大学教授"),
    ("北浜民主党総裁は会見で述べた。", "北浜民主党", "党代表"),
    ("申出人　字北原に住む男性から相談があった。", "北原", "字・大字"),
    ("相手方　大字東谷の住民", "東谷", "字・大字"),
    ("消防団第三分団長の小野寺　亨氏", "三", "序数"),
])
def test_a_candidate_with_a_named_reason_is_dropped(text, word, reason):
    assert person_action(text, word) is None
    assert any(reason in why for why in _dropped(text))


@pytest.mark.parametrize("text, name", [
    # near misses: an honorific or a title after the candidate keeps it a name
    ("北浜市の原市さんから電話があった。", "原市"),
    ("南谷さんの地区では回覧板を使っている。", "南谷"),
    ("担当の長さんが説明した。", "長"),
    ("西ノ坪の坪さんが出席した。", "坪"),
    ("北浜大学さんに連絡した。", "北浜大学"),
    # a full name is no area's name, and a name field's value stays a name
    ("相談者の南谷 健二の地区では回覧板を使っている。", "南谷 健二"),
    ("世帯主氏名　佐々井 忠吉　岩泉町大字中居５番地", "佐々井 忠吉"),
    ("佐藤良子が子ども会の会長に連絡した。", "佐藤良子"),
    # 字 ending a word (名字, 数字) is no area's prefix; an honorific still makes a name
    ("申出人の名字北原は旧姓である。", "北原"),
    ("字北原さんが来庁した。", "字北原"),
    ("消防団第三分団長の小野寺　亨氏", "小野寺　亨"),
])
def test_a_near_miss_stays_a_name(text, name):
    nth = 1 if text.count(name) > 1 else 0  # 西ノ坪の坪さん: the second 坪 is the person
    assert person_action(text, name, nth) is not None


def test_an_area_word_that_goes_on_to_a_post_keeps_the_name():
    # near miss: 地区 opens a body's post (地区社協会長), the surname before it is its holder
    assert person_action("連絡　蓼川地区社協会長経由で参加者に通知", "蓼川") is not None


def test_a_run_ending_at_an_at_sign_is_part_of_an_address():
    text = "危機管理課（内線 2241、メール kiki@city.example.lg.jp）"
    assert person_action(text, "メール") is None
    # near miss: a name before an address, set apart by a bracket, stays a name
    assert person_action("担当　堀江 奈央（horie@city.example.lg.jp）", "堀江 奈央") is not None


def test_a_word_ending_as_a_heading_is_no_name():
    assert person_action("相談記録\n氏名\t相談内容\n山際 太一\t騒音\n", "相談内容") is None
    # near miss: the name in the row under it stays a name
    assert person_action("相談記録\n氏名\t相談内容\n山際 太一\t騒音\n", "山際 太一") is not None
