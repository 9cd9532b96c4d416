import datetime as dt

import pytest

from conftest import found, texts
from redactor.data_files import load_toml
from redactor.recognizers._dates import kanji_number
from redactor.recognizers.birth_date import BirthDateRecognizer as R


@pytest.mark.parametrize("text, value", [
    ("山田 花子（昭和31年9月17日生）", "昭和31年9月17日生"),
    ("1986年11月30日生まれ", "1986年11月30日生まれ"),
    ("（S45.3.21生）", "S45.3.21生"),
    ("H1.1.8生の長男", "H1.1.8生"),                      # first day of 平成
    ("生年月日：平成元年2月3日", "平成元年2月3日"),          # field: the date only
    ("生年月日は昭和23年4月5日である。", "昭和23年4月5日"),
    ("生年月日欄 昭和50年1月1日 住所", "昭和50年1月1日"),
    ("令和２年１月５日生", "令和２年１月５日生"),
    ("昭和二十三年四月五日生まれの男性", "昭和二十三年四月五日生まれ"),
    ("1948/4/5生", "1948/4/5生"),
    ("1948年(昭和23年)4月5日生", "1948年(昭和23年)4月5日生"),
    ("昭和23年4月5日に生まれた", "昭和23年4月5日"),
    ("大正元年8月1日出生", "大正元年8月1日出生"),
])
def test_birth_dates(text, value):
    assert texts(R, text) == [value]


def test_two_birth_dates_in_one_sentence():
    text = "妻が昭和56年4月12日生、夫が昭和55年1月3日生と1日違う"
    assert texts(R, text) == ["昭和56年4月12日生", "昭和55年1月3日生"]


def test_attributes_give_the_gregorian_date_and_precision():
    ((_, attrs),) = found(R, "昭和23年4月5日生")
    assert attrs == {"precision": "day", "iso": "1948-04-05"}
    ((value, attrs),) = found(R, "平成2年4月生まれの女性")
    assert value == "平成2年4月生まれ" and attrs["precision"] == "month"


@pytest.mark.parametrize("text", [
    "令和6年6月3日提出",
    "平成40年1月1日生",            # 平成 ended in its 31st year
    "昭和31年13月1日生",
    "平成2年2月30日生",
    "昭和64年1月8日生",            # that day was already 平成元年
    "平成元年1月7日生",            # that day was still 昭和64年
    "会議は1986年11月30日に開いた",
    "令和5年4月1日生活保護の開始",  # 生 of 生活
    "令和5年4月1日生じた事故",
    "昭和23年生まれの方が対象",     # a bare year is not a date of birth
    "昭和32年4月2日から昭和33年4月1日生まれの方",  # a cohort in a rule
])
def test_not_birth_dates(text):
    assert texts(R, text) == []


def test_era_table_is_usable_by_others():
    eras = load_toml("era.toml", "redactor.recognizers.data")["era"]
    assert [e["name"] for e in eras] == ["明治", "大正", "昭和", "平成", "令和"]
    starts = [dt.date.fromisoformat(e["start"]) for e in eras]
    assert starts == sorted(starts) and starts[3] == dt.date(1989, 1, 8)
    assert all(e["start_year"] == int(e["start"][:4]) for e in eras)


@pytest.mark.parametrize("kanji, value", [("二十三", 23), ("十", 10), ("十五", 15), ("三十", 30), ("五", 5), ("12", 12)])
def test_kanji_number(kanji, value):
    assert kanji_number(kanji) == value


@pytest.mark.parametrize("text, value, iso", [
    ("生年月日：昭52.5.14", "昭52.5.14", "1977-05-14"),              # the era's first kanji
    ("生年月日　平2・1・3", "平2・1・3", "1990-01-03"),
    ("生年月日 H2年1月3日", "H2年1月3日", "1990-01-03"),             # a letter with 年月日
    ("生年月日 昭和 52 年 5 月 14 日", "昭和 52 年 5 月 14 日", "1977-05-14"),  # spaced as in a form
    ("1977（昭和52）年5月14日生まれ", "1977（昭和52）年5月14日生まれ", "1977-05-14"),
    ("出生日 令和5年4月1日", "令和5年4月1日", "2023-04-01"),
    ("誕生日：平成2年1月3日", "平成2年1月3日", "1990-01-03"),
])
def test_birth_dates_as_forms_abbreviate_them(text, value, iso):
    assert [(t, a["iso"]) for t, a in found(R, text)] == [(value, iso)]


@pytest.mark.parametrize("text", [
    "昭64.1.8生",                   # 昭和64年1月8日 did not exist (平成元年)
    "受付日 平2・1・3",              # no birth word
    "誕生日会を5月14日に開く",       # a birthday party, no year
])
def test_abbreviated_dates_that_are_not_birth_dates(text):
    assert texts(R, text) == []


@pytest.mark.parametrize("text, values", [
    # the 生年月日 column of a table: every row under the header
    ("氏名\t生年月日\t住所\n山田太郎\t昭和63年1月3日\t北浜市\n北浜花子\tS63.1.3\t北浜市\n\n会議は令和元年5月1日",
     ["昭和63年1月3日", "S63.1.3"]),
    ("氏名　生年月日　住所\n山田 太郎　昭和六十三年一月三日　北浜市", ["昭和六十三年一月三日"]),
    # another date column: only the birth date column's cell
    ("| 氏名 | 生年月日 | 申請日 |\n| 山田太郎 | H2.4.5 | 令和5年4月1日 |", ["H2.4.5"]),
    # near misses: a sentence naming 生年月日 is no header; another date column without cells to align
    ("生年月日を記入してください。\n令和5年4月1日", []),
    ("※ 生年月日 は、必ず記入すること\n令和5年4月1日 市長", []),
    ("氏名 生年月日 申請日\n山田太郎 H2.4.5 令和5年4月1日", []),
])
def test_birth_date_column_of_a_table(text, values):
    assert texts(R, text) == values


@pytest.mark.parametrize("text, value", [
    ("昭和38.5.6生", "昭和38.5.6生"),        # the full era name with numeric parts
    ("生年月日 平成2.4.5", "平成2.4.5"),
])
def test_full_era_name_with_dots(text, value):
    assert texts(R, text) == [value]


def test_full_era_name_with_dots_is_no_birth_date_without_birth_words():
    assert texts(R, "令和5.4.1施行") == []


@pytest.mark.parametrize("text, values", [
    ("生年月日 H2-4-5", ["H2-4-5"]),     # hyphens between the parts, as forms print them
    ("生年月日 R1/5/1", ["R1/5/1"]),
    ("第H2-4-5号", []),                  # no birth word: a reference number
])
def test_era_letter_with_hyphens_or_slashes(text, values):
    assert texts(R, text) == values


def test_a_spaced_out_birth_date_label_of_a_printed_form():
    from redactor import Redactor
    found = [f.text for f in Redactor().check("生　年　月　日　Ｓ３１．１１．６\n").findings if f.label == "BIRTH_DATE"]
    assert found == ["Ｓ３１．１１．６"]


@pytest.mark.parametrize("text, value", [
    ("請求人は、昭和５１年生まれの女性であり、", "昭和５１年生まれ"),   # a person's birth year
    ("1975年生まれの相談者から", "1975年生まれ"),
    ("S48年生まれの男性", "S48年生まれ"),          # the era by its letter
])
def test_a_birth_year_of_one_person(text, value):
    assert [(t, a["precision"]) for t, a in found(R, text)] == [(value, "year")]


@pytest.mark.parametrize("text", [
    "昭和２５年生まれの方は今年度の健診の対象です。",   # a cohort in a rule
    "昭和２２年から２４年生まれの世代",
    "昭和３０年生まれ以前の被保険者",
    "平成２９年から生活保護を受けている",               # 生 of another word
])
def test_birth_year_near_misses(text):
    assert found(R, text) == []


def test_dates_listed_in_a_birth_date_field():
    text = "照合の際、生年月日（平成８年５月２日と平成１１年３月９日）を確認しなかった。"
    assert texts(R, text) == ["平成８年５月２日", "平成１１年３月９日"]
    # a date after the field's date that is not listed with it is an event date
    assert texts(R, "生年月日は平成８年５月２日で、令和５年４月１日に転入した。") == ["平成８年５月２日"]
