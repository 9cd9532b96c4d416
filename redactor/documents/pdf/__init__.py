"""PDF: read Japanese PDFs for detection, write truly redacted PDFs.

The front door of the PDF modules: ``PdfFormat`` (``format``) is the
document format the rest of the tool uses, and the post-redaction cleanup
is importable from here as one set of steps.

Removing glyphs from the content streams (``redact``) is not enough.
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

The modules, in the order a page goes through them:

- ``fonts`` (decoding), ``glyphs`` (the content-stream interpreter),
  ``text`` (lines, joins, locations), ``overlay`` (text only covered by a
  box drawn over it): reading;
- ``redact`` (glyph removal, boxes), ``raster`` (the rasterised fallback):
  writing the pages;
- ``scrub`` (metadata, outlines, annotations, ActualText, form fields),
  ``font_prune`` (masked characters out of font subsets; ToUnicode maps in
  ``tounicode``), ``objects`` (object walk, orphans), ``leak_scan`` (the
  post-write scan), ``targets`` and ``strings`` (matching targets in PDF
  strings): the cleanup above.
"""
from __future__ import annotations

from redactor.documents.pdf.font_prune import prune_fonts
from redactor.documents.pdf.format import PageMap, PdfFormat, PdfMap, open_reader, reader_text
from redactor.documents.pdf.leak_scan import leak_scan
from redactor.documents.pdf.objects import remove_orphans
from redactor.documents.pdf.scrub import scrub_document, scrub_marked_content

__all__ = ["PageMap", "PdfFormat", "PdfMap", "leak_scan", "open_reader", "prune_fonts", "reader_text",
           "remove_orphans", "scrub_document", "scrub_marked_content"]
