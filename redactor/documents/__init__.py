"""Document formats: read a file into text for detection, write it masked.

``format_for(path)`` picks the format by file suffix. Formats whose extra
libraries are missing are simply not registered, and asking for them gives
a one-line error rather than an ImportError.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from redactor.documents.base import DocumentError, DocumentFormat, Extracted, Part, UnsafeOutput

# module name -> class name; one format per module.
_FORMATS = {"text": "TextFormat", "pdf": "PdfFormat", "docx": "DocxFormat", "html": "HtmlFormat"}


def available_formats() -> list[DocumentFormat]:
    formats: list[DocumentFormat] = []
    for module, cls in _FORMATS.items():
        try:
            mod = importlib.import_module(f"redactor.documents.{module}")
        except ImportError:
            continue
        if hasattr(mod, cls):
            formats.append(getattr(mod, cls)())
    return formats


def format_for(path: str | Path) -> DocumentFormat:
    """The format for ``path`` by its suffix; plain text when unknown."""
    suffix = Path(path).suffix.lower()
    formats = available_formats()
    for fmt in formats:
        if suffix in fmt.suffixes:
            return fmt
    supported = sorted({s for f in formats for s in f.suffixes if s})
    raise DocumentError(f"{path}: この形式（{suffix}）は扱えません。対応: {' '.join(supported)}")


__all__ = ["DocumentError", "DocumentFormat", "Extracted", "Part", "UnsafeOutput",
           "available_formats", "format_for"]
