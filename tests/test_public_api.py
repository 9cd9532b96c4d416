"""The public API as a pipeline engineer holds it: what ``import redactor``
offers, that it is cheap, one error base, the check report as a library
call. Names and addresses are made up."""
import dataclasses
import importlib
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

import redactor
from redactor import errors

PRIVATE = "申出人は北浜市本町三丁目の山岸 奏多さん、連絡先は kanata.y@example.ne.jp です。\n"


def test_import_redactor_does_not_load_the_pipeline():
    # the CLI's --help and a pipeline that only wants the error classes must
    # not pay for Sudachi and Presidio (seconds)
    code = ("import sys, redactor; redactor.RedactorError; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sudachipy', 'presidio_analyzer', 'spacy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_name_in_all_is_there():
    for name in redactor.__all__:
        assert getattr(redactor, name) is not None, name
    with pytest.raises(AttributeError):  # near miss: a name that is not public
        redactor.Detector  # noqa: B018


@pytest.mark.parametrize("module, name, builtin", [
    ("redactor.textio", "InputError", ValueError),
    ("redactor.documents.base", "DocumentError", ValueError),
    ("redactor.documents.base", "UnsafeOutput", ValueError),
    ("redactor.documents.limits", "TooLarge", ValueError),
    ("redactor.process", "ProcessError", ValueError),
    ("redactor.policy", "PolicyError", ValueError),
    ("redactor.policy_schema", "SchemaError", ValueError),
    ("redactor.decisions", "DecisionsError", ValueError),
    ("redactor.verify", "VerifyError", ValueError),
    ("redactor.evaluation", "GoldError", ValueError),
    ("redactor.analyzer", "RecognizerFailure", RuntimeError),
    ("redactor.claims", "ClaimError", OSError),
    ("redactor.documents.ocr", "OcrUnavailable", RuntimeError),
    ("redactor.dask_batch", "DaskUnavailable", RuntimeError),
    ("redactor.documents.pdf.redact", "StreamChanged", Exception),
])
def test_each_error_is_under_the_base_and_keeps_its_old_name_and_base(module, name, builtin):
    cls = getattr(errors, name)
    assert getattr(importlib.import_module(module), name) is cls  # the old import still works
    assert getattr(redactor, name) is cls
    assert issubclass(cls, redactor.RedactorError) and issubclass(cls, builtin)


def test_a_bug_is_not_a_redactor_error():
    # near miss: what callers catch as "this file could not be handled" must
    # not swallow a KeyError from a bug (that is an internal error)
    assert not issubclass(KeyError, redactor.RedactorError)


def test_a_library_error_exits_2_with_its_line_and_a_bug_with_its_type(capsys):
    import click

    from redactor.cli.main import guarded

    @click.command()
    def refused():
        raise redactor.DecisionsError("判断ファイルが別の文書のものです")

    with pytest.raises(SystemExit) as exited:
        guarded(refused, [])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "判断ファイルが別の文書のものです" in err and "内部エラー" not in err

    @click.command()
    def broken():
        raise KeyError("山岸")

    with pytest.raises(SystemExit) as exited:
        guarded(broken, [])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "内部エラー" in err and "山岸" not in err


def test_the_policy_is_frozen():
    policy = redactor.load_policy("default")
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.style = "block"  # type: ignore[misc]  # the point of the test
    changed = dataclasses.replace(policy, style="block")
    assert changed.style == "block" and policy.style == "label"


def test_a_pipeline_gets_the_report_check_prints(tmp_path):
    src = tmp_path / "申出.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    printed = json.loads(CliRunner().invoke(redactor_cli(), ["check", "--format", "json", str(src)]).output)
    r = redactor.Redactor()
    result = r.check(PRIVATE)
    report = redactor.check_report(redactor.CheckedDocument(str(src), PRIVATE, "utf-8"), result)
    assert printed["files"] == [json.loads(json.dumps(report, ensure_ascii=False))]
    assert "kanata" not in json.dumps(report, ensure_ascii=False)  # MASK text withheld by default
    shown = redactor.check_report(redactor.CheckedDocument(str(src), PRIVATE, "utf-8"), result, show_text=True)
    assert "kanata" in json.dumps(shown, ensure_ascii=False)


def test_result_risk_is_typed_and_warnings_is_a_list():
    result = redactor.Redactor().check(PRIVATE)
    assert all(isinstance(s, redactor.RiskSubject) for s in result.risk)
    assert result.warnings == [] and result.decision_warnings is result.warnings


def redactor_cli():
    from redactor.cli.main import cli
    return cli


def test_actions_and_statuses_are_plain_strings_in_what_is_written(tmp_path):
    # typed as Literals, not enums: the audit log and the JSON stay as they were
    result = redactor.Redactor().redact(PRIVATE)
    assert {type(f.action) for f in result.findings} == {str}
    assert {f.action for f in result.findings} <= {"MASK", "KEEP", "REVIEW"}
    src = tmp_path / "申出.txt"
    src.write_text(PRIVATE, encoding="utf-8")
    outcome = redactor.process_document(src, tmp_path / "公開.txt", redactor.Redactor())
    assert type(outcome.status) is str and outcome.status == "ok"  # masked, nothing left for a person
    assert json.loads(json.dumps(outcome.to_dict()))["status"] == "ok"
