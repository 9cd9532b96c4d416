"""Foreign residents' names written with accented Latin letters (José, Müller,
Łukasz, Nguyễn) stand in name columns and fields as they are written on the
residence card. Sudachi does not tag them, so the layout must find them whole:
a name column's cell, a 氏名 field, a ローマ字 field. All names are made up."""
import pytest

from redactor.pipeline import Redactor


def masked(text: str) -> set[str]:
    return {f.text for f in Redactor("default").check(text).findings
            if f.label == "PERSON" and f.action in ("MASK", "REVIEW")}


@pytest.mark.parametrize("name", ["José Ramírez", "Müller Anna", "Łukasz Nowak", "Nguyễn Thị Hoa",
                                  "Đặng Văn Minh", "Søren Ågård"])
def test_a_name_column_cell_with_accents_is_a_name(name):
    text = f"番号\t氏名\t地区\t金額\n1\tもりた　さちこ\t北町\t50,000\n2\t{name}\t南町\t30,000\n"
    assert name in masked(text)


@pytest.mark.parametrize("name", ["Müller Anna", "Nguyễn Thị Hoa", "Łukasz Nowak"])
def test_a_name_field_with_accents_is_read_whole(name):
    assert name in masked(f"氏名：{name}\n住所：北浦見市栄町１－２\n")


def test_a_romaji_field_whose_words_start_with_an_extended_letter():
    text = "氏名　ダン・ヴァン・ミン\nローマ字　Đặng Văn Minh\n"
    start = text.index("Đặng")
    covered = set()
    for f in Redactor("default").check(text).findings:
        if f.label == "PERSON" and f.action == "MASK":
            covered.update(range(f.start, f.end))
    assert set(range(start, start + len("Đặng Văn Minh"))) <= covered


def test_an_accented_word_in_a_column_that_holds_no_names_is_not_a_name():
    # the near miss: a product column is no name column
    assert masked("番号\t品名\t数量\n1\tCafé Crème\t2\n") == set()
