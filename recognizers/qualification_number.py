"""GOV_ID (kind qualification): the number of a state licence a prefecture
or a national body issues to one person after an examination, written on
the 免状 (危険物取扱者免状, 消防設備士免状, 電気工事士免状: 消防法第13条の2,
電気工事士法第4条) or a 資格者証: 免状交付番号 第123456号, 免状番号 A12345.
The register keeps one number per holder for life, so the number
identifies the holder as a 住民票コード does. Its form is the issuer's (第…号,
a letter and digits), so only a 免状 word just before it decides; a count,
a fee or a year beside the word is no number."""
from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer


class QualificationNumberRecognizer(LabelledIdRecognizer):
    KIND = "qualification"
    DESCRIPTION = "免状・資格者証の番号"
    PATTERNS = (
        # 第123456号, A12345, 12-3456: a letter of the issuer's series may lead the digits
        JaPattern("免状番号", r"(?<![\dA-Za-z-])(?:第[ ]?)?(?:[A-Za-z][ ]?-?[ ]?)?\d{2,4}-?\d{2,6}(?![\d-])(?:[ ]?号)?"
                  r"(?![ ]?(?:千|万|億)?円|[ ]?(?:人|件|名|通|冊|類|種|級|回|年|月|日|時))", 0.6, needs_context=True),
    )
    CONTEXT = ("免状交付番号", "免状の交付番号", "免状番号", "免状の番号", "免状", "資格者証番号", "資格者証の番号")
    CONTEXT_BEFORE = 14
    COLUMN_HEADINGS = frozenset({"免状交付番号", "免状番号", "資格者証番号"})
