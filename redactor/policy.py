"""Policy: decide MASK / KEEP / REVIEW for each finding, with a reason.

A policy is a profile (``redactor/profiles/*.toml``) or a user's TOML file
that extends one. It reads only a finding's label and the attributes its
recognizer reported (a PERSON's ``role``, a PHONE's ``kind``); it knows
nothing of regexes. A user's file may add:

    extends = "default"          # or "strict"
    style = "pseudonym"          # label | block | pseudonym
    allow = ["北多摩市", "042-555-8111", "@city.kitahama.lg.jp"]
                                 # always KEEP: exact text; a phone number in
                                 # any spelling; an e-mail domain written with
                                 # its @ (every address there)
    deny  = ["山田太郎"]           # always MASK, and found wherever it occurs
    [actions]                    # per-label default action
    AGE = "MASK"
    [[rules]]                    # checked before the profile's rules
    label = "SECURITY_DETAIL"
    when = { category = "backup" }
    action = "MASK"
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, cast

from redactor.finding import ACTIONS, ALL_LABELS, KEEP, MASK, REVIEW, Action, Finding
from redactor.policy_schema import SchemaError, validate

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PROFILES = ("default", "strict")
STYLES = ("label", "block", "pseudonym")


from redactor.errors import PolicyError  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


# The reason given when no rule matched and the label's default action applies.
_DEFAULT_WHY = {MASK: "この種別は公開しない", KEEP: "この種別は単独では公開できる",
                REVIEW: "この種別は人の確認が必要"}


@dataclass(frozen=True)
class Rule:
    label: str
    when: dict[str, Any]
    action: Action
    reason: str

    def matches(self, f: Finding) -> bool:
        if self.label not in ("*", f.label):
            return False
        for key, expected in self.when.items():
            value = f.attributes.get(key)
            if isinstance(expected, list):
                if value not in expected:
                    return False
            elif value != expected:
                return False
        return True


@dataclass(frozen=True)
class Policy:
    """The resolved policy: actions, rules, lists and output settings.
    Frozen: a Redactor, its workers and the audit header share one policy,
    so a change is a new policy (``dataclasses.replace``), never an edit."""

    name: str
    actions: dict[str, Action]
    rules: list[Rule]
    allow: frozenset[str] = frozenset()
    deny: tuple[str | tuple[str, str], ...] = ()  # text, or (text, label)
    style: str = "label"
    review_output: str = "mask"
    min_score: float = 0.0
    min_scores: dict[str, float] = field(default_factory=dict)  # per label
    settings: dict[str, Any] = field(default_factory=dict)  # e.g. [risk] table
    source_text: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source_text.encode("utf-8")).hexdigest()

    def decide(self, f: Finding) -> Finding:
        """The finding with ``action`` set and the policy's reason appended."""
        if f.text in self.allow or f.text.strip() in self.allow or self._allowed_by_form(f):
            f = replace(f, attributes={**f.attributes, "allow_list": True})
            return _decided(f, KEEP, "許可リスト（ポリシーファイル）に含まれる")
        if f.attributes.get("deny_list"):
            return _decided(f, MASK, "拒否リスト（ポリシーファイル）に含まれる")
        for rule in self._rules_by_label.get(f.label, self._wildcard_rules):
            if rule.matches(f):
                return _decided(f, rule.action, rule.reason)
        action = self.actions.get(f.label, REVIEW)
        return _decided(f, action, f"{_DEFAULT_WHY[action]}（{self.name}）")

    @cached_property
    def _allowed_domains(self) -> tuple[str, ...]:
        """Allow-list entries written as an e-mail domain (@city.kitahama.lg.jp):
        the office's own domain, named by the user as positive evidence."""
        return tuple(a.lower() for a in self.allow if a.startswith("@") and "." in a)

    def _allowed_by_form(self, f: Finding) -> bool:
        """An e-mail address at an allowed @domain, or an allowed phone number
        written another way: the allow-list names the office, not one spelling."""
        if f.label == "PHONE" and self._allowed_phones:
            return _phone_digits(f.text) in self._allowed_phones
        return f.label == "EMAIL" and bool(self._allowed_domains) and unicodedata.normalize("NFKC", f.text).strip().lower().endswith(self._allowed_domains)

    @cached_property
    def _allowed_phones(self) -> frozenset[str]:
        """Allow-list entries that are telephone numbers, as digits: the office
        line 042-555-8111 is kept however the document writes it
        (０４２－５５５－８１１１, 042(555)8111, with an extension after it)."""
        return frozenset(_phone_digits(a) for a in self.allow if _PHONE_SHAPE.fullmatch(unicodedata.normalize("NFKC", a).strip()))

    @cached_property
    def _wildcard_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.label == "*"]

    @cached_property
    def _rules_by_label(self) -> dict[str, list[Rule]]:
        """The rules that can match each label, in policy order: a document
        has thousands of findings and a policy dozens of rules."""
        by_label: dict[str, list[Rule]] = {}
        for label in {r.label for r in self.rules} - {"*"}:
            by_label[label] = [r for r in self.rules if r.label in ("*", label)]
        return by_label

    def keeps(self, f: Finding) -> bool:
        """Whether a finding is confident enough to be decided at all."""
        return f.score >= self.min_scores.get(f.label, self.min_score) or bool(f.attributes.get("deny_list"))

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        return [self.decide(f) for f in findings if self.keeps(f)]


_PHONE_SHAPE = re.compile(r"0[\d\-() ]{9,14}")


def _phone_digits(text: str) -> str:
    """The digits of a number before any extension (内線) or note."""
    head = re.split(r"内線|[(（]内|[(（]代|[(（]直", unicodedata.normalize("NFKC", text))[0]
    return re.sub(r"\D", "", head)


def _decided(f: Finding, action: Action, why: str) -> Finding:
    reason = f"{f.reason} → {why}" if f.reason else why
    # the constructor directly: dataclasses.replace costs several times more,
    # once per finding of every document
    return Finding(f.label, f.start, f.end, f.text, f.score, f.recognizer, action, reason, f.attributes)


def _check_action(value: str, where: str) -> Action:
    """A policy file's action, checked: from here on its type says which."""
    if value not in ACTIONS:
        raise PolicyError(f"{where}: 動作は MASK / KEEP / REVIEW のいずれかです（'{value}'）")
    return cast(Action, value)


def _rules(raw: list[dict[str, Any]], where: str) -> list[Rule]:
    rules = []
    for i, r in enumerate(raw):
        if "label" not in r or "action" not in r:
            raise PolicyError(f"{where}: rules[{i}] には label と action が必要です")
        rules.append(Rule(r["label"], dict(r.get("when", {})),
                          _check_action(r["action"], f"{where}: rules[{i}]"),
                          r.get("reason", f"ポリシーの規則（{where}）")))
    return rules


def _build(data: dict[str, Any], where: str, text: str) -> Policy:
    parent_name = data.get("extends")
    if parent_name:
        if parent_name not in PROFILES:
            raise PolicyError(f"{where}: extends は {', '.join(PROFILES)} のいずれかです（'{parent_name}'）")
        parent = load_profile(parent_name)
    else:
        parent = Policy(name=data.get("name", where), actions={}, rules=[])
    actions = dict(parent.actions)
    for label, action in data.get("actions", {}).items():
        if label not in ALL_LABELS:
            raise PolicyError(f"{where}: 未知のラベル '{label}'")
        actions[label] = _check_action(action, f"{where}: actions.{label}")
    own_rules = _rules(data.get("rules", []), where)
    rules = own_rules if data.get("drop_rules") else own_rules + parent.rules
    style = data.get("style", parent.style)
    if style not in STYLES:
        raise PolicyError(f"{where}: style は {', '.join(STYLES)} のいずれかです（'{style}'）")
    review_output = data.get("review_output", parent.review_output)
    if review_output not in ("mask", "keep"):
        raise PolicyError(f"{where}: review_output は mask か keep です")
    settings = {**parent.settings, **{k: v for k, v in data.items() if isinstance(v, dict)
                                      and k not in ("actions", "min_scores")}}
    return Policy(
        name=data.get("name", where if not parent_name else f"{where}（{parent_name}を拡張）"),
        actions=actions, rules=rules,
        allow=frozenset(parent.allow | set(data.get("allow", []))),
        deny=tuple(dict.fromkeys([*parent.deny, *(_deny_entry(e) for e in data.get("deny", []))])),
        style=style, review_output=review_output,
        min_score=float(data.get("min_score", parent.min_score)),
        min_scores={**({} if data.get("drop_rules") else parent.min_scores),
                    **{k: float(v) for k, v in data.get("min_scores", {}).items()}},
        settings=settings, source_text=parent.source_text + "\n" + text,
    )


def _deny_entry(entry: str | dict[str, str]) -> str | tuple[str, str]:
    """A deny entry as the recognizer takes it: a text (found as PERSON) or
    ``(text, label)`` for ``{ text = "...", label = "..." }`` (hashable, so
    entries repeated from the profile are listed once)."""
    if isinstance(entry, dict):
        return (entry["text"], entry.get("label", "PERSON"))
    return entry


def load_profile(name: str) -> Policy:
    """A bundled profile by name (``default`` or ``strict``)."""
    if name not in PROFILES:
        raise PolicyError(f"未知のプロファイル '{name}'（{', '.join(PROFILES)} のいずれか）")
    from importlib import resources
    text = resources.files("redactor.profiles").joinpath(f"{name}.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    _validate(data, text, f"{name}.toml")
    return _build(data, name, text)


def _validate(data: dict[str, Any], text: str, where: str) -> None:
    """Every key and type checked against ``policy_schema``: a misspelt key or
    a string where a list belongs is an error with its line, never ignored."""
    try:
        validate(data, text)
    except SchemaError as exc:
        line = getattr(exc, "line", None)
        at = f"{where}:{line}" if line else where
        raise PolicyError(f"{at}: {getattr(exc, 'name', '')}: {exc.message}") from exc


def load_policy(spec: str | Path) -> Policy:
    """A profile name or the path of a TOML policy file."""
    if isinstance(spec, str) and spec in PROFILES:
        return load_profile(spec)
    path = Path(spec)
    if not path.is_file():
        raise PolicyError(f"ポリシーファイルが見つかりません: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"ポリシーファイルを読めません（{path}）: {exc.__class__.__name__}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"ポリシーファイルを読めません（{path}）: {exc}") from exc
    _validate(data, text, str(path))
    data.setdefault("extends", "default")
    return _build(data, path.name, text)
