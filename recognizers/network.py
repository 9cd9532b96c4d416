"""NETWORK: addresses and names of the internal network.

- IPv4 addresses and CIDR ranges (10.32.0.0/16), validated with the
  standard library's ``ipaddress`` (999.1.1.1 is not an address); IPv6
  addresses likewise. Documentation ranges (203.0.113.0/24) are findings
  too: in minutes they stand for a real address.
- Host names in internal domains (*.local, *.lan, *.internal, *.corp,
  *.intra), also with the organisation's labels after an intranet label
  (fs01.intra.city.example; not after corp or local, which public sites
  use as sub-domains) and UNC paths of shared folders (\\\\fs01\\share\\dir).
- URLs whose host is a private address or an internal domain, by any
  scheme a share or a server is reached by (ftp://, smb://, file://), with
  a last label that is no top-level domain (http://bbs.city-hall/), and any
  URL the words just before or right after it call internal (庁内ポータルの
  アドレスは https://…, 職員専用サイト（https://…）, 文書管理システム（https://…）,
  https://… は職員専用のページ), whose host names a closed network (intra.,
  lgwan) or that names a port no public site uses (https://…:8443/).
- Port numbers next to a protocol or the word ポート (TCP 443番, ポート22番).
- Wireless network names (SSIDは「…」, SSID名は…, Wi-Fiのネットワーク名は…,
  Wi-Fi名 …, 来庁者用Wi-Fi（…）, a name quoted further along a line or a
  table's row about SSIDs: …の「KITA-STAFF」が発信されたまま) and VLAN ids (VLAN 210, VLANは20番). A name the
  city offers anyone, said so in its sentence with no word of the network's
  layout (公衆無線LAN「…」を公共施設で提供しています), is ``public_ssid`` (kept).
- Bare host names (fs01, kms-ap01: letters, hyphens and a closing number)
  right after a server word (サーバ名, ホスト名, ファイルサーバ), also in
  brackets (ファイルサーバ（FS-01）).
- Latin names read by their grammar (session 17): a dotted host right after
  a server word whatever its domain, when its first label carries a
  machine's number or it has four labels (認証サーバ radius02.somu.…lg.jp;
  not www); a host after the full-width spaces of a table's row; a
  segment's, a VLAN's or a domain's own name (管理セグメント MGMT-01, VLAN名は
  ZEI_VLAN, ドメイン名：CITY-HQ; kind ``segment``) in a name's shape; a VLAN
  as a switch's config writes it (vlan-310); a Wi-Fi's name right after the
  word for it (職員用Wi-Fi　CITY-STAFF-5G), no standard or cipher (Wi-Fi 6, WPA3);
  a role with a word after it (vpn-gw.…, rt-honsha.…; not ad-, av-, ap-, log-,
  file-); a destination named by its machine (バックアップ先は nas-bk02); a
  VLAN or segment with the building or floor right before it (第2庁舎 VLAN120).
A dotted number numbering a section (資料の2.1.3.1をご覧ください) is no
address. The municipality's public web addresses are not findings: a URL counts only
when its host is a private address, an internal domain or a single label
(http://intranet/).

Suffixes and context words: ``data/security_network.toml``.
"""
from __future__ import annotations

import ipaddress
import re
from typing import Any, Callable, Iterable

from redactor.data_files import load_toml
from presidio_analyzer import RecognizerResult

from redactor.recognizers import _context as ctx
from redactor.recognizers._base import ATTRIBUTES_KEY, JaPattern, JaPatternRecognizer
from redactor.recognizers._network_host_columns import find_host_columns
from redactor.recognizers._network_machine_names import host_column_cells, machine_names
from redactor.recognizers._network_said import said_values
from redactor.recognizers._drops import drop
from redactor.tokens import Token

_DATA = load_toml("security_network.toml", "redactor.recognizers.data")
_INTERNAL_TLD = "(?:" + "|".join(re.escape(w) for w in sorted(_DATA["internal_suffixes"], key=len, reverse=True)) + ")"
_HOST_CONTEXT = "|".join(re.escape(w) for w in sorted(_DATA["host_context"], key=len, reverse=True))
_SECTION_BEFORE = tuple(_DATA["section_before"])
_SECTION_AFTER = tuple(_DATA["section_after"])
_IP_CONTEXT = tuple(_DATA["ip_context"])
_MAC = re.compile(r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}")
_INFRA = "(?:" + "|".join(re.escape(w) for w in sorted(_DATA["infra_labels"] + _DATA["infra_labels_weak"],
                                                         key=len, reverse=True)) + ")"
# the role labels that may take a word after them (vpn-gw.…) and those that may not (ad-…: infra_no_word_after)
_INFRA_WORDED = "(?:" + "|".join(re.escape(w) for w in sorted(_DATA["infra_labels"] + _DATA["infra_labels_weak"], key=len, reverse=True)
                                 if w not in _DATA["infra_no_word_after"]) + ")"
_INFRA_BARE = "(?:" + "|".join(re.escape(w) for w in sorted(_DATA["infra_no_word_after"], key=len, reverse=True)) + ")"
_INFRA_WEAK = re.compile("(?:" + "|".join(re.escape(w) for w in _DATA["infra_labels_weak"]) + r")\.")
_INFRA_CONTEXT = tuple(_DATA["infra_context"])


_SCHEMES = r"(?<![A-Za-z])(?:https?|s?ftps?|smb|cifs|nfs|afp|file|ldaps?|rdp|ssh|telnet|vnc)://"
_SCHEME_ANCHOR = "://"
# Any URL, for one the text says is internal (庁内ポータルのアドレスは https://…)
_ANY_URL = re.compile(_SCHEMES + r"[A-Za-z0-9.-]+(?::\d+)?[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*")
_INTRANET_WORDS = tuple(_DATA["intranet_words"])
# the URL's own label: the words just before it, in the same clause
_LABEL_BEFORE = 18
_LABEL_AFTER = 16
# A URL's host and port (https://host:8443/…).
_HOST_PORT = re.compile(r"[A-Za-z]+://(?P<host>[A-Za-z0-9.-]+)(?::(?P<port>\d{1,5}))?")
# Labels of a host name that name a closed network: the intranet, LGWAN (総合行政ネットワーク).
_INTERNAL_LABELS = frozenset(_DATA["internal_host_labels"])
_NEXT_NAME = re.compile(r"[」』\"]?(?:と|、|,|及び|および|や|か)[ ]?[「『\"]?(?P<value>[A-Za-z0-9][A-Za-z0-9_.@-]{1,31})")
# A network's name quoted further along a line that is about SSIDs (a ruled row:
# │SSIDの秘匿│未了│…の「KITA-STAFF」が発信されたまま│): letters joined by a hyphen or an
# underscore, or with a digit -- a name's shape, not a word (「ステルス」) -- and no
# standard or cipher (WPA3, IEEE802.1X)
_SSID_LINE = re.compile(r"SSID|ネットワーク名")
_QUOTED_NAME = re.compile(r"[「『](?P<value>(?!(?:WPA|WEP|IEEE|802\.|TKIP|AES|Wi-?Fi)[A-Za-z0-9.-]*[」』])[A-Za-z][A-Za-z0-9_.@-]{2,31})[」』]")
_NAME_SHAPE = re.compile(r"[-_]|[0-9]")
# the word a segment's, a VLAN's or a domain's own name follows
_SEGMENT_WORD_BEFORE = re.compile(r"(?:セグメント|サブネット|VLAN|ドメイン|ワークグループ)名?(?:は|が|を|[:：])?[ 　]{0,2}[「『\"]?$")


class NetworkRecognizer(JaPatternRecognizer):
    ENTITY = "NETWORK"
    DESCRIPTION = "ネットワーク情報"
    PATTERNS = (
        # not a version after a product name (Chrome/156.0.0.0); http://10.1.2.3 still is
        JaPattern("IPv4", r"(?<![\d.])(?<![A-Za-z]/)(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\d.])", 0.85, anchor='[0-9]\\.[0-9]+\\.[0-9]'),
        JaPattern("IPv6", r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:/\d{1,3})?(?![0-9A-Fa-f:])", 0.6, anchor='::|[0-9A-Fa-f]:[0-9A-Fa-f]'),
        JaPattern("内部ホスト名", r"(?<![A-Za-z0-9.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:(?:intra|intranet|internal)(?:\.[A-Za-z][A-Za-z0-9-]*)+|" + _INTERNAL_TLD + r")(?![A-Za-z0-9-])(?!\.[A-Za-z0-9])", 0.85, anchor='\\.(?:local|lan|internal|intra|corp|home)'),
        JaPattern("UNCパス", r"\\\\[A-Za-z0-9._$-]+(?:\\[^\s\\、。，,（）()「」ぁ-ゖ]+)*", 0.9, anchor='\\\\\\\\'),
        # (any scheme a network share or a server is reached by: ftp://, smb://, file://; a
        # host whose last label has a hyphen or a digit is no top-level domain: http://bbs.city-hall/)
        JaPattern("内部URL", _SCHEMES + r"(?:(?:10|127|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.[\d.]+|[A-Za-z0-9.-]+\." + _INTERNAL_TLD
                  + r"|[A-Za-z0-9-]+(?=[:/]|$)|[A-Za-z0-9.-]+\.(?!xn--)(?=[A-Za-z0-9]*[-0-9])[A-Za-z0-9-]+(?=[:/]|$))(?::\d+)?[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*", 0.9, anchor=_SCHEME_ANCHOR),
        JaPattern("ポート", r"(?:(?:TCP|UDP|tcp|udp)(?:[ /]|の|で)?(?:ポート)?\d{1,5}番?(?:ポート)?|ポート(?:番号)?(?:は|を)?[ ]?\d{1,5}番?|(?:(?:TCP|UDP|tcp|udp)の)?\d{1,5}番ポート)(?:(?:と|、|,|及び|および|や)(?:(?:TCP|UDP|tcp|udp)[ /]?\d{1,5}番?|\d{1,5}番)(?![0-9.]))*", 0.8, anchor='TCP|UDP|tcp|udp|ポート'),
        # a port said by the service it opens (リモートデスクトップの3389番を外部に公開, SSHの22番): the
        # service's name says it is a port, as ポート would
        JaPattern("サービスのポート", r"(?:リモートデスクトップ|RDP|SSH|Telnet|TELNET|SMB|FTP|SNMP|VNC|NetBIOS|SQL ?Server|MySQL)(?:の|用の|は|を|で)?[ ]?\d{2,5}番(?:ポート)?(?![0-9])",
                  0.8, anchor='リモートデスクトップ|RDP|SSH|Telnet|TELNET|SMB|FTP|SNMP|VNC|NetBIOS|SQL|MySQL'),
        JaPattern("SSID", r"(?:SSID(?:名)?[)）]?|(?:無線LAN|Wi-Fi|WiFi|無線)の?ネットワーク名|ネットワーク名(?=[^。\n]{0,3}[A-Za-z])"
                  # (the name of a Wi-Fi or an access point: Wi-Fi名 kita-free, アクセスポイント名：KITA-AP01)
                  r"|(?:無線LAN|Wi-Fi|WiFi|アクセスポイント)名)(?:は|が|を|[:：])?[ ]?[「『\"]?(?P<value>[A-Za-z0-9][A-Za-z0-9_.@-]{1,31})",
                  0.8, anchor='SSID|ネットワーク名|(?:LAN|Fi|ポイント)名'),
        # a server's role as the first label (ns1.city-x.lg.jp, vpn.city.example.jp); not in a mail address
        # (the role with a word after it, as a site names its machines: vpn-gw.…, rt-honsha.…; not a
        # label that also opens an advert's or a file's host: infra_no_word_after)
        JaPattern("役割付きホスト名", r"(?<![A-Za-z0-9.@_-])(?:" + _INFRA_WORDED + r"(?:-?[0-9]{1,3})?(?:-[a-z][a-z0-9]{1,10})?|"
                  + _INFRA_BARE + r"(?:-?[0-9]{1,3}(?:-[a-z][a-z0-9]{1,10})?)?)"
                  r"(?:\.[A-Za-z0-9-]+){2,}(?![A-Za-z0-9-])(?!\.[A-Za-z0-9])(?!@)", 0.75,
                  anchor=_INFRA + r"(?:-?[0-9]{1,3})?(?:-[a-z][a-z0-9]{1,10})?\."),
        # a device's hardware address (00:1A:2B:3C:4D:5E, 00-1a-2b-3c-4d-5e)
        JaPattern("MACアドレス", r"(?<![0-9A-Fa-f])(?<![0-9A-Fa-f][:-])(?:(?:[0-9A-Fa-f]{2}:){5}|(?:[0-9A-Fa-f]{2}-){5})[0-9A-Fa-f]{2}(?![0-9A-Fa-f]|[:-][0-9A-Fa-f])", 0.8,
                  anchor=r"[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]"),
        # a wireless network named in brackets or quotes right after the word for
        # it (来庁者用Wi-Fi（Kita_Guest）, 公衆無線LAN「Kita_Free」): its SSID, however the
        # hyphen is typed (Wi‐Fi after NFKC of a non-breaking hyphen); a standard or a
        # cipher in the brackets (WPA3, IEEE802.11ax, Wi-Fi 6, AES) is none, nor the
        # word for the name itself (無線LAN（SSID）：…, a label)
        JaPattern("無線LAN名", r"(?:Wi[-\u2010\u2011]?Fi|WiFi|wifi|無線LAN|無線ネットワーク)[（(「『\"]"
                  r"(?P<value>(?!(?:WPA|WEP|IEEE|802\.11|TKIP|AES|Wi|SSID|ESSID)[A-Za-z0-9.]*[）)」』\"])[A-Za-z][A-Za-z0-9_.@-]{2,31})[）)」』\"]",
                  0.8, anchor=r"(?:Fi|LAN|ネットワーク)[（(「『\"]"),
        # (in any case, joined by a hyphen or an underscore as a switch's config writes it: vlan-210, VLAN_30)
        # a wireless network's name right after the word for it, parted by a topic particle, a colon
        # or the spaces of a table's row (職員用Wi-Fi　KITA-STAFF-5G, 無線LANは kita_office): a
        # name's shape (a hyphen, an underscore or a number), no standard or cipher (Wi-Fi 6, WPA3)
        JaPattern("無線LAN名", r"(?:Wi[-\u2010\u2011]?Fi|WiFi|無線LAN)(?:は|[:：]|[ 　]{1,4})[ 　]?"
                  r"(?P<value>(?!(?:WPA|WEP|IEEE|TKIP|AES|Wi)[A-Za-z0-9.-]*(?![A-Za-z0-9_.@-]))"
                  r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+|(?!(?:WPA|WEP|IEEE|TKIP|AES))[A-Za-z]{3,}[0-9]{1,3})(?![A-Za-z0-9_.@-])",
                  0.75, anchor=r"Fi|無線LAN"),
        JaPattern("VLAN", r"(?<![A-Za-z])(?:VLAN|vlan|Vlan)[ _-]?の?(?:ID[ ]?)?(?:番号)?(?:は|を|が|[:：])?[ ]?[0-9]{1,4}(?![0-9])番?", 0.75,
                  anchor='VLAN|vlan|Vlan'),
        # a segment, a VLAN or a Windows domain called by its own name (管理セグメント MGMT-SEG02,
        # VLAN名は FIN-VLAN30, ドメイン名：CITY-HQ): a name's shape, letters joined by a hyphen or an
        # underscore or closed by a number, not a word (セグメントA, ドメイン名は未定)
        JaPattern("ネットワークの名前", r"(?:セグメント|サブネット|VLAN|ドメイン|ワークグループ)名?(?:は|が|を|[:：])?[ 　]{0,2}[「『\"]?"
                  r"(?P<value>[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+|[A-Za-z]{2,}[0-9]{1,4})(?![A-Za-z0-9.@-])",
                  0.75, anchor='セグメント|サブネット|VLAN|ドメイン|ワークグループ'),
        # a client machine named by the office's asset convention, letters and
        # numbers joined by two hyphens or more (端末SOMU-PC-012, パソコン kyo-pc-21): they
        # part it from a product or a count (端末ID12, タブレット端末iPad10, 端末PC-98)
        JaPattern("ホスト名", r"(?:端末|パソコン|クライアント)(?:は|が|の|[:：])?[ ]?[「『\"（(]?"
                  r"(?P<value>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){2,3}(?<=[0-9]{2})(?<![0-9]{4}))(?![A-Za-z0-9.-])",
                  0.75, anchor=r"端末|パソコン|クライアント"),
        JaPattern("ホスト名", r"(?:" + _HOST_CONTEXT + r")(?:は|が|の|[:：])?[ 　]{0,2}[「『\"（(]?(?P<value>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?<=[0-9]{2})(?<![0-9]{4}))(?![A-Za-z0-9.-])", 0.75, anchor=_HOST_CONTEXT),
        # a dotted host name right after a server word (認証サーバ auth01.somu.city-x.lg.jp): the
        # server word says it is a machine of the network, whatever its domain; its first label
        # has a machine's number or it names sub-domains (four labels or more), and is no web
        # site's (www)
        JaPattern("ホスト名", r"(?:" + _HOST_CONTEXT + r")(?:は|が|の|[:：])?[ 　]{0,2}[「『\"（(]?"
                  r"(?P<value>(?!www\.)(?:[A-Za-z][A-Za-z0-9]*-?[0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+){2,}"
                  r"|[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+){3,}))(?![A-Za-z0-9-])(?!\.[A-Za-z0-9])(?!@)", 0.75, anchor=_HOST_CONTEXT),
    )

    def find(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        return _ranges_joined(text, _bracketed_joined(text, [_with_place_before(text, _with_host_before(text, r))
                                                             for r in self._found(text, tokens)]))

    def _found(self, text: str, tokens: list[Token]) -> Iterable[RecognizerResult]:
        for r in super().find(text, tokens):
            pattern = r.recognition_metadata[ATTRIBUTES_KEY].get("pattern")
            if pattern == "IPv4" and _section_number(text, r.start, r.end):
                continue
            if pattern == "役割付きホスト名" and _INFRA_WEAK.match(text, r.start) \
                    and not ctx.find_word(ctx.before(text, r.start, 16) + ctx.after(text, r.end, 8), _INFRA_CONTEXT):
                continue  # mail.…-info.jp: a newsletter's host, not a server of the network
            if pattern == "MACアドレス" and "-" in text[r.start:r.end] and not re.search(r"[A-Fa-f]", text[r.start:r.end]) \
                    and not ctx.find_word(ctx.before(text, r.start, 16), ("MAC", "物理アドレス")):
                continue  # 12-34-56-78-90-12: a number in groups, not a hardware address
            if pattern == "ポート" and _physical_port(text, r.start, r.end):
                drop("NETWORK", text, r.start, r.end, "機器の差込口の番号（リンク・ケーブル、スイッチのポート）")
                continue
            yield r
            if pattern == "SSID":
                yield from self._more_names(text, r)
        if "://" in text:
            yield from self._described_internal(text)
        if "SSID" in text or "ネットワーク名" in text:
            yield from self._quoted_in_ssid_lines(text)
        yield from find_host_columns(self, text)
        yield from machine_names(self, text)
        yield from host_column_cells(self, text)
        yield from said_values(self, text)

    def _quoted_in_ssid_lines(self, text: str) -> Iterable[RecognizerResult]:
        """Names quoted in a line that speaks of SSIDs, past the reach of the
        word's own pattern (a table's row names the column once). A name
        found by the patterns is found twice; the overlap is merged."""
        for line in re.finditer(r"[^\n]+", text):
            if not _SSID_LINE.search(line.group(0)):
                continue
            for m in _QUOTED_NAME.finditer(text, line.start(), line.end()):
                if _NAME_SHAPE.search(m.group("value")):
                    yield self.result(self.ENTITY, m.start("value"), m.end("value"), 0.75,
                                      "ネットワーク情報の形式（SSIDの行で引用された名前）", pattern="SSID", kind="ssid")

    def _described_internal(self, text: str) -> Iterable[RecognizerResult]:
        """A URL on any host that the words naming it call internal (庁内
        ポータルのアドレスは https://…, 職員専用サイト（https://…）): the
        intranet's address, whatever its domain looks like. (A URL the
        patterns found already is found twice; the overlap is merged.)"""
        for m in _ANY_URL.finditer(text):
            window = ctx.before(text, m.start(), _LABEL_BEFORE)
            label = re.split(r"[、。，\n]", window)[-1]
            # (or the words right after it: https://… は職員専用のページ)
            after = re.split(r"[、。，\n]", ctx.after(text, m.end(), _LABEL_AFTER))[0]
            host = _HOST_PORT.match(text, m.start())
            port = host.group("port") if host else None
            if ctx.find_word(label, _INTRANET_WORDS) or ctx.find_word(after, _INTRANET_WORDS):
                why = "庁内向けと書かれたURL"
            elif host and _INTERNAL_LABELS.intersection(host.group("host").lower().split(".")):
                why = "ホスト名に庁内網の名前（intra, lgwan）"  # intra.city.example.lg.jp, city.lgwan.jp
            elif port and port not in ("80", "443"):
                why = f"公開サイトにない番号のポート（{port}）"  # https://…:8443/: a server's admin or internal service
            else:
                continue
            yield self.result(self.ENTITY, m.start(), m.end(), 0.85, f"ネットワーク情報の形式（{why}）",
                              pattern="内部URL", kind="url")

    def _more_names(self, text: str, first: RecognizerResult) -> Iterable[RecognizerResult]:
        """The other names of a list after SSIDは (city-guestとcity-staff)."""
        end = first.end
        while m := _NEXT_NAME.match(text, end):
            end = m.end("value")
            yield self.result(self.ENTITY, m.start("value"), end, first.score, "ネットワーク情報の形式（SSIDの列挙）",
                              pattern="SSID", kind="ssid")

    def validate_result(self, pattern_text: str) -> bool | None:
        candidate = pattern_text
        if candidate.count(".") == 3 and candidate.replace(".", "").replace("/", "").isdigit():
            try:
                ipaddress.ip_network(candidate, strict=False)
            except ValueError:
                return False
            return None
        if _MAC.fullmatch(candidate):
            return None  # a hardware address, not an IPv6 one
        if ":" in candidate and "//" not in candidate and candidate.count(":") >= 2:
            if sum(c not in ":/" for c in candidate) < 4:
                return False  # "::", "1::" and the like are not worth a finding
            try:
                ipaddress.ip_network(candidate, strict=False)
            except ValueError:
                return False
        return None

    def attributes_for(self, text: str, start: int, end: int) -> dict[str, Any]:
        value = text[start:end]
        before = text[max(0, start - 8):start]
        if _SEGMENT_WORD_BEFORE.search(before):
            return {"kind": "segment"}  # 管理セグメント MGMT-01, VLAN名は FIN_VLAN: the network's own part
        if "SSID" in before or "ネットワーク名" in before or re.search(r"(?:LAN|Fi|ポイント)名", before) or re.search(r"(?:Fi|LAN|ネットワーク)[（(「『\"]$", before) \
                or re.search(r"(?:Fi|無線LAN)(?:は|[:：]|[ 　]{1,4})[ 　]?$", before):
            return {"kind": _ssid_kind(text, start)}
        if value[:4].upper() == "VLAN":
            return {"kind": "vlan"}
        if _MAC.fullmatch(value):
            return {"kind": "mac"}
        kind = ("unc_path" if value.startswith("\\\\") else "url" if "://" in value
                else "port" if ("ポート" in value or value[:3].upper() in ("TCP", "UDP") or value.endswith("番"))
                else "ip" if value[:1].isdigit() or (":" in value and "." not in value) else "host")
        return {"kind": kind}


_PORT_AFTER = tuple(_DATA["physical_port_after"])
_PORT_BEFORE = tuple(_DATA["physical_port_before"])


def _physical_port(text: str, start: int, end: int) -> bool:
    """A switch's numbered socket (ポート24リンクダウン, コアスイッチのポート3に
    ケーブルを差す): ポート and a number with no protocol, a link or cable
    word right after it or a switch right before it. TCP 443 and ポート22番
    on a server are left alone."""
    value = text[start:end]
    if not value.startswith("ポート") or value.endswith("番") or "番号" in value:
        return False
    before = ctx.before(text, start, 12)
    return bool(ctx.starts_with_word(ctx.after(text, end, 8), _PORT_AFTER)) or bool(
        re.search("(?:" + "|".join(re.escape(w) for w in _PORT_BEFORE) + r")[^、。\n]{0,8}の$", before))


_PUBLIC_WIFI = tuple(_DATA["public_wifi_words"])
_LAYOUT = tuple(_DATA["security_layout_words"])


def _ssid_kind(text: str, start: int) -> str:
    """``public_ssid`` for a Wi-Fi name the city offers anyone (市では公衆無線LAN
    「…」を公共施設で提供しています), said so in its sentence with no word of the
    network's layout (庁内網と分離, VLAN, 認証); ``ssid`` otherwise, failing closed."""
    sentence = ctx.sentence_around(text, start)
    if ctx.find_word(sentence, _PUBLIC_WIFI) and not ctx.find_word(sentence, _LAYOUT):
        return "public_ssid"
    return "ssid"


# a device's name as the office writes it, letters and a number joined by hyphens
# (core-sw02, fw-main, KITA-RT1), right before an address in brackets
_HOST_BEFORE = re.compile(r"(?<![A-Za-z0-9.@_-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+[ ]?[（(]$")


def _with_host_before(text: str, r: RecognizerResult) -> RecognizerResult:
    """An address in brackets right after a device's name (core-sw02 (10.1.0.2),
    edge-rt01（192.168.1.1）) is found with the name, brackets and all: the
    address says the token before it is a host, as a server word would, and a
    name left beside a masked address tells an intruder which device holds it."""
    if r.recognition_metadata[ATTRIBUTES_KEY].get("kind") not in ("ip", None) \
            or text[r.end:r.end + 1] not in ("）", ")"):
        return r
    head = _HOST_BEFORE.search(text, max(0, r.start - 40), r.start)
    name = head.group(0) if head else ""
    if head is None or not (any(c.isdigit() for c in name) or name.islower()):
        return r  # (a capitalised word with no number, Windows-Server (…), names a product, not a device)
    r.start = head.start()
    r.end += 1
    return r


# the building or floor a VLAN or a segment is of, right before it in a cell or a list
# (第２庁舎 VLAN120, 本館3F　vlan-20)
_PLACE_BEFORE = re.compile(r"[一-龥々0-9０-９]{1,8}(?:庁舎|本館|別館|新館|館|棟|支所|分室|[0-9０-９]+階|[0-9０-９]+F)[ 　]{1,2}$")


def _with_place_before(text: str, r: RecognizerResult) -> RecognizerResult:
    """A VLAN read with the building or floor named right before it (第2庁舎 VLAN120):
    which building a segment serves is what the name tells an intruder with it."""
    if r.recognition_metadata[ATTRIBUTES_KEY].get("kind") not in ("vlan", "segment"):
        return r
    m = _PLACE_BEFORE.search(text, max(0, r.start - 16), r.start)
    if m:
        r.start = m.start()
    return r


def _joined(found: list[RecognizerResult],
            join: Callable[[RecognizerResult, RecognizerResult], int | None]) -> list[RecognizerResult]:
    """``found`` in order, each finding that ``join(previous, finding)`` says
    continues the previous one merged into it (to the end ``join`` gives)."""
    found.sort(key=lambda r: r.start)
    out: list[RecognizerResult] = []
    for r in found:
        end = join(out[-1], r) if out else None
        if end is not None:
            out[-1].end = end
            continue
        out.append(r)
    return out


def _bracketed_joined(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """A value followed by another in brackets (VLAN 120（172.16.120.0/24）,
    kita-fs01（10.2.3.4）) is one finding, brackets and all: the brackets
    left between two masks would only frame the pair they hide."""
    return _joined(found, lambda prev, r: r.end + 1 if r.start == prev.end + 1 and text[prev.end] in "（("
                   and text[r.end:r.end + 1] in ("）", ")") else None)


# what joins the two ends of an address range (172.18.40.1～172.18.40.254, 10.0.0.1 - 10.0.0.9,
# 10.8.1.1から10.8.1.9), and the short form that gives the last part only (10.8.1.31-32)
_RANGE_JOINT = re.compile(r" ?(?:[~〜\-－–—]|から) ?")
# (the short form said in words too: 192.168.50.101から110まで)
_RANGE_SHORT = re.compile(r"(?:[~〜\-－–]|から)(?P<last>[0-9０-９]{1,3})(?![0-9０-９.．])")


def _ranges_joined(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """An address range is one finding from its first address to its last
    (172.18.40.1～172.18.40.254, 10.8.1.31-32): the joint left visible between
    two masks says a range was there and how wide, and the short form's last
    part (-32) is an address of its own."""
    def ip(r: RecognizerResult) -> bool:
        return r.recognition_metadata[ATTRIBUTES_KEY].get("kind") == "ip"

    out = _joined(found, lambda prev, r: r.end if ip(prev) and ip(r)
                  and _RANGE_JOINT.fullmatch(text, prev.end, r.start) else None)
    for r in out:
        if ip(r) and (short := _RANGE_SHORT.match(text, r.end)) and int(short.group("last")) <= 255:
            r.end = short.end()
    return out


def _section_number(text: str, start: int, end: int) -> bool:
    """A dotted number that numbers a section of the document (資料の2.1.3.1を
    ご覧ください): small parts, a section word around it, no network word
    before it. 10.1.1.1 after IPアドレス stays an address."""
    value = text[start:end]
    if "/" in value or any(int(part) > 99 for part in value.split(".")):
        return False
    before = ctx.before(text, start, 8)
    if ctx.find_word(ctx.before(text, start, 16), _IP_CONTEXT):
        return False
    return bool(ctx.find_word(before, _SECTION_BEFORE) or ctx.starts_with_word(ctx.after(text, end, 4), _SECTION_AFTER))
