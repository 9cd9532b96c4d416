"""A pypdf writer's object graph: walking its objects, replacing a
stream's data, and dropping what the document cannot reach.

The scrubber and the font pruner both visit every dictionary a writer
holds and rewrite streams in place; ``remove_orphans`` then drops what
their removals left unreferenced, since pypdf writes every object it
ever held (a removed annotation, the unredacted original of a form).
The leak scan marks reachable objects the same way (``reachable``) to
find any orphan that is still in the written file.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
)


def writer_objects(writer: PdfWriter) -> Iterator[PdfObject]:
    for obj in writer._objects:
        if obj is not None:
            yield obj


def walk(obj: PdfObject, visit: Callable[[DictionaryObject], None]) -> None:
    """Call ``visit`` on ``obj`` and every dictionary nested in it directly
    (indirect objects are visited on their own)."""
    if isinstance(obj, DictionaryObject):
        visit(obj)
        for v in list(obj.values()):
            if not isinstance(v, IndirectObject):
                walk(v, visit)
    elif isinstance(obj, ArrayObject):
        for v in obj:
            if not isinstance(v, IndirectObject):
                walk(v, visit)


def set_stream_data(stream: StreamObject, data: bytes) -> None:
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


def reachable(roots: Iterable[PdfObject | None], resolve: Callable[[IndirectObject], PdfObject | None]
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
            target = resolve(obj)
            if target is None:
                continue
            obj = target
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
    roots: list[PdfObject | None] = [writer._root_object.indirect_reference]  # None: not written yet, reaches nothing
    for extra in (getattr(writer, "_info", None), getattr(writer, "_encrypt_entry", None)):
        if extra is not None and getattr(extra, "indirect_reference", None) is not None:
            roots.append(extra.indirect_reference)
    if getattr(writer, "_ID", None) is not None:
        roots.append(writer._ID)

    def resolve(ref: IndirectObject) -> PdfObject | None:
        if ref.pdf is not writer or not 0 < ref.idnum <= len(writer._objects):
            return None
        return writer._objects[ref.idnum - 1]
    live = reachable(roots, resolve)
    dropped = 0
    for i, obj in enumerate(writer._objects):
        if obj is not None and (i + 1) not in live:
            writer._objects[i] = None
            dropped += 1
    return dropped
