"""The `newsgraph` command: parse arguments, call the library, format the output."""
from __future__ import annotations

import json
import sys

import click

from . import __version__
from .errors import NewsgraphError


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"newsgraph: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: who said what, who did what to whom, when - and according to whom."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, writable=True),
              help="Write JSONL here instead of stdout.")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date for articles that do not carry one.")
@click.option("--source", metavar="NAME", help="Source (outlet) for articles that do not name one.")
@click.option("--model", metavar="NAME", help="spaCy model to use (default: en_core_web_sm).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes; the output is the same for any number.")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Articles longer than this are reported as errors, not processed.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
def extract(paths, output, published, source, model, workers, max_chars, progress):
    """Extract quotes, speakers and entities from articles; write JSONL records.

    PATHS are .txt, .jsonl and .html files, directories (read recursively) or - for stdin.
    Exit status: 0 when every article was processed, 1 when any failed, 2 on usage errors.
    """
    from .runner import extract_items
    from .io import read_paths
    from .model import Failure

    if published is not None:
        from datetime import date
        try:
            date.fromisoformat(published)
        except ValueError:
            _fail(f"--published {published!r} is not a date in YYYY-MM-DD form")
    items = read_paths(paths, published=published, source=source, max_chars=max_chars)
    show = sys.stderr.isatty() if progress is None else progress
    failed = done = 0
    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")
    bar = None
    if show:
        from tqdm import tqdm
        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
    try:
        for result in extract_items(items, model=model, workers=workers):
            if isinstance(result, Failure):
                failed += 1
                where = f" ({result.path})" if result.path else ""
                click.echo(f"newsgraph: {result.id}{where}: {result.type}: {result.message}", err=True)
            done += 1
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            if bar is not None:
                bar.update(1)
    except NewsgraphError as exc:
        _fail(str(exc))
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


@main.group(name="eval")
def eval_() -> None:
    """Score newsgraph against gold data."""


@eval_.command("polnear")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--speakers", type=click.Path(exists=True, dir_okay=False),
              help="Hand-resolved speakers (default: DIRECTORY/speakers.jsonl when present).")
@click.option("--model", metavar="NAME", help="spaCy model to use.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1), help="Score only the first N articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "errors_out", type=click.Path(dir_okay=False, writable=True),
              help="Write every unmatched gold and predicted quote here (JSONL) for error analysis.")
def eval_polnear(directory, speakers, model, workers, limit, fmt, errors_out):
    """Quote attribution on PolNeAR-format data (brat standoff)."""
    from .eval.polnear import evaluate_polnear, format_report
    try:
        report = evaluate_polnear(directory, speakers=speakers, model=model, workers=workers,
                                  limit=limit, errors_out=errors_out)
    except NewsgraphError as exc:
        _fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo(format_report(report))


@eval_.command("timex")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--model", metavar="NAME", help="spaCy model to use.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1), help="Score only the first N articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "errors_out", type=click.Path(dir_okay=False, writable=True),
              help="Write every wrong value, miss and false positive here (JSONL).")
def eval_timex(directory, model, workers, limit, fmt, errors_out):
    """Time expressions on MEANTIME (NewsReader XML with TIMEX3)."""
    from .eval.timex import evaluate_timex, format_report
    try:
        report = evaluate_timex(directory, model=model, workers=workers, limit=limit,
                                errors_out=errors_out)
    except NewsgraphError as exc:
        _fail(str(exc))
    click.echo(json.dumps(report, indent=2) if fmt == "json" else format_report(report))


if __name__ == "__main__":  # pragma: no cover
    main()
