"""Reading the store: `newsgraph.open(path)` for notebooks, the CLI and the web.

Every query runs on a read-only connection with bound parameters; results come back as
`Table`s, which turn into Arrow tables, pandas frames or plain dicts.
"""
from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import NewsgraphError, StoreError
from .connection import connect
from .corpus_queries import CorpusQueries
from .browse import BrowseQueries, NetworkQueries
from .pages import PageQueries
from .query_util import MAX_LIMIT, clamp_limit, contains_pattern, date_range, escape_like  # noqa: F401  (part of the query API)
from .query_util import EVENT_CHECK, EVENT_CHECK_AT_LEAST
from .rows import terms
from .schema import EXPORTED, current_version, SCHEMA_VERSION



@dataclass
class Table:
    columns: list[str]
    rows: list[tuple]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.to_dicts())

    def to_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]

    def to_arrow(self):
        import pyarrow as pa
        return pa.table({c: [r[i] for r in self.rows] for i, c in enumerate(self.columns)})

    def to_pandas(self):
        try:
            import pandas  # noqa: F401
        except ImportError:
            raise NewsgraphError("to_pandas() needs pandas: pip install 'newsgraph[pandas]'") from None
        return self.to_arrow().to_pandas()

    def format(self, fmt: str = "table", max_width: int = 60) -> str:
        if fmt == "json":
            return json.dumps(self.to_dicts(), ensure_ascii=False, indent=2, default=str)
        if fmt == "jsonl":
            return "".join(json.dumps(d, ensure_ascii=False, default=str) + "\n" for d in self.to_dicts())
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf)
            w.writerow(self.columns)
            w.writerows(self.rows)
            return buf.getvalue()
        from ..textual import render_table
        return render_table(self.columns, self.rows, max_width)


class Store(PageQueries, CorpusQueries, BrowseQueries, NetworkQueries):
    """A newsgraph DuckDB store, opened for reading."""

    def __init__(self, path):
        self.path = Path(path)
        version = _schema_version(self.path)
        if version == 0:
            raise StoreError(f"{self.path} is a DuckDB file but not a newsgraph store", path=str(self.path))
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer newsgraph (schema {version}); "
                             "upgrade newsgraph to read it", path=str(self.path))
        if version < SCHEMA_VERSION:
            # reads never write: the upgrade is one explicit command (or the next ingest)
            raise StoreError(f"{self.path} has schema {version}, older than this newsgraph's "
                             f"{SCHEMA_VERSION}: run `newsgraph migrate --db {self.path}` first",
                             path=str(self.path))
        self.version = version

    _session = None

    @contextmanager
    def session(self):
        """One read-only connection for every query inside (a web page's dozen queries
        would otherwise each pay for opening the file)."""
        if self._session is not None:
            yield self
            return
        self._session = connect(self.path, read_only=True)
        try:
            yield self
        finally:
            self._session.close()
            self._session = None

    @contextmanager
    def reading(self):
        """The session's connection, or one of its own for this block."""
        if self._session is not None:
            yield self._session
            return
        con = connect(self.path, read_only=True)
        try:
            yield con
        finally:
            con.close()

    def sql(self, query: str, params: list | None = None) -> Table:
        """Run a read-only query with bound parameters."""
        with self.reading() as con:
            cur = con.execute(query, params or [])
            cols = [d[0] for d in cur.description]
            return Table(cols, cur.fetchall())

    def stats(self) -> dict[str, int]:
        row = self.sql("""SELECT (SELECT count(*) FROM articles WHERE status = 'ok'),
                                 (SELECT count(*) FROM entities),
                                 (SELECT count(*) FROM quotes),
                                 (SELECT count(*) FROM events),
                                 (SELECT count(*) FROM articles WHERE status = 'failed'),
                                 (SELECT count(*) FROM actors)""").rows[0]
        return {"articles": row[0], "entities": row[1], "quotes": row[2], "events": row[3],
                "failed": row[4], "actors": row[5]}

    def quotes(self, *, speaker: str | None = None, about: str | None = None,
               since: str | None = None, until: str | None = None, source: str | None = None,
               article: str | None = None, limit: int = 100, offset: int = 0) -> Table:
        """Quotes, newest first; `about` is a full-text search over the quote text."""
        where, params = ["TRUE"], []
        if speaker:
            where.append("""(q.speaker_name ILIKE ? ESCAPE '\\' OR a.name ILIKE ? ESCAPE '\\'
                             OR array_to_string(a.aliases, '|') ILIKE ? ESCAPE '\\')""")
            like = contains_pattern(speaker)
            params += [like, like, like]
        dated, dated_params = date_range("coalesce(q.date_value, q.published)", since, until)
        where += dated
        params += dated_params
        if source:
            where.append("(q.source ILIKE ? ESCAPE '\\' OR q.reported_by ILIKE ? ESCAPE '\\')")
            params += [contains_pattern(source)] * 2
        if article:
            where.append("q.article_id = ?")
            params.append(article)
        rank = ""
        joins = ""
        if about:
            words = sorted(terms(about))
            if not words:
                return Table(_QUOTE_COLUMNS, [])
            joins = """JOIN (SELECT article_id, quote_id, count(DISTINCT term) AS hits
                             FROM quote_terms WHERE term IN (SELECT unnest(?::VARCHAR[]))
                             GROUP BY article_id, quote_id HAVING count(DISTINCT term) = ?) t
                       ON t.article_id = q.article_id AND t.quote_id = q.quote_id"""
            params = [words, len(words)] + params
            rank = "t.hits DESC, "
        query = f"""
            SELECT q.article_id, art.title, q.quote_id, coalesce(a.name, q.speaker_name) AS speaker,
                   q.speaker_actor_id AS actor_id, q.speaker_affiliation AS affiliation,
                   q.kind, q.text, q.cue_lemma, q.reported_by,
                   q.medium, q.date_value AS date, q.date_text, q.date_inferred, q.source, q.confidence
            FROM quotes q {joins}
            LEFT JOIN actors a ON a.actor_id = q.speaker_actor_id
            LEFT JOIN articles art ON art.article_id = q.article_id
            WHERE {' AND '.join(where)}
            ORDER BY {rank}coalesce(q.date_value, q.published) DESC NULLS LAST,
                     q.article_id, q.quote_id
            LIMIT ? OFFSET ?"""
        return self.sql(query, params + [clamp_limit(limit), max(0, int(offset))])

    def events(self, *, actor: str | None = None, recipient: str | None = None,
               type: str | None = None, min_check: float | None = None, limit: int = 100,
               offset: int = 0) -> Table:
        """Events, newest first; `min_check` keeps those whose event check is at least that
        (an event stored without one, by an older newsgraph, is kept)."""
        where, params = ["TRUE"], []
        if min_check is not None:
            where.append(EVENT_CHECK_AT_LEAST)
            params.append(float(min_check))
        if actor:
            where.append("array_to_string(actor_names, '|') ILIKE ? ESCAPE '\\'")
            params.append(contains_pattern(actor))
        if recipient:
            where.append("array_to_string(recipient_names, '|') ILIKE ? ESCAPE '\\'")
            params.append(contains_pattern(recipient))
        if type:
            where.append("upper(type) = upper(?)")
            params.append(type)
        query = f"""SELECT e.article_id, art.title, e.event_id, e.type, e.mode, e.actor_names,
                           e.recipient_names, e.date_value AS date, e.date_text, e.negated,
                           e.hypothetical, e.confidence,
                           {EVENT_CHECK} AS "check"
                    FROM events e LEFT JOIN articles art ON art.article_id = e.article_id
                    WHERE {' AND '.join('(' + w + ')' for w in where)}
                    ORDER BY e.date_value DESC NULLS LAST, e.article_id, e.event_id LIMIT ? OFFSET ?"""
        return self.sql(query, params + [clamp_limit(limit), max(0, int(offset))])

    def actors(self, *, name: str | None = None, type: str | None = None, limit: int = 100,
               offset: int = 0) -> Table:
        where, params = ["a.merged_into IS NULL"], []
        if name:
            # a merged actor's names find the actor it joined
            where.append("""(a.name ILIKE ? ESCAPE '\\' OR array_to_string(a.aliases, '|') ILIKE ? ESCAPE '\\'
                             OR a.actor_id IN (SELECT merged_into FROM actors WHERE name ILIKE ? ESCAPE '\\'))""")
            params += [contains_pattern(name)] * 3
        if type:
            where.append("a.type = upper(?)")
            params.append(type)
        query = f"""
            SELECT a.actor_id, a.name, a.type, a.country,
                   count(DISTINCT e.article_id) AS articles,
                   coalesce(sum(e.n_mentions), 0) AS mentions,
                   (SELECT count(*) FROM quotes q WHERE q.speaker_actor_id = a.actor_id) AS quotes
            FROM actors a LEFT JOIN entities e ON e.actor_id = a.actor_id
            WHERE {' AND '.join(where)}
            GROUP BY a.actor_id, a.name, a.type, a.country
            ORDER BY quotes DESC, mentions DESC, a.name LIMIT ? OFFSET ?"""
        return self.sql(query, params + [clamp_limit(limit), max(0, int(offset))])

    def articles(self, *, limit: int = 100, offset: int = 0, status: str | None = None) -> Table:
        where, params = "TRUE", []
        if status:
            where, params = "status = ?", [status]
        return self.sql(f"""SELECT article_id, title, published, source, url, author, status, n_quotes,
                                   n_entities, n_events, error_type, error_message
                            FROM articles WHERE {where}
                            ORDER BY published DESC NULLS LAST, article_id LIMIT ? OFFSET ?""",
                        params + [clamp_limit(limit), max(0, int(offset))])

    def export(self, out_dir, fmt: str = "parquet") -> list[Path]:
        """One file per table: articles, entities, quotes, dates, events, actors."""
        if fmt not in {"parquet", "csv", "jsonl"}:
            raise StoreError(f"unknown export format {fmt!r}")
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        con = connect(self.path, read_only=True)
        try:
            for table in EXPORTED:
                target = out / f"{table}.{fmt}"
                options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true",
                           "jsonl": "FORMAT json"}[fmt]
                # COPY takes no bound parameter for its target: quote the path literally
                literal = str(target).replace("'", "''")
                con.execute(f"COPY (SELECT * FROM {table} ORDER BY ALL) TO '{literal}' ({options})")
                written.append(target)
        finally:
            con.close()
        return written


_QUOTE_COLUMNS = ["article_id", "title", "quote_id", "speaker", "actor_id", "kind", "text", "cue_lemma",
                  "reported_by", "medium", "date", "date_text", "date_inferred", "source", "confidence"]


_VERSIONS: dict[tuple, int] = {}


def _schema_version(path: Path) -> int:
    """The store's schema version; read once per state of the file (a web page opens the
    store per request, and a connection costs tens of milliseconds)."""
    try:
        st = path.stat()
        key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    except OSError:
        key = None
    if key in _VERSIONS:
        return _VERSIONS[key]
    con = connect(path, read_only=True)
    try:
        version = current_version(con)
    finally:
        con.close()
    if key is not None and version:
        _VERSIONS.clear()           # one store's states at a time is all a process needs
        _VERSIONS[key] = version
    return version


def open_store(path) -> Store:
    return Store(path)
