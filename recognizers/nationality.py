"""NATIONALITY: a person's nationality or first language stated
(ベトナム国籍, 中国籍, フィリピン人, ベトナム語を話す), or their origin
(ネパール出身, 留学生として来日), a quasi-identifier."""
import re
from typing import Iterable

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaPattern, JaPatternRecognizer
from redactor.recognizers._not_subject import mark
from redactor.recognizers._person_table import header_cell_at
from redactor.recognizers._text import KANJI, words_regex
from redactor.tokens import Token

_ORIGIN = load_toml("quasi_identifiers.toml", "redactor.recognizers.data")["origin"]
_COLUMN_HEADINGS = frozenset(["国籍", "国籍・地域", "国籍等"])
# The field pattern's value is another field's word in a header row (国籍\t在留資格).
_FIELD_BEFORE = re.compile(r"国籍(?:[ \t:：]+|は)$")
_FIELD_WORDS = frozenset(["在留資格", "在留期間", "性別", "年齢", "住所", "氏名", "生年月日", "備考", "職業", "続柄",
                          "電話", "番号", "地区", "本籍", "出身", "言語", "区分"])


class NationalityRecognizer(JaPatternRecognizer):
    ENTITY = "NATIONALITY"
    DESCRIPTION = "国籍"
    PATTERNS = (
        # a country's name before 籍 (ベトナム籍, 中国籍, 外国籍, 日本国籍); not 在籍,
        # 戸籍, 学籍, 書籍, 本籍, 移籍, whose kanji before 籍 name no country
        JaPattern("国籍", rf"(?:[ァ-ヶー]{{2,8}}国?|(?<![［\[{KANJI}])[{KANJI}]{{0,6}}国)籍(?!者数|の方々)", 0.7, anchor='籍'),
        # a form's 国籍 field and its value (国籍　ベトナム, 国籍：中国, 国籍は中国); the bare
        # field word counts too (fail closed: a column or a field whose value is read
        # nowhere else still tells the check a nationality is given), but not the
        # tool's own ［国籍］ left by masking or generalising
        JaPattern("国籍欄", rf"(?<![{KANJI}［\[])国籍(?:[ \t:：]+|は)(?P<value>[ァ-ヶー]{{2,12}}|[{KANJI}]{{1,6}})", 0.6,
                  anchor="国籍"),
        JaPattern("言語", r"(?:[ァ-ヶー]{2,8}|中国|韓国|朝鮮|台湾|広東|北京)語(?=で|を|の|が|しか|のみ)", 0.5, anchor='語'),
        # 日本語がほとんど話せない, 日本語が不自由: a first language other than Japanese
        JaPattern("日本語", r"日本語(?:の(?:読み書き|会話|読み|書き))?(?:が|は|を)?(?:ほとんど|あまり|十分に|うまく|まだ|全く)?"
                  r"(?:話せない|話せず|読めない|読めず|わからない|分からない|不自由|苦手|十分でない|不得手|片言)", 0.5, anchor="日本語"),
        # 永住者の在留資格, 在留資格は定住者: a status of residence, which only a foreign national holds
        JaPattern("在留資格", rf"(?:{words_regex(_ORIGIN['residence_statuses'])})の在留資格|在留資格[はがを：:　 ]*(?:{words_regex(_ORIGIN['residence_statuses'])})",
                  0.5, anchor="在留資格"),
        JaPattern("国民", r"(?:日系)?[ァ-ヶー]{2,8}人(?=の|で|が|は|、|男性|女性)", 0.4),
        # ネパール出身, 中国出身 (a country, not 市内出身 or 県内出身)
        # (said politely of the person: フィリピンのご出身, 韓国の御出身)
        JaPattern("出身", rf"(?:[ァ-ヶー]{{2,8}}|中国|韓国|台湾|北朝鮮|香港|[{KANJI}]{{1,4}}国)(?:の(?:ご|御)?)?出身", 0.5, anchor="出身"),
        # 留学生として来日, フィリピンから来日
        # (ベトナムから技能実習生として来日: the country and the status both, the country narrowing most)
        JaPattern("来日", r"(?:(?:[ァ-ヶー]{2,8}|中国|韓国|台湾)から(?:(?:留学生|技能実習生|研修生|難民|労働者)として)?|(?:留学生|技能実習生|研修生|難民|労働者)として"
                  # 平成30年に来日, 5年前に来日, 昨年来日: the year someone came
                  r"|(?:(?:昭和|平成|令和)?[0-9一二三四五六七八九十元]{1,4}年(?:前|ほど前)?に?|昨年|一昨年|去年|今年|本年)(?:の[0-9]{1,2}月に)?)(?:来日|入国)"
                  r"|(?:[ァ-ヶー]{2,8}|中国|韓国|台湾)から(?:来た|来られた|来られ|嫁いで|嫁いでこられた|働きに来|移住して|移住した|移住し|移り住ん)"
                  # 中国からの帰国者, サハリンからの引揚者: an origin few residents share
                  r"|(?:[ァ-ヶー]{2,8}|中国|樺太)からの(?:帰国者|引揚者|引き揚げ者)", 0.5,
                  anchor="来日|移住|移り住|入国|来た|来られ|嫁いで|働きに|帰国者|引揚|引き揚"),
        # 中国残留邦人の家族として帰国, 日系ブラジル人三世: an origin few residents share
        JaPattern("帰国者", rf"(?:{words_regex(_ORIGIN['returnees'])})(?!等|支援|対策|向け)(?:の(?:家族|子|孫|配偶者|二世|三世))?(?:として(?:帰国|永住帰国|来日))?"
                  r"|日系[ァ-ヶー]{0,8}(?:人)?(?:[二三四]世)", 0.5, anchor="残留|帰国者|日系"),
    )

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        """The findings, a word naming a class of people marked as no one's (``_not_subject``)."""
        return mark(self._found(text, tokens), text)

    def _found(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        for r in super().find(text, tokens):
            if _FIELD_BEFORE.search(text, max(0, r.start - 6), r.start) and (
                    text[r.start:r.end] in _FIELD_WORDS or header_cell_at(text, r.start)):
                continue  # 番号\t氏名\t国籍\t在留資格: the next heading, not a nationality
            yield r
        if "国籍" in text and "\t" in text:
            yield from self._column_cells(text)

    def _column_cells(self, text: str) -> Iterable[RecognizerResult]:
        """The cells under a 国籍 heading of a tab-separated table (ベトナム, 中国):
        a country's name alone is a nationality there (each row a person)."""
        pos = 0
        for line in text.split("\n"):
            if "\t" in line:
                offset = pos
                for i, cell in enumerate(line.split("\t")):
                    value = cell.strip(" ")
                    if value and value not in _COLUMN_HEADINGS and ctx.column_heading(text, pos, i, _COLUMN_HEADINGS):
                        start = offset + cell.index(value)
                        yield self.result("NATIONALITY", start, start + len(value), 0.6, "「国籍」列の値", kind="column")
                    offset += len(cell) + 1
            pos += len(line) + 1
