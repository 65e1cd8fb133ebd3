"""`newsgraph statements`, `statement`, `outlets` and `migrate`: the corpus-wide commands
(thin wrappers over `Store`; registered on the main group by cli.py)."""
from __future__ import annotations

import json
import textwrap

import click

from .store.query import Table


def _words(words: list[dict]) -> str:
    """Changed words in brackets for a terminal: «like» «this»."""
    return " ".join(w["word"] if w["same"] else f"«{w['word']}»" for w in words)


def print_explanation(found: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2, default=str))
        return
    if not found:
        click.echo("no actor by that name")
    for a in found:
        click.echo(f"{a['name']} ({a['type']}, {a['actor_id']}, key {a['key']}): "
                   f"{a['articles']} article(s), {a['quotes']} quote(s)")
        click.echo("  named as: " + "; ".join(f"{n['name']} ({n['articles']})" for n in a["names"]))
        if a["titles"]:
            click.echo("  titles: " + "; ".join(f"{t['title']} ({t['articles']})" for t in a["titles"]))
        if a["countries"]:
            click.echo("  countries: " + "; ".join(f"{c['country']} ({c['articles']})" for c in a["countries"]))
        for m in a["merged"]:
            click.echo(f"  joined: {m['name']} ({m['articles']} article(s)) because {m['reason']}")


def register(main, *, db_option, limit_option, format_option, iso_date, open_store, fail) -> None:
    @main.command()
    @db_option
    @click.option("--speaker", help="Any name a quote of the statement gives its speaker (or part of it).")
    @click.option("--min-outlets", type=click.IntRange(1), default=1, show_default=True,
                  help="Only statements carried by at least N outlets.")
    @click.option("--since", type=iso_date, help="First reported on or after this date.")
    @click.option("--until", type=iso_date, help="First reported on or before this date.")
    @click.option("--about", help="Text the statement contains.")
    @click.option("--conflict/--no-conflict", default=None, help="Only statements whose speakers disagree (or agree).")
    @limit_option
    @format_option
    def statements(db, speaker, min_outlets, since, until, about, conflict, limit, fmt):
        """Statements: the quotes of one utterance across articles and outlets, the most widely carried first."""
        store = open_store(db)
        table = store.statements(speaker=speaker, min_outlets=min_outlets, since=since, until=until,
                                 about=about, conflict=conflict, limit=limit)
        if fmt == "table":
            keep = ["statement_id", "speaker", "n_outlets", "n_quotes", "first_published", "first_source", "text"]
            idx = [table.columns.index(c) for c in keep]
            table = Table(keep, [tuple(r[i] for i in idx) for r in table.rows])
        click.echo(table.format(fmt, max_width=70) if fmt == "table" else table.format(fmt), nl=fmt == "table")

    @main.command()
    @click.argument("statement_id")
    @db_option
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
    def statement(statement_id, db, fmt):
        """One statement: who said it, who carried it first, every occurrence in time order
        with the words that differ from its longest wording in «brackets»."""
        store = open_store(db)
        found = store.statement(statement_id)
        if found is None:
            fail(f"no statement {statement_id!r} in {db}")
        if fmt == "json":
            click.echo(json.dumps(found, ensure_ascii=False, indent=2, default=str))
            return
        flag = "  (speakers disagree: " + ", ".join(found["speakers"]) + ")" if found["conflict"] else ""
        click.echo(f"{found['statement_id']}: {found['speaker'] or 'unknown speaker'}{flag}")
        click.echo(f"carried by {found['n_outlets']} outlet(s), {found['n_quotes']} quote(s); first: "
                   f"{found['first_source'] or '?'} {found['first_published'] or ''} ({found['first_article_id']})")
        for o in found["occurrences"]:
            via = f", per {o['reported_by']}" if o["reported_by"] else ""
            click.echo(f"\n{o['published'] or '?'}  {o['source'] or '?'}  {o['article_id']} {o['quote_id']}"
                       f"  ({o['kind']}, {o['speaker'] or 'unknown speaker'}{via})")
            click.echo(textwrap.fill(_words(o["words"]), width=100, initial_indent="    ",
                                     subsequent_indent="    "))

    @main.command()
    @db_option
    @format_option
    def outlets(db, fmt):
        """Who cites whom: quotes an outlet attributes to another ("per AP", "told CNN"), and
        how many of them the cited outlet's own article in the store carries."""
        store = open_store(db)
        edges = store.outlet_graph()
        table = Table(["citing", "cited", "quotes", "linked"],
                      [(e["citing"], e["cited"], e["quotes"], e["linked"]) for e in edges])
        click.echo(table.format(fmt), nl=fmt == "table")

    @main.command()
    @db_option
    def migrate(db):
        """Bring a store written by an older newsgraph up to this version's schema."""
        from pathlib import Path

        from .store import StoreWriter
        from .store.connection import connect
        from .store.schema import current_version
        if not Path(db).exists():
            fail(f"no store at {db}")

        def version() -> int:
            con = connect(db, read_only=True)
            try:
                return current_version(con)
            finally:
                con.close()

        before = version()
        with StoreWriter(db):          # opening for writing applies the missing steps
            pass
        after = version()
        click.echo(f"{db}: schema {before} -> {after}" + (" (already current)" if before == after else ""))
