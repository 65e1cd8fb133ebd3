"""Spark local[2] gives exactly the rows `newsgraph extract` gives on the same articles."""
import json
import os
import shutil

import pytest

pyspark = pytest.importorskip("pyspark")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime")
    from pyspark.sql import SparkSession
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")     # traffic stays on the loopback
    s = (SparkSession.builder.master("local[2]").appName("newsgraph-test")
         .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
         .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield s
    s.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from newsgraph.demo import examples_dir
    tmp = tmp_path_factory.mktemp("spark")
    path = tmp / "c.jsonl"
    wire = (examples_dir() / "harbour-talks.txt").read_text(encoding="utf-8")
    rows = [json.dumps({"id": "wire", "text": wire, "published": "2024-05-14", "source": "Coastal Wire"}),
            json.dumps({"id": "short", "text": "Mayor Ann Lee said that the bridge would reopen on Friday.",
                        "published": "2023-03-20"}),
            "{broken json",
            json.dumps({"id": "num", "text": 5}),
            json.dumps({"id": "lee", "text": "Lee said the talks were over. Ann Lee left.", "published": "2023-03-21"}),
            # a lone surname in two articles, the full name in a third: one actor across the corpus
            json.dumps({"id": "pilot-1", "text": "Harbour pilot Ada Okafor said that the channel was clear."}),
            json.dumps({"id": "pilot-2", "text": "The tugs were ready, Okafor told reporters on Monday."}),
            json.dumps({"id": "pilot-3", "text": "The tide was high, Okafor told reporters on Tuesday."})]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _rows_from_extract(corpus):
    from newsgraph.io import read_paths
    from newsgraph.runner import extract_items
    from newsgraph.store.rows import record_rows
    tables = {}
    for result in extract_items(read_paths([corpus])):
        for table, rows in record_rows(result).items():
            tables.setdefault(table, []).extend(rows)
    return tables


def _normalise(rows, columns):
    return sorted(json.dumps([r.get(c) for c in columns], sort_keys=True, default=str) for r in rows)


def test_spark_output_matches_extract(spark, corpus, tmp_path):
    import pyarrow.parquet as pq
    from newsgraph.spark import read_articles, run
    from newsgraph.store.schema import RECORD_TABLES, TABLES
    out = tmp_path / "out"
    run(spark, read_articles(spark, str(corpus)), output=str(out), partitions=2)
    expected = _rows_from_extract(corpus)
    for table in RECORD_TABLES:
        cols = [c for c, _ in TABLES[table]]
        got = pq.read_table(out / table).to_pylist()
        want = expected.get(table, [])
        if table == "actors":    # one row per actor; which article's spelling names it may differ
            cols = ["actor_id", "type", "key"]
            want = list({r["actor_id"]: r for r in want}.values())
        # the corpus's merges (test below) replace what one article's names give
        cols = [c for c in cols if c not in ("actor_id", "speaker_actor_id")] if table in ("entities", "quotes") else cols
        assert _normalise(got, cols) == _normalise(want, cols), table
    errors = {r["article_id"]: r["error_type"] for r in pq.read_table(out / "articles").to_pylist() if r["status"] == "failed"}
    assert errors == {"c:3": "InputError", "num": "InputError"}


def test_spark_statements_are_the_stores(spark, corpus, tmp_path):
    import duckdb
    import pyarrow.parquet as pq
    from newsgraph.io import read_paths
    from newsgraph.spark import read_articles, run
    from newsgraph.store import ingest
    from newsgraph.store.schema import CORPUS_TABLES, TABLES
    out = tmp_path / "out"
    run(spark, read_articles(spark, str(corpus)), output=str(out), partitions=2)
    db = tmp_path / "s.duckdb"
    ingest(read_paths([corpus]), db)
    con = duckdb.connect(str(db), read_only=True)
    for table in CORPUS_TABLES:
        cols = [c for c, _ in TABLES[table]]
        want = [dict(zip(cols, r)) for r in con.execute(f"SELECT * FROM {table}").fetchall()]
        got = pq.read_table(out / table).to_pylist()
        assert want and _normalise(got, cols) == _normalise(want, cols), table
    merged = {"actors": ["actor_id", "name", "merged_into", "merge_reason"],
              "entities": ["article_id", "entity_id", "actor_id", "own_actor_id"],
              "quotes": ["article_id", "quote_id", "speaker_actor_id"]}
    for table, cols in merged.items():
        want = [dict(zip(cols, r)) for r in con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()]
        got = pq.read_table(out / table).to_pylist()
        assert _normalise(got, cols) == _normalise(want, cols), table
    assert any(r[0] for r in con.execute("SELECT merged_into FROM actors").fetchall())     # a merge was made
    con.close()


def test_ingest_parquet_loads_spark_output(spark, corpus, tmp_path):
    import newsgraph
    from newsgraph.spark import read_articles, run
    from newsgraph.store import load_parquet
    out = tmp_path / "out"
    run(spark, read_articles(spark, str(corpus)), output=str(out))
    db = tmp_path / "s.duckdb"
    load_parquet(out, db)
    store = newsgraph.open(db)
    stats = store.stats()
    assert stats["articles"] == 6 and stats["failed"] == 2 and stats["quotes"] >= 10
    assert store.quotes(about="bridge reopen").to_dicts()[0]["speaker"] == "Ann Lee"
    assert [a["name"] for a in store.actors(name="Lee", type="PERSON").to_dicts()] == ["Ann Lee"]
    load_parquet(out, db)      # again: replaces, never doubles
    assert newsgraph.open(db).stats() == stats


def test_a_local_folder_is_read_like_extract_reads_it(spark):
    from newsgraph.demo import examples_dir
    from newsgraph.spark import read_articles
    rows = {r["id"]: r for r in read_articles(spark, str(examples_dir())).collect()}
    # article files only (no README.md, no sidecar .json), with the sidecar's metadata
    assert set(rows) == {"harbour-talks", "drought-roundup", "transcript-energy", "summit-page",
                         "ministry-statement", "trade-note", "harbour-followup"}
    assert rows["harbour-talks"]["published"] == "2024-05-14"
    assert rows["summit-page"]["source"] == "The Meridian Post"


def test_local_master_runs_workers_on_this_interpreter(monkeypatch):
    import sys
    from newsgraph import spark as ng_spark
    monkeypatch.delenv("PYSPARK_PYTHON", raising=False)
    monkeypatch.delenv("PYSPARK_DRIVER_PYTHON", raising=False)
    calls = {}

    class _Builder:
        def appName(self, name): return self
        def master(self, m): return self
        def config(self, *a): return self
        def getOrCreate(self):
            calls["python"] = (os.environ.get("PYSPARK_PYTHON"), os.environ.get("PYSPARK_DRIVER_PYTHON"))
            raise RuntimeError("stop here")

    import pyspark.sql
    monkeypatch.setattr(pyspark.sql.SparkSession, "builder", _Builder())
    with pytest.raises(RuntimeError, match="stop here"):
        ng_spark.run_job("in", "out", master="local[2]")
    assert calls["python"] == (sys.executable, sys.executable)
