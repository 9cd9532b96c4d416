"""What a policy file may contain, checked before any of it is used.

A misspelt key (``stlye``, ``[actoins]``) would otherwise be ignored and the
profile's setting used in its place; a string where a list belongs
(``allow = "北多摩市"``) would be read as single characters; a wrong type
would crash deep in the pipeline. Every key and type is checked against the
schema below and the first problem is reported with the key's path and the
line it is on (``PolicyError``, exit 2). TOML parsers give no line numbers,
so ``line_of`` finds the key in the file's text.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from redactor.finding import ACTIONS, ALL_LABELS


from redactor.errors import SchemaError  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


Check = Callable[[Any, tuple], None]


def _name(path: tuple[str | int, ...]) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out or "（ファイル全体）"


def _type_name(value: Any) -> str:
    return {bool: "真偽値", int: "数値", float: "数値", str: "文字列", list: "配列", dict: "表"}.get(
        type(value), type(value).__name__)


def string(choices: tuple[str, ...] | frozenset[str] | None = None, *, non_empty: bool = False) -> Check:
    def check(value: Any, path: tuple) -> None:
        if not isinstance(value, str):
            raise SchemaError(path, f"文字列にしてください（{_type_name(value)}が書かれています）")
        if non_empty and not value.strip():
            raise SchemaError(path, "空の文字列は使えません")
        if choices is not None and value not in choices:
            raise SchemaError(path, f"'{value}' は使えません（{', '.join(choices)} のいずれか）")
    return check


def number(minimum: float | None = None, maximum: float | None = None) -> Check:
    def check(value: Any, path: tuple) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SchemaError(path, f"数値にしてください（{_type_name(value)}が書かれています）")
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise SchemaError(path, f"{value} は範囲外です（{minimum}〜{'' if maximum is None else maximum}）")
    return check


def boolean(value: Any, path: tuple) -> None:
    if not isinstance(value, bool):
        raise SchemaError(path, f"true か false にしてください（{_type_name(value)}が書かれています）")


def array(item: Check) -> Check:
    def check(value: Any, path: tuple) -> None:
        if not isinstance(value, list):
            hint = "（1つでも [\"...\"] と配列に）" if isinstance(value, str) else ""
            raise SchemaError(path, f"配列にしてください{hint}（{_type_name(value)}が書かれています）")
        for i, v in enumerate(value):
            item(v, (*path, i))
    return check


def table(fields: dict[str, Check], required: tuple[str, ...] = ()) -> Check:
    """A table with exactly these keys (unknown keys are errors)."""
    def check(value: Any, path: tuple) -> None:
        if not isinstance(value, dict):
            raise SchemaError(path, f"表にしてください（{_type_name(value)}が書かれています）")
        for key, v in value.items():
            if key not in fields:
                raise SchemaError((*path, key), f"未知のキーです（使えるのは {', '.join(fields)}）")
            fields[key](v, (*path, key))
        for key in required:
            if key not in value:
                raise SchemaError(path, f"{key} が必要です")
    return check


def mapping(keys: Check, values: Check) -> Check:
    """A table whose keys are data (a label per line)."""
    def check(value: Any, path: tuple) -> None:
        if not isinstance(value, dict):
            raise SchemaError(path, f"表にしてください（{_type_name(value)}が書かれています）")
        for key, v in value.items():
            keys(key, (*path, key))
            values(v, (*path, key))
    return check


def one_of(*checks: Check, message: str) -> Check:
    def check(value: Any, path: tuple) -> None:
        for c in checks:
            try:
                c(value, path)
                return
            except SchemaError as exc:
                if exc.path != path:  # the value had the right shape, a part of it is wrong
                    raise
        raise SchemaError(path, message)
    return check


def scalar(value: Any, path: tuple) -> None:
    if not isinstance(value, (str, int, float, bool)):
        raise SchemaError(path, f"文字列・数値・真偽値にしてください（{_type_name(value)}が書かれています）")


def _named(base: Check, choices: frozenset[str] | tuple[str, ...], message: str) -> Check:
    """``base`` (a string), then one of ``choices`` with ``message`` (``{}``: the value)."""
    def check(value: Any, path: tuple) -> None:
        base(value, path)
        if value not in choices:
            raise SchemaError(path, message.format(value))
    return check


_LABEL = _named(string(), frozenset(ALL_LABELS), "未知のラベル '{}'（labels.md のラベル名）")
_ACTION = _named(string(), tuple(ACTIONS), "動作は MASK / KEEP / REVIEW のいずれかです（'{}'）")
_TEXT = string(non_empty=True)

POLICY = table({
    "extends": string(("default", "strict")),
    "name": _TEXT,
    "style": string(("label", "block", "pseudonym")),
    "review_output": string(("mask", "keep")),
    "allow": array(_TEXT),
    "deny": array(one_of(_TEXT, table({"text": _TEXT, "label": _LABEL}, required=("text",)),
                         message='文字列か { text = "...", label = "..." } にしてください')),
    "actions": mapping(_LABEL, _ACTION),
    "rules": array(table({
        "label": _named(string(), frozenset(ALL_LABELS) | {"*"}, "未知のラベル '{}'（labels.md のラベル名か *）"),
        "when": mapping(string(), one_of(scalar, array(scalar), message="値か値の配列にしてください")),
        "action": _ACTION,
        "reason": _TEXT,
    }, required=("label", "action"))),
    "drop_rules": boolean,
    "min_score": number(0.0, 1.0),
    "min_scores": mapping(_LABEL, number(0.0, 1.0)),
    "risk": table({"population": number(1), "k_threshold": number(1), "sensitive_circle": number(1)}),
})


def validate(data: dict[str, Any], text: str) -> None:
    """Raise ``SchemaError`` with ``line`` set for the first problem in ``data``."""
    try:
        POLICY(data, ())
    except SchemaError as exc:
        exc.line = line_of(text, exc.path)  # type: ignore[attr-defined]
        exc.name = _name(exc.path)  # type: ignore[attr-defined]
        raise


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?")


def _key_rx(key: str) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:\"%s\"|'%s'|%s)\s*[=.]" % ((re.escape(key),) * 3))


def line_of(text: str, path: tuple[str | int, ...]) -> int | None:
    """The 1-based line where ``path`` is written, as near as the text shows
    (the line of the key itself, else of its table, else of the top key)."""
    lines = text.splitlines()
    keys = [p for p in path if isinstance(p, str)]
    if not keys:
        return None
    top = keys[0]
    # the sections: (table name, occurrence index, first line, last line)
    sections: list[tuple[str | None, int, int, int]] = []
    counts: dict[str, int] = {}
    current: tuple[str | None, int, int] = (None, 0, 0)
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if m:
            sections.append((*current, i - 1))
            name = m.group(1).strip().strip('"')
            current = (name, counts.get(name, 0), i)
            counts[name] = counts.get(name, 0) + 1
    sections.append((*current, len(lines) - 1))
    index = next((p for p in path[1:2] if isinstance(p, int)), 0)
    for name, n, first, last in sections:
        if name == top and n == index:
            for key in keys[1:2]:
                rx = _key_rx(key)
                for j in range(first + 1, last + 1):
                    if rx.match(lines[j]):
                        return j + 1
            return first + 1
    rx = _key_rx(top)
    for name, _, first, last in sections:
        if name is None:
            for j in range(first, last + 1):
                if rx.match(lines[j]):
                    return j + 1
    dotted = f"{top}.{keys[1]}" if len(keys) > 1 else top
    for j, line in enumerate(lines):
        if dotted in line or top in line:
            return j + 1
    return None
