"""CASE_NUMBER: a receipt column in a list the office publishes with its
answers (パブリックコメントの結果, 要望の処理状況) and no party column numbers
the list's entries (office, KEEP); a party column or a person in the heading
keeps the numbers a party's. Made-up tables."""
from conftest import found
from redactor.recognizers.case_number import CaseNumberRecognizer as R


def kinds(text):
    return [(t, a["kind"]) for t, a in found(R, text)]


def test_a_published_list_of_answers_numbers_no_ones_case():
    text = ("意見募集の結果\n受付番号\t意見の概要\t市の考え方\n"
            "R6-001\t目標値を上げるべき\t原案のとおり\nR6-002\t公園を増やしてほしい\t参考とします")
    assert kinds(text) == [("R6-001", "office"), ("R6-002", "office")]
    text = "要望の状況\n受付番号\t受付日\t要望の内容\t対応\n15\t5月1日\t側溝の清掃\t済\n23\t5月3日\t街灯\t済"
    assert kinds(text) == [("15", "office"), ("23", "office")]


def test_a_party_column_or_no_answer_column_keeps_the_receipt():
    text = ("相談の状況\n受付番号\t相談者\t対応\n"
            "R6-001\t西浦一郎\t済\nR6-002\t東浦花子\t済")
    assert kinds(text) == [("R6-001", "receipt"), ("R6-002", "receipt")]
    text = "受付一覧\n受付番号\t受付日\t内容\nR6-001\t5月1日\t側溝の清掃\nR6-002\t5月3日\t街灯"
    assert kinds(text) == [("R6-001", "receipt"), ("R6-002", "receipt")]
