"""SECURITY_DETAIL by control class (recognizers/data/security_controls.toml):
for each class a clause that ties the control to something an attacker could
use (a schedule, a place, a product, a scope, an admission) fires, and a near
miss of the same words does not. Made-up clauses, written from the chapters
of the MIC guideline and ISO/IEC 27002 themes."""
import pytest

from conftest import found
from redactor.normalize import normalize
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R, _CATEGORY_OF, _CONTROLS, _triggers


def _mask(text):
    """Findings the default profile masks (generic ones are REVIEW)."""
    return [(t, a) for t, a in found(R, text) if not a["generic"]]


FIRING = {
    "account_management": ("退職者のアカウントは年度末まで残っている。", "年度末まで残っている"),
    "privileged_access": ("管理者権限は情報政策課の職員全員が持っている状態でございます。", "職員全員"),
    "cryptography": ("持ち出すノートパソコンはBitLockerを設定しておりません。", "設定しておりません"),
    "physical_access": ("異動した職員のICカードは翌月まで使えてしまう。", "翌月まで使えてしまう"),
    "removable_media": ("USBメモリの持出し簿は付けていない。", "付けていない"),
    "erasure": ("廃棄するパソコンのハードディスクは専用のソフトウェアで3回上書きしてから破砕する。", "3回上書き"),
    "backup": ("バックアップは同じ庁舎内にしか置いていない。", "同じ庁舎内"),
    "logging": ("・ログ保存期間 6か月", "6か月"),
    "malware": ("ウイルス定義ファイルの更新は週に1回、手動で行っております。", "週に1回"),
    "vulnerability": ("窓口端末の一部は今もWindows 7で動いております。", "Windows 7"),
    "product_version": ("ファイアウォール「SecureBox 300」のバージョンは5.2.1である。", "5.2.1"),
    "network_layout": ("本庁と北支所の端末のみ、インターネットに直接接続できる設定となっております。", "北支所の端末のみ"),
    "data_transfer": ("委託業者とのデータの受渡しは、毎月DVDで行っております。", "毎月DVD"),
    "supplier": ("保守業者は事前の連絡なしにサーバ室へ入れる。", "連絡なしに"),
    "incident_response": ("標的型メールの訓練は年2回、6月と12月に行っております。", "年2回"),
    "audit": ("情報セキュリティ監査は毎年11月に実施しております。", "毎年11月"),
    "business_continuity": ("予備の回線は引いておりません。", "引いておりません"),
    "awareness": ("情報セキュリティ研修を一度も受けていない職員が3割おります。", "受けていない"),
    "upgrade": ("税務システムは、令和元年の導入以来、一度もバージョンアップをしておりません。", "税務システムは"),
    "secure_testing": ("システム改修の試験は本番データを使って行っております。", "本番データを使って"),
    "authentication": ("職員は顔認証でパソコンにサインインし、その後ワンタイムパスワードを入力する。", "顔認証"),
    "password_policy": ("パスワードは60日ごとに変更し、過去3世代は使えない。", "60日ごと"),
    "change_management": ("新旧の住民記録システムを4か月間並行稼働させる。", "4か月間"),
    "endpoint_devices": ("訪問用タブレットは撮影した画像を端末内に保存する設定で、30日間残る。", "30日間"),
    "staffing_access": ("共有フォルダには課の全員がアクセスでき、閲覧制限はかけておりません。", "かけておりません"),
    "environmental": ("サーバ室は1階にあり、浸水対策は講じておりません。", "講じておりません"),
    "operating_procedures": ("基幹システムの切替手順書は旧版のままで、更新されておりません。", "旧版のまま"),
    "system_administration": ("サーバの管理は係長一人に任せきりでございます。", "任せきり"),
    "clear_desk_screen": ("住民情報を表示したままの端末から職員が席を離れることがございます。", "表示したまま"),
    "asset_inventory": ("情報資産の台帳は作成しておりません。", "作成しておりません"),
    "clock_sync": ("庁内の時刻同期は行っておらず、サーバごとに時刻がずれている。", "行っておらず"),
}

NOT_FIRING = {
    "account_management": "市の公式アカウントは広報課が運用しております。",
    "privileged_access": "管理者権限を持つ職員が多すぎるのではないか。",
    "cryptography": "電子署名の仕組みについて説明を受けた。",
    "physical_access": "避難所の鍵は自治会が保管しております。",
    "removable_media": "USBメモリの使用は原則として禁止しております。",
    "erasure": "不要になった書類は適切に廃棄しております。",
    "backup": "定期的にバックアップを取っております。",
    "logging": "アクセスログを取得しております。",
    "malware": "ウイルスに感染した端末はございません。",
    "vulnerability": "Windowsの操作研修を行いました。",
    "product_version": "ソフトウェアは常に最新の状態に保つよう努めてまいります。",
    "network_layout": "ネットワーク分離を実施しております。",
    "data_transfer": "書類の受け渡しは窓口で行います。",
    "supplier": "委託先とは秘密保持契約を締結しております。",
    "incident_response": "消防訓練は年2回実施しております。",
    "audit": "監査委員による定期監査は毎年8月に実施しております。",
    "business_continuity": "路線バスの予備の車両はございません。",
    "awareness": "令和5年度に全職員を対象に情報セキュリティ研修を実施し、受講していない職員はおりません。",
    # an upgrade done, told as a service's news
    "upgrade": "電子申請のバージョンアップにより、申請の手続が3分で終わるようになりました。",
    "secure_testing": "学力テストは毎年4月に実施しております。",
    "authentication": "マイナンバーカードの暗証番号を忘れた方は、本人確認書類を持参してください。",
    "password_policy": "パスワードを忘れた場合は、窓口で再発行いたします。",
    "staffing_access": "メールの誤送信はございませんでした。",
    "environmental": "地下道の浸水対策として止水板を設置しております。",
    "operating_procedures": "窓口の手順書は旧版のままで、改訂を予定しております。",
    "system_administration": "サーバの管理は情報政策課の職員2名で行っております。",
    "clear_desk_screen": "委員会資料は、各委員の机の上に置いたままにしておいてください。",
    "asset_inventory": "固定資産台帳は毎年度更新しております。",
    "clock_sync": "庁舎の時計がずれていたため、時刻合わせを行いました。",
    "change_management": "駅前広場の銅像の移設作業は3月に行います。",
    "endpoint_devices": "路線バスの位置情報を取得できるアプリを公開しました。",
}


def test_every_class_has_a_firing_and_a_non_firing_test():
    assert set(FIRING) == set(_CONTROLS) == set(NOT_FIRING)


@pytest.mark.parametrize("cls", sorted(FIRING))
def test_a_control_tied_to_something_usable_fires(cls):
    text, detail = FIRING[cls]
    hits = _mask(text)
    assert any(detail in t for t, _ in hits), hits
    # the clause is read through the class's own vocabulary
    norm = normalize(text).text
    assert cls in {_CATEGORY_OF[t] for t in _triggers(norm, 0, len(norm))}


@pytest.mark.parametrize("cls", sorted(NOT_FIRING))
def test_a_near_miss_of_the_class_does_not_fire(cls):
    assert _mask(NOT_FIRING[cls]) == []


@pytest.mark.parametrize("text, detail", [
    # a polite answer, a bullet row, a row whose value is "none"
    ("委託業者用のシステムは、契約終了後も一か月ほど使える状態でございます。", "使える状態"),
    ("・バックアップ媒体:LTOテープ、週次で外部倉庫へ搬出", "週次"),
    ("・予備回線:なし", "なし"),
    # a weakness said with a plain verb
    ("操作ログは誰も見ていない。", "見ていない"),
    ("ログの保存期間は定めておりません。", "定めておりません"),
    # a product past its vendor's end of support, still running
    ("財務会計のサーバはWindows Server 2008のまま稼働しております。", "Windows Server 2008"),
    ("一部の業務システムはInternet Explorerでしか動作しません。", "Internet Explorer"),
    ("支所の端末はパターンファイルの更新が止まったままでございます。", "止まったまま"),
    ("無線LANは来庁者用と職員用で同じ機器を使っております。", "同じ機器"),
])
def test_answers_bullets_and_plain_admissions(text, detail):
    assert any(detail in t for t, _ in _mask(text))


@pytest.mark.parametrize("text", [
    # a member's question asks; it states nothing (…のではないか asserts the
    # speaker's view: a belief, read as a statement, see _BELIEF)
    "退職者のIDが残っているのではないか。", "サポートの切れたOSを使っているのか。",
    # nothing happened, nothing is wrong
    "現時点でサーバへの不正アクセスは確認できておりません。", "バックアップから復元したため、データの消失はございません。",
    "データセンターへの移行によって、停電時もシステムが止まることはございません。",
    "ログインできない場合は、情報政策課にご連絡ください。",
    # no harm, no report: a negated verb that admits no gap
    "サーバへの不正アクセスの報告は受けておりません。", "ウイルス感染による被害は出ておりません。",
    "ログを確認した結果、情報の流出には至っておりません。", "庁内ネットワークへの影響は受けておりません。",
    # a product named with no version, nothing admitted
    "Windowsの更新は職員が各自で行うことになっております。",
    # a bullet with no value, a heading
    "・バックアップについて", "2 アカウントの管理",
])
def test_questions_and_reassurances_do_not_fire(text):
    assert _mask(text) == []


@pytest.mark.parametrize("text, detail", [
    # the scope of a control or of its exception: which section, terminal, town
    ("住民票の発行端末は、戸籍係の2台に限ってUSBの接続を許可しております。", "2台に限って"),
    ("北町の出張所だけは、いまも紙の台帳で入退室を管理しております。", "北町の出張所だけ"),
    ("教育委員会はネットワーク分離の対象外となっております。", "対象外"),
    ("税務課の端末に限り、外部メールの添付ファイルを開くことができます。", "税務課の端末に限り"),
    # operations with a schedule or a channel
    ("サーバの再起動は毎月第3日曜日の深夜に行っております。", "深夜"),
    ("バックアップテープは、月末に業者が車で運び出して保管しております。", "月末"),
    ("住民税のデータは、年に2回、CD-Rで県に送付しております。", "年に2回"),
    # a control that does not work, a step skipped, a folder left open
    ("職員のパソコンは、離席しても画面ロックがかからない設定になっております。", "かからない"),
    ("個人情報を含むファイルは、暗号化せずに共有フォルダに置かれておりました。", "暗号化せずに"),
    ("人事異動の際、前の課のフォルダも引き続き見られる状態が続いておりました。", "見られる状態"),
    ("住基ネットの端末は市民課の奥の部屋に3台ございます。", "3台"),
    ("入退室の記録は、年度が替わると破棄しております。", "年度が替わると"),
    ("庁内LANの機器は、保守契約が切れたまま使っております。", "切れたまま"),
    ("外部とのファイルのやり取りは、毎週水曜日にまとめて情報政策課が行っております。", "毎週水曜日"),
    ("重要なデータのバックアップは、係長のパソコンにも保存しております。", "係長のパソコン"),
    # someone else's login
    ("財務会計システムは、前の担当者のIDで今もログインしている状態です。", "前の担当者のID"),
])
def test_scopes_schedules_and_channels(text, detail):
    assert any(detail in t for t, _ in _mask(text))


@pytest.mark.parametrize("text", [
    "システム更新の説明会は、市民センターの2階で毎月第1土曜日に開いております。",
    "マイナンバーカードの申請は、本庁と北支所の窓口のみで受け付けております。",
    "住民票の写しのコンビニ交付は、毎日6時30分から23時まで利用できます。",
    "庁内のパソコンは5年ごとにリース契約を更新しております。",
    "データセンターの利用料は、年額で約1200万円でございます。",
    "新システムの操作説明会は、各課2名ずつ参加していただきました。",
    "防災無線の点検は月に1回行っております。", "図書館の蔵書データは、毎晩自動で更新されております。",
    "住民票の写しは、本人または同一世帯の方のみ請求できます。",
])
def test_services_and_contracts_with_figures_do_not_fire(text):
    assert _mask(text) == []


def test_everyday_checks_drills_and_tests_in_minutes_that_also_discuss_systems():
    text = ("○委員 住民情報システムのサーバはどこに置くのか。\n"
            "○情報政策課長 委託先のデータセンターに置く予定でございます。\n"
            "○委員 道路の維持管理について伺います。\n"
            "○建設課長 道路の点検は毎年5月と10月に実施しております。\n"
            "○教育部長 学力テストは毎年4月に全学年で実施しております。\n"
            "○危機管理課長 総合防災訓練は毎年9月1日に、職員の参集訓練は年2回行っております。\n"
            "○監査委員事務局長 定期監査は毎年8月に実施しております。\n"
            "○委員 情報セキュリティについて伺います。\n"
            "○情報政策課長 情報セキュリティの自己点検は毎年10月に全課で実施しております。\n")
    assert [t for t, _ in _mask(text)] == ["情報セキュリティの自己点検は毎年10月に全課で実施しております"]


@pytest.mark.parametrize("text, detail", [
    # open to every terminal or person: a plain answer, a polite one, a bullet, a belief
    ("ルータの管理画面は、庁内のどの端末からでもログインできる設定になっております。", "どの端末からでも"),
    ("ファイアウォールの設定画面はどこからでも接続できる状態でございます。", "どこからでも"),
    ("・管理コンソール：全端末から接続可", "全端末から接続可"),
    ("人事データのフォルダは、どの職員でも開ける設定になっているのではないか。", "どの職員でも"),
    # a server room unprotected from water, fire, heat, quakes
    ("電算室には消火設備がなく、スプリンクラーも設置されていない。", "消火設備がなく"),
    ("サーバ室は浸水想定区域内にあり、止水板の備えもないのではないか。", "止水板"),
    ("・サーバ室の耐震固定：未実施", "未実施"),
    ("サーバのラックは床に固定しておらず、転倒防止の措置がとられていない。", "転倒防止"),
    # a runbook out of date, missing, never revised
    ("（委員）サーバが止まったらどうするのか。\n（課長）復旧手順のマニュアルはなく、担当者の記憶に頼っている。", "マニュアルはなく"),
    ("リストアの手順書は平成の導入時のものから一度も改訂していない。", "改訂していない"),
    ("原因は、副系への切替手順書が旧版のままで、DNSの書換え手順が抜けていたことによる。", "抜けていた"),
    # where a secret is kept at a desk
    ("管理者のIDとパスワードは封筒に入れて課長席の鍵付き引出しで保管している。", "鍵付き引出し"),
    ("・管理者パスワードの保管場所：係長席の鍵付きキャビネット", "係長席"),
    ("緊急用アカウントのパスワードは金庫の中の封筒に入れているのではないか。", "封筒"),
])
def test_scopes_environment_procedures_and_secrets_kept_at_desks(text, detail):
    assert any(detail in t for t, _ in _mask(text)), found(R, text)


@pytest.mark.parametrize("text", [
    "市のホームページは、どの端末からでもご覧いただけます。",
    "電子申請は、どこからでもご利用いただけるようになっております。",
    "市民会館は浸水想定区域内にあり、止水板を設置いたしました。",
    "（委員）学校の体育館の空調はどうか。\n（課長）空調は1台のみで、更新を予定しております。",
    "（委員）避難所の運営は。\n（課長）受付の手順が抜けていたため、混乱いたしました。",
    "申請書類は封筒に入れて窓口にご提出ください。",
    "パスワードは適切に管理しております。",
])
def test_the_same_words_about_public_services_and_buildings_do_not_fire(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, detail", [
    # a register handed to a contractor on a schedule; a switchover drill's month;
    # who may read a system; a restore never tried
    ("税の当初課税データは年1回、光ディスクに焼いて業者が取りに来る。", "年1回"),
    ("災害時の切替訓練は毎年10月に実施しております。", "毎年10月"),
    ("生活保護システムの閲覧は、保護係の端末3台に限定しております。", "限定"),
    ("バックアップは取っているものの、復元できるかの確認はしたことがない。", "したことがない"),
])
def test_registers_moved_drills_reading_rules_and_restores(text, detail):
    assert any(detail in t for t, _ in _mask(text)), found(R, text)


@pytest.mark.parametrize("text", [
    "課税データの分析結果は、年1回、議会に報告しております。",   # the data named, not moved
    "議事録の閲覧は、市政情報コーナーに限定しております。",       # reading of public records
    "文化財の復元は、令和7年度に完了する予定でございます。",
    "市民の皆様は、窓口で住民票の写しを取りに来ていただく必要がございます。",
])
def test_registers_reading_and_restoring_outside_systems_do_not_fire(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, detail", [
    ("・ウイルス定義ファイルの自動更新：停止中", "停止中"),
    ("外部からの問い合わせメールの添付ファイルはそのまま開いている。", "そのまま開いている"),
    ("システム障害の際は、委託業者の担当者の携帯に直接連絡する以外に手段がない。", "以外に手段がない"),
    ("サーバの管理者パスワードは、前任者から口頭で引き継いでいる。", "口頭で"),
    ("無線LANは、来庁者用と職員用で同じアクセスポイントを使っているのではないか。", "同じアクセスポイント"),
    ("税務システムの保守は、業者がUSBメモリを持ち込んで作業している。", "持ち込んで"),
    ("内部ネットワークの機器は、いまだに工場出荷時のパスワードで運用している箇所がある。", "工場出荷時"),
])
def test_controls_stopped_skipped_handed_over_by_word_or_left_at_defaults(text, detail):
    assert any(detail in t for t, _ in _mask(text)), found(R, text)


@pytest.mark.parametrize("text", [
    "申請書は、そのまま窓口に提出していただいて結構でございます。",
    "暗証番号を電話で聞かれても、決してお答えにならないでください。",
    "バスの運行は、台風の接近に伴い停止中でございます。",
    "緊急時の連絡手段は、防災無線以外に手段がございません。",
    "市民の皆様は、ご自宅のパソコンを持ち込んで講習に参加できます。",
])
def test_the_same_words_about_services_and_warnings_do_not_fire(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, detail", [
    # a product in Latin script with a dotted version, whoever made it; a version word after it
    ("職員ポータルはCybozu Garoon 5.0を使っている。", "Garoon 5.0"),
    ("・L3スイッチ：Cisco Catalyst 9300（IOS XE 17.3）", "IOS XE 17.3"),
    ("メールのフィルタリングはm-FILTER Ver.5で行っております。", "Ver.5"),
    # a state put as a question
    ("入退室の記録は、夜間に入室した場合だけ残る仕組みではないか。", "だけ残る"),
])
def test_products_with_versions_and_states_put_as_questions(text, detail):
    assert any(detail in t for t, _ in _mask(text)), found(R, text)


@pytest.mark.parametrize("text", [
    "Society 5.0の実現に向けて、DXを推進しております。",
    "本市は、Web 3.0の活用について研究しております。",
    "総合計画Ver.2.0を策定いたしました。",
    "この点は、セキュリティ上の課題ではないか。",
])
def test_slogans_plan_editions_and_open_questions_do_not_fire(text):
    assert found(R, text) == []
