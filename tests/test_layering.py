"""Imports flow one way: the document formats (``redactor/documents/``) sit
below the pipeline and never import it.

A format that imported the orchestrator or the verifier would tie reading a
file to the whole tool and bring back the import cycles that function-level
imports once had to work around. The check reads the source with ``ast``
(every ``import`` in the file, at any depth, also inside functions), so an
upward import is found without importing anything.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import redactor.documents

DOCUMENTS = Path(redactor.documents.__file__).parent
# The pipeline layer: what runs a document through the tool, checks an
# output, or drives many of them. The formats are below all of it.
PIPELINE = ("redactor.process", "redactor.pipeline", "redactor.verify", "redactor.verify_detected",
            "redactor.batch", "redactor.dask_batch", "redactor.benchmark", "redactor.cli")


def imported_modules(source: str, module: str, *, top_level_only: bool = False) -> list[tuple[int, str]]:
    """Every module ``source`` (the text of module ``module``) imports, with
    its line: ``from a import b`` counts as ``a`` and ``a.b`` (b may be a
    submodule), relative imports resolved against ``module``'s package.
    ``top_level_only``: the imports run when the module is loaded."""
    package = module.rsplit(".", 1)[0]
    tree = ast.parse(source)
    out: list[tuple[int, str]] = []
    for node in (tree.body if top_level_only else ast.walk(tree)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[:len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            out.append((node.lineno, base))
            out += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return out


def upward_imports(source: str, module: str) -> list[str]:
    """The imports of the pipeline layer in ``source``, as ``line: module``."""
    return [f"{line}: {name}" for line, name in imported_modules(source, module)
            if any(name == p or name.startswith(p + ".") for p in PIPELINE)]


def _module_name(path: Path) -> str:
    """``redactor.documents.pdf.format`` for its file; a package's
    ``__init__`` as ``package.__init__`` so that relative imports resolve."""
    rel = path.relative_to(DOCUMENTS.parent.parent).with_suffix("")
    return ".".join(rel.parts)


def _graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the project modules it imports when loaded."""
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps = {m for _, m in imported_modules(path.read_text(encoding="utf-8"), name, top_level_only=True)}
        graph[name.removesuffix(".__init__")] = {m for m in deps if m in {n.removesuffix(".__init__") for n in modules}}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle in ``graph`` (depth-first), or [] when there is none."""
    state: dict[str, int] = {}   # 1: on the current path, 2: done
    path: list[str] = []

    def visit(v: str) -> list[str]:
        state[v] = 1
        path.append(v)
        for w in sorted(graph.get(v, ())):
            if state.get(w) == 1:
                return path[path.index(w):] + [w]
            if w not in state and (found := visit(w)):
                return found
        path.pop()
        state[v] = 2
        return []

    for v in sorted(graph):
        if v not in state and (found := visit(v)):
            return found
    return []


def test_no_document_format_imports_the_pipeline():
    files = sorted(DOCUMENTS.rglob("*.py"))
    assert len(files) > 20 and any(f.parent.name == "pdf" for f in files)  # the walk sees the subpackage
    found = {f"{f.relative_to(DOCUMENTS)}:{hit}": None for f in files
             for hit in upward_imports(f.read_text(encoding="utf-8"), _module_name(f))}
    assert not found, f"redactor/documents/ imports the pipeline layer: {sorted(found)}"


@pytest.mark.parametrize("source", [
    "from redactor.verify import leak_key\n",
    "def f():\n    from redactor.process import Options\n",        # inside a function too
    "from redactor import pipeline\n",                                # a module named as a name
    "import redactor.cli.check\n",
    "from ... import batch\n",                                        # relative, from documents/pdf/
    "from redactor.verify_detected import verify_detected\n",
])
def test_an_upward_import_is_found(source):
    assert upward_imports(source, "redactor.documents.pdf.format")


@pytest.mark.parametrize("source", [
    "from redactor.leak import leak_key\n",                           # the leak keys live below both
    "from redactor.documents.pdf.scrub import scrub_document\n",
    "from . import glyphs\n",
    "from redactor.finding import MASK, Finding\n",
    "import redactor.processing_notes\n",                             # a name that only starts alike
    "# from redactor.verify import verify\n",
    "'''from redactor.process import Options'''\n",                   # text, not an import
])
def test_a_sideways_or_downward_import_is_not(source):
    assert upward_imports(source, "redactor.documents.pdf.format") == []


def test_relative_imports_resolve_against_the_package():
    assert ("1", "redactor.documents.pdf.glyphs") in [
        (str(l), n) for l, n in imported_modules("from .glyphs import Glyph\n", "redactor.documents.pdf.text")]
    assert (1, "redactor.batch") in imported_modules("from ... import batch\n", "redactor.documents.pdf.text")


def test_the_library_has_no_import_cycle():
    """What the modules import when loaded forms no cycle (function-level
    imports that only dodged one are gone; those left load heavy libraries
    on first use, which a cycle check does not see)."""
    lib = DOCUMENTS.parent
    modules = {_module_name(f): f for f in lib.rglob("*.py")}
    assert "redactor.process" in modules and "redactor.leak" in modules
    assert _cycle(_graph(modules)) == []


def test_a_cycle_is_found():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "d": {"a", "c"}}) == []
