"""SECURITY_DETAIL said in everyday words (issue 12, third pass): a carried
disk, an exchange "やり取り" with its schedule before it, a contractor
working alone, printed records put out with the rubbish, a disk not erased,
the one person who knows a system, a product past its end of support; the
rows of a table that share their caption's topic; a passage on security
carrying an everyday control word; the yearly cadence every municipality
states. Each shape has a near miss that must not fire. Made-up sentences."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _flagged(text):
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text, detail", [
    # a disk carried between sites, a contractor taking it away
    ("税務課から印刷業者へのデータはNASに入れて郵送している。", "NASに入れて郵送"),
    ("委託先の担当者が毎週金曜に庁舎に来て外付けディスクを持ち帰る。", "持ち帰る"),
    # an exchange in everyday words, its schedule in the clause before
    ("児童手当のデータは月に2回、委託先とDVDでやり取りしている。", "月に2回"),
    # a contractor alone, unwatched
    ("サーバ保守の業者が休日に一人で作業することがある。", "一人で作業"),
    ("委託業者のサーバ作業は立会いなしで行われている。", "立会いなし"),
    # printed records with the household rubbish; a disk not erased
    ("個人情報が書かれた帳票は燃えるごみとして出している。", "燃えるごみ"),
    ("返却するリースのパソコンはデータを消さずに業者へ渡している。", "消さずに"),
    # the one person who knows the system
    ("財務会計システムが分かる職員は会計課に一人しかいない。", "一人しか"),
    # a product past its vendor's end of support (published lifecycles)
    ("窓口の端末にはAdobe Flash Player 32がまだ残っている。", "Flash Player"),
    ("メールはExchange Server 2016で運用しております。", "Exchange Server 2016"),
])
def test_plain_words_tied_to_something_usable(text, detail):
    assert any(detail in t for t in _flagged(text)), _flagged(text)


@pytest.mark.parametrize("text", [
    # やり取り of a council or a newsletter, with a schedule
    "議会とのやり取りは月に1回、文書で行っている。",
    "住民の皆さんとは、毎月、広報紙でやり取りしている。",
    # a 事業者 is no 業者 said plainly; a trader working alone harms no system
    "事業者の方が一人で来庁されました。",
    # rubbish with no record in it; a cancellation, not an erasure
    "剪定した枝は燃えるごみとして出してください。",
    "申請を取り消さずに再提出してください。",
    # one control instead of another of its class: no step skipped
    "古い書類はシュレッダーにかけずに溶解処理しております。",
    # someone who knows a welfare scheme, not a system
    "制度に詳しい職員が窓口で対応いたします。",
    # the yearly cadence every municipality states
    "訓練は毎年度、計画に基づいて実施しているところでございます。",
    "情報セキュリティ監査は毎年実施しております。",
])
def test_the_same_words_with_nothing_usable_do_not_fire(text):
    assert _flagged(text) == []


def test_a_month_after_every_year_is_still_the_schedule():
    assert any("毎年11月" in t for t in _flagged("情報システムの外部監査は毎年11月に実施しております。"))


TABLE = ("情報セキュリティ対策の実施状況\n\n項目\t内容\t担当\n"
         "1\t外部監査は毎年9月に実施している\t総務課\n"
         "2\t委託先の監査は一度も実施していない\t契約課\n")


def test_rows_of_a_table_share_the_topic_of_its_caption():
    flagged = _flagged(TABLE)
    # each cell is a statement of its own: the row number and the section are not in it
    assert "外部監査は毎年9月に実施している" in flagged
    assert "委託先の監査は一度も実施していない" in flagged


def test_a_table_about_something_else_is_no_security_detail():
    table = TABLE.replace("情報セキュリティ対策の実施状況", "道路維持補修の実施状況")
    assert _flagged(table) == []


def test_a_passage_on_security_carries_an_everyday_control_word():
    passage = ("バックアップテープは本庁舎の金庫に保管しております。入退室は静脈認証で管理しております。\n"
               "２　指摘事項\n委託業者の作業には職員が立ち会っていない。")
    assert any("立ち会っていない" in t for t in _flagged(passage))
    # the same finding after a passage on roads: a works contractor, no system
    roads = "市道の舗装は年2回点検しております。\n２　指摘事項\n委託業者の作業には職員が立ち会っていない。"
    assert not any("立ち会っていない" in t for t in _flagged(roads))


@pytest.mark.parametrize("text, detail", [
    # a password's change said by the event that brings it
    ("パスワードの変更は年度替わりに行っております。", "年度替わり"),
    # a door and how it opens; a body part read alone
    ("本庁舎の通用口は職員証をかざして開けます。", "かざして"),
    ("住基端末は静脈で本人を確認してから使う仕組みです。", "静脈"),
    # what should have stopped, usable for a while
    ("退職した職員のカードもしばらく使えた。", "しばらく使えた"),
    ("異動した職員も翌月まで旧所属のフォルダを開けた。", "翌月まで"),
])
def test_rotation_entry_and_authentication_in_plain_words(text, detail):
    assert any(detail in t for t in _flagged(text)), _flagged(text)


@pytest.mark.parametrize("text", [
    "職員証を忘れた場合は総務課で仮の証を受け取ってください。",
    "犯人の指紋が採取されました。",
    "夜間は通用口をご利用ください。",
    "退職した職員の送別会を行った。",
    "年度替わりに人事異動の内示がございます。",
])
def test_doors_cards_and_leavers_with_no_control_do_not_fire(text):
    assert _flagged(text) == []


def test_a_residents_card_held_to_a_terminal_is_no_entry_control():
    assert _flagged("コンビニの端末にマイナンバーカードをかざして暗証番号を入力すると、証明書が取得できます。") == []


@pytest.mark.parametrize("text, detail", [
    # a control never tried
    ("バックアップは取っているが、戻せるか試したことはない。", "試したことはない"),
    # a privileged login kept, a default secret in use, nobody to read the log
    ("職員のパソコンは、管理者の権限のまま使っているものが多い。", "権限のまま"),
    ("ルータの管理画面は初期のパスワードのまま使っております。", "初期のパスワードのまま"),
    ("ログは取っているが、中身を見る人がいない。", "見る人がいない"),
])
def test_controls_never_tried_kept_or_unread(text, detail):
    assert any(detail in t for t in _flagged(text)), _flagged(text)


@pytest.mark.parametrize("text", [
    "これまで個人情報が漏えいしたことはない。",          # nothing happened
    "バックアップから復元したことはございますか。",      # a question
    "窓口には案内する職員がおりません時間帯もございます。",  # no system
])
def test_nothing_happened_or_asked_is_no_admission(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("dialogue, detail", [
    ("○佐野委員　サーバ室は何階にあるのか。\n○情報政策課長　4階でございます。", "4階でございます"),
    ("○佐野委員　バックアップはどのくらいの頻度で取っているのか。\n\n○情報政策課長　毎日、夜間に取得しております。",
     "毎日、夜間に取得"),
])
def test_an_answer_with_the_value_alone_states_what_the_question_names(dialogue, detail):
    assert any(detail in t for t in _flagged(dialogue)), _flagged(dialogue)


@pytest.mark.parametrize("dialogue", [
    "○佐野委員　サーバ室は何階にあるのか。\n○情報政策課長　今後、検討してまいります。",   # nothing stated
    "○佐野委員　防災訓練はいつ行うのか。\n○危機管理課長　10月に予定しております。",    # no system
    "○佐野委員　サーバ室の移転について伺う。今年度中に結論を出すのか。\n○情報政策課長　3月に結論を出します。",
])
def test_answers_that_state_no_control_do_not_fire(dialogue):
    assert _flagged(dialogue) == []


def test_a_request_to_explain_asks_and_states_nothing():
    assert _flagged("○佐野委員　サーバ室の移転について伺う。") == []



def test_the_chair_moving_to_another_item_ends_the_passage():
    minutes = ("○情報政策課長　バックアップテープは金庫に保管し、入退室は静脈認証で管理しております。\n"
               "○委員長　次に、道路の維持管理について質疑を行います。\n"
               "○土木課長　委託業者の作業には職員が立ち会っていない箇所もございます。")
    assert not any("立ち会っていない" in t for t in _flagged(minutes))


@pytest.mark.parametrize("text, detail", [
    # hearsay before a question: the member states what was heard
    ("電算室の鍵は事務室の机に置きっぱなしらしいが、本当か。", "置きっぱなし"),
    ("バックアップは月1回しか取っていないそうだが、それで足りるのか。", "月1回"),
    ("退職者のIDが半年残っていたと耳にしたが、事実か。", "半年残っていた"),
    ("パスワードを付箋で画面に貼っているという話があるが、どうか。", "付箋"),
])
def test_hearsay_before_a_question_is_read_as_stated(text, detail):
    assert any(detail in t for t in _flagged(text)), _flagged(text)


def test_hearsay_with_nothing_concrete_states_nothing():
    assert _flagged("バックアップの体制について話があるが、どうなっているのか。") == []
