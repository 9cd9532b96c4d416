"""Romaji read back into hiragana for the name lexicons (recognizers/_romaji_kana.py)."""
from redactor.recognizers._romaji_kana import readings, to_hiragana


def test_hepburn_spellings_read_back_into_hiragana():
    assert to_hiragana("Harumi") == "はるみ"
    assert to_hiragana("Shunsuke") == "しゅんすけ"
    assert to_hiragana("Hattori") == "はっとり"
    assert to_hiragana("Kambe") == "かんべ"
    assert to_hiragana("UTSUGI") == "うつぎ"


def test_words_that_are_not_hepburn_have_no_reading():
    assert to_hiragana("Station") is None
    assert to_hiragana("Building") is None
    assert to_hiragana("Hotel") is None
    assert readings("Green") == []


def test_readings_put_back_the_long_vowel_and_the_syllabic_n():
    assert "ゆうこ" in readings("Yuko")
    assert "たろう" in readings("Taro")
    assert "けんいち" in readings("Kenichi")
    assert len(readings("Tomoko")) <= 4
