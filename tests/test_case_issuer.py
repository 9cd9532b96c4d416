"""CASE_NUMBER by who issued the number (made-up numbers and names): the
municipality's own series, documents, contracts and a firm's matters are
kept; a private person's case, receipt or claim stays masked. Each rule
has a near miss that keeps the mask."""
import pytest

from conftest import found
from redactor import Redactor
from redactor.recognizers.case_number import CaseNumberRecognizer as R


def kinds(text):
    return [(t, a["kind"]) for t, a in found(R, text)]


def actions(text):
    return [(f.text, f.action) for f in Redactor().check(text).findings if f.label == "CASE_NUMBER"]


@pytest.mark.parametrize("text", [
    "令和6年（告示）第12号",
    "令和５年度（繰越）第２号",
    "令和6年（契約）第88号",
    "令和６年（工事）第３号",
])
def test_a_municipal_series_in_brackets_is_no_court_case(text):
    assert kinds(text) == [(text, "office")]
    assert actions(text) == [(text, "KEEP")]


@pytest.mark.parametrize("text", [
    "令和6年(ワ)第1234号",    # civil
    "令和６年（行ウ）第５号",  # administrative
    "令和5年（家イ）第45号",   # family
    "令和6年（少）第12号",     # juvenile
    "令和6年（北浜）第3号",    # a word known neither way: still a court case
])
def test_a_court_symbol_or_an_unknown_word_stays_a_court_case(text):
    assert kinds(text) == [(text, "court")]


def test_an_office_letter_number_with_its_year_in_front_is_not_a_receipt():
    assert kinds("文書番号：５北総発第４５６号") == []
    assert kinds("文書番号：第４５６号　相談者　北浜一郎") != []  # a party on the line


def test_a_document_number_in_an_office_code_form_needs_a_party():
    assert kinds("文書番号　R6-総-0045") == []
    assert [k for _, k in kinds("文書番号　R6-総-0045　相談者　北浜一郎")] == ["receipt"]


@pytest.mark.parametrize("text, value", [
    ("受付番号 2024-0087　提案者　株式会社北浜設計", "2024-0087"),
    ("処理番号 R6-0123 の支出命令", "R6-0123"),
    ("案件番号　2024-0031　業務名　庁舎清掃業務委託　入札参加者　３社", "2024-0031"),
])
def test_a_firms_or_the_offices_procurement_number_is_kept(text, value):
    assert actions(text) == [(value, "KEEP")]


@pytest.mark.parametrize("text, value", [
    ("受付番号 2024-0087　申請者　北浜一郎", "2024-0087"),
    ("受付番号 2024-0087　株式会社北浜設計の従業員である相談者からの苦情", "2024-0087"),
])
def test_a_private_person_on_the_line_keeps_the_number_masked(text, value):
    assert actions(text) == [(value, "MASK")]


def test_a_contract_table_is_no_list_of_cases():
    table = ("番号\t工事名\t契約相手方\t契約金額\n"
             "R6-001\t市道舗装工事\t北浜建設株式会社\t1,200万円\n")
    assert [a for _, a in actions(table)] in ([], ["KEEP"])
    cases = "番号\t事案\t相手方\nR6-001\t転落事故\t北浜一郎\n"
    assert [a for _, a in actions(cases)] == ["MASK"]


def test_a_receipt_table_of_petitions_or_firms_is_kept_but_of_residents_masked():
    petitions = "受付番号\t件名\t提出者\n第12号\t市道の拡幅に関する陳情\t北浜町内会\n第15号\t公園に関する請願\t南浜子ども会\n"
    assert [a for _, a in actions(petitions)] == ["KEEP", "KEEP"]
    firms = "申請番号\t事業者名\t補助金額\n2024-0012\t株式会社北浜商事\t50万円\n2024-0019\t南浜食品有限会社\t30万円\n"
    assert [a for _, a in actions(firms)] == ["KEEP", "KEEP"]
    residents = "受付番号\t氏名\t内容\n2024-0012\t北浜一郎\t騒音の苦情\n2024-0019\t南浜花子\t道路の損傷\n"
    assert [a for _, a in actions(residents)] == ["MASK", "MASK"]
