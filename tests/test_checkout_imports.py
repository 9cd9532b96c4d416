"""The checkout is usable from its own root (issue 14, item 11).

Run from the checkout's root, Python finds the checkout's ``redactor/``
before any installed copy; the subpackages ``redactor.recognizers`` and
``redactor.cli`` live beside it (``recognizers/``, ``cli/``), which only the
installed package maps in. These tests start a fresh interpreter in the
root with the editable-install hook removed, as after ``pip install .``
(non-editable) or with no install at all, and run the README's API use."""
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test starts a fresh interpreter that loads the pipeline

ROOT = Path(__file__).resolve().parent.parent

# what a user types after `pip install .`, from the checkout's root
_SNIPPET = """
import sys
sys.meta_path[:] = [m for m in sys.meta_path if "editable" not in repr(m).lower()]
for name in [n for n in sys.modules if n == "redactor" or n.startswith("redactor.")]:
    del sys.modules[name]
import redactor, redactor.recognizers, redactor.cli
from pathlib import Path
root = Path.cwd().resolve()
assert Path(redactor.recognizers.__file__).resolve().parent == root / "recognizers", redactor.recognizers.__file__
from redactor import Redactor
r = Redactor(profile="default")
result = r.redact("相手方 山田太郎（電話 090-1234-5678）")
assert "山田" not in result.text and "090" not in result.text, result.text
from redactor.documents import format_for
assert format_for("minutes.docx") is not None
from redactor.cli.main import main
print("ok")
"""


def test_the_readme_api_runs_from_the_checkout_root():
    out = subprocess.run([sys.executable, "-c", _SNIPPET], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("ok")


def test_bench_startup_child_runs_from_the_checkout_root():
    # `redactor bench` times start-up in a child process started in the
    # working directory; it must import the same package from the root
    from redactor.benchmark import _STARTUP_SNIPPET
    code = ("import sys\nsys.meta_path[:] = [m for m in sys.meta_path if 'editable' not in repr(m).lower()]\n"
            + _STARTUP_SNIPPET)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
