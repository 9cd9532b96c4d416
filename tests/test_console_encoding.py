"""Output to a console or file that cannot encode every character (a
Windows CP932 console: ≈, —, ■, 𠮷) degrades to replacement characters and
never crashes (issue 14, item 12)."""
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # a fresh interpreter runs the whole pipeline

def test_check_writes_to_a_cp932_console_without_crashing(tmp_path):
    doc = tmp_path / "a.txt"
    # 𠮷 (U+20BB7) has no CP932 code; the risk summary uses ≈
    doc.write_text("相談者の𠮷野　花子さん（80代の女性）は大字上野字北原でひとり暮らしである。\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp932"}
    out = subprocess.run([sys.executable, "-m", "redactor.cli.main", "check", str(doc), "--show-text"],
                         capture_output=True, env=env, timeout=300)
    assert out.returncode == 1, out.stderr.decode("cp932", "replace")[-1500:]
    assert b"Traceback" not in out.stderr
    text = out.stdout.decode("cp932")
    assert "PERSON" in text and "?" in text  # 𠮷 written as a replacement character
