"""Detection fails closed: a crash anywhere makes the document fail, never pass."""
import pytest
from click.testing import CliRunner

from redactor.analyzer import Detector, RecognizerFailure
from redactor.cli.main import cli
from redactor.recognizers import default_recognizers
from redactor.recognizers.phone import PhoneRecognizer
from redactor.tokens import CHUNK_CHARS

LINE = "相手方 山田太郎（電話 090-1234-5678）は本町二丁目に住む。\n"


class _Crashing(PhoneRecognizer):
    def find(self, text, tokens):
        raise ValueError("boom")


def _long_text() -> str:
    """Several chunks, so the next chunk is tokenised in the worker thread."""
    return LINE * (3 * CHUNK_CHARS // len(LINE))


@pytest.mark.parametrize("cpus", [1, 4])
def test_findings_do_not_depend_on_chunking(cpus, monkeypatch):
    monkeypatch.setattr("redactor.analyzer.os.cpu_count", lambda: cpus)  # 1: no worker thread
    detector = Detector()
    text = _long_text()
    found = detector.detect(text)
    per_line = detector.detect(LINE)
    assert len(found) == len(per_line) * text.count("\n")
    assert all(text[f.start:f.end] == f.text for f in found)


@pytest.mark.parametrize("text", [LINE, _long_text()])
def test_a_crashing_recognizer_fails_the_document(text):
    detector = Detector([*default_recognizers(), _Crashing()])
    with pytest.raises(RecognizerFailure, match="_Crashing"):
        detector.detect(text)


def test_a_crashing_tokeniser_fails_the_document(monkeypatch):
    detector = Detector()
    calls = []

    def broken(text, language):
        calls.append(text)
        if len(calls) == 2:  # the chunk tokenised ahead, in the worker thread
            raise OSError("dictionary unreadable")
        return original(text, language)

    original = detector.engine.nlp_engine.process_text
    monkeypatch.setattr(detector.engine.nlp_engine, "process_text", broken)
    with pytest.raises(RecognizerFailure, match="dictionary unreadable"):
        detector.detect(_long_text())


def test_cli_exits_2_when_a_recognizer_crashes(tmp_path, monkeypatch):
    monkeypatch.setattr(PhoneRecognizer, "find", _Crashing.find)
    src = tmp_path / "minutes.txt"
    src.write_text(LINE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(src)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    out = tmp_path / "out.txt"
    result = CliRunner().invoke(cli, ["mask", str(src), "-o", str(out)])
    assert result.exit_code == 2 and not out.exists()


def test_without_threads_documents_are_tokenised_one_chunk_at_a_time(monkeypatch):
    def no_threads(self, *args, **kwargs):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr("redactor.analyzer.ThreadPoolExecutor.submit", no_threads)
    text = _long_text()
    found = Detector().detect(text)
    assert len(found) == len(Detector().detect(LINE)) * text.count("\n")


def test_the_skipped_context_step_gives_what_presidios_own_gives():
    """JaAnalyzerEngine skips Presidio's per-recognizer context step only
    where it is the identity: same results, same order as the engine's."""
    from presidio_analyzer import AnalyzerEngine

    from redactor.analyzer import _context_step_is_identity

    detector = Detector()
    artifacts = detector.engine.nlp_engine.process_text(LINE, "ja")
    recognizers = detector.engine.registry.get_recognizers(language="ja", all_fields=True)
    raw = [r for rec in recognizers for r in rec.analyze(LINE, [], artifacts)]
    assert raw and _context_step_is_identity(raw, recognizers)
    ours = detector.engine._enhance_using_context(LINE, raw, artifacts, recognizers)
    theirs = AnalyzerEngine._enhance_using_context(detector.engine, LINE, raw, artifacts, recognizers)
    assert [(r.entity_type, r.start, r.end, r.score) for r in ours] == \
        [(r.entity_type, r.start, r.end, r.score) for r in theirs]
    # out of the recognizers' order, the engine's own step runs (it regroups them)
    assert not _context_step_is_identity(raw[::-1], recognizers)


def test_a_recognizer_with_its_own_context_step_still_gets_it():
    class _Raising(PhoneRecognizer):
        def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                                  nlp_artifacts, context=None):
            for r in raw_recognizer_results:
                r.score = 0.0  # Presidio then drops a zero score
            return raw_recognizer_results

    assert Detector([PhoneRecognizer()]).detect(LINE)
    assert not Detector([_Raising()]).detect(LINE)
