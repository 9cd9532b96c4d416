"""``redactor eval``: accuracy against a gold JSONL file."""
from __future__ import annotations

import json
import sys

import click

from redactor.cli.common import policy_option, profile_option, resolve_policy
from redactor.cli.errors import CommandError


@click.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@profile_option
@policy_option
@click.option("--json", "as_json", is_flag=True, help="Print exactly one JSON object.")
@click.option("--predictions", type=click.Path(dir_okay=False), default=None,
              help="Also write the findings per document in the reference scorer's format.")
@click.option("--by-category", is_flag=True,
              help="Also report recall, leak and over-masking per span 'category' (the key the "
                   "generated stress suite writes; see 'redactor generate-suite').")
def evaluate(gold: str, profile: str | None, policy_file: str | None, as_json: bool,
             predictions: str | None, by_category: bool) -> None:
    """Score the tool against GOLD (JSONL, one annotated document per line).

    Prints leak rate, recall, precision and over-masking per label and
    overall, with the definitions of the gold-format spec (a span is covered
    when >= 90% of its characters are masked or flagged for review).
    With --by-category, the same figures per span category follow (in
    --json under "by_category"), and for gold risk groups with a category
    (the generated risk scenarios) the groups flagged high per category
    (under "risk_by_category"); the overall figures do not change.

    \b
    Examples:
      redactor eval ../shared/corpus/dev.jsonl
      redactor eval ../shared/corpus/dev.jsonl --json --predictions pred.jsonl
      python3 ../shared/tools/score.py ../shared/corpus/dev.jsonl pred.jsonl   # same figures
      redactor eval ../shared/corpus/external/stockmark.jsonl --profile strict
      redactor generate-suite --seed 7 --docs 200 -o suite.jsonl
      redactor eval suite.jsonl --by-category          # which writing habits are missed
    """
    from redactor.errors import RedactorError
    from redactor.evaluation import (GoldError, format_category_table, format_table, load_jsonl,
                                     predictions_for, score, score_by_category, score_risk_by_category)
    from redactor.stress import CATEGORIES
    from redactor.stress.rosters import ROSTER_CATEGORIES
    from redactor.pipeline import Redactor

    try:
        docs = load_jsonl(gold)
    except GoldError as exc:
        raise CommandError(str(exc)) from exc
    for doc_id, doc in docs.items():
        if not isinstance(doc.get("text"), str):
            raise CommandError(f"{gold}: {doc_id} に text がありません")
    redactor = Redactor(policy=resolve_policy(profile, policy_file))
    show_progress = sys.stderr.isatty()
    try:
        if show_progress:
            with click.progressbar(length=len(docs), label="評価中", file=sys.stderr) as bar:
                pred = predictions_for(redactor, docs, bar.update)
        else:
            pred = predictions_for(redactor, docs)
    except RedactorError as exc:  # a recognizer failed: no figures from a partial run
        raise CommandError(f"評価を中断しました: {exc}") from exc
    if predictions:
        with open(predictions, "w", encoding="utf-8") as fh:
            for entry in pred.values():
                fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    report = score(docs, pred)
    if by_category:
        report["by_category"] = score_by_category(docs, pred)
        risk_categories = score_risk_by_category(docs, pred)
        if risk_categories:
            report["risk_by_category"] = risk_categories
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False))
    else:
        click.echo(format_table(report))
        if by_category:
            click.echo("")
            click.echo(format_category_table(report["by_category"], CATEGORIES + ROSTER_CATEGORIES))
            if report.get("risk_by_category"):
                # high groups: the share found; low groups (controls): the share wrongly called high
                click.echo("")
                click.echo(f"{'risk category':34} {'level':5} {'groups':>6} {'high':>5} {'rate':>6}")
                for name, d in report["risk_by_category"].items():
                    rate = "-" if d["rate"] is None else f"{d['rate']:.3f}"
                    click.echo(f"{name:34} {d['level']:5} {d['groups']:>6} {d['flagged_high']:>5} {rate:>6}")
