"""The recognizers are registered by name (recognizers/__init__.py), as
Presidio registers its own, and a Presidio user can add them to an
``AnalyzerEngine`` of their own with one call. Names and numbers are made up."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

import redactor.recognizers as package
from redactor.analyzer import CharacterWindowContext, Detector
from redactor.finding import Finding
from redactor.nlp_engine import SudachiNlpEngine
from redactor.recognizers import default_recognizers, recognizer_classes, registry
from redactor.recognizers._base import JaRecognizer
from redactor.recognizers.email import EmailRecognizer
from redactor.recognizers._gov_id_context import LabelledIdRecognizer
from redactor.recognizers.phone import PhoneRecognizer
from redactor.tokens import CHUNK_CHARS

TEXT = "申請者 北村 理沙さん（電話 080-4321-8765）から相談があった。"


def recognizers_defined_in_the_package() -> dict[type, str]:
    """Every recognizer class a module of the package defines, with its file:
    a ``JaRecognizer`` subclass that no other class of the package derives
    from (one that others derive from is a base, like ``JaPatternRecognizer``
    and ``_gov_id_context.LabelledIdRecognizer``)."""
    defined: dict[type, str] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.ispkg:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, JaRecognizer):
                defined[cls] = f"recognizers/{info.name}.py"
    bases = {base for cls in defined for base in cls.__mro__[1:]}
    return {cls: where for cls, where in defined.items() if cls not in bases}


def unregistered(registered: tuple[type, ...]) -> list[str]:
    return [f"{where} defines {cls.__name__}, which is not registered and so never runs: import it "
            f"in recognizer_classes() in recognizers/__init__.py and add it to the tuple at its "
            f"module's place (a base class for other recognizers needs no entry once one derives from it)"
            for cls, where in sorted(recognizers_defined_in_the_package().items(), key=lambda kv: kv[1])
            if cls not in registered]


def test_every_recognizer_defined_in_the_package_is_registered():
    missing = unregistered(recognizer_classes())
    assert not missing, "\n".join(missing)


def test_an_unregistered_recognizer_is_named_with_where_to_add_it():
    registered = tuple(c for c in recognizer_classes() if c is not PhoneRecognizer)
    (message,) = unregistered(registered)
    assert message.startswith("recognizers/phone.py defines PhoneRecognizer")
    assert "recognizers/__init__.py" in message


def test_a_base_class_is_not_asked_for():
    # near miss: LabelledIdRecognizer sets ENTITY like a recognizer, but the
    # government-ID recognizers derive from it, so it is not one of its own
    assert LabelledIdRecognizer.ENTITY
    assert LabelledIdRecognizer not in recognizers_defined_in_the_package()
    assert LabelledIdRecognizer not in recognizer_classes()
    assert any(issubclass(c, LabelledIdRecognizer) for c in recognizer_classes())


def test_the_registry_lists_recognizers_once_each():
    classes = recognizer_classes()
    assert len(set(classes)) == len(classes)
    assert all(issubclass(c, JaRecognizer) and c().supported_entities for c in classes)
    assert [type(r) for r in default_recognizers()] == list(classes)


def _found(results, text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start:r.end]) for r in results}


def test_a_presidio_user_adds_the_recognizers_to_their_own_engine():
    engine = AnalyzerEngine(registry=registry(), nlp_engine=SudachiNlpEngine(), supported_languages=["ja"])
    found = _found(engine.analyze(TEXT, language="ja"), TEXT)
    assert ("PHONE", "080-4321-8765") in found
    assert ("PERSON", "北村 理沙") in found


def test_registry_adds_to_an_existing_registry():
    own = RecognizerRegistry(supported_languages=["ja"])
    assert registry(own) is own
    assert [type(r) for r in own.recognizers] == list(recognizer_classes())


def test_an_engine_finds_only_what_its_registry_holds():
    # near miss: one recognizer instead of registry()'s all: the phone, no name
    engine = AnalyzerEngine(registry=RecognizerRegistry(recognizers=[PhoneRecognizer()], supported_languages=["ja"]),
                            nlp_engine=SudachiNlpEngine(), supported_languages=["ja"])
    assert _found(engine.analyze(TEXT, language="ja"), TEXT) == {("PHONE", "080-4321-8765")}


def test_the_context_enhancer_changes_no_result():
    # Presidio's default (lemma) enhancer and ours give the same results:
    # context is applied inside the recognizers, on character windows
    plain = AnalyzerEngine(registry=registry(), nlp_engine=SudachiNlpEngine(), supported_languages=["ja"])
    ours = AnalyzerEngine(registry=registry(), nlp_engine=SudachiNlpEngine(), supported_languages=["ja"],
                          context_aware_enhancer=CharacterWindowContext())
    as_tuples = [[(r.entity_type, r.start, r.end, r.score) for r in e.analyze(TEXT, language="ja")]
                 for e in (plain, ours)]
    assert as_tuples[0] == as_tuples[1] and as_tuples[0]


class _Counting(PhoneRecognizer):
    """A phone recognizer that records what its ``refine`` is given."""

    seen: list[tuple[int, int]] = []

    def refine(self, text: str, findings: list[Finding]) -> list[Finding]:
        self.seen.append((len(text), len(findings)))
        return findings


def test_refine_runs_once_per_document_with_every_finding():
    line = "連絡先 080-4321-8765、risa.k@example.jp。\n"
    text = line * (2 * CHUNK_CHARS // len(line))  # more than one chunk
    _Counting.seen = []
    findings = Detector([_Counting(), EmailRecognizer()]).detect(text)
    assert len(findings) == 2 * text.count("\n")  # each line: its phone and, by the other recognizer, its mail
    assert _Counting.seen == [(len(text), len(findings))]


def test_refine_by_default_changes_nothing():
    # near miss: a recognizer without a refine of its own passes the list on as it is
    findings = Detector([PhoneRecognizer()]).detect(TEXT)
    assert PhoneRecognizer().refine(TEXT, findings) is findings
    assert [f.text for f in findings] == ["080-4321-8765"]
