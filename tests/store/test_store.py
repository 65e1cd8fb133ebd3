import json
import os
import signal
import subprocess
import sys
import time

import pytest

import newsgraph
from newsgraph.errors import StoreCorruptError, StoreError, StoreLockedError
from newsgraph.io import read_paths
from newsgraph.store import StoreWriter, ingest
from newsgraph.store.connection import writer_lock

ARTICLES = [
    {"id": "a1", "published": "2023-03-20", "source": "Wire",
     "text": "Foreign Minister Rosa Vidal said that the talks were useful. Vidal added that trade would grow."},
    {"id": "a2", "published": "2023-03-21", "source": "Post",
     "text": "“We will rebuild the bridge,” said Mayor Dana Ruiz on Tuesday."},
    {"id": "a3", "published": "2023-03-22",
     "text": "Chilean Foreign Minister Rosa Vidal told reporters that sanctions would fail."},
]


def write_corpus(path, articles):
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", ARTICLES + [{"id": "bad", "text": 7}])
    path = tmp_path / "n.duckdb"
    stats = ingest(read_paths([corpus]), path)
    assert (stats.stored, stats.failed) == (3, 1)
    return path


def test_stats_and_failed_articles_are_recorded(db):
    store = newsgraph.open(db)
    counts = store.stats()
    assert counts["articles"] == 3 and counts["failed"] == 1 and counts["quotes"] >= 3
    failed = store.articles(status="failed").to_dicts()
    assert failed[0]["article_id"] == "bad" and "not a string" in failed[0]["error_message"]


def test_ingest_is_idempotent_and_replaces_changed_articles(db, tmp_path):
    store = newsgraph.open(db)
    before = store.stats()
    again = ingest(read_paths([tmp_path / "c.jsonl"]), db)
    assert again.skipped == 3 and again.stored == 0
    assert newsgraph.open(db).stats() == before
    changed = dict(ARTICLES[1], text="“We will not rebuild it,” said Mayor Dana Ruiz.")
    write_corpus(tmp_path / "d.jsonl", [changed])
    stats = ingest(read_paths([tmp_path / "d.jsonl"]), db)
    assert stats.stored == 1
    rows = newsgraph.open(db).quotes(article="a2").to_dicts()
    assert len(rows) == 1 and "not rebuild" in rows[0]["text"]


def test_same_person_across_articles_is_one_actor(db):
    actors = newsgraph.open(db).actors(name="Vidal").to_dicts()
    assert len(actors) == 1
    assert actors[0]["name"] == "Rosa Vidal" and actors[0]["articles"] == 2 and actors[0]["quotes"] >= 3


def test_people_sharing_a_surname_stay_apart(tmp_path):
    corpus = write_corpus(tmp_path / "s.jsonl", [
        {"id": "x", "text": "Senator Ann Lee said that the bill would pass."},
        {"id": "y", "text": "Coach Bo Lee said that the team would win."},
        {"id": "z", "text": "Lee said that nothing had changed."},
    ])
    path = tmp_path / "s.duckdb"
    ingest(read_paths([corpus]), path)
    names = {a["name"] for a in newsgraph.open(path).actors(type="PERSON").to_dicts()}
    assert {"Ann Lee", "Bo Lee", "Lee"} <= names


def test_surname_alone_joins_the_only_full_name(tmp_path):
    corpus = write_corpus(tmp_path / "t.jsonl", [
        {"id": "x", "text": "Analyst Joseph Kowalski said that ties were strained."},
        {"id": "y", "text": "Kowalski said that more talks were likely."},
        {"id": "z", "text": "Kowalski said that the port would reopen."},
    ])
    path = tmp_path / "t.duckdb"
    ingest(read_paths([corpus]), path)
    store = newsgraph.open(path)
    assert [a["name"] for a in store.actors(name="Kowalski").to_dicts()] == ["Joseph Kowalski"]
    assert len(store.quotes(speaker="Joseph Kowalski").to_dicts()) == 3


def test_quote_queries(db):
    store = newsgraph.open(db)
    assert {r["article_id"] for r in store.quotes(speaker="Rosa Vidal").to_dicts()} == {"a1", "a3"}
    about = store.quotes(about="sanctions fail").to_dicts()
    assert [r["article_id"] for r in about] == ["a3"]
    assert store.quotes(about="the of") .to_dicts() == []
    assert {r["article_id"] for r in store.quotes(since="2023-03-21").to_dicts()} == {"a2", "a3"}
    assert {r["article_id"] for r in store.quotes(until="2023-03-20").to_dicts()} == {"a1"}
    assert {r["article_id"] for r in store.quotes(source="Post").to_dicts()} == {"a2"}


def test_hostile_query_text_is_data_not_sql(db):
    store = newsgraph.open(db)
    assert store.quotes(speaker="x' OR 1=1 --").to_dicts() == []
    assert store.quotes(speaker="%").to_dicts() == []      # LIKE wildcards are escaped
    assert newsgraph.open(db).stats()["articles"] == 3


def test_results_convert_to_arrow_and_pandas(db):
    table = newsgraph.open(db).quotes()
    arrow = table.to_arrow()
    assert arrow.num_rows == len(table) and "speaker" in arrow.column_names


def test_export_writes_one_file_per_table(db, tmp_path):
    import pyarrow.parquet as pq
    files = newsgraph.open(db).export(tmp_path / "out", "parquet")
    assert {f.name for f in files} == {"articles.parquet", "entities.parquet", "quotes.parquet",
                                       "dates.parquet", "events.parquet", "actors.parquet",
                                       "statements.parquet", "quote_statements.parquet"}
    assert pq.read_table(tmp_path / "out" / "quotes.parquet").num_rows == newsgraph.open(db).stats()["quotes"]
    for fmt in ("csv", "jsonl"):
        assert len(newsgraph.open(db).export(tmp_path / fmt, fmt)) == 8


def test_second_writer_gets_a_clear_error_while_readers_work(db):
    with writer_lock(db):
        with pytest.raises(StoreLockedError, match="writing to"):
            with StoreWriter(db):
                pass
        assert newsgraph.open(db).stats()["articles"] == 3


def test_corrupt_file_is_reported_and_left_untouched(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    before = bad.read_bytes()
    with pytest.raises(StoreCorruptError):
        with StoreWriter(bad):
            pass
    with pytest.raises(StoreError):
        newsgraph.open(bad)
    assert bad.read_bytes() == before


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        newsgraph.open(tmp_path / "none.duckdb")


def test_older_schema_is_migrated_on_open(tmp_path):
    import duckdb
    from newsgraph.store.schema import SCHEMA_VERSION, current_version
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT now())")
    con.close()
    with StoreWriter(path):
        pass
    con = duckdb.connect(str(path), read_only=True)
    assert current_version(con) == SCHEMA_VERSION
    con.close()


def test_a_version_2_store_gains_affiliation_and_target_columns_and_keeps_its_rows(tmp_path, monkeypatch):
    import duckdb
    from newsgraph.store import schema
    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT now())")
    with monkeypatch.context() as m:       # the quotes table as version 2 made it
        m.setitem(schema.TABLES, "quotes", [c for c in schema.TABLES["quotes"] if c[0] != "speaker_affiliation"])
        schema.MIGRATIONS[1][1](con)
        schema.MIGRATIONS[2][1](con)
    assert "speaker_affiliation" not in [r[0] for r in con.execute("DESCRIBE quotes").fetchall()]
    con.execute("INSERT INTO schema_migrations (version, description) VALUES (1, 'a'), (2, 'b')")
    con.execute("INSERT INTO quotes (article_id, quote_id, text) VALUES ('old', 'q1', 'kept')")
    con.close()
    corpus = write_corpus(tmp_path / "c.jsonl", [
        {"id": "new", "text": "A spokesman for the Harbour Board said the ferry would sail. "
                              "The union rejected the offer."}])
    ingest(read_paths([corpus]), path)
    con = duckdb.connect(str(path), read_only=True)
    assert schema.current_version(con) == schema.SCHEMA_VERSION
    rows = con.execute("SELECT article_id, speaker_affiliation FROM quotes ORDER BY article_id").fetchall()
    targets = con.execute("SELECT type, recipient_names, target_text FROM events").fetchall()
    con.close()
    assert ("new", "Harbour Board") in rows and ("old", None) in rows
    assert ("REJECT", [], "the offer") in targets


@pytest.mark.slow
def test_kill_9_then_resume_loses_and_doubles_nothing(tmp_path):
    # enough articles that the kill lands mid-run on a fast machine too
    articles = [{"id": f"k{i}", "text": f"Mayor Ann Lee{i} said that road {i} would reopen soon."}
                for i in range(600)]
    corpus = write_corpus(tmp_path / "k.jsonl", articles)
    path = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(path), "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, NEWSGRAPH_INGEST_BATCH="20"))
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if path.exists():
            try:
                if newsgraph.open(path).stats()["articles"] >= 20:
                    break
            except StoreError:
                pass
        time.sleep(0.2)
    # the kill must land mid-run, or the resume below proves nothing
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    committed = newsgraph.open(path).stats()["articles"]
    assert 20 <= committed < len(articles), committed
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    store = newsgraph.open(path)
    ids = [r["article_id"] for r in store.articles(limit=1000).to_dicts()]
    assert sorted(ids) == sorted(a["id"] for a in articles)
    assert store.stats()["quotes"] == len(articles)


def test_stats_json_has_the_documented_keys(db):
    from click.testing import CliRunner
    from newsgraph.cli import main
    out = CliRunner().invoke(main, ["stats", "--db", str(db), "--format", "json"])
    assert out.exit_code == 0
    # every count the overview page shows
    assert set(json.loads(out.stdout)) == {"articles", "entities", "quotes", "events", "failed", "actors"}


def test_an_article_s_byline_is_stored_and_names_its_first_person(tmp_path):
    corpus = write_corpus(tmp_path / "op.jsonl", [
        {"id": "op1", "author": "Grace Okafor", "published": "2023-03-20",
         "text": "Title line\n\nI believe the new tax is a mistake for the city."}])
    path = tmp_path / "op.duckdb"
    ingest(read_paths([corpus]), path)
    store = newsgraph.open(path)
    assert store.articles().to_dicts()[0]["author"] == "Grace Okafor"
    assert [q["speaker"] for q in store.quotes(article="op1").to_dicts()] == ["Grace Okafor"]


def test_events_can_be_limited_to_those_the_event_check_passes(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", [
        {"id": "e1", "text": "Grace Okafor praised Tomas Berg on Monday. Okafor also opposed the harbour tax plan."}])
    ingest(read_paths([corpus]), tmp_path / "n.duckdb")
    store = newsgraph.open(tmp_path / "n.duckdb")
    every = store.events().to_dicts()
    checks = sorted(r["check"] for r in every)
    assert len(checks) == 2 and 0 <= checks[0] < checks[1] <= 1
    kept = store.events(min_check=checks[1]).to_dicts()
    assert [r["check"] for r in kept] == [checks[1]]


def test_event_lists_and_the_network_take_a_minimum_check(tmp_path):
    from newsgraph.errors import NewsgraphError
    corpus = write_corpus(tmp_path / "c.jsonl", [
        {"id": "e1", "text": "Grace Okafor praised Tomas Berg on Monday. Okafor also opposed the harbour tax plan. "
                             "Kofi Mensah criticized the harbour board."}])
    ingest(read_paths([corpus]), tmp_path / "n.duckdb")
    store = newsgraph.open(tmp_path / "n.duckdb")
    checks = sorted(r["check"] for r in store.events().to_dicts())
    cut = checks[-1]
    assert len(checks) >= 2 and checks[0] < cut
    page = store.browse("events", {"min_check": str(cut)})
    assert page["total"] == sum(c >= cut for c in checks) < len(checks)
    assert store.browse("events", {"min_check": "0"})["total"] == len(checks)
    edges = store.network({"min_check": str(cut)})["edges"]
    assert sum(e["count"] for e in edges) <= page["total"]
    with pytest.raises(NewsgraphError, match="min_check must be a number"):
        store.browse("events", {"min_check": "many"})
