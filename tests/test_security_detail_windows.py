"""SECURITY_DETAIL by the control's class, not a phrase (issue 12): the window
a system is worked on or stopped (a schedule with its days and hours), how
much data a failure loses (recovery point), and an exception to a control
in a passage that named the control before. Each rule has a near miss from
everyday municipal business. Made-up sentences."""
import pytest

from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R


def _masked(text):
    return [t for t, a in found(R, text) if not a["generic"]]


@pytest.mark.parametrize("text, detail", [
    # the window a system is worked on or stopped, with a system word in the line
    ("サーバの計画停止は、毎月第2土曜日の午前1時から5時までです。", "毎月第2土曜日"),
    ("基幹システムの定期作業は隔週水曜日の夜間に行っております。", "隔週水曜日"),
    # how much data a failure loses
    ("住民記録は毎晩複製しており、障害時には最大で1日分のデータが失われます。", "1日分のデータが失われ"),
    ("サーバが壊れた場合、最大で半日分のデータを失うことになります。", "半日分のデータを失う"),
])
def test_a_window_or_a_loss(text, detail):
    assert any(detail in t for t in _masked(text)), _masked(text)


@pytest.mark.parametrize("text", [
    # a road's or an elevator's works: no system in the line
    "市道の夜間作業は毎週火曜日の午後9時から行います。",
    "庁舎のエレベーターの点検作業は毎月第3月曜日の午前中です。",
    # a loss avoided, said in general
    "停電でデータが失われることのないよう、適切に対策を講じております。",
])
def test_no_window_or_loss(text):
    assert _masked(text) == [], _masked(text)


@pytest.mark.parametrize("text", [
    ("庁内無線LANの運用について\n１　接続方式\n　　WPA2で暗号化し、端末ごとに認証する\n"
     "２　対象範囲\n　　西庁舎と車庫棟は対象外で、有線接続のままとする。"),
    # one control named before is enough when a building is excepted
    "庁内無線LANの運用について\n１　接続方式\n　　端末ごとに証明書で認証する\n２　対象範囲\n　　南館と倉庫棟は対象外で、有線接続のままとする。",
    "ファイル暗号化とログの取得を全庁で始めました。出先機関の端末は当面対象外としております。",
])
def test_an_exception_in_a_passage_on_the_control(text):
    assert any("対象外" in t for t in _masked(text)), _masked(text)


@pytest.mark.parametrize("text", [
    # an exception with no control named before it
    "敬老祝金の支給について\n１　支給額\n　　1人1万円\n２　対象\n　　施設入所者は対象外とする。",
    # a control named before, but the exception is a subsidy's, of no place or system
    "庁内無線LANの暗号化と認証を見直しました。なお、今回の補助金は小規模事業者は対象外です。",
    # a building in the sentence, but what is excepted is a group of people
    "ファイアウォールを更新しました。○議長　次に、敬老祝金について。支給は本庁舎の窓口で行い、施設入所者は対象外です。",
])
def test_an_exception_of_something_else(text):
    assert _masked(text) == [], _masked(text)


@pytest.mark.parametrize("text, detail", [
    # a fix not yet applied, said in a bracketed note with a sentence of its own
    ("作業内容　Windows更新プログラムの適用（6月分。5月分は動作検証中のため未適用）", "未適用"),
    ("ウイルス対策ソフトの定義ファイルは、2台が未更新です。", "未更新"),
    # an account that stays valid (有効なまま) in a cell of an incident table
    ("R6-3\t5月2日\t収納課\t異動した臨時職員のアカウントが有効なまま残り、異動後にアクセス記録があった\t―", "有効なまま"),
])
def test_not_yet_applied_or_still_valid(text, detail):
    assert any(detail in t for t in _masked(text)), _masked(text)


@pytest.mark.parametrize("text", [
    # works not yet done, with no control named
    "道路改良事業（第2工区。第3工区は未実施）を進めております。",
    "令和5年度の事業のうち、2件は未実施です。",
    # a pass that stays valid is no account (定期券は有効なまま)
    "転居しても、バスの定期券は有効なままご利用いただけます。",
])
def test_not_a_control_left_undone(text):
    assert _masked(text) == [], _masked(text)


@pytest.mark.parametrize("text, detail", [
    # who watches a system and how many can get into it
    ("24時間の監視要員は常時2名、うちシステムに入れる者は1名です。", "システムに入れる者は1名"),
    ("夜間の運用要員は1名のみでございます。", "運用要員"),
])
def test_staff_who_watch_or_enter(text, detail):
    assert any(detail in t for t in _masked(text)), _masked(text)


def test_systems_stopped_on_a_schedule_is_found_for_review():
    text = "移転作業中は、令和8年5月2日から5日の連休中、全システムを止めて移す予定でございます。"
    assert any("全システムを止め" in t for t, _ in found(R, text)), found(R, text)


@pytest.mark.parametrize("text", [
    "会場に入れる者は100名までです。",
    "台風の際は、防災無線のシステムを止めることはありません。",
    "システムを停止する際は、事前に各課へ周知いたします。",
])
def test_no_staff_or_stop_detail(text):
    assert found(R, text) == [], found(R, text)
