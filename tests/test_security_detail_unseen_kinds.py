"""SECURITY_DETAIL on the kinds unseen documents write (issue 12): weaknesses
said in everyday words, controls with a schedule or a scope, devices named
by maker and model number, support that ended said with other verbs, drills
with a month and a week, a phishing drill's results; and the general
statements every municipality makes, which must stay unflagged. The
sentences are made up."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _flagged(text):
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    # a leaver's account still alive, said plainly
    "四月に退職した非常勤職員のアカウントが、夏になってもまだ生きていた。",
    # one line and nothing behind it; the way out to the internet
    # (with a system word in the turn: a bus route joins places too)
    "庁内ネットワークは、本庁と北支所を結ぶ線が一本きりで、切れたら代わりはない。",
    "インターネットへの出口は1か所だけで、そこが止まると全庁で使えなくなる。",
    # records that do not last
    "操作の記録は45日たつと上書きされて消えてしまう。",
    # anyone can write; a login borrowed
    "ファイルサーバには、庁内の誰もが書き込める。",
    "会計年度任用職員は係長のIDを借りて住民記録システムに入っている。",
    "ルータの管理画面は、どの課の端末からも入れる設定になっている。",
    # a test on live data, said as data of real people
    "新しい福祉システムの試験には、実在する市民の情報をそのまま流し込んでいる。",
    # a device's settings nobody touches since the one who knew left
    "ネットワーク機器の設定は、担当の主査が異動してから誰も触っていない。",
    # where the servers stand, and water getting in
    "サーバを置いている部屋は旧館の1階で、大雨のたびに床下に水が入ってくる。",
    # devices named by maker and model number near a word of equipment in use
    "文書の保存にはNetApp FAS2650を導入しております。",
    "本庁の境界にはWatchGuard Firebox M370を設置している。",
    # support that ended, said with other verbs
    "図書館の検索端末は、サポートの終わったOSのまま使い続けている。",
    "窓口のプリンタは、保守期限を過ぎた機器を使っている。",
    # a drill's month and week, a month of every year
    "災害時のシステム切替訓練は、例年10月の第2週に実施しております。",
    # a home device let into the network; the same admin ID for two parties; left out of date
    "情報システム課の職員は、自宅のパソコンから庁内のシステムに接続できる。",
    "電子決裁システムの管理者IDは、委託業者と情報政策課で同じものを使っている。",
    "ウイルス対策ソフトの定義ファイルは手動で更新しており、半月ほど古いままの端末がある。",
    # a team on a single login
    "財務会計システムには係の4人が一つのIDで入っている。",
    # a phishing drill's results
    "訓練メールを開いた職員は143名で、そのうち22名は前回も開いていた。",
])
def test_unseen_kinds_fire(text):
    assert _flagged(text), text


@pytest.mark.parametrize("text", [
    # general statements every municipality makes
    "ネットワーク分離を実施しております。",
    "マイナンバー利用事務系とインターネット接続系のネットワーク分離を実施しております。",
    "本システムは、LGWAN接続系に置き、インターネット接続系とは分離すること。",
    "全職員を対象に情報セキュリティ研修を実施しております。",
    "訓練は年1回、全庁を対象に実施しております。",
    "年2回の訓練を継続する。",
    # a course's scope (全職員) is no specific of the separation before it
    "ネットワーク分離を実施し、全職員を対象とした研修を行っております。",
    "システムの脆弱性については、随時、対応しております。",
    "受託者に対し、情報セキュリティポリシーを遵守させなければならない。",
    "当社はISMS（ISO/IEC 27001）の認証を取得しています。",
    # whoever is permitted, unnamed; a yearly audit; a control only looked into
    "サーバ室への入室は、許可された職員に限っております。",
    "USBメモリなどの外部記録媒体は、許可されたもの以外は使用できないこととしております。",
    "情報システムについては、年に一度、外部の専門家による監査を受けております。",
    "多要素認証の導入について、他市の状況を調査しているところでございます。",
    # remote working as a way of working, not a system's access
    "職員は週1回テレワークを実施している。",
    # the same words outside a system
    "四月に退職した職員の送別会を開いた。",
    "市役所と駅を結ぶ線はバスが一本きりである。",
    "大雨のたびに市道の地下道に水が入ってくる。",
    # a model number with no equipment in use near it, a slogan
    "会場はホールA、資料はSection B2を参照のこと。",
    "Society 5.0の実現に向けて取り組む。",
    # a date of the proceedings is no schedule
    "2024年9月の第1週に委員会を開催した。",
])
def test_general_statements_and_near_misses_stay_unflagged(text):
    assert _flagged(text) == [], text


def test_a_named_permission_and_a_month_of_audit_still_fire():
    # who permits and which terminals, an audit's month: specifics the general wording lacks
    assert _flagged("サーバ室への入室は、情報政策課の職員3名に限っております。")
    assert _flagged("情報システムについては、毎年11月に外部の専門家による監査を受けております。")


def test_the_three_layer_model_with_more_than_its_own_words_still_fires():
    # two common controls beyond the three-layer words: a closed line besides LGWAN
    assert _flagged("住民記録の端末はLGWANとは別に閉域の専用回線で接続している。")


# monitoring and detection missing, no spare, a security device planned: the
# question before the answer names the system (minutes answer their question)
@pytest.mark.parametrize("text", [
    "○７番委員　サーバの監視について伺う。\n○情報政策課長　夜間や休日は監視しておらず、障害は翌営業日に確認しております。",
    "○７番委員　情報システムについて伺う。\n○情報政策課長　不審な通信を検知する仕組みはございません。",
    "○７番委員　基幹系のサーバについて伺う。\n○情報政策課長　サーバは1台しかなく、予備はございません。",
    "○７番委員　ホームページの改ざん対策について伺う。\n○情報政策課長　現在、IDSやIPSは導入していない。",
    "○７番委員　ホームページのサーバについて伺う。\n○情報政策課長　来年度にWAFを導入し、攻撃を検知する予定です。",
])
def test_missing_monitoring_spares_and_planned_devices_fire(text):
    assert _flagged(text), text


@pytest.mark.parametrize("text", [
    # a river's monitoring, a meeting's spare chairs: no system in the turn or the question
    "○７番委員　河川の安全対策について伺う。\n○建設課長　河川の監視は行っておりませんが、水位計を設置しております。",
    "○７番委員　会場の準備について伺う。\n○総務課長　予備の椅子はございません。",
    # a reassurance and a plan with no control named
    "○７番委員　情報システムについて伺う。\n○情報政策課長　不正アクセスを検知した場合には、速やかに対応いたします。",
    "○７番委員　情報システムについて伺う。\n○情報政策課長　セキュリティ対策の強化を予定しております。",
])
def test_monitoring_and_spares_outside_systems_stay_unflagged(text):
    assert _flagged(text) == [], text


def test_a_note_that_admits_a_gap_stays_with_its_sentence():
    text = "２　作業報告\n　　作業内容　セキュリティ更新プログラムの適用（9月分。8月分は動作確認中のため未適用）\n"
    assert any("未適用" in t for t in _flagged(text))
    # a note on the date only is still cut off (…の適用（10月2日実施）)
    assert not any("実施" in t for t in _flagged("セキュリティ更新プログラムを当月分まで適用済みでございます（10月2日実施）。"))


def test_an_indented_report_row_with_a_figure_is_a_statement():
    assert _flagged("４　訓練の結果\n　訓練メールを開封した職員　158名（12.4％）\n")
    # the same row shape with no control word
    assert _flagged("４　研修の結果\n　受講した職員　412名\n　アンケート回答　388名\n") == []
