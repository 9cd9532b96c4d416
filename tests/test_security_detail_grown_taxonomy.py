"""SECURITY_DETAIL: the control taxonomy grown from the structure of the domain
(session 19): ISO/IEC 27002:2022 controls the first classes lacked (8.32
change management, 8.1 endpoint devices, 8.10 deletion, 8.5 lockout, 7.3
locks and windows, 7.11 utilities, 5.22 supplier monitoring, 8.12 sharing
by link, 8.14 paths) and the guideline's own words (三層の対策, サニタイズ,
証跡). Each positive clause ties the control to something an attacker could
use; each negative one uses the same words about everyday things or states
what every municipality states. All clauses are made up."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _mask(text):
    """Findings the default profile masks (generic ones are REVIEW)."""
    return [(t, a) for t, a in found(R, text) if not a["generic"]]


@pytest.mark.parametrize("text, detail", [
    # 8.32 change management: the fallback kept, the window when a network is down, two systems side by side
    ("旧環境は切替後も2週間残し、不具合があれば切り戻す。", "2週間残し"),
    ("移行作業では旧サーバを10日間残しておき、問題があれば元の環境に切り戻す。", "10日間"),
    ("・9/14　受電設備の点検に伴う全システム停止（7:30～16:00）", "7:30～16:00"),
    ("移行中は住民票の交付を紙の台帳で受け付け、切替時のネットワーク停止は最大4時間とする。", "最大4時間"),
    # 8.16 monitoring said as done, with its hours and its staff
    ("休日（土日祝）は委託先の職員1名が遠隔でサーバを監視している。", "職員1名"),
    # 5.14 where a message goes typed by hand, nothing to check it against
    ("通知書の送付先アドレスは担当者が申請書を見ながら手入力しており、システムと照合する仕組みはなかった。", "照合する仕組みはなかった"),
    # a service reached by a browser from a private machine
    ("教員は自宅の私物のパソコンから校務用メールにWebでアクセスしていた。", "私物のパソコン"),
    # the cloud era (2024-26): the clouds, their connections, their sign-in, copies ransomware cannot reach
    ("CASBは導入しておらず、私用のクラウドへのアップロードを止められない。", "導入しておらず"),
    ("バックアップはイミュータブルな領域に7世代保存している。", "7世代"),
    ("条件付きアクセスにより、庁外からは市が貸与した端末でしかサインインできない。", "しかサインインできない"),
    # 8.10 deletion said with 削除
    ("写真は送信後も端末から削除されず、3日分が残っていた。", "削除されず"),
    # 8.5 lockout said as a setting
    ("同じ端末から8回失敗すると20分遮断する設定としている。", "20分遮断"),
    ("認証に6回失敗すると1時間その端末からの接続を遮断する。", "1時間"),
    # 7.3 locks and windows of a room that holds systems
    ("旧電算室の窓は通りに面した1階にあり、錠は普通のシリンダー錠である。", "シリンダー錠"),
    # 8.15 the guideline's 証跡
    ("操作の証跡は7年間保管している。", "7年間"),
    # the wireless key in katakana, shared by all
    ("全校で同一の事前共有キーを使用していた。", "同一の事前共有キー"),
    # 8.14 two paths, a cut cable
    ("本庁と支所の間は光ケーブルと事業者回線の2経路とし、一方が断線しても通信を続ける。", "2経路"),
    ("支所9施設と本庁の間を閉域のIP-VPNで結ぶ。", "9施設"),
    # 5.30 availability promised
    ("基幹系システムの稼働率は99.95%を保証している。", "99.95%"),
    # 8.12 files shared out by a link
    ("オンラインストレージの外部共有は招待制で有効期限は3日としている。", "有効期限は3日"),
    ("外部とのファイル共有は有効期限を３日に限っている。", "３日に限っている"),
    # 8.1 endpoint: data left in the device, settings pushed to it
    ("持出し用のタブレットは写真を端末内に保存できない設定とし、端末管理ツールで一括して設定を配信している。", "端末内に保存"),
])
def test_controls_the_first_taxonomy_lacked(text, detail):
    hits = _mask(text)
    assert any(detail in t for t, _ in hits), hits


@pytest.mark.parametrize("text", [
    "第3条を削除する。",
    "公民館の窓は南向きで明るい。",
    "路線バスの経路を変更し、停止時間を短縮する。",
    "バスの位置情報を取得できるアプリを導入した。",
    "新庁舎への移転作業は3月に行う。",
    "補助金の移行期間は3年間とする。",
    "パスポートの有効期限は10年である。",
    "窓口の受付時間は8:30～17:15である。",
    "公民館の開館時間は9:00～21:00とする。",
    "河川の水位は国土交通省が24時間監視している。",
    "新制度への移行中は旧様式の申請書も受け付ける。",
    "指令台の地図データの更新作業中は、位置情報の表示が止まることがある。",
    "申請書の内容は職員が手入力しているため、処理に時間を要している。",
    "市のホームページにWebでアクセスし、申請してください。",
    "送付先アドレスの変更は窓口で受け付けます。",
    "本市ではAWSなどのクラウドサービスの活用を検討してまいります。",
    "児童生徒にはiPadを1人1台配備しています。",
    "Microsoft 365を導入し、業務の効率化を図っております。",
    "市内の小学校9校でプール開放を行う。",
    "道路の電線が断線した場合は東北電力に連絡する。",
    "総務課長には、予算の要求内容がまとまった段階で、改めて報告を求めます。",
    "夜間・休日は当番職員が携行する公用携帯電話に連絡する。",
    # what every municipality states: REVIEW at most
    "三層の対策を講じている。",
    "メールの添付ファイルはサニタイズしてから職員に届く。",
])
def test_the_same_words_about_everyday_things_or_common_statements_are_not_masked(text):
    assert _mask(text) == []
