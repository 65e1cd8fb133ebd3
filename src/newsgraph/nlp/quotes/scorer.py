"""The quote scorer: the probability that a candidate quote is a real attribution.

A logistic model over `features.quote_features`, its weights learned from PolNeAR train by
`python -m newsgraph.train.quotes` and shipped as a plain JSON table
(`data/quote_scorer.json`). Its output is the quote's `confidence`; candidates below the
learned `threshold` (the one that maximised attribution F1 across the training folds) are
dropped. A table that is missing or malformed is a `ModelError`, never a silent fall-back.
"""
from __future__ import annotations

import math

from ...errors import ModelError

SCORER_FILE = "quote_scorer.json"


class QuoteScorer:
    def __init__(self, weights: dict[str, float], threshold: float, cue_threshold: float,
                 meta: dict | None = None):
        self.weights = weights
        self.threshold = threshold
        # the cue rate above which the rules propose a candidate for this scorer to weigh
        self.cue_threshold = cue_threshold
        self.meta = meta or {}

    @classmethod
    def from_data(cls, data: object, where: str = SCORER_FILE) -> "QuoteScorer":
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}      # type: ignore[index]
            threshold = float(data["threshold"])                                # type: ignore[index]
            cue_threshold = float(data["cue_threshold"])                        # type: ignore[index]
            meta = dict(data.get("meta", {}))                                   # type: ignore[union-attr]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"quote scorer {where} is malformed: {type(exc).__name__}: {exc}") from None
        if not weights or not all(math.isfinite(w) for w in weights.values()) or not 0 <= threshold <= 1 \
                or not 0 < cue_threshold <= 1:
            raise ModelError(f"quote scorer {where} has no usable weights or threshold")
        return cls(weights, threshold, cue_threshold, meta)

    def to_data(self) -> dict:
        return {"weights": self.weights, "threshold": self.threshold, "cue_threshold": self.cue_threshold,
                "meta": self.meta}

    def probability(self, features: dict[str, float]) -> float:
        w = self.weights
        z = sum(w.get(name, 0.0) * value for name, value in features.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))
