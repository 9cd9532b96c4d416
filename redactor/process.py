"""One document, end to end: read -> redact -> write -> verify -> rename.

Used by ``redactor mask`` for a single file and by each batch worker, so
both behave the same way. The order is what makes it safe:

1. the format reads the file; anything it could not read (a scanned page,
   a font without a Unicode map) stops here: nothing unchecked is passed;
2. the ``Redactor`` decides and masks the extracted text;
3. the format writes the masked document to a temporary file *in the
   output's folder* (so the final rename is atomic on the same disk);
4. ``verify`` re-reads that temporary file as a reader would and looks for
   every masked value; a leak deletes it and nothing is written;
5. the audit log and then the output are put into place; without
   ``force`` create-exclusive, and both names are claimed by lock files for
   the whole run, so two runs to one output never both report success
   (``claims``).

Every failure comes back as an ``Outcome`` with a one-line reason, never an
exception, so a batch goes on with the next file.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from redactor import finding
from redactor.audit import dumps, rechain, sha256_bytes
from redactor.claims import ClaimError, claimed, fsync_file, place
from redactor.decisions import DecisionsError, load_decisions, redact_with_decisions
from redactor.documents import DocumentError, DocumentFormat, Extracted, format_for
from redactor.documents.ocr_pages import attach_drawn, ocr_page_count
from redactor.documents.text import TextFormat
from redactor.file_names import masked_in_name, withheld_name
from redactor.textio import InputError, regular_file_stat
from redactor.verify import VerifyError, verify

if TYPE_CHECKING:  # the pipeline imports the documents: at run time they do not import it back
    from redactor.pipeline import Redactor, Result

# What became of one file (the manifest, --format json, the summary). Lower
# case, unlike a finding's Action (redactor.finding: "MASK" | "KEEP" |
# "REVIEW"): REVIEW here is a written file a person must look at.
Status = Literal["ok", "review", "failed", "skipped"]
OK: Final = "ok"
REVIEW: Final = "review"
FAILED: Final = "failed"
SKIPPED: Final = "skipped"


@dataclass(frozen=True)
class Options:
    """How each document is read and written (the same for a whole batch)."""

    output_format: str = "same"        # same | text (the masked plain text)
    password: str | None = None
    encoding: str | None = None
    rasterize_fallback: bool = False
    generalize: bool = False
    decisions_file: str | None = None
    force: bool = False
    ocr: bool = False                  # PDF: read scanned pages by OCR and mask them on the image
    ocr_text_layer: bool = False       # --ocr: the masked OCR text laid invisibly on the page image

    def settings(self) -> dict[str, Any]:
        """What changes an output (for ``--resume``); the password does not."""
        return {"output_format": self.output_format, "encoding": self.encoding,
                "rasterize_fallback": self.rasterize_fallback, "generalize": self.generalize,
                **({"ocr": True} if self.ocr else {}), **({"ocr_text_layer": True} if self.ocr_text_layer else {})}


@dataclass
class Outcome:
    """What happened to one document; ``message`` is one line for people."""

    source: str
    status: Status
    message: str
    output: str | None = None
    audit: str | None = None
    format: str = ""
    encoding: str | None = None
    pages: int | None = None
    characters: int = 0
    counts: dict[str, int] = field(default_factory=dict)   # MASK / REVIEW / KEEP findings
    replaced: int = 0
    high_risk: int = 0
    notes: list[str] = field(default_factory=list)
    decision_warnings: list[str] = field(default_factory=list)  # reviewer decisions that matched nothing
    input_sha256: str = ""
    output_sha256: str = ""
    previous: str | None = None       # a skipped file's status when it was done

    @property
    def effective(self) -> str:
        """The status that decides the exit code: a skipped file keeps the
        status it was done with (a pending review is still pending)."""
        return (self.previous or OK) if self.status == SKIPPED else self.status

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


from redactor.errors import ProcessError  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


AUDIT_SUFFIX: Final = ".audit.jsonl"


def default_audit_path(out: Path) -> Path:
    return out.with_name(out.name + AUDIT_SUFFIX)


# Office and image files this tool cannot read: refused by name rather than
# read as text (a zip without NUL bytes in its first block would decode).
UNSUPPORTED_SUFFIXES = frozenset(
    ".doc .dot .docm .xls .xlsx .xlsm .ppt .pptx .odt .ods .odp .rtf .jtd .jtdc .pages .key .numbers "
    ".zip .lzh .7z .png .jpg .jpeg .gif .tif .tiff .bmp .heic".split())


def document_format(src: Path | str) -> DocumentFormat:
    """The format for ``src``; a suffix no format claims is read as text, as
    ``mask`` always did (a file that is not text is then refused as binary),
    except office and image files, which are refused with what to do."""
    suffix = Path(src).suffix.lower()
    if suffix in UNSUPPORTED_SUFFIXES:
        raise ProcessError(f"{src}: この形式（{suffix}）は扱えません。PDF・Word（.docx）・HTML・テキストにしてください"
                           "（画像は OCR が必要です）")
    try:
        return format_for(src)
    except DocumentError:
        return TextFormat()


def output_format_for(src: Path | str, options: Options) -> tuple[DocumentFormat, DocumentFormat]:
    """(input format, output format) for ``src``."""
    fmt = document_format(src)
    return fmt, (TextFormat() if options.output_format == "text" else fmt)


def check_targets(src: Path | None, out: Path, audit: Path, force: bool) -> None:
    """Refuse to overwrite the input or, without ``force``, an earlier output."""
    for target in (out, audit):
        if src is not None and src.exists() and target.exists() and src.resolve() == target.resolve():
            raise ProcessError(f"出力先が入力と同じファイルです: {target}（入力は上書きしません）")
    if out.resolve() == audit.resolve():
        raise ProcessError(f"出力と監査ログが同じファイルです: {out}")
    for target in (out, audit):
        if target.exists() and not force:
            raise ProcessError(f"{target} は既に存在します（上書きするには --force）")


def check_output_suffix(src: Path, out: Path, options: Options) -> None:
    """A PDF/Word/HTML output must carry its format's suffix: a reader (and
    ``redactor verify``) picks the format by it."""
    fmt, out_fmt = output_format_for(src, options)
    if out_fmt.name != "text" and out.suffix.lower() not in out_fmt.suffixes:
        raise ProcessError(f"{out}: 出力の拡張子が入力の形式（{out_fmt.name}）と違います"
                           f"（{'/'.join(out_fmt.suffixes)} にするか、テキストで出すには --output-format text）")


def unreadable_message(name: str, extracted: Extracted) -> str:
    shown = "、".join(extracted.unreadable[:5]) + (f" ほか{len(extracted.unreadable) - 5}件"
                                                   if len(extracted.unreadable) > 5 else "")
    return f"{name}: 読み取れない箇所があり確認できません: {shown}（出力していません）"


def count_pages(extracted: Extracted) -> int | None:
    """Pages, when the format has them (PDF): ``info["pages"]`` or the
    distinct ``page N`` parts."""
    pages = extracted.info.get("pages")
    if isinstance(pages, int):
        return pages
    if isinstance(pages, (list, tuple)):
        return len(pages)
    names = {p.where.split(",")[0] for p in extracted.parts if p.where.startswith("page ")}
    return len(names) or None


def _notes(extracted: Extracted) -> list[str]:
    """Notes the formats left in ``info`` for the user (``encoding_note``:
    UTF-8 fallback; ``notes``: a rasterised page, a decrypted output)."""
    out: list[str] = []
    for k, v in extracted.info.items():
        if k.endswith("note") and isinstance(v, str):
            out.append(v)
        elif k.endswith("notes") and isinstance(v, (list, tuple)):
            out.extend(str(x) for x in v)
    return out


def _sha256_file(path: Path) -> str:
    return sha256_bytes(path.read_bytes())


def _temp_beside(target: Path) -> Path:
    """A fresh temporary path in ``target``'s folder, with its suffix."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{target.suffix}", dir=target.parent)
    os.close(fd)
    return Path(tmp)


def _fsync(path: Path) -> None:
    fsync_file(path)  # a writable handle: Windows refuses fsync of a read-only one


def _unlink(*paths: Path | None) -> None:
    for p in paths:
        if p is not None:
            try:
                p.unlink()
            except FileNotFoundError:
                pass


def read_document(src: Path, fmt: DocumentFormat, options: Options) -> Extracted:
    """The format's reading of ``src``; unreadable parts raise ``ProcessError``."""
    if options.ocr and hasattr(fmt, "ocr"):  # a copy: the format objects are shared
        import copy

        fmt = copy.copy(fmt)
        fmt.ocr = True
    extracted = fmt.read(src, password=options.password, encoding=options.encoding)
    if options.ocr_text_layer:  # read by the PDF writer for the pages masked on their image
        extracted.info["ocr_text_layer"] = True
    if extracted.unreadable:
        raise ProcessError(unreadable_message(str(src), extracted))
    return extracted


def process_document(src: Path | str, out: Path | str, redactor: Redactor, options: Options = Options(),
                     *, audit: Path | str | None = None, extracted: Extracted | None = None,
                     name: str | None = None) -> Outcome:
    """Mask ``src`` into ``out`` (and its audit log); never raises.

    ``extracted`` lets the caller pass text it has already read (standard
    input); ``name`` is how the source is called in messages and the audit.
    """
    src, out = Path(src), Path(out)
    audit_path = Path(audit) if audit else default_audit_path(out)
    name = name or str(src)
    outcome = Outcome(source=name, status=FAILED, message="")
    tmp_out: Path | None = None
    tmp_audit: Path | None = None
    claims = ExitStack()
    try:
        if extracted is None:
            fmt, out_fmt = output_format_for(src, options)
            check_output_suffix(src, out, options)
        else:
            fmt = out_fmt = TextFormat()
        claims.enter_context(claimed(out, audit_path))  # no other run writes these until we are done
        check_targets(None if extracted is not None else src, out, audit_path, options.force)
        if options.rasterize_fallback and hasattr(out_fmt, "rasterize_fallback"):
            out_fmt.rasterize_fallback = True
        if extracted is None:
            regular_file_stat(src, name)  # a named pipe in an archive folder: refused, not waited on
            raw = src.read_bytes()
            outcome.input_sha256 = sha256_bytes(raw)
            extracted = read_document(src, fmt, options)
        elif extracted.unreadable:
            raise ProcessError(unreadable_message(name, extracted))
        outcome.format, outcome.encoding = fmt.name, extracted.encoding
        outcome.pages, outcome.characters = count_pages(extracted), len(extracted.text)
        result = _redact(redactor, extracted, name, options)
        tmp_out = _temp_beside(out)
        out_fmt.write(src, extracted, result.replacements, tmp_out, password=options.password)
        _fsync(tmp_out)
        # the log names the file as written, so that verify can tell it from a changed one
        outcome.output_sha256 = _sha256_file(tmp_out)
        named = masked_in_name((src.name, out.name), (r.finding for r in result.replacements))
        # the log names the file too: not by the value masked in it (its input_sha256 still says which file)
        withheld = {"source": withheld_name(name)} if named else {}
        result.audit = rechain(result.audit, redactor.audit_key, output_sha256=outcome.output_sha256, **withheld)
        _verify_written(tmp_out, out_fmt, result, extracted, options, name, redactor.audit_key)
        tmp_audit = _temp_beside(audit_path)
        tmp_audit.write_bytes(dumps(result.audit).encode("utf-8"))
        _fsync(tmp_audit)
        place(tmp_audit, audit_path, replace=options.force)
        tmp_audit = None
        try:
            place(tmp_out, out, replace=options.force)
        except ClaimError:
            audit_path.unlink()  # ours, just placed: no log for an output not written
            raise
        tmp_out = None
        _fill(outcome, result, out, audit_path)
        outcome.notes = _notes(extracted)
        _name_review(outcome, named)
        outcome.decision_warnings = list(result.warnings)
        _ocr_review(outcome, extracted)
        if outcome.decision_warnings:  # a reviewer's decision not applied: a person must look again
            outcome.status = REVIEW
            outcome.message += f"、判断ファイルの {len(outcome.decision_warnings)}件が検出に当たらず適用されていません"
        return outcome
    except ProcessError as exc:
        outcome.message = str(exc)
    except ClaimError as exc:
        outcome.message = f"{exc}（出力していません）"
    except DocumentError as exc:
        outcome.message = f"{exc}（出力していません）"
    except Exception as exc:  # fail closed, one line: a batch goes on with the next file
        outcome.message = _one_line(name, exc)
    finally:
        _unlink(tmp_out, tmp_audit)
        claims.close()
    return outcome


def _name_review(outcome: Outcome, labels: list[str]) -> None:
    """A file named after what was masked in it (「田丸久美子さん申請書.txt」)
    would publish the value in its name: a person renames it first."""
    if labels:
        outcome.status = REVIEW
        outcome.notes.append(f"ファイル名に黒塗りした値（{'、'.join(labels)}）が含まれます。公開前にファイル名を変えてください")
        outcome.message += f"、ファイル名に黒塗りした値（{'、'.join(labels)}）: 公開前に名前を変えてください"


def _ocr_review(outcome: Outcome, extracted: Extracted) -> None:
    """A page read by OCR may hide a misread value: the file needs a person."""
    n = ocr_page_count(extracted)
    if n:
        outcome.status = REVIEW
        outcome.message += f"、OCR で読んだページ {n}（見落としの可能性あり。公開前に人が確認してください）"


def _one_line(name: str, exc: Exception) -> str:
    from redactor.analyzer import RecognizerFailure  # loads Presidio: `redactor --help` imports this module

    if isinstance(exc, (RecognizerFailure, DecisionsError, InputError)):
        return f"{name}: {exc}（出力していません）"
    if isinstance(exc, OSError):
        return f"{name}: 読み書きできません（{exc.strerror or exc.__class__.__name__}: {exc.filename or ''}）（出力していません）"
    detail = " ".join(str(exc).split())[:200]
    return f"{name}: 処理中にエラー（{exc.__class__.__name__}: {detail}）（出力していません）"


def _redact(redactor: Redactor, extracted: Extracted, name: str, options: Options) -> Result:
    from redactor.documents.pdf.overlay import covered_findings  # loads pypdf: only when a document is redacted

    if options.decisions_file:
        decisions = load_decisions(options.decisions_file)
        attach_drawn(extracted, decisions)  # boxes drawn on OCR'd page images: painted by the writer
        return redact_with_decisions(redactor, extracted.text, decisions, source=name,
                                     join_lines=extracted.join_lines, known=covered_findings(extracted))

    # text somebody only drew a box over is masked with the rest (documents/pdf/overlay)
    return redactor.redact(extracted.text, source=name, generalize=options.generalize,
                           join_lines=extracted.join_lines, known=covered_findings(extracted))


def _verify_written(tmp: Path, out_fmt: DocumentFormat, result: Result, extracted: Extracted,
                    options: Options, name: str, key: Any) -> None:
    """Re-read the temporary output; any masked value still found stops the write."""
    try:
        report = verify(tmp, result.audit, key=key, fmt=out_fmt, password=options.password,
                        original_text=extracted.text, output_encoding=_written_encoding(extracted, out_fmt))
    except VerifyError as exc:
        raise ProcessError(f"{name}: 出力を検証できません: {exc}（出力していません）") from exc
    if not report.ok:
        raise ProcessError(f"{name}: 出力の検証で秘匿した値が見つかりました: {report.summary()}（出力していません）")


def _written_encoding(extracted: Extracted, out_fmt: DocumentFormat) -> str | None:
    """The encoding ``TextFormat.write`` used: the input's (UTF-8 for a
    PDF), or UTF-8 when a replacement was missing from the legacy one."""
    if out_fmt.name != "text":
        return None
    if extracted.info.get("encoding_note"):
        return "utf-8"
    return extracted.encoding or "utf-8"


def _fill(outcome: Outcome, result: Result, out: Path, audit_path: Path) -> None:
    actions: tuple[finding.Action, ...] = (finding.MASK, finding.REVIEW, finding.KEEP)
    outcome.counts = {a: result.count(a) for a in actions}
    outcome.replaced = len(result.replacements)
    outcome.high_risk = sum(1 for s in result.risk if s.level == "high") + result.residual_high
    outcome.output, outcome.audit = str(out), str(audit_path)
    n_mask = sum(1 for r in result.replacements if r.finding.action == finding.MASK)
    n_review = outcome.counts[finding.REVIEW]
    outcome.status = REVIEW if n_review or outcome.high_risk else OK
    outcome.message = f"置換 {outcome.replaced}件（MASK {n_mask}、REVIEW {n_review}）"
