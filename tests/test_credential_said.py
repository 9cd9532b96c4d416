"""CREDENTIAL said without its word right before the value: a lock's number
in a sentence about the lock, a dial's turns, a default login left in use,
a PIN read out digit by digit, a spare key or card kept at a spot, a
device list's login columns; each with a near miss. All values are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.credential import CredentialRecognizer as R


def _cred(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text, value", [
    ("公用車のキーは、車庫の柱に掛けたキーボックスに入れており、番号は0810である。", "0810"),
    ("資料室の扉は暗証式で、番号は「2741」です。", "2741"),
    ("金庫のダイヤルは右に3回で25、左に2回で70に合わせると開きます。", "右に3回で25、左に2回で70に合わせる"),
    ("ルーターの管理画面は、初期設定のIDとパスワードのまま運用されていた。", "初期設定のIDとパスワードのまま"),
    ("複合機は出荷時の管理者パスワードを変更しておらず、誰でも設定を変えられた。", "出荷時の管理者パスワードを変更しておらず"),
    ("○課長　書庫の暗証番号は、ゼロ、ハチ、イチ、ゴでございます。", "ゼロ、ハチ、イチ、ゴ"),
    ("予備鍵は庁舎管理室のキーボックスにある。", "庁舎管理室のキーボックス"),
    ("パスワードを書いた紙は、モニターの裏にテープで貼ってありました。", "モニターの裏"),
    ("紛失時の仮カードは、総務課の金庫の上段に置いてある。", "総務課の金庫の上段"),
    ("テンキー錠の解除番号　5582", "5582"),
    ("SSID：minami-office　パスキー：Mn#office2031", "Mn#office2031"),
    ("機器名\t管理者ID\t管理者PW\nUTM\tadmin\tUtm@Mina77\nL3スイッチ\tmanager\tfriend", "friend"),
    ("機器名\t管理者ID\t管理者PW\nUTM\tadmin\tUtm@Mina77\nL3スイッチ\tmanager\tfriend", "manager"),
    # a lock set to a number, a lock's number after が, 暗証 alone described
    ("○課長　書庫の番号錠は4219に設定しております。", "4219"),
    ("○課長　裏口のキーロックは、番号が7777で、職員なら誰でも知っております。", "7777"),
    ("○課長　電算室の扉の暗証は、開設した年の西暦でございます。", "開設した年の西暦"),
    # a list of accounts after the word, a secret stated with も
    ("○課長　窓口端末のユーザー名は madoguchi1 から madoguchi5 まででございます。", "madoguchi5"),
    # digits keyed into a door's pad, an account with its Windows domain
    ("○課長　サーバ室の扉は、3719を押すと開きます。", "3719"),
    ("ログインIDは MINAMI\\soumu01 です。", "MINAMI\\soumu01"),
    # the symbols a password policy asks for, and a quoted secret with a space: whole
    ("パスワードは Kt^8~x?z=Q|1 である。", "Kt^8~x?z=Q|1"),
    ("PW: Tz9;Lp4:Qw7", "Tz9;Lp4:Qw7"),
    ("パスワードは「Mina 2031!」のままだった。", "Mina 2031!"),
    # an account name said to be logged in with or used, with no ID word right before it
    ("○課長　共用端末には sougou でログインしております。", "sougou"),
    ("○課長　端末には「kaikei01」でログインしていた。", "kaikei01"),
    ("○課長　全員が「fukushi」というユーザーで入っております。", "fukushi"),
    ("○課長　管理者権限のあるopadminアカウントを業者と共有しております。", "opadmin"),
    ("○課長　アカウントは、窓口用の mado を3人で使っております。", "mado"),
    ("○課長　IDは課の名前をローマ字にした kaikei でございます。", "kaikei"),
    # a PIN spelt in kanji or digit by digit, a lock's number quoted with no particle
    ("○課長　サーバ室の暗証番号は〇三一五でございます。", "〇三一五"),
    ("○課長　扉の暗証番号は1・2・3・4のままです。", "1・2・3・4"),
    ("暗証番号（7 3 0 5 1 9）は速やかに変更すること。", "7 3 0 5 1 9"),
    # a login said in speech: ユーザーは…, パスは… (the short form of パスワード)
    ("○課長　接続先のユーザーはhoku_sftp、パスはHs#82mk でございます。", "hoku_sftp"),
    ("○課長　接続先のユーザーはhoku_sftp、パスはHs#82mk でございます。", "Hs#82mk"),
    # a PIN posted on a panel beside its lock
    ("監査の際、暗証番号が書庫脇の配電盤の蓋の内側に掲示されていた。", "書庫脇の配電盤の蓋の内側"),
    ("○課長　書庫の扉は4ケタの番号「1122」で開きます。", "1122"),
    # a lock's number a few words after 番号は, stated as what it is set to
    ("○課長　倉庫のキーボックスは、番号を課の代表電話と同じ3308にしております。", "3308"),
    # a value keyed in to connect, with no credential word before it
    ("○課長　来客用の無線は、受付に置いたカードの文字列（Qw7zK2mp）を入力して接続します。", "Qw7zK2mp"),
    ("○課長　保守端末には「Rk7-uu2p」と打ち込んでログインしております。", "Rk7-uu2p"),
    # a handset's lock described by what its code is made of
    ("○課長　貸出用タブレットのロックは、いずれも庁舎の郵便番号の下4桁で解除できます。", "いずれも庁舎の郵便番号の下4桁"),
])
def test_said_without_the_word_before_it(text, value):
    assert value in _cred(text), _cred(text)


@pytest.mark.parametrize("text", [
    # a number with no lock in the sentence, a count, a room number
    "会議室の番号は1203です。",
    "金庫の番号は3桁である。",
    "扉の番号は101号室です。",
    # turns of no dial, a rule about defaults, a default already changed
    "右に3件、左に2件の案件がある。",
    "初期パスワードは初回ログイン時に変更すること。",
    "初期設定のパスワードのまま使用しないこと。",
    "導入時のパスワードは、全て変更済みである。",
    # a spot with nothing particular, readings that are no digits
    "鍵は金庫で保管している。",
    "暗証番号は、いつ、どこで変えるのか。",
    # a lock's price or count, a list that goes on with a year
    "電子錠は1000万円で整備した。",
    "暗証番号式の電子錠を3か所に設置した。",
    "暗証の入力は3回まで。",
    "パスワードも同じだった。",
    "電話で1234を押すと案内が流れる。",
    # a quote too short for a secret, a question mark after an ordinary number
    "パスワードは「a b」とは書かない。",
    "IDは1234?",
    # a phone number in kanji, a number called in order, a count of tries
    "電話番号は一二三四です。",
    "番号は1・2・3・4の順に呼びます。",
    "○課長　暗証番号は、三、四回間違えるとロックされます。",
    # a product's or a service's account, named by its maker
    "Microsoftアカウントでログインする。",
    "Googleアカウントを共有している。",
    "gmailアカウントを使って申し込む。",
    "ログインは Windows で行う。",
    "アカウントは Active Directory で管理している。",
    # a table listing people by ID, with no secret column
    "ID\t氏名\nm-0123\t会員",
    # a lock's number that is a count or a room, a value keyed in that is no login
    "ロッカーの番号は、左から順に番号を振って全部で12台です。",
    "書庫の扉の番号は各階とも201号室の隣です。",
    "検索欄に型番KX-2000を入力してください。",
    "申請書の記入例としてAB12345と記入する。",
    # a pass that is a ticket or part of a longer word, a user that is a kind of person
    "入館パスは受付でお渡しします。",
    "フリーパスはAB1234です。",
    "バイパスは2025年に開通します。",
    "パスは2024年度から変更します。",
    "ユーザーは職員に限ります。",
    # a handset's lock said with its timing or its tool, not its code
    "スマートフォンのロックは5分で自動的にかかります。",
    "端末のロックはIntuneで一括して設定しています。",
])
def test_near_misses_stay_unmarked(text):
    assert _cred(text) == [], _cred(text)


def test_a_secret_stated_with_mo_is_the_password_too():
    # (the account and the password, each the same word: both are found)
    got = _cred("○委員　ユーザーIDがnouzeiで、パスワードもnouzeiだったということか。")
    assert got == ["nouzei", "nouzei"], got
