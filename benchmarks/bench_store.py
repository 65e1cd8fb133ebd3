"""The store is never the bottleneck: ingest vs extract, and query latency at scale.

    python benchmarks/bench_store.py ingest [--n 1000]     # ingest time / extract time
    python benchmarks/bench_store.py queries [--quotes 100000]
    python benchmarks/bench_store.py statements [--sizes 100000 1000000]
    python benchmarks/bench_store.py pages [--quotes 100000]     # every web page, < 300 ms

`ingest` runs `newsgraph extract` and `newsgraph ingest` (fresh store) on the same n
articles (PolNeAR train texts, cycled with fresh ids) and prints both times and their
ratio (target: ingest within 10 % of extract). `queries` fills a store with generated
rows through the real writer and times the CLI's queries (target: under a second each).
`statements` generates quotes with a news corpus's duplication (most said once, some
carried by a few outlets, a few by dozens; copies cut to fragments, re-punctuated, with
"[the]" insertions and a changed word) and times grouping them from scratch (a migration,
a Parquet load), then one more ingest batch of 100 articles into the grouped store (the
work each ingest batch adds) (target: minutes for 1 M, near-linear growth).
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train" / "text"


def bench_ingest(n: int, data: Path, workers: int) -> None:
    texts = [p.read_text("utf-8") for p in sorted(data.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for i, text in zip(range(n), itertools.cycle(texts)):
                f.write(json.dumps({"id": f"a{i}", "text": text, "published": "2016-10-01"}) + "\n")
        base = [sys.executable, "-m", "newsgraph"]
        t0 = time.perf_counter()
        subprocess.run(base + ["extract", str(corpus), "-o", str(Path(tmp) / "out.jsonl"),
                               "--workers", str(workers), "--no-progress"], check=True)
        t_extract = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run(base + ["ingest", str(corpus), "--db", str(Path(tmp) / "s.duckdb"),
                               "--workers", str(workers), "--no-progress"], check=True)
        t_ingest = time.perf_counter() - t0
    print(f"{n} articles, {workers} worker(s)")
    print(f"extract {t_extract:7.1f} s  ({n / t_extract:6.2f} articles/s)")
    print(f"ingest  {t_ingest:7.1f} s  ({n / t_ingest:6.2f} articles/s)")
    print(f"ingest / extract: {t_ingest / t_extract:5.2f}   (target <= 1.10)")


def _fill_store(path: Path, n_quotes: int) -> None:
    """A store of generated articles through the real writer: ten quotes each by three of
    80 people, and one event between two of them (with their countries)."""
    from newsgraph.model import Article, DateRef, Entity, Event, EventActor, Quote, Record, Speaker
    from newsgraph.store import StoreWriter
    rng = random.Random(7)
    people = [f"{a} {b}" for a in ("Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal")
              for b in ("Lee", "Park", "Ruiz", "Okafor", "Novak", "Sato", "Berg", "Khan", "Silva", "Moreau")]
    countries = ("USA", "GBR", "FRA", "NGA", "BRA", "IND", "CHN", "RUS", "ZAF", "MEX")
    words = ("budget talks sanctions border trade election reform bridge vaccine climate tariff "
             "ceasefire treaty strike inflation housing pension energy water court").split()
    per_article = 10
    with StoreWriter(path) as writer:
        batch = []
        for a in range(n_quotes // per_article):
            names = rng.sample(people, 3)
            ents = tuple(Entity(f"e{i + 1}", nm, "PERSON", ((0, 5),)) for i, nm in enumerate(names))
            qs = []
            for k in range(per_article):
                e = rng.randrange(3)
                text = " ".join(rng.choice(words) for _ in range(12))
                day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                qs.append(Quote(f"q{k + 1}", "indirect", ((0, 10),), text, ((0, 4),), "say",
                                Speaker((0, 5), names[e], f"e{e + 1}", names[e], "person"),
                                date=DateRef(day, "day", False)))
            parties = [EventActor(names[i], (0, 5), f"e{i + 1}", names[i], rng.choice(countries), "GOV")
                       for i in (0, 1)]
            event = Event("v1", rng.choice(("CONSULT", "ACCUSE", "AGREE", "REQUEST")), (6, 10), "met", (0, 20),
                          (parties[0],), (parties[1],), date=DateRef(f"2023-{rng.randint(1, 12):02d}-01", "day", False))
            art = Article(f"g{a}", "x" * 20, published="2023-06-01", source=rng.choice(["Wire", "Post", "Daily"]))
            batch.append(Record(art, ents, tuple(qs), events=(event,)))
            if len(batch) == 500:
                writer.write(batch)
                batch = []
        if batch:
            writer.write(batch)


def bench_queries(n_quotes: int) -> None:
    from newsgraph.store import open_store
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "q.duckdb"
        t0 = time.perf_counter()
        _fill_store(path, n_quotes)
        print(f"generated {n_quotes:,} quotes in {time.perf_counter() - t0:.1f} s")
        store = open_store(path)
        cases = {
            "stats": lambda: store.stats(),
            "quotes --speaker 'Ann Lee'": lambda: store.quotes(speaker="Ann Lee"),
            "quotes --about 'sanctions border'": lambda: store.quotes(about="sanctions border"),
            "quotes --since/--until (one month)": lambda: store.quotes(since="2023-05-01", until="2023-05-31"),
            "quotes --source Post --speaker Khan": lambda: store.quotes(source="Post", speaker="Khan"),
            "actors": lambda: store.actors(),
        }
        for label, fn in cases.items():
            fn()
            t0 = time.perf_counter()
            fn()
            dt = time.perf_counter() - t0
            print(f"{label:<40}{dt * 1000:8.1f} ms   {'ok' if dt < 1 else 'SLOW'}")


PAGE_TARGET = 0.3      # seconds a page may take (the web UI issue's target)


def bench_pages(n_quotes: int) -> None:
    """Every page of the web UI on a store of generated quotes, timed through the app
    (the second of two requests: the first warms DuckDB's caches)."""
    from fastapi.testclient import TestClient
    from newsgraph.store import open_store
    from newsgraph.web import create_app
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.duckdb"
        t0 = time.perf_counter()
        _fill_store(path, n_quotes)
        print(f"generated {n_quotes:,} quotes in {time.perf_counter() - t0:.1f} s")
        top = open_store(path).actors(limit=1).to_dicts()[0]["actor_id"]
        client = TestClient(create_app(path, allowed_hosts=("testserver",)))
        pages = ["/", "/search?q=sanctions+border", "/search?speaker=Ann+Lee&source=Post",
                 "/search.json?source=Post&year=2023", "/events?type=CONSULT&country=USA", "/actors",
                 "/articles?source=Wire", "/statements", f"/actors/{top}", f"/actors/{top}?offset=500",
                 "/timeline", "/timeline?what=quotes&speaker=Ann+Lee", "/graph", "/map", "/map?country=USA"]
        slow = 0
        for url in pages:
            assert client.get(url).status_code == 200, url
            t0 = time.perf_counter()
            client.get(url)
            dt = time.perf_counter() - t0
            slow += dt > PAGE_TARGET
            print(f"{url:<44}{dt * 1000:8.1f} ms   {'ok' if dt <= PAGE_TARGET else 'SLOW'}")
        print(f"{len(pages) - slow} of {len(pages)} pages within {PAGE_TARGET * 1000:.0f} ms")


def _generated_quotes(n: int, seed: int = 7):
    rng = random.Random(seed)
    stop = "the a of to and in that is for it with as was on be at by this we have not".split()
    vocab = [f"w{i}" for i in range(20_000)]
    cum = list(itertools.accumulate(1 / (i + 1) for i in range(len(vocab))))
    rows = []
    while len(rows) < n:
        length = rng.randint(8, 40)
        content = rng.choices(vocab, cum_weights=cum, k=length)
        words = [rng.choice(stop) if rng.random() < 0.4 else w for w in content]
        r = rng.random()
        copies = 1 if r < 0.7 else rng.randint(2, 3) if r < 0.9 else rng.randint(4, 10) if r < 0.99 else rng.randint(10, 50)
        speaker = f"Speaker {rng.randrange(5_000)}"
        for _ in range(copies):
            w = list(words)
            change = rng.random()
            if change < 0.2 and len(w) > 12:
                start = rng.randrange(len(w) - 8)
                w = w[start:start + rng.randint(8, len(w) - start)]
            elif change < 0.3:
                w.insert(rng.randrange(len(w)), "[the]")
            elif change < 0.4:
                w[rng.randrange(len(w))] = rng.choice(vocab)
            text = " ".join(w).capitalize() + rng.choice([".", ",", "!", "..."])
            rows.append((text, speaker if rng.random() < 0.9 else None, rng.choice(["direct", "direct", "indirect"])))
    rng.shuffle(rows)
    return rows[:n]


def bench_statements(sizes: list[int]) -> None:
    import duckdb
    import pyarrow as pa

    from newsgraph.store.grouping import rebuild_statements, update_statements
    from newsgraph.store.schema import migrate
    per_quote = {}
    for n in sizes:
        rows = _generated_quotes(n)
        with tempfile.TemporaryDirectory() as tmp:
            con = duckdb.connect(str(Path(tmp) / "s.duckdb"))
            migrate(con)
            arts = [f"a{i // 10:07d}" for i in range(n)]
            con.register("_q", pa.table({
                "article_id": arts, "quote_id": [f"q{i % 10 + 1}" for i in range(n)],
                "text": [r[0] for r in rows], "speaker_name": [r[1] for r in rows], "kind": [r[2] for r in rows],
                "source": [f"outlet{hash(a) % 50}" for a in arts],
                "published": [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(n)]}))
            con.execute("""INSERT INTO quotes (article_id, quote_id, text, speaker_name, kind, source, published)
                           SELECT * FROM _q""")
            con.execute("INSERT INTO articles (article_id, status) SELECT DISTINCT article_id, 'ok' FROM _q")
            con.unregister("_q")
            batch = sorted(set(arts))[-100:]        # held back: ingested after the rebuild
            con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [batch])
            t0 = time.perf_counter()
            rebuild_statements(con)
            elapsed = time.perf_counter() - t0
            con.execute("INSERT INTO articles (article_id, status) SELECT unnest(?::VARCHAR[]), 'ok'", [batch])
            t1 = time.perf_counter()
            update_statements(con, batch, [])
            one_batch = time.perf_counter() - t1
            multi, statements = con.execute("SELECT count(*) FILTER (WHERE n_quotes > 1), count(*) FROM statements").fetchone()
            con.close()
        per_quote[n] = elapsed / n
        print(f"{n:>9,} quotes: grouped in {elapsed:7.1f} s ({n / elapsed:,.0f} quotes/s); "
              f"{statements:,} statements, {multi:,} with more than one quote; "
              f"one more batch of 100 articles: {one_batch:.2f} s")
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        print(f"time per quote, {b:,} vs {a:,}: {per_quote[b] / per_quote[a]:.2f}x (1.00 is linear)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("ingest")
    a.add_argument("--n", type=int, default=1000)
    a.add_argument("--workers", type=int, default=1)
    a.add_argument("--data", type=Path, default=DEFAULT_DATA)
    q = sub.add_parser("queries")
    q.add_argument("--quotes", type=int, default=100_000)
    pg = sub.add_parser("pages")
    pg.add_argument("--quotes", type=int, default=100_000)
    st = sub.add_parser("statements")
    st.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = ap.parse_args()
    if args.what == "ingest":
        bench_ingest(args.n, args.data, args.workers)
    elif args.what == "statements":
        bench_statements(args.sizes)
    elif args.what == "pages":
        bench_pages(args.quotes)
    else:
        bench_queries(args.quotes)


if __name__ == "__main__":
    main()
