"""Train the quote scorer: which candidate quotes are attributions, and how sure that is.

    python -m newsgraph.train.quotes ../shared/data/polnear/train -o DIR

newsgraph's rules (`nlp/quotes/finder.py`, through the quotes component's `propose`)
propose candidate quotes, with a lower cue threshold than the rules alone would use; each
candidate is labelled as `newsgraph eval polnear` scores it (its content matches a gold
attribution at τ = 0.8 and the speaker mention overlaps the gold Source), described by
`nlp/quotes/features.py`, and a logistic model learns the labels. Five folds split by
article choose the regularisation and the keep threshold (the one with the best
attribution F1 over the folds) and give the reliability table of the probabilities; a
gradient-boosting scorer is cross-validated beside it for the record. The model is then
fit on all the articles and written to DIR/quote_scorer.json (weights only: no article
text), with the training report in DIR/quote_scorer_report.json. Needs scikit-learn
(`pip install -e ".[train]"`). Deterministic (seed 13); about three minutes on two cores
the first time, under two once the parses are cached (see `corpus.py`).
"""
from __future__ import annotations

import json
import sys
import time

from ..eval.polnear import speaker_agrees
from ..eval.scoring import greedy_match
from ..nlp.component import token_chars
from ..nlp.quotes.features import DocView, quote_features
from ..nlp.quotes.scorer import SCORER_FILE, QuoteScorer
from .corpus import DEFAULT_CACHE, parsed_articles
from .recipe import cache_of, fit_logistic, has_sklearn, recipe_parser, write_table

SEED = 13
FOLDS = 5
# the candidates' cue threshold: 0.4 and 0.3 were tried too (docs/accuracy.md), 0.25 did best
CUE_THRESHOLD = 0.25
C_VALUES = (0.1, 0.3, 1.0)
KEEP_GRID = tuple(round(0.05 * i, 2) for i in range(1, 16))


def proposals(nlp, articles, cue_threshold: float, skip_headline: bool = True):
    """The rules' candidates for every article (the quotes component's own `propose`)."""
    from ..nlp.quotes.component import packaged_table, propose
    from ..nlp.quotes.cues import CueTable
    cues = CueTable(packaged_table("cue_lexicon.json"), threshold=cue_threshold)
    bounds = packaged_table("quote_bounds.json")
    entities = nlp.get_pipe("newsgraph_entities")
    out = []
    for _, _, _, doc in articles:
        doc = entities(doc)
        out.append(propose(doc, cues, bounds, skip_headline))
    return out


def scorer_rows(articles, guesses_of):
    """One row per candidate quote: (article index, features, content ok, attribution ok),
    and the number of gold attributions."""
    from ..nlp.quotes.component import headline_end
    rows, n_gold = [], 0
    for a, (_, text, gold, doc) in enumerate(articles):
        guesses = guesses_of[a]
        view = DocView(doc, headline_end(text))
        n_gold += len(gold)
        m = greedy_match([g.content for g in guesses], [x.content for x in gold], 0.8)
        for i, g in enumerate(guesses):
            ok = i in m
            # the label is the eval's own attribution test, on the speaker mention as the record gives it
            speaker = {"mention": token_chars(doc, g.speaker.start, g.speaker.end)} if g.speaker else None
            attr = ok and speaker_agrees({"speaker": speaker}, gold[m[i]])
            rows.append((a, quote_features(view, g), ok, attr))
    return rows, n_gold


def folds_of(n_articles: int) -> list[int]:
    import random
    order = list(range(n_articles))
    random.Random(SEED).shuffle(order)
    fold = [0] * n_articles
    for k, a in enumerate(order):
        fold[a] = k % FOLDS
    return fold


def cross_validate(rows, fold: list[int], c: float, learner: str = "logistic"):
    """Out-of-fold probabilities for every row."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    probs = np.zeros(len(rows))
    y = np.array([r[3] for r in rows], dtype=int)
    for k in range(FOLDS):
        train = [i for i, r in enumerate(rows) if fold[r[0]] != k]
        test = [i for i, r in enumerate(rows) if fold[r[0]] == k]
        vec = DictVectorizer()
        X_train = vec.fit_transform([rows[i][1] for i in train])
        X_test = vec.transform([rows[i][1] for i in test])
        if learner == "logistic":
            model = fit_logistic(X_train, y[train], c)
        else:
            from sklearn.ensemble import HistGradientBoostingClassifier
            model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=SEED)
            X_train, X_test = X_train.toarray(), X_test.toarray()
            model.fit(X_train, y[train])
        probs[test] = model.predict_proba(X_test)[:, 1]
    return probs


def best_keep(rows, probs, n_gold: int) -> tuple[float, dict]:
    """The keep threshold with the best attribution F1, and the scores at it."""
    best = (-1.0, 0.0, {})
    for t in (0.0,) + KEEP_GRID:
        kept = [r for r, p in zip(rows, probs) if p >= t]
        tp = sum(1 for r in kept if r[3])
        content = sum(1 for r in kept if r[2])
        scores = {"attribution_f1": _f1(tp, len(kept), n_gold), "content_f1": _f1(content, len(kept), n_gold),
                  "predictions": len(kept)}
        if scores["attribution_f1"] > best[0]:
            best = (scores["attribution_f1"], t, scores)
    return best[1], best[2]


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def reliability(rows, probs, bins: int = 10) -> list[dict]:
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, r[3]) for r, p in zip(rows, probs) if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if inside:
            out.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside),
                        "mean_probability": round(sum(p for p, _ in inside) / len(inside), 3),
                        "share_correct": round(sum(ok for _, ok in inside) / len(inside), 3)})
    return out


def train(directory: str, model: str | None = None, n_process: int = 2, cache=DEFAULT_CACHE,
          log=print) -> tuple[QuoteScorer, dict]:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    t0 = time.time()
    nlp, articles = parsed_articles(directory, model, n_process, cache)
    log(f"{len(articles)} articles parsed in {time.time() - t0:.0f} s")
    fold = folds_of(len(articles))
    rows, n_gold = scorer_rows(articles, proposals(nlp, articles, CUE_THRESHOLD))
    trials = [{"learner": "all candidates kept (no scorer)", "cue_threshold": CUE_THRESHOLD,
               "attribution_f1": _f1(sum(r[3] for r in rows), len(rows), n_gold),
               "content_f1": _f1(sum(r[2] for r in rows), len(rows), n_gold), "predictions": len(rows)}]
    best = None
    for c in C_VALUES:
        probs = cross_validate(rows, fold, c)
        keep, scores = best_keep(rows, probs, n_gold)
        trial = {"learner": "logistic scorer", "cue_threshold": CUE_THRESHOLD, "C": c, "keep": keep,
                 **scores}
        trials.append(trial)
        log(json.dumps(trial))
        if best is None or scores["attribution_f1"] > best[0]["attribution_f1"]:
            best = (trial, probs)
    trial, probs = best
    gbm = cross_validate(rows, fold, 0, learner="gbm")
    keep_gbm, scores_gbm = best_keep(rows, gbm, n_gold)
    trials.append({"learner": "gradient boosting scorer (sklearn HistGradientBoosting)",
                   "cue_threshold": CUE_THRESHOLD, "keep": keep_gbm, **scores_gbm})
    log(json.dumps(trials[-1]))
    vec = DictVectorizer()
    X = vec.fit_transform([r[1] for r in rows])
    y = np.array([r[3] for r in rows], dtype=int)
    fitted = fit_logistic(X, y, trial["C"])
    weights = {name: round(float(w), 6) for name, w in zip(vec.feature_names_, fitted.coef_[0]) if w != 0}
    weights["bias"] = round(weights.get("bias", 0.0) + float(fitted.intercept_[0]), 6)
    report = {"chosen": trial, "trials": trials, "reliability_cv": reliability(rows, probs),
              "articles": len(articles), "gold_attributions": n_gold, "seconds": round(time.time() - t0)}
    meta = {"source": "PolNeAR train (first .ann of each article)", "recipe": "python -m newsgraph.train.quotes",
            "C": trial["C"], "seed": SEED, "cv_attribution_f1": trial["attribution_f1"]}
    return QuoteScorer(weights, trial["keep"], CUE_THRESHOLD, meta=meta), report


def main(argv=None) -> int:
    args = recipe_parser(__doc__, "folder for quote_scorer.json and the training report").parse_args(argv)
    if not has_sklearn():
        return 2
    scorer, report = train(args.directory, args.model, args.processes, cache_of(args))
    table = write_table(args.output, SCORER_FILE, scorer.to_data(), "quote_scorer_report.json", report)
    chosen = report["chosen"]
    print(f"{len(scorer.weights)} weights written to {table}; cross-validated attribution F1 "
          f"{chosen['attribution_f1']} at keep >= {chosen['keep']} (cue threshold {chosen['cue_threshold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
