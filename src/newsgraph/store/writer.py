"""The one writer: ingest articles into the store, in batched transactions.

Idempotent (an article already stored with the same id and content is skipped; a
changed one replaces its rows) and resumable (each batch commits as one transaction, so
after a crash or `kill -9` the next run redoes only what was not committed). The DuckDB
file is opened per batch, so read-only readers can get in between batches.
"""
from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..model import Article, Failure, Record
from ..errors import StoreError
from .connection import connect, transaction, writer_lock
from .grouping import replaced_memberships, update_statements
from .rows import content_hash, record_rows
from .schema import TABLES, duck_type, migrate

BATCH = int(os.environ.get("NEWSGRAPH_INGEST_BATCH", "200"))
ROW_TABLES = ("articles", "entities", "quotes", "dates", "events", "quote_terms")


@dataclass
class IngestStats:
    seen: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0

    def to_dict(self) -> dict:
        return {"seen": self.seen, "stored": self.stored, "skipped": self.skipped,
                "failed": self.failed}


def _columns(table: str) -> list[str]:
    if table == "quote_terms":
        return ["term", "article_id", "quote_id"]
    return [c for c, _ in TABLES[table]]


class StoreWriter:
    """Writes records to a DuckDB file. Use as a context manager: it holds the writer lock."""

    def __init__(self, path):
        self.path = path
        self._lock = writer_lock(path)
        # (key, type, name) of every actor the writes since the last relink added or
        # removed a mention of: their surnames' merges are redone
        self._touched: set[tuple] = set()

    def __enter__(self) -> "StoreWriter":
        self._lock.__enter__()
        try:
            con = connect(self.path, read_only=False)
            try:
                migrate(con)
            finally:
                con.close()
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc) -> None:
        self._lock.__exit__(*exc)

    def stored_hashes(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """id -> (content hash, status) for the ids already stored."""
        if not ids:
            return {}
        con = connect(self.path, read_only=False)
        try:
            rows = con.execute(
                "SELECT article_id, content_hash, status FROM articles WHERE article_id IN "
                "(SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        finally:
            con.close()
        return {r[0]: (r[1], r[2]) for r in rows}

    def write(self, results: list[Record | Failure]) -> list[Record | Failure]:
        """Replace the rows of these articles, all in one transaction. An article whose rows
        the store refuses is stored as a failure instead (the others as they are); a fault of
        the disk or the file is a StoreError naming it. Returns what was stored."""
        if not results:
            return []
        # the same id twice in one batch: the later article replaces the earlier one
        results = list({r.id: r for r in results}.values())
        try:
            self._write(results)
            return results
        except StoreError:
            raise
        except Exception:
            if len(results) == 1:
                raise
        stored = []
        for r in results:      # one by one, to find the article the store refuses
            try:
                self._write([r])
            except StoreError:
                raise
            except Exception as exc:
                r = Failure(r.id, "StoreError", f"could not be stored: {type(exc).__name__}: "
                            f"{str(exc).splitlines()[0][:300]}", getattr(r, "path", None)
                            or getattr(getattr(r, "article", None), "path", None))
                self._write([r])
            stored.append(r)
        return stored

    def _write(self, results: list[Record | Failure]) -> None:
        tables: dict[str, list[dict]] = {t: [] for t in ROW_TABLES}
        actors: dict[str, dict] = {}
        for result in results:
            rows = record_rows(result)
            for table in ROW_TABLES:
                tables[table].extend(rows.get(table, []))
            for actor in rows.get("actors", []):
                actors.setdefault(actor["actor_id"], actor)
        ids = sorted({r.id for r in results})
        import duckdb
        con = connect(self.path, read_only=False)
        try:
            with transaction(con):
                previous = _actors_of(con, ids)
                touched = _described(con, previous) | {(a.get("key"), a.get("type"), a.get("name"))
                                                       for a in actors.values()}
                memberships = replaced_memberships(con, ids)
                _delete_articles(con, ids)
                for table in ROW_TABLES:
                    self._insert(con, table, tables[table])
                self._upsert_actors(con, list(actors.values()))
                _drop_orphans(con, previous - set(actors))
                update_statements(con, ids, memberships)
            self._touched |= touched
        except (duckdb.IOException, OSError) as exc:
            raise StoreError(f"cannot write to {self.path}: {str(exc).splitlines()[0]}",
                             path=str(self.path)) from exc
        finally:
            con.close()

    @staticmethod
    def _insert(con, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        import pyarrow as pa
        cols = _columns(table)
        data = pa.table({c: [r.get(c) for r in rows] for c in cols})
        con.register("_incoming", data)
        try:
            col_list = ", ".join(f'"{c}"' for c in cols)
            casts = ", ".join(f'"{c}"::{duck_type(table, c)}' for c in cols)
            con.execute(f"INSERT INTO {table} ({col_list}) SELECT {casts} FROM _incoming")
        finally:
            con.unregister("_incoming")

    @staticmethod
    def _upsert_actors(con, actors: list[dict]) -> None:
        if not actors:
            return
        import pyarrow as pa
        cols = _columns("actors")
        con.register("_actors", pa.table({c: [a.get(c) for a in actors] for c in cols}))
        try:
            con.execute(
                f"INSERT INTO actors SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM _actors "
                "WHERE actor_id NOT IN (SELECT actor_id FROM actors)")
        finally:
            con.unregister("_actors")

    def relink_surnames(self, everything: bool = False) -> int:
        """Redo the store's actor merges (actors.py: initials, middle names, lone surnames)
        for the surnames this writer's writes touched, or for all of them."""
        from .actors import relink_surnames
        con = connect(self.path, read_only=False)
        try:
            merged = relink_surnames(con, None if everything else sorted(self._touched, key=str))
            self._touched = set()
            return merged
        finally:
            con.close()


def _actors_of(con, ids: list[str]) -> set[str]:
    rows = con.execute("SELECT DISTINCT own_actor_id FROM entities WHERE article_id IN (SELECT unnest(?::VARCHAR[])) "
                       "AND own_actor_id IS NOT NULL", [ids]).fetchall()
    return {r[0] for r in rows}


def _described(con, actor_ids: set[str]) -> set[tuple]:
    if not actor_ids:
        return set()
    return set(con.execute("SELECT key, type, name FROM actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[]))",
                           [sorted(actor_ids)]).fetchall())


def _drop_orphans(con, candidates: set[str]) -> None:
    """Actors that only the replaced articles named, and that no article names any more."""
    if candidates:
        con.execute("""DELETE FROM actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[]))
                       AND actor_id NOT IN (SELECT own_actor_id FROM entities WHERE own_actor_id IS NOT NULL)""",
                    [sorted(candidates)])


def _delete_articles(con, ids: list[str]) -> None:
    for table in ROW_TABLES + ("quote_statements",):
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])


def ingest(items: Iterable[Article | Failure], db, *, model: str | None = None, workers: int = 1,
           on_result: Callable[[Record | Failure], None] | None = None,
           batch_size: int = BATCH, progress=None) -> IngestStats:
    """Extract and store articles; skip those already stored unchanged. `progress` (a
    tqdm-like object) moves once per article, extracted or skipped, as it happens."""
    from ..runner import extract_items
    stats = IngestStats()
    with StoreWriter(db) as writer:
        def pending() -> Iterator[Article | Failure]:
            it = iter(items)
            while True:
                chunk = list(itertools.islice(it, batch_size))
                if not chunk:
                    return
                known = writer.stored_hashes([x.id for x in chunk if isinstance(x, Article)])
                for x in chunk:
                    stats.seen += 1
                    if isinstance(x, Article):
                        old = known.get(x.id)
                        h = content_hash(x.text, x.title, x.published, x.source, x.url)
                        if old is not None and old[0] == h and old[1] == "ok":
                            stats.skipped += 1
                            if progress is not None:
                                progress.update(1)
                            continue
                    yield x

        results = extract_items(pending(), model=model, workers=workers, progress=progress)
        while True:
            batch = list(itertools.islice(results, batch_size))
            if not batch:
                break
            for r in writer.write(batch):
                if isinstance(r, Failure):
                    stats.failed += 1
                else:
                    stats.stored += 1
                if on_result is not None:
                    on_result(r)
        writer.relink_surnames()
    return stats


def load_parquet(directory, db) -> dict[str, int]:
    """Load a `newsgraph spark` (or `export --format parquet`) output into the store.

    Each article's rows replace any it had; the full-text index is rebuilt from the quotes.
    """
    from pathlib import Path

    from ..errors import StoreError
    from .rows import terms
    root = Path(directory)
    found = {}
    for table in ("articles", "entities", "quotes", "dates", "events", "actors"):
        folder, single = root / table, root / f"{table}.parquet"
        if folder.is_dir() and any(folder.glob("*.parquet")):
            found[table] = str(folder / "*.parquet")
        elif single.exists():
            found[table] = str(single)
    if "articles" not in found:
        raise StoreError(f"no articles Parquet data under {root}", path=str(root))
    counts = {}
    with StoreWriter(db) as writer:
        con = connect(writer.path, read_only=False)
        try:
            with transaction(con):
                ids = [r[0] for r in con.execute("SELECT DISTINCT article_id FROM read_parquet(?)",
                                                 [found["articles"]]).fetchall()]
                memberships = replaced_memberships(con, ids)
                _delete_articles(con, ids)
                for table, pattern in found.items():
                    cols = ", ".join(f'"{c}"' for c in _columns(table))
                    if table == "actors":
                        con.execute(f"""INSERT INTO actors SELECT {cols} FROM (
                                        SELECT *, row_number() OVER (PARTITION BY actor_id ORDER BY name) AS k
                                        FROM read_parquet(?)) WHERE k = 1
                                        AND actor_id NOT IN (SELECT actor_id FROM actors)""", [pattern])
                    else:
                        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet(?)", [pattern])
                    counts[table] = con.execute("SELECT count(*) FROM read_parquet(?)", [pattern]).fetchone()[0]
                quotes = con.execute("""SELECT article_id, quote_id, text FROM quotes
                                        WHERE article_id IN (SELECT unnest(?::VARCHAR[]))""", [ids]).fetchall()
                term_rows = [{"term": t, "article_id": a, "quote_id": q} for a, q, text in quotes for t in terms(text or "")]
                StoreWriter._insert(con, "quote_terms", term_rows)
                # statements are the store's own, regrouped with what it already holds
                update_statements(con, ids, memberships)
        finally:
            con.close()
        writer.relink_surnames(everything=True)
    return counts
