"""Run newsgraph on Spark: one pipeline per executor partition, Parquet out.

    from newsgraph.spark import run, read_articles
    tables = run(spark, read_articles(spark, "s3://bucket/news/*.jsonl"), output="s3://bucket/out")

Needs the optional extra `newsgraph[spark]`; the core package never imports pyspark.
Articles are read with the same rules as `newsgraph extract` (ids, text or HTML, bad
input becomes an error row) and turned into rows by the same code as the DuckDB store
(`newsgraph.store.rows`), with the same columns (`newsgraph.store.schema`), so
`newsgraph ingest --parquet DIR` loads the output and the records match a laptop's.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

from ..store.schema import CORPUS_TABLES, EXPORTED, RECORD_TABLES, TABLES

# raw fields of an article row; `_json` carries a JSONL object to parse on the executor,
# `_error` a read error (bad JSON) that becomes an error row
FIELDS = ("id", "text", "html", "published", "source", "title", "url", "author", "_json", "_path", "_error")


def spark_schema(table: str):
    from pyspark.sql import types as T
    kinds = {"text": T.StringType(), "int": T.LongType(), "float": T.DoubleType(),
             "bool": T.BooleanType(), "text[]": T.ArrayType(T.StringType()), "json": T.StringType()}
    return T.StructType([T.StructField(c, kinds[k], True) for c, k in TABLES[table]])


def read_articles(spark, path: str, *, published: str | None = None, source: str | None = None):
    """A DataFrame of raw article fields from text files, JSONL or Parquet (path or glob)."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
    lower = path.lower()
    schema = T.StructType([T.StructField(f, T.StringType(), True) for f in FIELDS])
    if lower.endswith(".parquet") or lower.rstrip("/").endswith("parquet") or _is_parquet_dir(spark, path):
        df = spark.read.parquet(path)
        cols = [F.col(c).cast("string").alias(c) if c in df.columns else F.lit(None).cast("string").alias(c)
                for c in FIELDS]
        df = df.select(*cols)
    elif _is_local_dir(path):
        # a folder on this machine: newsgraph's own readers (article files only, sidecar
        # metadata, HTML), on the driver; a cluster reads globs or JSONL from shared storage
        from ..io import read_paths
        rows = [_item_row(item) for item in read_paths([_local(path)])]
        df = spark.createDataFrame(rows, schema)
    elif lower.endswith((".jsonl", ".ndjson", ".json")):
        # whole files, so ids of bad lines are "stem:line" exactly as `newsgraph extract` names them
        files = spark.sparkContext.wholeTextFiles(path)
        df = spark.createDataFrame(files.flatMap(_jsonl_rows), schema)
    else:
        files = spark.sparkContext.wholeTextFiles(path)
        df = spark.createDataFrame(files.map(_text_row), schema)
    if published:
        df = df.withColumn("published", F.coalesce(F.col("published"), F.lit(published)))
    if source:
        df = df.withColumn("source", F.coalesce(F.col("source"), F.lit(source)))
    return df


def _is_parquet_dir(spark, path: str) -> bool:
    try:
        jvm = spark.sparkContext._jvm
        hpath = jvm.org.apache.hadoop.fs.Path(path)
        fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        if not fs.isDirectory(hpath):
            return False
        return any(str(s.getPath().getName()).endswith(".parquet") for s in fs.listStatus(hpath))
    except Exception:
        return False


def _is_local_dir(path: str) -> bool:
    import os
    return "://" not in path.replace("file://", "") and os.path.isdir(_local(path))


def _item_row(item) -> dict:
    from ..model import Failure
    row = dict.fromkeys(FIELDS)
    row["id"], row["_path"] = item.id, item.path
    if isinstance(item, Failure):
        row["_error"] = item.message
    else:
        for key in ("text", "published", "source", "title", "url", "author"):
            row[key] = getattr(item, key)
    return row


def _local(path: str) -> str:
    return path[5:] if path.startswith("file:/") else path


def _jsonl_rows(pair):
    import posixpath
    path, content = pair
    path = _local(path)
    stem = posixpath.basename(path).rsplit(".", 1)[0]
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        row = dict.fromkeys(FIELDS)
        row["_path"] = f"{path}:{n}"
        default_id = f"{stem}:{n}"
        try:
            json.loads(line)      # parsed again on the executor; here only to spot bad lines
        except ValueError as exc:
            row["id"] = default_id
            row["_error"] = f"line is not valid JSON: {getattr(exc, 'msg', exc)} at column {getattr(exc, 'colno', '?')}"
            yield row
            continue
        row["_json"] = line
        row["id"] = default_id
        yield row


def _text_row(pair):
    import posixpath
    path, content = pair
    path = _local(path)
    row = dict.fromkeys(FIELDS)
    name = posixpath.basename(path)
    row["id"] = name.rsplit(".", 1)[0] if "." in name else name
    row["text"] = content
    row["_path"] = path
    return row


def _to_item(row: dict):
    """A raw row to an Article or Failure, by the same rules as the CLI readers."""
    from ..io.readers import DEFAULT_MAX_CHARS, apply_defaults, article_from_dict
    from ..model import Failure
    if row.get("_error") is not None:
        return Failure(row["id"], "InputError", row["_error"], row.get("_path"))
    if row.get("_json") is not None:
        item = article_from_dict(json.loads(row["_json"]), default_id=row["id"], path=row.get("_path"),
                                 max_chars=DEFAULT_MAX_CHARS)     # the object's own id wins
    else:
        obj = {k: row.get(k) for k in ("id", "text", "html", "published", "source", "title", "url", "author")}
        item = article_from_dict(obj, default_id=row["id"] or "article", path=row.get("_path"),
                                 max_chars=DEFAULT_MAX_CHARS)
    if isinstance(item, Failure):
        return item
    return apply_defaults(item, row.get("published"), row.get("source"))


def process_partition(rows, model: str | None = None) -> Iterator[tuple[str, dict]]:
    """Build the pipeline once per partition; yield (table, row) for every article."""
    from ..runner import Extractor
    from ..store.rows import record_rows
    extractor = Extractor(model)
    items = (_to_item(r.asDict() if hasattr(r, "asDict") else r) for r in rows)
    for result in extractor.process(items):
        for table, table_rows in record_rows(result).items():
            if table in TABLES:
                for row in table_rows:
                    yield table, row


def run(spark, articles_df, *, output: str | None = None, model: str | None = None,
        partitions: int | None = None, mode: str = "overwrite") -> dict:
    """Extract every article; return one DataFrame per table (and write Parquet if asked)."""
    from pyspark import StorageLevel
    df = articles_df.repartition(partitions) if partitions else articles_df
    rows = df.rdd.mapPartitions(lambda part: process_partition(part, model))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    tables = {}
    for table in RECORD_TABLES:
        cols = [c for c, _ in TABLES[table]]
        data = rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr, c=cols: tuple(tr[1].get(x) for x in c))
        frame = spark.createDataFrame(data, spark_schema(table))
        if table == "actors":
            # one row per actor, chosen deterministically (the first name in sort order)
            from pyspark.sql import Window
            from pyspark.sql import functions as F
            w = Window.partitionBy("actor_id").orderBy("name", "key")
            frame = frame.withColumn("_k", F.row_number().over(w)).filter("_k = 1").drop("_k")
        tables[table] = frame
        if output:
            frame.write.mode(mode).parquet(f"{output.rstrip('/')}/{table}")
    if output:
        rows.unpersist()
        write_corpus_tables(output)
    return tables


def write_corpus_tables(output: str) -> dict[str, int]:
    """What needs the whole corpus, from the tables the job wrote, by the store's own code
    run in DuckDB on the driver, so the rows are those `ingest` gives for the same
    articles: the person merges (store/actors.py: actors.merged_into, and the merged ids in
    entities and quotes, which are rewritten) and the statements (store/grouping.py).
    Needs an output folder the driver can read and write (local or mounted)."""
    import duckdb

    from ..store.actors import relink_surnames
    from ..store.grouping import rebuild_statements
    from ..store.schema import migrate
    root = output.rstrip("/")
    if "://" in root and not root.startswith("file:"):
        # a cluster's object store: `newsgraph ingest --parquet` groups the quotes it loads
        print(f"newsgraph: statements not computed for {root} (not a local folder)", file=sys.stderr)
        return {}
    root = root.removeprefix("file://")
    con = duckdb.connect()
    try:
        migrate(con)
        cols = ", ".join(f'"{c}"' for c, _ in TABLES["quotes"])
        con.execute(f"INSERT INTO quotes ({cols}) SELECT {cols} FROM read_parquet(?)", [f"{root}/quotes/*.parquet"])
        con.execute("INSERT INTO articles (article_id) SELECT article_id FROM read_parquet(?)",
                    [f"{root}/articles/*.parquet"])
        for table in ("entities", "actors"):
            cols = ", ".join(f'"{c}"' for c, _ in TABLES[table])
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet(?)",
                        [f"{root}/{table}/*.parquet"])
        relink_surnames(con)
        rebuild_statements(con)
        counts = {}
        for table in ("actors", "entities", "quotes") + CORPUS_TABLES:
            folder = Path(root) / table
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("*.parquet"):
                old.unlink()
            literal = str(folder / "part-00000.parquet").replace("'", "''")
            con.execute(f"COPY (SELECT * FROM {table} ORDER BY ALL) TO '{literal}' (FORMAT parquet)")
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return counts
    finally:
        con.close()


def run_job(input_path: str, output: str, *, master: str | None = None, partitions: int | None = None,
            model: str | None = None, published: str | None = None, source: str | None = None) -> dict:
    """The `newsgraph spark` command: a local or cluster job from paths."""
    from pyspark.sql import SparkSession
    import os
    builder = SparkSession.builder.appName("newsgraph")
    if master:
        builder = builder.master(master)
    if not master or master.startswith("local"):
        # a local run talks only to itself, and its Python workers are this interpreter
        # (the one newsgraph is installed in), not whatever `python3` is on the PATH
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    builder = builder.config("spark.sql.session.timeZone", "UTC").config("spark.ui.enabled", "false")
    spark = builder.getOrCreate()
    try:
        df = read_articles(spark, input_path, published=published, source=source)
        run(spark, df, output=output, model=model, partitions=partitions)
        counts = {t: spark.read.parquet(f"{output.rstrip('/')}/{t}").count() for t in EXPORTED}
    finally:
        spark.stop()
    return counts
