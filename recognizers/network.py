"""NETWORK: addresses and names of the internal network.

- IPv4 addresses and CIDR ranges (10.32.0.0/16), validated with the
  standard library's ``ipaddress`` (999.1.1.1 is not an address); IPv6
  addresses likewise. Documentation ranges (203.0.113.0/24) are findings
  too: in minutes they stand for a real address.
- Host names in internal domains (*.local, *.lan, *.internal, *.corp,
  *.intra) and UNC paths of shared folders (\\\\fs01\\share\\dir).
- URLs whose host is a private address or an internal domain.
- Port numbers next to a protocol or the word ポート (TCP 443番, ポート22番).
The municipality's public web addresses are not findings.
"""
from __future__ import annotations

import ipaddress
from typing import Any

from redactor.recognizers.base import JaPattern, JaPatternRecognizer

_INTERNAL_TLD = r"(?:local|lan|internal|intra|intranet|corp|localdomain|home\.arpa)"


class NetworkRecognizer(JaPatternRecognizer):
    ENTITY = "NETWORK"
    DESCRIPTION = "ネットワーク情報"
    PATTERNS = (
        JaPattern("IPv4", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\d.])", 0.85, anchor='[0-9]\\.[0-9]+\\.[0-9]'),
        JaPattern("IPv6", r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:/\d{1,3})?(?![0-9A-Fa-f:])", 0.6, anchor='::|[0-9A-Fa-f]:[0-9A-Fa-f]'),
        JaPattern("内部ホスト名", r"(?<![A-Za-z0-9.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\." + _INTERNAL_TLD + r"(?![A-Za-z0-9-])", 0.85, anchor='\\.(?:local|lan|internal|intra|corp|home)'),
        JaPattern("UNCパス", r"\\\\[A-Za-z0-9._$-]+(?:\\[^\s\\、。，,（）()「」ぁ-ゖ]+)*", 0.9, anchor='\\\\\\\\'),
        JaPattern("内部URL", r"https?://(?:(?:10|127|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.[\d.]+|[A-Za-z0-9.-]+\." + _INTERNAL_TLD + r")(?::\d+)?[^\s、。（）()「」]*", 0.9, anchor='https?://'),
        JaPattern("ポート", r"(?:TCP|UDP|tcp|udp)[ ]?\d{1,5}番?(?:ポート)?|ポート(?:番号)?[ ]?\d{1,5}番?|\d{1,5}番ポート", 0.8, anchor='TCP|UDP|tcp|udp|ポート'),
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        candidate = pattern_text
        if candidate.count(".") == 3 and candidate.replace(".", "").replace("/", "").isdigit():
            try:
                ipaddress.ip_network(candidate, strict=False)
            except ValueError:
                return False
            return None
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
        kind = ("unc_path" if value.startswith("\\\\") else "url" if "://" in value
                else "port" if ("ポート" in value or value[:3].upper() in ("TCP", "UDP"))
                else "ip" if value[:1].isdigit() or ":" in value else "host")
        return {"kind": kind}
