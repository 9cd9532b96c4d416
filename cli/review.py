"""``redactor review``: write the HTML review page for one document."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from redactor.cli.common import (encoding_option, max_size_option, ocr_option, password_option, policy_option,
                                 profile_option, resolve_policy)
from redactor.cli.errors import NEEDS_ATTENTION, OK, CommandError


@click.command()
@click.argument("file")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False),
              help="Where to write the review page (.html). It contains the original text: keep it internal.")
@profile_option
@policy_option
@encoding_option
@password_option
@max_size_option
@ocr_option
@click.option("--force", is_flag=True, help="Overwrite an existing OUTPUT.")
def review(file: str, out: str, profile: str | None, policy_file: str | None,
           encoding: str | None, password: str | None, ocr: bool, force: bool) -> None:
    """Write a review page for FILE: one self-contained HTML file to open in a browser.

    The page shows the document with every finding highlighted (colour per
    label, badge per action: 非公開 / 要確認 / 公開), the reason of each,
    lists by label and action with filters, re-identification risks with
    their suggested generalisation, and security-detail clauses by
    category. The reviewer flips findings, accepts or rejects
    generalisations, selects missed stretches, and exports decisions.json,
    which `redactor mask FILE --decisions decisions.json` applies.

    The page needs no network (no CDN, fonts or scripts from outside) and
    contains the ORIGINAL TEXT with its personal data: an internal file,
    never to be published. It is written readable by its owner only.

    With --ocr (a scanned PDF) the page also shows each page read by OCR
    as its ORIGINAL image with the boxes of the findings; drag on the image
    to add a box the OCR missed. The boxes go into decisions.json and
    `redactor mask FILE --ocr --decisions decisions.json` paints them.

    \b
    Examples:
      redactor review minutes.txt -o minutes.review.html
      redactor review bill.txt -o review.html --policy city.toml
      redactor review bill.pdf -o bill.review.html     # PDF, Word, HTML: the text a reader sees
      redactor review scan.pdf --ocr -o scan.review.html   # a scan: page images to draw boxes on

    Exit code: 0 written, nothing to mask or review; 1 written, something
    to mask or review; 2 error (nothing written).
    """
    from redactor.audit import printable_name
    from redactor.errors import RedactorError
    from redactor.pipeline import Redactor
    from redactor.review import build_report
    from redactor.textio import write_atomic

    out_path = Path(out)
    if file != "-" and Path(file).exists() and out_path.exists() and Path(file).resolve() == out_path.resolve():
        raise CommandError(f"出力先が入力と同じファイルです: {out_path}（入力は上書きしません）")
    if out_path.exists() and not force:
        raise CommandError(f"{out_path} は既に存在します（上書きするには --force）")
    policy = resolve_policy(profile, policy_file)
    from redactor.documents.ocr_pages import ocr_page_count, review_pages
    from redactor.documents.pdf.overlay import covered_findings

    name, text, join_lines, extracted = _read(file, encoding, password, ocr)
    try:  # the same findings as mask (covered text, OCR's doubtful characters), so the ids match
        result = Redactor(policy=policy).check(text, join_lines=join_lines, known=covered_findings(extracted))
    except RedactorError as exc:  # a recognizer failed: no page from a partial check
        raise CommandError(f"{name}: {exc}（出力していません）") from exc
    pages = review_pages(extracted, result.findings)
    page = build_report(text, result, name=printable_name(Path(name).name), policy=policy, pages=pages)
    write_atomic(out_path, page.encode("utf-8"))  # a private temporary file renamed: mode 0600
    n_review = result.count("REVIEW")
    n_ocr = ocr_page_count(extracted)
    click.echo(f"{name} → {out_path}: 確認用レポート（非公開 {result.count('MASK')}件・"
               f"要確認 {n_review}件・公開 {result.count('KEEP')}件）", err=True)
    click.echo("このファイルは原文（個人情報）を含む内部資料です。公開・外部送付はしないでください。"
               f"判断を書き出したら: redactor mask {file}{' --ocr' if n_ocr else ''} --decisions decisions.json "
               "-o 公開用ファイル", err=True)
    if n_ocr:  # OCR may have missed something: a person looks, whatever was found
        click.echo(f"OCR で読んだページ {n_ocr}（見落としの可能性あり）: レポートのページ画像で確認し、"
                   "足りない黒塗りは画像の上に描いてください", err=True)
    raise SystemExit(NEEDS_ATTENTION if result.needs_attention or n_ocr else OK)


def _read(file: str, encoding: str | None, password: str | None, ocr: bool = False) -> tuple[str, str, bool, Any]:
    """(name, text, join_lines, extracted or None) of a text file or of a document as a
    reader sees it: the same reading as ``check`` and ``mask``, so decisions.json applies
    to it. A document with unreadable parts (a scan without --ocr) is refused, never
    reviewed half."""
    from redactor.cli.check import read_for_check
    from redactor.process import unreadable_message

    doc = read_for_check(file, encoding, password, ocr)
    if doc.unreadable:
        assert doc.extracted is not None  # unreadable parts are named by the Extracted they were read into
        raise CommandError(unreadable_message(doc.name, doc.extracted))
    return doc.name, doc.text, doc.join_lines, doc.extracted
