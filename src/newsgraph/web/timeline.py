"""Timelines that read: a continuous time axis (every day, week, month or year between the
first date and the last, empty ones included), the step chosen from the range, stacked
counts, ticks with their year. Pure functions from (date, series) pairs to an SVG layout:
the template draws rectangles and text, nothing else."""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

# (longest range in days, step): a range picks the first step that fits
STEPS = ((62, "day"), (730, "week"), (3650, "month"), (10**9, "year"))
MAX_BARS = 400
TRIM_MIN = 50        # with fewer dates, every one is on the axis
MIN_TICK_GAP = 34    # pixels between two tick labels
WIDTH, HEIGHT, LEFT, BOTTOM = 900, 220, 40, 40
PALETTE = ("#457b9d", "#e63946", "#2a9d8f", "#f4a261", "#6d597a", "#8ab17d", "#e9c46a", "#264653",
           "#b56576", "#90be6d", "#577590", "#f28482", "#84a59d", "#bc6c25", "#6c757d", "#a8dadc")


def parse_day(value) -> date | None:
    """A day from a date value: "2023-03-16", "2023-03" (its first day), "2023-W11" (its Monday)."""
    text = str(value or "")
    if len(text) >= 8 and text[4:6] == "-W" and text[6:8].isdigit():
        try:
            return date.fromisocalendar(int(text[:4]), int(text[6:8]), 1)
        except ValueError:
            return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        if value and len(str(value)) == 7:          # a month: its first day
            try:
                return date.fromisoformat(f"{str(value)[:7]}-01")
            except ValueError:
                return None
        return None


def step_for(first: date, last: date) -> str:
    days = (last - first).days
    return next(step for limit, step in STEPS if days <= limit)


def bucket(d: date, step: str) -> date:
    if step == "day":
        return d
    if step == "week":
        return d - timedelta(days=d.weekday())
    if step == "month":
        return d.replace(day=1)
    return d.replace(month=1, day=1)


def following(d: date, step: str) -> date:
    if step == "day":
        return d + timedelta(days=1)
    if step == "week":
        return d + timedelta(days=7)
    if step == "month":
        return (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return d.replace(year=d.year + 1)


def label(d: date, step: str) -> str:
    return {"day": d.isoformat(), "week": f"week of {d.isoformat()}", "month": d.strftime("%Y-%m"),
            "year": str(d.year)}[step]


def _at(days: list[tuple[date, int]], position: int) -> date:
    """The day of the `position`-th row (0-based) of (day, rows) sorted by day."""
    seen = 0
    for d, n in days:
        seen += n
        if seen > position:
            return d
    return days[-1][0]


def series_counts(items, step: str | None = None, trim: bool = True) -> dict:
    """`items`: (date value, series name) or (date value, series name, rows). Every bucket
    from the first to the last, with counts per series; {"step", "buckets", "series",
    "max", "dated", "undated", "before", "after"} (`before`/`after`: rows left off the
    axis, with `trim`)."""
    weighted = [(parse_day(item[0]), item[1], item[2] if len(item) > 2 else 1) for item in items]
    undated = sum(n for d, _, n in weighted if d is None)
    dated = [(d, s, n) for d, s, n in weighted if d is not None]
    if not dated:
        return {"step": step or "week", "buckets": [], "series": [], "max": 0, "dated": 0, "undated": undated,
                "before": 0, "after": 0}
    days = sorted((d, n) for d, _, n in dated)
    rows = sum(n for _, n in days)
    first, last = days[0][0], days[-1][0]
    before = after = 0
    if trim and rows >= TRIM_MIN:
        # a few dates decades away (a quote about an old war) would stretch the axis until
        # the news itself is one bar: the axis spans the central dates, the rest are counted
        k = max(1, rows // 100)
        lo, hi = _at(days, k), _at(days, rows - 1 - k)
        pad = max(timedelta(days=30), (hi - lo) / 2)        # near the centre is no outlier
        first = min(d for d, _ in days if d >= lo - pad)
        last = max(d for d, _ in days if d <= hi + pad)
        before = sum(n for d, n in days if d < first)
        after = sum(n for d, n in days if d > last)
        dated = [(d, s, n) for d, s, n in dated if first <= d <= last]
    step = step or step_for(first, last)
    counts: dict[date, Counter] = {}
    totals: Counter = Counter()
    for d, s, n in dated:
        counts.setdefault(bucket(d, step), Counter())[s] += n
        totals[s] += n
    starts, cur = [], bucket(first, step)
    while cur <= last and len(starts) < MAX_BARS * 4:
        starts.append(cur)
        cur = following(cur, step)
    names = [s for s, _ in totals.most_common()]
    buckets = [{"start": b.isoformat(), "label": label(b, step), "counts": dict(counts.get(b, {})),
                "total": sum(counts.get(b, Counter()).values())} for b in starts]
    return {"step": step, "buckets": buckets, "series": [{"name": n, "total": totals[n]} for n in names],
            "max": max(b["total"] for b in buckets), "dated": sum(totals.values()), "undated": undated,
            "before": before, "after": after}


def layout(counts: dict, width: int = WIDTH, height: int = HEIGHT) -> dict:
    """Rectangles (stacked per series, in the series' colour) and year ticks."""
    buckets = counts["buckets"]
    if not buckets:
        return {"width": width, "height": height + BOTTOM, "rects": [], "ticks": [], "colours": {}, "legend": []}
    colours = {s["name"]: PALETTE[i % len(PALETTE)] for i, s in enumerate(counts["series"])}
    slot = (width - LEFT) / len(buckets)
    scale = height / (counts["max"] or 1)
    rects = []
    for i, b in enumerate(buckets):
        x, y = LEFT + i * slot, height
        for s in counts["series"]:
            n = b["counts"].get(s["name"], 0)
            if n:
                h = n * scale
                y -= h
                rects.append({"x": round(x, 2), "y": round(y, 2), "w": round(max(slot - 1, 1), 2),
                              "h": round(h, 2), "fill": colours[s["name"]],
                              "title": f"{b['label']}: {s['name']} {n}"})
    ticks = _ticks(buckets, counts["step"], slot)
    legend = [(s["name"], colours[s["name"]], s["total"]) for s in counts["series"]]
    return {"width": width, "height": height + BOTTOM, "base": height, "rects": rects, "ticks": ticks,
            "colours": colours, "legend": legend, "max": counts["max"]}


def _ticks(buckets: list[dict], step: str, slot: float) -> list[dict]:
    """A tick where a year begins (labelled with the year) and, when there is room, where a
    month (a quarter, for monthly bars) begins."""
    ticks, previous = [], None
    every_year = max(1, round(len(buckets) / 30)) if step == "year" else 1
    for i, b in enumerate(buckets):
        d = date.fromisoformat(b["start"])
        x = round(LEFT + i * slot, 2)
        new_year = previous is None or d.year != previous.year
        new_month = previous is None or d.month != previous.month
        if step == "year":
            if d.year % every_year == 0 or i == 0:
                ticks.append({"x": x, "text": str(d.year), "year": True})
        elif new_year:
            ticks.append({"x": x, "text": d.strftime("%b %Y") if step != "month" or d.month != 1 else str(d.year),
                          "year": True})
        elif new_month and (step != "month" or d.month in (4, 7, 10)) and slot * (30 if step == "day" else 4) > 30:
            ticks.append({"x": x, "text": d.strftime("%b"), "year": False})
        previous = d
    spaced = []
    for t in ticks:       # a label too close to the one before gives way (a year never does)
        if spaced and t["x"] - spaced[-1]["x"] < max(MIN_TICK_GAP, 6.5 * len(spaced[-1]["text"])):
            if t["year"] and not spaced[-1]["year"]:
                spaced[-1] = t
            continue
        spaced.append(t)
    return spaced


__all__ = ["series_counts", "layout", "step_for", "bucket", "parse_day"]
