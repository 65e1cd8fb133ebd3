"""Learn when to extend or cut a reported clause at its edge (see `nlp/quotes/bounds.py`).

    python -m newsgraph.train.quote_bounds ../shared/data/polnear/train \
        -o src/newsgraph/data/quote_bounds.json

Runs newsgraph's quote finder over PolNeAR-format training data with a recorder in place
of the learned decisions. For every reported clause it notes the two possible changes
(take in the next constituent, drop the last one) and, against the gold attribution that
overlaps it most, whether the change made or broke a match at τ = 0.8. The output
holds only counts per decision key (no text from the articles). About two minutes on two
CPU cores. Data provenance: `src/newsgraph/data/README.md`.
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from ..eval.polnear import load_gold
from ..eval.scoring import matches_at, overlap
from ..nlp.quotes import bounds as quote_bounds
from ..nlp.quotes.spans import tok_range_chars, trim


def _f(pred: list[tuple[int, int]], gold) -> float:
    """1 when the scorer's τ = 0.8 match holds, else 0 (what the decisions should serve)."""
    return float(matches_at(pred, gold, 0.8))


def count(directory: str, model: str | None = None, n_process: int = 2) -> dict:
    from ..nlp.pipeline import COMPONENTS, load_pipeline
    from ..nlp.quotes.component import packaged_cue_table
    from ..nlp.quotes.finder import QuoteFinder
    nlp = load_pipeline(model)
    cues = packaged_cue_table()
    golds = list(load_gold(directory))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    texts = (text for _, text, _ in golds)
    for (_, _, gold), doc in zip(golds, nlp.pipe(texts, n_process=n_process, batch_size=16,
                                                 disable=list(COMPONENTS))):
        seen = []

        def record(doc, verb, a, b, limit, table):
            seen.append((verb, a, b, limit))
            return b

        QuoteFinder(doc, cues, {}, adjust_end=record).run()
        for verb, a, b, limit in seen:
            keep = [tok_range_chars(doc, *trim(doc, a, b))]
            target = max(gold, key=lambda g: overlap(keep, g.content), default=None)
            if target is None or not overlap(keep, target.content):
                continue
            base = _f(keep, target.content)
            for change in (quote_bounds.extension(doc, verb, a, b, limit), quote_bounds.cut(doc, verb, a, b)):
                if change is None:
                    continue
                end, key = change
                lo, hi = trim(doc, a, end)
                if hi <= lo:
                    continue
                score = _f([tok_range_chars(doc, lo, hi)], target.content)
                if score != base:
                    cell = counts[key]
                    cell[1] += 1
                    cell[0] += score > base
    return {"source": "PolNeAR train (first .ann of each article)", "articles": len(golds),
            "counts": {k: v for k, v in sorted(counts.items()) if v[1] >= 2}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("-o", "--output", default="-")
    parser.add_argument("--model")
    args = parser.parse_args()
    result = json.dumps(count(args.directory, args.model), indent=0, sort_keys=True)
    if args.output == "-":
        print(result)
    else:
        Path(args.output).write_text(result + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
