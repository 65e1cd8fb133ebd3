"""Keeping `statements` and `quote_statements` right as articles come and go.

The writer calls `replaced_memberships` before it deletes a batch's old rows and
`update_statements` after it inserts the new ones, in the same transaction. Only the
statements the batch touches are recomputed: those its old quotes were in, and those its
new quotes link to. Statements are components of a graph whose links depend on two
variants alone (statements.py), so recomputing a closed set of components locally gives
what a rebuild from scratch gives.
"""
from __future__ import annotations

from .statements import CANDIDATE_SHINGLES, aligned, components, content_words, conflicting, linked, variant_of

FETCH_ROWS = 20_000          # quotes read at a time by a full rebuild


def _ids_param(ids) -> list[str]:
    return sorted(set(ids))


def replaced_memberships(con, article_ids: list[str]) -> list[tuple[str, str]]:
    """(variant_id, statement_id) of the quotes these articles have now."""
    return con.execute("""SELECT variant_id, statement_id FROM quote_statements
                          WHERE article_id IN (SELECT unnest(?::VARCHAR[]))""", [_ids_param(article_ids)]).fetchall()


def _register(con, name: str, columns: dict[str, list]) -> None:
    import pyarrow as pa
    con.register(name, pa.table(columns))


def update_statements(con, article_ids: list[str], previous: list[tuple[str, str]]) -> None:
    """Group the quotes of these (just written) articles; `previous` is what
    `replaced_memberships` returned before their old rows were deleted."""
    quotes = con.execute("""SELECT article_id, quote_id, text, speaker_name, kind FROM quotes
                            WHERE article_id IN (SELECT unnest(?::VARCHAR[]))""",
                         [_ids_param(article_ids)]).fetchall()
    variants, members = {}, []
    for aid, qid, text, name, kind in quotes:
        v = variant_of(text, name, kind, (aid, qid))
        variants.setdefault(v.variant_id, v)
        members.append((aid, qid, v.variant_id))
    new = _insert_new_variants(con, variants)
    used = {vid for _, _, vid in members}
    orphans = _orphans(con, {vid for vid, _ in previous} - used)
    endpoints = _link(con, new)
    old_statements = {sid for _, sid in previous if sid}
    seeds = (used | endpoints | {vid for vid, _ in previous}) - orphans
    affected_statements = old_statements | _statements_of(con, seeds)
    nodes = (seeds | _variants_in(con, affected_statements)) - orphans
    edges = con.execute("""SELECT a, b FROM variant_links WHERE a IN (SELECT unnest(?::VARCHAR[]))""",
                        [sorted(nodes)]).fetchall()
    statement_of = components(nodes, [(a, b) for a, b in edges if a in nodes and b in nodes])
    _rewrite_memberships(con, statement_of, members)
    con.execute("DELETE FROM statements WHERE statement_id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(affected_statements)])
    _summarise(con, sorted(set(statement_of.values())))


def _insert_new_variants(con, variants: dict) -> list[str]:
    if not variants:
        return []
    known = {r[0] for r in con.execute("""SELECT variant_id FROM quote_variants
                                          WHERE variant_id IN (SELECT unnest(?::VARCHAR[]))""",
                                       [sorted(variants)]).fetchall()}
    new = [variants[k] for k in sorted(variants) if k not in known]
    _insert_variants(con, new)
    return [v.variant_id for v in new]


def _insert_variants(con, new: list) -> None:
    if not new:
        return
    _register(con, "_variants", {"variant_id": [v.variant_id for v in new], "words": [v.words for v in new],
                                 "speaker_key": [v.speaker_key for v in new], "direct": [v.direct for v in new],
                                 "n_shingles": [len(v.shingles) for v in new]})
    _register(con, "_shingles", {"shingle": [s for v in new for s in sorted(v.shingles)],
                                 "variant_id": [v.variant_id for v in new for _ in v.shingles]})
    try:
        con.execute("INSERT INTO quote_variants SELECT variant_id, words, speaker_key, direct, n_shingles::INTEGER FROM _variants")
        con.execute("INSERT INTO variant_shingles SELECT shingle::BIGINT, variant_id FROM _shingles")
    finally:
        con.unregister("_variants")
        con.unregister("_shingles")


def _orphans(con, candidates: set[str]) -> set[str]:
    """Variants no quote has any more: their shingles and links go with them."""
    if not candidates:
        return set()
    still = {r[0] for r in con.execute("""SELECT DISTINCT variant_id FROM quote_statements
                                          WHERE variant_id IN (SELECT unnest(?::VARCHAR[]))""",
                                       [sorted(candidates)]).fetchall()}
    gone = sorted(candidates - still)
    if gone:
        for sql in ("DELETE FROM quote_variants WHERE variant_id IN (SELECT unnest(?::VARCHAR[]))",
                    "DELETE FROM variant_shingles WHERE variant_id IN (SELECT unnest(?::VARCHAR[]))",
                    "DELETE FROM variant_links WHERE a IN (SELECT unnest(?::VARCHAR[]))",
                    "DELETE FROM variant_links WHERE b IN (SELECT unnest(?::VARCHAR[]))"):
            con.execute(sql, [gone])
    return set(gone)


def _link(con, new: list[str]) -> set[str]:
    """Link each new variant to every variant it shares enough shingles with; returns
    the variants on either end of a new link."""
    if not new:
        return set()
    pairs = con.execute("""
        WITH mine AS (SELECT shingle, variant_id FROM variant_shingles
                      WHERE variant_id IN (SELECT unnest(?::VARCHAR[]))),
             shared AS (SELECT mine.variant_id AS x, other.variant_id AS y, count(*) AS n
                        FROM mine JOIN variant_shingles other
                          ON other.shingle = mine.shingle AND other.variant_id <> mine.variant_id
                        GROUP BY 1, 2 HAVING count(*) >= ?)
        SELECT x, y, vx.words, vy.words, vx.speaker_key, vy.speaker_key, vx.direct, vy.direct
        FROM shared JOIN quote_variants vx ON vx.variant_id = x JOIN quote_variants vy ON vy.variant_id = y""",
                        [new, CANDIDATE_SHINGLES]).fetchall()
    links = _aligned_links(pairs)
    _insert_links(con, links)
    return {v for k in links for v in k}


def _aligned_links(pairs) -> dict[tuple[str, str], tuple[int, float]]:
    """The candidate pairs (x, y, words, words, speaker keys, directness) that link, as
    (a, b) with a < b -> (aligned content words, containment)."""
    links, seen = {}, set()
    for x, y, wx, wy, kx, ky, dx, dy in pairs:
        a, b = min(x, y), max(x, y)
        if (a, b) in seen:
            continue        # two new variants come as (x, y) and (y, x): align them once
        seen.add((a, b))
        words_x, words_y = wx.split(), wy.split()
        # the alignment is not symmetric: always the lower id's words first
        n = aligned(words_x, words_y) if x < y else aligned(words_y, words_x)
        nx, ny = content_words(words_x), content_words(words_y)
        if linked(n, nx, ny, kx, ky, dx, dy):
            links[(a, b)] = (n, round(n / min(nx, ny), 4))
    return links


def _insert_links(con, links: dict) -> None:
    if not links:
        return
    keys = sorted(links)
    _register(con, "_links", {"a": [k[0] for k in keys], "b": [k[1] for k in keys],
                              "shared": [links[k][0] for k in keys], "containment": [links[k][1] for k in keys]})
    try:
        con.execute("""INSERT INTO variant_links SELECT a, b, shared::INTEGER, containment FROM _links
                       ON CONFLICT DO NOTHING""")
    finally:
        con.unregister("_links")


def _statements_of(con, variants: set[str]) -> set[str]:
    if not variants:
        return set()
    return {r[0] for r in con.execute("""SELECT DISTINCT statement_id FROM quote_statements
                                         WHERE variant_id IN (SELECT unnest(?::VARCHAR[]))
                                           AND statement_id IS NOT NULL""", [sorted(variants)]).fetchall()}


def _variants_in(con, statements: set[str]) -> set[str]:
    if not statements:
        return set()
    return {r[0] for r in con.execute("""SELECT DISTINCT variant_id FROM quote_statements
                                         WHERE statement_id IN (SELECT unnest(?::VARCHAR[]))""",
                                      [sorted(statements)]).fetchall()}


def _rewrite_memberships(con, statement_of: dict[str, str], members: list[tuple]) -> None:
    """Every quote of a recomputed variant gets its statement: the batch's own quotes and
    the stored quotes of the same variants."""
    nodes = sorted(statement_of)
    stored = con.execute("""SELECT article_id, quote_id, variant_id FROM quote_statements
                            WHERE variant_id IN (SELECT unnest(?::VARCHAR[]))""", [nodes]).fetchall()
    rows = {(a, q): v for a, q, v in stored}
    rows.update({(a, q): v for a, q, v in members})
    con.execute("DELETE FROM quote_statements WHERE variant_id IN (SELECT unnest(?::VARCHAR[]))", [nodes])
    keys = sorted(rows)
    _register(con, "_members", {"article_id": [k[0] for k in keys], "quote_id": [k[1] for k in keys],
                                "variant_id": [rows[k] for k in keys],
                                "statement_id": [statement_of[rows[k]] for k in keys]})
    try:
        con.execute("INSERT INTO quote_statements SELECT article_id, quote_id, variant_id, statement_id FROM _members")
    finally:
        con.unregister("_members")


def _summarise(con, statement_ids: list[str]) -> None:
    if not statement_ids:
        return
    con.execute("""
        INSERT INTO statements
        WITH m AS (
            SELECT qs.statement_id, qs.variant_id, q.article_id, q.quote_id, q.text, q.speaker_name,
                   q.source, q.published, v.speaker_key,
                   coalesce(q.published, '9999') || chr(1) || coalesce(q.source, '') || chr(1) || q.article_id
                       || chr(1) || lpad(substr(q.quote_id, 2), 9, '0') AS ord
            FROM quote_statements qs
            JOIN quotes q ON q.article_id = qs.article_id AND q.quote_id = qs.quote_id
            JOIN quote_variants v ON v.variant_id = qs.variant_id
            WHERE qs.statement_id IN (SELECT unnest(?::VARCHAR[]))),
        names AS (
            SELECT statement_id, speaker_name, row_number() OVER (
                       PARTITION BY statement_id ORDER BY count(*) DESC, length(speaker_name) DESC, speaker_name) AS k
            FROM m WHERE speaker_name IS NOT NULL GROUP BY statement_id, speaker_name),
        agg AS (
            SELECT statement_id,
                   arg_min(text, lpad((1000000000 - length(text))::VARCHAR, 10, '0') || ord) AS longest,
                   arg_min({'a': article_id, 'q': quote_id, 'p': published, 's': source}, ord) AS first,
                   list(DISTINCT speaker_name ORDER BY speaker_name) FILTER (WHERE speaker_name IS NOT NULL) AS speakers,
                   count(*) AS n_quotes, count(DISTINCT article_id) AS n_articles,
                   count(DISTINCT source) AS n_outlets,
                   list(DISTINCT source ORDER BY source) FILTER (WHERE source IS NOT NULL) AS outlets,
                   count(DISTINCT variant_id) AS n_variants
            FROM m GROUP BY statement_id)
        SELECT agg.statement_id, agg.longest, names.speaker_name, coalesce(agg.speakers, []),
               list_contains(?::VARCHAR[], agg.statement_id),
               agg.n_quotes, agg.n_articles, agg.n_outlets, coalesce(agg.outlets, []), agg.n_variants,
               agg.first.a, agg.first.q, agg.first.p, agg.first.s
        FROM agg LEFT JOIN names ON names.statement_id = agg.statement_id AND names.k = 1""",
                [statement_ids, _conflicts(con, statement_ids)])


def _conflicts(con, statement_ids: list[str]) -> list[str]:
    """The statements whose quotes name speakers that cannot be one person."""
    rows = con.execute("""SELECT qs.statement_id, list(DISTINCT v.speaker_key)
                          FROM quote_statements qs JOIN quote_variants v USING (variant_id)
                          WHERE qs.statement_id IN (SELECT unnest(?::VARCHAR[]))
                          GROUP BY 1 HAVING count(DISTINCT v.speaker_key) > 1""", [statement_ids]).fetchall()
    return sorted(sid for sid, keys in rows if conflicting(keys))


def rebuild_statements(con) -> None:
    """Group every stored quote from scratch (a migration, a Parquet load). The same
    statements as ingesting batch by batch (each link depends on its two variants alone),
    found by one self-join on shingles instead of one join per batch against everything
    before it, so the cost grows with the quotes and their candidate pairs, not with
    quotes x batches."""
    for table in ("statements", "quote_statements", "quote_variants", "variant_shingles", "variant_links"):
        con.execute(f"DELETE FROM {table}")
    cursor = con.execute("""SELECT article_id, quote_id, text, speaker_name, kind FROM quotes
                            WHERE article_id IN (SELECT article_id FROM articles)
                            ORDER BY article_id, quote_id""")
    variants, members = {}, []
    while rows := cursor.fetchmany(FETCH_ROWS):
        for aid, qid, text, name, kind in rows:
            v = variant_of(text, name, kind, (aid, qid))
            variants.setdefault(v.variant_id, v)
            members.append((aid, qid, v.variant_id))
    if not members:
        return
    _insert_variants(con, [variants[k] for k in sorted(variants)])
    pairs = con.execute("""
        WITH shared AS (SELECT s.variant_id AS x, t.variant_id AS y FROM variant_shingles s
                        JOIN variant_shingles t ON t.shingle = s.shingle AND t.variant_id > s.variant_id
                        GROUP BY 1, 2 HAVING count(*) >= ?)
        SELECT x, y, vx.words, vy.words, vx.speaker_key, vy.speaker_key, vx.direct, vy.direct
        FROM shared JOIN quote_variants vx ON vx.variant_id = x JOIN quote_variants vy ON vy.variant_id = y""",
                        [CANDIDATE_SHINGLES]).fetchall()
    links = _aligned_links(pairs)
    _insert_links(con, links)
    statement_of = components(set(variants), links)
    _register(con, "_members", {"article_id": [m[0] for m in members], "quote_id": [m[1] for m in members],
                                "variant_id": [m[2] for m in members],
                                "statement_id": [statement_of[m[2]] for m in members]})
    try:
        con.execute("INSERT INTO quote_statements SELECT article_id, quote_id, variant_id, statement_id FROM _members")
    finally:
        con.unregister("_members")
    _summarise(con, sorted(set(statement_of.values())))
