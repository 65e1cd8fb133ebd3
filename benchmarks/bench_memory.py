"""Peak memory of `newsgraph extract` as the corpus grows: streaming means it stays flat.

    python benchmarks/bench_memory.py [--sizes 50 200 800] [--workers 1] [--distinct] [--chars N]

Writes JSONL corpora of the given sizes (PolNeAR train texts, cycled; with --distinct each
article also gets a line of words no other article has, so the vocabulary grows as it does
on a real corpus of distinct articles; --chars cuts each text to N characters), runs
`newsgraph extract` on each in a fresh process, and prints the peak RSS of each run and
its ratio to the smallest. Output goes to /dev/null.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train" / "text"



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 800])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--distinct", action="store_true", help="give every article words of its own")
    ap.add_argument("--chars", type=int, default=0, help="cut each text to this many characters")
    ap.add_argument("--recycle-every", type=int, default=None, help="NEWSGRAPH_RECYCLE_EVERY for the runs")
    args = ap.parse_args()
    texts = [p.read_text("utf-8") for p in sorted(args.data.glob("*.txt"))[:200]]
    if args.chars:
        texts = [t[: args.chars] for t in texts]
    if not texts:
        sys.exit(f"no .txt articles under {args.data}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.sizes):
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            with corpus.open("w", encoding="utf-8") as f:
                for i, text in zip(range(n), itertools.cycle(texts)):
                    if args.distinct:
                        text += "\n\nFiled under: " + " ".join(f"Zq{i}x{k}" for k in range(40)) + "."
                    f.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
            # A fresh interpreter per size: ru_maxrss of children is a running maximum,
            # so each measurement runs in its own short-lived parent.
            code = ("import resource,subprocess,sys;"
                    "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL);"
                    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            env = dict(os.environ)
            if args.recycle_every is not None:
                env["NEWSGRAPH_RECYCLE_EVERY"] = str(args.recycle_every)
            out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "newsgraph",
                                  "extract", str(corpus), "--workers", str(args.workers)],
                                 capture_output=True, text=True, check=True, env=env)
            rows.append((n, int(out.stdout.strip()) / 1024))
    base = rows[0][1]
    print(f"{'articles':>9} {'peak RSS MiB':>13} {'vs smallest':>12}")
    for n, rss in rows:
        print(f"{n:>9} {rss:>13.1f} {rss / base:>11.2f}x")


if __name__ == "__main__":
    main()
