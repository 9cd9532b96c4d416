"""A name in capitals (SATO HANA) in a cell of a register whose heading row has a
column of names: the column is the context an honorific would give elsewhere
(``recognizers/_person_romaji._name_table_cell``). Names and tables are made up."""
import pytest

_REGISTER = ("受付一覧\n"
             "番号　　受付日　　申請者　　件名　　所管課\n"
             "3-12　4月 2日　　上村　トキ　　道路の補修　　道路課\n"
             "3-13　4月 9日　　{cell}　　　騒音の苦情　　環境課\n")


@pytest.mark.parametrize("cell", ["KIMURA HANA", "ＯＬＩＶＥＲ ＭＯＲＥＮＯ"])
def test_capitals_in_a_name_column_are_a_name(person_action, cell):
    assert person_action(_REGISTER.format(cell=cell), cell) in ("MASK", "REVIEW")


def test_capitals_in_another_column_of_the_table_are_not(person_action):
    # near miss: the same table, but the capitals stand under 件名, not under 申請者
    text = ("受付一覧\n番号　　申請者　　件名　　所管課\n"
            "3-12　　上村　トキ　　OPEN DATA　　情報課\n")
    assert person_action(text, "OPEN DATA") is None


def test_capitals_in_a_table_with_no_name_column_are_not(person_action):
    # near miss: no column of the table holds names
    text = "機器一覧\n番号　　機種　　設置場所　　備考\n1　　MOBILE ROUTER　　本庁舎　　更新\n"
    assert person_action(text, "MOBILE ROUTER") is None
