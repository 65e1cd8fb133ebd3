"""Faceted lists: quotes, events, actors, articles and statements, filtered, counted, paged.

Each list is one entry of `LISTS`: its FROM clause, its columns, the filters a URL may
carry, the facets it counts, the orders it allows. A page, its facet counts, its total and
its CSV download are all built from the same WHERE clause, so the HTML, the JSON twin and
the CSV hold exactly the same rows. Every value is a bound parameter; a filter or an
order that is not in the table is ignored, never spliced into SQL.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..errors import NewsgraphError
from ..plover import EVENT_TYPES
from .query_util import (ACTOR_AND_MERGED, EVENT_CHECK_AT_LEAST, EVENT_DATE, PARTY_TYPES, QUOTE_DATE,
                         clamp_limit, contains_pattern, date_range)
from .rows import terms

FACET_VALUES = 12          # values shown per facet, most frequent first
STREAM_ROWS = 5_000        # rows fetched at a time for a download

# the quad class of each event type, as a derived table (constants from plover.py, not user text)
_QUADS = "(VALUES " + ", ".join(f"('{t.name}', '{t.quad}')" for t in EVENT_TYPES.values()) + ") AS qd(type, quad)"


@dataclass(frozen=True)
class ListSpec:
    """One list: `filters` maps a URL parameter to a predicate whose every `?` takes its
    value; `like` names the filters matched as contained text; `facets` maps a facet to
    its expression (`list_facets`: expressions that are lists, counted per element)."""
    source: str
    columns: str
    filters: dict[str, str]
    facets: dict[str, str]
    orders: dict[str, str]
    date: str | None = None
    like: frozenset[str] = frozenset()
    list_facets: frozenset[str] = frozenset()
    where: str = "TRUE"
    search: str | None = None       # "quote_terms" or an expression searched as text
    ints: frozenset[str] = field(default_factory=frozenset)
    floats: frozenset[str] = field(default_factory=frozenset)
    decorate: Callable | None = None    # (connection, page rows) -> None: what the page rows add


QUOTES = ListSpec(
    source="""quotes q LEFT JOIN actors a ON a.actor_id = q.speaker_actor_id
              LEFT JOIN articles art ON art.article_id = q.article_id""",
    columns=f"""q.article_id, art.title, q.quote_id, coalesce(a.name, q.speaker_name) AS speaker,
               q.speaker_actor_id AS actor_id, q.kind, q.text, q.cue_lemma AS cue, q.source,
               q.reported_by, q.medium, {QUOTE_DATE} AS date, q.date_text,
               q.date_inferred, a.country, q.confidence""",
    # a speaker is its name or any alias of its actor: the facet's value or what a user types
    filters={"speaker": "(coalesce(a.name, q.speaker_name) = ? OR list_contains(a.aliases, ?))",
             "actor_id": "q.speaker_actor_id = ?",
             "source": "q.source = ?", "kind": "q.kind = ?", "country": "a.country = ?",
             "year": f"left({QUOTE_DATE}, 4) = ?", "article": "q.article_id = ?"},
    # the facet offers corpus actors only: a raw name without an actor ("people", "the poll") is no
    # one to narrow to
    facets={"speaker": "a.name", "source": "q.source", "kind": "q.kind",
            "country": "a.country", "year": f"left({QUOTE_DATE}, 4)"},
    orders={"newest": f"{QUOTE_DATE} DESC NULLS LAST, q.article_id, q.quote_id",
            "oldest": f"{QUOTE_DATE} ASC NULLS LAST, q.article_id, q.quote_id",
            "speaker": "speaker NULLS LAST, q.article_id, q.quote_id"},
    date=QUOTE_DATE, search="quote_terms")

EVENTS = ListSpec(
    source=f"""events e LEFT JOIN articles art ON art.article_id = e.article_id
               LEFT JOIN {_QUADS} ON qd.type = e.type""",
    columns=f"""e.article_id, art.title, e.event_id, e.type, qd.quad, e.mode, e.actor_names,
               e.recipient_names, e.target_text AS target, e.countries, {EVENT_DATE} AS date,
               e.date_text, art.source, e.negated, e.hypothetical, e.confidence""",
    filters={"type": "e.type = ?", "quad": "qd.quad = ?", "source": "art.source = ?",
             "country": "list_contains(e.countries, ?)",
             "actor_id": f"list_has_any(e.actor_ids || e.recipient_ids, {ACTOR_AND_MERGED})",
             "actor": "array_to_string(e.actor_names, '|') ILIKE ? ESCAPE '\\'",
             "recipient": "array_to_string(e.recipient_names, '|') ILIKE ? ESCAPE '\\'",
             "year": f"left({EVENT_DATE}, 4) = ?",
             "min_check": EVENT_CHECK_AT_LEAST},
    facets={"type": "e.type", "quad": "qd.quad", "source": "art.source", "country": "e.countries",
            "year": f"left({EVENT_DATE}, 4)"},
    orders={"newest": f"{EVENT_DATE} DESC NULLS LAST, e.article_id, e.event_id",
            "oldest": f"{EVENT_DATE} ASC NULLS LAST, e.article_id, e.event_id",
            "type": f"e.type, {EVENT_DATE} DESC NULLS LAST, e.article_id, e.event_id"},
    date=EVENT_DATE, like=frozenset({"actor", "recipient"}), list_facets=frozenset({"country"}),
    floats=frozenset({"min_check"}))

ACTORS = ListSpec(
    source="""actors a LEFT JOIN (SELECT speaker_actor_id, count(*) AS n FROM quotes GROUP BY 1) qc
                ON qc.speaker_actor_id = a.actor_id
              LEFT JOIN (SELECT actor_id, count(DISTINCT article_id) AS n FROM entities GROUP BY 1) ac
                ON ac.actor_id = a.actor_id""",
    columns="""a.actor_id, a.name, a.type, a.country, coalesce(ac.n, 0) AS articles,
               coalesce(qc.n, 0) AS quotes, a.aliases""",
    filters={"type": "a.type = ?", "country": "a.country = ?",
             "name": "(a.name ILIKE ? ESCAPE '\\' OR array_to_string(a.aliases, '|') ILIKE ? ESCAPE '\\')"},
    facets={"type": "a.type", "country": "a.country"},
    orders={"quotes": "quotes DESC, articles DESC, a.name, a.actor_id",
            "articles": "articles DESC, quotes DESC, a.name, a.actor_id", "name": "a.name, a.actor_id"},
    like=frozenset({"name"}), where="a.merged_into IS NULL")

ARTICLES = ListSpec(
    source="articles art",
    columns="""art.article_id, art.title, art.published, art.source, art.n_quotes, art.n_events,
               art.n_entities""",
    filters={"source": "art.source = ?", "year": "left(art.published, 4) = ?"},
    facets={"source": "art.source", "year": "left(art.published, 4)"},
    orders={"newest": "art.published DESC NULLS LAST, art.article_id",
            "oldest": "art.published ASC NULLS LAST, art.article_id",
            "quotes": "art.n_quotes DESC, art.article_id"},
    date="art.published", where="art.status = 'ok'",
    search="coalesce(art.title, '') || ' ' || coalesce(art.text, '')")

def statement_actors(con, rows: list[dict]) -> None:
    """A page's statements get the corpus actor most of their quotes' speakers are now
    (merges included): read per page, because merges are redone after the statements."""
    ids = [r["statement_id"] for r in rows]
    if not ids:
        return
    found = dict((sid, (name, aid)) for sid, name, aid in con.execute("""
        SELECT statement_id, arg_max(name, (n, name)), arg_max(actor_id, (n, name)) FROM (
            SELECT qs.statement_id, a.actor_id, a.name, count(*) AS n
            FROM quote_statements qs JOIN quotes q ON q.article_id = qs.article_id AND q.quote_id = qs.quote_id
            JOIN actors a ON a.actor_id = q.speaker_actor_id
            WHERE qs.statement_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1, 2, 3)
        GROUP BY 1""", [ids]).fetchall())
    for r in rows:
        name, aid = found.get(r["statement_id"], (None, None))
        r["actor"], r["actor_id"] = name, aid


STATEMENTS = ListSpec(
    source="statements s",
    columns="""s.statement_id, s.text, s.speaker, s.speakers, s.conflict, s.n_quotes, s.n_articles,
               s.n_outlets, s.outlets, s.n_variants, s.first_published, s.first_source,
               s.first_article_id, s.first_quote_id""",
    filters={"speaker": "s.speaker = ?", "outlet": "list_contains(s.outlets, ?)",
             "min_outlets": "s.n_outlets >= ?", "conflict": "s.conflict = (? = 'true')",
             "year": "left(s.first_published, 4) = ?"},
    facets={"speaker": "s.speaker", "outlet": "s.outlets", "year": "left(s.first_published, 4)"},
    orders={"reach": "s.n_outlets DESC, s.n_articles DESC, s.first_published NULLS LAST, s.statement_id",
            "newest": "s.first_published DESC NULLS LAST, s.statement_id",
            "oldest": "s.first_published ASC NULLS LAST, s.statement_id"},
    date="s.first_published", list_facets=frozenset({"outlet"}), ints=frozenset({"min_outlets"}),
    search="s.text", decorate=statement_actors)

LISTS: dict[str, ListSpec] = {"quotes": QUOTES, "events": EVENTS, "actors": ACTORS,
                              "articles": ARTICLES, "statements": STATEMENTS}


def _where(spec: ListSpec, filters: dict[str, Any]) -> tuple[str, list, list]:
    """The WHERE clause, its parameters, and what to run first on the connection (the
    quotes a search matches, found once for the page, its total and its facets)."""
    clauses, params, prepare = [spec.where], [], []
    for name, predicate in spec.filters.items():
        value = filters.get(name)
        if value in (None, ""):
            continue
        if name in spec.ints:
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise NewsgraphError(f"{name} must be a whole number, not {str(value)[:40]!r}") from None
        elif name in spec.floats:
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise NewsgraphError(f"{name} must be a number, not {str(value)[:40]!r}") from None
        elif name in spec.like:
            value = contains_pattern(str(value))
        clauses.append(f"({predicate})")
        params += [value] * predicate.count("?")
    if spec.date:
        dated, dated_params = date_range(spec.date, filters.get("since") or None, filters.get("until") or None)
        clauses += dated
        params += [str(p) for p in dated_params]
    text = (filters.get("q") or "").strip()
    if text and spec.search == "quote_terms":
        words = sorted(terms(text))
        if not words:
            return "FALSE", [], []
        clauses.append("(q.article_id, q.quote_id) IN (SELECT (article_id, quote_id) FROM _hits)")
        prepare.append(("""CREATE OR REPLACE TEMP TABLE _hits AS
                           SELECT article_id, quote_id FROM quote_terms
                           WHERE term IN (SELECT unnest(?::VARCHAR[]))
                           GROUP BY article_id, quote_id HAVING count(DISTINCT term) = ?""",
                        [words, len(words)]))
    elif text and spec.search:
        clauses.append(f"({spec.search}) ILIKE ? ESCAPE '\\'")
        params.append(contains_pattern(text))
    return " AND ".join(clauses), params, prepare


@contextmanager
def _filtered(store, spec: ListSpec, filters: dict[str, Any] | None):
    """A connection ready for the list's filters, with the WHERE clause and its parameters."""
    where, params, prepare = _where(spec, filters or {})
    with store.reading() as con:
        for sql, values in prepare:
            con.execute(sql, values)      # temporary tables live in memory: a read-only store allows them
        yield con, where, params


def _facets(con, spec: ListSpec, where: str, params: list) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for name, expr in spec.facets.items():
        value = f"unnest({expr})" if name in spec.list_facets else expr
        rows = con.execute(f"""SELECT v, count(*) AS n FROM (SELECT {value} AS v FROM {spec.source} WHERE {where})
                               WHERE v IS NOT NULL AND v <> '' GROUP BY v ORDER BY n DESC, v LIMIT ?""",
                           params + [FACET_VALUES]).fetchall()
        out[name] = [{"value": v, "count": n} for v, n in rows]
    return out


def _order(spec: ListSpec, order: str | None) -> str:
    return spec.orders.get(order or "", next(iter(spec.orders.values())))


class BrowseQueries:
    """Mixed into `Store`; relies on its `reading()`."""

    def browse(self, name: str, filters: dict[str, Any] | None = None, *, order: str | None = None,
               limit: int = 50, offset: int = 0, facets: bool = True) -> dict[str, Any]:
        """One page of a list: {"rows", "columns", "total", "facets", "limit", "offset", "order"}."""
        spec = LISTS[name]
        with _filtered(self, spec, filters) as (con, where, params):
            total = con.execute(f"SELECT count(*) FROM {spec.source} WHERE {where}", params).fetchone()[0]
            cur = con.execute(f"SELECT {spec.columns} FROM {spec.source} WHERE {where} "
                              f"ORDER BY {_order(spec, order)} LIMIT ? OFFSET ?",
                              params + [clamp_limit(limit), max(0, int(offset))])
            columns = [d[0] for d in cur.description]
            rows = [dict(zip(columns, r)) for r in cur.fetchall()]
            if spec.decorate is not None:
                spec.decorate(con, rows)
            counts = _facets(con, spec, where, params) if facets else {}
        return {"rows": rows, "columns": columns, "total": total, "facets": counts,
                "limit": limit, "offset": offset, "order": order or next(iter(spec.orders))}

    def browse_counts(self, name: str, by: str, filters: dict[str, Any] | None = None) -> list[tuple]:
        """(date, value of column `by`, rows) over a filtered list: a timeline's counts,
        grouped by DuckDB rather than read row by row."""
        spec = LISTS[name]
        with _filtered(self, spec, filters) as (con, where, params):
            cur = con.execute(f"SELECT {spec.columns} FROM {spec.source} WHERE {where} LIMIT 0", params)
            if by not in [d[0] for d in cur.description]:
                raise KeyError(by)
            return con.execute(f"""SELECT date, "{by}", count(*) FROM (SELECT {spec.columns} FROM {spec.source}
                                   WHERE {where}) GROUP BY 1, 2 ORDER BY 1, 2""", params).fetchall()

    def browse_rows(self, name: str, filters: dict[str, Any] | None = None, *,
                    order: str | None = None) -> Iterator[tuple]:
        """Every row of a filtered list, the column names first, fetched a slice at a time
        (a download is streamed, never built in memory)."""
        spec = LISTS[name]
        with _filtered(self, spec, filters) as (con, where, params):
            cur = con.execute(f"SELECT {spec.columns} FROM {spec.source} WHERE {where} "
                              f"ORDER BY {_order(spec, order)}", params)
            yield tuple(d[0] for d in cur.description)
            while rows := cur.fetchmany(STREAM_ROWS):
                yield from rows


class NetworkQueries:
    """Mixed into `Store`: the actor network and the map, over the events list's filters."""

    def network(self, filters: dict[str, Any] | None = None, *, top: int = 40) -> dict[str, list]:
        """Actors (merged, of PARTY_TYPES) linked by the events between them: the `top`
        actors by weighted degree and every edge (actor, recipient, type, count) among them."""
        with _filtered(self, EVENTS, filters) as (con, where, params):
            edges = con.execute(f"""
                WITH ev AS (SELECT e.type, e.actor_ids, e.recipient_ids FROM {EVENTS.source}
                            WHERE {where} AND NOT coalesce(e.negated, FALSE)),
                     pairs AS (SELECT a, r, type FROM (
                                 SELECT unnest(actor_ids) AS a, recipient_ids, type FROM ev),
                               LATERAL (SELECT unnest(recipient_ids) AS r)),
                     resolved AS (SELECT coalesce(x.merged_into, x.actor_id) AS src,
                                         coalesce(y.merged_into, y.actor_id) AS dst, pairs.type
                                  FROM pairs JOIN actors x ON x.actor_id = pairs.a
                                  JOIN actors y ON y.actor_id = pairs.r)
                SELECT src, dst, resolved.type, count(*) AS n FROM resolved
                JOIN actors s ON s.actor_id = src JOIN actors d ON d.actor_id = dst
                WHERE src <> dst AND s.type IN (SELECT unnest(?::VARCHAR[]))
                  AND d.type IN (SELECT unnest(?::VARCHAR[]))
                GROUP BY 1, 2, 3 ORDER BY n DESC, 1, 2, 3""",
                                params + [list(PARTY_TYPES), list(PARTY_TYPES)]).fetchall()
            degree: dict[str, int] = {}
            for src, dst, _, n in edges:
                degree[src] = degree.get(src, 0) + n
                degree[dst] = degree.get(dst, 0) + n
            keep = sorted(degree, key=lambda a: (-degree[a], a))[:max(1, int(top))]
            info = {r[0]: r[1:] for r in con.execute(
                "SELECT actor_id, name, type, country FROM actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[]))",
                [keep]).fetchall()}
        kept = set(keep)
        nodes = [{"id": a, "name": info[a][0], "type": info[a][1], "country": info[a][2], "degree": degree[a]}
                 for a in keep if a in info]
        return {"nodes": nodes,
                "edges": [{"source": s, "target": d, "type": t, "count": n} for s, d, t, n in edges
                          if s in kept and d in kept]}

    def events_by_country(self, filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """(country, events) over the filtered events, most first."""
        flt = {k: v for k, v in (filters or {}).items() if k != "country"}
        with _filtered(self, EVENTS, flt) as (con, where, params):
            rows = con.execute(f"""SELECT c, count(*) AS n FROM (SELECT unnest(e.countries) AS c FROM {EVENTS.source}
                                   WHERE {where}) WHERE c IS NOT NULL GROUP BY c ORDER BY n DESC, c""",
                               params).fetchall()
        return [{"country": c, "events": n} for c, n in rows]


def list_filters(name: str) -> tuple[str, ...]:
    """The URL parameters a list understands (its filters, q, since and until)."""
    spec = LISTS[name]
    extra = (("q",) if spec.search else ()) + (("since", "until") if spec.date else ())
    return tuple(spec.filters) + extra


__all__ = ["BrowseQueries", "NetworkQueries", "LISTS", "list_filters", "FACET_VALUES", "PARTY_TYPES"]
