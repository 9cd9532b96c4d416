"""NETWORK values said in prose rather than written as a configuration would.

Minutes are typed from speech and re-typed from paper, so an address, a port,
a VLAN or a network's name reaches the text in shapes the written patterns of
``network.py`` do not read:

- an IPv4 address broken by spaces or a line end after its dots
  (192.168. 1. 10, 10.20.⏎30.1): each part ≤ 255, a network word (IP,
  アドレス, サーバ …) within the sentence;
- an address said in kanji numerals (十・二十・一・五, 一九二・一六八・〇・一),
  four parts joined by ・ or ．, each ≤ 255, with a network word before it;
- a port after its protocol with の (TCPの443番) or read out in kanji
  (ポート番号二二番), a VLAN's number asked for with の (VLANの番号は100番) and
  the ids listed by what each carries (VLANは、職員用が10、生徒用が20);
- a Windows domain by its full name in a sentence about the machines that
  join it (校務用のドメインは koumu.….ed.jp で、端末はすべて参加: 参加 says they join);
- a name given to a machine or a wireless network (ファイルサーバの名前は
  FS-KOUMU, 職員用の無線の名前は kyoin-wifi, Wi-Fiは「Library_Free」): a
  name's shape (letters with a hyphen, an underscore or a number), and the
  other quoted names of the same sentence (…、職員用は「Lib_Staff」).

A dotted number with small parts and no network word (資料の2. 1. 3. 1) is
none. Words: ``data/security_network.toml`` (named_things, name_words).
"""
from __future__ import annotations

import re
from typing import Iterator

from presidio_analyzer import RecognizerResult

from redactor.data_files import load_toml
from redactor.recognizers import _context as ctx
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers._text import sentence_span, sentence_start, words_regex

_D = load_toml("security_network.toml", "redactor.recognizers.data")
_IP_CONTEXT = tuple(_D["ip_context"])
_BROKEN_IP = re.compile(r"(?<![\d.])(\d{1,3})\.[ 　\n]?(\d{1,3})\.[ 　\n]?(\d{1,3})\.[ 　\n]?(\d{1,3})(?![\d.])")
_K = _D["kanji_digits"]
_KANJI_IP = re.compile(rf"(?<![{_K}])([{_K}]{{1,5}})[・．]([{_K}]{{1,5}})[・．]([{_K}]{{1,5}})[・．]([{_K}]{{1,5}})(?![{_K}])")
# ポート番号二二番: a port read out in kanji numerals
_KANJI_PORT = re.compile(rf"ポート(?:番号)?(?:は|を)?[ 　]?(?P<value>[{_K}]{{1,5}})番")
# VLANは、職員用が10、生徒用が20: the ids listed by what each carries
_VLAN_LIST = re.compile(r"(?:VLAN|ＶＬＡＮ|vlan)(?:の(?:ID|ＩＤ|番号))?(?:は|を)[、，]?")
_VLAN_ITEM = re.compile(r"[^、。，\n0-9０-９]{1,8}?(?:が|は|を)[ 　]?(?P<id>[0-9０-９]{1,4})(?![0-9０-９])(?:番)?[、，]?")
# 校務用のドメインは koumu.kita-city.ed.jp: a Windows domain said by its full name, in a
# sentence about the machines that join it (not the city's web domain)
_DOMAIN_SAID = re.compile(r"ドメイン(?:名)?(?:は|が|を|[:：])[ 　]?[「『]?(?P<value>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?![A-Za-z0-9.-])")
# (not 職員 or メール: the domain of the staff's mail addresses is the city's public one)
_DOMAIN_MEMBERS = re.compile(r"端末|パソコン|参加|ログオン|ログイン|Active Directory|(?<![A-Za-z])AD(?![A-Za-z])")
_NAME_SHAPE = r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+|[A-Za-z]{2,}[0-9]{1,4}"
_NAMED = re.compile(
    rf"(?P<thing>{words_regex(_D['named_things'])})の?(?:{words_regex(_D['name_words'])})(?:は|が|を|[:：])[ 　]?[「『\"]?"
    rf"(?P<value>{_NAME_SHAPE})(?![A-Za-z0-9.@-])")
_WIFI_QUOTED = re.compile(rf"(?:Wi-?Fi|WiFi|無線LAN)(?:は|が|を)[「『](?P<value>{_NAME_SHAPE})[」』]")
_QUOTED_NAME = re.compile(rf"[「『](?P<value>{_NAME_SHAPE})[」』]")
_SSID_THINGS = frozenset(_D["ssid_things"])


def _kanji_number(s: str) -> int | None:
    """A kanji numeral read as a number: positional (百九十二, 二十) or digit by
    digit (一九二, 〇)."""
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    if "十" not in s and "百" not in s:
        return int("".join(str(digits[c]) for c in s)) if all(c in digits for c in s) else None
    total, current = 0, 0
    for c in s:
        if c in digits:
            current = digits[c]
        elif c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
    return total + current


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end), from the sentence of ``start`` to the
    end of the sentence of ``end`` (an address read out may run over a line end)."""
    return text[sentence_start(text, start):sentence_span(text, end)[1]]


def _ssid_kind(text: str, start: int) -> str:
    """``public_ssid`` or ``ssid`` by network.py's rule for a Wi-Fi name the city
    offers anyone (imported here, when called: network.py imports this module)."""
    from redactor.recognizers.network import _ssid_kind as kind_of
    return kind_of(text, start)


def said_values(rec: JaRecognizer, text: str) -> Iterator[RecognizerResult]:
    """NETWORK findings in the spoken and re-typed shapes above."""
    for m in _BROKEN_IP.finditer(text):
        if not re.search(r"[ 　\n]", m.group(0)):
            continue  # written whole: the IPv4 pattern reads it
        parts = [int(g) for g in m.groups()]
        if max(parts) > 255 or not ctx.find_word(_sentence(text, m.start(), m.end()), _IP_CONTEXT):
            continue  # 資料の2. 1. 3. 1: a section's number
        yield rec.result("NETWORK", m.start(), m.end(), 0.8, "ネットワーク情報の形式（空白・改行で区切れたIPアドレス）",
                         pattern="IPv4", kind="ip")
    if "・" in text or "．" in text:
        for m in _KANJI_IP.finditer(text):
            numbers = [_kanji_number(g) for g in m.groups()]
            if any(p is None or p > 255 for p in numbers) or not ctx.find_word(ctx.before(text, m.start(), 20), _IP_CONTEXT):
                continue  # 一・二・三・四 in a list of steps: no address word before it
            yield rec.result("NETWORK", m.start(), m.end(), 0.75, "ネットワーク情報の形式（漢数字で読み上げたIPアドレス）",
                             pattern="IPv4", kind="ip")
    for m in _KANJI_PORT.finditer(text):
        port = _kanji_number(m.group("value"))
        if port is not None and 0 < port < 65536:
            yield rec.result("NETWORK", m.start(), m.end(), 0.75, "ネットワーク情報の形式（漢数字のポート番号）",
                             pattern="ポート", kind="port")
    for m in _VLAN_LIST.finditer(text):
        pos = m.end()
        while item := _VLAN_ITEM.match(text, pos):
            yield rec.result("NETWORK", item.start("id"), item.end("id"), 0.75, "ネットワーク情報の形式（用途ごとのVLAN番号）",
                             pattern="VLAN", kind="vlan")
            pos = item.end()
    for m in _DOMAIN_SAID.finditer(text):
        if _DOMAIN_MEMBERS.search(_sentence(text, m.start(), m.end())):
            yield rec.result("NETWORK", m.start("value"), m.end("value"), 0.75, "ネットワーク情報の形式（端末が参加するドメイン名）",
                             pattern="ネットワークの名前", kind="segment")
    named = []
    for m in _NAMED.finditer(text):
        ssid = m.group("thing") in _SSID_THINGS
        named.append(m)
        yield rec.result("NETWORK", m.start("value"), m.end("value"), 0.75,
                         "ネットワーク情報の形式（" + ("無線LANの名前" if ssid else "機器の名前") + "）",
                         pattern="SSID" if ssid else "ホスト名", kind=_ssid_kind(text, m.start("value")) if ssid else "host")
    for m in _WIFI_QUOTED.finditer(text):
        named.append(m)
        yield rec.result("NETWORK", m.start("value"), m.end("value"), 0.75, "ネットワーク情報の形式（無線LANの名前）",
                         pattern="SSID", kind=_ssid_kind(text, m.start("value")))
    for m in named:
        # the other names quoted in the same sentence (…は「Library_Free」、職員用は「Lib_Staff」)
        for q in _QUOTED_NAME.finditer(text, m.end(), sentence_span(text, m.end())[1]):
            yield rec.result("NETWORK", q.start("value"), q.end("value"), 0.7, "ネットワーク情報の形式（同じ文で挙げた名前）",
                             pattern="SSID", kind=_ssid_kind(text, q.start("value")))
