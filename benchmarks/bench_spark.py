"""Scaling: `extract --workers 1`, `--workers 2` and Spark local[2] on the same articles.

    python benchmarks/bench_spark.py [--n 1000]

Needs the `[spark]` extra and Java. Prints articles/s for each and the speed-ups.
"""
from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train" / "text"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    texts = [p.read_text("utf-8") for p in sorted(args.data.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for i, text in zip(range(args.n), itertools.cycle(texts)):
                f.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
        base = [sys.executable, "-m", "newsgraph"]
        times = {}
        for workers in (1, 2):
            t0 = time.perf_counter()
            subprocess.run(base + ["extract", str(corpus), "-o", str(Path(tmp) / f"o{workers}.jsonl"),
                                   "--workers", str(workers), "--no-progress"], check=True)
            times[f"extract --workers {workers}"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run(base + ["spark", "--input", str(corpus), "--output", str(Path(tmp) / "spark"),
                               "--master", "local[2]", "--partitions", "4"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times["spark local[2]"] = time.perf_counter() - t0
    print(f"{args.n} articles")
    for label, dt in times.items():
        print(f"{label:<24}{args.n / dt:8.2f} articles/s  ({dt:6.1f} s)")
    one = times["extract --workers 1"]
    print(f"speed-up --workers 2: {one / times['extract --workers 2']:.2f}x   "
          f"spark local[2]: {one / times['spark local[2]']:.2f}x (includes JVM start and Parquet writes)")


if __name__ == "__main__":
    main()
