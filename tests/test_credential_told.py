"""CREDENTIAL told in words: the spot a key, a card or a written secret is
kept at, a recipe answering how secrets are made, a default left as a fact
anyone can look up, a handset's unlock code, a long key in base64, a login
pair after the word; each with a near miss. All values are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.credential import CredentialRecognizer as R


def _cred(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text, value", [
    ("サーバ室の鍵は、総務課長席の右側の引き出しに保管されており、誰でも取り出せる状態であった。", "総務課長席の右側の引き出し"),
    ("VPN接続の証明書とパスワードは、保守用ノートPCのデスクトップ上のテキストファイルに保存されていた。",
     "保守用ノートPCのデスクトップ上のテキストファイル"),
    ("委員　パスワードの決め方に規則はあるのか。\n課長　各職員の生年月日の8桁の後ろに課の略称を付けたものとしております。",
     "各職員の生年月日の8桁の後ろに課の略称を付けたもの"),
    ("無線LANのパスワードは市の郵便番号のままとなっていた。", "市の郵便番号"),
    ("スマートフォンのロック解除は0000のまま配布された。", "0000"),
    ("Secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCY"),
    ("パスワードは admin/admin のままだった。", "admin/admin"),
    # the labels of a login form or a config, with their colon
    ("検証環境のBasic認証（user: guest, pass: guest123）が残っていた。", "guest"),
    ("検証環境のBasic認証（user: guest, pass: guest123）が残っていた。", "guest123"),
    ("ユーザー：kanri　パスワード：Kanri2024", "kanri"),
    ("login: opuser password: Op#7731x", "opuser"),
    # a recipe by repeating a public number, a safe's dial, a key hung on a hook
    ("パスワードは、庁舎の所在地の番地の数字を2回繰り返したものである。", "庁舎の所在地の番地の数字を2回繰り返したもの"),
    ("金庫のダイヤルは「右に4回で12、左に3回で57」である。", "右に4回で12、左に3回で57"),
    ("入館カードの予備は、守衛室の壁のフックに掛けられていた。", "守衛室の壁のフック"),
    # digits stated as the value for every machine; a value given alone as the answer
    ("端末のBIOSパスワードは全台1234で統一されている。", "1234"),
    ("委員　共有フォルダのパスワードは何か。\n課長　「kikaku」でございます。", "kikaku"),
    ("委員　保守業者のIDは何ですか。\n課長　はい、hoshu_01です。", "hoshu_01"),
    # an SNMP community string left at its default
    ("SNMPコミュニティ名がpublicのままだった。", "public"),
])
def test_secrets_told_in_words(text, value):
    assert value in _cred(text), _cred(text)


@pytest.mark.parametrize("text", [
    # a control every office states: no particular spot
    "鍵は金庫で保管している。",
    "鍵は施錠できる保管庫で管理している。",
    # a rule against keeping it there
    "パスワードを記載したメモは、各自の机の引き出しに保管しないこと。",
    # a recipe as a rule, or with no question about secrets before it
    "委員　パスワードの決め方はどうなっているのか。\n課長　英数字記号を組み合わせた12文字以上としております。",
    "会議資料は、課の名前の後ろに日付を付けたものとしております。",
    # a token changed monthly, a slash between two words
    "トークンは毎月交換する。",
    "キーは有線/無線の区別なく同じ。",
    "画面ロックは5分で掛かる設定とした。",
    # the English words without a colon, ユーザー in prose, a direct-dial line
    "see the user manual for details",
    "login画面はhttps://example.jp/から開く。",
    "ユーザーはguestとして扱う。",
    "ダイヤルイン番号は03-1234-5678です。",
    # a year or a length after the word; an answer about a setting, not a value
    "パスワードは2024年度に変更する。",
    "パスワードは90日で変更となっている。",
    "委員　パスワードの変更頻度はどうか。\n課長　Windowsの標準設定でございます。",
    "地域のコミュニティ名はABC会である。",
])
def test_near_misses_are_no_secret(text):
    assert _cred(text) == []
