"""The quote scorer: the probability that a candidate quote is a real attribution.

A logistic model over `features.quote_features`, its weights learned from PolNeAR train by
`python -m newsgraph.train.quotes` and shipped as a plain JSON table
(`data/quote_scorer.json`). Its output is the quote's `confidence`; candidates below the
learned `threshold` (the one that maximised attribution F1 across the training folds) are
dropped. A table that is missing or malformed is a `ModelError`, never a silent fall-back.
"""
from __future__ import annotations

from ...errors import ModelError
from ..tables import LogisticTable

SCORER_FILE = "quote_scorer.json"


class QuoteScorer(LogisticTable):
    KIND = "quote scorer"

    def __init__(self, weights: dict[str, float], threshold: float, cue_threshold: float,
                 meta: dict | None = None):
        super().__init__(weights, threshold, meta)
        # the cue rate above which the rules propose a candidate for this scorer to weigh
        self.cue_threshold = cue_threshold

    @classmethod
    def from_data(cls, data: object, where: str = SCORER_FILE) -> "QuoteScorer":
        weights, threshold, meta, cue_threshold = cls.parse(data, where, ("cue_threshold",))
        if not 0 < cue_threshold <= 1:
            raise ModelError(f"quote scorer {where} has no usable weights or threshold")
        return cls(weights, threshold, cue_threshold, meta)

    def to_data(self) -> dict:
        return {**super().to_data(), "cue_threshold": self.cue_threshold}
