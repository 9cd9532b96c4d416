"""DATA_CENTER: a site's place told by what surrounds it (a landmark as the
subject of its own clause, the nearest station, the walk from it), only in a
sentence about a site. All names and places are made up."""
import pytest

from conftest import _detector
from redactor.recognizers.data_center import DataCenterRecognizer as R


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(f.start, f.end) for f in _detector(R).detect(text) if f.label == "DATA_CENTER"]
    return all(any(a <= k < b for a, b in spans) for k in range(start, start + len(value)))


@pytest.mark.parametrize("text, value", [
    ("サーバは委託先のデータセンターに置いております。すぐ近くに大きな製材所があり、最寄りの駅は南川駅です。",
     "すぐ近くに大きな製材所があり、最寄りの駅は南川駅"),
    ("データセンターの目の前には運河が流れており、裏は雑木林でございます。", "目の前には運河が流れており、裏は雑木林"),
    ("データセンターからは湖が見え、隣には製氷工場がございます。", "湖が見え、隣には製氷工場"),
    ("データセンターは南川駅から徒歩圏内にございます。", "南川駅から徒歩圏内"),
])
def test_what_surrounds_a_site(text, value):
    assert _covered(text, value), [f.text for f in _detector(R).detect(text)]


@pytest.mark.parametrize("text", [
    "市民ホールの隣には公園があり、休日は家族連れでにぎわいます。",   # a hall, no site spoken of
    "新庁舎の最寄りの駅は南川駅です。",                             # the city hall's station
    "避難所は南川駅から徒歩5分の小学校です。",
    "サーバの保守業者は南川駅から徒歩圏内に事務所がございます。",     # the supplier's office
])
def test_surroundings_of_no_site(text):
    assert _detector(R).detect(text) == [], [f.text for f in _detector(R).detect(text)]
