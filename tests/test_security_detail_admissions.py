"""SECURITY_DETAIL: the grammar of an admission about a control (issue 12).
A control's step nobody could confirm (消去は確認できていない), a check
meant for two done by one, data a contractor keeps after the job, a window
of a continuity plan (…の復旧までは、…の利用を停止する), and the words of
the government-cloud era (ガバメントクラウド, 標準準拠システム, βモデル,
自治体情報セキュリティクラウド) with a gap or a specific. The general
statements every municipality makes, and the same grammar about things that
are no control, stay unflagged. The sentences are made up."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _flagged(text: str) -> list[str]:
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    # a control's step not confirmed, said after it or as an open question
    "遠隔操作で端末内のデータを消去する命令を送ったが、消去は確認できていない。",
    "バックアップが正常に取得できているかは、まだ確認できておりません。",
    "パッチの適用状況は各課の端末について確認できていない。",
    "ガバメントクラウド上のデータが正しく消去されたかどうかは確認できていない。",
    # a check meant for two done by one
    "メールの宛先の確認は、担当者１名のみで行っていた。",
    "休日のバックアップの確認は、担当職員1名のみで行っております。",
    # kept after the job or the contract ends, the comma between or not
    "保守業者は、業務終了後も作業用のパソコンに住民データを保持している。",
    "業務終了後も、保守業者は作業用のパソコンに住民データを保持している。",
    "委託契約の終了後も、委託先のサーバに申請データが60日間残る。",
    "運用担当の職員が異動後も管理者の権限を保持していた。",
    # a window of a continuity plan
    "基幹系サーバの復旧までは、窓口の証明書発行システムの利用を停止する。",
    "ファイルサーバの切替えが終わるまでの間は、各課の共有フォルダを利用できない。",
    "標準準拠システムの一部は、ガバメントクラウドへの移行が終わるまでは住民票の写しの交付に利用できない。",
    # the government-cloud era's words with a gap or a specific
    "ガバメントクラウドへの接続回線は1系統のみで、予備の回線はない。",
    "自治体情報セキュリティクラウドを経由しない接続が、出先の3施設に残っている。",
    "βモデルへの移行後も、マイナンバー利用事務系の端末の一部はインターネット接続系と同じセグメントに残っている。",
    # coverage that stops short; how long the address leases are kept
    "無線LANの電波が届くのは、図書館の閲覧室だけである。",
    "DHCPのリース記録は7日分しか残していない。",
    # a double check done by one
    "メールの送信前のダブルチェックは、係員1名のみで行っていた。",
])
def test_an_admission_about_a_control_fires(text: str) -> None:
    assert _flagged(text), text


@pytest.mark.parametrize("text", [
    # general statements of the programme and of the controls
    "本市はβ'モデルを採用している。",
    "ガバメントクラウドへの移行を進めている。",
    "本町では、標準準拠システムへの移行に取り組んでいる。",
    "自治体情報セキュリティクラウドを利用している。",
    # the programme's words said together, as every municipality says them
    "標準化法に基づき、住民記録、税、福祉など20業務のシステムを標準準拠システムへ移行し、ガバメントクラウド上で運用する。",
    "標準準拠システムは、ガバメントクラウド上でLGWAN接続系から利用する。",
    "情報セキュリティ対策の強化に努めている。",
    "本市では情報セキュリティ研修を毎年実施している。",
    # 確認できていない of what did not happen: nothing found, no gap
    "被害の有無は現在調査中で、情報の流出は確認できておりません。",
    "不正アクセスによる被害は確認できておりません。",
    # the same grammar about no control
    "本日の説明は課長のみで行います。",
    "道路の復旧までは、県道の通行を止める。",
    "大会が終わるまでの間は、体育館の利用を停止します。",
    "年度末までは、窓口の受付時間を延長する。",
    # a double check and a radio's reach that are no information system's
    "窓口での書類のダブルチェックを徹底している。",
    "防災行政無線の電波が届くのは、市の中心部のみである。",
    # a rule of retention and a duty that outlives the contract
    "委託契約の終了後も、記録は5年間保存する。",
    "受託者は、契約の終了後も秘密保持の義務を負う。",
])
def test_general_statements_and_other_things_do_not_fire(text: str) -> None:
    assert _flagged(text) == []


def test_the_window_is_masked_with_the_stop_it_opens() -> None:
    text = "基幹系サーバの復旧までは、窓口の証明書発行システムの利用を停止する。"
    spans = _flagged(text)
    assert any("復旧までは" in s and "停止" in s for s in spans)
