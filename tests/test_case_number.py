import pytest

from conftest import found
from redactor.recognizers.case_number import CaseNumberRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    ("東京地方裁判所令和5年(ワ)第123号", "東京地方裁判所令和5年(ワ)第123号", "court"),
    ("平成31年（行ウ）第5号", "平成31年（行ウ）第5号", "court"),
    ("令和4年度審査請求第3号について", "令和4年度審査請求第3号", "appeal"),
    ("諮問第24号", "諮問第24号", "consultation"),
    ("議案第18号", "議案第18号", "bill"),
    ("地方自治法第96条第1項第13号の規定", "第96条第1項第13号", "legal_reference"),
    ("条例第7条第2号及び第5号に該当", "第7条第2号及び第5号", "legal_reference"),
])
def test_case_numbers_and_kinds(text, value, kind):
    assert [(t, a["kind"]) for t, a in found(R, text)] == [(value, kind)]


def test_plain_numbers_are_not_case_numbers():
    assert found(R, "第3回の会議で3号館を使った") == []


@pytest.mark.parametrize("text, value, kind", [
    ("北浜警察署に遺失届（受理番号 第２０２５－１２３号）を提出した。", "第２０２５－１２３号", "receipt"),
    ("受付番号：令和7年第45号", "令和7年第45号", "receipt"),
    ("陳情受付番号 第３号", "第３号", "bill"),       # the council's public number
])
def test_receipt_numbers_of_a_partys_report(text, value, kind):
    assert (value, kind) in [(t, a["kind"]) for t, a in found(R, text)]


@pytest.mark.parametrize("text", ["受付番号の順に並べる", "受理番号を控える"])
def test_receipt_label_without_a_number(text):
    assert found(R, text) == []


def test_a_petition_number_after_a_receipt_label_stays_a_bill():
    assert [(t, a["kind"]) for t, a in found(R, "受理番号 請願第３号")] == [("請願第３号", "bill")]


def test_the_receipt_span_starts_at_the_number():
    assert [t for t, _ in found(R, "受付番号 12345 の申請者")] == ["12345"]
