"""Throughput of `newsgraph extract` against a bare spaCy `nlp.pipe` on the same texts.

    python benchmarks/bench_extract.py [--n 200] [--data ../shared/data/polnear/train/text]

Prints articles/s for: the bare parse (same model, no newsgraph components), the full
extract path on one worker (read, extract, serialise JSON) and on two workers, and the
ratios. Never a test: timings depend on the machine.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsgraph.io import read_paths
from newsgraph.nlp.pipeline import COMPONENTS, load_pipeline
from newsgraph.runner import BATCH, extract_items

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train" / "text"


def timed(label: str, fn, n: int) -> float:
    t0 = time.perf_counter()
    fn()
    dt = time.perf_counter() - t0
    print(f"{label:<34}{n / dt:8.2f} articles/s   ({dt:6.2f} s)")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    paths = sorted(args.data.glob("*.txt"))[: args.n]
    if not paths:
        sys.exit(f"no .txt articles under {args.data}")
    texts = [p.read_text("utf-8") for p in paths]
    n = len(texts)
    chars = sum(map(len, texts))
    print(f"{n} articles, {chars:,} characters, from {args.data}")

    nlp = load_pipeline(args.model)
    with nlp.select_pipes(disable=list(COMPONENTS)):
        list(nlp.pipe(texts[:5]))
        # same batch size as the extractor, so the two parse alike
        bare = timed("bare spaCy nlp.pipe", lambda: sum(1 for _ in nlp.pipe(texts, batch_size=BATCH)), n)

    def run(workers: int) -> None:
        for r in extract_items(read_paths(paths), model=args.model, workers=workers):
            json.dumps(r.to_dict(), ensure_ascii=False)

    # Each newsgraph component on its own, over docs parsed once, against the parse time.
    with nlp.select_pipes(disable=list(COMPONENTS)):
        docs = list(nlp.pipe(texts))
    print()
    for name in COMPONENTS:
        component = nlp.get_pipe(name)
        t0 = time.perf_counter()
        for doc in docs:
            component(doc)
        dt = time.perf_counter() - t0
        print(f"  component {name:<22}{dt:6.2f} s  = {100 * dt / bare:5.1f}% of the parse")
    del docs
    print()

    one = timed("newsgraph extract --workers 1", lambda: run(1), n)
    two = timed("newsgraph extract --workers 2", lambda: run(2), n)
    print(f"\nratio extract(1 worker) / bare parse: {one / bare:5.2f}   (target <= 1.3)")
    print(f"speed-up 2 workers vs 1:             {one / two:5.2f}x")
    print("(memory: benchmarks/bench_memory.py)")


if __name__ == "__main__":
    main()
