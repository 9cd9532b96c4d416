"""Batch masking: 200 generated documents, two workers, a mirrored tree, a
corrupt file reported while the others complete, --resume, JSON summary."""
import json
import time

import pytest
from click.testing import CliRunner

from redactor.cli.main import cli
from redactor.audit import AuditKey
from redactor.verify import load_audit, verify

SURNAMES = ["山田", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林"]
GIVEN = ["太郎", "一郎", "花子", "健二", "直美", "誠"]
CLEAN = "本日の会議は午後二時に開会した。\n議案第{n}号について審議した。\n"
PRIVATE = "{name}さんが発言した。\n連絡先は 090-1234-{n:04d} である。\n"
REVIEW = "{name}が出席した。\n議案第{n}号について審議した。\n"
N = 200
CORRUPT = "dept3/broken.txt"


def phone(n: int) -> str:
    return f"090-1234-{n:04d}"


def build_tree(root):
    """200 short documents in four folders (one undecodable), and what each is:
    clean (nothing to mask), private (masked, no review) or review (a name
    whose role is unclear)."""
    kinds = {}
    for n in range(N):
        rel = f"dept{n % 4}/{'sub/' if n % 3 == 0 else ''}doc{n:03d}.txt"
        name = SURNAMES[n % len(SURNAMES)] + GIVEN[n % len(GIVEN)]
        kind = ("clean", "private", "review")[n % 3]
        text = {"clean": CLEAN, "private": PRIVATE, "review": REVIEW}[kind].format(n=n, name=name)
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="cp932" if n % 5 == 0 else "utf-8")
        kinds[rel] = kind
    (root / CORRUPT).write_bytes(b"\xff\xfe\xfd\xfc" * 40)  # no encoding reads this
    (root / "dept0" / "notes.xyz").write_text("対象外の形式", encoding="utf-8")  # not a document type
    (root / "dept0" / ".hidden.txt").write_text(PRIVATE.format(n=1, name="山田太郎"), encoding="utf-8")
    return kinds


def run(args):
    return CliRunner().invoke(cli, args)


BATCH_KEY = AuditKey(b"made-up batch key", "file")


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One 200-document run with -j 2, shared by the tests below."""
    root = tmp_path_factory.mktemp("batch")
    src, out = root / "in", root / "out"
    kinds = build_tree(src)
    (root / "audit.key").write_bytes(BATCH_KEY.key)
    started = time.perf_counter()
    result = run(["mask", str(src), "-o", str(out), "-j", "2", "--format", "json",
                  "--audit-key-file", str(root / "audit.key")])
    return src, out, kinds, result, time.perf_counter() - started


def test_summary_counts_every_document(batch):
    src, out, kinds, result, seconds = batch
    assert result.exit_code == 2, result.output  # the corrupt file failed
    data = json.loads(result.stdout)
    assert data["exit_code"] == 2
    s = data["summary"]
    # the corrupt file is the 201st; hidden files are left out, a file of an
    # unknown type is listed as skipped with its reason (never left out silently)
    assert s["files"] == N + 2
    assert s["failed"] == 1 and s["skipped"] == 1 and s["jobs"] == 2
    (unread,) = [f for f in data["files"] if f["status"] == "skipped"]
    assert unread["source"].endswith("notes.xyz") and "対応していない形式（.xyz）" in unread["message"]
    assert s["review"] == sum(k == "review" for k in kinds.values())
    assert s["ok"] == sum(k in ("clean", "private") for k in kinds.values())
    assert s["mask"] >= 2 * sum(k == "private" for k in kinds.values())  # a name and a phone each
    (failed,) = [f for f in data["files"] if f["status"] == "failed"]
    assert failed["source"].endswith(CORRUPT) and "文字コード" in failed["message"]
    assert "\n" not in failed["message"]
    statuses = {f["relative"]: f["status"] for f in data["files"] if "relative" in f}
    for rel, kind in kinds.items():
        assert statuses[rel] == ("review" if kind == "review" else "ok")
    assert seconds < 60


def test_tree_is_mirrored_with_one_audit_log_per_file(batch):
    src, out, kinds, result, _ = batch
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    expected = set(kinds) | {rel + ".audit.jsonl" for rel in kinds} | {".redactor-manifest.json"}
    assert written == expected
    for rel, kind in kinds.items():
        if kind != "clean":  # every document with a finding was changed
            assert (out / rel).read_bytes() != (src / rel).read_bytes()
    private = sorted((r for r, k in kinds.items() if k == "private"), key=lambda r: r[-7:])
    for rel in private[::10]:  # a sample, checked as a reader would
        n = int(rel[-7:-4])
        records = load_audit(out / (rel + ".audit.jsonl"), BATCH_KEY)
        encoding = "cp932" if n % 5 == 0 else "utf-8"
        assert phone(n) not in (out / rel).read_bytes().decode(encoding)
        assert verify(out / rel, records, original_path=src / rel, output_encoding=encoding,
                      key=BATCH_KEY).ok


def test_quiet_in_a_pipeline_and_a_table_on_a_terminal(batch, tmp_path):
    src, out, kinds, result, _ = batch
    assert "マスキング" not in result.stderr  # no progress bar when stderr is not a terminal
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text(PRIVATE.format(n=7, name="山田太郎"), encoding="utf-8")
    (small / "b.txt").write_text(REVIEW.format(n=8, name="鈴木一郎"), encoding="utf-8")
    table = run(["mask", str(small / "a.txt"), str(small / "b.txt"), "-o", str(tmp_path / "o"), "-j", "1"])
    assert table.exit_code == 1, table.output  # one needs review, none failed
    assert "完了" in table.stdout and "要確認\tb.txt" in table.stdout


def test_resume_skips_unchanged_and_redoes_a_changed_file(batch):
    src, out, kinds, first, _ = batch
    changed = sorted(r for r, k in kinds.items() if k == "private")[0]
    (src / changed).write_text(PRIVATE.format(n=9999, name="中村健二"), encoding="utf-8")
    untouched = sorted(r for r, k in kinds.items() if k == "clean")[0]
    before = (out / untouched).stat().st_mtime_ns
    again = run(["mask", str(src), "-o", str(out), "-j", "2", "--resume", "--format", "json"])
    data = json.loads(again.stdout)
    s = data["summary"]
    assert s["skipped"] == N - 1 + 1 and s["failed"] == 1 and s["ok"] + s["review"] == 1   # + notes.xyz
    rows = {f.get("relative"): f for f in data["files"]}
    assert rows[changed]["status"] == "ok"
    assert "9999" not in (out / changed).read_text(encoding="utf-8")
    assert (out / untouched).stat().st_mtime_ns == before
    assert again.exit_code == 2  # the corrupt file is tried again and still fails
    # without --resume (or --force) earlier outputs are not overwritten
    refused = run(["mask", str(src / changed), str(src / untouched), "-o", str(out / "again"), "-j", "1"])
    assert refused.exit_code == 0  # a new folder: nothing to overwrite
    twice = run(["mask", str(src / changed), str(src / untouched), "-o", str(out / "again"), "-j", "1"])
    assert twice.exit_code == 2 and "--force" in twice.stdout


def test_output_folder_inside_the_input_folder_is_not_read_back(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    (src / "a.txt").write_text(PRIVATE.format(n=5, name="山田太郎"), encoding="utf-8")
    out = src / "public"
    first = run(["mask", str(src), "-o", str(out), "-j", "1", "--format", "json"])
    assert first.exit_code == 0, first.output
    second = run(["mask", str(src), "-o", str(out), "-j", "1", "--resume", "--format", "json"])
    data = json.loads(second.stdout)
    assert data["summary"]["files"] == 1 and data["summary"]["skipped"] == 1
    assert sorted(p.name for p in out.iterdir()) == [".redactor-manifest.json", "a.txt", "a.txt.audit.jsonl"]
    same = run(["mask", str(src), str(src / "a.txt"), "-o", str(src)])
    assert same.exit_code == 2 and "入力" in same.output


def test_the_text_summary_names_a_failed_file_by_its_path_in_the_tree(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "dept" / "sub").mkdir(parents=True)
    (src / "dept" / "ok.txt").write_text("本日の会議は午後二時に開会した。", encoding="utf-8")
    (src / "dept" / "sub" / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    result = run(["mask", str(src), "-o", str(out), "-j", "1"])
    assert result.exit_code == 2
    (line,) = [l for l in result.stdout.splitlines() if l.startswith("失敗\t")]
    assert line.split("\t")[1] == "dept/sub/broken.txt"


def test_an_unattended_batch_writes_a_progress_line_to_its_log(capsys):
    from redactor.batch import progress_bar

    with progress_bar(3, "マスキング", every=0.0) as bar:   # stderr here is not a terminal
        bar.update(1)
        bar.update(1)
        bar.update(1)                                        # the last file: the summary says the rest
    assert capsys.readouterr().err.splitlines() == ["マスキング: 1/3 件（経過 0 分 0 秒）",
                                                    "マスキング: 2/3 件（経過 0 分 0 秒）"]


def test_a_short_unattended_batch_keeps_its_log_clean(capsys):
    from redactor.batch import progress_bar

    with progress_bar(3, "マスキング") as bar:
        bar.update(2)
    with progress_bar(1, "マスキング", every=0.0) as bar:
        bar.update(1)
    assert capsys.readouterr().err == ""
