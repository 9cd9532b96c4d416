"""Data items listed on the line under a heading that says the data went
astray (２　流出した情報⏎　氏名、住所、病名…): the heading is the sentence's
context, the line its items (made-up report lines)."""
from conftest import found
from redactor.recognizers.sensitive import SensitiveRecognizer as R


def _texts(text):
    return [t for t, _ in found(R, text)]


def test_items_on_the_line_under_an_incident_heading():
    text = "２　流出した情報\n　参加者１８名の氏名、住所、病名及び障害者手帳の等級、電話番号\n３　経緯"
    assert _texts(text) == ["病名及び障害者手帳の等級"]
    assert _texts("２　誤送付した書類の項目\n　氏名、生年月日、要介護度、認知症の有無") == ["要介護度、認知症の有無"]


def test_no_sensitive_item_or_a_heading_about_prevention_stays_out():
    assert _texts("２　流出した情報\n　氏名、住所、電話番号") == []
    assert _texts("２　漏えい防止の対策\n　病名及び障害者手帳の等級の取扱いを見直す。") == []
    assert _texts("４　研修の内容\n　病名、障害者手帳の等級の扱い方") == []  # no incident in the heading


def test_a_long_line_is_a_sentence_not_a_heading():
    # the line above is a sentence of its own (over the heading length): the next line is not its items
    text = "昨年度に本市の委託先で個人情報の流出があったことが判明し、市議会において報告したところであり\n病名、障害者手帳の等級"
    assert _texts(text) == []
