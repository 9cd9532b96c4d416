"""SECURITY_DETAIL cells of a ruled device table (recognizers/_security_cells.py, issue 12 session
18): a product and its version under 製品／版数 are the product's; a model number opening with
four digits (9300-48T) is no date. Made-up devices."""
from redactor.normalize import normalize
from redactor.recognizers._security_cells import _model_in, security_cells

TABLE = ("┌──────┬────────────────────┬────────────┐\n"
         "│機器　　　　│製品／版数　　　　　　　　　　　　　　│設置場所　　　　　　│\n"
         "├──────┼────────────────────┼────────────┤\n"
         "│コアＳＷ　　│Nexus 9300-48T／NX-OS 10.2.5　　　　　│本庁舎５階 ５０１号室│\n"
         "│フロアＳＷ　　│Alaxala 2130S／OS-L2B 4.10　　　　　　│本庁舎各階　　　　　│\n"
         "└──────┴────────────────────┴────────────┘\n")


def _cells(text):
    t = normalize(text).text
    return [t[c.start:c.end] for c in security_cells(t)]


def test_products_and_versions_in_a_ruled_table():
    got = _cells(TABLE)
    assert "Nexus 9300-48T/NX-OS 10.2.5" in got and "Alaxala 2130S/OS-L2B 4.10" in got, got
    assert "本庁舎5階 501号室" in got, got
    assert "本庁舎各階" not in got  # a place spread over every floor names no room


def test_a_model_opening_with_four_digits_is_no_date():
    assert _model_in("9300-48T")


def test_a_table_laid_out_with_spaces_is_split_at_runs_of_spaces():
    table = "品名  型番  設置場所\nルータ  RTX1300  本庁舎3階 サーバ室\n"
    got = _cells(table)
    assert "RTX1300" in got and "本庁舎3階 サーバ室" in got, got
