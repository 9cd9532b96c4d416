"""SECURITY_DETAIL in tables and forms (recognizers/_security_cells.py): a
cell whose column says it is a model, a version, a place, a backup's
schedule, an access rule, an end of support or an audit's open finding;
budgets, price lists, staff lists, schedules and numbers never fire.
Every table and value here is made up."""
import pytest

from redactor.recognizers._security_cells import heading_kind, security_cells
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def cells(found, text):
    return [t for t, a in found(R, text, "SECURITY_DETAIL")]


# --- each column kind fires -------------------------------------------------

def test_equipment_list_model_and_place_cells(found):
    text = ("別表２　調達機器一覧\n"
            "品名\t型番\t数量\t設置場所\n"
            "ファイアウォール\tQX-5150\t1\t本館4階電算室\n"
            "コアスイッチ\tSW-3300G\t2\t本館4階電算室\n")
    got = cells(found, text)
    assert "QX-5150" in got and "SW-3300G" in got
    assert "本館4階電算室" in got
    assert "1" not in got  # the quantity is no detail


def test_spaced_heading_row_keeps_a_latin_name_whole(found):
    text = ("機器名　ＯＳ　保守期限\n"
            "文書管理サーバ　Windows Server 2012 R2　2023年10月\n")
    got = cells(found, text)
    assert any(g.startswith("Windows Server 2012 R2") for g in got)


def test_a_heading_row_with_a_latin_figure(found):
    text = ("ホスト名\tIPv4アドレス\t型番\n"
            "core-sw\t-\tZS-7720\n")
    assert "ZS-7720" in cells(found, text)


def test_ruled_register_with_end_of_support(found):
    text = ("情報資産台帳（抜粋）\n"
            "┃資産名┃設置場所┃サポート期限┃\n"
            "┣━━━╋━━━━╋━━━━━━┫\n"
            "┃財務会計サーバ┃西庁舎2階┃2025年10月（延長なし）┃\n")
    got = cells(found, text)
    assert "西庁舎2階" in got and "2025年10月（延長なし）" in got


def test_backup_schedule_table(found):
    text = ("４　バックアップの運用\n"
            "対象　　取得周期　　世代　　保管媒体　　保管場所\n"
            "住民記録　　毎日深夜　　7世代　　磁気テープ　　東出張所の金庫\n")
    got = cells(found, text)
    assert {"毎日深夜", "7世代", "磁気テープ", "東出張所の金庫"} <= set(got)
    assert "住民記録" not in got


def test_account_table(found):
    text = ("システム名\t認証方式\t権限\t利用者範囲\n"
            "税務システム\tIDとパスワード\t更新可\t税務課職員12名\n")
    got = cells(found, text)
    assert got == ["IDとパスワード", "更新可", "税務課職員12名"]  # cell by cell: the masked table keeps its columns


def test_none_is_a_gap_in_a_control_column_only(found):
    text = ("システム名\t多要素認証\t設置場所\n"
            "財務会計システム\tなし\tなし\n")
    assert [(t, a["trigger"]) for t, a in found(R, text, "SECURITY_DETAIL")] == [("なし", "多要素認証")]


def test_audit_findings_and_an_open_status(found):
    text = ("情報セキュリティ内部監査の結果\n"
            "番号\t指摘事項\t対応状況\n"
            "1\t共用の管理者IDを3名で使っている\t未対応\n"
            "2\t鍵の貸出簿の記入漏れ\t対応済\n")
    got = cells(found, text)
    assert "共用の管理者IDを3名で使っている" in got and "未対応" in got
    assert "鍵の貸出簿の記入漏れ" in got
    assert "対応済" not in " ".join(got)  # a closed item's status says nothing


def test_a_status_that_states_the_gap_and_an_end_of_support_remark(found):
    text = ("情報システム点検表\n"
            "点検項目\t状況\n"
            "サーバ室の鍵\t鍵の貸出記録を付けていない\n"
            "機器名\t設置場所\t備考\n"
            "旧財務サーバ\t-\tサポート終了のまま稼働\n")
    got = cells(found, text)
    # (a control and its state, one row of two cells: the row is read whole)
    assert any(g.endswith("鍵の貸出記録を付けていない") for g in got)
    assert any(g.startswith("サポート終了のまま稼働") for g in got)


def test_a_failed_item_of_a_checklist(found):
    text = ("情報セキュリティ自己点検表\n"
            "No\t点検項目\t点検結果\n"
            "1\tサーバ室の扉の施錠\t不適合\n"
            "2\t端末のスクリーンロック\t適合\n")
    got = cells(found, text)
    # (the item and its result, under a numbered row: masked as one)
    assert any(g.startswith("サーバ室の扉の施錠") and g.endswith("不適合") for g in got)
    assert not any("スクリーンロック" in g for g in got)


def test_drill_results_by_section_is_the_row(found):
    text = ("標的型メール訓練の結果（所属別）\n"
            "所属\t対象者数\t開封者数\n"
            "管財課\t31\t12\n")
    assert cells(found, text) == ["管財課\t31\t12"]


def test_fields_of_a_form(found):
    text = ("３　導入機器\n"
            "・機器：ファイアウォール\n"
            "・型番　ＱＸ－５１５０\n"
            "・ファームウェア：v8.1.3\n"
            "・保管場所：北別館1階の倉庫\n")
    got = cells(found, text)
    assert "ＱＸ－５１５０" in got  # (offsets point into the original, full-width as written)
    assert any(g.endswith("v8.1.3") for g in got) and "北別館1階の倉庫" in got
    assert not any("ファイアウォール" == g for g in got)  # the device's kind alone is no detail


def test_a_server_system_in_a_field_but_not_a_client_system(found):
    assert any("Windows Server 2019" in g for g in cells(found, "・機器：庁内ファイルサーバ\n・OS：Windows Server 2019\n"))
    # (the table reader alone: the prose reader reads a bullet's label and value on its own terms)
    text = "・機器:児童用タブレット端末\n・OS:Windows 11\n"
    assert [text[c.start:c.end] for c in security_cells(text)] == []


def test_an_item_whose_heading_is_a_label(found):
    text = ("庁内無線LANの整備について\n"
            "２　対象範囲\n"
            "　　東庁舎1階から3階まで。北館は対象外とする。\n"
            "３　問い合わせ\n"
            "　　情報政策課\n")
    assert any(g.startswith("東庁舎1階から3階まで。北館は対象外") for g in cells(found, text))
    assert not any("情報政策課" in g for g in cells(found, text))


def test_a_model_under_a_heading_of_another_name(found):
    text = ("番号\t調達品\t規格\t数量\t設置場所\n"
            "1\tL3スイッチ\tNX-4800\t2\t本館2階\n"
            "2\t会議用机\tW1800\t6\t第1会議室\n")
    got = cells(found, text)
    assert "NX-4800" in got and "W1800" not in got  # (a desk's size is no model: no device in its row)


def test_a_table_of_items_and_values(found):
    text = ("機器仕様\n"
            "項目\t内容\n"
            "機器\tファイアウォール\n"
            "型番\tQX-5150\n"
            "設置場所\t本館4階電算室\n"
            "台数\t2\n")
    got = cells(found, text)
    assert "QX-5150" in got and "本館4階電算室" in got and "2" not in got


def test_model_tied_to_a_device_in_its_row(found):
    assert cells(found, "無線アクセスポイント\tAP-2710X\t24台") == ["AP-2710X"]


# --- near misses: the same shapes that are no security detail ---------------

@pytest.mark.parametrize("text", [
    # a budget table
    "事業名\t予算額\t件数\n情報機器更新事業\t12,400千円\t3\n",
    # a price list: what was bought, at a price
    "品名\t型番\t数量\t単価\t金額\nノートパソコン\tLB-7720\t40\t98,000\t3,920,000\n",
    # a staff list
    "氏名\t職名\t所属\n西原　一\t主査\t情報政策課\n",
    # a schedule of meetings
    "開催日\t会議名\t場所\n5月20日\t情報化推進会議\t第2会議室\n",
    # a document number and an order number are no models
    "文書番号\tR6-112\t件名\tルータの購入について\n",
    "発注番号：PO-48213\n件名：サーバ室の清掃\n",
    # AEDs have a 設置場所 column too
    "AED設置一覧\n設置場所\t台数\n市民体育館\t2\n",
    # public cars have a 型式 column
    "公用車一覧\n車名\t型式\t登録番号\nバン\tDBA-NV21\t品川500あ12-34\n",
    # the retention of paper files
    "文書分類\t保存期間\n契約書\t10年\n",
    # an audit of the accounts, not of the systems
    "定期監査の結果\n指摘事項\t対応状況\n旅費の算定誤り\t検討中\n",
    # the scope of a subsidy, under the same item heading
    "補助金の概要\n１　対象範囲\n　　市内の中小企業\n",
    # a person's record under an item heading of the account request form
    "システム利用申請書\n２　利用者\n　所属　システム保守課\n　氏名　川辺　一郎\n",
    # a checklist of another field, failed
    "道路施設点検表\n点検項目\t点検結果\nガードレールの破損\t不適合\n",
    # a sentence that starts with a heading word and a space
    "情報システムの運用\nサポート　体制を強化します。\n",
    # a list of the public Wi-Fi spots, published on purpose
    "公衆無線LAN（フリーWi-Fi）設置場所一覧\n施設名\t設置場所\t機器\n市民会館\t1階ロビー\tアクセスポイント2台\n",
    # a heading row with no rows under it
    "機器の一覧（別紙）\n設置場所\t台数\n",
    # an open status with no finding beside it (an incident list's 状況)
    "インシデント一覧\n番号\t所管課\t内容\t状況\nR9-02\t税務課\tシステムの誤操作による誤送付\t調査中\n",
    # an edition or a count is no version
    "計画の概要\n・バージョン：第2版\n・対象システム：3本\n",
    # a column named with another word around the heading word
    "広報媒体\t発行回数\n広報紙\t月1回\n",
])
def test_tables_that_are_no_security_detail(found, text):
    assert cells(found, text) == []


def test_a_model_in_a_phrase_of_prose_is_no_field():
    # (the table reader alone: the prose reader judges the sentence)
    text = "情報機器の点検\n型番 TK4402817 の機器\n"
    assert [text[c.start:c.end] for c in security_cells(text)] == []
    assert [text[c.start:c.end] for c in security_cells("情報機器の点検\n型番 TK4402817\n")] == ["TK4402817"]


def test_heading_kinds():
    assert heading_kind("機器型番") == "model"
    assert heading_kind("サポート終了日") == "support"
    assert heading_kind("保管場所（住所）") == "place"
    assert heading_kind("OS/ファームウェア") == "version"
    assert heading_kind("サポート終了予定") == "support"
    assert heading_kind("利用者数") is None
    assert heading_kind("氏名・所属") is None
    assert heading_kind("対応方針") is None


# --- a place column spread over every floor or office names no room -------------

@pytest.mark.parametrize("value, fires", [
    ("庁舎各階", False), ("本庁舎及び各支所", False), ("全庁", False), ("庁舎各階、公民館", False),
    # a room, a floor or one building by its place is a place
    ("本館3階電算室", True), ("各階の配線室", True), ("北支所2階", True),
])
def test_place_cell_spread_over_every_office(found, value, fires):
    text = ("品名\t型番\t数量\t設置場所\n"
            f"業務用端末\t―\t180\t{value}\n"
            "ルータ\t―\t2\t本館4階電算室\n")
    assert (value in cells(found, text)) is fires, value
