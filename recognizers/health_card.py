"""GOV_ID (kind insured): the 記号・番号 of a health insurance card (記号 up to
8 letters or digits, after the municipality's name on a 国民健康保険 card,
番号 up to 8 digits: 記号12 番号3456, 記号 北浜12 番号 3456, and since 2021 a
two-digit 枝番), which with the
insurer identify one insured person.

Both labels are in the match, but 記号 and 番号 are also a bank's (ゆうちょ,
an ACCOUNT) and a form's fields, so an insurance word must stand before
them: 保険証, 被保険者証, 資格確認書, or the scheme (国民健康保険, 健康保険,
後期高齢者医療, 介護保険)."""
from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer
from redactor.recognizers._text import KANJI


class HealthCardRecognizer(LabelledIdRecognizer):
    KIND = "insured"
    DESCRIPTION = "保険証の記号・番号"
    PATTERNS = (
        # the 記号 of a 国民健康保険 card may hold the municipality's name (記号 北浜12)
        # told in a sentence too (記号は12345678、番号は27、枝番は01), with the 枝番 of cards issued since 2021
        JaPattern("記号・番号", rf"記号[ ]?(?:は|が)?[ ]?[:：]?[ ]?(?:[{KANJI}ぁ-んァ-ヶ]{{1,4}}[ ]?)?[0-9A-Za-z-]{{1,8}}"
                  r"[ ]?(?:で|、|・|,)?[ ]?番号[ ]?(?:は|が)?[ ]?[:：]?[ ]?\d{1,8}(?!\d)"
                  r"(?:[ ]?(?:で|、|・|,)?[ ]?枝番[ ]?(?:は|が)?[ ]?[:：]?[ ]?\d{2}(?!\d))?", 0.6,
                  needs_context=True, anchor="記号"),
        # both under one label, parted by a hyphen or a dot (記号番号 北浜12-3456, 記号・番号：12・3456)
        JaPattern("記号番号", rf"記号・?番号[ ]?(?:は|が)?[ ]?[:：]?[ ]?(?P<value>(?:[{KANJI}ぁ-んァ-ヶ]{{1,4}}[ ]?)?"
                  r"[0-9A-Za-z]{1,8}[ ]?[-・][ ]?\d{1,8})(?![\d-])", 0.6, needs_context=True, anchor="記号"),
    )
    CONTEXT = ("保険証", "被保険者証", "資格確認書", "国民健康保険", "国保", "健康保険", "後期高齢者医療", "介護保険", "保険者")
    CONTEXT_BEFORE = 16
