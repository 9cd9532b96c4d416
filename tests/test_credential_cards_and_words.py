"""CREDENTIAL on the kinds unseen documents write (issue 12): the number of a
building pass or an entry card, a user name written before its word (guest
というID), a pupil's account shown as an example, a Wi-Fi key said as キー
in a sentence about the wireless network, the code of a keypad lock, and a
PIN said in the readings of its digits. Each has a near miss that must not
fire. All values are made up."""
import pytest

from conftest import found
from redactor.recognizers.credential import CredentialRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    # the number of a building pass or an entry card: whoever has it can clone or report the card
    ("入館証の番号はB-31852で、紛失届の出たものも止めていない。", "B-31852", "card"),
    ("職員証のカード番号5520917は、退職後もゲートを通れる状態だった。", "5520917", "card"),
    ("入室カード番号は4417です。", "4417", "card"),
    # a user name written before its word
    ("研修室の端末にはvisitorというIDでログインできる。", "visitor", "user_id"),
    ("「kyoshi01」というアカウントを教員全員で使っている。", "kyoshi01", "user_id"),
    # a pupil's account shown as an example of the scheme
    ("児童のアカウントはt3120458のように出席番号から作られている。", "t3120458", "user_id"),
    # a Wi-Fi key said as キー in a sentence about the wireless network
    ("職員用の無線LANはSSIDがkita-staffで、キーはmomiji2031です。", "momiji2031", "key"),
    # the code of a keypad lock or a safe
    ("通用口のテンキーの番号は7152でございます。", "7152", "pin"),
    ("金庫の番号は3908に設定している。", "3908", "pin"),
    # a PIN said in the readings of its digits
    ("書庫の暗証番号は、ななさんいちはちで全員同じです。", "ななさんいちはち", "pin"),
    ("扉の暗証番号はゼロゼロゼロゼロのまま変えていない。", "ゼロゼロゼロゼロ", "pin"),
])
def test_credentials_written_the_ways_unseen_text_writes_them(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", [
    "カード番号の再発行には、窓口での申請が必要です。",        # no number
    "入館証の番号は毎年度更新している。",                      # a schedule, no number
    "キーボードの配置を変更した。",                            # キー inside a word
    "ホットキーの設定は各自で行う。",                          # katakana before キー
    "書類のキーは総務課長が保管している。",                    # キー with no wireless network in the sentence
    "来庁者用Wi-Fiは、キーを入力せずに規約への同意で接続できます。",  # no value
    "暗証番号は、しっかり管理してください。",                  # no digits read out
    "パスワードは、にんしきしにくいものにしてください。",      # kana that are no digits' readings
    "Windowsという名前のOSを使っている。",                     # a product, capitalised, no digit
    "アカウントはgoogleのものを使っている。",                  # whose account, not its name
])
def test_near_misses_are_not_credentials(text):
    assert found(R, text) == []
