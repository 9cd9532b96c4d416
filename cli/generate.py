"""``redactor generate-suite``: write the generated stress suite as gold JSONL."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from redactor.cli.errors import CommandError


@click.command(name="generate-suite")
@click.option("--seed", type=int, default=7, show_default=True,
              help="Seed: the same seed always writes the same documents.")
@click.option("--docs", "n_docs", type=click.IntRange(min=1), default=200, show_default=True,
              help="Number of documents.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Gold JSONL file to write ('-' for standard output).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
@click.option("--kind", type=click.Choice(["personal", "security", "rosters", "sensitive"]), default="personal", show_default=True,
              help="personal: names, addresses, numbers; security: security details, data centers, "
                   "network addresses and credentials; rosters: tables of private persons and lists "
                   "of residents with community posts; sensitive: 要配慮個人情報 in case records, registers, "
                   "reports and minutes.")
def generate_suite(seed: int, n_docs: int, output: str, force: bool, kind: str) -> None:
    """Write a generated stress suite: made-up municipal documents (minutes,
    bills, petitions, subsidy tables, attendance lists, notices,
    consultation records) as gold JSONL for 'redactor eval'.

    Every gold span carries a "category" naming the writing variation it
    exercises (name_sep_zenkaku, phone_linebreak, address_aza,
    official_fused ...), so 'redactor eval --by-category' shows which
    variations the tool misses. All names, addresses and numbers are made
    up (e-mail domains are example.* or fictional towns).

    With --kind security, the documents are committee minutes, audit
    reports and yearly plans stating security controls and weaknesses
    (category sec_backup, sec_authentication ...; an extra "phrasing" key
    says plain, polite, question, bullet or table), data-center sites, network addresses and secrets,
    and general statements that must not be flagged (general_*, KEEP spans:
    their over-masking is the share flagged).

    With --kind rosters, the documents are tables of private persons
    (TAB, 全角空白, ruled │┃ or Markdown cells; name headings, columns and
    hard names varied: category table_*) and lists of residents (numbered
    items with ages, ・bullets with 様, district + community post + name,
    post：name, 、-lists closed by の各氏: category list_*), with officials
    named by title in the lists as KEEP near misses (list_official_keep).

    With --kind sensitive, the documents are case records, registers,
    incident reports and minutes stating 要配慮個人情報 of each statutory
    class (illness, disability, care level, welfare, criminal record,
    proceedings, victimisation, health-check results, creed) as a verb, a
    nominal sentence, a bullet, a field, a table cell, a quoted remark or
    everyday words (category sens_<form>; an extra "class" key), beside
    statements about a programme or statistics that must stay visible
    (general_*, KEEP).

    \b
    Examples:
      redactor generate-suite --seed 7 --docs 200 -o suite.jsonl
      redactor eval suite.jsonl --by-category
      redactor generate-suite --kind security --docs 300 -o security.jsonl
      redactor generate-suite --kind rosters --seed 1 -o rosters.jsonl
      redactor generate-suite --kind sensitive --seed 1 -o sensitive.jsonl
      redactor eval suite.jsonl --by-category --json | jq .by_category.name_linebreak
    """
    from redactor.stress import generate
    from redactor.stress.rosters import generate_rosters
    from redactor.stress.security import generate_security
    from redactor.stress.sensitive import generate_sensitive

    if kind == "security":
        generate = generate_security
    elif kind == "rosters":
        generate = generate_rosters
    elif kind == "sensitive":
        generate = generate_sensitive
    if output != "-" and Path(output).exists() and not force:
        raise CommandError(f"{output} は既にあります（上書きするには --force を付けてください）")
    lines = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in generate(seed, n_docs))
    if output == "-":
        sys.stdout.write(lines)
        return
    try:
        Path(output).write_text(lines, encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"{output}: 書き込めません: {exc.strerror}") from exc
    click.echo(f"{output}: {n_docs} 文書を書きました（seed {seed}）", err=True)
