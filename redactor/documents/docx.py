"""Word (.docx): read every place a reader can see text, write the masked copy.

A .docx is a zip of XML parts. python-docx is not used: it does not reach
footnotes, comments or text boxes, so this module works on the parts with
lxml.

**Read.** Paragraphs of the body (tables and text boxes included), headers
and footers, footnotes and endnotes, comments and their authors, the text of
tracked deletions, field codes (``HYPERLINK "mailto:…"``), ruby, pictures'
alternative text, external link targets and the document properties
(core.xml, app.xml, custom.xml, document variables), SmartArt and chart
text, custom XML data, bookmark names and pictures' names. A paragraph's text is the concatenation of
its runs (``w:t``; ``w:tab`` → tab, ``w:br`` → newline), so a name split
over runs with different formatting is detected as one string. Each
paragraph is a ``Part`` whose ``where`` says the place (本文, 表, ヘッダー,
脚注, コメント, プロパティ creator …) and whose line number is the
paragraph's number within that place.

**Write.** The masked spans are replaced inside the runs: the replacement
goes into the first run of the span and the span's other characters are
removed from the following runs, so formatting, tables and layout stay.
Then what a published file must not carry is removed: comments (their part,
their anchors and relationships), tracked changes (insertions accepted,
deletions and older property revisions dropped: no ``w:delText`` survives),
the author properties (creator, lastModifiedBy, Manager emptied; the other
properties are masked where they hold a masked value) and the thumbnail
image of the first page. Every other zip member is copied byte for byte.
A deleted paragraph mark is dropped but the paragraphs are not merged.

**Fail closed.** Embedded objects (an Excel sheet inside the document) and
imported chunks cannot be checked: they are listed in ``unreadable`` and
``write`` refuses the document. After writing, the output is re-read and
any masked value it still shows fails the write (``UnsafeOutput``).
Images are not looked into (text inside a picture is out of reach).
"""
from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Iterator, Sequence

from lxml import etree

from redactor.documents.base import DocumentError, Extracted, UnsafeOutput
from redactor.documents.limits import check_input_file, check_zip_members
from redactor.documents.pieces import Assembler, Edit, apply_edits, edits_for, leaked_values
from redactor.masking import Replacement

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Story parts by file name, and the place shown to people.
STORIES = ((re.compile(r"word/header\d*\.xml$"), "ヘッダー"),
           (re.compile(r"word/footer\d*\.xml$"), "フッター"),
           (re.compile(r"word/footnotes\.xml$"), "脚注"),
           (re.compile(r"word/endnotes\.xml$"), "文末脚注"),
           (re.compile(r"word/comments\.xml$"), "コメント"),
           (re.compile(r"word/glossary/document\.xml$"), "定型句"))
# DrawingML parts with text of their own (a:p / a:t, chart values c:v).
DRAWING_STORIES = ((re.compile(r"word/diagrams/[^/]+\.xml$"), "SmartArt"),
                   (re.compile(r"word/charts/chart\d*\.xml$"), "グラフ"))
# Custom XML data: content controls bound to it show its values, and Word
# refills them from it on opening, so it is read and masked like the text.
CUSTOM_XML = re.compile(r"customXml/item\d+\.xml$")
# Pictures' and shapes' names and alternative text (local name -> attributes),
# in DrawingML and in the VML fallback Word writes beside it.
PICTURE_ATTRS = {"docPr": ("descr", "title", "name"), "cNvPr": ("descr", "title", "name"),
                 "shape": ("alt",), "imagedata": ("{urn:schemas-microsoft-com:office:office}title",)}
# Run content that stands for a fixed character.
FIXED = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
# Document properties read for detection; the personal ones are emptied on write.
CORE_PROPS = ("title", "subject", "creator", "keywords", "description", "lastModifiedBy",
              "category", "contentStatus", "identifier")
APP_PROPS = ("Company", "Manager", "Template", "HyperlinkBase")
PROPERTY_PARTS = ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml")
PERSONAL_PROPS = {"docProps/core.xml": ("creator", "lastModifiedBy"), "docProps/app.xml": ("Manager",)}
# Parts whose whole content goes with the comments (their relationship types).
COMMENT_REL_TYPES = ("/comments", "/commentsExtended", "/commentsIds", "/commentsExtensible", "/people")
THUMBNAIL_REL_TYPE = "/metadata/thumbnail"
# Revision marks dropped on accepting all changes: old properties and range markers.
REVISION_DROPS = tuple(W + t for t in (
    "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
    "tblGridChange", "tblPrExChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
    "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
    "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "delText", "delInstrText"))
# Attribute values that are identifiers or hashes, never text (a random hex
# run would otherwise match a masked number in the reader view).
_NOISE_ATTR = re.compile(r"rsid|paraId|textId|durableId|hashValue|saltValue|cryptProvider|algIdExt")
UNCHECKABLE = re.compile(r"(^|/)(embeddings/|afchunk)", re.IGNORECASE)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


# -- targets: what a piece of text is in the package -------------------------

@dataclass(eq=False)
class _ElementText:
    part: str
    el: etree._Element

    def apply(self, edits: Sequence[Edit]) -> None:
        new = apply_edits(self.el.text or "", edits)
        self.el.text = new
        if new != new.strip() and self.el.tag == W + "t":
            self.el.set(XML_SPACE, "preserve")


@dataclass(eq=False)
class _Attribute:
    part: str
    el: etree._Element
    name: str

    def apply(self, edits: Sequence[Edit]) -> None:
        self.el.set(self.name, apply_edits(self.el.get(self.name, ""), edits))


@dataclass(eq=False)
class _Fixed:
    """A tab or break inside a masked span: removed, or turned into the
    ``w:t`` that carries the replacement when the span starts on it."""

    part: str
    el: etree._Element

    def apply(self, edits: Sequence[Edit]) -> None:
        parent = self.el.getparent()
        text = "".join(e.text for e in edits)
        if text:
            t = etree.Element(W + "t")
            t.text = text
            parent.replace(self.el, t)
        else:
            parent.remove(self.el)


# -- the package --------------------------------------------------------------

def _head(path: Path) -> bytes:
    """The first bytes of a file (its signature), without reading it whole."""
    try:
        with open(path, "rb") as f:
            return f.read(4)
    except OSError:
        return b""


class _Package:
    """The zip with its XML parts parsed on demand; remembers what changed."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            check_input_file(self.path.name, self.path)
            with zipfile.ZipFile(self.path) as zf:
                self.infos = zf.infolist()
                # before anything is inflated: a member's declared size is all
                # zipfile will ever return (more fails its CRC check)
                check_zip_members(self.path.name, self.infos)
                self.data = {i.filename: zf.read(i) for i in self.infos}
        except FileNotFoundError as exc:
            raise DocumentError(f"{path}: ファイルがありません") from exc
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError, RuntimeError,
                zlib.error) as exc:
            if isinstance(exc, DocumentError):
                raise
            # NotImplementedError: an unsupported compression method; RuntimeError: an encrypted member
            if _head(self.path) == b"\xd0\xcf\x11\xe0":
                raise DocumentError(f"{path}: パスワード付きまたは旧形式（.doc）の Word 文書は扱えません") from exc
            raise DocumentError(f"{path}: Word 文書（.docx）として開けません（壊れているか別の形式です）") from exc
        self.trees: dict[str, etree._ElementTree] = {}
        self.dirty: set[str] = set()
        self.removed: set[str] = set()
        self.main = self._main_part()

    def has(self, name: str) -> bool:
        return name in self.data and name not in self.removed

    def tree(self, name: str) -> etree._ElementTree:
        if name not in self.trees:
            try:
                self.trees[name] = etree.parse(BytesIO(self.data[name]), _PARSER)
            except etree.XMLSyntaxError as exc:
                too_deep = "depth" in str(exc).lower()   # libxml2's nesting limit: a hostile file, not a broken one
                raise DocumentError(f"{self.path}: {name} の XML が" + (
                    "深く入れ子になりすぎています（too large）" if too_deep else "壊れています")) from exc
        return self.trees[name]

    def root(self, name: str) -> etree._Element:
        return self.tree(name).getroot()

    def _main_part(self) -> str:
        if self.has("_rels/.rels"):
            for rel in self.root("_rels/.rels").iter(REL + "Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    return rel.get("Target", "").lstrip("/")
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise DocumentError(f"{self.path}: Word 文書の本文（word/document.xml）がありません")

    def stories(self) -> list[tuple[str, str]]:
        """(part name, place) of every part holding paragraphs, body first."""
        if not self.has(self.main):
            raise DocumentError(f"{self.path}: Word 文書の本文（{self.main}）がありません")
        if not self.root(self.main).tag.startswith(W):
            # Strict Open XML (purl.oclc.org namespaces) would read as empty: refuse, never "clean"
            raise DocumentError(f"{self.path}: この Word 文書の形式（Strict Open XML など）は扱えません。通常の .docx で保存し直してください")
        out = [(self.main, "本文")]
        for pattern, where in STORIES:
            out += [(n, where) for n in sorted(self.data) if pattern.search(n) and self.has(n)]
        return out

    def drawing_stories(self) -> list[tuple[str, str]]:
        return [(n, where) for pattern, where in DRAWING_STORIES
                for n in sorted(self.data) if pattern.search(n) and self.has(n)]

    def rels_files(self) -> list[str]:
        return [n for n in sorted(self.data) if n.endswith(".rels") and self.has(n)]

    def _targets(self, rels: str) -> list[tuple[etree._Element, str]]:
        """(relationship, part name) of the internal targets of a .rels part."""
        base = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/x.rels -> word
        out = []
        for rel in self.root(rels).iter(REL + "Relationship"):
            if rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
                out.append((rel, name))
        return out

    def remove_related(self, type_suffixes: Sequence[str]) -> None:
        """Drop the parts related by these relationship types, the
        relationships, and what only those parts referred to (an image in a
        comment), so nothing of them stays in the zip."""
        for rels in self.rels_files():
            for rel, name in self._targets(rels):
                if rel.get("Type", "").endswith(tuple(type_suffixes)):
                    rel.getparent().remove(rel)
                    self.dirty.add(rels)
                    if name in self.data:
                        self.removed.add(name)
        pending = list(self.removed)
        while pending:
            name = pending.pop()
            own = posixpath.join(posixpath.dirname(name), "_rels", posixpath.basename(name) + ".rels")
            if not self.has(own):
                continue
            targets = {n for _, n in self._targets(own)}
            self.removed.add(own)
            still = {n for r in self.rels_files() for _, n in self._targets(r)}
            for t in targets - still:
                if self.has(t):
                    self.removed.add(t)
                    pending.append(t)
        if self.removed and self.has("[Content_Types].xml"):
            ct = self.root("[Content_Types].xml")
            for ov in list(ct.iter(CT + "Override")):
                if ov.get("PartName", "").lstrip("/") in self.removed:
                    ct.remove(ov)
                    self.dirty.add("[Content_Types].xml")

    def save(self, out: Path) -> None:
        with zipfile.ZipFile(out, "w") as zout:
            for info in self.infos:
                if info.filename in self.removed:
                    continue
                if info.filename in self.dirty:
                    tree = self.trees[info.filename]
                    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8",
                                          standalone=tree.docinfo.standalone)
                else:
                    data = self.data[info.filename]
                zout.writestr(info, data)

    def unchecked(self) -> list[str]:
        return [n for n in sorted(self.data) if UNCHECKABLE.search(n) and self.has(n)]


# -- reading ------------------------------------------------------------------

def _skipped(tag: str) -> bool:
    """Property blocks (w:pPr, w:rPr, w:sectPr …) hold tab stops and revision
    marks, not text."""
    return tag.startswith(W) and (tag.endswith("Pr") or tag.endswith("Change") or tag.endswith("PrEx"))


def _walk(el: etree._Element, kind: str, part: str) -> Iterator[tuple[str, str, object]]:
    """(kind, text, target) of the runs' content of one paragraph, in order.

    ``kind`` is main, deleted, field or ruby; nested paragraphs (text boxes)
    are their own paragraphs and are not entered.
    """
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in (W + "p", W + "txbxContent") or _skipped(tag):
            continue
        if tag in (W + "del", W + "moveFrom"):
            yield from _walk(child, "deleted", part)
        elif tag == W + "rt":
            yield from _walk(child, "ruby" if kind == "main" else kind, part)
        elif tag == W + "t":
            yield kind, child.text or "", (None if kind == "deleted" else _ElementText(part, child))
        elif tag in (W + "delText", W + "delInstrText"):
            yield "deleted", child.text or "", None
        elif tag == W + "instrText":
            yield ("field" if kind == "main" else kind), child.text or "", (
                None if kind == "deleted" else _ElementText(part, child))
        elif tag in FIXED:
            yield kind, FIXED[tag], (None if kind == "deleted" else _Fixed(part, child))
        else:
            if tag == W + "fldSimple" and child.get(W + "instr"):
                yield ("field" if kind == "main" else kind), child.get(W + "instr"), _Attribute(part, child, W + "instr")
            yield from _walk(child, kind, part)


def _paragraph_place(p: etree._Element, where: str) -> str:
    for anc in p.iterancestors():
        if anc.tag == W + "txbxContent":
            return "テキストボックス"
        if anc.tag == W + "tbl":
            return "表"
    return where


def _ends_inner_cell(p: etree._Element) -> bool:
    """The last paragraph of a table cell that has another cell after it in
    its row: the cells of a row are read on one line, a tab apart, so a
    label and its value (氏名 | 山田太郎) are read together."""
    cell = p.getparent()
    if cell is None or cell.tag != W + "tc" or p is not cell.findall(W + "p")[-1]:
        return False
    return cell.getnext() is not None and any(
        sib.tag == W + "tc" for sib in cell.itersiblings())


def _in_separator_note(p: etree._Element) -> bool:
    """The line above the footnotes: no text, and not counted as a paragraph."""
    note = p.getparent()
    return note is not None and note.tag in (W + "footnote", W + "endnote") and note.get(W + "type") is not None


EXTRA_SECTIONS = (("deleted", "変更履歴（削除）"), ("field", "フィールドコード"), ("ruby", "ルビ"))


def _read_story(asm: Assembler, pkg: _Package, part: str, where: str) -> None:
    root = pkg.root(part)
    counts: dict[str, int] = {}
    extra: dict[str, list[list[tuple[str, object]]]] = {k: [] for k, _ in EXTRA_SECTIONS}
    for p in root.iter(W + "p"):
        if _in_separator_note(p):
            continue
        place = _paragraph_place(p, where)
        counts[place] = counts.get(place, 0) + 1
        asm.part(place, counts[place])
        groups: dict[str, list[tuple[str, object]]] = {"main": [], **{k: [] for k in extra}}
        for kind, text, target in _walk(p, "main", part):
            groups[kind].append((text, target))
        for text, target in groups["main"]:
            asm.piece(text, target)
        asm.sep("\t" if _ends_inner_cell(p) else "\n")
        for kind in extra:
            if groups[kind]:
                extra[kind].append(groups[kind])
    alt: list[list[tuple[str, object]]] = []
    names: list[list[tuple[str, object]]] = []
    for el in root.iter():
        local = etree.QName(el).localname if isinstance(el.tag, str) else ""
        for a in PICTURE_ATTRS.get(local, ()):
            if el.get(a):
                (names if a == "name" else alt).append([(el.get(a), _Attribute(part, el, a))])
    bookmarks: list[list[tuple[str, object]]] = [[(el.get(W + "name"), _Attribute(part, el, W + "name"))] for el in root.iter(W + "bookmarkStart")
                 if el.get(W + "name") and not el.get(W + "name").startswith("_")]  # _GoBack, _Toc…: Word's own
    prefix = "" if where == "本文" else f"{where} "
    sections = [(label, extra[kind]) for kind, label in EXTRA_SECTIONS]
    sections += [("代替テキスト", alt), ("図の名前", names), ("ブックマーク名", bookmarks)]
    for label, lines in sections:
        for n, line in enumerate(lines, 1):
            asm.part(prefix + label, n)
            for text, target in line:
                asm.piece(text, target)
            asm.sep("\n")
    asm.sep("\n")


def _read_drawing(asm: Assembler, pkg: _Package, part: str, where: str) -> None:
    """SmartArt and chart text: paragraphs of a:t runs, and chart values."""
    root = pkg.root(part)
    n = 0
    for p in root.iter(A + "p"):
        n += 1
        asm.part(where, n)
        for el in p.iter(A + "t", A + "br"):
            if el.tag == A + "t":
                asm.piece(el.text or "", _ElementText(part, el))
            else:
                asm.sep("\n")
        asm.sep("\n")
    for v in root.iter(C + "v"):
        n += 1
        asm.part(where, n)
        asm.piece(v.text or "", _ElementText(part, v))
        asm.sep("\n")


def _read_custom_xml(asm: Assembler, pkg: _Package) -> None:
    for part in [n for n in sorted(pkg.data) if CUSTOM_XML.search(n) and pkg.has(n)]:
        n = 0
        for el in pkg.root(part).iter():
            if isinstance(el.tag, str) and el.text and el.text.strip():
                n += 1
                asm.part("カスタムXML", n)
                asm.piece(el.text, _ElementText(part, el))
                asm.sep("\n")


def _read_authors(asm: Assembler, pkg: _Package, parts: Sequence[str]) -> None:
    """Authors of comments and revisions: removed on write, but in the file."""
    names: list[str] = []
    for part in parts:
        for el in pkg.root(part).iter():
            for attr in (W + "author", W + "initials"):
                v = el.get(attr)
                if v and v not in names:
                    names.append(v)
    for n, name in enumerate(names, 1):
        asm.part("変更履歴・コメントの作成者", n)
        asm.piece(name, None)
        asm.sep("\n")


def _read_properties(asm: Assembler, pkg: _Package) -> None:
    def prop(where: str, el: etree._Element, part: str) -> None:
        if el.text and el.text.strip():
            asm.part(where)
            asm.piece(el.text, _ElementText(part, el))
            asm.sep("\n")

    if pkg.has("docProps/core.xml"):
        for el in pkg.root("docProps/core.xml"):
            name = etree.QName(el).localname if isinstance(el.tag, str) else ""
            if name in CORE_PROPS:
                prop(f"プロパティ {name}", el, "docProps/core.xml")
    if pkg.has("docProps/app.xml"):
        for el in pkg.root("docProps/app.xml"):
            name = etree.QName(el).localname if isinstance(el.tag, str) else ""
            if name in APP_PROPS:
                prop(f"プロパティ {name}", el, "docProps/app.xml")
            elif name == "TitlesOfParts":
                for s in el.iter(VT + "lpstr"):
                    prop("プロパティ TitlesOfParts", s, "docProps/app.xml")
    if pkg.has("word/settings.xml"):
        for var in pkg.root("word/settings.xml").iter(W + "docVar"):
            if var.get(W + "val"):
                asm.part(f"文書変数 {var.get(W + 'name', '')}")
                asm.piece(var.get(W + "val"), _Attribute("word/settings.xml", var, W + "val"))
                asm.sep("\n")
    if pkg.has("docProps/custom.xml"):
        for el in pkg.root("docProps/custom.xml"):
            for value in (el if isinstance(el.tag, str) else ()):
                prop(f"プロパティ {el.get('name', '')}", value, "docProps/custom.xml")


def _read_links(asm: Assembler, pkg: _Package) -> None:
    """External targets: links (mailto:…) and paths such as the attached
    template's (C:\\Users\\<name>\\…), which a reader can see."""
    n = 0
    for rels in pkg.rels_files():
        for rel in pkg.root(rels).iter(REL + "Relationship"):
            if rel.get("TargetMode") == "External":
                n += 1
                asm.part("リンク先", n)
                asm.piece(rel.get("Target", ""), _Attribute(rels, rel, "Target"))
                asm.sep("\n")


def _assemble(pkg: _Package) -> Assembler:
    asm = Assembler()
    stories = pkg.stories()
    for part, where in stories:
        _read_story(asm, pkg, part, where)
    for part, where in pkg.drawing_stories():
        _read_drawing(asm, pkg, part, where)
    _read_custom_xml(asm, pkg)
    _read_authors(asm, pkg, [p for p, _ in stories])
    _read_properties(asm, pkg)
    _read_links(asm, pkg)
    return asm


# -- writing ------------------------------------------------------------------

def _attached(el: etree._Element, root: etree._Element) -> bool:
    return el.getroottree().getroot() is root


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    i = parent.index(el)
    for j, child in enumerate(list(el)):
        parent.insert(i + j, child)
    parent.remove(el)


def accept_revisions(root: etree._Element) -> bool:
    """Accept every tracked change: insertions kept, deletions and older
    revisions dropped. True when something changed."""
    changed = False
    for mark in list(root.iter(W + "del", W + "ins", W + "moveFrom", W + "moveTo")):
        if not _attached(mark, root):
            continue
        parent = mark.getparent()
        changed = True
        if parent.tag == W + "trPr" and mark.tag == W + "del":
            row = parent.getparent()
            row.getparent().remove(row)             # a deleted table row
        elif parent.tag.endswith("Pr") or mark.tag in (W + "del", W + "moveFrom"):
            parent.remove(mark)                     # a mark in properties, or deleted content
        else:
            _unwrap(mark)                           # inserted content stays
    for el in list(root.iter(*REVISION_DROPS)):
        if _attached(el, root):
            el.getparent().remove(el)
            changed = True
    return changed


def remove_comment_anchors(root: etree._Element) -> bool:
    changed = False
    for el in list(root.iter(W + "commentRangeStart", W + "commentRangeEnd", W + "commentReference")):
        parent = el.getparent()
        if (el.tag == W + "commentReference" and parent.tag == W + "r"
                and all(c.tag in (W + "rPr", W + "commentReference") for c in parent)):
            parent.getparent().remove(parent)
        else:
            parent.remove(el)
        changed = True
    return changed


def _scrub_properties(pkg: _Package) -> None:
    for part, names in PERSONAL_PROPS.items():
        if not pkg.has(part):
            continue
        for el in pkg.root(part):
            if isinstance(el.tag, str) and etree.QName(el).localname in names and el.text:
                el.text = ""
                pkg.dirty.add(part)


class DocxFormat:
    name = "docx"
    suffixes = (".docx",)

    def read(self, path: Path, *, password: str | None = None,
             encoding: str | None = None) -> Extracted:
        pkg = _Package(Path(path))
        asm = _assemble(pkg)
        unreadable = [f"{n}: 埋め込みオブジェクトは検査できません" for n in pkg.unchecked()]
        return asm.extracted(self.name, unreadable=unreadable)

    def write(self, path: Path, extracted: Extracted, replacements: Sequence[Replacement],
              out: Path, *, password: str | None = None) -> None:
        pkg = _Package(Path(path))
        if pkg.unchecked():
            raise UnsafeOutput(f"{path}: 埋め込みオブジェクト（{pkg.unchecked()[0]} など）を検査できないため書き出しません")
        asm = _assemble(pkg)
        if asm.text() != extracted.text:
            raise UnsafeOutput(f"{path}: 読み取った後に文書が変わったため書き出しません")
        for i, edits in edits_for(asm.pieces, replacements).items():
            target = asm.pieces[i].target
            if target is not None:
                target.apply(edits)
                pkg.dirty.add(target.part)
        for part, _ in pkg.stories():
            root = pkg.root(part)
            if accept_revisions(root) | remove_comment_anchors(root):
                pkg.dirty.add(part)
        pkg.remove_related(COMMENT_REL_TYPES + (THUMBNAIL_REL_TYPE,))
        _scrub_properties(pkg)
        pkg.save(Path(out))
        leaks = leaked_values(extracted, replacements, self.reader_view(Path(out)))
        if leaks:
            Path(out).unlink(missing_ok=True)
            raise UnsafeOutput(f"{path}: 非公開にした値 {len(leaks)} 件が出力に残るため書き出しません")

    def reader_view(self, path: Path, *, password: str | None = None) -> str:
        """The read text plus the text and attribute values of every XML part
        it does not cover (styles, settings, custom XML, people …): whatever
        an extractor could pull out of the zip. Nothing read is repeated, so
        a value kept on purpose is counted as often as the reader sees it."""
        pkg = _Package(Path(path))
        asm = _assemble(pkg)
        covered = {p for p, _ in pkg.stories() + pkg.drawing_stories()} | set(pkg.rels_files()) | set(PROPERTY_PARTS)
        covered |= {n for n in pkg.data if CUSTOM_XML.search(n)}
        extra: list[str] = []
        for name in sorted(pkg.data):
            if name in covered or not name.endswith(".xml") or not pkg.has(name) or name == "[Content_Types].xml":
                continue
            for el in pkg.root(name).iter():
                if not isinstance(el.tag, str) or el.tag == W + "docVar":   # document variables are read
                    continue
                if el.text and el.text.strip():
                    extra.append(el.text)
                extra += [v for k, v in el.attrib.items() if v.strip() and not _NOISE_ATTR.match(etree.QName(k).localname)]
        return asm.text() + "\n\n" + "\n".join(extra)
