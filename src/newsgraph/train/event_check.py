"""Train the event check: which of the rules' events are right, and how sure that is.

    python -m newsgraph.train.event_check ../shared/data/polnear/train -o DIR

The labels are events that newsgraph found in PolNeAR train articles, each judged by hand
against the PLOVER manual (type, actor, recipient or target, modality flags), drawn at
random in samples of 60 or 30 (`event_judgements.jsonl` beside this file: the article, the
trigger's characters, the type, a fingerprint of the parties' names and the judgement; no
article text). The recipe runs the pipeline with the check switched off, finds each judged
event again — same trigger, type and parties, else the judgement is stale and left out —
and describes it with `nlp/events/check.py`'s features. Five folds split by article choose
the regularisation (by log loss) and the threshold: the lowest at which the out-of-fold
precision reaches `PRECISION_TARGET`. The model is then fit on every judgement of the
`train` split and written to DIR/event_check.json (weights only), with the report in
DIR/event_check_report.json, which also gives the precision on the `held_out` split (events
drawn from those the shipped check passed, never trained on). Needs scikit-learn
(`pip install -e ".[train]"`); deterministic (seed 13); about 15 s on two cores once the
parses are cached (see `corpus.py`).

The judgements hold for the events as they were judged: when a rule changes a judged
event's parties, the report counts it stale; judge it again and write its new fingerprint
(`party_fingerprint`). An event's quote is one of its features, so retrain after the quote
scorer.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from pathlib import Path

from ..nlp.events.check import CHECK_FILE, EventCheck, article_event_features
from .corpus import DEFAULT_CACHE, parsed_articles
from .recipe import cache_of, fit_logistic, has_sklearn, recipe_parser, write_table

SEED = 13
FOLDS = 5
C_VALUES = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(4, 17))
# issue #18: events of domestic news "≥ 80 % right"
PRECISION_TARGET = 0.8
JUDGEMENTS = Path(__file__).with_name("event_judgements.jsonl")


def party_fingerprint(parties: list[dict]) -> str:
    """A short hash of the parties' names: a judgement holds only for the parties judged."""
    return hashlib.sha1("|".join(p.get("name") or "" for p in parties).encode("utf-8")).hexdigest()[:10]


def load_judgements(path: Path = JUDGEMENTS) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def unchecked_events(nlp, doc) -> list[dict]:
    """The events stage's output for a parsed Doc (the pipeline's events component has its
    check switched off)."""
    for name in ("newsgraph_entities", "newsgraph_quotes", "newsgraph_events"):
        doc = nlp.get_pipe(name)(doc)
    return doc._.ng_events or []


def judged_rows(nlp, articles, judgements: list[dict]):
    """(article id, features, right, split) for every judgement whose event is still found,
    and the number that are not."""
    by_article: dict[str, list[dict]] = {}
    for j in judgements:
        by_article.setdefault(j["article"], []).append(j)
    rows, stale = [], 0
    for doc_id, text, _, doc in articles:
        todo = by_article.pop(doc_id, [])
        if not todo:
            continue
        events = unchecked_events(nlp, doc)
        features = article_event_features(events, text, doc._.ng_entities or [])
        for j in todo:
            match = [i for i, e in enumerate(events) if e["trigger"] == j["trigger"] and e["type"] == j["type"]
                     and f"{party_fingerprint(e['actors'])}:{party_fingerprint(e['recipients'])}" == j["parties"]]
            if not match:
                stale += 1
                continue
            rows.append((doc_id, features[match[0]], bool(j["right"]), j.get("split", "train")))
    stale += sum(len(v) for v in by_article.values())
    return rows, stale


def _fit(rows, c: float):
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    vec = DictVectorizer()
    X = vec.fit_transform([{k: v for k, v in r[1].items() if k != "bias"} for r in rows])
    model = fit_logistic(X, np.array([r[2] for r in rows], dtype=int), c)
    return vec, model


def cross_validate(rows, c: float) -> list[float]:
    articles = sorted({r[0] for r in rows})
    random.Random(SEED).shuffle(articles)
    fold = {a: i % FOLDS for i, a in enumerate(articles)}
    probs = [0.0] * len(rows)
    for k in range(FOLDS):
        train = [r for r in rows if fold[r[0]] != k]
        test = [i for i, r in enumerate(rows) if fold[r[0]] == k]
        vec, model = _fit(train, c)
        X = vec.transform([{n: v for n, v in rows[i][1].items() if n != "bias"} for i in test])
        for i, p in zip(test, model.predict_proba(X)[:, 1]):
            probs[i] = float(p)
    return probs


def curve(rows, probs) -> list[dict]:
    right = sum(r[2] for r in rows)
    out = []
    for t in THRESHOLDS:
        kept = [r[2] for r, p in zip(rows, probs) if p >= t]
        out.append({"threshold": t, "kept": len(kept), "precision": round(sum(kept) / len(kept), 3) if kept else None,
                    "right_kept": round(sum(kept) / right, 3) if right else None})
    return out


def log_loss(rows, probs) -> float:
    import math
    eps = 1e-6
    return -sum(math.log(max(eps, p if r[2] else 1 - p)) for r, p in zip(rows, probs)) / len(rows)


def train(directory: str, model: str | None = None, n_process: int = 2, cache=DEFAULT_CACHE,
          judgements: Path = JUDGEMENTS, log=print) -> tuple[EventCheck, dict]:
    from ..nlp.pipeline import build
    t0 = time.time()
    _, articles = parsed_articles(directory, model, n_process, cache)
    nlp = build(model, components=("newsgraph_entities", "newsgraph_quotes"))
    nlp.add_pipe("newsgraph_events", config={"check": False})
    found, stale = judged_rows(nlp, articles, load_judgements(judgements))
    rows = [r for r in found if r[3] == "train"]
    held_out = [r for r in found if r[3] == "held_out"]
    log(f"{len(rows)} judged events found again ({sum(r[2] for r in rows)} right) and {len(held_out)} held out, "
        f"{stale} stale, in {time.time() - t0:.0f} s")
    trials = []
    for c in C_VALUES:
        probs = cross_validate(rows, c)
        trials.append({"C": c, "log_loss": round(log_loss(rows, probs), 4), "curve": curve(rows, probs)})
        log(json.dumps({k: v for k, v in trials[-1].items() if k != "curve"}))
    chosen = min(trials, key=lambda t: t["log_loss"])
    reaching = [p for p in chosen["curve"] if p["precision"] is not None and p["precision"] >= PRECISION_TARGET]
    threshold = reaching[0]["threshold"] if reaching else THRESHOLDS[-1]
    vec, fitted = _fit(rows, chosen["C"])
    weights = {name: round(float(w), 6) for name, w in zip(vec.feature_names_, fitted.coef_[0]) if w != 0}
    weights["bias"] = round(float(fitted.intercept_[0]), 6)
    check = EventCheck(weights, threshold)
    passed = [r[2] for r in held_out if check.probability(r[1]) >= threshold]
    report = {"judged": len(rows), "right": sum(r[2] for r in rows), "stale": stale, "chosen_C": chosen["C"],
              "threshold": threshold, "trials": trials, "seconds": round(time.time() - t0),
              "held_out": {"judged": len(held_out), "passed": len(passed), "right_of_passed": sum(passed),
                           "precision": round(sum(passed) / len(passed), 3) if passed else None}}
    meta = {"source": "events of PolNeAR train articles judged by hand against the PLOVER manual "
                      "(src/newsgraph/train/event_judgements.jsonl)",
            "recipe": "python -m newsgraph.train.event_check", "C": chosen["C"], "seed": SEED,
            "judged": len(rows), "precision_target": PRECISION_TARGET}
    check.meta = meta
    return check, report


def main(argv=None) -> int:
    ap = recipe_parser(__doc__, "folder for event_check.json and the training report")
    ap.add_argument("--judgements", default=str(JUDGEMENTS))
    args = ap.parse_args(argv)
    if not has_sklearn():
        return 2
    check, report = train(args.directory, args.model, args.processes, cache_of(args), Path(args.judgements))
    table = write_table(args.output, CHECK_FILE, check.to_data(), "event_check_report.json", report)
    held = report["held_out"]
    print(f"{len(check.weights)} weights written to {table}; threshold {check.threshold} "
          f"(C = {report['chosen_C']}, {report['judged']} judged events, {report['stale']} stale); "
          f"held out: {held['right_of_passed']} right of the {held['passed']} the check passes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
