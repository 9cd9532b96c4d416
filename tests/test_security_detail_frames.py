"""SECURITY_DETAIL read from the frame of a clause rather than a control
word (issue 12): an access rule (a limit bound to a verb of getting in), the
end of a vendor's support with its date, a list of sections between a
control and its count, a spare machine counted, lines counted as cables, a
control's step running late, a numbered row of a specification, and an item
of a list whose other items name the system. Each with the near miss that
must stay quiet. The sentences are made up."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _flagged(text):
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text, value", [
    # a system reached from two terminals of one section only
    ("○課税課長　償却資産の申告システムは、課税課の専用端末2台からしか操作できません。",
     "償却資産の申告システムは、課税課の専用端末2台からしか操作できません"),
    # who may change a system's records, said as a limit on the verb
    ("○保険年金課長　国保システムの資格情報は、係長以上の3名のみ変更可能としております。",
     "国保システムの資格情報は、係長以上の3名のみ変更可能としております"),
])
def test_an_access_rule_said_as_a_limit_on_getting_in(text, value):
    assert value in _flagged(text)


@pytest.mark.parametrize("text", [
    # a public service's hours: no verb of getting into a system
    "○市民課長　証明書のコンビニ交付は、午後11時までしか利用できません。",
    # the same frame for a car park, no system word in the turn
    "○管財課長　庁舎の駐車場は、平日の午前8時から午後6時までしか入場できません。",
])
def test_a_limit_on_a_service_or_a_car_park_is_no_access_rule(text):
    assert _flagged(text) == []


def test_the_end_of_a_vendors_maintenance_with_its_date():
    text = "○情報政策課長　ネットワーク機器のメーカー保守は令和9年3月末で終了いたします。"
    assert "ネットワーク機器のメーカー保守は令和9年3月末で終了いたします" in _flagged(text)


def test_a_contract_that_ends_is_no_end_of_support():
    # a lease or a service contract that ends: no product left without fixes
    assert _flagged("○財政課長　公用車のリース契約は令和9年3月末で終了いたします。") == []


def test_a_list_of_sections_between_a_control_and_its_count():
    text = "○情報政策課長　マイナンバー利用事務系の端末は、保険年金課、介護保険課、障害福祉課の窓口に計14台ございます。"
    got = _flagged(text)
    assert any(g.startswith("マイナンバー利用事務系の端末は") and g.endswith("計14台ございます") for g in got)


def test_a_frame_word_before_a_control_is_no_item_of_a_list():
    # 今回、 opens the sentence: an adverb of the talk, outside, and no item of a list
    got = _flagged("○情報政策課長　今回、住民記録のバックアップは週1回でございます。")
    assert "住民記録のバックアップは週1回でございます" in got


def test_an_incidents_count_of_terminals_is_no_layout():
    # the terminals hit and restored: an incident's count, no spare named
    text = "○情報政策課長　被害を受けた端末は約40台で、全て初期化した上で復旧いたしました。"
    assert _flagged(text) == []


def test_lines_counted_as_cables():
    text = "○情報政策課長　本庁と分庁舎の間は、光回線3本で結んでおり、1本が切れても業務は続けられます。"
    assert any("光回線3本" in g for g in _flagged(text))


@pytest.mark.parametrize("text", [
    "○人事課長　退職者のアカウントの削除が、人事異動の時期には遅れております。",
    "○情報政策課長　サーバの修正プログラムの適用が滞っている状況でございます。",
])
def test_a_controls_step_running_late(text):
    assert _flagged(text)


def test_a_late_building_work_is_no_weakness():
    assert _flagged("○建設課長　市道の改良工事が、資材の不足で遅れております。") == []


def test_a_numbered_row_of_a_specification():
    text = ("別表　システム要件\n"
            "1\t認証方式\tIDとパスワードに加え、ICカードによる二要素認証\n"
            "3\tバックアップ\t日次（差分）、週次（全体）\n")
    got = _flagged(text)
    assert any(g.startswith("バックアップ") and g.endswith("週次（全体）") for g in got)


def test_a_numbered_row_of_a_budget_is_no_control():
    text = ("別表　経費の内訳\n"
            "1\t庁舎清掃\t年間 1,200,000円\n"
            "2\t植栽管理\t年間 300,000円\n")
    assert _flagged(text) == []


def test_an_item_of_a_list_shares_the_systems_named_by_another_item():
    text = ("５　運用保守\n"
            "（１）障害発生時の対応は、平日の午前9時から午後5時までとし、それ以外は翌営業日の対応とする。\n"
            "（２）リモート保守は、VPN経由で行うこと。\n")
    assert any(g.startswith("障害発生時の対応は") for g in _flagged(text))


def test_a_list_without_a_system_keeps_its_failures_quiet():
    text = ("５　バスの運行\n"
            "（１）障害発生時の対応は、平日の午前9時から午後5時までとし、それ以外は翌営業日の対応とする。\n"
            "（２）運賃は現金で支払うこと。\n")
    assert _flagged(text) == []


@pytest.mark.parametrize("text", [
    # what an incident did, told as events: no control's state
    "２　被害の状況\n　基幹サーバ及び庁内の端末約80台のファイルが暗号化され、脅迫文が表示された。\n",
    "３　概要\n　窓口端末1台のUSBポートに、不審なUSBメモリが差し込まれたままになっているのを、職員が発見した。\n",
    "○情報政策課長　本年5月、税務システムに障害が発生し、約3時間にわたり窓口での発行ができない状態となりました。",
])
def test_an_incidents_narrative_is_no_control(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, value", [
    # the same report, where a sentence says how a control was kept
    ("４　バックアップ\n　バックアップは同じネットワーク上のNASに取っており、こちらも暗号化された。\n",
     "バックアップは同じネットワーク上のNASに取っており、こちらも暗号化された"),
    # a default left in place, found by the audit
    ("○情報政策課長　監査の結果、ルータの管理者パスワードが初期設定のままであることが判明しました。",
     "ルータの管理者パスワードが初期設定のままであることが判明しました"),
])
def test_an_incidents_sentence_that_states_a_control_still_fires(text, value):
    assert any(value in g for g in _flagged(text))


def test_a_concern_relayed_from_others_restates_no_gap():
    text = "○委員　学校の端末のフィルタリングについて、保護者から不安の声が出ています。"
    assert _flagged(text) == []


def test_a_member_who_calls_a_gap_unsafe_restates_it():
    text = "○委員　学校の端末のフィルタリングが家庭では効かないのは不安だ。"
    assert _flagged(text)


def test_a_vendor_without_a_product_or_version_is_no_detail():
    text = "３．５　ソフトウェア\n　グループウェアは架空ソフト株式会社の製品を継続利用する。\n"
    assert _flagged(text) == []


def test_a_product_with_its_version_still_fires():
    text = "３．５　ソフトウェア\n　グループウェアはDeskNote 6.2を継続利用する。\n"
    assert _flagged(text)


@pytest.mark.parametrize("text", [
    # another body's incident, from the news: no control of this one
    "○委員　近隣の市でランサムウェアの被害があり、住民サービスが4日間停止したと報道されている。本市は大丈夫か。",
    # a page's statistics, not who may read
    "○情報政策課長　市のホームページの閲覧数は、1日平均で約2,500件でございます。",
    # how long an outage took, told with the apology
    "○情報政策課長　システムの復旧までに約6時間を要し、窓口の皆様には大変御迷惑をおかけいたしました。",
])
def test_news_statistics_and_an_outages_apology_are_no_details(text):
    assert _flagged(text) == []


def test_our_own_incident_said_beside_another_towns_still_fires():
    text = "○情報政策課長　本市でも、近隣の市と同様に、バックアップは同じ建物のNASに取っております。"
    assert _flagged(text)


@pytest.mark.parametrize("text", [
    "○委員　公用のスマートフォンに、ロックをかけていない職員がいるのではないか。",
    "○情報政策課長　ウイルス定義ファイルの更新は、各端末で職員が手動で行っております。",
    "○情報政策課長　市民からの相談メールは、情報政策課の職員2名しか見ることができません。",
])
def test_a_lock_not_set_a_manual_update_and_a_mailbox_two_may_read(text):
    assert _flagged(text)


def test_a_lock_set_says_nothing_specific():
    assert _flagged("○情報政策課長　公用のスマートフォンには、ロックをかけて使っております。") == []


def test_the_system_before_a_frame_of_time_is_in_the_span():
    text = "○情報政策課長　財務会計システムは、平成29年の導入以来、一度もバージョンアップをしておりません。"
    assert any(g.startswith("財務会計システムは") for g in _flagged(text))


def test_the_end_of_maintenance_as_a_numbered_field():
    text = "３　現行システム\n（４）保守期限　令和9年9月30日\n"
    assert any("保守期限" in g for g in _flagged(text))


def test_the_fields_of_a_meetings_header_are_no_details():
    text = ("総務常任委員会会議録\n日時：令和6年6月10日（月）午前10時\n場所：本庁舎3階　第1委員会室\n"
            "出席委員：8名\n議題：情報セキュリティポリシーの改定について\n"
            "件名：バックアップ装置の購入\n数量：1式\n納入場所：本庁舎\n")
    assert _flagged(text) == []


def test_the_days_of_an_audit_are_its_date_not_a_period():
    text = "情報セキュリティ監査報告書\n監査実施日：令和6年10月8日・9日\n監査人：総務課\n"
    assert _flagged(text) == []


def test_data_carried_by_car_every_evening():
    text = "○情報政策課長　支所と本庁の間のデータは、毎日夕方に職員が車で運んでおります。"
    assert _flagged(text)


def test_data_moved_to_a_new_system_by_no_channel_is_no_detail():
    text = "○情報政策課長　旧システムのデータは、新システムへ約6か月かけて移行いたします。"
    assert _flagged(text) == []


@pytest.mark.parametrize("text, start", [
    # the field the sentence gives, as a short topic
    ("○情報政策課長　サーバは更新いたしました。設置場所は、従来と同じく本庁舎4階の電算室でございます。", "設置場所は"),
    # a short clause that names the control
    ("○情報政策課長　停電の際、非常用発電機は4時間分の燃料しかございません。", "停電の際"),
    # a privileged right inside a longer word (システムの管理者権限)
    ("○情報政策課長　システムの管理者権限を持つ職員は、情報政策課の4名でございます。", "システムの管理者権限"),
])
def test_a_short_topic_that_names_the_field_or_the_control_is_in_the_span(text, start):
    assert any(g.startswith(start) for g in _flagged(text))


def test_an_indented_row_of_a_drills_report_after_normalisation():
    # the wide spaces fold to plain ones before the recognizers read the line
    text = "標的型メール訓練の実施結果\n４　結果\n　開封した職員　48名（9.6％）\n"
    assert any("48名" in g for g in _flagged(text))


@pytest.mark.parametrize("text", [
    "○情報政策課長　外部から届いた添付ファイルは、職員が自分の判断で開いております。",
    "○情報政策課長　個人情報を含むファイルを暗号化するかどうかは、各課の判断に任せております。",
    "○情報政策課長　保守業者は、自社のノートパソコンを庁内ネットワークに直接つないで作業しております。",
])
def test_a_control_left_to_judgement_and_a_foreign_device_joined(text):
    assert _flagged(text)


@pytest.mark.parametrize("text", [
    # a resident's own judgement in a disaster, no control
    "○危機管理課長　避難の時期は、御自分の判断で早めに決めていただくようお願いしております。",
    # a contractor's own machine used at its own office
    "○情報政策課長　保守業者は、自社の事務所で作業計画を作成しております。",
])
def test_judgement_and_a_contractors_office_without_a_control(text):
    assert _flagged(text) == []


def test_a_member_who_believes_a_rule_is_gone_round():
    text = "○委員　USBメモリの使用は禁止されているのに、実際には許可なく使っている職員がいるのではないか。"
    assert any("許可なく使っている" in g for g in _flagged(text))


def test_a_rule_gone_round_with_no_control_is_no_detail():
    # a car park used without leave: no control of a system
    assert _flagged("○管財課長　庁舎の駐車場を無断で使用する車両がございます。") == []


def test_a_contracts_paperwork_skipped_is_no_device_rule_gone_round():
    text = "（３）再委託\n　データ入力の一部を、届出なく架空データ合同会社に再委託していた。\n"
    assert _flagged(text) == []


def test_a_place_described_with_aru_is_no_other_town():
    from redactor.recognizers.security_detail import _ELSEWHERE

    assert _ELSEWHERE.search("バックアップテープは、別館にある町の倉庫に保管しております。") is None
    assert _ELSEWHERE.search("ある町ではランサムウェアの被害が発生した。")  # near miss: another town's incident


@pytest.mark.parametrize("title", [
    # a title that carries a model, a period or a count states what an attacker wants
    "ルーター（RTX1300）のファームウェア更新について",
    "監視ログの保存期間を９０日に短縮することに係る報告",
    "職員認証カードの有効期限を２年に延ばす件について",
])
def test_a_title_line_with_a_specific_is_read_as_a_statement(title):
    assert _flagged(title + "\n\n経緯は次のとおりです。\n")


@pytest.mark.parametrize("title", [
    "庁舎の入退室管理について",
    "令和７年度情報セキュリティ研修について（報告）",
    "第２回情報化推進委員会について",
    "令和６年度情報セキュリティ監査の結果について",
])
def test_a_title_line_naming_only_a_topic_stays_quiet(title):
    assert not _flagged(title + "\n\n経緯は次のとおりです。\n")
