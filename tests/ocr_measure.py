"""Measure --ocr on scans of text documents (not a test: run by hand).

For each source: a text PDF (the bundled bill, the bundled .txt examples
and generated bills typeset in Noto Sans CJK), its masked values and names
on the text version, then a scan of it (200 dpi, turned, specks) masked
with --ocr. Reported: masked values a second OCR of the output still reads
(vs. those masked on the text version), names found by OCR (vs. the text
version), pages per second (read + OCR + mask + the write's own re-OCR).

    .venv/bin/python tests/ocr_measure.py [--generated N] [--angle 1.0]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_factory import scan_of, text_pdf  # noqa: E402

from redactor.documents.ocr_verify import fuzzy_find, key, reread_text  # noqa: E402
from redactor.documents.pdf import PdfFormat  # noqa: E402
from redactor.finding import MASK  # noqa: E402
from redactor.pipeline import Redactor  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def sources(generated: int, seed: int) -> list[tuple[str, bytes, str | None]]:
    """(name, text PDF, its plain text or None to read it from the PDF)."""
    out: list[tuple[str, bytes, str | None]] = [
        ("examples/agenda_bill.pdf", (ROOT / "examples" / "agenda_bill.pdf").read_bytes(), None)]
    for name in ("agenda_bill.txt", "minutes.txt"):
        text = (ROOT / "examples" / name).read_text(encoding="utf-8")
        out.append((f"examples/{name}", text_pdf(text), text))
    if generated:
        from redactor.stress.generator import generate
        docs = [d for d in generate(seed, 60) if "bill" in d.get("kind", "") or d.get("kind") == "petition"]
        for d in docs[:generated]:
            out.append((d["id"], text_pdf(d["text"]), d["text"]))
    return out


def masked(result, text: str) -> tuple[list[str], list[str]]:
    values = [text[r.start:r.end] for r in result.replacements]
    names = [f.text for f in result.findings if f.label == "PERSON" and f.action == MASK]
    return values, names


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--angle", type=float, default=1.0)
    args = ap.parse_args()
    redactor = Redactor()
    fmt = PdfFormat()
    ocr_fmt = PdfFormat()
    ocr_fmt.ocr = True
    totals = {"values": 0, "leaked": 0, "names": 0, "names_found": 0, "pages": 0, "seconds": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf, plain in sources(args.generated, args.seed):
            src = Path(tmp) / "text.pdf"
            src.write_bytes(pdf)
            if plain is None:
                ext = fmt.read(src)
                values, names = masked(redactor.redact(ext.text, source=name, join_lines=ext.join_lines), ext.text)
            else:
                values, names = masked(redactor.redact(plain, source=name), plain)
            scan = Path(tmp) / "scan.pdf"
            scan.write_bytes(scan_of(src, angle=args.angle))
            t = time.perf_counter()
            oext = ocr_fmt.read(scan)
            from redactor.documents.pdf.overlay import covered_findings
            oresult = redactor.redact(oext.text, source=name, join_lines=oext.join_lines,
                                      known=covered_findings(oext))
            out = Path(tmp) / "out.pdf"
            error = ""
            try:
                ocr_fmt.write(scan, oext, oresult.replacements, out)
            except Exception as exc:
                error = str(exc)[:160]
            seconds = time.perf_counter() - t
            pages = oext.info.get("pages", 1)
            ocr_names = [key(f.text) for f in oresult.findings if f.label == "PERSON"]
            found = sum(1 for n in names if any(fuzzy_find(key(n), o, len(key(n)) // 5)
                                                or fuzzy_find(o, key(n), len(o) // 5) for o in ocr_names if o))
            leaked = 0
            if not error:
                import pypdfium2 as pdfium

                doc = pdfium.PdfDocument(out.read_bytes())
                again = "".join(key(reread_text(doc[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")))
                                for i in range(len(doc)))
                doc.close()
                leaks = [v for v in {key(v) for v in values} if len(v) >= 2 and fuzzy_find(v, again, len(v) // 5)]
                leaked = len(leaks)
                if leaks:
                    print("  re-read:", leaks, file=sys.stderr)
            row = {"source": name, "pages": pages, "masked_text_version": len({key(v) for v in values}),
                   "reread_in_output": leaked, "names_text": len(names), "names_ocr": found,
                   "seconds": round(seconds, 1), "error": error}
            print(json.dumps(row, ensure_ascii=False), flush=True)
            totals["values"] += row["masked_text_version"]
            totals["leaked"] += leaked
            totals["names"] += len(names)
            totals["names_found"] += found
            totals["pages"] += pages
            totals["seconds"] += seconds
    t = totals
    print(f"re-OCR found {t['leaked']}/{t['values']} masked values "
          f"({100 * t['leaked'] / max(1, t['values']):.1f}%); names {t['names_found']}/{t['names']} "
          f"({100 * t['names_found'] / max(1, t['names']):.0f}%); {t['pages']} pages in {t['seconds']:.0f}s "
          f"= {t['pages'] / max(1e-9, t['seconds']):.3f} pages/s")


if __name__ == "__main__":
    main()
