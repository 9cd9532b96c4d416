"""OCR of scanned PDF pages (``--ocr``): Tesseract with the Japanese models.

A page that is only an image (a scanned, stamped bill) has no text to
check. With ``--ocr`` it is rendered with PDFium, deskewed, checked for
resolution, and read by Tesseract. The result is the page's text with one
pixel box and one confidence per character, so that the recognizers and
the policy run on it exactly as on a text page, and every MASK finding can
be painted out on the image over its characters' boxes (``ocr_paint``).

Tesseract is called as a program, not through ``pytesseract``: we need
hOCR with per-character boxes and confidences (``hocr_char_boxes``), which
pytesseract only passes through as a config string anyway, and one
subprocess call with a timeout is easier to make fail closed than a wrapper
that returns partial data.

OCR is never exact. What this module cannot vouch for is said: a page read
by OCR always carries a note, characters read with low confidence next to
a personal field are returned as uncertain spans (masked with their
neighbours), and ink that OCR read nothing from is reported as unread.
"""
from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

OCR_DPI = 300                 # Tesseract reads small Japanese print best at 300 dpi
OCR_SCALE = OCR_DPI / 72
MIN_SOURCE_DPI = 100          # below this a scan is not read (characters are a few pixels)
LOW_SOURCE_DPI = 150          # below this the page gets a note
UNCERTAIN_CONF = 80.0         # per-character confidence (0-100) below which a character is uncertain
MAX_SKEW = 5.0                # degrees searched by the deskew
OCR_TIMEOUT = 120             # seconds per Tesseract call
PAGE_NOTE = "OCR で読んだページ: 見落としの可能性あり"

Box = tuple[int, int, int, int]   # x0, y0, x1, y1 in pixels of OcrPage.image (y down)


from redactor.errors import OcrUnavailable  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


@dataclass
class OcrPage:
    """One page read by OCR.

    ``text`` is what the recognizers see; ``boxes[i]`` and ``conf[i]`` belong
    to ``text[i]`` (``None`` and 100 for the line breaks and spaces this
    module inserted). ``image`` is the deskewed rendering the boxes refer to:
    it becomes the output page.
    """

    index: int
    text: str
    boxes: list[Box | None]
    conf: list[float]
    image: Any                                # PIL image, mode "L"
    scale: float = OCR_SCALE                  # pixels per PDF point
    skew: float = 0.0                         # degrees the scan was turned back
    vertical: bool = False
    source_dpi: float | None = None
    notes: list[str] = field(default_factory=list)
    unread_ink: list[Box] = field(default_factory=list)   # ink no OCR word covers
    uncertain: list[tuple[int, int, str]] = field(default_factory=list)  # set by ocr_pages (document offsets)
    drawn: list[Box] = field(default_factory=list)        # boxes a reviewer drew (decisions.json regions)

    def image_sha256(self) -> str:
        """SHA-256 of the pixels the boxes refer to: a box drawn on the
        review page is painted only on the very image it was drawn on."""
        import hashlib

        return hashlib.sha256(b"%dx%d:" % self.image.size + self.image.tobytes()).hexdigest()


# -- availability -----------------------------------------------------------------

@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    exe = tesseract_path()
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in (out.stdout + out.stderr).splitlines()[1:] if line.strip())


def tesseract_path() -> str | None:
    return os.environ.get("REDACTOR_TESSERACT") or shutil.which("tesseract")


def missing() -> str | None:
    """What is missing for ``--ocr`` (one line with the install command), or None."""
    if tesseract_path() is None:
        return ("Tesseract がありません（Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-jpn "
                "tesseract-ocr-jpn-vert。Windows: README の「OCR」）")
    if "jpn" not in _languages():
        return "Tesseract の日本語モデル（jpn）がありません（apt-get install tesseract-ocr-jpn tesseract-ocr-jpn-vert）"
    return None


def available() -> bool:
    return missing() is None


# -- reading one page --------------------------------------------------------------

def read_page(data: bytes, password: str | None, index: int) -> OcrPage:
    """Render page ``index`` of the PDF ``data``, deskew it and read it.

    Raises ``OcrUnavailable`` without Tesseract; ``ValueError`` (one line)
    for a page that cannot be read honestly (resolution too low, nothing
    read from a page with ink on it).
    """
    problem = missing()
    if problem:
        raise OcrUnavailable(problem)
    image, dpi = render_page(data, password, index)
    notes: list[str] = []
    if dpi is not None and dpi < MIN_SOURCE_DPI:
        raise ValueError(f"スキャンの解像度が低すぎて OCR で読めません（約{dpi:.0f} dpi。{LOW_SOURCE_DPI} dpi 以上で"
                         "スキャンし直してください）")
    if dpi is not None and dpi < LOW_SOURCE_DPI:
        notes.append(f"スキャンの解像度が低めです（約{dpi:.0f} dpi）: 読み誤りが増えます")
    image = despeckle(image)
    skew = estimate_skew(image)
    if abs(skew) >= 0.1:
        image = deskewed(data, password, index, image, skew)
    page = _best_reading(image, index)
    page.skew, page.source_dpi = skew, dpi
    page.notes = notes + page.notes
    page.unread_ink = unread_ink(page.image, [b for b in page.boxes if b is not None])
    if not page.text.strip() and ink_fraction(page.image) > 0.002:
        raise ValueError("OCR で文字を読めませんでした（画像に何か書かれていますが確認できません）")
    return page


def despeckle(image: Any) -> Any:
    """Scanner specks removed (a 3-pixel median): Tesseract reads each
    speck as a dot or a dash and joins distant text into one line through them."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3))


def _bicubic() -> Any:
    from PIL import Image

    return Image.Resampling.BICUBIC


def render_page(data: bytes, password: str | None, index: int, turn: float = 0.0) -> tuple[Any, float | None]:
    """The page as a grey image at ``OCR_DPI``, and the resolution of the
    largest image on it (None when it has no image); ``turn``: degrees
    counter-clockwise about the page's centre (as PIL's ``rotate``), the
    corners left white."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(data, password=password)
    try:
        page = doc[index]
        dpi: float | None = None
        best = 0.0
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
            try:
                left, bottom, right, top = obj.get_bounds()
                px_w, px_h = obj.get_px_size()
            except Exception:
                continue
            area = (right - left) * (top - bottom)
            if area > best and right > left and top > bottom:
                best = area
                dpi = min(px_w / ((right - left) / 72), px_h / ((top - bottom) / 72))
        if turn:
            image = _render_turned(page, turn)
        else:
            bitmap = page.render(scale=OCR_SCALE, grayscale=True, draw_annots=False)
            image = bitmap.to_pil().convert("L")
    finally:
        doc.close()
    return image, dpi


def deskewed(data: bytes, password: str | None, index: int, straight: Any, skew: float) -> Any:
    """The page turned by ``skew`` degrees, rendered turned by PDFium from
    the scan itself: one resampling of the scan's pixels instead of two (a
    rendering at 300 dpi, then a turn of that), which keeps the thin
    strokes of small kanji dark enough for Tesseract (蓮 read as 達 after a
    double resampling). If PDFium's turned page is not level (a page
    geometry this does not foresee) the rendering is turned instead."""
    try:
        turned = despeckle(render_page(data, password, index, turn=skew)[0])
        if turned.size == straight.size and abs(estimate_skew(turned)) <= 0.2:
            return turned
    except Exception:  # an older PDFium without the matrix call: the plain turn below
        pass
    return straight.rotate(skew, resample=_bicubic(), fillcolor=255, expand=False)


def _render_turned(page: Any, turn: float) -> Any:
    """PDFium's rendering of ``page`` through a turn matrix (no annotations,
    as ``render_page``); the bitmap has the size of the plain rendering."""
    import math

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    w, h = math.ceil(width * OCR_SCALE), math.ceil(height * OCR_SCALE)   # as page.render sizes it
    bitmap = pdfium.PdfBitmap.new_native(w, h, pdfium_c.FPDFBitmap_Gray)
    pdfium_c.FPDFBitmap_FillRect(bitmap, 0, 0, w, h, 0xFFFFFFFF)
    t = math.radians(turn)
    a, b = OCR_SCALE * math.cos(t), -OCR_SCALE * math.sin(t)
    c, d = OCR_SCALE * math.sin(t), OCR_SCALE * math.cos(t)
    e, f = w / 2 - (a * width / 2 + c * height / 2), h / 2 - (b * width / 2 + d * height / 2)
    pdfium_c.FPDF_RenderPageBitmapWithMatrix(bitmap, page, pdfium_c.FS_MATRIX(a, b, c, d, e, f),
                                             pdfium_c.FS_RECTF(0, 0, w, h), 0)
    return bitmap.to_pil().convert("L")


def estimate_skew(image: Any) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines
    level: the one whose row profile of ink is the most peaked (lines of
    text and the gaps between them), searched on a small copy."""
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((800, 800))
    ink = Image.eval(small, lambda v: 255 if v < 160 else 0)
    if np.asarray(ink).mean() < 0.5:     # blank page: nothing to level
        return 0.0

    def score(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0), dtype=np.float64).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max((a / 10 for a in range(int(-MAX_SKEW * 10), int(MAX_SKEW * 10) + 1, 5)), key=score)
    fine = [best + d / 10 for d in range(-4, 5)]
    finest = max(fine, key=score)
    return round(finest, 2)


def _best_reading(image: Any, index: int) -> OcrPage:
    """Horizontal reading (``jpn``, one block of lines); when that reads
    poorly: the vertical model, the page turned upside down, and the turn
    Tesseract's orientation detection proposes (a page fed sideways) are
    read too, and the reading with the most confident characters wins.
    The winner's image (turned upright) becomes the output page."""
    page = build_page(index, image, run_tesseract(image, "jpn", psm=6), vertical=False)
    if not _weak(page):
        return page
    from PIL import Image

    candidates = [(page, "")]
    if "jpn_vert" in _languages():
        candidates.append((build_page(index, image, run_tesseract(image, "jpn_vert", psm=5), vertical=True),
                           "縦書きとして読みました"))
    turns = {180: Image.Transpose.ROTATE_180, 90: Image.Transpose.ROTATE_270, 270: Image.Transpose.ROTATE_90}
    for turn in dict.fromkeys((180, _osd_rotation(image))):
        if turn in turns:
            turned = image.transpose(turns[turn])
            candidates.append((build_page(index, turned, run_tesseract(turned, "jpn", psm=6), vertical=False),
                               f"ページを {turn}° 回して読みました"))
    best, note = max(candidates, key=lambda c: _strength(c[0]))
    if note:
        best.notes.append(note)
    return best


def _osd_rotation(image: Any) -> int:
    """The clockwise turn (0, 90, 180, 270) Tesseract's orientation
    detection proposes; 0 when it cannot tell (no osd model, too little text)."""
    exe = tesseract_path()
    if exe is None or "osd" not in _languages():
        return 0
    with tempfile.TemporaryDirectory(prefix="redactor-ocr-") as tmp:
        src = Path(tmp) / "page.png"
        image.save(src)
        try:
            done = subprocess.run([exe, str(src), "stdout", "--psm", "0", "--dpi", str(OCR_DPI)],
                                  capture_output=True, text=True, timeout=OCR_TIMEOUT,
                                  env={**os.environ, "OMP_THREAD_LIMIT": "1"})
        except (OSError, subprocess.SubprocessError):
            return 0
    m = re.search(r"Rotate: (\d+)", done.stdout)
    c = re.search(r"Orientation confidence: ([\d.]+)", done.stdout)
    return int(m[1]) if m and c and float(c[1]) >= 2.0 else 0


def _strength(page: OcrPage) -> float:
    """How much a reading read for sure: characters of high confidence
    (a wrong turn of the page reads plenty of characters, all doubtful)."""
    return sum(1 for c, b in zip(page.conf, page.boxes) if b is not None and c >= 85)


def _weak(page: OcrPage) -> bool:
    read = [c for c, b in zip(page.conf, page.boxes) if b is not None]
    gaps = sum(1 for ch, b in zip(page.text, page.boxes) if b is None and ch != "\n")
    # columns read across: single characters with wide gaps between them
    return not read or sum(read) / len(read) < 90 or _tall_lines(page) or gaps > 0.25 * len(read)


def _tall_lines(page: OcrPage) -> bool:
    """Ink laid out in columns (most boxes taller than wide by far) hints at vertical writing."""
    boxes = [b for b in page.boxes if b is not None]
    return bool(boxes) and sum(1 for b in boxes if (b[3] - b[1]) > 2.5 * (b[2] - b[0])) > 0.5 * len(boxes)


@dataclass
class Word:
    chars: list[tuple[str, Box, float]]
    line: tuple[int, ...]          # block, paragraph, line ids: words of one line share it
    box: Box


_SPAN = re.compile(r"<span class=['\"](ocr_line|ocr_textfloat|ocr_header|ocr_caption|ocrx_word|ocrx_cinfo)['\"]"
                   r"[^>]*?title=['\"]([^'\"]*)['\"][^>]*>([^<]*)")


def run_tesseract(image: Any, lang: str, psm: int) -> list[Word]:
    """Tesseract's words with per-character boxes and confidences (hOCR)."""
    exe = tesseract_path()
    if exe is None:
        raise OcrUnavailable(missing() or "Tesseract がありません")
    with tempfile.TemporaryDirectory(prefix="redactor-ocr-") as tmp:
        src = Path(tmp) / "page.png"
        image.save(src)
        env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
        try:
            done = subprocess.run([exe, str(src), str(Path(tmp) / "out"), "-l", lang, "--psm", str(psm),
                                   "--dpi", str(OCR_DPI), "-c", "hocr_char_boxes=1", "hocr"],
                                  capture_output=True, timeout=OCR_TIMEOUT, env=env)
        except subprocess.TimeoutExpired as exc:
            raise ValueError(f"OCR が {OCR_TIMEOUT}秒で終わりませんでした") from exc
        out = Path(tmp) / "out.hocr"
        if done.returncode != 0 or not out.exists():
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise ValueError(f"OCR に失敗しました（tesseract: {detail[0][:120]}）")
        return parse_hocr(out.read_text(encoding="utf-8"))


def _bbox(title: str, key: str = "bbox") -> Box | None:
    m = re.search(rf"{key} (-?\d+) (-?\d+) (-?\d+) (-?\d+)", title)
    return (int(m[1]), int(m[2]), int(m[3]), int(m[4])) if m else None


def parse_hocr(text: str) -> list[Word]:
    """Words of an hOCR page in reading order, each with its characters."""
    words: list[Word] = []
    line_no = 0
    current: Word | None = None
    for kind, title, content in _SPAN.findall(text):
        if kind in ("ocr_line", "ocr_textfloat", "ocr_header", "ocr_caption"):
            line_no += 1
            current = None
        elif kind == "ocrx_word":
            box = _bbox(title)
            if box is None:
                continue
            current = Word([], (line_no,), box)
            words.append(current)
        elif kind == "ocrx_cinfo" and current is not None:
            ch = html.unescape(content)
            box = _bbox(title, "x_bboxes")
            m = re.search(r"x_conf ([\d.]+)", title)
            if not ch or box is None:
                continue
            current.chars.append((ch, box, float(m[1]) if m else 0.0))
    return [w for w in words if w.chars and "".join(c for c, _, _ in w.chars).strip()]


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def build_page(index: int, image: Any, words: Sequence[Word], *, vertical: bool) -> OcrPage:
    """The page text from Tesseract's words: lines end in ``\\n``; a gap
    wider than a character between two words becomes a space (full-width
    between Japanese characters), as the layout had it (氏名　宮坂…). A
    line the layout wrapped (it reaches the right edge of the text and the
    next one starts at the left edge) runs on without a break, as the PDF
    reader joins its wraps: a plate number or an address cut by the margin
    (…12-⏎58) is one value again."""
    text: list[str] = []
    boxes: list[Box | None] = []
    conf: list[float] = []
    runs_on = _wrapped_lines(words) if not vertical else set()
    lines: list[list[Word]] = []
    for w in words:
        if lines and lines[-1][0].line == w.line:
            lines[-1].append(w)
        else:
            lines.append([w])
    for n, line in enumerate(lines):
        chars = [c for w in line for c in _char_boxes(w, vertical)]
        size = _line_size(chars, vertical)
        chars = _repair_specks(chars, size, vertical)
        for k, (ch, box, c) in enumerate(chars):
            gap = _box_gap(chars[k - 1][1], box, vertical) if k else 0
            if gap > 0.75 * size and (gap > 2 * size or not (_number_part(chars[k - 1][0]) and _number_part(ch))):
                # 07 0-4919: boxes apart, not a gap; a speck read as 3 far after a number stays apart
                wide = _wide(chars[k - 1][0]) or _wide(ch)
                text.append("\u3000" if wide else " "); boxes.append(None); conf.append(100.0)
            for sub in unicodedata.normalize("NFC", ch):
                text.append(sub); boxes.append(box); conf.append(c)
        if n + 1 < len(lines) and line[0].line not in runs_on:
            text.append("\n"); boxes.append(None); conf.append(100.0)
    text, boxes, conf = _one_dash(list(fold_confusables("".join(text))), boxes, conf)
    return OcrPage(index, "".join(text), boxes, conf, image, vertical=vertical)


def _one_dash(text: list[str], boxes: list[Box | None], conf: list[float]) -> tuple[list[str], list, list]:
    """A dash OCR read twice between digits (－ as -ー: 44-ー2790) becomes one,
    its box the union of both (the map from characters to boxes stays whole)."""
    i = 1
    while i + 1 < len(text):
        if text[i] in _DASHES and text[i - 1] == "-" and _ascii_digit(text[i + 1]) \
                and i >= 2 and _ascii_digit(text[i - 2]) and boxes[i] is not None and boxes[i - 1] is not None:
            a, b = boxes[i - 1], boxes[i]
            assert a is not None and b is not None  # (checked above)
            boxes[i - 1] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
            conf[i - 1] = min(conf[i - 1], conf[i])
            del text[i], boxes[i], conf[i]
            continue
        i += 1
    return text, boxes, conf


def _number_part(ch: str) -> bool:
    return unicodedata.normalize("NFKC", ch) in set("0123456789-‐‑−ー一")


def _line_size(chars: Sequence[tuple[str, Box, float]], vertical: bool) -> float:
    """The line's character size across the line (a high percentile:
    punctuation and small kana are smaller)."""
    sizes = sorted((b[2] - b[0]) if vertical else (b[3] - b[1]) for _, b, _ in chars) or [1]
    return float(max(1, sizes[min(len(sizes) - 1, int(len(sizes) * 0.75))]))


def _box_gap(a: Box, b: Box, vertical: bool) -> int:
    return b[1] - a[3] if vertical else b[0] - a[2]


def _repair_specks(chars: list[tuple[str, Box, float]], size: float,
                   vertical: bool) -> list[tuple[str, Box, float]]:
    """A full-width character Tesseract boxed as a speck or a sliver (10
    pixels along the line where its characters are 40: seen for 歳 and 性
    after a digit, 番 after 8 whose box took half of it) gets the space
    between its neighbours, the line's height, at most a character and a
    half in all: the paint must reach the character, not the sliver.""" 
    if not chars:
        return chars
    lo = min(b[0 if vertical else 1] for _, b, _ in chars)
    hi = max(b[2 if vertical else 3] for _, b, _ in chars)
    out = list(chars)
    for k, (ch, b, c) in enumerate(chars):
        a0, a1 = (1, 3) if vertical else (0, 2)
        if not _wide(ch) or b[a1] - b[a0] >= 0.6 * size:
            continue
        centre = (b[a0] + b[a1]) / 2
        start = out[k - 1][1][a1] if k else int(centre - size)
        end = chars[k + 1][1][a0] if k + 1 < len(chars) else int(centre + size)
        start, end = max(start, int(centre - 0.75 * size)), min(end, int(centre + 0.75 * size))
        if end <= start:
            start, end = int(centre - size / 2), int(centre + size / 2)
        out[k] = (ch, (lo, start, hi, end) if vertical else (start, lo, end, hi), c)
    return out


# What OCR cannot tell apart between two digits: a dash read as 一 or ー
# (０２４０－４４ read 0240一44ー), a zero read as O, a one as l or I. Between
# digits no word means the letter, so the number is given back its shape
# (one character for one: the boxes stay aligned).
_DASHES = "-一ー－—―‐‑−ｰ～〜"
_BETWEEN_DIGITS = {**{c: "-" for c in _DASHES}, "O": "0", "o": "0", "〇": "0", "l": "1", "I": "1", "|": "1"}


# A lone katakana character beside a kanji is the kanji OCR took for its
# look-alike (森田昭ニ for 昭二, 人ロ for 人口, エ藤 for 工藤; ー between two kanji,
# 第ー回 for 第一回):
# no katakana word is one character long beside kanji, except the counter
# カ (3カ月, never folded) and the item marks イロハニ of a law after 号, 項
# or 条 (第2号ロ, left alone). A katakana word
# does not end in a small ッ (ミッ for ミツ) except a cry (アッ), which a
# municipal document does not print; and の between the two halves of an
# e-mail address is an @ OCR read as a hiragana.
_KANA_AS_KANJI = {"ニ": "二", "ロ": "口", "エ": "工", "ハ": "八", "タ": "夕", "ー": "一"}
_ITEM_MARK_AFTER = "号項条"
_EMAIL_AT = "の©"
_EMAIL_LOCAL = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def fold_confusables(text: str) -> str:
    """Characters OCR confuses given back their shape where the context
    allows one reading only (one character for one: the boxes stay aligned)."""
    chars = list(text)
    for i in range(1, len(chars) - 1):
        ch = chars[i]
        if ch in _BETWEEN_DIGITS and _ascii_digit(chars[i - 1]) and _ascii_digit(chars[i + 1]):
            chars[i] = _BETWEEN_DIGITS[ch]
    for i, ch in enumerate(chars):
        before = chars[i - 1] if i else ""
        after = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _KANA_AS_KANJI and not (_katakana(before) or _katakana(after)) \
                and ((_kanji(before) and _kanji(after)) if ch == "ー" else (_kanji(before) or _kanji(after))) \
                and (not before or before not in _ITEM_MARK_AFTER):   # ー after a hiragana is a long vowel
            chars[i] = _KANA_AS_KANJI[ch]
        elif ch == "ッ" and _katakana(before) and before != "ッ" and not _katakana(after):
            chars[i] = "ツ"
        elif ch in _EMAIL_AT and before in _EMAIL_LOCAL and before and _EMAIL_DOMAIN.match(text, i + 1):
            chars[i] = "@"
    return "".join(chars)


def _katakana(ch: str) -> bool:
    return bool(ch) and ("\u30a0" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9f")


def _kanji(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "々")


def _ascii_digit(ch: str) -> bool:
    return unicodedata.normalize("NFKC", ch) in set("0123456789")


def _char_boxes(w: Word, vertical: bool) -> list[tuple[str, Box, float]]:
    """The word's characters with their boxes; when Tesseract's character
    boxes are unusable (the vertical model gives empty ones at the page's
    edge) or outside the word, the word's box is split evenly along the
    line: approximate, but on the word, where the paint must go."""
    x0, y0, x1, y1 = w.box
    slack = max(x1 - x0, y1 - y0) // 4 + 2

    def fits(b: Box) -> bool:
        return (b[2] > b[0] and b[3] > b[1] and b[0] >= x0 - slack and b[2] <= x1 + slack
                and b[1] >= y0 - slack and b[3] <= y1 + slack)

    if all(fits(b) for _, b, _ in w.chars):
        return w.chars
    n = len(w.chars)
    out = []
    for k, (ch, _, c) in enumerate(w.chars):
        if vertical:
            out.append((ch, (x0, y0 + (y1 - y0) * k // n, x1, y0 + (y1 - y0) * (k + 1) // n), c))
        else:
            out.append((ch, (x0 + (x1 - x0) * k // n, y0, x0 + (x1 - x0) * (k + 1) // n, y1), c))
    return out


def _wrapped_lines(words: Sequence[Word]) -> set[tuple[int, ...]]:
    """Lines (ids) that the layout wrapped into the next one."""
    lines: dict[tuple[int, ...], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    order = list(lines)
    if len(order) < 2:
        return set()
    first = {k: min(w.box[0] for w in v) for k, v in lines.items()}
    last = {k: max(w.box[2] for w in v) for k, v in lines.items()}
    height = sorted(w.box[3] - w.box[1] for w in words)[len(words) // 2]
    # a speck read at the page's edge is no margin: the second widest end, a low quartile of starts
    ends, starts = sorted(last.values()), sorted(first.values())
    right, left = ends[-2 if len(ends) >= 4 else -1], starts[len(starts) // 4]
    return {a for a, b in zip(order, order[1:])
            if last[a] >= right - 2.5 * height and first[b] <= left + 0.5 * height}


# -- what OCR may have got wrong -----------------------------------------------------

@lru_cache(maxsize=1)
def _field_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("redactor.data").joinpath("ocr_fields.toml").read_text(encoding="utf-8"))
    return tuple(data["fields"]), tuple(data["address_units"]), tuple(data["lot_marks"])


def _is_digit(ch: str) -> bool:
    return unicodedata.normalize("NFKC", ch).isdigit() or ch in "〇一二三四五六七八九十"


def uncertain_spans(page: OcrPage, threshold: float = UNCERTAIN_CONF) -> list[tuple[int, int, str]]:
    """Stretches ``(start, end, why)`` of ``page.text`` to mask because OCR
    was unsure: a character below ``threshold`` on a line with a personal
    field (氏名, 電話…), on an address line (a unit and a number), or next to
    a digit, together with its neighbours on the line (a misread character
    splits a name or a number so that no recognizer sees it whole)."""
    fields, units, lots = _field_words()
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in page.text.split("\n"):
        has_field = any(f in line for f in fields)
        address = any(u in line for u in units) and any(
            _is_digit(line[k - 1]) for lot in lots for k in _find_all(line, lot) if k > 0)
        for k, ch in enumerate(line):
            i = pos + k
            if page.boxes[i] is None or page.conf[i] >= threshold or ch.isspace():
                continue
            near_digit = any(_is_digit(line[j]) for j in (k - 1, k + 1) if 0 <= j < len(line))
            if not (has_field or address or near_digit or _is_digit(ch)):
                continue
            why = ("氏名・連絡先などの欄" if has_field else "住所の行" if address else "数字の並び")
            a, b = max(0, k - 1), min(len(line), k + 2)
            while a < k and line[a].isspace():
                a += 1
            while b > k + 1 and line[b - 1].isspace():
                b -= 1
            out.append((pos + a, pos + b, f"OCR の確信度が低い文字（{why}）: 前後の文字と一緒に黒塗り"))
        pos += len(line) + 1
    return _merge(out)


def _find_all(text: str, word: str) -> list[int]:
    out, k = [], text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for a, b, why in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), merged[-1][2])
        else:
            merged.append((a, b, why))
    return merged


def ink_fraction(image: Any) -> float:
    import numpy as np

    return float((np.asarray(image) < 128).mean())


def unread_ink(image: Any, boxes: Sequence[Box], margin: int = 6) -> list[Box]:
    """Clusters of ink (dark pixels) that no OCR box covers: text OCR
    skipped (a faint line, a handwritten note, a seal). Found on a coarse
    grid; a cluster smaller than a small character is ignored as noise."""
    import numpy as np

    cell = 16
    ink = np.asarray(image) < 128
    h, w = ink.shape
    gh, gw = h // cell, w // cell
    grid = ink[:gh * cell, :gw * cell].reshape(gh, cell, gw, cell).sum(axis=(1, 3)) >= cell  # >=1/16 dark
    covered = np.zeros_like(grid)
    for x0, y0, x1, y1 in boxes:
        covered[max(0, (y0 - margin) // cell):(y1 + margin) // cell + 1,
                max(0, (x0 - margin) // cell):(x1 + margin) // cell + 1] = True
    left = grid & ~covered
    border = max(1, int(0.03 * min(gh, gw)))   # scanner edges and punch holes are no text
    left[:border, :] = left[-border:, :] = False
    left[:, :border] = left[:, -border:] = False
    return [b for b in _clusters(left, cell) if (b[2] - b[0]) >= 2 * cell and (b[3] - b[1]) >= 2 * cell]


def _clusters(grid: Any, cell: int) -> list[Box]:
    """Bounding boxes (pixels) of 8-connected cells set in ``grid``."""
    seen = set()
    out: list[Box] = []
    ys, xs = grid.nonzero()
    cells = set(zip(ys.tolist(), xs.tolist()))
    for start in cells:
        if start in seen:
            continue
        stack, members = [start], []
        seen.add(start)
        while stack:
            y, x = stack.pop()
            members.append((y, x))
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    n = (y + dy, x + dx)
                    if n in cells and n not in seen:
                        seen.add(n)
                        stack.append(n)
        ys_, xs_ = [m[0] for m in members], [m[1] for m in members]
        out.append((min(xs_) * cell, min(ys_) * cell, (max(xs_) + 1) * cell, (max(ys_) + 1) * cell))
    return out
