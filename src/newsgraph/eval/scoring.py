"""Span-overlap matching and the quote metrics newsgraph reports."""
from __future__ import annotations

import re
from dataclasses import dataclass

Spans = tuple[tuple[int, int], ...] | list[tuple[int, int]]


def size(spans: Spans) -> int:
    return sum(e - s for s, e in _union(spans))


def _union(spans: Spans) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        elif e > s:
            out.append((s, e))
    return out


def overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in _union(a) for s2, e2 in _union(b))


def touches(a: Spans, b: Spans) -> bool:
    return overlap(a, b) > 0


def _covers(shared: int, size_pred: int, size_gold: int, tau: float) -> bool:
    return shared >= tau * size_gold and shared >= tau * size_pred


def matches_at(pred: Spans, gold: Spans, tau: float) -> bool:
    """Whether one prediction and one gold span set match at tau (see `greedy_match`)."""
    o = overlap(pred, gold)
    return bool(o) and _covers(o, size(pred), size(gold), tau)


def greedy_match(pred: list[Spans], gold: list[Spans], tau: float) -> dict[int, int]:
    """One-to-one pred->gold matching, largest overlap first.

    A pair may match when the shared characters cover at least tau of each side.
    """
    sizes_p = [size(p) for p in pred]
    sizes_g = [size(g) for g in gold]
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            o = overlap(p, g)
            if o and _covers(o, sizes_p[i], sizes_g[j], tau):
                pairs.append((-o, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = {}
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out[i] = j
    return out


@dataclass
class PRF:
    tp_p: int = 0      # correct, counted over predictions
    tp_r: int = 0      # correct, counted over gold
    n_pred: int = 0
    n_gold: int = 0

    def add(self, other: "PRF") -> None:
        self.tp_p += other.tp_p
        self.tp_r += other.tp_r
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    def as_dict(self) -> dict:
        p = self.tp_p / self.n_pred if self.n_pred else 0.0
        r = self.tp_r / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp_r, "pred": self.n_pred, "gold": self.n_gold}


_HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "miss", "prof", "sir"}
# a generational suffix is no more the surname than a title is: "Kofi Mensah Jr." ends in Mensah
_SUFFIX_WORDS = {"jr", "sr", "ii", "iii", "iv"}


def name_words(name: str) -> list[str]:
    words = re.findall(r"[\w’'.-]+", name.lower())
    words = [re.sub(r"(’s|'s|’|')$", "", w).strip(".") for w in words]
    words = [w for w in words if w and w not in _HONORIFIC_WORDS]
    while len(words) > 1 and words[-1] in _SUFFIX_WORDS:
        words.pop()
    return words


def same_speaker(pred_name: str | None, gold_name: str | None) -> bool:
    """The data README's name rule: the predicted name's last word is in the gold name."""
    if not pred_name or not gold_name:
        return False
    p, g = name_words(pred_name), name_words(gold_name)
    return bool(p and g) and (p[-1] == g[-1] or p[-1] in g)


def prf_table(metrics: dict[str, dict], width: int) -> list[str]:
    """The P/R/F1 table lines the eval reports print, one row per metric."""
    lines = [f"{'metric':<{width}}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'pred':>7}{'gold':>7}"]
    for key, m in metrics.items():
        lines.append(f"{key:<{width}}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                     f"{m['tp']:>7}{m['pred']:>7}{m['gold']:>7}")
    return lines


def expect_total(progress, total: int) -> None:
    """Tell a progress bar (tqdm-like, or None) how many articles the evaluation will read."""
    if progress is not None:
        progress.total = total
        progress.refresh()
