"""SECURITY_DETAIL in paper documents (issue 12, session 16): how
specifications, audit findings, incident reports and notices state controls
and gaps (a single configuration, a function a device lacks, a procedure
nobody can find, a token as the second factor, a gate against tailgating,
a secret handed over sealed, a login closed at a contract's end, one
password per section, outbound mail left unrestricted); and the lines that
give an attacker nothing (a bullet of conduct rules, an item's title, a
budget's line). The sentences are made up.
"""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _flagged(text):
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text", [
    # one device with nothing behind it, said as its configuration; everything stops at once
    "庁舎とデータセンターを結ぶ回線のルータはシングル構成となっており、故障すると全ての業務が同時に停止する。",
    "本庁と支所の間のスイッチは単一構成であり、故障時には支所との通信が全断する。",
    # outbound mail to private addresses, not held back
    "職員のメールから私用アドレスへの送信は制限しておりません。",
    "外部宛のメールは、上長の承認を経ずにそのまま送信できる設定です。",
    # a token as the second factor, a gate against tailgating, a sealed handover
    "保守用ポータルへのサインインは、パスワードとUSBトークンによる二要素の確認とする。",
    "電算室の入口には、フラッパーゲートを設置している。",
    "初期パスワードは封緘した封筒で手交している。",
    # copies sent to a distant site with their schedule; a line held to a bandwidth
    "遠隔地への複製は毎週土曜日の深夜に行っている。",
    "回線の帯域は50Mbpsまでに抑えている。",
    # a device without the function the control needs; what should be locked can be erased
    "貸し出したSDカードは、暗号化機能の無い市販品でした。",
    "共有フォルダの中身は、一般職員の権限でも消去可能な状態となっていた。",
    # a login closed or handed back at the end of a contract or a job
    "委託業者の作業用IDは作業完了後に無効化している。",
    # terminals let off a control, and nobody keeps their list
    "例外端末が全庁で12台あるが、台帳に載っていない。",
    # one password per section, shared
    "パスワードは係ごとに一つを設定し、係員が共有している。",
    # traffic flagged at night looked at the next morning
    "不正通信の検知は、夜間は翌朝に確認している。",
    # what a copier keeps after printing
    "印刷データは、印刷が終わった後も削除されず、最大2年分が保存されていた。",
    # records kept that should be erased; two sides of a segregation on one network
    "閲覧履歴は退会後も消去せず、全件をデータベースに保持している。",
    "窓口用の端末は、来庁者向けWi-Fiと同じVLANに混在している。",
    # a card of random numbers as the second factor
    "スマートフォンを持たない職員には、ワンタイムコードに代えてカード型の乱数表を貸与する。",
    # an exception to a control stated before an instruction to the reader
    "受付用の共用アカウント（各係1つ）は今回の一斉変更の対象外とし、引き続き係長が管理してください。",
])
def test_paper_document_kinds_fire(text):
    assert _flagged(text), text


@pytest.mark.parametrize("text", [
    # a shutdown procedure nobody can find, with the system named
    "住民記録サーバの停止手順書が所在不明で、停止に1時間を要した。",
    # a sealed handover: the secret and the way it travels
    "管理者パスワードは報告書に記載せず、別途封緘して手交する。",
])
def test_clause_carries_the_control(text):
    assert any(len(t) > 10 for t in _flagged(text)), text


@pytest.mark.parametrize("text", [
    # general statements every municipality makes (kept from before: must stay quiet)
    "本市は情報セキュリティポリシーに基づき適切に管理しております。",
    "全職員を対象に情報セキュリティ研修を実施しました。",
    # everyday words near the new vocabulary
    "台風による停電で、市内の信号機が同時に停止した。",
    "防災無線の放送が一斉に止まることはございません。",
    "前室で上履きに履き替えてください。",
    "市民課の窓口は、平日午前8時30分から午後5時15分まで開いています。",
    # the cost of a later year, a survey's response rate: no control's period or count
    "EDRの2年目以降の経費（年約1,800万円）は一般財源となる見込み。",
    "各課の自己点検票（回収率100％）を参考とした。",
    "年賀状の印刷データを業者に送った。",
    "市民と職員が混在しないよう、動線を分けている。",
    "古い記録は削除せずに保存するよう指示した。",
    # a bullet of conduct rules told to staff: what every policy lists
    "(2) 利用上の注意\n　・パスワードを同僚に教えない、付箋に書いて画面に貼らない\n　・端末を車内に置いたままにしない。喫茶店等で開かない。\n",
    # an item's title over the lines that say what was done
    "１．作業内容\n　(1) 入退室管理装置の設定変更\n　　登録カードの有効期限を見直した。\n",
    "２　点検項目\n　(2) サーバ室の入退室管理システムの点検\n　　カードの登録状況を見た。\n",
    # a budget's line: what is bought, for how much
    "　　区分　　　　　　　　内容　　　　　　　　　　金額（千円）\n"
    "　　(1) 端末更新　　　　業務用パソコン８００台分　　　　４２，０００\n",
    "　　区分　　　　　　　　内容　　　　　　　　　　金額（千円）\n"
    "　　(2) ＥＤＲ導入　　　全端末９００台分（１年目）　　　　１２，３００\n"
    "　　(3) 外部診断　　　　脆弱性診断（公開サーバ８台）　　　４，０００\n",
])
def test_nothing_for_an_attacker_stays_quiet(text):
    assert not _flagged(text), text


@pytest.mark.parametrize("text", [
    # a rule with a figure is a policy's detail, even in a bullet of rules
    "(2) パスワードの条件\n　・パスワードは90日ごとに変更し、使い回さない\n",
    # a rule with a topic says how a system is built (not a rule of conduct)
    "・保守用の端末は有線で直結し、VPNを経由しない\n",
    "・保守用端末からのリモート保守は行わない\n",
    # a gap in a bullet is said with ていない
    "・予備回線は引いていない\n",
    # a budget's line that limits a control or admits a gap still fires
    "　　区分　　　　　　　　内容　　　　　　　　　　金額（千円）\n"
    "　　(2) 監視委託　　　　サーバの監視は平日日中のみ、夜間は対象外　　　　９，６００\n",
])
def test_near_misses_still_fire(text):
    assert _flagged(text), text


def test_quiet_lines_are_dropped_with_a_reason():
    """Fail closed: a line left unflagged for what it is says so."""
    from redactor.recognizers._drops import recording
    text = ("(2) 利用上の注意\n　・パスワードを同僚に教えない、付箋に書いて画面に貼らない\n"
            "２　点検項目\n　(2) サーバ室の入退室管理システムの点検\n　　カードの登録状況を見た。\n")
    with recording() as drops:
        assert not _flagged(text)
    reasons = {d.reason for d in drops if d.label == "SECURITY_DETAIL"}
    assert any("行動の決まり" in r for r in reasons) and any("見出し" in r for r in reasons), reasons
