"""Everything besides the page text where a masked value survives in a PDF:
the first step of the cleanup the package's front door describes
(``redactor.documents.pdf``).

This module holds that first step: every place outside the page text
(document information, XMP, outlines, annotations, form fields,
/ActualText, /Alt and /E, PieceInfo, attachments, JavaScript) where a
target is removed or masked. The other steps live in modules of their
own: ``font_prune`` (``prune_fonts``; ToUnicode maps in ``tounicode``),
``objects`` (``remove_orphans``, and the walk over a writer's objects that
scrubbing and pruning share), ``leak_scan`` (``leak_scan``), ``targets``
and ``strings`` (matching targets in PDF strings).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from redactor.documents.pdf.objects import set_stream_data, walk, writer_objects
from redactor.documents.pdf.strings import (HEX_STRING, LITERAL_STRING, bytes_text, pdf_string_text,
                                            string_token_bytes)
from redactor.documents.pdf.targets import Targets

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


def _as_targets(targets: Iterable[str] | Targets) -> Targets:
    return targets if isinstance(targets, Targets) else Targets.of(targets)


def _text_values(d: DictionaryObject) -> Iterator[tuple[str, str]]:
    for k, v in d.items():
        if isinstance(v, IndirectObject):
            v = v.get_object()
        if isinstance(v, (TextStringObject, ByteStringObject)):
            yield k, pdf_string_text(v)


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
    pattern = re.compile(rb"(" + keys + rb")\s*(" + LITERAL_STRING + b"|" + HEX_STRING + rb")(?![A-Za-z])", re.S)

    def repl(m: re.Match) -> bytes:
        if drop_all or t.found_in(bytes_text(string_token_bytes(m.group(2)))):
            return b" "
        return m.group(0)
    if not any(k.encode() in data for k in REPLACEMENT_TEXT_KEYS):
        return data
    return pattern.sub(repl, data)


def _content_streams(writer: PdfWriter) -> Iterator[StreamObject]:
    seen: set[int] = set()
    for obj in writer_objects(writer):
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
    stack = list(first.get_object()) if first is not None else []  # type: ignore[call-overload]  # /Fields is an array
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
    for obj in list(writer_objects(writer)):
        if isinstance(obj, ArrayObject):
            mask_strings(obj)
        walk(obj, visit)
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
            set_stream_data(stream, new)
            n += 1
    if n:
        actions.append(f"本文中の代替テキストを {n}か所のストリームから削除")
    return actions
