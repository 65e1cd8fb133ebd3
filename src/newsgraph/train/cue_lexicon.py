"""Learn how often each verb, by the kind of complement it takes, is an attribution cue.

    python -m newsgraph.train.cue_lexicon ../shared/data/polnear/train \
        -o src/newsgraph/data/cue_lexicon.json

Reads PolNeAR-format training data (brat standoff, first annotator of each article),
parses it with the same spaCy model newsgraph uses, and counts, for every verb outside a
direct quotation, how often it lies inside a gold Cue span, keyed by (lemma, complement
kind). The output holds only those counts (no text from the articles). Takes about two
minutes on two CPU cores. A prepositional object is counted twice, once under "prep" and
once under its preposition ("prep:for"). Nouns are counted too, keyed "noun:that" ("the claim that
..."), "noun:prep" ("criticism of ...") and "noun:none", and predicate adjectives
"adj:prep", "adj:that", "adj:xcomp" ("is skeptical of ..."). See `src/newsgraph/data/README.md` for the data's provenance.
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from ..eval.polnear import load_gold
from ..nlp.quotes.adjectives import adjective_complement
from ..nlp.quotes.cues import complement_kind, content_preposition, noun_complement_kind, subject_class
from ..nlp.quotes.marks import find_direct_quotes

MIN_COUNT = 2


def count(directory: str, model: str | None = None, n_process: int = 2) -> dict:
    from ..nlp.pipeline import COMPONENTS, load_pipeline
    nlp = load_pipeline(model)
    golds = list(load_gold(directory))
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    texts = (text for _, text, _ in golds)
    # COMPONENTS are newsgraph's steps after the parse; the paragraph breaks before it stay,
    # so the counts come from the parse extraction sees
    for (doc_id, text, gold), doc in zip(golds, nlp.pipe(texts, n_process=n_process, batch_size=16,
                                                          disable=list(COMPONENTS))):
        cue_chars = set()
        for g in gold:
            for s, e in g.cue:
                cue_chars.update(range(s, e))
        quoted = set()
        for spans in find_direct_quotes(text):
            for s, e in spans:
                quoted.update(range(s, e))
        for tok in doc:
            if tok.pos_ not in {"VERB", "NOUN", "ADJ"} or tok.idx in quoted:
                continue
            if tok.pos_ == "ADJ":
                found = adjective_complement(tok)
                if found is None:
                    continue
                kind = found[0]
                cells = [counts[tok.lemma_.lower()][kind]]
            elif tok.pos_ == "VERB":
                kind = complement_kind(tok)
                cells = [counts[tok.lemma_.lower()][kind],
                         counts[tok.lemma_.lower()][f"{kind}|{subject_class(tok)}"]]
            else:
                kind = "noun:" + noun_complement_kind(tok)
                cells = [counts[tok.lemma_.lower()][kind]]
            if kind.endswith("prep") and (prep := content_preposition(tok)):
                cells.append(counts[tok.lemma_.lower()][f"{kind}:{prep}"])
            for cell in cells:
                cell[1] += 1
                if tok.idx in cue_chars:
                    cell[0] += 1
    return {"source": "PolNeAR train (first .ann of each article)", "articles": len(golds),
            "counts": {lemma: {k: v for k, v in kinds.items() if v[1] >= MIN_COUNT}
                       for lemma, kinds in sorted(counts.items())
                       if any(v[0] for v in kinds.values())}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--model")
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args()
    table = count(args.directory, args.model, args.processes)
    table["counts"] = {k: v for k, v in table["counts"].items() if v}
    Path(args.output).write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"{len(table['counts'])} lemmas written to {args.output}")


if __name__ == "__main__":
    main()
