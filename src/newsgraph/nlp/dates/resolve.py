"""Resolving a parsed time expression against the publication date (TimeML values)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .timex import Resolved, Timex


@dataclass(frozen=True)
class Mentioned:
    """The day, month and year an article named last: what "the same day", "the same month
    a year ago" and "the previous year" refer to."""
    day: date | None = None
    month: date | None = None       # its first day
    year: int | None = None

    @classmethod
    def at(cls, day: date | None) -> Mentioned:
        return cls(day, day.replace(day=1) if day else None, day.year if day else None)

    def after(self, value: str | None, granularity: str | None) -> Mentioned:
        """What is named last once a mention of this value has been read."""
        if not value or not re.match(r"\d{4}(?:$|-)", value):
            return self
        try:
            if granularity in {"day", "time"} and re.match(r"\d{4}-\d\d-\d\d", value):
                return Mentioned.at(date.fromisoformat(value[:10]))
            if granularity == "month" and re.fullmatch(r"\d{4}-\d\d", value):
                return Mentioned(self.day, date.fromisoformat(value + "-01"), int(value[:4]))
        except ValueError:
            return self
        if granularity in {"year", "quarter", "season", "week"}:
            return Mentioned(self.day, self.month, int(value[:4]))
        return self


def resolve(tx: Timex, anchor: date | None, tense: str | None = None,
            last: Mentioned | None = None) -> Resolved:
    """The TimeML value of a parsed expression.

    `anchor` is the publication date (None: only a relative description is given),
    `tense` the clause's ("past", "present", "future", "modal": a month a clause says may or
    should come is ahead, a weekday in it is as near either way), `last` what the article named
    before (for "the same day", "the previous year"; the anchor when not given).
    """
    if tx.kind in {"ref", "duration", "set"} or tx.kind == "abs" and tx.value:
        return Resolved(tx.value, tx.granularity)
    if tx.kind == "abs":
        return _abs_value(tx)
    if anchor is None:
        return Resolved(None, tx.granularity, relative=tx.description or tx.kind)
    if tx.kind == "anaphor":
        return _anaphor_value(tx, anchor, last or Mentioned.at(anchor))
    if tx.kind == "rel":
        return _rel_value(tx, anchor)
    if tx.kind == "weekday":
        d = _weekday_date(tx.weekday, tx.direction, anchor, tense)
        return Resolved(d.isoformat() + (f"T{tx.part}" if tx.part else ""), tx.granularity)
    if tx.kind == "month":
        year = _month_year(tx.month, tx.day, tx.direction, anchor, tense)
        if tx.day is not None:
            try:
                return Resolved(date(year, tx.month, tx.day).isoformat(), "day")
            except ValueError:
                return Resolved(None, "day", warning=f"impossible date: {tx.description!r}")
        return Resolved(f"{year}-{tx.month:02d}", "month")
    return Resolved(None, None, relative=tx.description)


def _anaphor_value(tx: Timex, anchor: date, last: Mentioned) -> Resolved:
    if tx.granularity == "year":
        return Resolved(f"{(last.year or anchor.year) + (tx.offset or 0) + tx.years}", "year")
    base = (last.month if tx.granularity == "month" else None) or last.day or anchor
    if tx.years:
        base = _years_later(base, tx.years)
    if tx.granularity == "month":
        return _month_value(base, tx.offset or 0)
    if tx.granularity == "week":
        y, w, _ = (base + timedelta(weeks=tx.offset or 0)).isocalendar()
        return Resolved(f"{y}-W{w:02d}", "week")
    d = base + timedelta(days=tx.offset or 0)
    if tx.part:
        return Resolved(f"{d.isoformat()}T{tx.part}", "time")
    return Resolved(d.isoformat(), "day")


def _month_value(day: date, months: int) -> Resolved:
    """The month `months` after the one `day` is in ("2023-01" for March 2023 and -2)."""
    m0 = day.year * 12 + day.month - 1 + months
    return Resolved(f"{m0 // 12}-{m0 % 12 + 1:02d}", "month")


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:      # 29 February
        return day.replace(year=day.year + years, day=28)


def _abs_value(tx: Timex) -> Resolved:
    if tx.year is not None and not 1000 <= tx.year <= 2999:
        return Resolved(None, tx.granularity, warning=f"absurd year {tx.year}")
    if tx.granularity == "day":
        try:
            return Resolved(date(tx.year, tx.month, tx.day).isoformat(), "day")
        except (ValueError, TypeError):
            return Resolved(None, "day", warning=f"impossible date {tx.year}-{tx.month}-{tx.day}")
    if tx.granularity == "month":
        if not 1 <= (tx.month or 0) <= 12:
            return Resolved(None, "month", warning=f"impossible month {tx.month}")
        return Resolved(f"{tx.year}-{tx.month:02d}", "month")
    if tx.granularity == "quarter":
        return Resolved(f"{tx.year}-Q{tx.quarter}", "quarter")
    if tx.granularity == "season":
        return Resolved(f"{tx.year}-{tx.season}", "season")
    return Resolved(f"{tx.year}", "year")


def _rel_value(tx: Timex, anchor: date) -> Resolved:
    off = tx.offset or 0
    g = tx.granularity
    if g == "day" or g == "time":
        d = anchor + timedelta(days=off)
        if tx.part:
            return Resolved(f"{d.isoformat()}T{tx.part}", "time")
        return Resolved(d.isoformat(), "day")
    if g == "week":
        d = anchor + timedelta(weeks=off)
        y, w, _ = d.isocalendar()
        return Resolved(f"{y}-W{w:02d}" + ("-WE" if tx.part == "WE" else ""), "week")
    if g == "month":
        return _month_value(anchor, off)
    if g == "quarter":
        q_now = (anchor.month - 1) // 3
        if tx.quarter is not None:
            return Resolved(f"{anchor.year + off}-Q{tx.quarter}", "quarter")
        q0 = anchor.year * 4 + q_now + off
        return Resolved(f"{q0 // 4}-Q{q0 % 4 + 1}", "quarter")
    if g == "season":
        return Resolved(f"{anchor.year + off}-{tx.season}", "season")
    if g == "year":
        return Resolved(f"{anchor.year + off}", "year")
    if g == "decade":
        return Resolved(f"{(anchor.year + 10 * off) // 10}", "decade")
    if g == "century":
        return Resolved(f"{(anchor.year // 100) + off:02d}", "century")
    return Resolved(None, g, relative=tx.description)


def _weekday_date(weekday: int, direction: str | None, anchor: date, tense: str | None) -> date:
    delta = weekday - anchor.weekday()
    if direction == "next":
        return anchor + timedelta(days=(delta % 7) or 7)
    if direction == "last":
        return anchor - timedelta(days=(-delta % 7) or 7)
    if direction == "this":
        return anchor + timedelta(days=delta)
    if delta == 0:
        return anchor
    past = anchor - timedelta(days=-delta % 7)
    future = anchor + timedelta(days=delta % 7)
    if tense == "future":
        return future
    if tense == "past":
        return past
    return past if (anchor - past) <= (future - anchor) else future


def _month_year(month: int, day: int | None, direction: str | None, anchor: date, tense: str | None) -> int:
    if direction == "last":
        return anchor.year - 1 if (month, day or 1) >= (anchor.month, anchor.day) else anchor.year
    if direction == "next":
        return anchor.year + 1 if (month, day or 1) <= (anchor.month, anchor.day) else anchor.year
    if direction == "this":
        return anchor.year
    here = (anchor.month, anchor.day if day is not None else 0)
    there = (month, day or 0)
    if tense == "past" and there > here and not _days_ahead(month, day, anchor) <= NEAR_AHEAD_DAYS:
        return anchor.year - 1      # "was moved to March 24" (four days on) is this year's
    if tense == "future" and there < here:
        return anchor.year + 1
    if tense not in {"future", "modal"} and month > anchor.month + 3:
        return anchor.year - 1      # news looks back more than ahead, but not where it may or should
    return anchor.year


NEAR_AHEAD_DAYS = 21     # a past clause names a date this close ahead when it reports a plan


def _days_ahead(month: int, day: int | None, anchor: date) -> int:
    try:
        return (date(anchor.year, month, day or 1) - anchor).days
    except ValueError:
        return 366


def parse_anchor(published: str | None) -> tuple[date | None, str | None]:
    """The publication date as a date, with a warning when it cannot be read."""
    if not published:
        return None, None
    text = published.strip()
    try:
        return date.fromisoformat(text[:10]), None
    except ValueError:
        return None, f"publication date {published!r} is not a date (YYYY-MM-DD); dates left relative"
