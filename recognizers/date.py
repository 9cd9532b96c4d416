"""DATE: the date (and time) of an event: 令和5年2月14日午前10時20分頃,
同年8月, 令和元年5月. ``precision`` is day / month / year. Dates of the
meeting or document itself (開催日時, 提出, 議決) are ``administrative``:
they are not about a person and the risk check ignores them."""
from typing import Any

from redactor.recognizers import context as ctx
from redactor.recognizers.base import JaPattern, JaPatternRecognizer
from redactor.recognizers.dates import ERAS

_ERA = "|".join(ERAS)
_TIME = r"(?:[ ]?(?:午前|午後)?[0-9]{1,2}時(?:[0-9]{1,2}分)?(?:頃|ごろ)?)?"
_ADMIN = ("提出", "開催", "会議", "開会", "閉会", "議決", "施行", "公布", "答申", "諮問", "受付", "作成", "決定")


class DateRecognizer(JaPatternRecognizer):
    ENTITY = "DATE"
    DESCRIPTION = "日付"
    PATTERNS = (
        JaPattern("年月日", rf"(?:(?:{_ERA})(?:元|[0-9]{{1,2}})年|(?:19|20)[0-9]{{2}}年|同年)[0-9]{{1,2}}月[0-9]{{1,2}}日(?:\([月火水木金土日]\))?{_TIME}(?!生)", 0.6),
        JaPattern("年月", rf"(?:(?:{_ERA})(?:元|[0-9]{{1,2}})年|(?:19|20)[0-9]{{2}}年|同年)[0-9]{{1,2}}月(?![0-9]|分)", 0.5),
    )

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        value = text[start:end]
        precision = "day" if "日" in value else "month"
        near = ctx.before(text, start, 12) + text[end:end + 8]
        administrative = bool(ctx.find_word(near, _ADMIN))
        return {"precision": precision, "kind": "administrative" if administrative else "event"}
