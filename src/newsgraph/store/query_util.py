"""Pieces every query builds from: LIKE patterns (user text is always matched
literally), date-range filters and the row limit."""
from __future__ import annotations

MAX_LIMIT = 100_000


def clamp_limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_LIMIT))


def date_range(expr: str, since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    """WHERE clauses and their parameters for ``since <= expr`` and ``expr``'s day <= ``until``."""
    clauses, params = [], []
    if since:
        clauses.append(f"{expr} >= ?")
        params.append(since)
    if until:
        clauses.append(f"left({expr}, 10) <= ?")
        params.append(until)
    return clauses, params


def escape_like(text: str) -> str:
    """Literal text for a LIKE pattern with ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching any value that contains ``text`` literally."""
    return f"%{escape_like(text)}%"
