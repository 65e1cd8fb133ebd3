"""`newsgraph demo`: the shipped example articles, extracted into a store, as a who-said-what
table. Needs nothing but the installed package (no gold data, no network)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from .store import ingest, open_store

DEFAULT_FOLDER = "newsgraph-demo"


def examples_dir() -> Path:
    """The example articles shipped inside the package."""
    return Path(str(resources.files("newsgraph") / "examples"))


def build_demo(folder: str | Path = DEFAULT_FOLDER, *, model: str | None = None, workers: int = 1):
    """Ingest the examples into ``folder/newsgraph.duckdb`` (again: nothing changes) and
    return (store path, ingest stats)."""
    from .io import read_paths
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "newsgraph.duckdb"
    stats = ingest(read_paths([examples_dir()]), db, model=model, workers=workers)
    return db, stats


def who_said_what(db: str | Path) -> list[dict]:
    """Every quote of the store in article order: speaker, kind, cue, quote, source, date."""
    return open_store(db).quotes_in_order()
