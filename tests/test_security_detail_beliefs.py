"""SECURITY_DETAIL rules found with the generated security suite
(``redactor generate-suite --kind security``), each tested here with
phrasings the generator does not write: a member's belief put as a
question, live data in tests, a vendor left in charge, a login shared by
several people, a share that stops short, quarantine as a mechanism, and a
control room managed "by the rules" staying general."""
import pytest

from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


@pytest.mark.parametrize("text, clause", [
    ("○3番委員　庁舎の外には、バックアップを一つも置いていないのではないでしょうか。",
     "庁舎の外には、バックアップを一つも置いていない"),
    ("○8番委員　支所の端末は、いまだにWindows 7で動いているのではありませんか。",
     "支所の端末は、いまだにWindows 7で動いている"),
    ("○5番委員　アクセスログは半年で消しているのではないかと考えるが、どうか。", "アクセスログは半年で消している"),
])
def test_a_belief_put_as_a_question_states_its_clause(text, clause, found):
    assert [t for t, _ in found(R, text)] == [clause]


@pytest.mark.parametrize("text", [
    "○3番委員　バックアップはどこに保管しているのか。",           # asks
    "○3番委員　アクセスログは何年間保存しているのですか。",        # asks
    "○3番委員　パスワードの変更をもっと頻繁にすべきではないか。",  # a proposal, no の
])
def test_a_plain_question_or_a_proposal_still_states_nothing(text, found):
    assert found(R, text) == []


@pytest.mark.parametrize("text", [
    "新しい税システムの検証では、稼働中の市民のデータをそのまま使っていた。",
    "保守業者が本番のサーバに直接つないで設定を書き換えている。",
    "基幹系システムの利用者は、窓口の5人が同じIDでログインしている。",
    "ファイアウォールの設定変更は、ベンダーに任せきりである。",
    "標的型メールの訓練の参加率は４割に留まっております。",
    "セキュリティに関する研修は、正規職員にしか行っていない。",
    "外部から届いたメールの添付ファイルは、専用の領域に隔離した上で職員に届けている。",
    "共有ドライブのファイルを、外部の人も含め誰でもURLで開ける状態にしていた。",
    "土日にサーバの障害が起きても、月曜日の朝まで誰も気づかない。",
    "庁内のシステムでは、職員の多くが管理者権限のIDで通常の事務をこなしている。",
    "システム改修後の動作確認は、ベンダーに丸投げしている。",
    "旧システムのデータはRC4で暗号化したまま保存している。",
    "電算室の入退室は、紙の名簿に記入するだけである。",
    "税務データは月に2回、委託先へメールに添付して送付している。",
    "○課長　セキュリティ対策の一環として研修を行っておりますが、受講率は3割にとどまっております。",
    "ホームページのCMSはWordPress 4.9のまま更新していない。",
    "予約サイトはnginx 1.10で稼働しております。",
])
def test_live_data_vendor_in_charge_shared_logins_and_quarantine_fire(text, found):
    assert len(found(R, text)) == 1


@pytest.mark.parametrize("text", [
    "サーバ室の運用については、規則に沿って適正に行っております。",
    "電算室の管理は、関係規程に則り適切に実施しているところでございます。",
    "施設の清掃は業者任せにせず、職員も確認している。",     # no system in sight
    "同じアカウントを使わないよう、職員に周知している。",
    "バスの運行で障害が発生しても、誰も気付かないことがある。",   # no system
    "施設の利用者名簿は紙の台帳に手書きしている。",               # no control of a system
    "住民データの件数は約12万件である。",                         # a count of records, sent nowhere
    "個人データは令和6年度に新システムへ移行した。",
    "ファイルサーバの容量を増やしました。",
    "○課長　人権研修の受講率は3割にとどまっております。",          # a course with no system in sight
    "WordPressでブログを作りました。",                               # a product with no version
    "PHPの研修を受講した。",
])
def test_general_management_and_near_misses_do_not_fire(text, found):
    assert found(R, text) == []


def _review_or_mask(text):
    from redactor.pipeline import Redactor
    return [text[f.start:f.end] for f in Redactor().check(text).findings if f.label == "SECURITY_DETAIL"]


def test_an_item_of_a_list_about_systems_shares_its_topic():
    text = ("２　指摘事項\n・サーバの管理者権限を持つ職員は5名いる。\n"
            "・委託業者の作業に職員が一度も立ち会っていない。\n")
    assert "委託業者の作業に職員が一度も立ち会っていない" in _review_or_mask(text)


@pytest.mark.parametrize("text", [
    "２　避難所の課題\n・毛布は200枚しかない。\n・自家発電装置の燃料は2時間分しか備蓄していない。\n",
    "３　工事の状況\n・委託業者の作業には職員が立ち会っていない。\n・道路の点検は毎年5月に行う。\n",
    # turns of minutes are no list: another turn's system words do not carry over
    "○委員 サーバはどこに置くのか。\n○課長 委託先に置きます。\n○委員 道路について伺う。\n"
    "○建設課長 委託業者の作業には職員が立ち会っていない。\n",
])
def test_an_item_of_a_list_about_something_else_does_not(text):
    assert _review_or_mask(text) == []
