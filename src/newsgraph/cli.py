"""The `newsgraph` command: parse arguments, call the library, format the output."""
from __future__ import annotations

import json
import os
import sys

import click

from . import __version__
from .errors import NewsgraphError
from .plover import EVENT_TYPES


def _fail(message, code: int | None = None) -> None:
    """One line on stderr and the exit status: 2 for a usage mistake, 3 for a fault of the
    store or the machine (a NewsgraphError says which it is)."""
    if code is None:
        from .errors import StoreError
        code = 3 if isinstance(message, StoreError) else 2
    click.echo(f"newsgraph: error: {message}", err=True)
    sys.exit(code)


class _Group(click.Group):
    """No traceback reaches the user: unexpected errors print one line (NEWSGRAPH_DEBUG=1 for more)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:      # one line, not click's usage block
            hint = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
            _fail(exc.format_message() + hint)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except NewsgraphError as exc:
            _fail(exc)
        except Exception as exc:  # pragma: no cover - a bug; say so plainly
            if os.environ.get("NEWSGRAPH_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set NEWSGRAPH_DEBUG=1 for a traceback)", 3)


class _IsoDate(click.ParamType):
    """A calendar date, YYYY-MM-DD: anything else is a usage error (exit 2)."""
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        from datetime import date
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)


ISO_DATE = _IsoDate()


def _check_inputs(paths) -> None:
    """Usage errors before anything is read or written: a missing path, a folder without
    a single article file."""
    from pathlib import Path
    from .io.readers import KNOWN_SUFFIXES, _walk
    for raw in paths:
        if str(raw) == "-":
            continue
        path = Path(raw)
        if not path.exists():
            _fail(f"no such file or directory: {raw}")
        if path.is_dir() and next(_walk(path), None) is None:
            known = " ".join(sorted({s.split(".")[-1] for s in KNOWN_SUFFIXES} | {"warc"}))
            _fail(f"no articles found in {raw}; readers know .{' .'.join(known.split())}")


def _metadata(path):
    if path is None:
        return None
    from .io.metadata import load_metadata
    try:
        return load_metadata(path)
    except NewsgraphError as exc:
        _fail(exc)


def _progress_bar(show: bool | None, total: int | None = None):
    """A bar on stderr with rate and ETA (when the total is known), only for a terminal."""
    if not (sys.stderr.isatty() if show is None else show):
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True)


def _count(paths):
    from .io.count import count_articles
    return count_articles(paths)


metadata_option = click.option(
    "--metadata", "metadata_file", type=click.Path(exists=True, dir_okay=False),
    help="CSV/TSV with an id (or filename) column and any of published, source, title, url.")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: who said what, who did what to whom, when - and according to whom."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, writable=True),
              help="Write JSONL here instead of stdout.")
@click.option("--published", type=ISO_DATE, help="Publication date for articles that do not carry one.")
@click.option("--source", metavar="NAME", help="Source (outlet) for articles that do not name one.")
@metadata_option
@click.option("--model", metavar="NAME", help="spaCy model to use (default: en_core_web_sm).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes; the output is the same for any number.")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Articles longer than this are reported as errors, not processed.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl", show_default=True,
              help="jsonl: one JSON record per article; pretty: a summary to read.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out quotes whose confidence (the scorer's calibrated probability) is lower.")
@click.option("--event-check", is_flag=True,
              help="Leave out events the event check does not pass: fewer, surer events in domestic "
                   "political news (the check learned from such news; it drops too much of conflict news).")
def extract(paths, output, published, source, metadata_file, model, workers, max_chars, progress, fmt,
            min_confidence, event_check):
    """Extract quotes, speakers and entities from articles; write JSONL records.

    PATHS are .txt, .jsonl and .html files, directories (read recursively) or - for stdin.
    Exit status: 0 when every article was processed, 1 when any failed, 2 on usage errors.
    """
    from .runner import extract_items
    from .io import read_paths
    from .model import Failure
    from .textual import pretty_record

    _check_inputs(paths)
    items = read_paths(paths, published=published, source=source, max_chars=max_chars,
                       metadata=_metadata(metadata_file))
    check_threshold = _event_check_threshold() if event_check else None
    failed = done = 0
    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")
    bar = _progress_bar(progress, _count(paths))
    try:
        for result in extract_items(items, model=model, workers=workers, progress=bar):
            if isinstance(result, Failure):
                failed += 1
                where = f" ({result.path})" if result.path else ""
                click.echo(f"newsgraph: {result.id}{where}: {result.type}: {result.message}", err=True)
            else:
                if min_confidence:
                    result = result.with_min_confidence(min_confidence)
                if check_threshold is not None:
                    result = result.with_event_check(check_threshold)
            done += 1
            out.write(pretty_record(result.to_dict()) if fmt == "pretty"
                      else json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    except NewsgraphError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    finally:
        if bar is not None:
            bar.close()
        if output:
            out.close()
        else:
            out.flush()
    if failed:
        click.echo(f"newsgraph: {failed} of {done} articles failed", err=True)
        sys.exit(1)


def _event_check_threshold() -> float:
    from .nlp.events.check import packaged_event_check
    try:
        return packaged_event_check().threshold
    except NewsgraphError as exc:
        _fail(exc)


DEFAULT_DB = "newsgraph.duckdb"
db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="The DuckDB store.")
format_option = click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
                             default="table", show_default=True)
limit_option = click.option("--limit", type=click.IntRange(0, 100_000), default=50, show_default=True)


def _open_store(db):
    from .store import open_store
    try:
        return open_store(db)
    except NewsgraphError as exc:
        _fail(exc)


@main.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--parquet", "parquet_dir", type=click.Path(exists=True, file_okay=False),
              help="Load a `newsgraph spark` output folder instead of extracting.")
@click.option("--published", type=ISO_DATE, help="Publication date for articles without one.")
@click.option("--source", metavar="NAME", help="Source for articles that do not name one.")
@metadata_option
@click.option("--model", metavar="NAME", help="spaCy model to use.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True)
@click.option("--progress/--no-progress", default=None)
def ingest(paths, db, parquet_dir, published, source, metadata_file, model, workers, max_chars, progress):
    """Extract articles and store them in a DuckDB file (idempotent, resumable).

    An article already stored with the same id and content is skipped; a changed one
    replaces its old rows. Exit status 1 when any article failed (it is stored as failed).
    """
    from .io import read_paths
    from .model import Failure
    from .store import ingest as run_ingest

    if parquet_dir:
        from .store import load_parquet
        counts = load_parquet(parquet_dir, db)
        click.echo("newsgraph: loaded " + ", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {db}", err=True)
        return
    if not paths:
        _fail("give PATH... to extract, or --parquet DIR")
    _check_inputs(paths)
    items = read_paths(paths, published=published, source=source, max_chars=max_chars,
                       metadata=_metadata(metadata_file))
    bar = _progress_bar(progress, _count(paths))

    def on_result(result):
        if isinstance(result, Failure):
            message = f"newsgraph: {result.id}: {result.type}: {result.message}"
            (bar.write(message, file=sys.stderr) if bar is not None else click.echo(message, err=True))

    try:
        stats = run_ingest(items, db, model=model, workers=workers, on_result=on_result, progress=bar)
    except NewsgraphError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        _fail("interrupted; what was committed is kept, run ingest again to resume", 130)
    finally:
        if bar is not None:
            bar.close()
    click.echo(f"newsgraph: {stats.stored} stored, {stats.skipped} unchanged, {stats.failed} failed "
               f"-> {db}", err=True)
    if stats.failed:
        sys.exit(1)


@main.command()
@db_option
@click.option("--speaker", help="Speaker name (or part of it, or an alias).")
@click.option("--about", help="Words that must all appear in the quote (full-text search).")
@click.option("--since", type=ISO_DATE, help="Quotes dated on or after this date.")
@click.option("--until", type=ISO_DATE, help="Quotes dated on or before this date.")
@click.option("--source", help="Outlet: the article's source or the quote's reported_by.")
@limit_option
@format_option
def quotes(db, speaker, about, since, until, source, limit, fmt):
    """Quotes in the store, newest first."""
    store = _open_store(db)
    click.echo(store.quotes(speaker=speaker, about=about, since=since, until=until,
                            source=source, limit=limit).format(fmt), nl=fmt == "table")


@main.command()
@db_option
@click.option("--actor", help="Actor name.")
@click.option("--recipient", help="Recipient name.")
@click.option("--type", "type_", type=click.Choice(sorted(EVENT_TYPES), case_sensitive=False),
              help="PLOVER event type.")
@click.option("--checked", is_flag=True,
              help="Only the events the event check passes (see extract --event-check).")
@limit_option
@format_option
def events(db, actor, recipient, type_, checked, limit, fmt):
    """Events in the store, newest first."""
    store = _open_store(db)
    min_check = _event_check_threshold() if checked else None
    click.echo(store.events(actor=actor, recipient=recipient, type=type_, min_check=min_check,
                            limit=limit).format(fmt), nl=fmt == "table")


@main.command()
@db_option
@click.option("--name", help="Part of the actor's name or an alias.")
@click.option("--type", "type_", help="PERSON, ORG, GPE, NORP ...")
@click.option("--explain", "explain", metavar="NAME",
              help="Show how the actors NAME finds were formed: their mentions' names, titles, countries and merges.")
@limit_option
@format_option
def actors(db, name, type_, explain, limit, fmt):
    """Actors across the corpus (one per person, organisation or country) with counts."""
    store = _open_store(db)
    if explain:
        from .cli_corpus import print_explanation
        print_explanation(store.explain_actor(explain), fmt)
        return
    click.echo(store.actors(name=name, type=type_, limit=limit).format(fmt), nl=fmt == "table")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(db, fmt):
    """Counts of articles, entities, quotes and events."""
    store = _open_store(db)
    counts = store.stats()
    if fmt == "json":
        click.echo(json.dumps(counts))
    else:
        for key, value in counts.items():
            click.echo(f"{key:<10}{value:>10,}")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default="parquet",
              show_default=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for one file per table.")
def export(db, fmt, out_dir):
    """Write articles, entities, quotes, dates, events and actors, one file per table."""
    store = _open_store(db)
    try:
        for path in store.export(out_dir, fmt):
            click.echo(str(path))
    except NewsgraphError as exc:
        _fail(exc)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the server on this machine.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--model", metavar="NAME", help="spaCy model for POST /api/extract.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another Host name to answer for (besides 127.0.0.1, localhost and --host).")
@click.option("--allow-origin", "allow_origins", multiple=True, metavar="URL",
              help="Another origin allowed to POST /api/extract (e.g. https://tools.example).")
@click.option("--max-chars", type=click.IntRange(1), default=200_000, show_default=True,
              help="Longest article POST /api/extract accepts.")
@click.option("--extract-timeout", type=click.FloatRange(1), default=60.0, show_default=True,
              help="Seconds one extraction may take before the client gets a 503.")
def serve(db, host, port, model, allow_hosts, allow_origins, max_chars, extract_timeout):
    """Web UI and REST API over a store (HTML pages, their .json twins, /api/...)."""
    import uvicorn
    from .web import create_app
    _open_store(db)      # fail early, with a clear message, on a missing or broken store
    app = create_app(db, model=model, host=host, allowed_hosts=allow_hosts, allowed_origins=allow_origins,
                     max_chars=max_chars, timeout=extract_timeout)
    click.echo(f"newsgraph: serving {db} on http://{host}:{port}", err=True)
    # idle keep-alive connections are closed after 5 s; at most 64 connections at once
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=5,
                limit_concurrency=64, h11_max_incomplete_event_size=64 * 1024)


@main.command()
@click.option("--input", "input_path", required=True, help="Text files, JSONL or Parquet: a path or a glob.")
@click.option("--output", required=True, help="Folder for the Parquet datasets, one per table.")
@click.option("--master", help="Spark master URL (default: the session's, local[*] when run locally).")
@click.option("--partitions", type=click.IntRange(1), help="Repartition the articles to N partitions.")
@click.option("--model", metavar="NAME", help="spaCy model to use on the executors.")
@click.option("--published", type=ISO_DATE, help="Publication date for articles without one.")
@click.option("--source", metavar="NAME", help="Source for articles that do not name one.")
def spark(input_path, output, master, partitions, model, published, source):
    """Run extraction on Spark; write articles/, entities/, quotes/, dates/, events/, actors/."""
    try:
        from .spark import run_job
        import pyspark  # noqa: F401
    except ImportError:
        _fail("newsgraph spark needs pyspark: pip install 'newsgraph[spark]'")
    counts = run_job(input_path, output, master=master, partitions=partitions, model=model,
                     published=published, source=source)
    click.echo(json.dumps(counts))


@main.command()
@click.argument("folder", default="newsgraph-demo", type=click.Path(file_okay=False))
@click.option("--model", metavar="NAME", help="spaCy model to use.")
def demo(folder, model):
    """Extract the example articles shipped with newsgraph into FOLDER/newsgraph.duckdb
    (default ./newsgraph-demo) and print who said what."""
    from .demo import build_demo, who_said_what
    from .textual import quote_table
    db, stats = build_demo(folder, model=model)
    rows = who_said_what(db)
    quote_table(rows, title=f"Who said what in {stats.seen} example articles")
    click.echo(f"\n{len(rows)} quotes from {stats.seen} articles ({stats.failed} failed) in {db}")
    click.echo(f"browse them:  newsgraph serve --db {db}")
    click.echo(f"query them:   newsgraph quotes --db {db} --speaker Vidal")
    click.echo(f"trace them:   newsgraph statements --db {db} --min-outlets 2")


@main.group(name="eval")
def eval_() -> None:
    """Score newsgraph against gold data."""


def _eval_options(limit_help: str, errors_help: str):
    """The options every eval subcommand takes, after its own."""
    options = [
        click.option("--model", metavar="NAME", help="spaCy model to use."),
        click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True),
        click.option("--limit", type=click.IntRange(1), help=limit_help),
        click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                     show_default=True),
        click.option("--errors", "errors_out", type=click.Path(dir_okay=False, writable=True),
                     help=errors_help),
        click.option("--progress/--no-progress", default=None,
                     help="Progress bar on stderr (default: when stderr is a terminal)."),
    ]

    def apply(f):
        for option in reversed(options):
            f = option(f)
        return f
    return apply


def _print_report(evaluate, format_report, fmt: str, *args, progress=None, **kwargs) -> None:
    bar = _progress_bar(progress)
    try:
        report = evaluate(*args, progress=bar, **kwargs)
    except NewsgraphError as exc:
        _fail(exc)
    finally:
        if bar is not None:
            bar.close()
    click.echo(json.dumps(report, indent=2) if fmt == "json" else format_report(report))


@eval_.command("polnear")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--speakers", type=click.Path(exists=True, dir_okay=False),
              help="Hand-resolved speakers (default: DIRECTORY/speakers.jsonl when present).")
@_eval_options("Score only the first N articles.",
               "Write every unmatched gold and predicted quote here (JSONL) for error analysis.")
def eval_polnear(directory, speakers, model, workers, limit, fmt, errors_out, progress):
    """Quote attribution on PolNeAR-format data (brat standoff)."""
    from .eval.polnear import evaluate_polnear, format_report
    _print_report(evaluate_polnear, format_report, fmt, directory, speakers=speakers, model=model,
                  workers=workers, limit=limit, errors_out=errors_out, progress=progress)


@eval_.command("agreement")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_agreement(directory, fmt):
    """PolNeAR's annotators scored against each other: the human ceiling of `eval polnear`."""
    from .eval.agreement import evaluate_agreement, format_report
    _print_report(evaluate_agreement, format_report, fmt, directory)


@eval_.command("timex")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@_eval_options("Score only the first N articles.",
               "Write every wrong value, miss and false positive here (JSONL).")
def eval_timex(directory, model, workers, limit, fmt, errors_out, progress):
    """Time expressions on MEANTIME (NewsReader XML with TIMEX3)."""
    from .eval.timex import evaluate_timex, format_report
    _print_report(evaluate_timex, format_report, fmt, directory, model=model, workers=workers,
                  limit=limit, errors_out=errors_out, progress=progress)


@eval_.command("plover")
@click.argument("tsv", type=click.Path(exists=True, dir_okay=False))
@click.option("--gsr", type=click.Path(exists=True, dir_okay=False),
              help="Also check actor coding on PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt).")
@_eval_options("Score only the first N pairs.", "Write every pair scored wrong here (JSONL).")
def eval_plover(tsv, gsr, model, workers, limit, fmt, errors_out, progress):
    """PLOVER event coding on PLV-format pairs (sentence, source, target, gold_root)."""
    from .eval.plover import evaluate_plover, format_report
    _print_report(evaluate_plover, format_report, fmt, tsv, gsr=gsr, model=model, workers=workers,
                  limit=limit, errors_out=errors_out, progress=progress)


from . import cli_corpus  # noqa: E402  (the corpus-wide commands, kept in their own module)

cli_corpus.register(main, db_option=db_option, limit_option=limit_option, format_option=format_option,
                    iso_date=ISO_DATE, open_store=_open_store, fail=_fail)

if __name__ == "__main__":  # pragma: no cover
    main()
