"""Everything besides the page text where a masked value survives in a PDF,
and the check that none does.

Removing glyphs from the content streams (``pdf_redact``) is not enough.
A feasibility study found the masked names, after the page text was
clean, in: document information and XMP, outline titles,
annotation notes, /ActualText, /Alt and /E entries (pdftotext prints
them), objects the writer keeps although nothing references them any more,
earlier incremental revisions, and the embedded font subsets (their
ToUnicode maps and glyph outlines are an unordered bag of the masked
surnames' kanji). The writer of a redacted PDF runs, in this order::

    actions = scrub_document(writer, targets)
    problems = prune_fonts(writer, removed_chars, kept_chars)
    remove_orphans(writer)
    writer.write(buffer)
    problems += leak_scan(buffer.getvalue(), targets, password)

and refuses the output when any problem is left (fail closed).

Matching is on NFKC text with the project's character folds and without
whitespace (``redactor.verify.leak_key``), so ``０９０－１２３４`` matches
``090-1234`` and a name broken across two lines still matches.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from redactor.normalize import normalize
from redactor.verify import leak_key

# Document information entries that name a person: removed outright, since
# they hold a staff member's name whether or not it was detected.
PERSONAL_INFO_KEYS = ("/Author", "/LastModifiedBy", "/Manager")
# Entries of marked content and structure elements that readers print
# instead of (or besides) the glyphs.
REPLACEMENT_TEXT_KEYS = ("/ActualText", "/Alt", "/E")
# Private data of the producing application, associated files and page
# thumbnails (a picture of the unredacted page): never needed to display a
# page, always removed.
PRIVATE_DATA_KEYS = ("/PieceInfo", "/Metadata", "/AF", "/Thumb")
# What a removed annotation loses, in case something (a structure element's
# object reference) still reaches it: its texts, appearance and attachments.
ANNOTATION_CONTENT_KEYS = ("/Contents", "/T", "/RC", "/Subj", "/AP", "/Popup", "/FS", "/Parent", "/IRT")
# Where the replaced parts of a text go when a string entry is masked.
MASK = "■"


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Targets:
    """The masked values, ready for comparison. Messages name a target by
    its 1-based number, never by its value (messages go to logs)."""

    keys: tuple[str, ...]

    @classmethod
    def of(cls, targets: Iterable[str]) -> "Targets":
        return cls(tuple(leak_key(t) for t in targets))

    def found_in(self, text: str) -> list[int]:
        """Numbers (1-based) of the targets that occur in ``text``."""
        if not text:
            return []
        key = leak_key(text)
        return [i for i, k in enumerate(self.keys, start=1) if k and k in key]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Ranges of ``text`` (original offsets) covered by a target, merged."""
        norm = normalize(text)
        chars: list[str] = []
        where: list[int] = []
        for i, ch in enumerate(norm.text):
            if not ch.isspace():
                chars.append(ch)
                where.append(i)
        flat = "".join(chars)
        hits: list[tuple[int, int]] = []
        for key in self.keys:
            if not key:
                continue
            at = flat.find(key)
            while at >= 0:
                start, _ = norm.to_original(where[at], where[at] + 1)
                _, end = norm.to_original(where[at + len(key) - 1], where[at + len(key) - 1] + 1)
                hits.append((start, end))
                at = flat.find(key, at + 1)
        merged: list[tuple[int, int]] = []
        for s, e in sorted(hits):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def mask(self, text: str, mask: str = MASK) -> str:
        """``text`` with every target occurrence replaced by ``mask``."""
        out, pos = [], 0
        for s, e in self.spans(text):
            out += [text[pos:s], mask]
            pos = e
        return "".join(out) + text[pos:]


def _as_targets(targets: Iterable[str] | Targets) -> Targets:
    return targets if isinstance(targets, Targets) else Targets.of(targets)


# --------------------------------------------------------------------------
# PDF strings and streams as text
# --------------------------------------------------------------------------

def pdf_string_text(obj: PdfObject) -> str:
    """The text of a PDF string object as a reader would show it."""
    if isinstance(obj, TextStringObject):
        return str(obj)
    if isinstance(obj, ByteStringObject):
        return _bytes_text(bytes(obj))
    return str(obj)


def _bytes_text(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "ignore")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", "ignore")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "ignore")
    return raw.decode("utf-8", "ignore") if _is_utf8(raw) else raw.decode("latin-1")


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_LITERAL = rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)"
_HEX = rb"<[0-9A-Fa-f\s]*>"
_STRING_TOKEN = re.compile(_LITERAL + b"|" + _HEX, re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f",
            b"(": b"(", b")": b")", b"\\": b"\\"}


def _string_token_bytes(token: bytes) -> bytes:
    """The bytes of one PDF string token (``(...)`` or ``<...>``)."""
    if token.startswith(b"<"):
        digits = re.sub(rb"\s", b"", token[1:-1])
        if len(digits) % 2:
            digits += b"0"
        return bytes.fromhex(digits.decode("ascii"))
    body = token[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i:i + 1]
        if c != b"\\":
            out += c
            i += 1
            continue
        nxt = body[i + 1:i + 2]
        if nxt in _ESCAPES:
            out += _ESCAPES[nxt]
            i += 2
        elif nxt.isdigit():
            m = re.match(rb"[0-7]{1,3}", body[i + 1:i + 4])
            out.append(int(m.group(0), 8) & 0xFF if m else 0)
            i += 1 + (len(m.group(0)) if m else 1)
        elif nxt in (b"\n", b"\r"):
            i += 2 + (body[i + 1:i + 3] == b"\r\n")
        else:
            i += 1
    return bytes(out)


def stream_string_texts(data: bytes) -> Iterator[str]:
    """The text of every string token in a stream (content streams, CMaps,
    scripts): BDC property lists carry /ActualText this way."""
    for m in _STRING_TOKEN.finditer(data):
        try:
            yield _bytes_text(_string_token_bytes(m.group(0)))
        except ValueError:
            continue


# --------------------------------------------------------------------------
# ToUnicode CMaps
# --------------------------------------------------------------------------

_CODESPACE = re.compile(rb"begincodespacerange(.*?)endcodespacerange", re.S)
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEXTOK = re.compile(rb"<([0-9A-Fa-f\s]*)>|\[|\]")


def _hexval(tok: bytes) -> bytes:
    return _string_token_bytes(b"<" + tok + b">")


def parse_tounicode(data: bytes) -> tuple[dict[int, str], int]:
    """``(code -> text, code length in bytes)`` of a ToUnicode CMap; ranges
    are expanded (subset fonts have at most a few thousand codes)."""
    width = 0
    for m in _CODESPACE.finditer(data):
        for tok in re.findall(rb"<([0-9A-Fa-f\s]*)>", m.group(1)):
            width = max(width, len(_hexval(tok)))
    mapping: dict[int, str] = {}
    for m in _BFCHAR.finditer(data):
        toks = re.findall(rb"<([0-9A-Fa-f\s]*)>", m.group(1))
        for src, dst in zip(toks[0::2], toks[1::2]):
            code = _hexval(src)
            width = width or len(code)
            mapping[int.from_bytes(code, "big")] = _hexval(dst).decode("utf-16-be", "ignore")
    for m in _BFRANGE.finditer(data):
        items = [t.group(1) if t.group(1) is not None else t.group(0)
                 for t in _HEXTOK.finditer(m.group(1))]
        i = 0
        while i + 2 < len(items):
            lo_b, hi_b = _hexval(items[i]), _hexval(items[i + 1])
            width = width or len(lo_b)
            lo, hi = int.from_bytes(lo_b, "big"), int.from_bytes(hi_b, "big")
            if items[i + 2] == b"[":
                j = i + 3
                code = lo
                while j < len(items) and items[j] != b"]":
                    mapping[code] = _hexval(items[j]).decode("utf-16-be", "ignore")
                    code += 1
                    j += 1
                i = j + 1
            else:
                dst = bytearray(_hexval(items[i + 2]))
                for code in range(lo, min(hi, lo + 0xFFFF) + 1):
                    mapping[code] = bytes(dst).decode("utf-16-be", "ignore")
                    if dst:
                        n = int.from_bytes(dst[-2:], "big") + 1
                        dst[-2:] = (n & 0xFFFF).to_bytes(2, "big")
                i += 3
    return mapping, width or 2


def tounicode_cmap(mapping: dict[int, str], width: int) -> bytes:
    """A ToUnicode CMap with one bfchar entry per code."""
    digits = width * 2
    out = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
           "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
           "1 begincodespacerange", f"<{'0' * digits}> <{'F' * digits}>", "endcodespacerange"]
    items = sorted(mapping.items())
    for at in range(0, len(items), 100):
        chunk = items[at:at + 100]
        out.append(f"{len(chunk)} beginbfchar")
        out += [f"<{code:0{digits}X}> <{text.encode('utf-16-be').hex().upper()}>"
                for code, text in chunk]
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(out) + "\n").encode("ascii")


# --------------------------------------------------------------------------
# Walking a writer's objects
# --------------------------------------------------------------------------

def _writer_objects(writer: PdfWriter) -> Iterator[PdfObject]:
    for obj in writer._objects:
        if obj is not None:
            yield obj


def _walk(obj: PdfObject, visit: Callable[[DictionaryObject], None]) -> None:
    """Call ``visit`` on ``obj`` and every dictionary nested in it directly
    (indirect objects are visited on their own)."""
    if isinstance(obj, DictionaryObject):
        visit(obj)
        for v in list(obj.values()):
            if not isinstance(v, IndirectObject):
                _walk(v, visit)
    elif isinstance(obj, ArrayObject):
        for v in obj:
            if not isinstance(v, IndirectObject):
                _walk(v, visit)


def _text_values(d: DictionaryObject) -> Iterator[tuple[str, str]]:
    for k, v in d.items():
        if isinstance(v, IndirectObject):
            v = v.get_object()
        if isinstance(v, (TextStringObject, ByteStringObject)):
            yield k, pdf_string_text(v)


# --------------------------------------------------------------------------
# scrub_document
# --------------------------------------------------------------------------

def scrub_marked_content(data: bytes, targets: Iterable[str] | Targets, *,
                         drop_all: bool = False) -> bytes:
    """``data`` (a content stream) without the /ActualText, /Alt and /E
    entries of its marked-content property lists that hold a target (all of
    them with ``drop_all``, for a span that encloses removed glyphs).

    Works on the bytes, so the rest of the stream (glyph strings above all)
    is not re-serialised. The redaction writer calls this on every content
    stream it rewrites; ``scrub_document`` on every page and form."""
    t = _as_targets(targets)
    keys = b"|".join(re.escape(k.encode()) for k in REPLACEMENT_TEXT_KEYS)
    pattern = re.compile(rb"(" + keys + rb")\s*(" + _LITERAL + b"|" + _HEX + rb")(?![A-Za-z])", re.S)

    def repl(m: re.Match) -> bytes:
        if drop_all or t.found_in(_bytes_text(_string_token_bytes(m.group(2)))):
            return b" "
        return m.group(0)
    if not any(k.encode() in data for k in REPLACEMENT_TEXT_KEYS):
        return data
    return pattern.sub(repl, data)


def _content_streams(writer: PdfWriter) -> Iterator[StreamObject]:
    seen: set[int] = set()
    for obj in _writer_objects(writer):
        if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Form":
            if id(obj) not in seen:
                seen.add(id(obj))
                yield obj
    for page in writer.pages:
        contents = page.get("/Contents")
        if contents is None:
            continue
        contents = contents.get_object()
        streams = [c.get_object() for c in contents] if isinstance(contents, ArrayObject) else [contents]
        for s in streams:
            if id(s) not in seen:
                seen.add(id(s))
                yield s


def _set_stream_data(stream: StreamObject, data: bytes) -> None:
    """Replace a stream's decoded data, stored Flate-compressed whatever
    its filters were (predictor parameters would garble the new data)."""
    from pypdf.filters import FlateDecode

    for key in ("/Filter", "/DecodeParms"):
        if key in stream:
            del stream[key]
    if isinstance(stream, DecodedStreamObject):
        stream.set_data(data)             # written as it is: small (CMaps, procedures)
        return
    stream._data = FlateDecode.encode(data)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream.decoded_self = None            # drop pypdf's cache of the old decoded data


def _scrub_info(writer: PdfWriter, t: Targets, actions: list[str]) -> None:
    info = getattr(writer, "_info", None)
    info = info.get_object() if info is not None else None
    if not isinstance(info, DictionaryObject):
        return
    for key in list(info.keys()):
        value = info[key]
        if key in PERSONAL_INFO_KEYS:
            del info[key]
            actions.append(f"文書情報 {key[1:]} を削除")
            continue
        if not isinstance(value, (TextStringObject, ByteStringObject)):
            continue
        text = pdf_string_text(value)
        if t.found_in(text):
            info[NameObject(key)] = TextStringObject(t.mask(text))
            actions.append(f"文書情報 {key[1:]} をマスク")


def _outline_items(first: PdfObject | None) -> Iterator[DictionaryObject]:
    seen: set[int] = set()
    stack = [first]
    while stack:
        ref = stack.pop()
        if ref is None:
            continue
        item = ref.get_object()
        if not isinstance(item, DictionaryObject) or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        stack += [item.get("/Next"), item.get("/First")]


def _scrub_outlines(writer: PdfWriter, t: Targets, actions: list[str]) -> None:
    root = writer._root_object.get("/Outlines")
    if root is None:
        return
    n = 0
    for item in _outline_items(root.get_object().get("/First")):
        title = item.get("/Title")
        if title is not None and t.found_in(pdf_string_text(title.get_object())):
            item[NameObject("/Title")] = TextStringObject(t.mask(pdf_string_text(title.get_object())))
            n += 1
    if n:
        actions.append(f"しおり {n}件の見出しをマスク")


def _scrub_annotations(writer: PdfWriter, t: Targets, actions: list[str]) -> None:
    for number, page in enumerate(writer.pages, start=1):
        annots = page.get("/Annots")
        if annots is None:
            continue
        annots = annots.get_object()
        doomed: set[int] = set()
        for ref in annots:
            a = ref.get_object()
            if a.get("/Subtype") == "/Widget":
                continue          # form fields: masked by _scrub_fields, never deleted
            if a.get("/Subtype") == "/FileAttachment" or any(
                    t.found_in(text) for _, text in _text_values(a)):
                doomed.add(id(a))
        if not doomed:
            continue
        # popups and replies of a removed note go with it
        changed = True
        while changed:
            changed = False
            for ref in annots:
                a = ref.get_object()
                if id(a) in doomed:
                    continue
                for key in ("/Parent", "/IRT"):
                    other = a.get(key)
                    if other is not None and id(other.get_object()) in doomed:
                        doomed.add(id(a))
                        changed = True
        kept = ArrayObject([r for r in annots if id(r.get_object()) not in doomed])
        for ref in annots:
            a = ref.get_object()
            if id(a) in doomed:
                for key in ANNOTATION_CONTENT_KEYS:
                    if key in a:
                        del a[key]
            popup = a.get("/Popup")
            if popup is not None and id(popup.get_object()) in doomed:
                del a[NameObject("/Popup")]
        if kept:
            page[NameObject("/Annots")] = kept
        else:
            del page[NameObject("/Annots")]
        actions.append(f"{number}ページの注釈 {len(annots) - len(kept)}件を削除")


def _fields(first: PdfObject | None) -> Iterator[DictionaryObject]:
    seen: set[int] = set()
    stack = list(first.get_object()) if first is not None else []
    while stack:
        field = stack.pop().get_object()
        if not isinstance(field, DictionaryObject) or id(field) in seen:
            continue
        seen.add(id(field))
        yield field
        stack += list(field.get("/Kids", ArrayObject()).get_object())


def _scrub_fields(writer: PdfWriter, t: Targets, actions: list[str]) -> None:
    """Form fields keep working with their holding values masked; their
    appearance streams (which draw the old value) are dropped and viewers
    told to redraw them."""
    form = writer._root_object.get("/AcroForm")
    if form is None:
        return
    form = form.get_object()
    n = 0
    for field in _fields(form.get("/Fields")):
        hit = False
        for key in ("/V", "/DV", "/T", "/TU", "/TM"):
            v = field.get(key)
            if v is not None and isinstance(v.get_object(), (TextStringObject, ByteStringObject)):
                text = pdf_string_text(v.get_object())
                if t.found_in(text):
                    field[NameObject(key)] = TextStringObject(t.mask(text))
                    hit = True
        if hit:
            n += 1
            for widget in [field] + [k.get_object() for k in field.get("/Kids", ArrayObject()).get_object()]:
                if "/AP" in widget:
                    del widget["/AP"]
    if n:
        form[NameObject("/NeedAppearances")] = BooleanObject(True)
        actions.append(f"フォーム欄 {n}件の値をマスク")


def _scrub_names(writer: PdfWriter, actions: list[str]) -> None:
    root = writer._root_object
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        for key, what in (("/EmbeddedFiles", "添付ファイル"), ("/JavaScript", "JavaScript")):
            if key in names:
                del names[key]
                actions.append(f"{what}を削除")
        if not names:
            del root[NameObject("/Names")]
    action = root.get("/OpenAction")
    if action is not None and isinstance(action.get_object(), DictionaryObject) \
            and action.get_object().get("/S") == "/JavaScript":
        del root[NameObject("/OpenAction")]
        actions.append("JavaScript を削除")


def _scrub_dicts(writer: PdfWriter, t: Targets, actions: list[str]) -> None:
    """Every dictionary: private data gone; replacement texts holding a
    target gone; JavaScript actions gone; any other string holding a
    target masked (thread and link texts, page labels, names)."""
    counts = {"private": 0, "alt": 0, "js": 0, "other": 0}

    def mask_strings(container: DictionaryObject | ArrayObject) -> None:
        pairs = list(container.items()) if isinstance(container, DictionaryObject) \
            else list(enumerate(container))
        for k, v in pairs:
            if isinstance(v, (TextStringObject, ByteStringObject)):
                text = pdf_string_text(v)
                if t.found_in(text):
                    container[k] = TextStringObject(t.mask(text))
                    counts["other"] += 1
            elif isinstance(v, ArrayObject):
                mask_strings(v)

    def visit(d: DictionaryObject) -> None:
        for key in PRIVATE_DATA_KEYS:
            if key in d:
                del d[key]
                counts["private"] += 1
        for key in REPLACEMENT_TEXT_KEYS:
            v = d.get(key)
            if v is not None and isinstance(v.get_object(), (TextStringObject, ByteStringObject)) \
                    and t.found_in(pdf_string_text(v.get_object())):
                del d[key]
                counts["alt"] += 1
        if d.get("/S") == "/JavaScript" and d.get("/JS") not in (None, ""):
            d[NameObject("/JS")] = TextStringObject("")
            counts["js"] += 1
        aa = d.get("/AA")
        if aa is not None:
            del d["/AA"]
            counts["js"] += 1
        mask_strings(d)
    for obj in list(_writer_objects(writer)):
        if isinstance(obj, ArrayObject):
            mask_strings(obj)
        _walk(obj, visit)
    if counts["private"]:
        actions.append(f"XMP・PieceInfo などの付随データ {counts['private']}件を削除")
    if counts["alt"]:
        actions.append(f"代替テキスト（ActualText/Alt/E）{counts['alt']}件を削除")
    if counts["js"]:
        actions.append(f"スクリプト・自動動作 {counts['js']}件を削除")
    if counts["other"]:
        actions.append(f"その他の文字列 {counts['other']}件をマスク")


def scrub_document(writer: PdfWriter, targets: Sequence[str]) -> list[str]:
    """Remove or mask, in ``writer``, every place outside the page text that
    holds one of ``targets``; returns what was done (one line each, for the
    audit log).

    - document information: personal entries (Author…) removed, other text
      entries masked where they hold a target;
    - XMP metadata streams, PieceInfo, associated files and page
      thumbnails: removed (they repeat the information entries, are
      private application data, or picture the unredacted page);
    - outline titles holding a target: masked (the outline keeps working);
    - annotations whose text (/Contents, /T, /RC, /Subj…) holds a target,
      file attachments, and their popups and replies: removed from the
      page and emptied (a structure element may still reach them);
    - form fields whose value or name holds a target: masked, their
      appearance streams dropped (viewers redraw them);
    - /ActualText, /Alt and /E holding a target: removed, in the structure
      tree and every dictionary, and in the marked-content property lists
      of page and form content streams (``scrub_marked_content``);
    - embedded files and JavaScript (names, open action, /AA): removed;
    - any other string holding a target (article threads, links, page
      labels): masked.

    Objects left unreferenced are removed later by ``remove_orphans``.
    """
    t = _as_targets(targets)
    actions: list[str] = []
    _scrub_info(writer, t, actions)
    _scrub_outlines(writer, t, actions)
    _scrub_fields(writer, t, actions)
    _scrub_annotations(writer, t, actions)
    _scrub_names(writer, actions)
    _scrub_dicts(writer, t, actions)
    n = 0
    for stream in _content_streams(writer):
        data = stream.get_data()
        new = scrub_marked_content(data, t)
        if new != data:
            _set_stream_data(stream, new)
            n += 1
    if n:
        actions.append(f"本文中の代替テキストを {n}か所のストリームから削除")
    return actions


# --------------------------------------------------------------------------
# remove_orphans
# --------------------------------------------------------------------------

def _reachable(roots: Iterable[PdfObject], resolve: Callable[[IndirectObject], PdfObject | None]
               ) -> set[int]:
    """Object numbers reachable from ``roots`` (mark phase)."""
    marked: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in marked:
                continue
            marked.add(obj.idnum)
            obj = resolve(obj)
            if obj is None:
                continue
        if isinstance(obj, DictionaryObject):
            stack.extend(obj.values())
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)
    return marked


def remove_orphans(writer: PdfWriter) -> int:
    """Drop every object of ``writer`` that the document cannot reach;
    returns how many were dropped.

    pypdf writes every object it ever held, including a removed annotation
    or the original, unredacted form. Its ``compress_identical_objects(
    remove_unreferenced=True)`` drops only objects that nothing at all
    references, so a chain of orphans loses one link per call and a cycle of
    orphans (an outline item and its parent) is never dropped. This marks
    from the trailer (catalog, information, encryption) and sweeps the rest,
    which is that loop's fixpoint and also clears cycles.
    """
    roots: list[PdfObject] = [writer._root_object.indirect_reference]
    for extra in (getattr(writer, "_info", None), getattr(writer, "_encrypt_entry", None)):
        if extra is not None and getattr(extra, "indirect_reference", None) is not None:
            roots.append(extra.indirect_reference)
    if getattr(writer, "_ID", None) is not None:
        roots.append(writer._ID)

    def resolve(ref: IndirectObject) -> PdfObject | None:
        if ref.pdf is not writer or not 0 < ref.idnum <= len(writer._objects):
            return None
        return writer._objects[ref.idnum - 1]
    live = _reachable(roots, resolve)
    dropped = 0
    for i, obj in enumerate(writer._objects):
        if obj is not None and (i + 1) not in live:
            writer._objects[i] = None
            dropped += 1
    return dropped


# --------------------------------------------------------------------------
# prune_fonts
# --------------------------------------------------------------------------

def _font_dicts(writer: PdfWriter) -> Iterator[DictionaryObject]:
    seen: set[int] = set()
    found: list[DictionaryObject] = []

    def visit(d: DictionaryObject) -> None:
        if d.get("/Type") == "/Font" and "/Subtype" in d and id(d) not in seen \
                and d.get("/Subtype") != "/CIDFontType2" and d.get("/Subtype") != "/CIDFontType0":
            seen.add(id(d))
            found.append(d)
    for obj in list(_writer_objects(writer)):
        _walk(obj, visit)
    return iter(found)


def _prunable(text: str, removed: set[str], kept: set[str]) -> bool:
    """A ToUnicode entry goes when all its characters occurred only in
    removed spans (a ligature "ff" goes with its letters)."""
    chars = [c for c in text if not c.isspace()]
    return bool(chars) and all(c in removed and c not in kept for c in chars)


def _components(glyf, name: str) -> list[str]:
    g = glyf[name]
    return [c.glyphName for c in g.components] if g.isComposite() else []


def _blank_glyf(program, doomed: set[str], kept: set[str], pruned: set[str]) -> None:
    """Empty the TrueType outlines of ``doomed`` glyphs (and of components
    only they use) unless a kept glyph uses them as a component; drop their
    cmap entries and the glyph names that spell the characters."""
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    order = program.getGlyphOrder()
    glyf = program["glyf"]
    used_as_component = {c for n in order for c in _components(glyf, n)}
    kept_roots = [n for n in order if n in kept or (n not in doomed and n not in used_as_component)]

    def closure(names: Iterable[str]) -> set[str]:
        out: set[str] = set()
        stack = list(names)
        while stack:
            n = stack.pop()
            if n in out:
                continue
            out.add(n)
            stack += _components(glyf, n)
        return out
    blank = closure(doomed) - closure(kept_roots) - {".notdef"}
    for name in blank:
        empty = Glyph()
        empty.numberOfContours = 0
        glyf[name] = empty
    _drop_cmap_entries(program, blank, pruned)
    if "post" in program and program["post"].formatType == 2.0:
        program["post"].formatType = 3.0   # glyph names like uni5C71 spell the characters


def _drop_cmap_entries(program, blank: set[str], pruned: set[str]) -> None:
    if "cmap" not in program:
        return
    for table in program["cmap"].tables:
        unicode_table = table.platformID == 0 or (table.platformID, table.platEncID) in ((3, 1), (3, 10))
        table.cmap = {code: n for code, n in table.cmap.items()
                      if n not in blank and not (unicode_table and chr(code) in pruned)}


def _blank_charstrings(top, doomed: set[str], kept: set[str]) -> dict[str, str]:
    """Empty CFF charstrings (``endchar`` only; widths come from the PDF)
    and rename them (``uni5C71`` spells the character); returns the
    renames."""
    from fontTools.misc.psCharStrings import T2CharString

    strings = top.CharStrings
    renames: dict[str, str] = {}
    for name in sorted(doomed - kept - {".notdef", "cid00000"}):
        if name in strings:
            old = strings[name]
            strings[name] = T2CharString(program=["endchar"], private=old.private,
                                         globalSubrs=old.globalSubrs)
            if not name.startswith("cid"):
                renames[name] = f"blank{len(renames) + 1}"
    if renames:
        top.charset = [renames.get(n, n) for n in top.charset]
        strings.charStrings = {renames.get(k, k): v for k, v in strings.charStrings.items()}
    return renames


# OpenType tables keyed by glyph name that a PDF renderer never reads;
# dropped rather than renamed when CFF glyphs are renamed.
_LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "COLR", "CPAL",
                  "kern", "morx", "mort", "feat", "prop", "SVG ")


def _rename_otf(program, renames: dict[str, str]) -> None:
    """Apply CFF glyph renames to the rest of an OpenType font."""
    if not renames:
        return
    program.setGlyphOrder([renames.get(n, n) for n in program.getGlyphOrder()])
    for tag in ("hmtx", "vmtx"):
        if tag in program:
            program[tag].metrics = {renames.get(k, k): v for k, v in program[tag].metrics.items()}
    if "cmap" in program:
        for table in program["cmap"].tables:
            table.cmap = {c: renames.get(n, n) for c, n in table.cmap.items()}
    for tag in _LAYOUT_TABLES:
        if tag in program:
            del program[tag]
    if "post" in program:
        program["post"].formatType = 3.0


def _font_program(font: DictionaryObject) -> tuple[StreamObject | None, str]:
    desc_owner = font
    if font.get("/Subtype") == "/Type0":
        desc_owner = font["/DescendantFonts"][0].get_object()
    desc = desc_owner.get("/FontDescriptor")
    if desc is None:
        return None, "埋め込みなし"
    desc = desc.get_object()
    for key in ("/FontFile2", "/FontFile3", "/FontFile"):
        if key in desc:
            return desc[key].get_object(), key
    return None, "埋め込みなし"


def _type3_codes_to_procs(font: DictionaryObject) -> dict[int, str]:
    diffs = font.get("/Encoding", DictionaryObject()).get_object()
    diffs = diffs.get("/Differences", ArrayObject()) if isinstance(diffs, DictionaryObject) else []
    names, code = {}, 0
    for item in diffs:
        if isinstance(item, NameObject):
            names[code] = str(item)
            code += 1
        else:
            code = int(item)
    return names


def _forget_codes(font: DictionaryObject, doomed: set[int]) -> set[str]:
    """Point the /Differences entries of ``doomed`` codes at /.notdef (the
    content no longer draws them, and a name like /uni5C71 spells the
    character); returns the glyph names still used by other codes."""
    enc = font.get("/Encoding")
    enc = enc.get_object() if enc is not None else None
    if not isinstance(enc, DictionaryObject) or "/Differences" not in enc:
        return set()
    diffs = enc["/Differences"].get_object()
    code, still = 0, set()
    for i, item in enumerate(diffs):
        if isinstance(item, NameObject):
            if code in doomed:
                diffs[i] = NameObject("/.notdef")
            else:
                still.add(str(item))
            code += 1
        else:
            code = int(item)
    return still


def _prune_type3(font: DictionaryObject, doomed: set[int]) -> str | None:
    """Type3 glyphs are content streams: the procedures that only removed
    codes drew are dropped with their names."""
    procs = font.get("/CharProcs")
    names = _type3_codes_to_procs(font)
    gone = {names[c] for c in doomed if c in names}
    still = _forget_codes(font, doomed)
    if procs is not None:
        procs = procs.get_object()
        for name in gone - still:
            if name in procs:
                del procs[name]
    return None


def _glyph_names(font: DictionaryObject, program, codes: Iterable[int], tounicode: dict[int, str],
                 cff_top=None) -> dict[int, str]:
    """The glyph each code draws, as a viewer resolves it (TrueType: the
    CIDToGIDMap or the cmaps; CFF: CID or the font's encoding)."""
    order = program.getGlyphOrder() if program is not None else cff_top.charset
    out: dict[int, str] = {}
    if font.get("/Subtype") == "/Type0":
        cid_font = font["/DescendantFonts"][0].get_object()
        if cff_top is not None and hasattr(cff_top, "ROS"):
            return {code: f"cid{code:05d}" for code in codes}
        cmap_ref = cid_font.get("/CIDToGIDMap", NameObject("/Identity"))
        table = None if cff_top is not None or cmap_ref == "/Identity" \
            else cmap_ref.get_object().get_data()
        for code in codes:
            gid = code if table is None else (
                int.from_bytes(table[2 * code:2 * code + 2], "big") if 2 * code + 1 < len(table) else None)
            if gid is not None and gid < len(order):
                out[code] = order[gid]
        return out
    if cff_top is not None:
        enc = font.get("/Encoding")
        enc = enc.get_object() if enc is not None else None
        differences = _type3_codes_to_procs(font) if isinstance(enc, DictionaryObject) else {}
        builtin = cff_top.Encoding if isinstance(getattr(cff_top, "Encoding", None), list) else []
        for code in codes:
            name = differences.get(code, "")[1:] or (builtin[code] if code < len(builtin) else None)
            if name and name != ".notdef":
                out[code] = name
        return out
    cmaps = {(t.platformID, t.platEncID): t.cmap for t in program["cmap"].tables} \
        if "cmap" in program else {}
    desc = font.get("/FontDescriptor")
    flags = int(desc.get_object().get("/Flags", 4)) if desc is not None else 4
    # Nonsymbolic fonts are read through their Unicode cmap, symbolic ones
    # through (3,0) and then (1,0) with the code itself.
    unicode_first = bool(flags & 32) or "/Encoding" in font
    for code in codes:
        by_unicode = cmaps.get((3, 1), {}).get(ord(tounicode[code][0])) \
            if (3, 1) in cmaps and tounicode.get(code) else None
        name = by_unicode if unicode_first else None
        if name is None and (3, 0) in cmaps:
            name = cmaps[(3, 0)].get(0xF000 + code) or cmaps[(3, 0)].get(code)
        if name is None and (1, 0) in cmaps:
            name = cmaps[(1, 0)].get(code)
        name = name or by_unicode
        if name is not None:
            out[code] = name
    return out


def _prune_program(font: DictionaryObject, doomed: set[int], kept: set[int],
                   mapping: dict[int, str], pruned: set[str]) -> str | None:
    """Empty the glyphs of ``doomed`` codes in the embedded program, unless
    a ``kept`` code draws the same glyph. Returns a problem, or None."""
    from fontTools.cffLib import CFFFontSet
    from fontTools.ttLib import TTFont

    stream, kind = _font_program(font)
    if stream is None:
        return None                       # not embedded: no outlines to leak
    subtype = stream.get("/Subtype")
    data = stream.get_data()
    if kind == "/FontFile2" or (kind == "/FontFile3" and subtype == "/OpenType"):
        program = TTFont(io.BytesIO(data), lazy=False)
        top = program["CFF "].cff.topDictIndex[0] if "CFF " in program else None
        doomed_names = set(_glyph_names(font, program, doomed, mapping, top).values())
        kept_names = set(_glyph_names(font, program, kept, mapping, top).values())
        if "glyf" in program:
            _blank_glyf(program, doomed_names, kept_names, pruned)
        elif top is not None:
            _drop_cmap_entries(program, doomed_names - kept_names, pruned)
            _rename_otf(program, _blank_charstrings(top, doomed_names, kept_names))
        else:
            return f"{kind[1:]} の字形の形式が読めません"
        buf = io.BytesIO()
        program.save(buf)
        new = buf.getvalue()
    elif kind == "/FontFile3" and subtype in ("/Type1C", "/CIDFontType0C"):
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(data), None)
        top = cff.topDictIndex[0]
        doomed_names = set(_glyph_names(font, None, doomed, mapping, top).values())
        kept_names = set(_glyph_names(font, None, kept, mapping, top).values())
        _blank_charstrings(top, doomed_names, kept_names)
        holder = TTFont()                 # cffLib compiles for a font; a bare program has none
        holder.recalcBBoxes = False
        buf = io.BytesIO()
        cff.compile(buf, holder)
        new = buf.getvalue()
    else:
        return f"{kind[1:]}{' ' + str(subtype)[1:] if subtype else ''} 形式は未対応"
    _set_stream_data(stream, new)
    if kind == "/FontFile2":
        stream[NameObject("/Length1")] = NumberObject(len(new))
    return None


def prune_fonts(writer: PdfWriter, removed_chars: set[str], kept_chars: set[str]) -> list[str]:
    """Take the characters that occurred only in removed spans
    (``removed_chars - kept_chars``) out of every embedded font: their
    ToUnicode entries are removed and their glyphs emptied with fontTools
    (TrueType outlines, CFF charstrings, Type3 procedures; a composite
    component or a glyph that a kept character also draws stays). Codes
    and glyph ids are not renumbered, so the content streams stay valid.

    Returns problems (one line each): fonts whose glyphs of pruned
    characters could not be emptied (Type1 programs, unreadable programs).
    The caller refuses the output when any is returned.
    """
    pruned = {c for c in removed_chars if c not in kept_chars}
    problems: list[str] = []
    if not pruned:
        return problems
    for font in _font_dicts(writer):
        name = str(font.get("/BaseFont", font.get("/Subtype")))
        tu_ref = font.get("/ToUnicode")
        if tu_ref is None:
            continue
        tu_stream = tu_ref.get_object()
        mapping, width = parse_tounicode(tu_stream.get_data())
        doomed = {code for code, text in mapping.items() if _prunable(text, pruned, kept_chars)}
        if not doomed:
            continue
        kept = set(mapping) - doomed
        try:
            if font.get("/Subtype") == "/Type3":
                problem = _prune_type3(font, doomed)
            else:
                problem = _prune_program(font, doomed, kept, mapping, pruned)
                _forget_codes(font, doomed)
        except Exception as exc:  # noqa: BLE001 - any broken program is reported
            problem = f"読めません（{type(exc).__name__}）"
        if problem:
            problems.append(f"フォント {name} の字形を消せません: {problem}")
        _set_stream_data(tu_stream, tounicode_cmap({c: t for c, t in mapping.items() if c in kept}, width))
    return problems


# --------------------------------------------------------------------------
# leak_scan
# --------------------------------------------------------------------------

def _font_program_texts(data: bytes) -> list[str]:
    """Name strings of a TrueType/OpenType program (family, copyright…)."""
    from fontTools.ttLib import TTFont
    try:
        font = TTFont(io.BytesIO(data), lazy=True)
        return [rec.toUnicode() for rec in font["name"].names] if "name" in font else []
    except Exception:  # noqa: BLE001 - not a TrueType program (CFF, Type1): bytes only
        return []


_SUBSET_TAG = re.compile(r"^/?[A-Z]{6}\+")


def _name_chars(names: Iterable[str]) -> str:
    """What glyph names spell by the Adobe Glyph List rules (``uni5C71``,
    ``u20B9F``, ``a``); ``blank3``, ``cid00042`` and ``g7`` spell nothing."""
    from fontTools.agl import toUnicode
    return "".join(toUnicode(str(n).lstrip("/")) for n in names)


def _program_glyph_names(stream: StreamObject, kind: str) -> list[str]:
    from fontTools.cffLib import CFFFontSet
    from fontTools.ttLib import TTFont

    data = stream.get_data()
    if kind == "/FontFile3" and stream.get("/Subtype") in ("/Type1C", "/CIDFontType0C"):
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(data), None)
        return list(cff.topDictIndex[0].charset)
    font = TTFont(io.BytesIO(data), lazy=True)
    if "CFF " in font:
        return list(font["CFF "].cff.topDictIndex[0].charset)
    if "post" in font and font["post"].formatType == 2.0:
        return list(font["post"].extraNames)
    return []


def _subset_font_chars(font: DictionaryObject) -> set[str]:
    """Characters a subset font can still produce or name: its ToUnicode
    targets, its program's Unicode cmap and the glyph names in the program
    and in /Differences. Fully embedded fonts (no ``ABCDEF+`` tag) cover
    whole scripts and say nothing about the document, so they give
    nothing; Type3 fonts always count."""
    from fontTools.ttLib import TTFont

    if font.get("/Subtype") != "/Type3" and not _SUBSET_TAG.match(str(font.get("/BaseFont", ""))):
        return set()
    chars: list[str] = []
    tu = font.get("/ToUnicode")
    if tu is not None and isinstance(tu.get_object(), StreamObject):
        try:
            chars += parse_tounicode(tu.get_object().get_data())[0].values()
        except Exception:  # noqa: BLE001 - an unreadable map is the page reader's problem
            pass
    enc = font.get("/Encoding")
    enc = enc.get_object() if enc is not None else None
    if isinstance(enc, DictionaryObject):
        chars.append(_name_chars(n for n in enc.get("/Differences", []) if isinstance(n, NameObject)))
    program, kind = _font_program(font)
    if program is not None:
        try:
            if kind == "/FontFile2" or program.get("/Subtype") == "/OpenType":
                cmap = TTFont(io.BytesIO(program.get_data()), lazy=True).getBestCmap() or {}
                chars += (chr(c) for c in cmap)
            chars.append(_name_chars(_program_glyph_names(program, kind)))
        except Exception:  # noqa: BLE001 - a program that does not parse names nothing
            pass
    return set(leak_key("".join(chars)))


def _stream_texts(stream: StreamObject) -> tuple[list[str], str | None]:
    """Texts to search in a stream, and a problem if it cannot be decoded."""
    if stream.get("/Subtype") == "/Image":
        return [], None
    try:
        data = stream.get_data()
    except Exception as exc:  # noqa: BLE001
        return [], f"ストリームを展開できません（{type(exc).__name__}）"
    if "/Length1" in stream or stream.get("/Subtype") in ("/OpenType", "/Type1C", "/CIDFontType0C"):
        return _font_program_texts(data), None
    texts = [_bytes_text(data)]
    if data[:2] in (b"\xfe\xff", b"\xff\xfe"):
        texts.append(data.decode("utf-16", "ignore"))
    texts += list(stream_string_texts(data))
    return texts, None


# Entries whose strings are machine data (dates, hashes, encryption keys):
# a short numeric target would match them without meaning anything.
_MACHINE_KEYS = frozenset(("/CreationDate", "/ModDate", "/M", "/ID", "/O", "/U", "/OE", "/UE",
                           "/Perms", "/CIDSet", "/Panose"))


def _object_texts(obj: PdfObject) -> Iterator[str]:
    """Every string and name value inside a direct object tree (keys are
    the format's vocabulary, machine data is left out)."""
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, (TextStringObject, ByteStringObject)):
            yield pdf_string_text(o)
        elif isinstance(o, NameObject):
            yield str(o)[1:]
        elif isinstance(o, DictionaryObject):
            stack += [v for k, v in o.items()
                      if not isinstance(v, IndirectObject) and k not in _MACHINE_KEYS]
        elif isinstance(o, ArrayObject):
            stack += [v for v in o if not isinstance(v, IndirectObject)]


def _describe(obj: PdfObject) -> str:
    if isinstance(obj, DictionaryObject):
        for key in ("/Type", "/Subtype", "/S"):
            if key in obj:
                return str(obj[key])[1:]
    return type(obj).__name__.replace("Object", "")


def _xref_numbers(reader: PdfReader) -> list[tuple[int, int]]:
    nums: set[tuple[int, int]] = set()
    for gen, table in reader.xref.items():
        nums.update((idnum, gen) for idnum in table)
    nums.update((idnum, 0) for idnum in reader.xref_objStm)
    return sorted(nums)


def _raw_hits(data: bytes, targets: Sequence[str]) -> list[int]:
    """Targets whose UTF-8, UTF-16 or CP932 bytes occur in the file itself
    (bytes outside any object the xref lists). Short ASCII targets (a year,
    a house number) are left to the object scan: they occur in dates and
    compressed data by chance."""
    hits = []
    for i, target in enumerate(targets, start=1):
        forms = {target, normalize(target).text}
        for form in forms:
            if form.isascii() and len(form) < 8:
                continue
            encodings = []
            for enc in ("utf-8", "utf-16-be", "cp932"):
                try:
                    encodings.append(form.encode(enc))
                except UnicodeEncodeError:
                    pass
            if any(len(b) >= 4 and b in data for b in encodings):
                hits.append(i)
                break
    return hits


def _pdfium_pages(data: bytes, password: str | None) -> list[str] | None:
    """Page texts as PDFium reads them (optional extra), or None."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return None
    try:
        doc = pdfium.PdfDocument(data, password=password)
    except Exception:  # noqa: BLE001 - pypdf's verdict on opening stands
        return None
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


def _form_text(reader: PdfReader, form: StreamObject, fallback: Sequence[PdfObject]) -> str:
    """The text a form XObject draws, read as pypdf reads a page: with its
    own resources, or else with each page's (a form without /Resources
    borrows its user's). Also finds a form that a resource dictionary still
    names but no page draws any more."""
    from pypdf import PageObject

    text = []
    for resources in ([form["/Resources"]] if "/Resources" in form else list(fallback)):
        page = PageObject(reader)
        page[NameObject("/Resources")] = resources
        page[NameObject("/Contents")] = form.indirect_reference or form
        page[NameObject("/MediaBox")] = ArrayObject([NumberObject(0)] * 2 + [NumberObject(1000)] * 2)
        try:
            text.append(page.extract_text())
        except Exception:  # noqa: BLE001 - a form that does not read is reported by its page
            continue
    return "\n".join(text)


def _orphans(reader: PdfReader, numbers: Iterable[tuple[int, int]]) -> list[int]:
    """Objects in the xref that the trailer cannot reach (cross-reference
    and object streams and the linearization dictionary excepted)."""
    def resolve(ref: IndirectObject) -> PdfObject | None:
        try:
            return reader.get_object(ref)
        except Exception:  # noqa: BLE001
            return None
    live = _reachable(list(reader.trailer.values()), resolve)
    out = []
    for idnum, gen in numbers:
        if idnum in live:
            continue
        obj = resolve(IndirectObject(idnum, gen, reader))
        if obj is None or (isinstance(obj, DictionaryObject) and (
                obj.get("/Type") in ("/XRef", "/ObjStm") or "/Linearized" in obj)):
            continue
        out.append(idnum)
    return out


def _open(data: bytes, password: str | None) -> PdfReader | None:
    """A reader of ``data``, decrypted; None when the password is wrong."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(password or ""):
        return None
    return reader


def leak_scan(data: bytes, targets: Sequence[str], password: str | None = None) -> list[str]:
    """Re-open the written bytes and say (one line each, targets by number,
    never by value) where any target can still be found: each page's text
    (pypdf, and PDFium when installed), every object in the xref (strings,
    names, decoded streams: annotations, metadata, outlines, scripts, font
    name tables; form XObjects read as text with their resources), the raw
    bytes. Also problems whatever the targets: a second ``%%EOF`` (an
    earlier revision survives), objects nothing references (a removed
    annotation, the unredacted original of a form), a file that cannot be
    opened or decrypted.

    Embedded subset fonts are checked as a bag of characters: a target is
    reported when every one of its characters that no page shows is still
    in some subset font's ToUnicode map or cmap (the surname kanji that
    pruning should have taken out). Characters shown elsewhere prove
    nothing, so they are left out of that check."""
    t = Targets.of(targets)
    problems: list[str] = []

    def report(where: str, numbers: Iterable[int]) -> None:
        for n in numbers:
            line = f"{where}にマスク対象 #{n} が残っています"
            if line not in problems:
                problems.append(line)
    eofs = data.count(b"%%EOF")
    if eofs > 1:
        problems.append(f"以前の版が残っています（%%EOF が {eofs}個）")
    try:
        # Two readers: pypdf's text extraction rewrites font dictionaries
        # in place (indirect descendant fonts become direct), which would
        # make their objects look unreferenced.
        reader, text_reader = _open(data, password), _open(data, password)
        if reader is None or text_reader is None:
            return problems + ["暗号化されていて検査できません（パスワードが違います）"]
        pages = list(text_reader.pages)
        numbers = _xref_numbers(reader)
        orphans = _orphans(reader, numbers)
    except Exception as exc:  # noqa: BLE001 - any failure to open is reported
        return problems + [f"出力を開けず検査できません（{type(exc).__name__}）"]
    shown: set[str] = set()
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text()
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{number}ページの本文を抽出できず検査できません（{type(exc).__name__}）")
            continue
        shown.update(leak_key(text))
        report(f"{number}ページの本文", t.found_in(text))
    for number, text in enumerate(_pdfium_pages(data, password) or [], start=1):
        shown.update(leak_key(text))
        report(f"{number}ページの本文（PDFium）", t.found_in(text))
    page_resources = [p["/Resources"] for p in reader.pages if "/Resources" in p]
    in_fonts: set[str] = set()
    for idnum, gen in numbers:
        try:
            obj = reader.get_object(IndirectObject(idnum, gen, reader))
        except Exception as exc:  # noqa: BLE001
            problems.append(f"オブジェクト {idnum} を読めず検査できません（{type(exc).__name__}）")
            continue
        if obj is None:
            continue
        where = f"オブジェクト {idnum}（{_describe(obj)}）"
        texts = list(_object_texts(obj))
        if isinstance(obj, StreamObject):
            more, problem = _stream_texts(obj)
            texts += more
            if problem:
                problems.append(f"{where}の{problem}")
            if obj.get("/Subtype") == "/Form":
                texts.append(_form_text(reader, obj, page_resources))
        report(where, sorted({n for text in texts for n in t.found_in(text)}))
        if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/Font":
            in_fonts |= _subset_font_chars(obj)
    for n, key in enumerate(t.keys, start=1):
        unseen = set(key) - shown
        if unseen and unseen <= in_fonts:
            problems.append(f"埋め込みフォント（ToUnicode・字形）にマスク対象 #{n} の文字が残っています")
    if orphans:
        problems.append(f"どこからも参照されないオブジェクトが {len(orphans)}個残っています"
                        f"（{', '.join(map(str, orphans[:5]))}{' ほか' if len(orphans) > 5 else ''}）")
    if not reader.is_encrypted:
        report("ファイルのバイト列", _raw_hits(data, targets))
    return problems
