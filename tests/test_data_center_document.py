"""DATA_CENTER over a whole document: a site found in its passage alone is
found when the passage stands in a longer document (a form, minutes with
several turns), and a site said again later (同センター) keeps its floor.

All names, places and numbers are made up."""
import pytest

from conftest import _detector
from redactor.pipeline import Redactor
from redactor.recognizers.data_center import DataCenterRecognizer as R

# a user-registration form whose rows share one width, then minutes
FORM = (
    "様式第3号\n"
    "情報システム利用者登録申請書\n"
    "申請者　株式会社しおかぜ情報サービス\n"
    "申請区分　新規登録（保守業務の委託先の職員分\n"
    "利用期間　令和7年4月1日～令和8年3月31日\n"
    "作業内容　住民記録システムの定期保守と障害対応\n"
    "利用場所　かもめ台第2センター及び別館3階電算室\n"
    "備考　特記事項なし\n"
)
MINUTES = (
    "〇委員長　川辺 修　基幹系システムの移行について説明を求めます。\n"
    "〇情報推進課長　森下 健　令和7年度から、サーバはあけぼの電算株式会社の第3センターへ移します。\n"
    "〇委員　石原 みどり　移行先はどのような施設ですか。\n"
    "〇情報推進課長　森下 健　同センターは海抜35mの台地にございまして、免震構造でございます。\n"
    "〇委員　石原 みどり　バックアップはどうなりますか。\n"
    "〇情報推進課長　森下 健　バックアップのテープは、職員の間では「みなみ倉庫」と呼ばれている施設に保管しております。\n"
)
DOCUMENT = FORM + "\n" + MINUTES


def _dc_chars(text: str) -> set[int]:
    """Characters of ``text`` inside a DATA_CENTER finding of the recognizer alone."""
    return {i for f in _detector(R).detect(text) if f.label == "DATA_CENTER" for i in range(f.start, f.end)}


@pytest.mark.parametrize("paragraph", [p for p in DOCUMENT.split("\n") if p])
def test_a_site_found_in_its_paragraph_alone_is_found_in_the_whole_document(paragraph):
    at = DOCUMENT.index(paragraph)
    alone = {at + i for i in _dc_chars(paragraph)}
    assert alone <= _dc_chars(DOCUMENT)


def test_the_work_place_of_a_form_is_masked_in_the_whole_document():
    # the row 利用場所 was glued onto the date row before it (…3月31日利用場所), and its
    # label no longer opened a line: the site was lost with no drop recorded
    assert "かもめ台第2センター" in [f.text for f in _detector(R).detect(DOCUMENT)]
    # and masked in the output, whichever label's finding covers it
    site = DOCUMENT.index("かもめ台第2センター")
    assert any(f.action == "MASK" and f.start <= site and f.end >= site + 10 for f in Redactor().check(DOCUMENT).findings)


def test_a_site_said_again_with_its_floor_keeps_the_floor():
    text = ("サーバは、はやて情報株式会社の第1センターに設置しております。"
            "機器は同センター4階のB区画に置いております。")
    found = [f.text for f in _detector(R).detect(text)]
    assert "同センター4階のB区画" in found
    # near miss: after a public centre, 同センター refers to no site
    assert _detector(R).detect("保健センターで健診を行います。受付は同センター4階の会議室です。") == []


@pytest.mark.parametrize("text, candidate", [
    ("この森は標高700mに位置する。", "標高700m"),                                # no site in reach
    ("新データセンターへ移行する。", "新データセンター"),                             # a generic name
    ("保健センターで健診を行います。受付は同センターです。", "同センター"),              # 同センター of a public centre
    ("窓口は東庁舎の4階にございます。", "東庁舎の4階"),                               # a counter, not equipment
])
def test_every_candidate_site_not_reported_is_dropped_with_a_reason(text, candidate):
    from redactor.recognizers._drops import recording
    with recording() as drops:
        found = _detector(R).detect(text)
    assert not any(candidate in f.text for f in found)
    at = text.rindex(candidate)
    assert any(d.label == "DATA_CENTER" and d.start < at + len(candidate) and d.end > at and d.reason
               for d in drops), drops


def test_a_place_described_after_a_numbered_site_is_the_sites():
    # the answer names no site word of its own: the site found in the turn
    # before (…の第2センター) places the description
    text = ("〇課長　令和8年度から、基幹系は、みさき電算株式会社の第2センターへ移します。\n"
            "〇委員　移行先はどこにあるのですか。\n"
            "〇課長　隣の北浜市の、県道8号沿い、浄水場の西側でございます。\n")
    assert "隣の北浜市の、県道8号沿い、浄水場の西側" in [f.text for f in _detector(R).detect(text)]
    # near miss: the same answer about a park, no site in reach
    park = ("〇課長　来年度、市民公園を整備します。\n〇委員　場所はどこですか。\n"
            "〇課長　隣の北浜市の、県道8号沿い、浄水場の西側でございます。\n")
    assert _detector(R).detect(park) == []


def test_the_answer_to_where_a_site_moves_after_servers_were_spoken_of():
    # 移転先はどこですか after a turn about the servers and a private centre
    text = ("〇課長　今のサーバは本庁舎に置いておりますが、来年度に民間のセンターへ移転いたします。\n"
            "〇委員　移転先はどこですか。\n"
            "〇課長　ひかり情報サービス株式会社の施設で、港の近く、倉庫街の北側でございます。\n")
    assert any("港の近く" in f.text for f in _detector(R).detect(text))
    # near miss: the office of a company that serves the public (its サポートセンター)
    assert not any("港の近く" in f.text for f in _detector(R).detect(
        "〇課長　ひかり情報サービス株式会社のサポートセンターは、港の近くでございます。\n"))
