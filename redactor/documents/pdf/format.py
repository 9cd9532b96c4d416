"""PDF: read Japanese PDFs for detection, write truly redacted PDFs.

Reading interprets every page's content stream (``glyphs``) and builds
the reader's text with a map from each character back to its glyphs
(``text``); metadata, XMP, outline titles and annotation texts are
parts of their own. A page that cannot be checked (a scan, glyphs without
Unicode, vertical writing) goes into ``Extracted.unreadable``: never
reported clean.

Writing removes the glyphs of every replaced span from the content
(``redact``), draws filled boxes where they were, scrubs metadata,
annotations, outlines and ActualText (``scrub``), prunes the masked
characters from embedded font subsets, drops orphaned objects and earlier
revisions, then re-reads its own output and refuses (``UnsafeOutput``,
nothing written) if any masked value can still be extracted. A page that
cannot be redacted this way is refused, or with ``rasterize_fallback``
replaced by a rendered image with the boxes painted in (``raster``).
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from redactor.documents.base import DocumentError, Extracted, Part, UnsafeOutput
from redactor.documents.limits import check_input_file, pdf_limits
from redactor.documents.ocr_pages import check_ocr_output, mask_ocr_page, read_ocr_page
from redactor.documents.pdf.font_prune import prune_fonts
from redactor.documents.pdf.fonts import FontCache
from redactor.documents.pdf.glyphs import Glyph, PageGlyphs, page_glyphs
from redactor.documents.pdf.leak_scan import leak_scan
from redactor.documents.pdf.objects import remove_orphans
from redactor.documents.pdf.overlay import covered_text
from redactor.documents.pdf.raster import pdfium_available, pdfium_page_text, rasterize_page
from redactor.documents.pdf.redact import StreamChanged, box_quads, redact_page
from redactor.documents.pdf.scrub import scrub_document
from redactor.documents.pdf.text import PageText, metadata_pieces, page_text
from redactor.documents.pieces import outermost
from redactor.documents.text import apply_replacements
from redactor.leak import count_occurrences, leak_key
from redactor.masking import Replacement

# A page mostly covered by one image: what is in the image cannot be checked.
_SCAN_FRACTION = 0.5
_INVISIBLE = (3, 7)


@dataclass
class PageMap:
    """Everything ``write`` needs of one page, taken when it was read."""

    index: int
    start: int                       # offset of the page's text in Extracted.text (-1: none)
    glyphs: list[Glyph]
    char_glyphs: list[tuple[int, ...]]
    digests: dict[tuple[int, ...], str]
    image_fraction: float = 0.0
    refusal: str | None = None       # why this page cannot be redacted in place
    raster_quads: list[tuple[float, ...]] | None = None  # read by PDFium: char_glyphs index these
    raster_text: str = ""
    ocr: Any = None                  # ocr.OcrPage: a page read by OCR (--ocr); char_glyphs index its boxes


@dataclass
class PdfMap:
    pages: list[PageMap] = field(default_factory=list)
    font_chars: set[str] = field(default_factory=set)   # all characters of the fonts used


def open_reader(path: Path, password: str | None):
    """A pypdf reader, decrypted; every failure is one line an officer can act on."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError

    name = Path(path).name
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        check_input_file(name, path)
        reader = PdfReader(str(path), strict=False)
    except FileNotFoundError:
        raise DocumentError(f"{name}: ファイルがありません") from None
    except (LimitReachedError, DocumentError):
        raise   # too large (pdf_limits says so)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise DocumentError(f"{name}: PDF として読めません（壊れているか PDF ではありません）") from exc
    if reader.is_encrypted:
        try:
            ok = reader.decrypt(password or "")
        except DependencyError as exc:
            raise DocumentError(f"{name}: この暗号化方式を開くライブラリ（cryptography）がありません") from exc
        except (PdfReadError, FileNotDecryptedError, ValueError) as exc:
            raise DocumentError(f"{name}: 暗号化を解除できません") from exc
        if not ok:
            if password:
                raise DocumentError(f"{name}: パスワードが違います")
            raise DocumentError(f"{name}: 暗号化された PDF です（--password でパスワードを指定してください）")
    try:
        len(reader.pages)
    except LimitReachedError:
        raise
    except Exception as exc:
        raise DocumentError(f"{name}: PDF のページを読めません（壊れています）") from exc
    return reader


class PdfFormat:
    name = "pdf"
    suffixes = (".pdf",)
    # Only on the user's request (--rasterize-fallback): pages that cannot be
    # redacted in place become images with the boxes painted in.
    rasterize_fallback: bool = False
    # Only on the user's request (--ocr): scanned pages and pages whose text
    # layer is unusable are read by OCR and masked on their image (ocr_pages).
    ocr: bool = False

    # -- read -------------------------------------------------------------------
    def read(self, path: Path, *, password: str | None = None,
             encoding: str | None = None) -> Extracted:
        from pypdf.errors import LimitReachedError

        with pdf_limits(Path(path).name):
            reader = open_reader(Path(path), password)
            try:
                return self._read(reader, Path(path), password)
            except (DocumentError, LimitReachedError):
                raise
            except Exception as exc:  # malformed objects deep inside: one line, never a traceback
                raise DocumentError(f"{Path(path).name}: PDF を解析できません（{type(exc).__name__}）") from exc

    def _read(self, reader: Any, path: Path, password: str | None) -> Extracted:
        fonts = FontCache()
        chunks: list[str] = []
        parts: list[Part] = []
        unreadable: list[str] = []
        notes: list[str] = []
        pdf_map = PdfMap()
        covered: list[Any] = []
        pos = 0

        def add(text: str, where: str, line_starts: Sequence[tuple[int, int]] = ((0, 1),)) -> int:
            nonlocal pos
            if chunks:
                chunks.append("\n\n")
                pos += 2
            start = pos
            for k, (offset, line) in enumerate(line_starts):
                end = line_starts[k + 1][0] if k + 1 < len(line_starts) else len(text)
                parts.append(Part(start + offset, start + end, where, line))
            chunks.append(text)
            pos += len(text)
            return start

        for index, page in enumerate(reader.pages):
            number = index + 1
            glyphs = page_glyphs(page, index, fonts)
            text = page_text(glyphs.glyphs)
            reasons = _unreadable_reasons(glyphs, text)
            if reasons and self.ocr:
                page_map = read_ocr_page(path, password, index, glyphs.image_fraction, add, notes, unreadable)
                if page_map is not None:
                    pdf_map.pages.append(page_map)
                    continue
            fallback = self._pdfium_text(path, password, index, glyphs, reasons)
            if fallback is not None:
                raster_text, quads = fallback
                notes.append(f"page {number}: 文字を解読できないため（{reasons[0]}）PDFium で読みました"
                             "（黒塗りがあればこのページは画像に置き換わり、テキスト層はなくなります）")
                start = add(raster_text, f"page {number}")
                pdf_map.pages.append(PageMap(index, start, [], [(i,) if quads[i] else () for i in range(len(quads))],
                                             {}, glyphs.image_fraction, None, quads, raster_text))
                continue
            unreadable += [f"page {number}: {r}" for r in reasons]
            if glyphs.image_fraction >= _SCAN_FRACTION and not reasons and text.text.strip():
                notes.append(f"page {number}: ページの大半が画像です（画像の中の文字は確認していません）")
            start = add(text.text, f"page {number}", text.line_starts) if text.text else -1
            if start >= 0:  # text somebody only drew a box over (overlay)
                covered += _covered(page, number, glyphs, text, start, notes)
            pdf_map.pages.append(PageMap(index, start, glyphs.glyphs, text.char_glyphs,
                                         glyphs.stream_digests, glyphs.image_fraction,
                                         reasons[0] if reasons else None))
        pdf_map.font_chars = fonts.characters()
        for where, piece in metadata_pieces(reader):
            add(piece, where)
        info: dict[str, Any] = {"pdf": pdf_map, "pages": len(reader.pages)}
        if any(pm.ocr is not None for pm in pdf_map.pages):  # OCR's lines are hard breaks (Extracted.join_lines)
            info["join_lines"] = True
        if covered:
            info["covered"] = covered
        if notes:
            info["notes"] = notes
        return Extracted("".join(chunks), parts, self.name, unreadable=unreadable, info=info)

    def _pdfium_text(self, path: Path, password: str | None, index: int, glyphs: PageGlyphs,
                     reasons: list[str]) -> tuple[str, list[tuple[float, ...]]] | None:
        """With ``rasterize_fallback``: a page whose fonts do not decode here (and
        only that: never a scan) read by PDFium instead, if PDFium can."""
        if not (self.rasterize_fallback and glyphs.problems and reasons == glyphs.problems
                and pdfium_available()):
            return None
        try:
            return pdfium_page_text(path.read_bytes(), password, index, len(glyphs.glyphs))
        except Exception:  # PDFium could not read it either: the page stays unreadable
            return None

    # -- write ------------------------------------------------------------------
    def write(self, path: Path, extracted: Extracted, replacements: Sequence[Replacement],
              out: Path, *, password: str | None = None) -> None:
        with pdf_limits(Path(path).name):
            self._write(path, extracted, replacements, out, password)

    def _write(self, path: Path, extracted: Extracted, replacements: Sequence[Replacement],
               out: Path, password: str | None) -> None:
        from pypdf.errors import LimitReachedError

        pdf_map = extracted.info.get("pdf")
        name = Path(path).name
        if not isinstance(pdf_map, PdfMap):
            raise DocumentError(f"{name}: PDF として読み込んだ結果ではないため書き出せません")
        reps = outermost(replacements)
        removed = _removed_glyphs(pdf_map, reps)
        raster: set[int] = {pm.index for pm in pdf_map.pages if pm.raster_quads is not None and pm.index in removed}
        refused: list[str] = []
        for pm in pdf_map.pages:
            if pm.raster_quads is not None or pm.ocr is not None:
                continue
            reason = pm.refusal or _removal_refusal(pm, removed.get(pm.index, set()))
            if reason and pm.refusal is None and self.rasterize_fallback and pdfium_available():
                raster.add(pm.index)
            elif reason:
                refused.append(f"page {pm.index + 1}: {reason}")
        if refused:
            raise UnsafeOutput(f"{name}: 安全に黒塗りできないページがあります: {'、'.join(refused[:5])}"
                               f"{f' ほか{len(refused) - 5}件' if len(refused) > 5 else ''}")
        reader = open_reader(Path(path), password)
        try:
            data = self._redacted_bytes(reader, pdf_map, removed, raster, extracted, reps, name)
        except (DocumentError, UnsafeOutput, LimitReachedError):
            raise
        except StreamChanged as exc:
            raise DocumentError(f"{name}: 読み込んだ後にファイルが変わっています（もう一度実行してください）") from exc
        except Exception as exc:  # fail closed, one line
            raise UnsafeOutput(f"{name}: 黒塗りした PDF を作れません（{type(exc).__name__}: "
                               f"{' '.join(str(exc).split())[:120]}）") from exc
        if reader.is_encrypted:
            extracted.info.setdefault("notes", []).append(f"{name}: 暗号化を解除して出力しました")
        Path(out).write_bytes(data)

    def _redacted_bytes(self, reader: Any, pdf_map: PdfMap, removed: dict[int, set[int]], raster: set[int],
                        extracted: Extracted, reps: Sequence[Replacement], name: str) -> bytes:
        from pypdf import PdfWriter

        writer = PdfWriter(clone_from=reader)
        removed_chars: set[str] = set()
        kept_chars: set[str] = set()
        ocr_checks: list[Any] = []
        for pm in pdf_map.pages:
            gone = removed.get(pm.index, set())
            if pm.ocr is not None:  # masked on its image (ocr_pages); checked on its pixels below
                ocr_checks.append(mask_ocr_page(writer, pm, gone, extracted, reps))
                kept_chars.update(pm.raster_text)
                continue
            if pm.index in raster:
                self._rasterize(writer, pm, gone, extracted)
                continue
            kept_chars.update(pm.raster_text)
            for i, g in enumerate(pm.glyphs):
                (removed_chars if i in gone else kept_chars).update(g.unicode or "")
            if gone:
                redact_page(writer, pm.index, _in_content_order(pm, gone), pm.digests)
        targets = _targets(extracted, reps)
        # characters only in removed spans, and those the fonts hold but no page draws
        unused = (removed_chars | pdf_map.font_chars) - kept_chars
        _scrub(writer, targets, unused, kept_chars, extracted, name)
        buf = io.BytesIO()
        writer.write(buf)
        data = buf.getvalue()
        leaks = _leaks(data, extracted, reps, targets, name)
        if leaks:
            raise UnsafeOutput(f"{name}: 出力にまだ秘匿した値が残っています（{'、'.join(leaks[:5])}）")
        if ocr_checks:
            check_ocr_output(data, ocr_checks, reader, name)
        return data

    def _rasterize(self, writer: Any, pm: PageMap, gone: set[int], extracted: Extracted) -> None:
        if pm.raster_quads is not None:
            quads = [pm.raster_quads[i] for i in sorted(gone) if pm.raster_quads[i]]
        else:
            quads = box_quads(_in_content_order(pm, gone))
        rasterize_page(writer, pm.index, quads)
        extracted.info.setdefault("notes", []).append(
            f"page {pm.index + 1}: 画像に置き換えて黒塗りしました（このページのテキスト層はなくなりました）")

    # -- verify -----------------------------------------------------------------
    def reader_view(self, path: Path, *, password: str | None = None) -> str:
        with pdf_limits(Path(path).name):
            reader = open_reader(Path(path), password)
            return reader_text(reader, Path(path).name)


def reader_text(reader: Any, name: str) -> str:
    """Page text as pypdf extracts it, then metadata, XMP, outlines, annotations."""
    from pypdf.errors import LimitReachedError

    chunks: list[str] = []
    try:
        for page in reader.pages:
            chunks.append(page.extract_text() or "")
        chunks += [text for _, text in metadata_pieces(reader)]
    except LimitReachedError:
        raise
    except Exception as exc:
        raise DocumentError(f"{name}: PDF のテキストを取り出せません（{type(exc).__name__}）") from exc
    return "\n\n".join(chunks)


def _covered(page: Any, number: int, glyphs: PageGlyphs, text: PageText, start: int,
             notes: list[str]) -> list[Any]:
    """Text under a box drawn over it; a page where that cannot be told is
    named in the notes (never silently passed)."""
    try:
        found = covered_text(page, number, glyphs.glyphs, text.char_glyphs, text.text, start,
                             glyphs.operations or None)
    except Exception:
        notes.append(f"page {number}: 文字の上に描かれた図形を確認できませんでした（覆われた文字の検出なし）")
        return []
    if found:  # said: the output will differ from what the page seemed to show
        notes.append(f"page {number}: 図形で覆われているだけの文字が {len(found)}箇所あります（テキストとしては"
                     "残っているため MASK として扱います。redactor check で確認できます）")
    return found


def _removed_glyphs(pdf_map: PdfMap, reps: Sequence[Replacement]) -> dict[int, set[int]]:
    """Per page index, the glyphs under the replaced spans."""
    removed: dict[int, set[int]] = {}
    for r in reps:
        for pm in pdf_map.pages:
            if pm.start < 0:
                continue
            a, b = max(r.start, pm.start), min(r.end, pm.start + len(pm.char_glyphs))
            for offset in range(a, b):
                removed.setdefault(pm.index, set()).update(pm.char_glyphs[offset - pm.start])
    return {k: v for k, v in removed.items() if v}


def _in_content_order(pm: PageMap, indexes: set[int]) -> list[Glyph]:
    """Glyphs in the order the content draws them: runs next to each other
    become one box, and each operator is rewritten once."""
    glyphs = [pm.glyphs[i] for i in indexes]
    return sorted(glyphs, key=lambda g: (g.path, g.op, g.element, g.start))


def _removal_refusal(pm: PageMap, gone: set[int]) -> str | None:
    """Why these glyphs cannot be cut out of this page, if they cannot."""
    glyphs = [pm.glyphs[i] for i in gone]
    if any(g.mode >= 4 for g in glyphs):
        return "クリップに使われている文字（描画モード 4〜7）は取り除けません"
    if any(g.advance is None for g in glyphs):
        return "フォントサイズ 0 の文字は取り除けません"
    if pm.image_fraction > 0 and any(g.mode in _INVISIBLE for g in glyphs):
        # OCR text over a picture: the picture still shows what the text said
        return "画像の上の見えない文字（OCR）は取り除いても画像に残ります"
    return None


def _targets(extracted: Extracted, reps: Sequence[Replacement]) -> list[str]:
    """The masked values, as strings to look for in metadata and raw objects."""
    out: list[str] = []
    for r in reps:
        value = extracted.text[r.start:r.end].strip()
        for v in (value, "".join(value.split())):
            if v and v not in out:
                out.append(v)
    return out


def _scrub(writer: Any, targets: list[str], removed_chars: set[str], kept_chars: set[str],
           extracted: Extracted, name: str) -> None:
    """Metadata, annotations, outlines, ActualText, font subsets, orphans: the
    cleanup steps of ``redactor.documents.pdf``."""
    extracted.info["pdf_scrub_actions"] = scrub_document(writer, targets)
    problems = prune_fonts(writer, removed_chars, kept_chars)
    if problems:
        raise UnsafeOutput(f"{name}: 黒塗りした文字をフォントから消せません: {'、'.join(problems[:3])}")
    remove_orphans(writer)


def _leaks(data: bytes, extracted: Extracted, reps: Sequence[Replacement], targets: list[str],
           name: str) -> list[str]:
    """Where a masked value can still be read in ``data`` (places, never values).

    The reader's view (``reader_text``) is compared with the masked text: a
    value also visible there (kept elsewhere on purpose) is only a leak
    when found more often. Values visible nowhere in the masked text are
    then looked for everywhere in the file (``leak_scan``).
    """
    from pypdf import PdfReader

    view = leak_key(reader_text(PdfReader(io.BytesIO(data), strict=False), name))
    masked = leak_key(apply_replacements(extracted.text, reps))
    found: list[str] = []
    for r in reps:
        key = leak_key(extracted.text[r.start:r.end])
        if key and count_occurrences(key, view) > count_occurrences(key, masked):
            found.append(extracted.locate(r.start))
    hidden = [t for t in targets if leak_key(t) and leak_key(t) not in masked]
    return found + leak_scan(data, hidden)


def _unreadable_reasons(glyphs: PageGlyphs, text: PageText) -> list[str]:
    """Why a page cannot be checked: no text layer, or text that does not decode."""
    if not glyphs.glyphs:
        if glyphs.image_fraction > 0:
            return ["文字のない画像だけのページです（スキャン。--ocr を付けると OCR で読み、画像の上で黒塗りします）"]
        return []
    reasons = list(glyphs.problems)
    if glyphs.image_fraction >= _SCAN_FRACTION and all(g.mode in _INVISIBLE for g in glyphs.glyphs):
        reasons.append("スキャン画像の上の見えない文字（OCR）だけのページです（画像の中身は確認できません）")
    return reasons
