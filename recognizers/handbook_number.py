"""GOV_ID (kind handbook): the number of a disability handbook (身体障害者手帳,
療育手帳 — 愛の手帳, みどりの手帳 in some prefectures —, 精神障害者保健福祉手帳).
The prefecture or designated city issues it to one person and it stays with
them, so it identifies the holder as a 住民票コード does; and it tells that
the holder has a disability. The number has no fixed form (第1234号, A-1234,
12345), so only a handbook word just before it decides; the handbook word
itself is a sensitive fact and is left to the SENSITIVE recognizers."""
from redactor.recognizers._base import JaPattern
from redactor.recognizers._gov_id_context import LabelledIdRecognizer


class HandbookNumberRecognizer(LabelledIdRecognizer):
    KIND = "handbook"
    DESCRIPTION = "障害者手帳の番号"
    PATTERNS = (
        # 第1234号, A-1234, Ｂ１２３４５, 12345: a letter of the grade series may lead the digits
        JaPattern("手帳番号", r"(?<![\dA-Za-z-])(?:第[ ]?)?(?:[A-Za-z][ ]?-?[ ]?)?\d{3,8}(?![\d-])(?:[ ]?号)?"
                  r"(?![ ]?(?:千|万|億)?円|[ ]?(?:人|件|世帯|名|冊|級|度|年|月|日))", 0.6, needs_context=True),
    )
    CONTEXT = ("手帳番号", "手帳の番号", "障害者手帳", "療育手帳", "保健福祉手帳", "愛の手帳", "みどりの手帳")
    CONTEXT_BEFORE = 14
    COLUMN_HEADINGS = frozenset({"手帳番号", "障害者手帳番号", "療育手帳番号", "手帳の番号"})
