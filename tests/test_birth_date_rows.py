"""Birth dates in a person's row of a roster printed without a 生年月日 heading
(``recognizers/_birth_date_rows.py``): a full date decades back in a cell of a
row that names a person. Each case has a near miss. Names, places and dates
are made up."""
import pytest

from redactor.recognizers.birth_date import BirthDateRecognizer


@pytest.mark.parametrize("row", [
    "| 2 | 大森 トキ | 再申請 | {d} | 北原 | 88 |",
    "┃大森　トキ┃北原┃緑川町3丁目4番5号┃{d}┃┃88┃",
    "2　　　　緑川町3丁目4番5号　　　　{d}　　　　要確認　　　　大森 トキ　　　　北原",
])
@pytest.mark.parametrize("date", ["昭和１１年２月３日", "S11.2.3", "昭和十一年二月三日", "大9.10.5"])
def test_an_old_date_in_a_persons_row_is_a_birth_date(texts, row, date):
    text = "令和5年度　敬老祝金　支給対象者一覧\n\n（前頁からの続き）\n" + row.format(d=date) + "\n"
    assert texts(BirthDateRecognizer, text) == [date]


def test_an_old_date_in_a_row_with_no_name_is_not(texts):
    # near miss: a facility's register names no person in the row
    text = "施設一覧\n| 1 | 北原公民館 | 鉄筋 | 昭和48年4月1日 | 北原 |\n"
    assert texts(BirthDateRecognizer, text) == []


def test_a_column_headed_as_another_date_is_not(texts):
    # near miss: the heading says the dates are the day of the grant
    text = "交付一覧\n番号　　氏名　　交付日　　地区\n1　　大森 トキ　　平成2年4月1日　　北原\n"
    assert texts(BirthDateRecognizer, text) == []


def test_a_recent_date_in_a_persons_row_is_not(texts):
    # near miss: a recent date in a file's row is an event of the file
    text = "受付一覧\n| 1 | 大森 トキ | 令和5年4月1日 | 北原 |\n"
    assert texts(BirthDateRecognizer, text) == []


def test_every_era_letter_the_grammar_accepts_reads_as_an_era():
    # 和, 成, 正, 治 (second characters of era names) matched as letters and failed
    # on reading the date (KeyError), stopping the whole document's check
    from redactor.recognizers import _dates
    assert all(ch in _dates.ABBREVIATIONS for ch in _dates._LETTERS)
