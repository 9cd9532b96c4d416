"""Verify without an audit log reads the output's bytes, not only its text.

A Word file masked by another office can still carry a masked name where
no reader of the body looks: a list of reviewers (word/people.xml), a part no reader shows. With an
audit log ``verify`` searches those bytes; with only the original it must
too, or a leak there is reported as safe.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from redactor.cli.main import cli
from tests.test_cli_documents import make_docx

NAME = "北浜一郎"
LINE = f"相談者 {NAME}（携帯 090-3141-5926）から苦情があった。"


def _with_part(path: Path, part: str, xml: str) -> Path:
    with zipfile.ZipFile(path, "a") as z:
        z.writestr(part, xml)
    return path


def _verify(received: Path, original: Path) -> tuple[int, dict]:
    result = CliRunner().invoke(cli, ["verify", str(received), "--original", str(original), "--format", "json"], env={"REDACTOR_AUDIT_KEY": "made-up key"})
    assert result.stdout, (result.exit_code, result.output)
    return result.exit_code, json.loads(result.stdout)


def test_a_name_left_in_a_docx_reviewers_part_is_a_leak(tmp_path):
    original = make_docx(tmp_path / "original.docx", [LINE])
    received = make_docx(tmp_path / "received.docx", ["相談者 ■■■■（携帯 ■■■■■■■■■■■■■）から苦情があった。"])
    _with_part(received, "word/people.xml",
               f'<?xml version="1.0" encoding="UTF-8"?><memo><checked>{NAME}さんに確認済み</checked></memo>')
    code, data = _verify(received, original)
    assert code == 1 and not data["ok"]
    assert "PERSON" in {leak["label"] for leak in data["leaks"]}
    assert NAME not in json.dumps(data, ensure_ascii=False)


def test_the_same_file_without_the_comment_passes(tmp_path):
    original = make_docx(tmp_path / "original.docx", [LINE])
    received = make_docx(tmp_path / "received.docx", ["相談者 ■■■■（携帯 ■■■■■■■■■■■■■）から苦情があった。"])
    _with_part(received, "word/people.xml",
               '<?xml version="1.0" encoding="UTF-8"?><memo><checked>確認済み</checked></memo>')
    code, data = _verify(received, original)
    assert code == 0 and data["ok"], data
