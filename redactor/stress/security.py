"""A seeded generator of gold documents for the security labels.

Why: the personal-information suite (``generator.py``) says which writing
habits the tool misses for names and numbers; information-security details
need the same, because minutes talk about them in many ways. Here a
concrete control or weakness (SECURITY_DETAIL) is written for every
control theme of the MIC guideline for local governments' security policy
and ISO/IEC 27002:2022 (``security.toml``, written from the domain, not from
the recognizers), in four phrasings: a plain admission (現状、…していない。),
a staff answer (…ところでございます。), a member's question (…のではないか。)
and a bullet in a report (・…); a yearly plan (kind ``plan``) also puts
them in the cells of a tab table (phrasing ``table``). Each span's ``category`` is its control
theme (``sec_backup``); an extra ``phrasing`` key says how it was said, so a
test can score by phrasing too. Session 20 added weaknesses staff admit in
everyday words (``sec_plain_speech``: a leaver's number still valid, a few
days of copies, a contractor's way in at night) and the governance every
municipality states with its yearly cadence (``general_governance``: 台帳は
年1回見直し, 研修を毎年度実施), which must not be flagged. An audit report laid out as a PDF page (kind
``report_pdf``) cuts its lines at the page's width, inside statements too:
such a statement is counted as ``sec_linebreak``, because text copied out of
a PDF is how most bills and reports reach the tool.

General statements that name a topic but give nothing an attacker could use
(バックアップにつきましては、適切に取得し、管理しております) are written as
KEEP spans labelled SECURITY_DETAIL in ``general_*`` categories: the
over-masking figure of such a category is then the share of general
statements the tool flagged (any overlap counts), which must stay low.

DATA_CENTER (operator + number, nickname in 「」, building and floor, a
vague location hint, a refer-back like 同センター, an operator named without
株式会社, a prefecture or city with a facility word, a nickname with its
label or its verb of calling), NETWORK (IP address,
host name, internal URL, SSID, VLAN or port) and CREDENTIAL (password,
user ID, PIN, shared key) values are written too, one category each; so are
the rooms of operational facilities (a waterworks' control room, a fire
station's dispatch room, a radio relay station, a branch office's rack),
addresses said aloud or re-typed, names given in prose and defaults named
with their value (session 20), with general statements about such rooms
that name no one place (``general_operational``, KEEP, DATA_CENTER).

Gold actions follow the default profile: SECURITY_DETAIL is REVIEW (a
person decides whether a control is publishable), a vague location hint is
REVIEW, everything else MASK; either counts as covered by ``redactor eval``.
"""
from __future__ import annotations

import random
import re
from typing import Any

from redactor.data_files import load_toml
from redactor.stress.generator import _Decks, _Doc, fullwidth

_PKG = "redactor.stress"
_SLOT = re.compile(r"\{(\w+)\}")

CONTROLS: tuple[str, ...] = (
    "access_control", "authentication", "privileged_access", "cryptography", "physical_entry", "siting",
    "backup", "logging", "malware", "vulnerability", "network_segregation", "removable_media",
    "data_transfer", "supplier", "incident_response", "continuity", "awareness", "secure_testing", "cloud",
    # harder: weaknesses in everyday words, drill and audit dates, partner media, end-of-support versions
    "plain_weakness", "schedule", "exchange", "end_of_support",
    # issue 12: weaknesses in everyday words, controls with a scope or schedule, model numbers and firmware
    "everyday_weakness", "scoped_control", "model_firmware",
    # issue 12, second round: weaknesses said with nouns the control words do not name
    "plain_gap",
    # session 19: controls of ISO/IEC 27002 the first themes lacked (8.32 change management, 8.1 endpoint devices)
    "change_window", "endpoint",
    # session 20: weaknesses admitted in everyday words, none of the policy's control words
    "plain_speech",
)
PHRASINGS: tuple[str, ...] = ("plain", "polite", "question", "bullet", "table")   # table: a cell of a plan
GENERAL: tuple[str, ...] = ("general_policy", "general_topic", "general_question",
                            "general_schedule", "general_exchange", "general_product", "general_site",
                            "general_measure", "general_incident", "general_rule",
                            # session 20: yearly reviews, courses, drills and reports, rules set down;
                            # operational rooms with no place that is one place
                            "general_governance", "general_operational")
DATA_CENTER: tuple[str, ...] = ("dc_operator_number", "dc_nickname", "dc_building", "dc_region_hint", "dc_referback",
                                "dc_operator_bare", "dc_placed", "dc_called",
                                "dc_nickname_bare", "dc_region_only", "dc_floor_room", "dc_address",
                                # session 20: rooms of operational facilities, places machines are put in
                                "dc_operational", "dc_equipment_place")
NETWORK: tuple[str, ...] = ("net_ip", "net_host", "net_url", "net_ssid", "net_vlan_port",
                             # session 20: addresses said aloud or re-typed, names given in prose
                             "net_spoken_ip", "net_named")
CREDENTIAL: tuple[str, ...] = ("cred_password", "cred_userid", "cred_pin", "cred_key",
                               # issue 12: card numbers, default IDs, pupils' accounts, Wi-Fi keys, PINs in words
                               "cred_card", "cred_default", "cred_pupil", "cred_wifi", "cred_pinword",
                               # session 20: a default named with its value after the credential word
                               "cred_default_value")

#: A security statement a PDF's line width breaks (report_pdf): its own category.
LINEBREAK = "sec_linebreak"
#: A vendor's name opening a detail, kept visible as an organisation (ORG KEEP).
VENDOR = ("keep_vendor",)
#: Every category the security suite writes, in the order reports list them.
CATEGORIES: tuple[str, ...] = (tuple(f"sec_{c}" for c in CONTROLS) + GENERAL + DATA_CENTER + NETWORK + CREDENTIAL
                               + VENDOR + (LINEBREAK,))
#: Categories whose spans are KEEP (general statements: their over-masking is the flagged share).
KEEP_CATEGORIES = frozenset(GENERAL + VENDOR)
KINDS = ("minutes", "report", "plan", "report_pdf")

_LABEL = {**{c: "DATA_CENTER" for c in DATA_CENTER}, **{c: "NETWORK" for c in NETWORK},
          **{c: "CREDENTIAL" for c in CREDENTIAL}}


class _SecWriter:
    """Fills the frames of ``security.toml`` and writes them with their spans."""

    def __init__(self, rng: random.Random, decks: _Decks) -> None:
        self.rng = rng
        self.decks = decks
        self.data = load_toml("security.toml", _PKG)
        self.bullet_no = 0

    def pick(self, seq):
        return self.rng.choice(seq)

    def fill_slots(self, template: str) -> str:
        slots = self.data["slots"]
        return _SLOT.sub(lambda m: self.pick(slots[m.group(1)]), template)

    # -- SECURITY_DETAIL ---------------------------------------------------
    def detail(self, d: _Doc, control: str, phrasing: str) -> None:
        """One sentence stating a control or weakness; the span is the clause."""
        clause = self.fill_slots(self.pick(self.data["controls"][control]))
        frame = self.pick(self.data["phrasing"][phrasing])
        if phrasing == "bullet":
            self.bullet_no += 1
            frame = frame.replace("{n}", self.pick((str(self.bullet_no), fullwidth(str(self.bullet_no)))))
        before, _, after = frame.partition("{c}")
        if phrasing == "bullet" and d._parts and not d._parts[-1].endswith("\n"):
            d.put("\n")   # a bullet starts its own line
        d.put(before)
        vendor = next((v for v in self.data["slots"]["vendor"] if clause.startswith(v + "が")), None)
        if vendor:
            # (a vendor's name opening the clause is written as annotators of minutes write it: the
            # firm's name kept visible as an organisation, the detail after it)
            d.span(vendor, "ORG", "KEEP", "keep_vendor")
            d.put("が")
            clause = clause[len(vendor) + 1:]
        d.span(clause, "SECURITY_DETAIL", "REVIEW", f"sec_{control}")
        d.spans[-1]["phrasing"] = phrasing
        d.put(after)

    def general(self, d: _Doc, which: str) -> None:
        text = self.fill_slots(self.pick(self.data["general"][which.removeprefix("general_")]))
        # a site named with no detail is a near miss for DATA_CENTER, the rest for SECURITY_DETAIL
        d.span(text, "DATA_CENTER" if which in ("general_site", "general_operational") else "SECURITY_DETAIL", "KEEP",
               which)
        d.put("。")

    # -- DATA_CENTER / NETWORK / CREDENTIAL ---------------------------------
    def value(self, category: str) -> tuple[str, str]:
        """A value of ``category`` and the frame key it is written in."""
        dc, net, cred = self.data["data_center"], self.data["network"], self.data["credential"]
        n = self.rng.randint(1, 5)
        if category == "dc_operator_number":
            return (self.pick(dc["numbered"]).format(op=self.pick(dc["operators"]), area=self.pick(dc["areas"]),
                                                     n=self.pick((str(n), fullwidth(str(n)), "一二三四五"[n - 1]))),
                    "dc")
        if category == "dc_nickname":
            return self.pick(dc["nicknames"]), "dc"
        if category == "dc_building":
            return self.pick(dc["buildings"]), "dc"
        if category == "dc_operator_bare":
            return self.pick(dc["bare_sites"]).format(op=self.pick(dc["bare_operators"])), "dc"
        if category == "dc_placed":
            return self.pick(dc["placed"]), "dc"
        if category == "dc_called":
            return self.pick(dc["called"]), "dc"
        if category == "dc_region_hint":
            return self.pick(dc["hints"]), "hint"
        if category == "dc_nickname_bare":
            return self.pick(dc["bare_nicknames"]), "dc"
        if category == "dc_region_only":
            return self.pick(dc["regions"]), "region"
        if category in ("dc_floor_room", "dc_address"):
            slots = self.data["slots"]
            return (self.pick(dc["floor_rooms" if category == "dc_floor_room" else "dc_addresses"]).format(
                op=self.pick(dc["operators"]), area=self.pick(dc["areas"]), n=n, floor=self.pick(slots["floor"]),
                room=self.pick(slots["room"])), "dc")
        if category in ("dc_operational", "dc_equipment_place"):
            rooms = "op_rooms" if category == "dc_operational" else "op_places"
            return (self.pick(dc[rooms]).format(name=self.pick(dc["op_names"]), floor=self.pick(self.data["slots"]["floor"])),
                    "op" if category == "dc_operational" else "op_place")
        if category == "net_spoken_ip":
            return self.spoken_ip(), "spoken"
        if category == "net_named":
            return self.pick(net["named"]), "named"
        if category == "cred_default_value":
            return self.pick(cred["default_values"]), "default_value"
        if category == "net_ip":
            r = self.rng.randrange
            v = self.pick((f"10.{r(256)}.{r(256)}.{r(1, 255)}", f"192.168.{r(256)}.{r(1, 255)}",
                           f"172.16.{r(256)}.0/24"))
            return (fullwidth(v) if self.rng.random() < 0.15 else v), "ip"
        if category == "net_host":
            return f"{self.pick(net['hosts'])}.{self.pick(net['domains'])}", "host"
        if category == "net_url":
            host = self.pick((f"{self.pick(net['hosts'])}.{self.pick(net['domains'])}",
                              f"10.{self.rng.randrange(256)}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"))
            port = self.pick(("", ":8080", ":8443"))
            return f"{self.pick(('http', 'https'))}://{host}{port}{self.pick(net['paths'])}", "url"
        if category == "net_ssid":
            return self.pick(net["ssids"]), "ssid"
        if category == "net_vlan_port":
            v, p = self.rng.randint(2, 400), self.pick(("3389", "22", "5900", "8443", "1433"))
            return self.pick((f"VLAN{v}", f"ＶＬＡＮ{fullwidth(str(v))}", f"VLAN {v}", f"{p}番ポート",
                              f"TCPの{p}番ポート")), "vlan"
        key = category.removeprefix("cred_")
        return self.pick(cred[key + "s"]), key

    def spoken_ip(self) -> str:
        """A private address as speech or re-typing leaves it: spaces after its
        dots (192.168. 1. 20), a line end after one, or kanji numerals read
        digit by digit or as numbers (一九二・一六八・一・二〇, 十・二十・一・五)."""
        r = self.rng.randrange
        parts = [self.pick(("10", "192", "172")), str(r(256)), str(r(256)), str(r(1, 255))]
        if parts[0] == "192":
            parts[1] = "168"
        elif parts[0] == "172":
            parts[1] = str(16 + r(16))
        style = self.rng.randrange(3)
        if style == 0:
            return (f"{parts[0]}.{parts[1]}. {parts[2]}. {parts[3]}" if self.rng.random() < 0.5
                    else ". ".join(parts))
        if style == 1:
            return ".".join(parts[:2]) + ".\n" + ".".join(parts[2:])
        digits = "〇一二三四五六七八九"
        return "・".join("".join(digits[int(c)] for c in p) for p in parts)

    def site(self, d: _Doc, category: str) -> None:
        """One sentence with a DATA_CENTER, NETWORK or CREDENTIAL value in it."""
        dc = self.data["data_center"]
        if category == "dc_referback":
            name, _ = self.value("dc_operator_number")
            d.put("本市の基幹系システムのサーバは")
            d.span(name, "DATA_CENTER", "MASK", "dc_operator_number")
            d.put("に設置しております。")
            before, _, after = self.pick(dc["referback_frames"]).partition("{ref}")
            d.put(before.replace("{n}", str(self.rng.randint(6, 12))))
            d.span(self.pick(dc["referbacks"]), "DATA_CENTER", "MASK", "dc_referback")
            d.put(after.replace("{n}", str(self.rng.randint(6, 12))))
            return
        value, key = self.value(category)
        if key in ("dc", "hint", "region", "op", "op_place"):
            frames = dc[{"dc": "frames", "hint": "hint_frames", "region": "region_frames", "op": "op_frames",
                         "op_place": "op_place_frames"}[key]]
            slot = "{dc}"
        else:
            sect = self.data["network" if category.startswith("net_") else "credential"]
            frames = sect[f"frames_{key}"]
            slot = "{v}"
        frame = self.pick(frames)
        bullet = frame.startswith("・")
        if bullet and d._parts and not d._parts[-1].endswith("\n"):
            d.put("\n")   # a bullet starts its own line and ends it
        before, _, after = frame.partition(slot)
        before = before.replace("{n}", str(self.rng.randint(2, 7)))
        if category == "dc_nickname":
            before, after = before + "「", "」" + after
        d.put(before)
        d.span(value, _LABEL[category], "REVIEW" if category in ("dc_region_hint", "dc_region_only") else "MASK",
               category)
        d.put(after + ("\n" if bullet else ""))

    # -- documents ----------------------------------------------------------
    def minutes(self, d: _Doc) -> None:
        """Committee minutes: members ask, the section head answers."""
        d.put(f"総務委員会記録（第{self.rng.randint(1, 9)}号）\n\n"
              "○委員長　情報システムの管理状況について質疑を行います。\n")
        for _ in range(self.rng.randint(3, 5)):
            d.put(f"○{self.rng.randint(1, 24)}番委員　")
            self.turn(d, ("question", "plain"), ("general_question", "general_incident"))
            self.end_line(d)
            d.put(f"○{self.pick(self.data['slots']['section'])}長　")
            self.turn(d, ("polite", "plain", "bullet"), ("general_policy", "general_topic", "general_schedule",
                                                         "general_exchange", "general_product", "general_site",
                                                         "general_operational",
                                                         "general_measure", "general_incident", "general_rule",
                                                         "general_governance"))
            self.end_line(d)
        d.put("○委員長　以上で質疑を終わります。\n")

    def report(self, d: _Doc) -> None:
        """An audit report or procedure: findings as bullets, with some prose."""
        d.put(f"令和{self.rng.randint(3, 7)}年度　情報セキュリティ内部監査結果報告書\n\n１　監査の概要\n　")
        self.general(d, self.decks.draw(("general_policy", "general_topic", "general_measure")))
        d.put("\n\n２　指摘事項\n")
        for _ in range(self.rng.randint(3, 6)):
            self.turn(d, ("bullet", "bullet", "plain"), ("general_topic", "general_schedule", "general_product",
                                                          "general_site", "general_rule", "general_operational",
                                                          "general_governance"))
            self.end_line(d)
        d.put("\n３　所見\n　")
        self.turn(d, ("plain", "polite"), ("general_policy", "general_topic", "general_incident"))
        self.end_line(d)

    def report_pdf(self, d: _Doc) -> None:
        """A report's findings written as paragraphs, as text copied out of its
        PDF: the layout breaks every line at the page's width, inside statements
        too (see ``generate_security``); every other paragraph is indented."""
        d.put(f"令和{self.rng.randint(3, 7)}年度　情報セキュリティ監査報告書\n\n１　指摘事項\n")
        for n in range(self.rng.randint(2, 4)):
            d.put(self.pick(("　", "", f"（{fullwidth(str(n + 1))}）")))
            for _ in range(self.rng.randint(3, 5)):
                # statements only: a site's or a secret's value a break may not fall into would
                # move the break to its start and leave a line shorter than the page, which no
                # layout does with Japanese text
                if self.rng.random() < 0.7:
                    self.detail(d, self.decks.draw(CONTROLS), self.pick(("plain", "polite")))
                else:
                    self.general(d, self.decks.draw(("general_topic", "general_schedule", "general_rule",
                                                     "general_operational")))
            d.put("\n")

    def plan(self, d: _Doc) -> None:
        """A yearly plan as a tab table: what is done when (drills, audits,
        exchanges), the general rows beside the concrete ones."""
        d.put(f"令和{self.rng.randint(3, 7)}年度　情報セキュリティ対策実施計画\n\n項目\t内容\t担当\n")
        for i in range(self.rng.randint(3, 5)):
            d.put(f"{i + 1}\t")
            if self.rng.random() < 0.7:
                control = self.decks.draw(("schedule", "exchange", "end_of_support", "plain_weakness", "backup"))
                d.span(self.fill_slots(self.pick(self.data["controls"][control])), "SECURITY_DETAIL", "REVIEW",
                       f"sec_{control}")
                d.spans[-1]["phrasing"] = "table"
            else:
                self.general(d, self.decks.draw(("general_schedule", "general_exchange", "general_product")))
            d.put(f"\t{self.pick(self.data['slots']['section'])}\n")
        d.put("\n備考　")
        self.site(d, self.decks.draw(("dc_region_only", "dc_floor_room", "dc_address", "dc_nickname_bare")))
        d.put("\n")

    @staticmethod
    def end_line(d: _Doc) -> None:
        if not d._parts[-1].endswith("\n"):
            d.put("\n")

    def turn(self, d: _Doc, phrasings: tuple[str, ...], generals: tuple[str, ...]) -> None:
        """One or two sentences: a security detail, a general statement (one of
        ``generals``: members ask, staff answer) or a site/network/secret value."""
        for i in range(self.rng.randint(1, 2)):
            if i and d_last_bullet(d):
                d.put("\n")
            what = self.rng.random()
            if what < 0.55:
                phrasing = self.pick(phrasings)
                self.detail(d, self.decks.draw(CONTROLS), phrasing)
            elif what < 0.75:
                self.general(d, self.decks.draw(generals))
            else:
                self.site(d, self.decks.draw(DATA_CENTER + NETWORK + CREDENTIAL))


def d_last_bullet(d: _Doc) -> bool:
    """Whether the last span written was a bullet (the next sentence then starts a new line)."""
    return bool(d.spans) and d.spans[-1].get("phrasing") == "bullet"


def generate_security(seed: int, n_docs: int) -> list[dict[str, Any]]:
    """``n_docs`` gold documents for the security labels, the same for the same ``seed``."""
    rng = random.Random(seed)
    decks = _Decks(random.Random(rng.getrandbits(64)))
    docs = []
    for i in range(n_docs):
        w = _SecWriter(random.Random(rng.getrandbits(64)), decks)
        kind = KINDS[i % len(KINDS)]
        d = _Doc(kind)
        getattr(w, kind)(d)
        if kind == "report_pdf":
            # a page 32-40 characters wide (A4 portrait at 10.5pt): a statement a break falls
            # into is counted as sec_linebreak, one with no break keeps its control's category
            docs.append(d.build(f"security-{seed}-{i:04d}", w.rng.randint(32, 40),
                                {"SECURITY_DETAIL": LINEBREAK}, ("MASK", "REVIEW")))
        else:
            docs.append(d.build(f"security-{seed}-{i:04d}"))
    return docs
