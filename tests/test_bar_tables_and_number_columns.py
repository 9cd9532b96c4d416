"""Tables drawn with bars (｜氏名｜被保険者番号｜, Markdown) are read by every
column reader as TAB tables are; a VLAN or port column gives each row's
number. Made-up values; each reader has a near miss that must not fire."""
import pytest

from redactor import Redactor


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.label, f.text, f.action) for f in Redactor().check(text).findings]


_CARE = ("｜番号｜氏名｜被保険者番号｜要介護度｜電話番号｜\n"
         "｜１｜北川　澄子｜0123456789｜要介護２｜0425551234｜\n"
         "｜２｜南　一郎｜0987654321｜要介護３｜0425559876｜\n")


def test_an_id_column_of_a_bar_table_is_read_as_a_tab_tables():
    found = _found(_CARE)
    assert ("GOV_ID", "0123456789", "MASK") in found
    assert ("GOV_ID", "0987654321", "MASK") in found


def test_a_phone_column_of_a_bar_table_gives_its_bare_digits():
    assert ("PHONE", "0425551234", "MASK") in _found(_CARE)


def test_a_bar_ends_a_sensitive_cells_extent():
    sens = [t for label, t, _ in _found(_CARE) if label == "SENSITIVE"]
    assert "要介護２" in sens and not any("｜" in t or "|" in t for t in sens), sens


def test_digits_under_a_column_of_counts_in_a_bar_table_are_no_id():
    text = "｜区分｜件数｜\n｜相談｜0123456789｜\n"
    assert not [f for f in _found(text) if f[0] in ("GOV_ID", "PHONE")]


@pytest.mark.parametrize("text, numbers", [
    ("区分　　　　VLAN　　用途\n基幹系　　　10　　　住民記録\n情報系　　　20　　　文書管理\n", ["10", "20"]),
    ("｜サービス｜ポート｜\n｜管理画面｜8443｜\n｜転送｜80/443｜\n", ["8443", "80/443"]),
    ("区分\tVLAN ID\n基幹系\t10-19\n", ["10-19"]),
])
def test_a_vlan_or_port_column_gives_each_rows_number(text, numbers):
    network = [t for label, t, _ in _found(text) if label == "NETWORK"]
    assert network == numbers


@pytest.mark.parametrize("text", [
    "区分　　　　台数　　用途\n基幹系　　　10　　　住民記録\n",  # a count of machines, no network's number
    "｜サービス｜ポート｜\n｜管理画面｜なし｜\n",                 # no number in the cell
])
def test_other_columns_and_cells_without_a_number_give_no_network_finding(text):
    assert not [f for f in _found(text) if f[0] == "NETWORK"]


@pytest.mark.parametrize("text", [
    "作業従事者名簿\n|番号|会社名|役職|氏名|\n|---|---|---|---|\n|1|高砂舗道株式会社|監理技術者|渡辺　紬|\n"
    "|2|合同会社中瀬造園|工事主任|宇野 俊介|\n",
    "会社名\t役職\t氏名\n高砂舗道株式会社\t監理技術者\t渡辺　紬\n合同会社中瀬造園\t工事主任\t宇野 俊介\n",
])
def test_a_post_in_a_rosters_post_column_heads_no_name_column(text):
    persons = [t for label, t, _ in _found(text) if label == "PERSON"]
    assert "工事主任" not in persons and "宇野 俊介" in persons, persons


def test_a_stray_bar_elsewhere_does_not_stop_a_space_aligned_sensitive_table():
    # (a | in a reference line is no table: the spaced table below is still read)
    text = "参照：資料A|B\n氏名　　　状況\n北浜　一郎　　認知症あり\n南　花子　　生活保護受給\n"
    sens = [t for label, t, _ in _found(text) if label == "SENSITIVE"]
    assert any("認知症" in t for t in sens) and any("生活保護" in t for t in sens), sens
