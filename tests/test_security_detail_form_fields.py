"""SECURITY_DETAIL in a form or a survey sheet whose fields have no bullet
(ラベル：値 on lines of their own): the field is read like a bullet row, its
label inside the span; a form's ordinary fields (担当, 受付時間, 対象) and a
speaker's colon in minutes are none. Made-up forms."""
from conftest import found
from redactor.recognizers.security_detail import SecurityDetailRecognizer as R

_FORM = ("情報資産調査票\n"
         "担当：企画課\n"
         "受付時間：午前９時から午後５時まで\n"
         "ウイルス対策ソフト：未導入\n"
         "媒体の保管場所：北庁舎地下２階の倉庫\n")


def _texts(text):
    return [t for t, _ in found(R, text)]


def test_a_field_without_a_bullet_is_read_with_its_label():
    texts = _texts(_FORM)
    assert any(t.startswith("ウイルス対策ソフト：") and t.endswith("未導入") for t in texts), texts
    assert any(t.startswith("媒体の保管場所：") for t in texts), texts


def test_the_forms_ordinary_fields_are_none():
    texts = _texts(_FORM)
    assert not any("企画課" in t or "受付時間" in t for t in texts), texts


def test_a_speakers_colon_in_minutes_is_no_field():
    assert not _texts("議長：ただいまから委員会を開会いたします。\n委員長：次に、資料の説明を求めます。\n")
