"""The store's tables, one definition for DuckDB, the exports and the Spark job.

`TABLES` lists each exported table's columns with a portable type; the DuckDB DDL and
the Spark schema are derived from it, so the two can never drift apart. Migrations are
recorded in `schema_migrations`: a newer newsgraph opens an older file by applying the
steps it lacks, in order.
"""
from __future__ import annotations

from .connection import transaction

SCHEMA_VERSION = 9

# column name, portable type: text | int | float | bool | text[] | json
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("article_id", "text"), ("content_hash", "text"), ("status", "text"),
        ("title", "text"), ("published", "text"), ("source", "text"), ("url", "text"),
        ("path", "text"), ("text", "text"), ("error_type", "text"), ("error_message", "text"),
        ("warnings", "text[]"), ("n_quotes", "int"), ("n_entities", "int"), ("n_events", "int"),
        ("author", "text"),
    ],
    "entities": [
        ("article_id", "text"), ("entity_id", "text"), ("actor_id", "text"), ("name", "text"),
        ("type", "text"), ("country", "text"), ("titles", "text[]"), ("aliases", "text[]"),
        ("mentions", "json"), ("n_mentions", "int"), ("own_actor_id", "text"),
    ],
    "quotes": [
        ("article_id", "text"), ("quote_id", "text"), ("kind", "text"), ("text", "text"),
        ("content", "json"), ("cue", "json"), ("cue_lemma", "text"),
        ("speaker_text", "text"), ("speaker_start", "int"), ("speaker_end", "int"),
        ("speaker_entity_id", "text"), ("speaker_actor_id", "text"), ("speaker_name", "text"),
        ("speaker_kind", "text"), ("co_speakers", "text[]"), ("reported_by", "text"),
        ("medium", "text"), ("confidence", "float"), ("date_value", "text"),
        ("date_granularity", "text"), ("date_inferred", "bool"), ("published", "text"),
        ("source", "text"), ("date_text", "text"), ("speaker_affiliation", "text"), ("date_reason", "text"),
    ],
    "dates": [
        ("article_id", "text"), ("date_index", "int"), ("start", "int"), ("end", "int"),
        ("text", "text"), ("value", "text"), ("granularity", "text"), ("type", "text"),
        ("relative", "text"),
    ],
    "events": [
        ("article_id", "text"), ("event_id", "text"), ("type", "text"), ("mode", "text"),
        ("actor_names", "text[]"), ("actor_ids", "text[]"), ("recipient_names", "text[]"),
        ("recipient_ids", "text[]"), ("trigger_start", "int"), ("trigger_end", "int"),
        ("date_value", "text"), ("quote_id", "text"), ("negated", "bool"),
        ("hypothetical", "bool"), ("confidence", "float"), ("record", "json"),
        ("date_text", "text"), ("target_text", "text"), ("date_reason", "text"),
        ("countries", "text[]"),
    ],
    "actors": [
        ("actor_id", "text"), ("name", "text"), ("type", "text"), ("country", "text"),
        ("key", "text"), ("aliases", "text[]"), ("titles", "text[]"), ("merged_into", "text"),
        ("merge_reason", "text"),
    ],
    # computed across the corpus (store/grouping.py), not from one record
    "statements": [
        ("statement_id", "text"), ("text", "text"), ("speaker", "text"), ("speakers", "text[]"),
        ("conflict", "bool"), ("n_quotes", "int"), ("n_articles", "int"), ("n_outlets", "int"),
        ("outlets", "text[]"), ("n_variants", "int"), ("first_article_id", "text"),
        ("first_quote_id", "text"), ("first_published", "text"), ("first_source", "text"),
    ],
    "quote_statements": [
        ("article_id", "text"), ("quote_id", "text"), ("variant_id", "text"), ("statement_id", "text"),
    ],
}
RECORD_TABLES = ("articles", "entities", "quotes", "dates", "events", "actors")
CORPUS_TABLES = ("statements", "quote_statements")
EXPORTED = RECORD_TABLES + CORPUS_TABLES

_DUCK = {"text": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN",
         "text[]": "VARCHAR[]", "json": "JSON"}
_KEYS = {"articles": "article_id", "entities": "article_id, entity_id",
         "quotes": "article_id, quote_id", "dates": "article_id, date_index",
         "events": "article_id, event_id", "actors": "actor_id", "statements": "statement_id",
         "quote_statements": "article_id, quote_id"}


def create_table_sql(name: str) -> str:
    cols = ",\n  ".join(f'"{c}" {_DUCK[t]}' for c, t in TABLES[name])
    return f'CREATE TABLE IF NOT EXISTS {name} (\n  {cols},\n  PRIMARY KEY ({_KEYS[name]})\n)'


def duck_type(table: str, column: str) -> str:
    """The DuckDB type of a column (the full-text index's columns are all text)."""
    if table not in TABLES:
        return "VARCHAR"
    return _DUCK[dict(TABLES[table])[column]]


def _v1(con) -> None:
    for name in RECORD_TABLES:
        con.execute(create_table_sql(name))
    con.execute("""CREATE TABLE IF NOT EXISTS quote_terms (
        term VARCHAR, article_id VARCHAR, quote_id VARCHAR)""")
    con.execute("CREATE INDEX IF NOT EXISTS quote_terms_term ON quote_terms(term)")
    con.execute("CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_actor_id)")


def _v2(con) -> None:
    # new columns go last in TABLES, so a migrated table and a new one have the same order
    for table in ("quotes", "events"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS date_text VARCHAR")


def _v3(con) -> None:
    con.execute("ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_affiliation VARCHAR")


def _v4(con) -> None:
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS target_text VARCHAR")


def _v5(con) -> None:
    for table in ("quotes", "events"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS date_reason VARCHAR")


def _v6(con) -> None:
    for name in CORPUS_TABLES:
        con.execute(create_table_sql(name))
    con.execute("CREATE INDEX IF NOT EXISTS quote_statements_statement ON quote_statements(statement_id)")
    con.execute("CREATE INDEX IF NOT EXISTS quote_statements_variant ON quote_statements(variant_id)")
    # the grouping's working tables (not exported): variants, their shingles, their links
    con.execute("""CREATE TABLE IF NOT EXISTS quote_variants (
        variant_id VARCHAR PRIMARY KEY, words VARCHAR, speaker_key VARCHAR, direct BOOLEAN,
        n_shingles INTEGER)""")
    con.execute("CREATE TABLE IF NOT EXISTS variant_shingles (shingle BIGINT, variant_id VARCHAR)")
    con.execute("""CREATE TABLE IF NOT EXISTS variant_links (
        a VARCHAR, b VARCHAR, shared INTEGER, containment DOUBLE, PRIMARY KEY (a, b))""")
    # a store written before statements existed gets them for the quotes it has
    from .grouping import rebuild_statements
    rebuild_statements(con)


def _v7(con) -> None:
    # an entity keeps the actor its own name gives, so the store's merges can be redone
    con.execute("ALTER TABLE entities ADD COLUMN IF NOT EXISTS own_actor_id VARCHAR")
    con.execute("UPDATE entities SET own_actor_id = actor_id WHERE own_actor_id IS NULL")
    con.execute("ALTER TABLE actors ADD COLUMN IF NOT EXISTS merged_into VARCHAR")
    con.execute("ALTER TABLE actors ADD COLUMN IF NOT EXISTS merge_reason VARCHAR")


def _v8(con) -> None:
    # the map and the country facets read these without decoding every record
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS countries VARCHAR[]")
    con.execute(f"""UPDATE events SET countries = coalesce({EVENT_COUNTRIES_SQL}, [])
                    WHERE countries IS NULL""")


def _v9(con) -> None:
    con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS author VARCHAR")


# the ISO3 codes of an event's parties and place, from its record (rows.event_countries in SQL)
EVENT_COUNTRIES_SQL = """list_sort(list_distinct(list_filter(
    json_extract_string(record, '$.actor[*].country') || json_extract_string(record, '$.recipient[*].country')
    || [json_extract_string(record, '$.location.country')], lambda c: c IS NOT NULL)))"""


# version -> (description, step); append new steps, never edit old ones
MIGRATIONS = {1: ("initial schema", _v1),
              2: ("date_text on quotes and events: the words of a relative date", _v2),
              3: ("speaker_affiliation on quotes: whom a spokesperson or official speaks for", _v3),
              4: ("target_text on events: what an event is done to when that is no party", _v4),
              5: ("date_reason on quotes and events: which rule dated them", _v5),
              6: ("statements: quotes of one utterance grouped across articles and outlets", _v6),
              7: ("actor merges kept apart from the actors their names give, with reasons", _v7),
              8: ("countries on events: the ISO3 codes of its parties and place", _v8),
              9: ("author on articles: the byline, who writes in the article's own voice", _v9)}


def migrate(con) -> list[int]:
    """Apply the migrations this database lacks; returns the versions applied."""
    con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP DEFAULT now())""")
    done = {v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version in sorted(MIGRATIONS):
        if version in done:
            continue
        description, step = MIGRATIONS[version]
        with transaction(con):
            step(con)
            con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                        [version, description])
        applied.append(version)
    return applied


def current_version(con) -> int:
    try:
        row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except Exception:
        return 0
    return row[0] or 0
