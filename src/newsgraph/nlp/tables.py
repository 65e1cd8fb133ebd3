"""Learned tables shipped as JSON in `newsgraph/data` or saved beside a pipeline.

Every way a table can fail to load (missing, unreadable, not JSON) is a `ModelError` that
names the file: a component never falls back to rules silently.
"""
from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

from ..errors import ModelError


def packaged_text(name: str) -> str:
    try:
        return resources.files("newsgraph.data").joinpath(name).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ModelError(f"learned table {name} is missing from the package: {exc}") from None


def packaged_json(name: str) -> object:
    return parse_json(packaged_text(name), name)


def read_json(path: Path) -> object:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"learned table {path} cannot be read: {exc}") from None
    return parse_json(raw, str(path))


def parse_json(raw: str, where: str) -> object:
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise ModelError(f"learned table {where} is unreadable: {exc}") from None


class LogisticTable:
    """A logistic model shipped as a table: feature weights (the intercept is the weight of
    the feature "bias"), the probability at which its user keeps an item, and a note of
    where it came from. `KIND` names it in errors; a subclass adds its own fields."""
    KIND = "logistic table"

    def __init__(self, weights: dict[str, float], threshold: float, meta: dict | None = None):
        self.weights = weights
        self.threshold = threshold
        self.meta = meta or {}

    @classmethod
    def parse(cls, data: object, where: str, extra: tuple[str, ...] = ()) -> tuple:
        """(weights, threshold, meta, *extra fields as floats), or a ModelError."""
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}      # type: ignore[index]
            threshold = float(data["threshold"])                                # type: ignore[index]
            meta = dict(data.get("meta", {}))                                   # type: ignore[union-attr]
            more = tuple(float(data[name]) for name in extra)                    # type: ignore[index]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"{cls.KIND} {where} is malformed: {type(exc).__name__}: {exc}") from None
        if not weights or not all(math.isfinite(w) for w in weights.values()) or not 0 <= threshold <= 1:
            raise ModelError(f"{cls.KIND} {where} has no usable weights or threshold")
        return (weights, threshold, meta, *more)

    def to_data(self) -> dict:
        return {"weights": self.weights, "threshold": self.threshold, "meta": self.meta}

    def probability(self, features: dict[str, float]) -> float:
        w = self.weights
        z = sum(w.get(name, 0.0) * value for name, value in features.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))
