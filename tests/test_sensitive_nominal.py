"""SENSITIVE facts a record about a person writes as nouns (made-up
records): a bullet, a field's value, a cell of a bar table, a sentence
ending on the term; and the same terms in programme text, a compound, a
heading or a document about no one, which stay out."""
import pytest

from conftest import found
from redactor.recognizers import _sensitive_nominal as nominal
from redactor.recognizers.sensitive import SensitiveRecognizer as R


@pytest.mark.parametrize("text, value, kind", [
    # a bullet of a record whose person a field names
    ("対象者：北浜　一郎（８２歳）\n・アルツハイマー型認知症（かかりつけ：南病院）\n・独居",
     "アルツハイマー型認知症", "health"),
    # a field's value: the label is not the fact
    ("本児　小学３年　男\n近況：２学期から不登校。\n家族：母、妹", "２学期から不登校", "school"),
    # a cell of a bar table of cases
    ("番号｜氏名｜区分｜備考\n１｜北浜　花子｜DV被害｜転居済み\n", "DV被害", "victim"),
    # a sentence that ends on the term in a notice to a named resident
    ("南野　京子　様\n\nあなたの世帯について確認した事項は次のとおりです。\n長女は適応指導教室。", "適応指導教室", "school"),
])
def test_a_record_lists_facts_about_its_person(text, value, kind):
    hits = found(R, text)
    assert any(v == value and a["kind"] == kind for v, a in hits), hits


@pytest.mark.parametrize("text", [
    "対象者：北浜　一郎\n・認知症施策の推進について意見交換",  # programme text
    "対象者：北浜　一郎\n・市内の不登校児童生徒数は１２人。",  # a statistic
    "対象者：北浜　一郎\n・要介護認定の申請件数：３２件",  # a count
    "対象者：北浜　一郎\n・透析患者の送迎",  # the term runs on into a compound
    "対象者：北浜　一郎\n３　生活保護",  # a numbered heading, no 。
    "議題\n・統合失調症\n・アルツハイマー型認知症",  # a list of topics about no one
])
def test_the_same_terms_not_stated_about_a_person(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text, evidence", [
    ("相談者：北浜　一郎\n", "相談者：北"),
    ("本児は小学３年生。", "本児"),
    ("Ａ氏から電話があった。", "Ａ氏"),
    ("南野　京子　様\n", "京子　様"),
    ("同様の仕様で、皆様のご意見を聞く。", None),  # words, not persons
])
def test_what_makes_a_document_about_a_person(text, evidence):
    assert nominal.about_person(text) == evidence


@pytest.mark.parametrize("line, term, where", [
    ("近況：統合失調症、", "統合失調症", "欄の値"),
    ("　山田委員：統合失調症、", "統合失調症", None),  # a speaker's turn is no field
    ("・統合失調症（服薬中）", "統合失調症", "箇条書き"),
    ("・統合失調症の方への支援", "統合失調症", None),  # the term does not end its item
    ("同人は統合失調症。", "統合失調症", "体言止め"),
    ("１｜北浜｜統合失調症｜", "統合失調症", "表のセル"),
])
def test_where_a_term_stands(line, term, where):
    i = line.index(term)
    assert nominal.nominal_position(line, i, i + len(term)) == where
