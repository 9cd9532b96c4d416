"""SECURITY_DETAIL: a system said to run at a site named by its own name.

「住民記録、税の各システムは、…の「湊台データセンター」にハウジングしている」
states where the machines stand (MIC guideline 物理的セキュリティ: 機器の
設置; ISO/IEC 27002 7.8 equipment siting). DATA_CENTER masks the site's
name; the statement around it -- which systems, put there how -- is the
detail the annotators of minutes and plans mark, and the site's name alone
masked leaves the rest telling (…の各システムは、■■にハウジングしている).

The frame, not a word list, decides: the topic is a system, a server or
the machines (…システムは, …サーバを), the site is named -- a name in 「」
or a numbered site (第2センター, 第３ＩＤＣ) -- and a verb of putting or
running the machines follows it (設置, ハウジング, ホスティング, 収容, 置い,
運用, 稼働). A site said in general (データセンターに設置しております,
新しいデータセンターへ移設する) names none: every municipality says so.

Span: from the topic (after the speaker's label and a frame of time such as
現在、) to the end of the verb's clause (…に設置しており、 stops before the
comma: what follows is another statement).
"""
from __future__ import annotations

import re
from typing import Iterator

_TOPIC = re.compile(r"(?:システム|サーバー?|機器|基盤|ホスト|ストレージ|データ)(?:群|類|等|など)?(?:は|を|も)[、，]?")
_SITE_WORD = r"(?:データセンター|データセンタ|ＤＣ|DC|ＩＤＣ|IDC|iDC|センター|拠点|ファシリティ)"
# a site by its own name: quoted, or numbered (第2センター, 第３ＩＤＣ, 第二拠点)
# (a quoted name with no site word is a site only with a verb that puts machines in a
# building: 「くらしの窓口」で運用 is a service)
_NAMED_SITE = re.compile(
    r"(?:[「『](?P<site>[^「」『』\n]{0,20}" + _SITE_WORD + r"[^「」『』\n]{0,6})[」』]|[「『][^「」『』\n]{1,24}[」』](?=[^、。\n]{0,16}?(?:に|で|内に)(?:設置|ハウジング|ホスティング|収容))"
    r"|第[0-9０-９一二三四五六七八九十]+" + _SITE_WORD + r")"
    r"(?:[^、。\n]{0,16}?(?:階|区画|ラック|フロア|室))?"
    r"(?:に|で|へ|内に|内で)(?:て)?[ 　]?(?:設置|ハウジング|ホスティング|収容|格納|置い|置か|運用|稼働|稼動|移設|預け|保管)")
_SPEAKER = re.compile(r"[ 　]*(?:[○◯◎●〇][^ 　\n]{0,30}[ 　]+|[（(][^）)\n]{1,30}[）)][ 　]*)")
_FRAME = re.compile(r"(?:現在|現状|現時点では|なお|また|ただし|今回|今年度|本年度|従来)[、，,]")
_MAX_SENTENCE = 200
_ANY_VERB = re.compile(r"設置|ハウジング|ホスティング|置|運用|稼|収容|格納|移設|預け|保管")


def sited_systems(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each statement that a system runs at a named site."""
    if not _ANY_VERB.search(text):
        return
    for sentence in re.finditer(r"[^。\n]+", text):
        s, e = sentence.span()
        if e - s > _MAX_SENTENCE:
            continue
        site = _NAMED_SITE.search(text, s, e)
        if site is None:
            continue
        topic = _TOPIC.search(text, s, site.start())
        if topic is None:
            continue
        speaker = _SPEAKER.match(text, s, e)
        start = speaker.end() if speaker else s
        frame = _FRAME.match(text, start, e)
        if frame:
            start = frame.end()
        cut = [i for i in (text.find("、", site.end(), e), text.find("，", site.end(), e)) if i != -1]
        end = min(cut) if cut else e
        yield start, end
