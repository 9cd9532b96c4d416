"""PLACE: a 町丁目 or a location without a house number (上杉三丁目, …二丁目
地内の市道, 市道第1208号線, 交差点), a quasi-identifier. A full address
with 番地/号 is an ADDRESS (the longer span wins where both match)."""
from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_K = r"\u4e00-\u9fffァ-ヶーぁ-ん"


class PlaceRecognizer(JaPatternRecognizer):
    ENTITY = "PLACE"
    DESCRIPTION = "場所"
    PATTERNS = (
        JaPattern("町丁目", rf"[{_K}]{{1,10}}?[0-9一二三四五六七八九十]{{1,3}}丁目(?![0-9一二三四五六七八九十]+(?:番|-))(?:[0-9]+番地先)?(?:地内)?(?:の(?:市道|県道|国道|町道|歩道|交差点)[\u4e00-\u9fffァ-ヶー0-9第号線-]{{0,14}}(?:の歩道上)?)?", 0.6, anchor='丁目'),
        JaPattern("市道", rf"(?:市道|県道|町道)[{_K}0-9第-]{{1,12}}号?線", 0.5, anchor='市道|県道|町道'),
    )
