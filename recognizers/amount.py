"""AMOUNT: a sum of money (金183,400円, 3万2,400円). Amounts in bills are
the subject of the vote and kept; the risk check may weigh an amount that
reveals a person's income."""
from redactor.recognizers._base import JaPattern, JaPatternRecognizer


class AmountRecognizer(JaPatternRecognizer):
    ENTITY = "AMOUNT"
    DESCRIPTION = "金額"
    PATTERNS = (JaPattern("金額", r"(?:1か月当たり)?金?[0-9][0-9,]*(?:億[0-9,]*)?(?:万[0-9,]*)?円", 0.6, anchor='円'),)
