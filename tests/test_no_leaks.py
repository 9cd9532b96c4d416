"""Nothing the tool writes (besides the review page) holds a masked value or
a piece of one: outputs, audit logs, the batch manifest, the JSON and text
reports of ``check`` and ``mask``.

Each made-up document is masked twice, with two sets of values that share
nothing but the words every address has (丁目, 番, 号). A two-character
piece of a value of the first set counts as leaked when it is found in what
the first run wrote but not in what the second wrote: a piece that is also
the tool's own vocabulary (a reason saying 丁目) shows up in both runs.
"""
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from test_docx_format import build_docx

TEMPLATE = ("苦情の申出について\n"
            "相手方 {name} 氏（{address}、電話 {phone}）から、騒音について申出があった。\n"
            "{surname}氏は夜間の工事をやめるよう求めた。\n")
VALUES = {
    "a": {"name": "鷲尾晴臣", "surname": "鷲尾", "address": "北多摩市桜ヶ丘三丁目5番8号", "phone": "090-3141-5926"},
    "b": {"name": "榊原千景", "surname": "榊原", "address": "南川市緑町二丁目7番1号", "phone": "080-2718-2818"},
}
HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>苦情の申出</title></head>'
        '<body><p>{body}</p></body></html>')


def run(args, **kw):
    return CliRunner().invoke(cli, args, **kw)


def everything_written(tmp: Path, values: dict[str, str]) -> str:
    """Every file and every message the commands write for one document."""
    text = TEMPLATE.format(**values)
    src = tmp / "in"
    src.mkdir()
    (src / "minutes.txt").write_text(text, encoding="utf-8")
    (src / "minutes.html").write_text(HTML.format(body=text.replace("\n", "<br>")), encoding="utf-8")
    build_docx(src / "minutes.docx", body="".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
                                                   for line in text.splitlines()))
    out = tmp / "out"
    out.mkdir()
    runs = [
        run(["mask", str(src / "minutes.txt"), "-o", str(out / "one.txt"), "--format", "json"]),
        run(["mask", str(src / "minutes.txt"), "-o", str(out / "two.txt")]),
        run(["mask", str(src / "minutes.html"), "-o", str(out / "one.html"), "--format", "json"]),
        run(["mask", str(src / "minutes.docx"), "-o", str(out / "one.docx"), "--format", "json"]),
        run(["mask", str(src), "-o", str(out / "batch"), "--format", "json", "-j", "1"]),
        run(["mask", str(src), "-o", str(out / "batch-text"), "-j", "1"]),
        run(["check", "--format", "json", str(src)]),
        run(["check", "--all", str(src)]),
        run(["verify", str(out / "one.txt"), "--audit", str(out / "one.txt.audit.jsonl"), "--format", "json"]),
        run(["audit", "verify", str(out / "one.txt.audit.jsonl")]),
    ]
    for r in runs:
        assert r.exit_code in (0, 1), (r.stdout, r.stderr)
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert len(written) >= 16  # outputs, audit logs and the manifest of both batches
    return "\n".join([*(readable(p) for p in written), *(r.stdout + r.stderr for r in runs)])


def readable(path: Path) -> str:
    """A written file as text; a .docx as the text of every member of its zip."""
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as zf:
            return "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    return path.read_bytes().decode("utf-8")


def pieces(value: str) -> set[str]:
    """The value whole, and every two-character piece with a Japanese character
    (an ASCII pair such as 31 occurs in any hex hash)."""
    compact = "".join(value.split())
    out = {compact, compact.replace("-", "")}
    out |= {compact[i:i + 2] for i in range(len(compact) - 1) if not compact[i:i + 2].isascii()}
    return out


@pytest.fixture(scope="module")
def written(tmp_path_factory, monkeypatch_module):
    monkeypatch_module.setenv("REDACTOR_AUDIT_KEY", "made-up test key")
    return {k: everything_written(tmp_path_factory.mktemp(k), v) for k, v in VALUES.items()}


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_no_masked_value_or_piece_of_one_is_written(written):
    for this, other in (("a", "b"), ("b", "a")):
        leaked = sorted(p for v in VALUES[this].values() for p in pieces(v)
                        if p in written[this] and p not in written[other])
        assert not leaked, f"{this}: {leaked}"


def test_the_documents_were_masked_and_reported(written):
    # the search above means something only if the runs did write reports
    assert "［氏名］" in written["a"] and '"findings"' in written["a"] and '"summary"' in written["a"]
    assert '"person_key_hmac"' in written["a"]  # linkable, not readable


def test_a_risk_report_does_not_quote_a_piece_of_a_masked_fact(tmp_path):
    # the incident word (暴行) is a piece of the masked SENSITIVE value (性的暴行を受けた)
    import json as _json
    from click.testing import CliRunner
    from redactor.cli.main import cli
    doc = tmp_path / "a.txt"
    doc.write_text("相談者の山田さん（80代の女性）は、令和6年6月14日に大字上野字北原の自宅で性的暴行を受けた。\n",
                   encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", "--format", "json", str(doc)])
    assert out.exit_code == 1 and _json.loads(out.output)
    assert "暴行" not in out.output
    plain = CliRunner().invoke(cli, ["check", str(doc)])
    assert "暴行" not in plain.output
