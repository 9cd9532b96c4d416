"""DATA_CENTER: an operator said by what it is (…であるみどり通信の, 四国の
電力会社の…が運営する施設), a facility standard's tier, and code names
called without 「」 or under a label. All names and places are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _texts(text: str) -> list[str]:
    return [f.text for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(f.start, f.end) for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]
    return all(any(a <= k < b for a, b in spans) for k in range(start, start + len(value)))


@pytest.mark.parametrize("text, value", [
    ("基幹系システムは、大手通信事業者であるはやぶさ通信の、東北地方の内陸部にあるデータセンターで運用しております。",
     "大手通信事業者であるはやぶさ通信の、東北地方の内陸部にあるデータセンター"),
    ("データセンターにつきましては、九州の鉄道会社のグループ企業が運営する施設でございます。",
     "九州の鉄道会社のグループ企業が運営する施設"),
    ("データセンターは、JDCCのティア3相当の免震構造の建物で、海抜20メートルの高台にあります。",
     "JDCCのティア3相当"),
    ("委託先のデータセンターの愛称は「こがらし」でございます。", "「こがらし」"),
    ("データセンターを移しました。委託先では、この施設を「ミナミベース」と呼んでおります。", "「ミナミベース」"),
    ("同社は、当該データセンターを社内でＺ７と呼んでいる。", "Ｚ７と呼んでいる"),
])
def test_operators_tiers_and_code_names(text, value):
    assert _covered(text, value), _texts(text)


@pytest.mark.parametrize("text", [
    "同社は、この商品をＺ７と呼んでいる。",                          # a product, no site
    "市は、この公民館をＢ館と呼んでいる。",                          # a public hall
    "九州の鉄道会社のグループ企業が運営する保養施設で研修を行いました。",  # no site spoken of
    "この制度の愛称は「こがらし」でございます。",                      # a programme's nickname
])
def test_no_site(text):
    assert _texts(text) == [], _texts(text)


def test_the_site_a_place_is_of_said_after_it():
    """…の道央地域にある、…事業者の拠点: the facility after the place and a
    comma is the site the place is of; …にあり、 ends the clause, and what
    follows is another fact about the site."""
    text = "本番系サーバは北海道の道東地域にある、全国展開するクラウド事業者の拠点に設置している。"
    assert _covered(text, "北海道の道東地域にある、全国展開するクラウド事業者の拠点"), _texts(text)
    other = "データセンターは県北部の山間部にあり、停電対策も十分な施設である。"
    assert not [t for t in _texts(other) if "停電" in t], _texts(other)
