"""SECURITY_DETAIL: weaknesses in how people handle screens, papers, doors
and devices, said with no control word (ISO/IEC 27002:2022 7.7 clear desk
and clear screen, 7.8 equipment siting, 7.9 assets off the premises, 6.7
remote working, 5.16 shared identities, 5.22 a contractor's work unwatched),
and an end-of-support system still running. Each shape has a near miss: the
same act in everyday municipal business (a meeting paper on the desk, a
library door kept open, a shared meeting room, a pupil's tablet taken home)
must not fire. Made-up sentences."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _masked(text):
    """Findings the default profile masks (generic ones go to REVIEW)."""
    return [t for t, a in found(R, text) if not a["generic"]]


@pytest.mark.parametrize("text, detail", [
    # clear screen: a session left open where the counter can see it
    ("住民情報を表示したままのパソコンから職員が席を離れることがございます。", "席を離れる"),
    ("窓口の端末はログインしたままで、来庁者から画面が見える位置にございます。", "見える"),
    # clear desk: records left out
    ("出力した帳票が、複合機に置きっぱなしになることがございます。", "置きっぱなし"),
    ("住民の一覧表を机の上に置いたまま帰宅する職員がおります。", "置いたまま"),
    # a door or a cabinet left open
    ("個人情報を含む書類の保管庫は鍵をかけずに開け放しになっております。", "開け放し"),
    # assets off the premises, work carried home
    ("業務用のノートパソコンを車内に置いたまま離れた事例がございました。", "車内"),
    ("出力した帳票を自宅に持ち帰って作業している職員がおりました。", "持ち帰って作業"),
    # one device passed round
    ("福祉課では訪問用のタブレット端末一台を係員全員で使い回しております。", "使い回し"),
    # a contractor's work unwatched
    # (a system named: 保守業者 alone is a lift's or a boiler's as often)
    ("サーバの保守業者の作業には職員が立ち会っておりません。", "立ち会っておりません"),
])
def test_a_handling_weakness_said_plainly(text, detail):
    assert any(detail in t for t in _masked(text)), _masked(text)


@pytest.mark.parametrize("text", [
    "職員には、離席時の画面ロックを徹底するよう周知しております。",
    "会議資料を机の上に置いたままにしておいてください。",
    "議員の皆様の机上に資料を配付しております。",
    "図書館の入口の扉は、夏場は開けたままにしております。",
    "会議室は複数の課で共用しております。",
    "公用車は全員で使い回しております。",
    "子どもたちがタブレット端末を自宅に持ち帰って学習しております。",
    "パソコンの操作が苦手な方には、窓口で職員が付き添ってご案内いたします。",
    "窓口から見えるところに案内板を設置しました。",
    "帳票のレイアウトを見直し、見やすくいたしました。",
    "選挙人名簿の縦覧は、窓口で行っております。",
])
def test_the_same_act_in_everyday_business_does_not_fire(text):
    assert not found(R, text)


def test_a_server_past_its_maintenance_period_still_running():
    text = "窓口システムは、保守期限の切れたサーバで動いております。"
    assert any("保守期限の切れたサーバで動いて" in t for t in _masked(text)), _masked(text)


def test_a_server_whose_maintenance_period_was_extended_does_not_fire():
    assert not _masked("保守期限を延長したサーバは、来年度に更新いたします。")
