"""GOV_ID (kind passport): 旅券番号 next to 旅券/パスポート.

Japanese passports: two letters and seven digits (TK1234567). Passports of
other countries, which residents' records quote as well: one or two letters
and seven or eight digits (E12345678), or nine digits (the United States).
None carries a check digit anyone can verify, so the number counts only
with 旅券 or パスポート written just before it (a model number such as
「型番 TK1234567」 is not one). Lower case is accepted (tk1234567), as
hand-typed forms write it.
"""
from redactor.recognizers._base import JaPattern

from redactor.recognizers._gov_id_context import LabelledIdRecognizer

# Not a count or an amount next to the word 旅券 (旅券の発給件数 123456789件).
_END = r"(?![A-Za-z0-9,]|[ ]?(?:件|円|人|名|冊|通|部|枚))"


class PassportRecognizer(LabelledIdRecognizer):
    KIND = "passport"
    DESCRIPTION = "旅券番号"
    PATTERNS = (
        JaPattern("2文字+7桁", r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{7}" + _END, 0.6, needs_context=True),
        JaPattern("外国旅券", r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}\d{8}|[A-Za-z]\d{7}|\d{9})" + _END, 0.5,
                  needs_context=True),
    )
    CONTEXT = ("旅券番号", "旅券", "パスポート", "Passport", "passport", "PASSPORT")
    COLUMN_HEADINGS = frozenset({"旅券番号", "パスポート番号"})
