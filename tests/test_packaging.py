"""The installed package is the checkout: one version, every data file in
the wheel, ``python -m redactor`` the same as ``redactor``.

A word list or profile left out of the wheel works in the checkout and
fails only where the package is installed (a records office's PC), so the
wheel is built here and its file list compared with the source tree.
"""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import redactor

ROOT = Path(__file__).resolve().parent.parent

# The package's folders in the checkout and where pyproject's package-dir puts them.
PACKAGE_DIRS = {"redactor": "redactor", "recognizers": "redactor/recognizers",
                "cli": "redactor/cli", "examples": "redactor/examples"}
# In the checkout but deliberately not shipped, each with its reason.
NOT_SHIPPED = {
    "redactor/recognizers/data/names/build_names.py":
        "the maintainers' script that rebuilds the name lists from their sources",
}


def source_files() -> set[str]:
    """Every file under the package folders as the wheel would name it."""
    files = set()
    for folder, target in PACKAGE_DIRS.items():
        for path in (ROOT / folder).rglob("*"):
            rel = path.relative_to(ROOT / folder)
            if path.is_file() and "__pycache__" not in rel.parts and path.suffix != ".pyc":
                files.add(f"{target}/{rel.as_posix()}")
    return files - set(NOT_SHIPPED)


def test_python_m_redactor_prints_the_package_version():
    out = subprocess.run([sys.executable, "-m", "redactor", "--version"], capture_output=True,
                         text=True, cwd=ROOT / "tests", timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"redactor, version {redactor.__version__}"


@pytest.mark.slow  # a fresh interpreter runs the whole pipeline
def test_python_m_redactor_runs_a_command_like_redactor(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("申請者 山川太郎（電話 090-1234-5678）\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "redactor", "check", str(doc)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 1, out.stderr          # something to mask: exit 1, as redactor check
    assert "PHONE" in out.stdout and "090-1234-5678" not in out.stdout


def test_version_is_written_in_one_place():
    """pyproject reads the version from redactor/__init__.py; a second
    literal there would drift from what --version prints."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    assert 'dynamic = ["version"]' in project
    assert not any(line.strip().startswith("version") for line in project.splitlines())
    assert 'version = { attr = "redactor.__version__" }' in text


def test_changelog_names_the_current_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {redactor.__version__}" in changelog


def _build_wheel(dest: Path) -> Path:
    """Build from a copy of the sources (a stale build/ in the checkout
    would add files that are no longer there); offline when setuptools and
    wheel are installed, else pip's isolated build (needs PyPI)."""
    src = dest / "src"
    for name in ("pyproject.toml", "README.md", *PACKAGE_DIRS):
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            src.mkdir(parents=True, exist_ok=True)
            shutil.copy2(item, src / name)
    offline = importlib.util.find_spec("setuptools") and importlib.util.find_spec("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", str(dest / "dist")]
    if offline:
        cmd.append("--no-build-isolation")
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    wheels = list((dest / "dist").glob("redactor-*.whl"))
    if out.returncode != 0 or not wheels:
        if not offline:
            pytest.skip("the wheel cannot be built here: setuptools/wheel are not installed and "
                        "pip's isolated build could not fetch them (offline?)")
        raise AssertionError(f"pip wheel failed:\n{out.stderr[-2000:]}")
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    wheel = _build_wheel(tmp_path_factory.mktemp("wheel"))
    assert wheel.name.startswith(f"redactor-{redactor.__version__}-")
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


@pytest.mark.slow  # builds the wheel
def test_wheel_holds_every_file_of_the_package(wheel_names):
    missing = sorted(source_files() - wheel_names)
    assert not missing, f"left out of the wheel (add them to pyproject's package-data or packages): {missing}"


@pytest.mark.slow  # builds the wheel
def test_wheel_holds_the_data_an_install_needs(wheel_names):
    """The files a run cannot do without, named, so that a rule that
    passes on an empty list of source files still fails here."""
    for name in ("redactor/profiles/default.toml", "redactor/profiles/strict.toml",
                 "redactor/recognizers/data/person_roles.toml",
                 "redactor/recognizers/data/names/ipadic_surnames.txt",
                 "redactor/recognizers/data/names/LICENCE.ipadic",
                 "redactor/data/review.html", "redactor/examples/agenda_bill.txt",
                 "redactor/stress/lexicon.toml", "redactor/__main__.py", "redactor/cli/main.py"):
        assert name in wheel_names, name


@pytest.mark.slow  # builds the wheel
def test_wheel_has_no_test_or_build_leftovers(wheel_names):
    assert not any(n.startswith(("tests/", "build/")) or "__pycache__" in n for n in wheel_names)
