"""NATIONALITY: a person's nationality or first language stated
(ベトナム国籍, 中国籍, フィリピン人, ベトナム語を話す), a quasi-identifier."""
from redactor.recognizers.base import JaPattern, JaPatternRecognizer


class NationalityRecognizer(JaPatternRecognizer):
    ENTITY = "NATIONALITY"
    DESCRIPTION = "国籍"
    PATTERNS = (
        # a country's name before 籍 (ベトナム籍, 中国籍, 外国籍, 日本国籍); not 在籍,
        # 戸籍, 学籍, 書籍, 本籍, 移籍, whose kanji before 籍 name no country
        JaPattern("国籍", r"(?:[ァ-ヶー]{2,8}国?|[\u4e00-\u9fff]{0,6}国)籍(?!者数|の方々)", 0.7, anchor='籍'),
        JaPattern("言語", r"[ァ-ヶー]{2,8}語(?=で|を|の|が|しか|のみ)", 0.5, anchor='語'),
        JaPattern("国民", r"[ァ-ヶー]{2,8}人(?=の|で|が|は|、|男性|女性)", 0.4),
    )
