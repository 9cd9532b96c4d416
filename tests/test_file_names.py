"""A file named after what was masked in it is not reported as done
(made-up names and numbers)."""
import json

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.file_names import masked_in_name
from redactor.finding import Finding


def _f(label: str, text: str, **attributes) -> Finding:
    return Finding(label, 0, len(text), text, 0.9, "test", attributes=attributes)


@pytest.mark.parametrize("names, finding, labels", [
    (("宮前　里佳子さん苦情.txt",), _f("PERSON", "宮前 里佳子"), ["PERSON"]),       # space dropped in the name
    (("宮前様_相談記録.docx",), _f("PERSON", "宮前 里佳子"), ["PERSON"]),          # the surname alone
    (("相談_宮前.pdf",), _f("PERSON", "宮前里佳子", person_key="宮前"), ["PERSON"]),  # surname from the key
    (("０８０－２２１９－４４０６.txt",), _f("PHONE", "080-2219-4406"), ["PHONE"]),  # full-width digits
    (("会議録_第3回.txt", "会議録_第3回.txt"), _f("PERSON", "宮前 里佳子"), []),
    (("宮の前地区会議録.txt",), _f("PERSON", "宮前 里佳子"), []),
    (("前回.txt",), _f("PERSON", "前 里"), []),                                     # one-character pieces never count
])
def test_a_replaced_value_or_a_name_part_in_a_file_name(names, finding, labels):
    assert masked_in_name(names, [finding]) == labels


def _run(args):
    return CliRunner().invoke(cli, args, env={"REDACTOR_AUDIT_KEY": "made-up key"})


def test_mask_flags_a_file_named_after_the_person_masked_in_it(tmp_path):
    src = tmp_path / "宮前里佳子さん苦情.txt"
    src.write_text("苦情の申出人は宮前 里佳子さん（電話 080-2219-4406）です。\n", encoding="utf-8")
    result = _run(["mask", str(src), "-o", str(tmp_path / "out.txt"), "--format", "json"])
    assert result.exit_code == 1, result.output
    row = json.loads(result.stdout)
    assert row["status"] == "review"
    assert any("ファイル名に黒塗りした値（PERSON）" in n for n in row["notes"])
    assert "里佳子" not in row["message"] and "里佳子" not in " ".join(row["notes"])
    log = (tmp_path / "out.txt.audit.jsonl").read_text(encoding="utf-8")
    assert "宮前" not in log and "里佳子" not in log            # not even in the header's source
    assert json.loads(log.splitlines()[0])["source"].endswith("….txt")
    assert _run(["audit", "verify", str(tmp_path / "out.txt.audit.jsonl")]).exit_code == 0


def test_the_audit_log_of_a_plainly_named_file_keeps_its_name(tmp_path):
    src = tmp_path / "苦情.txt"
    src.write_text("苦情の申出人は宮前 里佳子さんです。\n", encoding="utf-8")
    _run(["mask", str(src), "-o", str(tmp_path / "out.txt")])
    header = json.loads((tmp_path / "out.txt.audit.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert header["source"] == str(src)


def test_a_batch_names_the_file_and_completes_the_others(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "080-2219-4406苦情.txt").write_text("連絡先は 080-2219-4406 です。\n", encoding="utf-8")
    (tmp_path / "in" / "苦情.txt").write_text("連絡先は 080-7777-1234 です。\n", encoding="utf-8")
    result = _run(["mask", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1", "--format", "json"])
    assert result.exit_code == 1, result.output
    rows = {f["relative"]: f for f in json.loads(result.stdout)["files"]}
    assert rows["080-2219-4406苦情.txt"]["status"] == "review"
    assert rows["苦情.txt"]["status"] == "ok"


def test_check_notes_a_file_named_after_a_value_it_would_mask(tmp_path):
    src = tmp_path / "宮前里佳子さん苦情.txt"
    src.write_text("苦情の申出人は宮前 里佳子さんです。\n", encoding="utf-8")
    (tmp_path / "苦情.txt").write_text("苦情の申出人は宮前 里佳子さんです。\n", encoding="utf-8")
    result = _run(["check", str(src), str(tmp_path / "苦情.txt"), "--format", "json"])
    notes = {f["path"].rsplit("/", 1)[-1]: f.get("notes", []) for f in json.loads(result.stdout)["files"]}
    assert any("ファイル名に黒塗りする値（PERSON）" in n for n in notes["宮前里佳子さん苦情.txt"])
    assert notes["苦情.txt"] == []
    text = _run(["check", str(src)])
    assert "ファイル名に黒塗りする値（PERSON）" in text.stdout + text.stderr
