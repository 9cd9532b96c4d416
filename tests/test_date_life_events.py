"""DATE: the year of an event of a person's or a household's life, told with
the event (made-up text), beside a programme's year and a year told of
nothing that happened to anyone."""
import pytest

from conftest import found
from redactor.recognizers.date import DateRecognizer


@pytest.mark.parametrize("text, value", [
    ("その食堂は昭和５８年に開業した。", "昭和５８年"),
    ("ご主人は３年前に退職され、今は年金暮らしです。", "３年前"),
    ("平成２８年ごろから耕作をやめている。", "平成２８年ごろ"),
    ("昭和３０年代に分家したお宅です。", "昭和３０年代"),
    ("一家は２０１９年に来日した。", "２０１９年"),
])
def test_the_year_of_an_event_of_a_life(text, value):
    years = {t: a["precision"] for t, a in found(DateRecognizer, text)}
    assert years.get(value) == "year"


@pytest.mark.parametrize("text", [
    "令和２年度から事業を開始した。",          # a programme's fiscal year
    "令和５年に条例を改正した。",              # nothing of anyone's life
    "本制度は昭和６０年に創設された。",
])
def test_a_year_of_no_ones_life_is_no_date(text):
    assert not [t for t, a in found(DateRecognizer, text) if a.get("precision") == "year"]

