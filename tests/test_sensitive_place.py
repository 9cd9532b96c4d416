"""SENSITIVE: an institution named as the place of the fact is an
organisation's name, not part of the fact (made-up names)."""
import pytest

from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


def spans(text):
    return [t for t, _ in found(R, text)]


@pytest.mark.parametrize("text, value", [
    ("相談者の妻は南浜市民病院に入院中である。", "入院中である"),
    ("南浜さんは南浜市福祉事務所で生活保護を受給している。", "生活保護を受給している"),
    ("申出人は南浜市社会福祉協議会で生活福祉資金の貸付を受けている。", "生活福祉資金の貸付を受けている"),
    ("児童は南浜市立病院に搬送され、骨折と診断された。", "搬送され、骨折と診断された"),
])
def test_the_institution_before_the_fact_stays_out_of_the_finding(text, value):
    assert spans(text) == [value]


@pytest.mark.parametrize("text, value", [
    # the institution's kind states the fact: its name stays in the finding
    ("長男は南浜市立南浜特別支援学校に通っている。", "南浜市立南浜特別支援学校に通っている"),
    ("南浜さんは南浜メンタルクリニックで治療を受けている。", "南浜メンタルクリニックで治療を受けている"),
    # a place written as a clause, not a proper name (kana in it): not cut
    ("本人は、週３回、市外の病院で透析を受けている。", "週３回、市外の病院で透析を受けている"),
])
def test_an_institution_whose_name_tells_the_fact_or_no_name_stays_in(text, value):
    assert spans(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("長男は南浜市立南浜中学校でいじめを受けている。", "いじめを受けている"),
    ("相談者は株式会社南浜運輸でのパワハラによりうつ病を発症した。", "パワハラによりうつ病を発症した"),
])
def test_a_school_or_an_employer_before_the_fact_is_a_quasi_identifier_of_its_own(text, value):
    assert spans(text) == [value]
