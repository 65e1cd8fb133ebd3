"""The store is never the bottleneck: ingest vs extract, and query latency at scale.

    python benchmarks/bench_store.py ingest [--n 1000]     # ingest time / extract time
    python benchmarks/bench_store.py queries [--quotes 100000]

`ingest` runs `newsgraph extract` and `newsgraph ingest` (fresh store) on the same n
articles (PolNeAR train texts, cycled with fresh ids) and prints both times and their
ratio (target: ingest within 10 % of extract). `queries` fills a store with generated
rows through the real writer and times the CLI's queries (target: under a second each).
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


def bench_queries(n_quotes: int) -> None:
    from newsgraph.model import Article, DateRef, Entity, Quote, Record, Speaker
    from newsgraph.store import StoreWriter, open_store
    rng = random.Random(7)
    people = [f"{a} {b}" for a in ("Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal")
              for b in ("Lee", "Park", "Ruiz", "Okafor", "Novak", "Sato", "Berg", "Khan", "Silva", "Moreau")]
    words = ("budget talks sanctions border trade election reform bridge vaccine climate tariff "
             "ceasefire treaty strike inflation housing pension energy water court").split()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "q.duckdb"
        per_article = 10
        t0 = time.perf_counter()
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
                art = Article(f"g{a}", "x" * 20, published="2023-06-01", source=rng.choice(["Wire", "Post", "Daily"]))
                batch.append(Record(art, ents, tuple(qs)))
                if len(batch) == 500:
                    writer.write(batch)
                    batch = []
            writer.write(batch)
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("ingest")
    a.add_argument("--n", type=int, default=1000)
    a.add_argument("--workers", type=int, default=1)
    a.add_argument("--data", type=Path, default=DEFAULT_DATA)
    q = sub.add_parser("queries")
    q.add_argument("--quotes", type=int, default=100_000)
    args = ap.parse_args()
    if args.what == "ingest":
        bench_ingest(args.n, args.data, args.workers)
    else:
        bench_queries(args.quotes)


if __name__ == "__main__":
    main()
