"""BIRTH_DATE in a roster row with no heading: a given name that is also a
common word (勝利, 友里 read as a word) still makes the row a person's, when
the name lexicons know the surname and the given name. Made-up rows."""
from redactor.pipeline import Redactor


def labels(text):
    return {f.text: (f.label, f.action) for f in Redactor("default").check(text).findings
            if f.label in ("BIRTH_DATE", "DATE")}


def test_a_row_whose_given_name_is_also_a_word():
    text = "（前頁からの続き）\n神田　勝利\t昭和３年１月２５日\t北浦見市本町1-11-22\n"
    assert labels(text)["昭和３年１月２５日"] == ("BIRTH_DATE", "MASK")


def test_a_taisho_date_abbreviated_in_a_spaced_row():
    text = "（前頁からの続き）\n１　　藤本 友里　　杉ノ下　　北浦見市若松町一丁目20番地8　　T14.9.14\n"
    assert labels(text)["T14.9.14"] == ("BIRTH_DATE", "MASK")


def test_a_row_with_no_name_keeps_its_old_date_a_date():
    text = "（前頁からの続き）\n北原公民館\t昭和３年１月２５日\t北浦見市本町1-11-22\n"
    assert labels(text).get("昭和３年１月２５日", ("DATE", "KEEP"))[0] == "DATE"
